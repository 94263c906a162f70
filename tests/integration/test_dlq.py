"""Dead letters through the embedded broker: poison records next to good ones, one worker (all stages).

The same run checks the worker's consumer-lag gauge and ``newsstream dlq replay`` (dry run, then for real: the
poison records go back to the raw topic and, still poison, come back to the DLQ).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from typing import Any

import orjson
import pytest

from streams.dlq import H_OFFSET, H_PARTITION, H_TOPIC, REQUIRED_HEADERS, header_dict
from streams.dlq_replay import H_DLQ_ORIGIN, dlq_replay
from streams.io import collect, produce_raw
from streams.processes import scrape
from streams.topics import TopicNames
from tests.integration.conftest import worker_log

pytestmark = pytest.mark.integration

MAX_BYTES = 20_000
POISON: dict[bytes, tuple[bytes, str]] = {  # key -> (value, expected error class)
    b"p-not-json": (b"this is {not json", "InvalidInput"),
    b"p-not-object": (b'["an", "array"]', "InvalidInput"),
    b"p-missing-text": (orjson.dumps({"id": "p-missing-text", "title": "No body"}), "InvalidInput"),
    b"p-empty-text": (orjson.dumps({"id": "p-empty-text", "text": ""}), "InvalidInput"),
    b"p-wrong-types": (orjson.dumps({"id": 17, "text": ["not", "a", "string"]}), "InvalidInput"),
    b"p-bad-utf8": (b'{"id": "p-bad-utf8", "text": "caf\xe9 au lait"}', "InvalidInput"),
    b"p-too-large": (orjson.dumps({"id": "p-too-large", "text": "word " * (MAX_BYTES // 4)}), "RecordTooLarge"),
}


def _poll(fn: Callable[[], Any], timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = fn()
            if last:
                return last
        except OSError:
            pass
        time.sleep(0.25)
    raise AssertionError(f"{what} not reached after {timeout}s (last: {last!r})")


def _scrape_with(port: int, needle: str) -> str | None:
    text = scrape(port)
    return text if needle in text else None


def _lag_samples(text: str, group: str) -> dict[tuple[str, str], float]:
    pattern = re.compile(r"^newsstream_consumer_lag\{(?P<labels>[^}]*)\} (?P<value>\S+)$", re.M)
    out: dict[tuple[str, str], float] = {}
    for m in pattern.finditer(text):
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m["labels"]))
        if labels.get("group") == group:
            out[(labels["topic"], labels["partition"])] = float(m["value"])
    return out


def test_poison_records_are_dead_lettered_and_good_ones_enriched(
    stream_settings: Any, worker_factory: Any, sample_articles: list[dict[str, Any]]
) -> None:
    s = stream_settings
    names = TopicNames(s.topic_prefix)
    good = sample_articles[:3]
    proc = worker_factory(
        extra_env={"NEWSSTREAM_MAX_RECORD_BYTES": str(MAX_BYTES), "NEWSSTREAM_LAG_INTERVAL_SECONDS": "0.5"}
    )
    records: list[tuple[bytes | None, bytes | None]] = [(str(a["id"]).encode(), orjson.dumps(a)) for a in good]
    records[1:1] = [(k, v) for k, (v, _) in POISON.items()]  # poison between good records
    asyncio.run(produce_raw(s, names.raw, records))

    enriched = asyncio.run(
        collect(s, names.enriched, timeout=90, until=lambda seen: len(seen) >= 3 or proc.poll() is not None)
    )
    assert sorted(r.key for r in enriched) == sorted(str(a["id"]).encode() for a in good), worker_log(proc)
    dead = asyncio.run(
        collect(s, names.dlq, timeout=60, until=lambda seen: len(seen) >= len(POISON) or proc.poll() is not None)
    )
    assert {r.key for r in dead} == set(POISON), worker_log(proc)
    assert len(dead) == len(POISON)
    for rec in dead:
        value, error_class = POISON[rec.key]
        headers = header_dict(list(rec.headers))
        assert set(REQUIRED_HEADERS) <= set(headers), headers
        assert rec.value == value  # original value, byte for byte
        assert headers["newsstream.error.class"] == error_class
        assert headers["newsstream.error.stage"] == "entities"
        assert headers["newsstream.error.message"]
        assert headers[H_TOPIC] == names.raw
        assert int(headers[H_PARTITION]) in range(s.partitions) and int(headers[H_OFFSET]) >= 0
        assert rec.timestamp > 0  # the original timestamp is kept
    assert proc.poll() is None, "a poison record must not stop the worker"

    # metrics: per-stage dead letters and failures by class
    needle = 'newsstream_records_dead_lettered_total{stage="entities"} 7.0'
    text = _poll(lambda: _scrape_with(s.metrics_port, needle), 30, "dead-letter counter")
    assert 'newsstream_records_failed_total{error_class="RecordTooLarge",stage="entities"} 1.0' in text
    assert 'newsstream_records_out_total{stage="quotes"} 3.0' in text

    # consumer lag of the live group: one series per input topic and partition, down to 0 once committed.
    # (tansu under-reports the end offset of a multi-record batch, so its lag can read low, never high.)
    group = f"{s.topic_prefix}newsstream"

    def lag_settled() -> dict[tuple[str, str], float] | None:
        lag = _lag_samples(scrape(s.metrics_port), group)
        inputs = {names.raw, names.name("articles.entities"), names.name("articles.countries")}
        expected = {(t, str(p)) for t in inputs for p in range(s.partitions)}
        return lag if set(lag) == expected and not any(lag.values()) else None

    _poll(lag_settled, 30, "consumer lag gauge at 0 for every input partition")

    # dlq replay: a dry run sends nothing; the real one sends the seven back, which fail again
    dry = asyncio.run(dlq_replay(s, dry_run=True))
    assert dry.seen == len(POISON) and dry.sent == 0
    done = asyncio.run(dlq_replay(s))
    assert done.sent == len(POISON)
    first = {(i.partition, i.offset) for i in done.items}
    again = asyncio.run(dlq_replay(s, dry_run=True))  # committed: only dead letters that arrived since
    assert not first & {(i.partition, i.offset) for i in again.items}
    dead = asyncio.run(
        collect(s, names.dlq, timeout=60, until=lambda seen: len(seen) >= 2 * len(POISON) or proc.poll() is not None)
    )
    second = [r for r in dead if H_DLQ_ORIGIN in dict(r.headers)]
    assert {r.key for r in second} == set(POISON), worker_log(proc)
    for rec in second:
        assert rec.value == POISON[rec.key][0]
    assert asyncio.run(dlq_replay(s, dry_run=True)).seen == len(POISON)


def test_intermediate_stage_dead_letter_goes_back_as_the_article_json() -> None:
    from aiokafka import ConsumerRecord

    from processors.envelope import StageRecord, encode_record
    from streams.dlq_replay import original_value, resend_headers, to_dead_letter

    article = {"id": "a-9", "text": "Rosa Quispe spoke in Lima."}
    stage_value = encode_record(StageRecord(article=article, payload=b"\x00docbin"))  # type: ignore[arg-type]
    assert orjson.loads(original_value(stage_value) or b"") == article
    assert original_value(b"raw bytes") == b"raw bytes"
    headers = [("trace", b"1"), ("newsstream.error.class", b"StageFailure"), ("newsstream.original.offset", b"4")]
    rec = ConsumerRecord("t.articles.dlq", 0, 12, 0, 0, b"a-9", stage_value, None, 0, 0, headers)
    assert resend_headers(rec) == [("trace", b"1"), (H_DLQ_ORIGIN, b"t.articles.dlq:0:12")]
    broken = ConsumerRecord("t.articles.dlq", 0, 13, 0, 0, b"x", b"NSR1\x00", None, 0, 0, [])
    item = to_dead_letter(broken)
    assert item.value is None and item.problem  # not sent back; reported
