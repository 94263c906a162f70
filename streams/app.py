"""The faust application: one app per worker process, with the agents of the stages it runs."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import faust
from faust.auth import SASLCredentials, SSLCredentials
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.transport.drivers.aiokafka import Producer as AIOKafkaProducerService

from processors.stages import STAGES
from streams import topics
from streams.settings import Settings

log = logging.getLogger(__name__)

# faust hardcodes fetch_max_wait_ms=1500 for its worker consumer. With one consumer fetching every stage's topic,
# a partition that has just become fetchable (its records were drained, or the stage before just produced to it)
# waits for the fetch in flight to the same broker to come back: up to 1.5 s per hop, ~2 s end to end over the
# three hops even when idle. 100 ms keeps an idle worker's fetch rate trivial and the hops short.
CONSUMER_FETCH_MAX_WAIT_MS = 100


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = CONSUMER_FETCH_MAX_WAIT_MS  # read when the consumer starts its fetcher
        return consumer


class _Consumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> Any:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


def worker_stages(spec: str | Sequence[str] | None, topology: str = "staged") -> tuple[str, ...]:
    """The agents a worker runs: the stages of ``spec`` (staged topology), or the single chained agent."""
    stages = parse_stages(spec)
    if topology != "chained":
        return stages
    if stages != STAGES:
        raise ValueError("the chained topology runs every stage: leave --stages at 'all'")
    return (topics.CHAINED,)


def parse_stages(spec: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"entities,quotes"`` -> ("entities", "quotes") in pipeline order; None or "all" -> every stage."""
    if spec is None or spec == "all" or spec == ():
        return STAGES
    items = spec.split(",") if isinstance(spec, str) else [p for s in spec for p in s.split(",")]
    wanted = {s.strip() for s in items if s.strip()}
    unknown = wanted - set(STAGES)
    if unknown:
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; choose from {', '.join(STAGES)}")
    return tuple(s for s in STAGES if s in wanted)


def broker_credentials(settings: Settings) -> Any:
    if settings.security_protocol == "SSL":
        return SSLCredentials(settings.ssl_context())
    if settings.security_protocol.startswith("SASL"):
        return SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=settings.ssl_context(),
        )
    return None


class IdempotentProducer(AIOKafkaProducerService):
    """faust's aiokafka producer with ``enable_idempotence`` on outside transactions as well.

    faust only sets it inside exactly-once transactions (``_settings_extra``). Idempotence makes the producer's
    own retries safe (no duplicate or reordered batches after a lost acknowledgement); it needs a broker that
    answers InitProducerId (Apache Kafka >= 0.11; the embedded tansu broker refuses it, so it is off there).
    """

    def _settings_extra(self) -> dict[str, Any]:
        return {**super()._settings_extra(), "acks": "all", "enable_idempotence": True}


class NewsstreamApp(faust.App):
    """A faust app whose producer honours ``NEWSSTREAM_PRODUCER_IDEMPOTENCE``."""

    def _new_producer(self) -> Any:
        settings: Settings | None = getattr(self, "newsstream_settings", None)
        if settings is not None and settings.producer_idempotence:
            return IdempotentProducer(self.transport, loop=self.loop, beacon=self.beacon)
        return super()._new_producer()


def producer_max_request_size(settings: Settings) -> int:
    """Client-side cap on one produced record: room for an output several times its input (the parse payload
    of a text at the input cap), but bounded; the broker's own limit (``message.max.bytes``) applies on top.
    A refused output is dead-lettered; a refused dead letter is sent without its value (streams.agents)."""
    return max(4 * settings.max_record_bytes, 1_048_576)


def create_app(settings: Settings, stages: tuple[str, ...] = STAGES) -> faust.App:
    """A faust app for ``stages``; its id (and consumer group) is ``<prefix>newsstream[-<stages>]``.

    Delivery: ``processing_guarantee`` is passed through. ``at_least_once`` (default): acks=all, an input
    offset commits only after its output or dead letter is acknowledged (streams.agents). ``exactly_once``:
    faust wraps outputs and offset commits in Kafka transactions (one transactional producer per assigned
    partition, idempotence on); it needs brokers with transactions (Apache Kafka >= 2.5 with
    ``transaction.state.log.replication.factor`` <= the number of brokers, 3 by default) and consumers of
    the output reading with ``isolation.level=read_committed``. Untested on the embedded broker (tansu refuses
    InitProducerId); faust has open duplicate reports in this mode (#517, #323).
    """
    app_id = topics.app_id(settings, stages)
    os.makedirs(settings.data_dir, exist_ok=True)  # faust makes only the last level of its data directory
    app = NewsstreamApp(
        app_id,
        datadir=os.path.join(settings.data_dir, f"{app_id}-data"),
        broker=[f"kafka://{b}" for b in settings.bootstrap_list],
        broker_credentials=broker_credentials(settings),
        store="memory://",
        web_enabled=False,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        processing_guarantee=settings.processing_guarantee,
        producer_acks=-1,
        producer_linger_ms=settings.producer_linger_ms,
        producer_max_request_size=producer_max_request_size(settings),
        stream_wait_empty=True,
        broker_session_timeout=settings.session_timeout,
        broker_rebalance_timeout=settings.rebalance_timeout,
        broker_heartbeat_interval=min(3.0, settings.session_timeout / 3),
        broker_commit_every=1000,
        broker_commit_interval=1.0,
        key_serializer="raw",
        value_serializer="raw",
    )
    app.newsstream_settings = settings  # type: ignore[attr-defined]
    app.newsstream_stages = stages  # type: ignore[attr-defined]
    app.newsstream_executor = ThreadPoolExecutor(  # type: ignore[attr-defined]
        max_workers=1, thread_name_prefix="newsstream-cpu"
    )
    # countries and quotes get their own thread: their Python work overlaps the parse's GIL-free stretches
    # (thinc/blis matmuls, the parser's nogil loop) instead of queueing behind the next parse batch. One thread
    # for both: they share the decoding vocabulary, whose memory zones are not thread-safe.
    app.newsstream_light_executor = ThreadPoolExecutor(  # type: ignore[attr-defined]
        max_workers=1, thread_name_prefix="newsstream-light"
    )
    app.transport.Consumer = _Consumer  # type: ignore[misc]  # short fetch waits: CONSUMER_FETCH_MAX_WAIT_MS
    return app
