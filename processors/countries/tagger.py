"""Country tagging: scan the article for names the lexicon knows, keep the references, rank the focus."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from processors.countries.focus import focus
from processors.countries.gazetteer import lexicon
from processors.countries.linking import link
from processors.countries.resolve import Mention, resolve
from processors.countries.scan import pieces_of, scan, sentence_index
from processors.doctext import text_and_tokens
from processors.types import Countries, CountryMention, Entity


@dataclass
class CountryResult:
    countries: Countries
    # aligned with the ``entities`` argument: the ISO code each PERSON/ORG entity belongs to, or None
    entity_countries: list[str | None] = field(default_factory=list)


def _mentioned(mentions: list[Mention], names: dict[str, str]) -> list[CountryMention]:
    by_code: dict[str, CountryMention] = {}
    for m in mentions:
        entry = by_code.get(m.code)
        if entry is None:
            entry = by_code[m.code] = {"code": m.code, "name": names.get(m.code, m.code), "count": 0, "evidence": []}
        entry["count"] += 1
        entry["evidence"].append({"text": m.text, "start": m.start, "end": m.end, "kind": m.kind})
    return sorted(by_code.values(), key=lambda c: (-c["count"], c["evidence"][0]["start"]))


def tag_countries(doc: Doc, entities: list[Entity]) -> CountryResult:
    lex = lexicon()
    text, tokens, starts = text_and_tokens(doc)
    pieces = pieces_of(tokens, starts)
    matches = scan(pieces, lex, text)
    sent_index, sent_start = sentence_index(doc)
    mentions = resolve(doc, pieces, matches, entities, lex, sent_start)
    links = link(doc, entities, mentions, matches)
    actors = [
        (starts_token(starts, ent["start"]), code)
        for ent, code in zip(entities, links, strict=True)
        if code is not None and ent["label"] == "PERSON"
    ]
    codes, scores = focus(doc, mentions, sent_index, actors)
    countries: Countries = {"mentioned": _mentioned(mentions, lex.names), "focus": codes, "focus_scores": scores}
    return CountryResult(countries, links)


def starts_token(starts: list[int], char: int) -> int:
    """Index of the token that contains character offset ``char``."""
    return max(0, bisect_right(starts, char) - 1)
