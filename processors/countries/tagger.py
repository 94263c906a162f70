"""FIRST-CUT PLACEHOLDER, replaced by the country-tagging work (issue 3)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from processors.types import Countries, Entity


@dataclass
class CountryResult:
    countries: Countries
    # aligned with the ``entities`` argument: the ISO code each PERSON/ORG entity belongs to, or None
    entity_countries: list[str | None] = field(default_factory=list)


def tag_countries(doc: Doc, entities: list[Entity]) -> CountryResult:
    return CountryResult({"mentioned": [], "focus": [], "focus_scores": {}}, [None] * len(entities))
