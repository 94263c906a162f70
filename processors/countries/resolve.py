"""From lexicon matches to country mentions: keep the matches that are references, decide ambiguous names.

Two steps, both linear in the number of matches:

1. context filters, per match, from the entity the match sits in (the cleaned entities of
   ``processors.entities``) and the proper name around it:
   - a country name or demonym counts unless it is part of a person's name ("Israel Folau"), of a title of a
     work, a language ("in French"), or of the name of a media outlet, company, school, armed group or
     supranational body (``institutions.classify``);
   - a place (city, region, landmark) counts only where it is used as a place: inside a GPE/LOC/FAC entity, or
     in a place context ("in X", "X, Texas") for well-known places; never inside a person's or an
     organisation's name, except a government institution's ("New York Police Department");
   - a single word that is also the first or last name of a person in the article ("Washington" after
     "Denzel Washington") is not a place unless the text says it is ("in Washington");
2. ambiguous names ("Georgia", "Paris", "Victoria", "Congo") take the reading that (a) a qualifier names
   ("Paris, Texas", "the state of Georgia"), else (b) the rest of the article supports (unambiguous mentions of
   the country or its neighbours), else (c) the most salient one (a country before a region before the
   largest city). A much smaller city never wins on context alone (Paris, Texas needs its "Texas").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from processors.countries import institutions
from processors.countries.gazetteer import BLOCK, CITY, COUNTRY_LEVEL, DEMONYM, NAME, PLACE, REGION, Entry, Lexicon
from processors.countries.scan import Match, Piece
from processors.doctext import doc_text, token_starts
from processors.person_names import PERSON_ROLE_WORDS, given_names
from processors.types import Entity

LOCATIVE = frozenset(
    """in at from to near into across outside inside throughout around via toward towards between within
    across over off of""".split()
)
# "Gulf of", "Sea of" ...: the name of a sea
WATER_WORDS = frozenset("gulf sea bay strait straits".split())
# nouns for a household: "the <surname> family"
FAMILY_WORDS = frozenset("family families household clan".split())
# the locatives that still make a place of a word the model tagged as a person named in full elsewhere
INSIDE = frozenset("in near inside outside throughout within".split())
# words that may sit inside a proper name; "and" is left out: "Ramallah and the West Bank" is two names
_CONNECTORS = frozenset({"of", "the", "&", "-", "for", "de", "la", "du", "des", "'s", "al"})
_LANGUAGES = frozenset(
    """english french spanish portuguese german italian russian chinese japanese korean dutch turkish greek
    polish persian swedish danish norwegian finnish czech hungarian romanian thai vietnamese indonesian
    filipino ukrainian icelandic irish welsh catalan hebrew""".split()
)
_LANGUAGE_BEFORE = frozenset(
    """in into speak speaks spoke spoken speaking fluent learn learning learned taught translated translate
    read write wrote written""".split()
)
_LANGUAGE_AFTER = frozenset(
    """language languages speaking speaker speakers translation translations subtitles subtitled dub dubbed
    version edition-language""".split()
)
_STATE_WORDS = frozenset({"state", "province", "territory", "county", "region"})
_COUNTRY_WORDS = frozenset({"country", "nation", "republic"})
MIN_CITY_RATIO = 1 / 30  # a smaller namesake city needs a qualifier, not just context
STREET_WORDS = frozenset(
    """street st road rd avenue ave boulevard blvd lane drive highway expressway freeway""".split()
)
# Country and place names that are also given names: a lone one tagged PERSON is a person ("Chad said").
GIVEN_NAMES = frozenset(
    """chad jordan georgia india israel kenya paris florence victoria austin dallas houston orlando phoenix
    savannah charlotte madison lincoln washington jackson denver regina sydney chelsea brooklyn ireland
    holland england china america""".split()
)
KIND_PRIORITY = {NAME: 0, DEMONYM: 1, PLACE: 2, REGION: 3, CITY: 4}


@dataclass
class Mention:
    code: str
    start: int
    end: int
    text: str
    kind: str  # evidence kind: "name", "demonym", "place", "institution"
    token: int  # first spaCy token
    last_token: int
    entity: int  # index into the entities list, -1 when outside any


@dataclass
class _Context:
    doc: Doc
    pieces: list[Piece]
    entities: list[Entity]
    ent_of_token: list[int]
    person_words: frozenset[str]  # first and last names of the article's persons named in full
    surnames: frozenset[str]  # their last names only (not the first word of "Abha General")
    sent_start: list[int]  # per token, the first token of its sentence

    def starts_sentence(self, token: int) -> bool:
        return self.sent_start[token] == token


def _ent_of_token(doc: Doc, entities: list[Entity]) -> list[int]:
    out = [-1] * len(doc)
    for k, ent in enumerate(entities):
        span = doc.char_span(ent["start"], ent["end"], alignment_mode="expand")
        if span is None:
            continue
        for i in range(span.start, span.end):
            out[i] = k
    return out


def _person_words(entities: list[Entity]) -> tuple[frozenset[str], frozenset[str]]:
    """First and last names of the article's persons, and their last names alone (multi-word names only)."""
    words: set[str] = set()
    last: set[str] = set()
    for ent in entities:
        if ent["label"] != "PERSON":
            continue
        parts = ent["text"].split()
        if len(parts) >= 2:
            words.add(parts[0].lower())
            last.add(parts[-1].lower())
    return frozenset(words | last), frozenset(last)


def _prev_word(ctx: _Context, m: Match, skip: int = 0) -> str:
    i = m.first - 1 - skip
    return ctx.pieces[i].norm if i >= 0 else ""


def _next_word(ctx: _Context, m: Match, skip: int = 0) -> str:
    i = m.last + skip
    return ctx.pieces[i].norm if i < len(ctx.pieces) else ""


def _next_cap(ctx: _Context, m: Match, skip: int = 0) -> bool:
    i = m.last + skip
    return i < len(ctx.pieces) and ctx.pieces[i].text[:1].isupper()


# the lower-case particles inside Romance place names ("Praia da Luz", "Rio de Janeiro")
NAME_PARTICLES = frozenset("da de do dos das del della di du".split())


def _name_chain(ctx: _Context, m: Match) -> list[str]:
    """The capitalised run of words around a match, within its sentence ("Turkish Airlines")."""
    pieces = ctx.pieces

    def proper(k: int) -> bool:
        t = pieces[k].text
        return t[:1].isupper() or t.lower() in _CONNECTORS

    lo = m.first
    sent_start = ctx.sent_start[pieces[m.first].token]
    while lo > 0 and m.first - lo < 6 and proper(lo - 1) and pieces[lo - 1].token >= sent_start:
        if ctx.starts_sentence(pieces[lo - 1].token) and pieces[lo - 1].text.lower() in {"the", "a", "an"}:
            break
        lo -= 1
    hi = m.last
    while hi < len(pieces) and hi - m.last < 6 and proper(hi) and not ctx.starts_sentence(pieces[hi].token):
        hi += 1
    while lo < m.first and pieces[lo].text.lower() in _CONNECTORS:
        lo += 1
    while hi > m.last and pieces[hi - 1].text.lower() in _CONNECTORS:
        hi -= 1
    return [p.text for p in pieces[lo:hi]]


def _acronym(ctx: _Context, m: Match) -> bool:
    """An all-capital word where the place's name is not itself written in capitals."""
    for piece in ctx.pieces[m.first : m.last]:
        letters = [c for c in piece.text if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return not any(2 in e.cases for e in m.entries if e.kind not in COUNTRY_LEVEL)
    return False


def _dateline(ctx: _Context, m: Match) -> bool:
    """A place opening a paragraph, then a dash, a comma, a parenthesis or a colon: a news dateline ("OSLO —",
    "BAGHDAD (Reuters) -", "Kathmandu:"), not an acronym."""
    start = ctx.pieces[m.first].start
    text = doc_text(ctx.doc)  # (computed once per document: every match may ask)
    if start > 0 and text[start - 1] != "\n":
        return False
    nxt = text[ctx.pieces[m.last - 1].end : ctx.pieces[m.last - 1].end + 3].lstrip(" ")
    return nxt[:1] in ("—", "–", "-", ",", "(", ":")


def _in_name(ctx: _Context, k: int) -> bool:
    """Is piece ``k`` a capitalised word or a title inside a sentence (part of a proper name)?"""
    piece = ctx.pieces[k]
    tok = ctx.doc[piece.token]
    if ctx.starts_sentence(tok.i) or tok.is_punct:
        return False
    return piece.text[:1].isupper() or tok.lower_ in PERSON_ROLE_WORDS


def _is_language(ctx: _Context, m: Match) -> bool:
    if m.text.lower() not in _LANGUAGES:
        return False
    ent = ctx.ent_of_token[ctx.pieces[m.first].token]
    if ent >= 0 and ctx.entities[ent]["label"] == "LANGUAGE":
        return True
    nxt = _next_word(ctx, m)
    if nxt == "-":
        nxt = _next_word(ctx, m, 1)
    if nxt in _LANGUAGE_AFTER:
        return True
    if _prev_word(ctx, m) in _LANGUAGE_BEFORE:
        tok = ctx.doc[ctx.pieces[m.last - 1].token]
        following = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
        return following is None or following.pos_ not in {"NOUN", "PROPN", "ADJ"}
    return False


def _after_given_name(ctx: _Context, m: Match) -> bool:
    """Is the match right after a capitalised given name, with nothing between ("Jerry Monaco")?"""
    if m.first == 0:
        return False
    prev = ctx.pieces[m.first - 1]
    return (
        prev.end + 1 == m.start
        and prev.text.istitle()
        and not ctx.doc[prev.token].is_stop  # "In Iraq": the census lists odd given names
        and prev.norm in given_names()
    )


def _place_context(ctx: _Context, m: Match) -> bool:
    if _dateline(ctx, m) and len({e.code for e in m.entries if e.code is not None}) == 1:
        return True  # "PUTRAJAYA –": a report's dateline is where it was filed (a town of one country only)
    prev = _prev_word(ctx, m)
    if prev in LOCATIVE:
        return True
    if prev == "the" and _prev_word(ctx, m, 1) in LOCATIVE:
        return True
    return _next_word(ctx, m) == "," and m.last + 1 < len(ctx.pieces) and ctx.pieces[m.last + 1].text[:1].isupper()


def _possessive_after(ctx: _Context, m: Match) -> bool:
    """Is the match followed by a possessive ('s, ’s)?"""
    i = ctx.pieces[m.last - 1].token + 1
    return i < len(ctx.doc) and (ctx.doc[i].tag_ == "POS" or ctx.doc[i].text in {"'s", "’s"})


def _filter(ctx: _Context, m: Match) -> tuple[tuple[Entry, ...], bool]:
    """The readings of a match that survive its context, and whether it sits in a government institution."""
    entries = m.entries
    if any(e.kind == BLOCK for e in entries):
        return (), False
    first_tok = ctx.pieces[m.first].token
    k = ctx.ent_of_token[first_tok]
    ent = ctx.entities[k] if k >= 0 else None
    label = ent["label"] if ent else ""
    single = m.last - m.first == 1
    whole = ent is not None and ent["start"] >= m.start - 1 and ent["end"] <= m.end + 1

    if label in {"WORK_OF_ART", "LANGUAGE"}:
        return (), False
    country_level = tuple(e for e in entries if e.kind in COUNTRY_LEVEL)
    places = tuple(e for e in entries if e.kind not in COUNTRY_LEVEL)
    if places and _acronym(ctx, m) and not _dateline(ctx, m):
        places = ()  # "BADA" is an acronym, not the town of Bada
        entries = country_level

    if _prev_word(ctx, m) == "of" and _prev_word(ctx, m, 1) in WATER_WORDS:
        return (), False  # "the Gulf of Thailand", "the Sea of Japan": a sea, not in the country
    nxt = ctx.pieces[m.last].text if m.last < len(ctx.pieces) else ""
    if places and nxt in NAME_PARTICLES and _next_cap(ctx, m, 1):
        # "Praia da Luz", "Santa Cruz do Sul": the first word of a longer place name we do not know
        places = ()
        entries = country_level
        if not entries:
            return (), False
    if single and nxt.lower() in FAMILY_WORDS and _prev_word(ctx, m) == "the":
        # "the Monaco family", "the Jordan household": a surname (a demonym stays: "the Iraqi family")
        return tuple(e for e in entries if e.kind == DEMONYM), False
    if label == "PERSON":
        if whole and single and m.text.lower() in ctx.surnames and _prev_word(ctx, m) not in INSIDE:
            return (), False  # "Wales said", "endorsement from Bush": the person named in full elsewhere
        if whole:
            keep = country_level if (country_level and not _is_language(ctx, m)) else ()
            if not keep and m.text.lower() not in GIVEN_NAMES and any(e.kind == PLACE for e in places):
                keep = tuple(e for e in places if e.kind == PLACE)  # a well-known place the model took for a name
            if keep and ((m.first > 0 and _in_name(ctx, m.first - 1)) or m.text.lower() in GIVEN_NAMES):
                keep = ()  # "Captain America", "Ms. Georgia", "Chad said"
            if places and (_place_context(ctx, m) or keep):
                keep = entries
            return keep, False
        at_start = ent is not None and m.start <= ent["start"] + 1
        return (tuple(e for e in entries if e.kind == DEMONYM) if at_start else ()), False

    if _is_language(ctx, m):
        return (), False
    if _possessive_after(ctx, m) and m.text.lower() not in ctx.person_words:
        return entries, False  # "China's Tsinghua University", "London's Royal Veterinary College": X's Y names X
    if single and label not in {"GPE", "LOC", "FAC"} and _after_given_name(ctx, m):
        return tuple(e for e in entries if e.kind == DEMONYM), False  # "Jerry Monaco Junior" tagged an organisation
    if nxt[:1].isupper() and nxt.lower().rstrip(".") in STREET_WORDS and not all(e.kind == DEMONYM for e in entries):
        return (), False  # "Grenada Street", "Pennsylvania Avenue": a street, not the place

    if (
        single
        and any(e.kind != DEMONYM for e in entries)
        and m.text.lower() in ctx.person_words
        and label not in {"GPE", "LOC", "FAC"}
        and not _place_context(ctx, m)
    ):
        return (), False

    institution = False
    kind = institutions.OTHER
    if label in {"ORG", "NORP"} and ent is not None and not whole:
        kind = institutions.classify(ent["text"].split())
    if kind == institutions.OTHER:
        chain = _name_chain(ctx, m)
        if len(chain) > len(m.text.split()):
            kind = institutions.classify(chain)
    if kind in institutions.EXCLUDED:
        return (), False
    if kind == institutions.GOVERNMENT and label == "ORG":
        institution = True

    if label in {"GPE", "LOC", "FAC"}:
        return entries, institution
    if label == "EVENT":
        return tuple(e for e in entries if e.kind != CITY), institution
    if institution:
        # a place names a government institution when it leads its name or follows "of"
        # ("New York Police Department", "Government of Kerala"), not when it is a word of it
        leads = ent is not None and m.start <= ent["start"] + 4
        state_body = ent is not None and institutions.is_state_body(ent["text"].split())
        return (entries if state_body and (leads or _prev_word(ctx, m) == "of") else country_level), institution
    if label == "ORG" and not whole:
        return country_level, institution
    if label in {"NORP", "ORG"}:
        return (country_level or places), institution
    if label:  # dates, products, numbers...: only country names and demonyms
        return country_level, institution
    # outside any entity: names and demonyms are enough on their own; places need a place context
    kept: list[Entry] = list(country_level)
    if places:
        # a smaller town in a dateline, when the name is a town of one country only ("PUTRAJAYA –"; not "VICTORIA
        # —", a town of several)
        dateline = _dateline(ctx, m) and len({e.code for e in places}) == 1
        strong = [
            e for e in places if e.kind in {PLACE, REGION} or (e.kind == CITY and (e.salience >= 100_000 or dateline))
        ]
        multi = m.last - m.first > 1
        if strong and (_place_context(ctx, m) or (multi and any(e.kind != CITY for e in strong))):
            kept.extend(strong)
    return tuple(kept), institution


def _best_per_code(entries: tuple[Entry, ...]) -> dict[str, Entry]:
    best: dict[str, Entry] = {}
    for e in entries:
        if e.code is None:
            continue
        old = best.get(e.code)
        if old is None or (KIND_PRIORITY[e.kind], -e.salience) < (KIND_PRIORITY[old.kind], -old.salience):
            best[e.code] = e
    return best


def _qualifier_codes(ctx: _Context, m: Match, by_start: dict[int, Match]) -> set[str]:
    """Codes named right after a comma ("Paris, Texas") or in parentheses ("Perth (Australia)") by a country or
    region, not by another city ("Paris, Rome": a list; Rome, Georgia would make Paris a US one)."""
    if _next_word(ctx, m) not in {",", "("}:
        return set()
    nxt = by_start.get(m.last + 1)
    if nxt is None:
        return set()
    return {e.code for e in nxt.entries if e.code is not None and e.kind != CITY}


def _decide(
    ctx: _Context,
    m: Match,
    best: dict[str, Entry],
    prior: Counter[str],
    lex: Lexicon,
    by_start: dict[int, Match],
) -> str:
    codes = list(best)
    qual = _qualifier_codes(ctx, m, by_start) & set(codes)
    if len(qual) == 1:
        return qual.pop()
    prev, prev2 = _prev_word(ctx, m), _prev_word(ctx, m, 1)
    nxt = _next_word(ctx, m)
    if (prev == "of" and prev2 in _STATE_WORDS) or nxt in _STATE_WORDS:
        regional = [c for c in codes if best[c].kind == REGION]
        if len(regional) == 1:
            return regional[0]
    if (prev == "of" and prev2 in _COUNTRY_WORDS) or nxt in _COUNTRY_WORDS:
        national = [c for c in codes if best[c].kind == NAME]
        if len(national) == 1:
            return national[0]
    top = (
        max(e.salience for e in best.values() if e.kind != NAME) if any(e.kind != NAME for e in best.values()) else 0.0
    )
    eligible = [c for c in codes if best[c].kind != CITY or best[c].salience >= top * MIN_CITY_RATIO]

    def support(code: str) -> float:
        if best[code].kind == CITY:
            return float(prior[code])
        near = lex.neighbours.get(code, frozenset())
        return prior[code] + 0.25 * sum(prior[n] for n in near)

    by_salience = sorted(eligible, key=lambda c: best[c].salience, reverse=True)
    if support(by_salience[0]) > 0:
        return by_salience[0]
    supported = [c for c in by_salience if support(c) > 0]
    if supported:
        return max(supported, key=lambda c: (support(c), best[c].salience))
    return by_salience[0]


ORPHAN_CITY_POPULATION = 1_000_000
ORPHAN_PLACE_POPULATION = 100_000


def _others_support(names_of: dict[str, set[str]], m: Match, entry: Entry) -> bool:
    """Does anything but this very name refer to the entry's country?"""
    names = names_of.get(entry.code or "", set())
    return len(names) > 1 or (len(names) == 1 and m.text.lower() not in names)


def _among_unknown_places(ctx: _Context, m: Match, by_start: dict[int, Match]) -> bool:
    """Is the match in a comma list next to capitalised names we do not know ("Cantilan, Madrid, Carmen")?
    Then it is more likely a namesake of those small places than the famous city; not after a landmark the
    city places ("the Haymarket, London")."""
    pieces = ctx.pieces
    for comma, name in ((m.last, m.last + 1), (m.first - 1, m.first - 2)):
        if (
            0 <= name < len(pieces)
            and pieces[comma].text == ","
            and pieces[name].text[:1].isupper()
            and ctx.doc[pieces[name].token].pos_ == "PROPN"
            and not (name < m.first and name > 0 and pieces[name - 1].text.lower() == "the")
            and not (name < m.first and _body_token(ctx, pieces[name].token))  # "the Federal High Court, Abuja"
        ):
            known = by_start.get(name) is not None or any(
                x.last == name + 1 for x in (by_start.get(name - k) for k in range(1, 4)) if x is not None
            )
            if not known:
                return True
    return False


def _body_token(ctx: _Context, token: int) -> bool:
    """Is the token part of an organisation's or a facility's name (which a city after a comma places)?"""
    k = ctx.ent_of_token[token]
    return k >= 0 and ctx.entities[k]["label"] in ("ORG", "FAC")


# "Waterloo station", "Victoria Street": a facility named after a place, which is no reference to that town
FACILITY_AFTER = frozenset(
    "station stations airport bridge street road avenue square park stadium hospital prison terminal line".split()
)


def _orphan_ok(ctx: _Context, m: Match, entry: Entry, n_cities: int, sole: bool) -> bool:
    """May a city that is the only reference to its country count? A big one always; one of 100,000 or more
    written as a place ("in Sampit") or beside another of the country's cities; a smaller town likewise, but only
    when it is ``sole``: the article's one geographic clue, and a name no other country's town bears (a local
    report on "Harrisburg" or "Mullingar" names no country, while a lone "Motherwell" in a South African report
    is that country's namesake)."""
    if entry.salience >= ORPHAN_CITY_POPULATION:
        return True
    if _next_word(ctx, m) in FACILITY_AFTER:
        return False
    if entry.salience < ORPHAN_PLACE_POPULATION and not sole:
        return False
    return _place_context(ctx, m) or n_cities > 1


def _sole(code: str, support: Counter[str], cities_of: Counter[str], readings: dict[str, int], m: Match) -> bool:
    """Is the town ``m`` the article's one geographic clue (no other country referred to at all) and a name that
    means a town of one country only?"""
    return not support and set(cities_of) <= {code} and readings.get(m.text.lower(), 0) == 1


def resolve(
    doc: Doc,
    pieces: list[Piece],
    matches: list[Match],
    entities: list[Entity],
    lex: Lexicon,
    sent_start: list[int],
) -> list[Mention]:
    person_words, surnames = _person_words(entities)
    ctx = _Context(doc, pieces, entities, _ent_of_token(doc, entities), person_words, surnames, sent_start)
    kept: list[tuple[Match, dict[str, Entry], bool]] = []
    for m in matches:
        entries, institution = _filter(ctx, m)
        best = _best_per_code(entries)
        if best:
            kept.append((m, best, institution))
    prior: Counter[str] = Counter()
    for _, best, _ in kept:
        if len(best) == 1:
            prior[next(iter(best))] += 1
    state = _US_STATE_DATELINE.search(doc_text(doc))
    if state is not None:
        prior["US"] += 1  # a US dateline also reads the article's "Georgia" as the state
    by_start = {m.first: m for m in matches}
    decided: list[tuple[Match, Entry, bool]] = []
    readings: dict[str, int] = {}  # a name -> how many countries it may mean
    for m, best, institution in kept:
        code = next(iter(best)) if len(best) == 1 else _decide(ctx, m, best, prior, lex, by_start)
        decided.append((m, best[code], institution))
        readings[m.text.lower()] = max(readings.get(m.text.lower(), 0), len(best))
    # a city that is the only reference to its country is kept only when it is a big one, or a place in the
    # sentence ("in Sampit"); a lone small town is more likely a name we do not know ("Garcia", "Leo")
    support: Counter[str] = Counter(e.code for _, e, _ in decided if e.kind != CITY and e.code)
    cities_of: Counter[str] = Counter(e.code for _, e, _ in decided if e.kind == CITY and e.code)
    names_of: dict[str, set[str]] = {}
    for x, e, _ in decided:
        names_of.setdefault(e.code or "", set()).add(x.text.lower())
    doubtful = {
        m.text.lower()
        for m, e, _ in decided
        if e.kind in {CITY, PLACE} and not _others_support(names_of, m, e) and _among_unknown_places(ctx, m, by_start)
    }
    out: list[Mention] = []
    for m, entry, institution in decided:
        code = entry.code or ""
        if m.text.lower() in doubtful:
            continue
        if (
            entry.kind == CITY
            and not support[code]
            and not _orphan_ok(ctx, m, entry, cities_of[code], _sole(code, support, cities_of, readings, m))
            # the town's own council or court ("Dubbo Local Court") places it as "in Dubbo" would
            and not institution
        ):
            continue
        if institution:
            kind = "institution"
        elif entry.kind == NAME:
            kind = "name"
        elif entry.kind == DEMONYM:
            kind = "demonym"
        else:
            kind = "place"
        first_tok, last_tok = pieces[m.first].token, pieces[m.last - 1].token
        out.append(Mention(code, m.start, m.end, m.text, kind, first_tok, last_tok, ctx.ent_of_token[first_tok]))
    if state is not None:
        # "MACON, Ga. —": the Associated Press abbreviation of a US state after a dateline's town (the town alone
        # may be a town of several countries: Macon, France)
        start, end = state.span(1)
        tok = max(0, bisect_right(token_starts(doc), start) - 1)
        out.append(Mention("US", start, end, state[1], "place", tok, tok, ctx.ent_of_token[tok]))
        out.sort(key=lambda x: x.start)
    return out


# a dateline's town, then the Associated Press abbreviation of a US state, then a dash (a station or agency in
# brackets between): "MACON, Ga. —", "ROCKFORD, Ill. (WTVO) -"; at the start of a paragraph (bounded: linear)
_US_STATE_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Za-z.'’-]{0,20}(?: [A-Z][A-Za-z.'’-]{0,20}){0,3}, "
    r"(Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Kans\.|Ky\.|La\.|Md\.|"
    r"Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|Okla\.|"
    r"Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Tex\.|Vt\.|Va\.|Wash\.|W\.Va\.|Wis\.|Wyo\.)"
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?[—–-]"
)
