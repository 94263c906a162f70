"""Producing articles and reading enriched events (``produce``, ``tail``, and the demo/tests)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import orjson
from aiokafka import ConsumerRecord

from streams import clients
from streams.settings import Settings


async def produce_articles(
    settings: Settings,
    topic: str,
    articles: Iterable[dict[str, Any]],
    on_sent: Callable[[], None] | None = None,
) -> int:
    """Publish articles as JSON, keyed by id; waits for every broker acknowledgement."""
    producer = clients.producer(settings)
    await producer.start()
    sent = 0
    try:
        futures = []
        for art in articles:
            key = str(art.get("id", "")).encode() or None
            futures.append(await producer.send(topic, orjson.dumps(art), key=key))
            sent += 1
        for fut in futures:
            await fut
            if on_sent:
                on_sent()
    finally:
        await producer.stop()
    return sent


async def produce_raw(
    settings: Settings, topic: str, records: Iterable[tuple[bytes | None, bytes | None]], **producer_overrides: Any
) -> int:
    """Publish (key, value) byte records as they are; waits for every broker acknowledgement."""
    producer = clients.producer(settings, **producer_overrides)
    await producer.start()
    try:
        futures = [await producer.send(topic, value, key=key) for key, value in records]
        for fut in futures:
            await fut
    finally:
        await producer.stop()
    return len(futures)


async def consume(
    settings: Settings,
    topic: str,
    *,
    timeout: float,
    until: Callable[[list[ConsumerRecord]], bool] | None = None,
    from_beginning: bool = True,
) -> AsyncIterator[ConsumerRecord]:
    """Read ``topic`` without a consumer group (assign mode) until ``until`` holds or ``timeout`` passes."""
    consumer = clients.consumer(settings, auto_offset_reset="earliest" if from_beginning else "latest")
    await consumer.start()
    try:
        deadline = time.monotonic() + timeout
        while not consumer.partitions_for_topic(topic):
            if time.monotonic() > deadline:
                return
            await consumer._client.force_metadata_update()
            await asyncio.sleep(0.1)
        from aiokafka import TopicPartition

        consumer.assign([TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])])
        if from_beginning:
            await consumer.seek_to_beginning()
        seen: list[ConsumerRecord] = []
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for records in batch.values():
                for rec in records:
                    seen.append(rec)
                    yield rec
            if until is not None and until(seen):
                return
    finally:
        await consumer.stop()


async def collect(
    settings: Settings,
    topic: str,
    *,
    timeout: float,
    until: Callable[[list[ConsumerRecord]], bool] | None = None,
) -> list[ConsumerRecord]:
    return [rec async for rec in consume(settings, topic, timeout=timeout, until=until)]
