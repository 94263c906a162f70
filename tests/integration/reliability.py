"""Helpers for the reliability tests: articles with known ids, worker progress from /metrics, kill -9,
reading output and dead-letter topics by key (assign mode, no consumer group)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiokafka import ConsumerRecord

from streams.io import collect, produce_articles
from streams.processes import scrape
from streams.topics import TopicNames

_TEMPLATES = (
    'Dutch port workers in Rotterdam ended a strike on day {n}. "We have a deal," union leader Pieter de Vries said.',
    "Rescuers in Arequipa, Peru, searched for survivors after quake number {n}, officials in Lima said.",
    'Monsoon rains flooded {n} villages in Kerala, India. "The water rose overnight," farmer Anil Kumar said.',
    "The European Union and Canada signed trade deal {n} in Brussels, according to Canadian minister Mary Ng.",
)
_SAMPLE = re.compile(r"^(newsstream_[a-z_]+)\{([^}]*)\} ([0-9.eE+-]+)$", re.M)


def short_articles(n: int, prefix: str) -> list[dict[str, Any]]:
    """``n`` short English articles with ids ``<prefix>-0000`` ... (every stage has something to do)."""
    return [
        {"id": f"{prefix}-{i:04d}", "text": _TEMPLATES[i % len(_TEMPLATES)].format(n=i + 1), "language": "en"}
        for i in range(n)
    ]


def start_and_feed(settings: Any, worker_factory: Callable[[], Any], n: int, prefix: str) -> tuple[set[str], Any]:
    """Start a worker, produce ``n`` short articles to the raw topic; returns their ids and the worker."""
    articles = short_articles(n, prefix)
    proc = worker_factory()
    asyncio.run(produce_articles(settings, TopicNames(settings.topic_prefix).raw, articles))
    return {a["id"] for a in articles}, proc


def metric_values(port: int) -> dict[tuple[str, str], float]:
    """``(name, labels) -> value`` for the newsstream samples of a worker's /metrics (empty if unreachable)."""
    try:
        text = scrape(port)
    except OSError:
        return {}
    return {(m.group(1), m.group(2)): float(m.group(3)) for m in _SAMPLE.finditer(text)}


@dataclass
class Progress:
    enriched: float = 0.0  # records out of the quotes stage, this process
    in_flight: float = 0.0  # records taken by any stage and not yet acknowledged

    @classmethod
    def of(cls, port: int) -> Progress:
        values = metric_values(port)
        return cls(
            enriched=values.get(("newsstream_records_out_total", 'stage="quotes"'), 0.0),
            in_flight=sum(v for (name, _), v in values.items() if name == "newsstream_stage_in_flight"),
        )


def wait_until(cond: Callable[[], bool], timeout: float, what: str, poll: float = 0.01) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(poll)


def wait_mid_batch(proc: subprocess.Popen[bytes], port: int, min_enriched: float, timeout: float) -> Progress:
    """Poll the worker until it has enriched ``min_enriched`` records and has a batch in flight right now."""
    seen = Progress()

    def ready() -> bool:
        nonlocal seen
        if proc.poll() is not None:
            raise AssertionError(f"worker exited early with {proc.returncode}")
        seen = Progress.of(port)
        return seen.enriched >= min_enriched and seen.in_flight > 0

    wait_until(ready, timeout, f"{min_enriched:.0f} enriched records and a batch in flight")
    return seen


def kill9(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def sigterm(proc: subprocess.Popen[bytes], timeout: float) -> int:
    os.killpg(proc.pid, signal.SIGTERM)
    return proc.wait(timeout=timeout)


@dataclass
class Delivered:
    enriched: list[ConsumerRecord] = field(default_factory=list)
    dead: list[ConsumerRecord] = field(default_factory=list)

    def enriched_keys(self) -> Counter[str]:
        return Counter(r.key.decode() for r in self.enriched if r.key)

    def dead_keys(self) -> Counter[str]:
        return Counter(r.key.decode("utf-8", "replace") for r in self.dead if r.key)

    def duplicates(self) -> int:
        return sum(c - 1 for c in self.enriched_keys().values())

    def ce_ids_by_key(self) -> dict[str, set[bytes]]:
        out: dict[str, set[bytes]] = {}
        for r in self.enriched:
            out.setdefault(r.key.decode(), set()).add(dict(r.headers).get("ce_id", b""))
        return out


def read_delivered(settings: Any, expected: set[str], timeout: float) -> Delivered:
    """Read the output and dead-letter topics until every expected key is on one of them (or time is up)."""
    names = TopicNames(settings.topic_prefix)
    deadline = time.monotonic() + timeout
    while True:
        dead = asyncio.run(collect(settings, names.dlq, timeout=1.0))
        missing = expected - {r.key.decode("utf-8", "replace") for r in dead if r.key}
        left = max(1.0, min(20.0, deadline - time.monotonic()))
        enriched = asyncio.run(
            collect(
                settings,
                names.enriched,
                timeout=left,
                until=lambda seen, missing=missing: missing <= {r.key.decode() for r in seen if r.key},
            )
        )
        got = Delivered(enriched=enriched, dead=dead)
        if expected <= set(got.enriched_keys()) | set(got.dead_keys()) or time.monotonic() > deadline:
            return got


def read_settled(settings: Any, port: int, timeout: float = 30.0) -> Delivered:
    """Once the worker is idle (nothing in flight, output count stable for 1 s), read both topics in full."""
    names = TopicNames(settings.topic_prefix)
    last: list[float] = [-1.0, time.monotonic()]

    def idle() -> bool:
        p = Progress.of(port)
        if p.in_flight > 0 or p.enriched != last[0]:
            last[:] = [p.enriched, time.monotonic()]
            return False
        return time.monotonic() - last[1] >= 1.0

    wait_until(idle, timeout, "the worker to go idle", poll=0.1)
    return Delivered(
        enriched=asyncio.run(collect(settings, names.enriched, timeout=2.0)),
        dead=asyncio.run(collect(settings, names.dlq, timeout=2.0)),
    )
