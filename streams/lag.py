"""Consumer lag per group, topic and partition: end offset minus committed offset.

Computed inside the worker by a small faust service (``install``) every ``NEWSSTREAM_LAG_INTERVAL_SECONDS``
(default 15 s) and published as ``newsstream_consumer_lag{group,topic,partition}``. It uses its own aiokafka
consumer that never joins the group: the group id is only used to read the group's committed offsets
(OffsetFetch), the end offsets come from ListOffsets ("latest").

Every worker of a group reports the lag of all partitions of the group's input topics (not only the ones
assigned to it), so dashboards and alerts aggregate with ``max by (group, topic, partition)``.

Broker quirk: tansu (the embedded development broker) answers ListOffsets "latest" with the base offset of the
last record batch + 1 instead of the true end offset, so with multi-record batches its lag is an under-estimate
(clamped at 0). Apache Kafka returns the log end offset (the high watermark) and the lag is exact.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from mode import Service

from streams import clients, metrics, topics
from streams.settings import Settings

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 15.0
INTERVAL_ENV = "NEWSSTREAM_LAG_INTERVAL_SECONDS"


def interval_from_env() -> float:
    raw = os.environ.get(INTERVAL_ENV, "")
    return float(raw) if raw.strip() else DEFAULT_INTERVAL


@dataclass(frozen=True)
class PartitionLag:
    group: str
    topic: str
    partition: int
    end_offset: int
    committed: int | None  # None: the group never committed on this partition
    lag: int


def partition_lag(end_offset: int, committed: int | None, beginning: int) -> int:
    """``end - committed``; with no commit yet every retained record is lag (``end - beginning``).

    Never negative: a broker that under-reports the end offset (tansu) must not yield a negative lag.
    """
    start = committed if committed is not None and committed >= 0 else beginning
    return max(0, end_offset - start)


def stage_input_topics(settings: Settings, stages: Iterable[str]) -> list[str]:
    names = topics.TopicNames(settings.topic_prefix)
    return [names.name(topics.STAGE_TOPICS[s][0]) for s in stages]


class LagMonitor:
    """Reads committed and end offsets of ``group`` on ``topic_names``; ``sample()`` also sets the gauge."""

    def __init__(self, settings: Settings, group: str, topic_names: list[str]) -> None:
        self.settings = settings
        self.group = group
        self.topic_names = topic_names
        self._consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        if self._consumer is None:
            consumer = clients.consumer(self.settings, group_id=self.group, client_id=f"{self.group}-lag")
            await consumer.start()
            self._consumer = consumer

    async def stop(self) -> None:
        consumer, self._consumer = self._consumer, None
        if consumer is not None:
            await consumer.stop()

    async def _partitions(self, consumer: AIOKafkaConsumer) -> list[TopicPartition]:
        missing = [t for t in self.topic_names if not consumer.partitions_for_topic(t)]
        if missing:
            await consumer._client.force_metadata_update()
        return [TopicPartition(t, p) for t in self.topic_names for p in sorted(consumer.partitions_for_topic(t) or ())]

    async def sample(self) -> list[PartitionLag]:
        await self.start()
        consumer = self._consumer
        assert consumer is not None
        tps = await self._partitions(consumer)
        if not tps:
            return []
        ends: dict[TopicPartition, int] = await consumer.end_offsets(tps)
        beginnings: dict[TopicPartition, int] = await consumer.beginning_offsets(tps)
        out: list[PartitionLag] = []
        for tp in tps:
            committed = await consumer.committed(tp)
            lag = partition_lag(ends[tp], committed, beginnings[tp])
            out.append(PartitionLag(self.group, tp.topic, tp.partition, ends[tp], committed, lag))
            metrics.CONSUMER_LAG.labels(self.group, tp.topic, str(tp.partition)).set(lag)
        return out

    async def __aenter__(self) -> LagMonitor:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


class LagService(Service):
    """Runs a ``LagMonitor`` every ``interval`` seconds for as long as the faust app runs."""

    monitor: LagMonitor
    interval: float = DEFAULT_INTERVAL

    @Service.task
    async def _sampler(self) -> None:
        while not self.should_stop:
            try:
                await self.monitor.sample()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a broker hiccup must not stop the worker
                log.warning("consumer lag sample failed: %s: %s", type(exc).__name__, exc)
            await self.sleep(self.interval)

    async def on_stop(self) -> None:
        await self.monitor.stop()


def install(app: Any, settings: Settings, stages: tuple[str, ...], interval: float | None = None) -> type[Service]:
    """Register a lag service on the faust ``app`` (its group is the app id; its topics the stage inputs)."""
    monitor = LagMonitor(settings, str(app.conf.id), stage_input_topics(settings, stages))
    every = interval if interval is not None else interval_from_env()

    class WorkerLagService(LagService):
        pass

    WorkerLagService.monitor = monitor
    WorkerLagService.interval = every
    app.service(WorkerLagService)
    return WorkerLagService
