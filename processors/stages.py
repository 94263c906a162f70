"""The three stages as plain functions over typed records. ``streams`` wires them to topics; the offline
``enrich`` command chains them in-process through the very same encode/decode steps, so both paths give the
same output.

Each function isolates failures per record: it returns either a result or a ``StageFailure`` for that record,
never raises for one bad article, so a batch is never lost because of one member.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from spacy.language import Language

import processors
from processors import nlp as nlp_mod
from processors.countries import tag_countries
from processors.entities import extract_entities
from processors.envelope import StageRecord
from processors.errors import ProcessingError, StageFailure
from processors.quotes import extract_quotes
from processors.types import Entity, RawArticle

STAGES = ("entities", "countries", "quotes")


def _failure(stage: str, exc: BaseException) -> StageFailure:
    if isinstance(exc, ProcessingError):
        exc.stage = stage
        if isinstance(exc, StageFailure):
            return exc
    failure = StageFailure(f"{type(exc).__name__}: {exc}"[:1000], stage=stage)
    failure.error_class = type(exc).__name__
    return failure


def run_entities(
    nlp: Language,
    articles: Sequence[RawArticle],
    *,
    received_at: Sequence[float | None] | None = None,
    source_timestamps: Sequence[float | None] | None = None,
) -> list[StageRecord | StageFailure]:
    """Parse a batch once (``nlp.pipe``) and extract entities from the parsed docs. Falls back to one-by-one
    on a batch error; an extraction error fails its own article only."""
    t0 = time.perf_counter()
    model = {"name": nlp_mod.model_name(), "version": nlp_mod.model_version(nlp)}
    texts = [a["text"] for a in articles]
    try:
        parsed: list[tuple[bytes, list[Entity] | Exception] | StageFailure] = list(
            nlp_mod.parse_and_extract(nlp, texts, extract_entities)
        )
    except Exception:  # isolate the culprit: parse one by one
        parsed = []
        for text in texts:
            try:
                parsed.append(nlp_mod.parse_and_extract(nlp, [text], extract_entities)[0])
            except Exception as exc:
                parsed.append(_failure("entities", exc))
    share = (time.perf_counter() - t0) / max(len(articles), 1)
    out: list[StageRecord | StageFailure] = []
    for i, (article, item) in enumerate(zip(articles, parsed, strict=True)):
        if isinstance(item, StageFailure):
            out.append(item)
            continue
        payload, entities = item
        if isinstance(entities, Exception):
            out.append(_failure("entities", entities))
            continue
        out.append(
            StageRecord(
                article=article,
                payload=payload,
                entities=entities,
                timings={"entities": share},
                model=model,
                received_at=received_at[i] if received_at else time.time(),
                source_timestamp=source_timestamps[i] if source_timestamps else None,
            )
        )
    return out


def run_countries(rec: StageRecord) -> StageRecord | StageFailure:
    t0 = time.perf_counter()
    try:
        with nlp_mod.decoding_zone() as vocab:
            doc = nlp_mod.doc_from_bytes(rec.payload, vocab)
            result = tag_countries(doc, rec.entities)
        for ent, code in zip(rec.entities, result.entity_countries, strict=True):
            ent["country"] = code
        rec.countries = result.countries
    except Exception as exc:
        return _failure("countries", exc)
    rec.timings["countries"] = time.perf_counter() - t0
    return rec


def run_quotes(rec: StageRecord, *, replayed: bool = False) -> dict[str, Any] | StageFailure:
    """Extract quotes and build the final enriched event (the output contract)."""
    t0 = time.perf_counter()
    try:
        with nlp_mod.decoding_zone() as vocab:
            doc = nlp_mod.doc_from_bytes(rec.payload, vocab)
            quotes = extract_quotes(doc, rec.entities)
    except Exception as exc:
        return _failure("quotes", exc)
    rec.timings["quotes"] = time.perf_counter() - t0
    return build_enriched(rec, quotes, replayed=replayed)


def build_enriched(rec: StageRecord, quotes: list[Any], *, replayed: bool = False) -> dict[str, Any]:
    event: dict[str, Any] = dict(rec.article)
    event.update(
        {
            "schema_version": processors.SCHEMA_VERSION,
            "entities": rec.entities,
            "countries": rec.countries or {"mentioned": [], "focus": [], "focus_scores": {}},
            "quotes": quotes,
            "replayed": replayed,
            "pipeline": {
                "version": processors.__version__,
                "model": rec.model,
                "stage_seconds": {k: round(v, 6) for k, v in rec.timings.items()},
                "processing_seconds": round(sum(rec.timings.values()), 6),
                "processed_at": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            },
        }
    )
    return event
