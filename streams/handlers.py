"""Stage handlers: Kafka record values in, output records (or classified errors) out.

Synchronous and CPU-bound by design: the agents run them in a worker thread so the event loop stays free for
heartbeats and deliveries. They adapt bytes <-> ``processors`` stage functions and update the metrics; they
never raise for one bad record.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import orjson
from spacy.language import Language

import processors
from processors import stages
from processors.articles import decode_article
from processors.envelope import StageRecord, decode_record, encode_record
from processors.errors import ProcessingError
from processors.types import Countries, Entity, Quote, RawArticle
from streams import metrics
from streams.dlq import Origin

CE_TYPE = "dev.newsstream.article.enriched.v1"
CE_NAMESPACE = uuid.UUID("6f1c9b1e-3a57-4f0e-9a43-2a7d8c1b5e10")
Headers = list[tuple[str, bytes]]


@dataclass
class InRecord:
    key: bytes | None
    value: bytes | None
    origin: Origin
    headers: Headers = field(default_factory=list)


@dataclass
class Outcome:
    key: bytes | None
    value: bytes | None = None
    headers: Headers = field(default_factory=list)
    error: ProcessingError | None = None


Handler = Callable[[Sequence[InRecord]], list[Outcome]]
R = TypeVar("R")


def _fail(stage: str, rec: InRecord, error: ProcessingError) -> Outcome:
    error.stage = error.stage if error.stage != "decode" else stage
    metrics.RECORDS_FAILED.labels(error.stage, error.error_class).inc()  # the stage that failed (chained too)
    return Outcome(key=rec.key, value=rec.value, error=error)


def ce_id(article_id: str, pipeline_version: str = processors.__version__) -> str:
    """Stable per article and pipeline version: consumers dedupe on it (replays and redeliveries included)."""
    return str(uuid.uuid5(CE_NAMESPACE, f"{article_id}\x1f{pipeline_version}\x1f{processors.SCHEMA_VERSION}"))


def cloudevents_headers(event: dict[str, object], source: str, *, replayed: bool) -> Headers:
    return [
        ("ce_specversion", b"1.0"),
        ("ce_id", ce_id(str(event["id"])).encode()),
        ("ce_type", CE_TYPE.encode()),
        ("ce_source", source.encode()),
        ("ce_time", str(event["pipeline"]["processed_at"]).encode()),  # type: ignore[index]
        ("content-type", b"application/json"),
        ("newsstream.replayed", b"true" if replayed else b"false"),
    ]


def _raw_batch(
    records: Sequence[InRecord],
    max_record_bytes: int,
    run: Callable[[list[RawArticle], dict[str, Any]], Sequence[R | ProcessingError]],
    emit: Callable[[InRecord, R], Outcome],
) -> list[Outcome]:
    """Decode raw article records (a bad one is an ``entities`` failure), ``run`` the valid ones as one batch
    with their arrival and source timestamps, and ``emit`` an outcome per result (failures keep their stage)."""
    outcomes: list[Outcome | None] = [None] * len(records)
    valid: list[tuple[int, RawArticle]] = []
    for i, rec in enumerate(records):
        try:
            valid.append((i, decode_article(rec.value, max_bytes=max_record_bytes)))
        except ProcessingError as exc:
            outcomes[i] = _fail("entities", rec, exc)
    if valid:
        now = time.time()
        times = {
            "received_at": [now] * len(valid),
            "source_timestamps": [records[i].origin.timestamp for i, _ in valid],
        }
        for (i, _), result in zip(valid, run([a for _, a in valid], times), strict=True):
            if isinstance(result, ProcessingError):
                outcomes[i] = _fail("entities", records[i], result)  # keeps the stage the error names
            else:
                outcomes[i] = emit(records[i], result)
    return [o for o in outcomes if o is not None]


def _observe_entities(seconds: Mapping[str, float], entities: Sequence[Entity]) -> None:
    metrics.STAGE_SECONDS.labels("entities").observe(seconds.get("entities", 0.0))
    for ent in entities:
        metrics.ENTITIES.labels(ent["label"]).inc()


def _observe_countries(seconds: Mapping[str, float], countries: Countries | None) -> None:
    metrics.STAGE_SECONDS.labels("countries").observe(seconds.get("countries", 0.0))
    metrics.COUNTRIES.inc(len(countries["mentioned"]) if countries else 0)


def _observe_quotes(
    seconds: Mapping[str, float], quotes: Sequence[Quote], source_timestamp: float | None, published: str | None
) -> None:
    metrics.STAGE_SECONDS.labels("quotes").observe(seconds.get("quotes", 0.0))
    for q in quotes:
        metrics.QUOTES.labels(q["kind"]).inc()
    age = _event_age(source_timestamp, published, time.time())
    if age is not None:
        metrics.EVENT_AGE.observe(age)


def make_entities_handler(nlp: Language, max_record_bytes: int) -> Handler:
    def emit(rec: InRecord, result: StageRecord) -> Outcome:
        _observe_entities(result.timings, result.entities)
        return Outcome(key=result.article["id"].encode(), value=encode_record(result), headers=rec.headers)

    def handle(records: Sequence[InRecord]) -> list[Outcome]:
        return _raw_batch(records, max_record_bytes, lambda arts, times: stages.run_entities(nlp, arts, **times), emit)

    return handle


def _each_stage_record(
    stage: str, records: Sequence[InRecord], process: Callable[[InRecord, StageRecord], Outcome]
) -> list[Outcome]:
    """Decode each intermediate record and ``process`` it; a record that does not decode is a failure."""
    out: list[Outcome] = []
    for rec in records:
        try:
            parsed = decode_record(rec.value)
        except ProcessingError as exc:
            out.append(_fail(stage, rec, exc))
            continue
        out.append(process(rec, parsed))
    return out


def _tag_countries(rec: InRecord, parsed: StageRecord) -> Outcome:
    result = stages.run_countries(parsed)
    if isinstance(result, ProcessingError):
        return _fail("countries", rec, result)
    _observe_countries(result.timings, result.countries)
    return Outcome(key=rec.key, value=encode_record(result), headers=rec.headers)


def countries_handler(records: Sequence[InRecord]) -> list[Outcome]:
    return _each_stage_record("countries", records, _tag_countries)


def _event_age(source_timestamp: float | None, published: str | None, now: float) -> float | None:
    """Seconds since the input record was produced (else since the article's ``published_at``)."""
    if source_timestamp:
        return max(0.0, now - source_timestamp)
    if published:
        try:
            return max(0.0, now - datetime.fromisoformat(published.replace("Z", "+00:00")).timestamp())
        except ValueError:
            return None
    return None


def make_quotes_handler(ce_source: str, *, replayed: bool = False) -> Handler:
    def extract(rec: InRecord, parsed: StageRecord) -> Outcome:
        event = stages.run_quotes(parsed, replayed=replayed)
        if isinstance(event, ProcessingError):
            return _fail("quotes", rec, event)
        _observe_quotes(parsed.timings, event["quotes"], parsed.source_timestamp, parsed.article.get("published_at"))
        return Outcome(
            key=str(event["id"]).encode(),
            value=orjson.dumps(event),
            headers=cloudevents_headers(event, ce_source, replayed=replayed),
        )

    def handle(records: Sequence[InRecord]) -> list[Outcome]:
        return _each_stage_record("quotes", records, extract)

    return handle


def _observe_enriched(event: dict[str, Any], source_timestamp: float | None) -> None:
    """The three stages' metrics for one enriched event built in-process (the chained topology)."""
    seconds: dict[str, float] = event["pipeline"]["stage_seconds"]
    _observe_entities(seconds, event["entities"])
    _observe_countries(seconds, event["countries"])
    _observe_quotes(seconds, event["quotes"], source_timestamp, event.get("published_at"))


def make_chained_handler(nlp: Language, max_record_bytes: int, ce_source: str, *, replayed: bool = False) -> Handler:
    """The chained topology: raw articles in, enriched events out, all three stages on the live parse.

    Same events (bar timings), headers and dead-letter classes as the staged handlers chained; a dead letter
    carries the raw input record and names the stage that failed."""

    def emit(rec: InRecord, event: dict[str, Any]) -> Outcome:
        _observe_enriched(event, rec.origin.timestamp)
        return Outcome(
            key=str(event["id"]).encode(),
            value=orjson.dumps(event),
            headers=cloudevents_headers(event, ce_source, replayed=replayed),
        )

    def handle(records: Sequence[InRecord]) -> list[Outcome]:
        return _raw_batch(
            records,
            max_record_bytes,
            lambda arts, times: stages.run_chained(nlp, arts, replayed=replayed, **times),
            emit,
        )

    return handle
