"""Consumer lag and bounded reads against the embedded broker (no worker).

tansu quirk: ListOffsets "latest" answers with the base offset of the LAST RECORD BATCH + 1, not the log end
offset. Apache Kafka answers with the log end offset. Here the log holds 3 single-record batches and then one
batch of 5 records (offsets 3..7): Kafka reports end 8, tansu reports 4. The lag is ``end - committed`` clamped
at 0, so on tansu it under-reads; the bounded reader (replay, dlq replay) still reads all 8 records because it
also takes records past the reported end that were in the log before it started.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from aiokafka import TopicPartition
from aiokafka.structs import OffsetAndMetadata

from streams import clients
from streams.lag import LagMonitor, partition_lag
from streams.replay import PartitionRange, read_bounded
from streams.topics import ensure_topics

pytestmark = pytest.mark.integration

TRUE_END = 8
TANSU_END = 4  # base offset of the last batch (3) + 1


async def _fill(settings: Any, topic: str) -> None:
    await ensure_topics(settings, [topic])
    producer = clients.producer(settings, linger_ms=200)
    await producer.start()
    try:
        for i in range(3):  # one batch per record: awaited one by one
            await (await producer.send(topic, b"single-%d" % i, partition=0))
        futures = [await producer.send(topic, b"batched-%d" % i, partition=0) for i in range(5)]  # one batch
        offsets = [(await f).offset for f in futures]
        assert offsets == [3, 4, 5, 6, 7]
    finally:
        await producer.stop()


def _p0(samples: list[Any]) -> Any:
    (p0,) = [x for x in samples if x.partition == 0]
    assert all(x.lag == 0 for x in samples if x.partition != 0)  # empty partitions
    return p0


async def test_lag_is_end_minus_committed(stream_settings: Any) -> None:
    s = stream_settings
    topic, group = f"{s.topic_prefix}lagged", f"{s.topic_prefix}lag-group"
    await _fill(s, topic)
    tp = TopicPartition(topic, 0)
    committer = clients.consumer(s, group_id=group)
    await committer.start()
    try:
        committer.assign([tp])
        reported_end = (await committer.end_offsets([tp]))[tp]
        assert reported_end in (TRUE_END, TANSU_END)  # Kafka, tansu
        async with LagMonitor(s, group, [topic]) as monitor:
            before = _p0(await monitor.sample())
            assert before.committed is None and before.lag == reported_end  # nothing committed: all of it
            await committer.commit({tp: OffsetAndMetadata(2, "")})
            mid = _p0(await monitor.sample())
            assert mid.committed == 2 and mid.lag == reported_end - 2  # Kafka 6, tansu 2
            await committer.commit({tp: OffsetAndMetadata(TRUE_END, "")})
            after = _p0(await monitor.sample())
            assert after.lag == 0  # exact on Kafka; on tansu 4 - 8 is clamped, never negative
    finally:
        await committer.stop()

    from prometheus_client import REGISTRY

    value = REGISTRY.get_sample_value("newsstream_consumer_lag", {"group": group, "topic": topic, "partition": "0"})
    assert value == 0.0


def test_partition_lag_rules() -> None:
    assert partition_lag(10, 4, 0) == 6
    assert partition_lag(10, None, 3) == 7  # no commit: the retained log is lag
    assert partition_lag(4, 8, 0) == 0  # an under-reported end never gives a negative lag


async def test_bounded_read_gets_tansus_tail_and_stops_at_new_records(stream_settings: Any) -> None:
    s = stream_settings
    topic = f"{s.topic_prefix}bounded"
    await _fill(s, topic)
    tp = TopicPartition(topic, 0)
    consumer = clients.consumer(s)
    await consumer.start()
    try:
        consumer.assign([tp])
        end = (await consumer.end_offsets([tp]))[tp]
        ranges = {tp: PartitionRange(start=0, end=end)}
        got = [
            rec.offset
            async for batch in read_bounded(consumer, ranges, started_ms=int(time.time() * 1000) + 1)
            for _, rec in batch.records
        ]
        assert got == list(range(TRUE_END))  # all 8, although tansu reported end 4
        assert ranges[tp].done and ranges[tp].position == TRUE_END

        # a reader that started before the batched records were appended stops at the first of them past its end
        consumer.resume(tp)
        batched_ts = None
        ranges = {tp: PartitionRange(start=0, end=end)}
        async for batch in read_bounded(consumer, ranges, started_ms=0):
            for _, rec in batch.records:
                batched_ts = rec.timestamp
        assert ranges[tp].position == end and batched_ts is not None  # Kafka: 8 read; tansu: the 4 it reported
    finally:
        await consumer.stop()
