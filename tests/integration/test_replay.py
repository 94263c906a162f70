"""``newsstream replay`` through the embedded broker, next to a live worker whose group it must not touch."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest
from aiokafka import TopicPartition

from streams import clients
from streams.dlq import H_STAGE, header_dict
from streams.io import collect, produce_raw
from streams.settings import Settings
from streams.topics import TopicNames
from tests.integration.conftest import worker_log

pytestmark = pytest.mark.integration


async def _committed(settings: Settings, group: str, topic: str) -> dict[int, int | None]:
    consumer = clients.consumer(settings, group_id=group)
    await consumer.start()
    try:
        parts = sorted(consumer.partitions_for_topic(topic) or ())
        return {p: await consumer.committed(TopicPartition(topic, p)) for p in parts}
    finally:
        await consumer.stop()


def _cli(settings: Settings, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        {"KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers, "NEWSSTREAM_TOPIC_PREFIX": settings.topic_prefix}
    )
    return subprocess.run(
        [sys.executable, "-m", "streams.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def test_replay_since_delivers_the_articles_again_marked_replayed(
    stream_settings: Any, worker_factory: Any, sample_articles: list[dict[str, Any]]
) -> None:
    s = stream_settings
    names = TopicNames(s.topic_prefix)
    live_group = f"{s.topic_prefix}newsstream"
    before = datetime.now(UTC) - timedelta(seconds=5)
    good = sample_articles[:3]
    ids = {str(a["id"]).encode() for a in good}
    proc = worker_factory()
    records: list[tuple[bytes | None, bytes | None]] = [(k, orjson.dumps(a)) for k, a in zip(ids, good, strict=True)]
    records.append((b"poison", b"not json"))
    asyncio.run(produce_raw(s, names.raw, records))
    live = asyncio.run(
        collect(s, names.enriched, timeout=90, until=lambda seen: len(seen) >= 3 or proc.poll() is not None)
    )
    assert {r.key for r in live} == ids, worker_log(proc)
    asyncio.run(collect(s, names.dlq, timeout=30, until=lambda seen: len(seen) >= 1))

    def live_offsets() -> dict[int, int | None]:
        return asyncio.run(_committed(s, live_group, names.raw))

    # the live group has committed everything (4 records over the raw partitions) before the replay starts
    committed_before = _wait_committed(live_offsets, total=4)

    out_topic = f"{s.topic_prefix}replayed"
    group = f"{s.topic_prefix}backfill-test"
    run = _cli(s, "replay", "--since", before.isoformat(), "--output-topic", out_topic, "--group", group)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "3 enriched, 1 dead-lettered" in run.stderr, run.stderr[-3000:]

    replayed = asyncio.run(collect(s, out_topic, timeout=30, until=lambda seen: len(seen) >= 3))
    assert sorted(r.key for r in replayed) == sorted(ids)
    live_by_key = {r.key: r for r in live}
    for rec in replayed:
        event = orjson.loads(rec.value)
        headers = dict(rec.headers)
        assert event["replayed"] is True
        assert headers["newsstream.replayed"] == b"true"
        live_headers = dict(live_by_key[rec.key].headers)
        assert live_headers["newsstream.replayed"] == b"false"
        for name in ("ce_specversion", "ce_id", "ce_type", "ce_source", "content-type"):
            assert headers[name] == live_headers[name], name  # same ce_id: consumers dedupe replays
        live_event = orjson.loads(live_by_key[rec.key].value)
        assert {k: v for k, v in event.items() if k not in ("pipeline", "replayed")} == {
            k: v for k, v in live_event.items() if k not in ("pipeline", "replayed")
        }

    dead = asyncio.run(collect(s, names.dlq, timeout=30, until=lambda seen: len(seen) >= 2))
    assert [r.key for r in dead] == [b"poison", b"poison"]
    assert all(header_dict(list(r.headers))[H_STAGE] == "entities" for r in dead)

    # the replay group committed its end; the live group did not move; the worker still runs
    replay_offsets = asyncio.run(_committed(s, group, names.raw))
    assert sum(v or 0 for v in replay_offsets.values()) == 4
    assert live_offsets() == committed_before
    assert proc.poll() is None

    # the live group's name is refused
    refused = _cli(s, "replay", "--from-beginning", "--group", live_group)
    assert refused.returncode != 0 and "live worker group" in refused.stderr


def _wait_committed(read: Any, total: int, timeout: float = 30.0) -> dict[int, int | None]:
    deadline = time.monotonic() + timeout
    while True:
        offsets: dict[int, int | None] = read()
        if sum(v or 0 for v in offsets.values()) >= total:
            return offsets
        if time.monotonic() > deadline:
            raise AssertionError(f"live group committed {offsets}, expected {total} records")
        time.sleep(0.25)


def test_replay_options() -> None:
    from streams.replay import check_group, default_group, live_groups, parse_time

    assert parse_time("2024-05-01") == datetime(2024, 5, 1, tzinfo=UTC)
    assert parse_time("2024-05-01T12:00:00Z") == datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert parse_time("2024-05-01T14:00:00+02:00") == datetime(2024, 5, 1, 12, tzinfo=UTC)
    s = Settings(topic_prefix="x.")
    assert {
        "x.newsstream",
        "x.newsstream-entities",
        "x.newsstream-countries-quotes",
        "x.newsstream-chained",
    } <= live_groups(s)
    for group in live_groups(s):
        with pytest.raises(ValueError, match="live worker group"):
            check_group(s, group)
    group = default_group(s, datetime(2024, 5, 1, 12, tzinfo=UTC))
    assert group == "x.newsstream-replay-20240501T120000Z"
    check_group(s, group)
