"""Faust agents: each stage consumes its topic in batches, runs its handler off the event loop, delivers the
outputs (or dead letters) and acknowledges its input records only once the broker has acknowledged them.

Why not ``stream.take()``: it acknowledges a batch in a ``finally`` even when the body raises (silent loss).
``noack_take`` hands us the events and we ack them ourselves, in offset order, after delivery.
Agent concurrency stays 1 per stage (faust #606: with concurrency > 1 it can commit past a record in flight).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import faust

from processors import nlp as nlp_mod
from streams import handlers, metrics, topics
from streams.dlq import Origin, dead_letter_headers
from streams.settings import Settings

log = logging.getLogger(__name__)
SendFn = Callable[..., Awaitable[Any]]


def _origin(event: Any) -> Origin:
    msg = event.message
    return Origin(topic=msg.topic, partition=msg.partition, offset=msg.offset, timestamp=msg.timestamp)


def _headers(event: Any) -> list[tuple[str, bytes]]:
    raw = event.message.headers or []
    items = raw.items() if isinstance(raw, dict) else raw
    return [(k, v) for k, v in items if not k.startswith("newsstream.error")]


class StageRunner:
    """Runs one stage's batch: handler in the executor, then delivery, then metrics."""

    def __init__(
        self,
        stage: str,
        handler: handlers.Handler,
        out_topic: Any,
        dlq_topic: Any,
        executor: Any,
    ) -> None:
        self.stage = stage
        self.handler = handler
        self.out_topic = out_topic
        self.dlq_topic = dlq_topic
        self.executor = executor

    async def process(self, events: Sequence[Any]) -> None:
        stage, n = self.stage, len(events)
        t0 = time.perf_counter()
        metrics.RECORDS_IN.labels(stage).inc(n)
        metrics.BATCH_SIZE.labels(stage).observe(n)
        metrics.IN_FLIGHT.labels(stage).inc(n)
        try:
            records = [handlers.InRecord(ev.key, ev.value, _origin(ev), _headers(ev)) for ev in events]
            loop = asyncio.get_running_loop()
            outcomes = await loop.run_in_executor(self.executor, self.handler, records)
            deliveries = [await self._deliver(rec, out) for rec, out in zip(records, outcomes, strict=True)]
            await asyncio.gather(*deliveries)
            metrics.BATCH_SECONDS.labels(stage).observe(time.perf_counter() - t0)
        finally:
            metrics.IN_FLIGHT.labels(stage).dec(n)

    async def _deliver(self, rec: handlers.InRecord, out: handlers.Outcome) -> Awaitable[Any]:
        if out.error is None:
            metrics.RECORDS_OUT.labels(self.stage).inc()
            return await self.out_topic.send(key=out.key, value=out.value, headers=out.headers, force=True)
        return await self.dead_letter(rec, out.error)

    async def dead_letter(self, rec: handlers.InRecord, error: BaseException) -> Awaitable[Any]:
        metrics.RECORDS_DEAD_LETTERED.labels(self.stage).inc()
        stage = getattr(error, "stage", self.stage) or self.stage
        log.warning(
            "dead letter from %s at %s[%d]@%d: %s",
            stage,
            rec.origin.topic,
            rec.origin.partition,
            rec.origin.offset,
            getattr(error, "message", str(error))[:200],
        )
        return await self.dlq_topic.send(
            key=rec.key,
            value=rec.value,
            headers=rec.headers + dead_letter_headers(error, stage, rec.origin),
            timestamp=rec.origin.timestamp,
            force=True,
        )


def build_handler(stage: str, settings: Settings, app: faust.App) -> handlers.Handler:
    if stage == "entities":
        return handlers.make_entities_handler(nlp_mod.load_model(settings.spacy_model), settings.max_record_bytes)
    if stage == "countries":
        return handlers.countries_handler
    if stage == "quotes":
        return handlers.make_quotes_handler(ce_source=f"/newsstream/{app.conf.id}")
    raise ValueError(stage)


def register_agents(app: faust.App, settings: Settings, stages: tuple[str, ...]) -> dict[str, StageRunner]:
    """Define one agent per stage on ``app``; returns the runners (tests swap their topics)."""
    names = topics.TopicNames(settings.topic_prefix)
    dlq_topic = app.topic(names.dlq)
    runners: dict[str, StageRunner] = {}
    for stage in stages:
        in_base, out_base = topics.STAGE_TOPICS[stage]
        runner = StageRunner(
            stage,
            build_handler(stage, settings, app),
            app.topic(names.name(out_base)),
            dlq_topic,
            app.newsstream_executor if stage == "entities" else app.newsstream_light_executor,  # type: ignore[attr-defined]
        )
        runners[stage] = runner

        async def agent(stream: Any, runner: StageRunner = runner) -> None:
            async for events in stream.noack_take(settings.batch_size, within=settings.batch_within):
                await runner.process(events)
                for event in events:
                    await stream.ack(event)

        agent.__name__ = agent.__qualname__ = f"{stage}_agent"
        app.agent(app.topic(names.name(in_base)), name=f"newsstream.{stage}", concurrency=1)(agent)
    return runners
