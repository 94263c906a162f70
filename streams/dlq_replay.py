"""``newsstream dlq replay``: send dead letters back to the raw topic once their cause is fixed.

Each dead letter goes back to ``<prefix>articles.raw`` with its original key and the original article: a dead
letter from the entities stage carries the raw value itself; one from an intermediate stage (countries, quotes)
carries a binary stage record, from which the article JSON is extracted (``decode_record(value).article``).
The ``newsstream.error.*`` / ``newsstream.original.*`` headers are dropped; ``newsstream.dlq.origin``
(``topic:partition:offset`` of the dead letter) is added so a re-sent record can be traced.

Progress is kept in the consumer group ``<prefix>newsstream-dlq-replay`` (committed after the broker acknowledged
the re-sent records), so a second run only sends dead letters that arrived since, including those of records
that failed again. ``--from-beginning`` ignores the committed offsets; ``--since`` only takes dead letters whose
record timestamp (that of the original record) is at or after it; ``--max`` stops after N; ``--dry-run`` lists
what would be sent and neither produces nor commits. Reading stops at the end offsets seen at the start (see
``streams.replay`` for tansu's end offsets).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from aiokafka import ConsumerRecord, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from processors.envelope import MAGIC, decode_record
from processors.errors import ProcessingError
from streams import clients, topics
from streams.dlq import H_CLASS, H_MESSAGE, H_STAGE, header_dict
from streams.replay import PartitionRange, partitions_of, read_bounded, to_ms
from streams.settings import Settings

H_DLQ_ORIGIN = "newsstream.dlq.origin"


@dataclass
class DeadLetter:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None  # what goes back to the raw topic (None: cannot be recovered)
    error_class: str
    stage: str
    message: str
    problem: str | None = None  # why it cannot be sent back


@dataclass
class DlqReplayResult:
    group: str
    dlq_topic: str
    raw_topic: str
    dry_run: bool
    seen: int = 0
    sent: int = 0
    unrecoverable: int = 0
    skipped: int = 0  # before --since
    items: list[DeadLetter] = field(default_factory=list)


def default_group(settings: Settings) -> str:
    return f"{settings.topic_prefix}{topics.APP_NAME}-dlq-replay"


def original_value(value: bytes | None) -> bytes | None:
    """The raw article bytes of a dead letter: as is, or the article inside an intermediate stage record."""
    if value is not None and value[:4] == MAGIC:
        return orjson.dumps(decode_record(value).article)
    return value


def to_dead_letter(rec: ConsumerRecord) -> DeadLetter:
    headers = header_dict(list(rec.headers or ()))
    item = DeadLetter(
        topic=rec.topic,
        partition=rec.partition,
        offset=rec.offset,
        key=rec.key,
        value=None,
        error_class=headers.get(H_CLASS, "?"),
        stage=headers.get(H_STAGE, "?"),
        message=headers.get(H_MESSAGE, ""),
    )
    try:
        item.value = original_value(rec.value)
    except ProcessingError as exc:
        item.problem = f"unreadable stage record: {exc.message}"
    return item


def resend_headers(rec: ConsumerRecord) -> list[tuple[str, bytes]]:
    kept = [(k, v) for k, v in (rec.headers or ()) if not k.startswith(("newsstream.error", "newsstream.original"))]
    kept = [(k, v) for k, v in kept if k != H_DLQ_ORIGIN]
    return [*kept, (H_DLQ_ORIGIN, f"{rec.topic}:{rec.partition}:{rec.offset}".encode())]


async def dlq_replay(
    settings: Settings,
    *,
    since: datetime | None = None,
    max_records: int | None = None,
    dry_run: bool = False,
    group: str | None = None,
    from_beginning: bool = False,
    on_item: Callable[[DeadLetter], None] | None = None,
) -> DlqReplayResult:
    names = topics.TopicNames(settings.topic_prefix)
    group = group or default_group(settings)
    result = DlqReplayResult(group=group, dlq_topic=names.dlq, raw_topic=names.raw, dry_run=dry_run)
    started_ms = int(time.time() * 1000)
    consumer = clients.consumer(settings, group_id=group, client_id=group, enable_auto_commit=False)
    producer = None if dry_run else clients.producer(settings)
    await consumer.start()
    if producer is not None:
        await producer.start()
    try:
        tps = await partitions_of(consumer, names.dlq)
        consumer.assign(tps)
        ends = dict(await consumer.end_offsets(tps))
        beginnings = dict(await consumer.beginning_offsets(tps))
        ranges: dict[TopicPartition, PartitionRange] = {}
        for tp in tps:
            committed = None if from_beginning else await consumer.committed(tp)
            ranges[tp] = PartitionRange(start=max(committed or 0, beginnings[tp]), end=ends[tp])
        limit = max_records if max_records is not None and max_records >= 0 else None
        since_ms = to_ms(since)
        commit: dict[TopicPartition, int] = {}
        reached_limit = False
        async for batch in read_bounded(consumer, ranges, started_ms=started_ms):
            futures: list[Any] = []
            for tp, rec in batch.records:
                if limit is not None and result.seen >= limit:
                    reached_limit = True
                    break
                commit[tp] = rec.offset + 1
                if since_ms is not None and rec.timestamp < since_ms:
                    result.skipped += 1
                    continue
                item = to_dead_letter(rec)
                result.seen += 1
                result.items.append(item)
                if on_item:
                    on_item(item)
                if item.value is None:
                    result.unrecoverable += 1
                elif producer is not None:
                    futures.append(
                        await producer.send(names.raw, item.value, key=item.key, headers=resend_headers(rec))
                    )
                    result.sent += 1
            await asyncio.gather(*futures)  # acknowledged before the offsets are committed
            if reached_limit:
                break
        if not reached_limit:
            commit = {tp: r.position for tp, r in ranges.items()}
        if not dry_run and commit:
            await consumer.commit({tp: OffsetAndMetadata(off, "") for tp, off in commit.items()})
    finally:
        if producer is not None:
            await producer.stop()
        await consumer.stop()
    return result
