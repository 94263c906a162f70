"""Twelve hostile records interleaved with twenty good ones: the twenty are enriched, each hostile one is
enriched or dead-lettered (documented rule), and the worker is still alive and processing afterwards."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest

from streams.agents import H_VALUE_DROPPED
from streams.dlq import REQUIRED_HEADERS, header_dict
from streams.io import produce_raw
from streams.topics import TopicNames
from tests.integration.conftest import worker_log
from tests.integration.reliability import read_delivered, read_settled, short_articles

pytestmark = pytest.mark.integration

TEN_MB = 10 * 1024 * 1024


def _article(name: str, text: str, **extra: Any) -> bytes:
    return orjson.dumps({"id": f"hostile-{name}", "text": text, **extra})


def hostile_records() -> dict[str, tuple[bytes | None, str]]:
    """name -> (value, expected outcome: "enriched", "dead" or "either")."""
    ten_mb_text = ("lorem ipsum " * (TEN_MB // 12 + 1))[:TEN_MB]
    return {
        "binary": (bytes(range(256)) * 8, "dead"),
        "empty": (b"", "dead"),
        "ten-mb": (_article("ten-mb", ten_mb_text), "dead"),  # over NEWSSTREAM_MAX_RECORD_BYTES (1 MiB)
        "quote-marks": (_article("quote-marks", '"' * 200_000), "either"),
        "long-token": (_article("long-token", "x" * 300_000), "either"),
        "wrong-types": (orjson.dumps({"id": 42, "text": ["not", "a", "string"], "language": 7}), "dead"),
        "control-bidi": (
            _article(
                "control-bidi",
                'Officials in \u202eParis\u202c said\u200b\u0007 \u2066"We will rebuild,"\u2069 '
                "Mayor Anne Hidalgo said.\x00\x1b[31m \ufeff\ud7ff",
            ),
            "enriched",
        ),
        "german-declared": (
            _article(
                "german-declared", "Die Regierung in Berlin hat am Montag neue Regeln beschlossen.", language="de"
            ),
            "dead",  # a declared non-English language is dead-lettered (UnsupportedLanguage)
        ),
        "german-undeclared": (
            _article("german-undeclared", "Die Regierung in Berlin hat am Montag neue Regeln beschlossen."),
            "enriched",  # no language declared: processed with the English model
        ),
        "invalid-utf8": (b'{"id": "hostile-invalid-utf8", "text": "caf\xe9 \xff\xfe au lait"}', "dead"),
        "deep-json": (b'{"id": "hostile-deep-json", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "dead"),
        "json-number": (b"42", "dead"),
    }


def _produce(settings: Any, topic: str, records: list[tuple[bytes, bytes | None]]) -> None:
    asyncio.run(produce_raw(settings, topic, records, max_request_size=TEN_MB + 1024 * 1024))  # room for 10 MB


def test_hostile_records_never_kill_the_worker(stream_settings: Any, worker_factory: Any) -> None:
    names = TopicNames(stream_settings.topic_prefix)
    hostile = hostile_records()
    good = short_articles(20, "good")
    records: list[tuple[bytes, bytes | None]] = []
    hostile_items = list(hostile.items())
    for i, art in enumerate(good):
        records.append((art["id"].encode(), orjson.dumps(art)))
        if i < len(hostile_items):
            name, (value, _) = hostile_items[i]
            records.append((f"hostile-{name}".encode(), value))
    proc = worker_factory()
    _produce(stream_settings, names.raw, records)

    expected = {a["id"] for a in good} | {f"hostile-{n}" for n in hostile}
    got = read_delivered(stream_settings, expected, timeout=120)
    assert proc.poll() is None, f"worker died\n{worker_log(proc)}"
    enriched, dead = set(got.enriched_keys()), set(got.dead_keys())
    assert {a["id"] for a in good} <= enriched, worker_log(proc)
    for name, (_, rule) in hostile.items():
        key = f"hostile-{name}"
        where = {"enriched"} if key in enriched else set()
        where |= {"dead"} if key in dead else set()
        assert where, f"{key} neither enriched nor dead-lettered\n{worker_log(proc)}"
        assert rule == "either" or where == {rule}, f"{key}: expected {rule}, got {where}"
    for rec in got.dead:
        headers = header_dict(rec.headers)
        assert set(REQUIRED_HEADERS) <= set(headers), headers
    classes = {r.key.decode(): header_dict(r.headers)["newsstream.error.class"] for r in got.dead if r.key}
    assert classes["hostile-ten-mb"] == "RecordTooLarge"
    # a dead letter over the producer's max_request_size goes out without its value (the raw topic keeps it)
    [ten_mb] = [r for r in got.dead if r.key == b"hostile-ten-mb"]
    assert (
        ten_mb.value is None and dict(ten_mb.headers)[H_VALUE_DROPPED] == str(len(hostile["ten-mb"][0] or b"")).encode()
    )
    assert classes["hostile-german-declared"] == "UnsupportedLanguage"

    # still alive and still processing
    late = short_articles(3, "late")
    _produce(stream_settings, names.raw, [(a["id"].encode(), orjson.dumps(a)) for a in late])
    after = read_delivered(stream_settings, {a["id"] for a in late}, timeout=60)
    assert {a["id"] for a in late} <= set(after.enriched_keys()), worker_log(proc)
    settled = read_settled(stream_settings, stream_settings.metrics_port)
    assert settled.duplicates() == 0 and proc.poll() is None
