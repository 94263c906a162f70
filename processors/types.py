"""Typed shapes of the events and their parts (the output contract, see ``schemas/``)."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class RawArticle(TypedDict):
    """An input event after validation. Only ``id`` and ``text`` are required."""

    id: str
    text: str
    title: NotRequired[str | None]
    url: NotRequired[str | None]
    source: NotRequired[str | None]
    published_at: NotRequired[str | None]
    language: NotRequired[str | None]


class Entity(TypedDict):
    text: str
    label: str
    start: int
    end: int
    canonical: str
    country: NotRequired[str | None]


class Evidence(TypedDict):
    text: str
    start: int
    end: int
    kind: str  # "name", "demonym", "place", "institution", ...


class CountryMention(TypedDict):
    code: str
    name: str
    count: int
    evidence: list[Evidence]


class Countries(TypedDict):
    mentioned: list[CountryMention]
    focus: list[str]
    focus_scores: dict[str, float]


class Span(TypedDict):
    text: str
    start: int
    end: int


class Speaker(TypedDict):
    name: str
    label: str  # spaCy-style entity type of the speaker: PERSON, ORG, GPE, NORP or "UNKNOWN"
    start: int | None  # offsets of the mention that names the speaker in full
    end: int | None
    mention: Span | None  # the mention the quote attaches to ("he", "Al-Awadi", "the spokesperson")
    country: str | None


QuoteKind = Literal["direct", "mixed", "indirect"]


class Quote(TypedDict):
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker | None
    cue: Span | None
