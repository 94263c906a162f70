"""FIRST-CUT PLACEHOLDER, replaced by the quote-extraction work (issue 4)."""

from __future__ import annotations

from spacy.tokens import Doc

from processors.types import Entity, Quote


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    return []
