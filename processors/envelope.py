"""The record that travels on the intermediate topics between stages.

Wire format (value of a record on ``articles.entities`` / ``articles.countries``)::

    b"NSR1" | uint32 big-endian header length | header (orjson) | parse payload (spaCy DocBin bytes)

The header carries the article, the stage results so far and timings; the payload carries the parse so later
stages never re-run the model. Decoding is strict: a malformed record raises ``InvalidInput``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any, cast

import orjson

from processors.errors import InvalidInput
from processors.types import Countries, Entity, RawArticle

MAGIC = b"NSR1"
_LEN = struct.Struct(">I")


@dataclass
class StageRecord:
    article: RawArticle
    payload: bytes
    entities: list[Entity] = field(default_factory=list)
    countries: Countries | None = None
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent in each stage
    model: dict[str, str] = field(default_factory=dict)
    received_at: float | None = None  # epoch seconds: when the pipeline first saw the record
    source_timestamp: float | None = None  # epoch seconds: timestamp of the input record

    def header(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "entities": self.entities,
            "countries": self.countries,
            "timings": self.timings,
            "model": self.model,
            "received_at": self.received_at,
            "source_timestamp": self.source_timestamp,
        }


def encode_record(rec: StageRecord) -> bytes:
    header = orjson.dumps(rec.header())
    return MAGIC + _LEN.pack(len(header)) + header + rec.payload


def decode_record(value: bytes | None) -> StageRecord:
    if not value or value[:4] != MAGIC or len(value) < 8:
        raise InvalidInput("not a newsstream stage record (bad magic)", stage="decode")
    (n,) = _LEN.unpack_from(value, 4)
    if 8 + n > len(value):
        raise InvalidInput("truncated stage record", stage="decode")
    try:
        h = orjson.loads(value[8 : 8 + n])
    except orjson.JSONDecodeError as exc:
        raise InvalidInput(f"bad stage record header: {exc}", stage="decode") from None
    if not isinstance(h, dict) or not isinstance(h.get("article"), dict):
        raise InvalidInput("stage record header is not an object with an article", stage="decode")
    return StageRecord(
        article=cast(RawArticle, h["article"]),
        payload=value[8 + n :],
        entities=h.get("entities") or [],
        countries=h.get("countries"),
        timings=h.get("timings") or {},
        model=h.get("model") or {},
        received_at=h.get("received_at"),
        source_timestamp=h.get("source_timestamp"),
    )
