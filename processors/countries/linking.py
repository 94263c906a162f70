"""The country each PERSON / ORG entity belongs to, where the text says so.

- an organisation whose name holds a country reference ("Iraqi Permanent Mission", "Turkish Airlines") belongs
  to it; armed groups and supranational bodies do not ("Islamic State of Iraq and the Levant");
- a person belongs to the country named in the title or role phrase right before the name ("Iraqi government
  spokesperson Bassem Al-Awadi", "Israel's Foreign Minister Gideon Sa'ar") or in an apposition right after it
  ("Gideon Sa'ar, the Israeli foreign minister,"; "Bassem Al-Awadi, spokesperson of Iraq's government");
- later mentions of the same person or organisation (same ``canonical``) inherit the country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from processors.countries import institutions
from processors.countries.resolve import Mention
from processors.countries.scan import Match
from processors.person_names import PERSON_ROLE_WORDS
from processors.types import Entity

_TITLE_WORDS = PERSON_ROLE_WORDS | frozenset(
    """government foreign defence defense interior finance health trade justice prime state affairs
    official officials spokesperson military army navy police security national federal senior top
    former then acting deputy ambassador envoy permanent representative ministry's government's
    opposition party ruling royal supreme of the for a an 's ’s -""".split()
)
_COUNTRY_KINDS = frozenset({"name", "demonym", "institution"})
MAX_WINDOW = 8


def _mention_at_token(mentions: list[Mention]) -> dict[int, Mention]:
    out: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.token, m.last_token + 1):
            out[i] = m
    return out


def _before(doc: Doc, start_tok: int, at: dict[int, Mention]) -> str | None:
    i = start_tok - 1
    steps = 0
    while i >= 0 and steps < MAX_WINDOW:
        tok = doc[i]
        m = at.get(i)
        if m is not None and m.kind in _COUNTRY_KINDS:
            return m.code
        if tok.is_sent_end or not (tok.lower_ in _TITLE_WORDS or tok.text[:1].isupper()):
            return None
        i -= 1
        steps += 1
    return None


def _after(doc: Doc, end_tok: int, at: dict[int, Mention]) -> str | None:
    if end_tok >= len(doc):
        return None
    if doc[end_tok].lower_ == "of":  # "Prime Minister Igor Matovič of the Slovak Republic"
        k = end_tok + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        m = at.get(k)
        return m.code if m is not None and m.kind in {"name", "institution"} else None
    if doc[end_tok].text != ",":
        return None
    found: str | None = None
    has_role = False
    for i in range(end_tok + 1, min(end_tok + 1 + MAX_WINDOW, len(doc))):
        tok = doc[i]
        if tok.is_punct and tok.text not in {"-", "'s", "’s"}:
            break
        m = at.get(i)
        if m is not None and m.kind in _COUNTRY_KINDS and found is None:
            found = m.code
        elif tok.lower_ in PERSON_ROLE_WORDS:
            has_role = True
        elif m is None and tok.pos_ == "VERB":
            break
    return found if has_role else None


def link(doc: Doc, entities: list[Entity], mentions: list[Mention], all_matches: list[Match]) -> list[str | None]:
    at = _mention_at_token(mentions)
    raw_at: dict[int, list[Match]] = {}
    for m in all_matches:
        raw_at.setdefault(m.token, []).append(m)
    out: list[str | None] = [None] * len(entities)
    for k, ent in enumerate(entities):
        if ent["label"] not in {"PERSON", "ORG"}:
            continue
        span = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
        if span is None:
            continue
        if ent["label"] == "ORG":
            kind = institutions.classify(ent["text"].split())
            if kind in {institutions.ARMED, institutions.SUPRANATIONAL}:
                continue
            inside = [at[i] for i in range(span.start, span.end) if i in at]
            if inside:
                out[k] = inside[0].code
                continue
            raw = [
                m
                for i in range(span.start, span.end)
                for m in raw_at.get(i, ())
                if len({e.code for e in m.entries}) == 1
                and m.entries[0].code is not None
                and m.entries[0].kind in {"name", "demonym"}
            ]
            if raw:
                out[k] = raw[0].entries[0].code
                continue
        code = _before(doc, span.start, at)
        if code is None and ent["label"] == "PERSON":
            code = _after(doc, span.end, at)
        out[k] = code
    by_canonical: dict[tuple[str, str], str] = {}
    for ent, code in zip(entities, out, strict=True):
        if code is not None:
            by_canonical.setdefault((ent["label"], ent["canonical"]), code)
    for k, ent in enumerate(entities):
        if out[k] is None and ent["label"] in {"PERSON", "ORG"}:
            out[k] = by_canonical.get((ent["label"], ent["canonical"]))
    return out
