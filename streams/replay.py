"""``newsstream replay``: reprocess the raw articles of a time range into the output topic (backfills).

* Start offsets by timestamp (``offsets_for_times`` on ``<prefix>articles.raw``), or the beginning
  (``--from-beginning``), or, with neither, the offsets the replay group committed (resume an interrupted run).
* Its own consumer group, default ``<prefix>newsstream-replay-<UTC timestamp>``; the live workers' groups
  (``<prefix>newsstream`` and ``<prefix>newsstream-<stages>``) are refused, so it never moves their offsets. It
  never joins a group either (partitions are assigned), so it never triggers a rebalance of the live workers.
* The same stage handlers as the stream (``streams.handlers``), chained in-process: the enriched event and its
  CloudEvents headers are identical to the stream's, except ``replayed: true`` in the event and the header
  ``newsstream.replayed: true``. Failures become dead letters on ``<prefix>articles.dlq`` exactly as in the stream
  (original topic/partition/offset are those of the raw record).
* It commits its group's offsets after each batch is acknowledged by the broker, and exits when every partition
  has reached ``--until`` or the end offset seen at its start (see ``read_bounded`` for tansu's end offsets).

End offsets: on Apache Kafka ListOffsets "latest" is the log end offset, so "stop at the end offsets seen at the
start" is exact. tansu (the embedded development broker) answers with the base offset of the last record batch
+ 1, an under-estimate when that batch holds several records. So a partition is finished only when both

* its position has reached the end offset seen at the start, and
* either a poll returns nothing more for it (caught up) or the next record was appended after the start
  (its timestamp is later than the start, so it is new traffic, not part of the range).

Records past the reported end whose timestamp is not after the start were already in the log when the replay
started (tansu's tail of the last batch) and are read. On Kafka this costs one empty poll at the end.
A record whose timestamp is at or after ``until`` finishes its partition; one before ``since`` is skipped
(tansu's ``offsets_for_times`` answers at batch granularity, so the start can be early).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from processors import nlp as nlp_mod
from processors.stages import STAGES
from streams import clients, handlers, topics
from streams.dlq import Origin, dead_letter_headers
from streams.settings import Settings

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]  # (records consumed so far, estimated total)


def parse_time(value: str) -> datetime:
    """ISO 8601 (``2024-05-01``, ``2024-05-01T12:00:00Z``, with an offset); naive times are UTC."""
    dt = datetime.fromisoformat(value.strip().replace("z", "Z"))
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def to_ms(dt: datetime | None) -> int | None:
    return None if dt is None else int(dt.timestamp() * 1000)


def live_groups(settings: Settings) -> set[str]:
    """Every consumer group a worker can use: all stages, any subset of them, or the chained agent."""
    return {
        topics.app_id(settings, combo) for n in range(1, len(STAGES) + 1) for combo in itertools.combinations(STAGES, n)
    } | {topics.app_id(settings, (topics.CHAINED,))}


def default_group(settings: Settings, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{settings.topic_prefix}{topics.APP_NAME}-replay-{stamp}"


def check_group(settings: Settings, group: str) -> None:
    if group in live_groups(settings):
        raise ValueError(f"{group!r} is a live worker group; replay needs its own group")


def record_headers(rec: ConsumerRecord) -> handlers.Headers:
    return [(k, v) for k, v in (rec.headers or ()) if not k.startswith("newsstream.error")]


@dataclass
class PartitionRange:
    start: int
    end: int  # end offset seen at the start (exclusive; an under-estimate on tansu)
    position: int = -1  # next offset to read
    done: bool = False
    read: int = 0  # records taken
    skipped: int = 0  # records before ``since``

    def __post_init__(self) -> None:
        if self.position < 0:
            self.position = self.start


@dataclass
class Batch:
    records: list[tuple[TopicPartition, ConsumerRecord]] = field(default_factory=list)
    consumed: int = 0  # records taken + skipped in this poll (for progress)


async def partitions_of(consumer: AIOKafkaConsumer, topic: str, timeout: float = 15.0) -> list[TopicPartition]:
    deadline = time.monotonic() + timeout
    while not consumer.partitions_for_topic(topic):
        if time.monotonic() > deadline:
            raise LookupError(f"topic {topic!r} not found")
        await consumer._client.force_metadata_update()
    return [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]


async def read_bounded(
    consumer: AIOKafkaConsumer,
    ranges: dict[TopicPartition, PartitionRange],
    *,
    started_ms: int,
    since_ms: int | None = None,
    until_ms: int | None = None,
    poll_ms: int = 500,
    idle_timeout: float = 60.0,
) -> AsyncIterator[Batch]:
    """Yield what each poll brought in range. The consumer must have ``ranges`` assigned; this seeks them."""
    for tp, r in ranges.items():
        consumer.seek(tp, r.position)
    last_progress = time.monotonic()
    while True:
        active = [tp for tp, r in ranges.items() if not r.done]
        if not active:
            return
        polled = await consumer.getmany(*active, timeout_ms=poll_ms)
        batch = Batch()
        for tp in active:
            r = ranges[tp]
            recs = polled.get(tp, [])
            if not recs:
                if await consumer.position(tp) >= r.end:
                    r.done = True  # caught up with what was there at the start (tansu's tail included)
                continue
            for rec in recs:
                if rec.offset >= r.end and rec.timestamp > started_ms:
                    r.done = True  # appended after the start: not part of this range
                    break
                if until_ms is not None and rec.timestamp >= until_ms:
                    r.done = True
                    break
                r.position = rec.offset + 1
                batch.consumed += 1
                if since_ms is not None and rec.timestamp < since_ms:
                    r.skipped += 1
                    continue
                r.read += 1
                batch.records.append((tp, rec))
            if r.done:
                consumer.pause(tp)
        if batch.consumed:
            last_progress = time.monotonic()
        elif time.monotonic() - last_progress > idle_timeout:
            stuck = {f"{tp.topic}[{tp.partition}]": (r.position, r.end) for tp, r in ranges.items() if not r.done}
            raise TimeoutError(f"no progress for {idle_timeout}s; stuck partitions (position, end): {stuck}")
        yield batch


def commit_offsets(ranges: dict[TopicPartition, PartitionRange]) -> dict[TopicPartition, int]:
    """Offsets to commit: the next offset to read on each partition."""
    return {tp: r.position for tp, r in ranges.items()}


class InProcessPipeline:
    """The stream's three stage handlers chained in-process (same outputs, same headers, same dead letters)."""

    def __init__(self, settings: Settings, ce_source: str, *, replayed: bool = True) -> None:
        nlp = nlp_mod.load_model(settings.spacy_model)
        self.chain: list[tuple[str, handlers.Handler]] = [
            ("entities", handlers.make_entities_handler(nlp, settings.max_record_bytes)),
            ("countries", handlers.countries_handler),
            ("quotes", handlers.make_quotes_handler(ce_source, replayed=replayed)),
        ]

    def run(
        self, records: Sequence[handlers.InRecord]
    ) -> tuple[list[handlers.Outcome], list[tuple[handlers.InRecord, BaseException]]]:
        """-> (enriched outputs, dead letters as (the failing stage's input record, error))."""
        current = list(records)
        dead: list[tuple[handlers.InRecord, BaseException]] = []
        outcomes: list[handlers.Outcome] = []
        for _stage, handle in self.chain:
            outcomes = handle(current) if current else []
            nxt: list[handlers.InRecord] = []
            for rec, out in zip(current, outcomes, strict=True):
                if out.error is not None:
                    dead.append((rec, out.error))
                else:
                    nxt.append(handlers.InRecord(out.key, out.value, rec.origin, out.headers))
            outcomes = [o for o in outcomes if o.error is None]
            current = nxt
        return outcomes, dead


async def send_dead_letter(
    producer: AIOKafkaProducer, dlq_topic: str, rec: handlers.InRecord, error: BaseException, default_stage: str
) -> asyncio.Future[Any]:
    stage = getattr(error, "stage", default_stage) or default_stage
    ts = rec.origin.timestamp
    return await producer.send(
        dlq_topic,
        rec.value,
        key=rec.key,
        headers=rec.headers + dead_letter_headers(error, stage, rec.origin),
        timestamp_ms=int(ts * 1000) if ts is not None else None,
    )


@dataclass
class ReplayResult:
    group: str
    source_topic: str
    output_topic: str
    consumed: int = 0
    skipped: int = 0  # before --since
    enriched: int = 0
    dead_lettered: int = 0
    seconds: float = 0.0
    partitions: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # partition -> (start, end, position)


async def _start_offsets(
    consumer: AIOKafkaConsumer,
    tps: list[TopicPartition],
    *,
    since_ms: int | None,
    from_beginning: bool,
    ends: dict[TopicPartition, int],
) -> dict[TopicPartition, int]:
    if from_beginning:
        return dict(await consumer.beginning_offsets(tps))
    if since_ms is not None:
        found = await consumer.offsets_for_times({tp: since_ms for tp in tps})
        return {tp: (found[tp].offset if found.get(tp) is not None else ends[tp]) for tp in tps}
    starts: dict[TopicPartition, int] = {}
    beginnings = await consumer.beginning_offsets(tps)
    for tp in tps:
        committed = await consumer.committed(tp)
        if committed is None:
            raise ValueError("no --since, no --from-beginning and no committed offsets for this group")
        starts[tp] = max(committed, beginnings[tp])
    return starts


async def replay(
    settings: Settings,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    output_topic: str | None = None,
    group: str | None = None,
    from_beginning: bool = False,
    ce_source: str | None = None,
    batch_size: int = 32,
    on_progress: ProgressFn | None = None,
) -> ReplayResult:
    if since is not None and from_beginning:
        raise ValueError("--since and --from-beginning are mutually exclusive")
    names = topics.TopicNames(settings.topic_prefix)
    group = group or default_group(settings)
    check_group(settings, group)
    result = ReplayResult(group=group, source_topic=names.raw, output_topic=output_topic or names.enriched)
    pipeline = InProcessPipeline(settings, ce_source or f"/newsstream/{topics.app_id(settings, STAGES)}", replayed=True)
    since_ms, until_ms = to_ms(since), to_ms(until)
    t0 = time.monotonic()
    started_ms = int(time.time() * 1000)
    await topics.ensure_topics(settings, [result.output_topic, names.dlq])
    consumer = clients.consumer(settings, group_id=group, client_id=group, enable_auto_commit=False)
    producer = clients.producer(settings)
    await consumer.start()
    await producer.start()
    try:
        tps = await partitions_of(consumer, names.raw)
        consumer.assign(tps)  # assigned, not subscribed: the group is used for its offsets only
        ends = dict(await consumer.end_offsets(tps))
        starts = await _start_offsets(consumer, tps, since_ms=since_ms, from_beginning=from_beginning, ends=ends)
        ranges = {tp: PartitionRange(start=starts[tp], end=ends[tp]) for tp in tps}
        total = sum(max(0, r.end - r.start) for r in ranges.values())
        log.info("replay %s -> %s as group %s: %s", names.raw, result.output_topic, group, ranges)
        if on_progress:
            on_progress(0, total)
        async for batch in read_bounded(consumer, ranges, started_ms=started_ms, since_ms=since_ms, until_ms=until_ms):
            for i in range(0, len(batch.records), batch_size):
                chunk = batch.records[i : i + batch_size]
                enriched, dead = await _process(producer, pipeline, chunk, result.output_topic, names.dlq)
                result.enriched += enriched
                result.dead_lettered += dead
            if batch.consumed:
                await consumer.commit({tp: OffsetAndMetadata(pos, "") for tp, pos in commit_offsets(ranges).items()})
                result.consumed += batch.consumed
                if on_progress:
                    on_progress(result.consumed, max(total, result.consumed))
        await consumer.commit({tp: OffsetAndMetadata(pos, "") for tp, pos in commit_offsets(ranges).items()})
        result.skipped = sum(r.skipped for r in ranges.values())
        result.partitions = {tp.partition: (r.start, r.end, r.position) for tp, r in ranges.items()}
    finally:
        await producer.stop()
        await consumer.stop()
    result.seconds = time.monotonic() - t0
    return result


async def _process(
    producer: AIOKafkaProducer,
    pipeline: InProcessPipeline,
    chunk: list[tuple[TopicPartition, ConsumerRecord]],
    output_topic: str,
    dlq_topic: str,
) -> tuple[int, int]:
    records = [
        handlers.InRecord(
            rec.key,
            rec.value,
            Origin(topic=tp.topic, partition=tp.partition, offset=rec.offset, timestamp=rec.timestamp / 1000),
            record_headers(rec),
        )
        for tp, rec in chunk
    ]
    outputs, dead = await asyncio.to_thread(pipeline.run, records)
    futures = [await producer.send(output_topic, out.value, key=out.key, headers=out.headers) for out in outputs]
    futures += [await send_dead_letter(producer, dlq_topic, rec, err, "entities") for rec, err in dead]
    await asyncio.gather(*futures)  # acknowledged by the broker before the offsets are committed
    return len(outputs), len(dead)
