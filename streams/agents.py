"""Faust agents: each stage consumes its topic in batches, runs its handler off the event loop, delivers the
outputs (or dead letters) and acknowledges its input records only once the broker has acknowledged them.

Why not ``stream.take()``: it acknowledges a batch in a ``finally`` even when the body raises (silent loss).
``noack_take`` hands us the events and we ack them ourselves, in offset order, after delivery.
Agent concurrency stays 1 per stage (faust #606: with concurrency > 1 it can commit past a record in flight).

Delivery rules (README "Reliability"):

- a transient producer error (connection lost, leader moved, request or delivery timed out) is retried with
  exponential backoff for up to ``retry_seconds``; nothing is acked meanwhile;
- an output the broker (or the client's ``max_request_size``) refuses as too large is dead-lettered instead; a
  dead letter that is itself too large is sent without its value (header ``newsstream.error.value_dropped``);
- any other failure is fatal for the stage: its batch is *not* acked, the agent stops taking records (faust's
  commit logic would otherwise commit past the unacked hole once later records are acked) and the worker is
  stopped warm with a crash reason, so that a restarted worker gets the batch again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import faust
from aiokafka.errors import (
    KafkaError,
    KafkaTimeoutError,
    MessageSizeTooLargeError,
    RecordListTooLargeError,
)

from processors import nlp as nlp_mod
from processors.errors import StageFailure
from streams import handlers, metrics, topics
from streams.dlq import Origin, dead_letter_headers
from streams.settings import Settings

log = logging.getLogger(__name__)
SendFn = Callable[..., Awaitable[Any]]
H_VALUE_DROPPED = "newsstream.error.value_dropped"
RETRY_INITIAL_SECONDS = 0.1
RETRY_MAX_SECONDS = 5.0
RETRY_TOTAL_SECONDS = 120.0
PARSING = frozenset({"entities", topics.CHAINED})  # agents that run the spaCy parse (the CPU thread)


class DeliveryFailed(Exception):
    """A record could not be delivered (non-retriable error, or retries exhausted): its batch is not acked."""


def _root_cause(exc: BaseException) -> BaseException:
    """faust wraps aiokafka errors raised by ``send()`` in ``ProducerSendError``: look through it."""
    seen = 0
    while exc.__cause__ is not None and not isinstance(exc, KafkaError) and seen < 5:
        exc, seen = exc.__cause__, seen + 1
    return exc


def is_too_large(exc: BaseException) -> bool:
    return isinstance(_root_cause(exc), MessageSizeTooLargeError | RecordListTooLargeError)


def is_transient(exc: BaseException) -> bool:
    cause = _root_cause(exc)
    if isinstance(cause, KafkaTimeoutError | asyncio.TimeoutError | ConnectionError):
        return True
    return isinstance(cause, KafkaError) and bool(getattr(cause, "retriable", False))


def _origin(event: Any) -> Origin:
    msg = event.message
    return Origin(topic=msg.topic, partition=msg.partition, offset=msg.offset, timestamp=msg.timestamp)


def _headers(event: Any) -> list[tuple[str, bytes]]:
    raw = event.message.headers or []
    items = raw.items() if isinstance(raw, dict) else raw
    return [(k, v) for k, v in items if not k.startswith("newsstream.error")]


async def _start(send: Callable[[], Awaitable[Awaitable[Any]]]) -> Awaitable[Any] | BaseException:
    """Hand one record to the producer; a synchronous refusal (e.g. over max_request_size) is returned."""
    try:
        return await send()
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        return exc


@dataclass
class Prepared:
    """A batch whose handler has run: its input records and their outcomes, not yet delivered."""

    records: list[handlers.InRecord]
    outcomes: list[handlers.Outcome]
    started: float  # perf_counter when the batch was taken


class StageRunner:
    """Runs one stage's batch: handler in the executor, then delivery, then metrics."""

    def __init__(
        self,
        stage: str,
        handler: handlers.Handler,
        out_topic: Any,
        dlq_topic: Any,
        executor: Any,
        *,
        retry_seconds: float = RETRY_TOTAL_SECONDS,
        stopping: Callable[[], bool] = lambda: False,
    ) -> None:
        self.stage = stage
        self.handler = handler
        self.out_topic = out_topic
        self.dlq_topic = dlq_topic
        self.executor = executor
        self.retry_seconds = retry_seconds
        self.stopping = stopping

    async def process(self, events: Sequence[Any]) -> None:
        """Process and deliver one batch; returns only when every output or dead letter is acknowledged.

        Raises ``DeliveryFailed`` (or whatever else went wrong) otherwise: the caller must not ack the batch.
        """
        await self.deliver(await self.prepare(events))

    async def prepare(self, events: Sequence[Any]) -> Prepared:
        """Run the handler on a batch (in the executor); nothing is sent yet."""
        stage, n = self.stage, len(events)
        t0 = time.perf_counter()
        metrics.RECORDS_IN.labels(stage).inc(n)
        metrics.BATCH_SIZE.labels(stage).observe(n)
        metrics.IN_FLIGHT.labels(stage).inc(n)
        try:
            records = [handlers.InRecord(ev.key, ev.value, _origin(ev), _headers(ev)) for ev in events]
            return Prepared(records, await self._run_handler(records), t0)
        except BaseException:
            metrics.IN_FLIGHT.labels(stage).dec(n)
            raise

    async def deliver(self, prepared: Prepared) -> None:
        """Send a prepared batch's outputs and dead letters; returns when the broker has acknowledged all."""
        try:
            await self._deliver_batch(prepared.records, prepared.outcomes)
            metrics.BATCH_SECONDS.labels(self.stage).observe(time.perf_counter() - prepared.started)
        finally:
            metrics.IN_FLIGHT.labels(self.stage).dec(len(prepared.records))

    async def _run_handler(self, records: list[handlers.InRecord]) -> list[handlers.Outcome]:
        """The handler isolates bad records itself; should it raise anyway, isolate the culprit(s) here."""
        loop = asyncio.get_running_loop()
        try:
            outcomes = await loop.run_in_executor(self.executor, self.handler, records)
            if len(outcomes) != len(records):
                raise RuntimeError(f"handler returned {len(outcomes)} outcomes for {len(records)} records")
            return outcomes
        except Exception as exc:
            if len(records) == 1:
                return [self._handler_failure(records[0], exc)]
            log.exception("%s handler raised on a batch of %d; retrying one by one", self.stage, len(records))
        out: list[handlers.Outcome] = []
        for rec in records:
            try:
                one = await loop.run_in_executor(self.executor, self.handler, [rec])
                if len(one) != 1:
                    raise RuntimeError(f"handler returned {len(one)} outcomes for 1 record")
                out.append(one[0])
            except Exception as exc:
                out.append(self._handler_failure(rec, exc))
        return out

    def _handler_failure(self, rec: handlers.InRecord, exc: Exception) -> handlers.Outcome:
        failure = StageFailure(f"{type(exc).__name__}: {exc}"[:1000], stage=self.stage)
        failure.error_class = type(exc).__name__
        metrics.RECORDS_FAILED.labels(self.stage, failure.error_class).inc()
        return handlers.Outcome(key=rec.key, value=rec.value, error=failure)

    async def _deliver_batch(self, records: list[handlers.InRecord], outcomes: list[handlers.Outcome]) -> None:
        # hand every record to the producer first (in order: it batches them), then wait for each acknowledgement
        started = [(rec, out, await _start(self._sender(rec, out))) for rec, out in zip(records, outcomes, strict=True)]
        for rec, out, first in started:
            if out.error is None:
                try:
                    await self._settle(first, self._sender(rec, out), what="output")
                    metrics.RECORDS_OUT.labels(self.stage).inc()
                    continue
                except DeliveryFailed as exc:
                    if not is_too_large(exc):
                        raise
                    cause = _root_cause(exc)
                    rejected = StageFailure(
                        f"output of {len(out.value or b'')} bytes refused: {cause}"[:1000], stage=self.stage
                    )
                    rejected.error_class = type(cause).__name__
                    metrics.RECORDS_FAILED.labels(self.stage, rejected.error_class).inc()
                    first = await _start(self._dead_letter_sender(rec, rejected))
                    out = handlers.Outcome(key=rec.key, value=rec.value, error=rejected)
            await self._settle_dead_letter(rec, out.error, first)  # type: ignore[arg-type]

    def _sender(self, rec: handlers.InRecord, out: handlers.Outcome) -> Callable[[], Awaitable[Awaitable[Any]]]:
        if out.error is not None:
            return self._dead_letter_sender(rec, out.error)

        def send() -> Awaitable[Awaitable[Any]]:
            return self.out_topic.send(key=out.key, value=out.value, headers=out.headers, force=True)

        return send

    def _dead_letter_sender(
        self, rec: handlers.InRecord, error: BaseException, *, drop_value: bool = False
    ) -> Callable[[], Awaitable[Awaitable[Any]]]:
        stage = getattr(error, "stage", self.stage) or self.stage
        headers = rec.headers + dead_letter_headers(error, stage, rec.origin)
        if drop_value:
            headers.append((H_VALUE_DROPPED, str(len(rec.value or b"")).encode()))

        def send() -> Awaitable[Awaitable[Any]]:
            return self.dlq_topic.send(
                key=rec.key,
                value=None if drop_value else rec.value,
                headers=headers,
                timestamp=rec.origin.timestamp,
                force=True,
            )

        return send

    async def _settle_dead_letter(
        self, rec: handlers.InRecord, error: BaseException, first: Awaitable[Any] | BaseException
    ) -> None:
        stage = getattr(error, "stage", self.stage) or self.stage
        log.warning(
            "dead letter from %s at %s[%d]@%d: %s",
            stage,
            rec.origin.topic,
            rec.origin.partition,
            rec.origin.offset,
            getattr(error, "message", str(error))[:200],
        )
        try:
            await self._settle(first, self._dead_letter_sender(rec, error), what="dead letter")
        except DeliveryFailed as exc:
            if not is_too_large(exc):
                raise
            log.warning(
                "dead letter of %d bytes refused as too large: sending it without its value", len(rec.value or b"")
            )
            sender = self._dead_letter_sender(rec, error, drop_value=True)
            await self._settle(await _start(sender), sender, what="dead letter without value")
        metrics.RECORDS_DEAD_LETTERED.labels(self.stage).inc()

    async def dead_letter(self, rec: handlers.InRecord, error: BaseException) -> None:
        """Send one dead letter and wait until the broker has it (with the same retry rules as outputs)."""
        sender = self._dead_letter_sender(rec, error)
        await self._settle_dead_letter(rec, error, await _start(sender))

    async def _settle(
        self,
        first: Awaitable[Any] | BaseException,
        send: Callable[[], Awaitable[Awaitable[Any]]],
        *,
        what: str,
    ) -> None:
        """Wait for one acknowledgement; resend on transient errors with backoff; raise ``DeliveryFailed``."""
        pending = first
        deadline = time.monotonic() + self.retry_seconds
        delay = RETRY_INITIAL_SECONDS
        attempt = 1
        while True:
            try:
                if isinstance(pending, BaseException):
                    raise pending
                await pending
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not is_transient(exc):
                    raise DeliveryFailed(f"{self.stage} {what} refused: {_root_cause(exc)!r}") from exc
                if self.stopping() or time.monotonic() + delay > deadline:
                    raise DeliveryFailed(
                        f"{self.stage} {what} not delivered after {attempt} attempts: {_root_cause(exc)!r}"
                    ) from exc
                log.warning("%s %s: transient error %r, retry %d in %.1fs", self.stage, what, exc, attempt, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_MAX_SECONDS)
            attempt += 1
            pending = await _start(send)


def build_handler(stage: str, settings: Settings, app: faust.App) -> handlers.Handler:
    if stage == "entities":
        return handlers.make_entities_handler(nlp_mod.load_model(settings.spacy_model), settings.max_record_bytes)
    if stage == "countries":
        return handlers.countries_handler
    if stage == "quotes":
        return handlers.make_quotes_handler(ce_source=f"/newsstream/{app.conf.id}")
    if stage == topics.CHAINED:
        return handlers.make_chained_handler(
            nlp_mod.load_model(settings.spacy_model), settings.max_record_bytes, ce_source=f"/newsstream/{app.conf.id}"
        )
    raise ValueError(stage)


async def _fatal(app: faust.App, stage: str, exc: BaseException) -> None:
    """Stop the worker warm with a crash reason: acked offsets commit, the failed batch does not."""
    log.critical("%s: batch not delivered, not acknowledged; stopping the worker: %r", stage, exc)
    await app.crash(exc)


async def run_batches(
    batches: AsyncIterable[Sequence[Any]],
    runner: StageRunner,
    ack: Callable[[Any], Awaitable[Any]],
    fatal: Callable[[BaseException], Awaitable[None]],
) -> None:
    """The agent loop: batch k+1's handler runs while batch k is being delivered (the parse thread does not
    sit idle waiting for broker acknowledgements), and batch k's records are acked, in offset order, right
    after its delivery, by the task that delivered it.

    Never acked: a batch whose delivery failed, and anything after it. Batch k+1 starts delivering only once
    batch k is delivered and acked; on a failure the loop takes no more records and ``fatal`` stops the
    worker (faust's commit logic would otherwise commit past the unacked hole once later records are acked).
    """
    in_flight: asyncio.Future[None] | None = None

    async def deliver_then_ack(prepared: Prepared, events: Sequence[Any]) -> None:
        try:
            await runner.deliver(prepared)
            for event in events:
                await ack(event)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            await fatal(exc)  # at once, even when no further batch arrives
            raise

    try:
        async for events in batches:
            try:
                prepared = await runner.prepare(events)  # overlaps the previous batch's delivery
            except Exception as exc:
                await fatal(exc)
                return
            if in_flight is not None:
                with contextlib.suppress(Exception):
                    await in_flight
                if in_flight.exception() is not None:  # not delivered, or not acked: nothing after it may be
                    return
            in_flight = asyncio.ensure_future(deliver_then_ack(prepared, events))
    finally:
        if in_flight is not None and not in_flight.done():
            with contextlib.suppress(Exception):
                await asyncio.shield(in_flight)  # a stopping stream still delivers and acks what it prepared


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
            app.newsstream_executor if stage in PARSING else app.newsstream_light_executor,  # type: ignore[attr-defined]
            stopping=lambda: bool(app.should_stop),
        )
        runners[stage] = runner

        async def agent(stream: Any, runner: StageRunner = runner) -> None:
            async def fatal(exc: BaseException, runner: StageRunner = runner) -> None:
                await _fatal(app, runner.stage, exc)

            await run_batches(
                stream.noack_take(settings.batch_size, within=settings.batch_within), runner, stream.ack, fatal
            )

        agent.__name__ = agent.__qualname__ = f"{stage}_agent"
        app.agent(app.topic(names.name(in_base)), name=f"newsstream.{stage}", concurrency=1)(agent)
    return runners
