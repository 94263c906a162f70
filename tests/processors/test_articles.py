from __future__ import annotations

import orjson
import pytest

from processors.articles import decode_article, is_english, validate_article
from processors.errors import InvalidInput, RecordTooLarge, UnsupportedLanguage


def test_valid_article_keeps_fields() -> None:
    art = decode_article(orjson.dumps({"id": "a1", "text": "Hello.", "title": None, "extra": 3}))
    assert art["id"] == "a1" and art["text"] == "Hello." and art["extra"] == 3  # type: ignore[typeddict-item]


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (None, "empty"),
        (b"", "empty"),
        (b"\xff\xfe not utf8", "UTF-8 JSON"),
        (b"{not json", "UTF-8 JSON"),
        (b"[1, 2]", "JSON object"),
        (b'"text"', "JSON object"),
        (b'{"id": "x"}', "text"),
        (b'{"text": "t"}', "id"),
        (b'{"id": "x", "text": ""}', "text"),
        (b'{"id": "x", "text": "   "}', "text"),
        (b'{"id": 7, "text": "t"}', "id"),
        (b'{"id": "x", "text": ["a"]}', "text"),
        (b'{"id": "x", "text": "t", "published_at": "yesterday"}', "published_at"),
    ],
)
def test_invalid_records_are_classified(value: bytes | None, fragment: str) -> None:
    with pytest.raises(InvalidInput) as err:
        decode_article(value)
    assert fragment in err.value.message
    assert err.value.error_class == "InvalidInput"


def test_size_cap() -> None:
    big = orjson.dumps({"id": "big", "text": "x" * 2000})
    with pytest.raises(RecordTooLarge) as err:
        decode_article(big, max_bytes=1000)
    assert err.value.error_class == "RecordTooLarge"
    assert decode_article(big, max_bytes=5000)["id"] == "big"


def test_language_rule() -> None:
    assert is_english(None) and is_english("en") and is_english("en-GB") and is_english("EN_us")
    assert not is_english("ar")
    with pytest.raises(UnsupportedLanguage):
        validate_article({"id": "x", "text": "مرحبا", "language": "ar"})
    # no declared language: processed (best effort with the English model)
    assert validate_article({"id": "x", "text": "Bonjour"})["id"] == "x"


def test_iso_dates_accepted() -> None:
    for value in ("2024-11-22", "2024-11-22T10:00:00Z", "2024-11-22T10:00:00.123+03:00", None):
        assert validate_article({"id": "x", "text": "t", "published_at": value})
