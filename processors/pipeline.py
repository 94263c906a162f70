"""Offline enrichment: the three stages chained in-process, through the same encode/decode steps as the stream."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language

from processors import stages
from processors.envelope import decode_record, encode_record
from processors.errors import ProcessingError
from processors.types import RawArticle

Result = dict[str, Any] | ProcessingError


def enrich_batch(nlp: Language, articles: list[RawArticle]) -> list[Result]:
    out: list[Result] = []
    for parsed in stages.run_entities(nlp, articles):
        if isinstance(parsed, ProcessingError):
            out.append(parsed)
            continue
        geo = stages.run_countries(decode_record(encode_record(parsed)))
        if isinstance(geo, ProcessingError):
            out.append(geo)
            continue
        out.append(stages.run_quotes(decode_record(encode_record(geo))))
    return out


def enrich(nlp: Language, articles: Iterable[RawArticle], batch_size: int = 16) -> Iterator[Result]:
    """Enrich articles in order; a failed article yields its classified error instead of an event."""
    it = iter(articles)
    while batch := list(islice(it, batch_size)):
        yield from enrich_batch(nlp, batch)


def enrich_one(nlp: Language, article: RawArticle) -> dict[str, Any]:
    result = enrich_batch(nlp, [article])[0]
    if isinstance(result, ProcessingError):
        raise result
    return result
