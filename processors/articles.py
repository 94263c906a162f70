"""Decoding and validation of input events (topic ``articles.raw``)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, cast

import jsonschema
import orjson

from processors.errors import InvalidInput, RecordTooLarge, UnsupportedLanguage
from processors.types import RawArticle

DEFAULT_MAX_RECORD_BYTES = 1_048_576  # 1 MiB: far above any news article, far below a hostile 10 MB text
OPTIONAL_FIELDS = ("title", "url", "source", "published_at", "language")


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Load a published JSON Schema (``input`` or ``output``) shipped with the package."""
    text = resources.files("processors").joinpath(f"schemas/article.{name}.schema.json").read_text("utf-8")
    return cast(dict[str, Any], json.loads(text))


@cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    schema = load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    validator: jsonschema.protocols.Validator = cls(schema)
    return validator


def is_english(language: str | None) -> bool:
    return language is None or language.strip().lower().replace("_", "-").split("-")[0] in ("en", "")


def validate_article(obj: object) -> RawArticle:
    """Check a decoded JSON value against the input schema and the language rule."""
    if not isinstance(obj, dict):
        raise InvalidInput(f"article must be a JSON object, got {type(obj).__name__}")
    error = jsonschema.exceptions.best_match(_validator("input").iter_errors(obj))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise InvalidInput(f"schema violation at {where}: {error.message[:300]}")
    language = obj.get("language")
    if not is_english(language):
        raise UnsupportedLanguage(f"language {language!r} is not supported (only English is processed)")
    return cast(RawArticle, obj)


def decode_article(value: bytes | None, *, max_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> RawArticle:
    """Decode one Kafka record value into a validated article or raise a classified ``InvalidInput``."""
    if value is None or len(value) == 0:
        raise InvalidInput("empty record value")
    if len(value) > max_bytes:
        raise RecordTooLarge(f"record is {len(value)} bytes, over the cap of {max_bytes} bytes")
    try:
        obj = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        raise InvalidInput(f"not valid UTF-8 JSON: {exc}") from None
    return validate_article(obj)
