"""Names in speaker attribution: cleaning a name, telling a person's name from an organisation's, repairing
entity spans the model glued together, acronyms spelled out in the article."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from processors.dictionary import unknown_word
from processors.doctext import lower_ids
from processors.person_names import (
    COUNCILLOR_ABBREVIATIONS,
    GIVEN_NAMES_AS_TITLES,
    NAME_TITLES,
    TITLE_WORDS,
    fold_name,
    given_name_before_initial,
    role_acronym,
)
from processors.quotes.cues import REPORT_VERBS, member
from processors.quotes.sentences import doc_text
from processors.quotes.source_words import (
    _TITLE_WORDS,
    ORG_NAME_ENDS,
    PLACE_OR_GROUP,
    SMALL,
)
from processors.types import Entity

# an acronym introduced in parentheses after the words it abbreviates: "Transport for London (TfL)"
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")


_CLEANED_TITLES = (_TITLE_WORDS | TITLE_WORDS) - NAME_TITLES


def clean_name(name: str) -> str:
    """One-line name without leading titles or roles ("Cardinal Marc Ouellet" -> "Marc Ouellet", "skipper Magnus
    Halcrow" -> "Magnus Halcrow"): the words the entity stage strips from a tagged name, and the role words."""
    words = name.split()
    while (
        len(words) > 2
        and not given_name_before_initial(words)
        and words[0] not in GIVEN_NAMES_AS_TITLES  # "Earl Ray Tomblin": the entity stage kept it a name
        and (
            words[0].lower().rstrip(".") in _CLEANED_TITLES
            or role_acronym(words[0])
            or words[0] in COUNCILLOR_ABBREVIATIONS
        )
    ):
        words.pop(0)
    return " ".join(words)


def name_after_descriptor(name: str) -> str:
    """ "Interior CS Kithure Kindiki", "ISRO chief S Somanath", "Chief of Police Sterling Owen": an untagged name
    after words that say what the person is (an office in capitals, a lower-case role, a body's word) is the name
    alone: two to four words of a name, initials allowed, ending the phrase."""
    words = name.split()
    k = len(words)
    while k > 0 and (_name_word(words[k - 1]) or (k < len(words) and _INITIAL.fullmatch(words[k - 1]))):
        k -= 1
    if k == 0 or not 2 <= len(words) - k <= 4 or _INITIAL.fullmatch(words[-1]):
        return name
    before = words[k - 1]
    low = before.lower().rstrip(".")
    role = before.islower() and before.isalpha() and low not in SMALL and low not in _NAME_PREPOSITIONS
    if before.isupper() or role or low in _CLEANED_TITLES or low in ORG_NAME_ENDS:
        return " ".join(words[k:])
    return name


_INITIAL = re.compile(r"[A-Z]\.?")


def _name_word(w: str) -> bool:
    """A word of a person's name: "Geingob", "Man-kei", "O'Neill" (not "NATO", "of", "Party")."""
    low = w.lower()
    return (
        w[:1].isupper()
        and not w.isupper()
        and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
        and low not in ORG_NAME_ENDS
        and low not in SMALL
        and low not in _NAME_PREPOSITIONS
        and low.rstrip(".") not in _TITLE_WORDS
    )


# prepositions inside an organisation's name ("Reporters Without Borders"), in no person's
_NAME_PREPOSITIONS = frozenset("without with against from under over across beyond".split())


def untagged_name_word(t: Token) -> bool:
    """A capitalised proper noun, no title ("Velloso", not "Princess"), that the model did not put in a name of
    an organisation, a place or a group (it may have tagged it a product: a person's name all the same)."""
    return (
        t.pos_ == "PROPN"
        and t.is_title
        and t.ent_type_ not in PLACE_OR_GROUP
        and t.lower_.rstrip(".") not in _TITLE_WORDS
    )


def person_shaped(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 3 and all(_name_word(w) for w in words)


def repair_entities(doc: Doc, entities: list[Entity], tok_starts: list[int]) -> list[Entity]:
    """Two NER faults that would make a wrong speaker: a sentence-initial reporting verb glued to the name
    after it ("Remarked Center ... scientist Tierra Curry": dropped, the phrase is searched instead), and an
    organisation glued to the person after it ("Amnesty International Man-kei Tam": split in two)."""
    out: list[Entity] = []
    text = doc_text(doc)
    entities = _with_place_bodies(doc, entities, tok_starts)
    for e in entities:
        if e["label"] in ("PERSON", "ORG"):
            i = bisect_left(tok_starts, e["start"])
            if i < len(doc):
                first = doc[i]
                if first.lower_ in REPORT_VERBS and first.tag_.startswith("VB") and first.idx == e["start"]:
                    continue
        if e["label"] == "ORG" and not _ACRONYM_AFTER.match(text, e["end"]):
            # an organisation introduced with its acronym is one name ("Commission on International Religious
            # Freedom (CIRF)"), not an organisation and a person
            out.extend(_split_org_person(e))
        else:
            out.append(e)
    return out


def _with_place_bodies(doc: Doc, entities: list[Entity], tok_starts: list[int]) -> list[Entity]:
    """ "Eastbury Council hit out", "Kent Police said": a place's name and a capitalised word for its public body
    that the model left untagged (or tagged the place alone): one organisation, in place of the place."""
    found = numpy.flatnonzero(member(lower_ids(doc), _PLACE_BODY_IDS))[:200].tolist()
    if not found:
        return entities
    text = doc_text(doc)
    bodies: list[Entity] = []
    for i in found:
        word = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if (
            word.lower_ == "police"
            and word.is_title
            and nxt is not None
            and nxt.ent_iob_ == "B"
            and nxt.ent_type_ == "GPE"
        ):
            # "Police Scotland said": the force named by its place after the word, the model tagging the place
            last = nxt.i
            while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                last += 1
            start, end = word.idx, doc[last].idx + len(doc[last].text)
            name = text[start:end]
            bodies.append({"text": name, "label": "ORG", "start": start, "end": end, "canonical": name})
            continue
        if word.ent_type_ or not word.is_title or word.is_sent_start or i == 0:
            continue
        lo = i
        while lo > 0 and i - lo < 3 and _place_word(doc[lo - 1]):
            lo -= 1
        if lo < i and lo > 0 and i - lo < 3 and doc[lo - 1].is_sent_start and _opening_name_word(doc[lo - 1]):
            lo -= 1  # "Glenwarrick Dales District Council called", the first word taken for a verb
        if (
            lo == i
            or doc[lo].ent_type_ not in ("", "GPE")
            or (lo > 0 and doc[lo - 1].ent_type_ == doc[lo].ent_type_ != "")
        ):
            continue  # no place before it, or a place the model's name runs on from
        start, end = doc[lo].idx, word.idx + len(word.text)
        name = text[start:end]
        bodies.append({"text": name, "label": "ORG", "start": start, "end": end, "canonical": strip_the(name)})
    if not bodies:
        return entities
    spans = [(b["start"], b["end"]) for b in bodies]
    kept = [e for e in entities if not any(s <= e["start"] < t for s, t in spans)]
    return sorted([*kept, *bodies], key=lambda e: e["start"])


def _place_word(t: Token) -> bool:
    """A capitalised proper noun the model left untagged or tagged a place ("Eastbury" in "Eastbury Council")."""
    return t.pos_ == "PROPN" and t.is_title and t.ent_type_ in ("", "GPE")


def _opening_name_word(t: Token) -> bool:
    """A sentence's capitalised first word that is no English word ("Glenwarrick"), whatever it was tagged."""
    return t.is_title and t.is_alpha and unknown_word(t.text)


# public bodies named by their place ("Eastbury Council", "Kent Police", "Ohio Senate")
_PLACE_BODY_IDS = numpy.array(
    sorted(get_string_id(w) for w in "council police constabulary senate".split()), dtype=numpy.uint64
)

_ACRONYM_AFTER = re.compile(r"\s?\([A-Z][A-Za-z&.\-]{1,10}\)")


def _split_org_person(e: Entity) -> list[Entity]:
    text = e["text"]
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    if len(words) < 3 or len(words) > 10:
        return [e]
    for j in range(len(words) - 2, max(len(words) - 4, 0), -1):
        tail = words[j:]
        if words[j - 1][1].lower() in ORG_NAME_ENDS and all(_name_word(w) for _, w in tail):
            cut = words[j][0]
            head_text = text[:cut].rstrip()
            org: Entity = {
                "text": head_text,
                "label": "ORG",
                "start": e["start"],
                "end": e["start"] + len(head_text),
                "canonical": strip_the(head_text),
            }
            person: Entity = {
                "text": text[cut:],
                "label": "PERSON",
                "start": e["start"] + cut,
                "end": e["end"],
                "canonical": text[cut:],
            }
            if "country" in e:
                org["country"] = e["country"]
                person["country"] = e["country"]
            return [org, person]
    return [e]


def possessive_parents(text: str, entities: list[Entity]) -> dict[str, str]:
    """ "Imperial College London's MRC Centre for ...": a unit named with its organisation's possessive; its
    most complete name is both ("Imperial College London MRC Centre for ...")."""
    out: dict[str, str] = {}
    for prev, e in pairwise(entities):
        if prev["label"] != "ORG" or e["label"] != "ORG" or e["canonical"] in out:
            continue
        gap = text[prev["end"] : e["start"]]
        if gap in ("'s ", "’s ") or (gap == " " and text[prev["end"] - 2 : prev["end"]] in ("'s", "’s")):
            owner = re.sub(r"(?:'s|’s)$", "", prev["canonical"])
            out[e["canonical"]] = f"{owner} {strip_the(e['canonical'])}"
    return out


_OF_FIELD = re.compile(r"\b(Department|Ministry) of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")


def field_first_names(entities: list[Entity]) -> dict[str, str]:
    """ "the Labor Department" is the "United States Department of Labor" the article names: the name of a
    department or ministry "of" a field, keyed by its short form (the field, then the kind)."""
    out: dict[str, str] = {}
    for e in entities:
        m = _OF_FIELD.search(e["canonical"]) if e["label"] == "ORG" else None
        if m is not None:
            out.setdefault(f"{m.group(2)} {m.group(1)}", e["canonical"])
    return out


def acronym_expansions(text: str) -> dict[str, tuple[str, int, int]]:
    """ "Transport for London (TfL)", "Federal Emergency Management Agency (FEMA)": acronym -> (the words it
    abbreviates, their offsets). Only the words right before the parenthesis whose initials spell it."""
    out: dict[str, tuple[str, int, int]] = {}
    for n, m in enumerate(_PAREN_ACRONYM.finditer(text)):
        if n >= 100:
            break
        acr = m.group(1)
        if acr in out:
            continue
        lo = max(0, m.start() - 160)
        words = [(lo + w.start(), w.group()) for w in re.finditer(r"[\w'’.&-]+", text[lo : m.start()])]
        if not words or text[words[-1][0] + len(words[-1][1]) : m.start()].strip():
            continue
        upper = "".join(ch for ch in acr if ch.isupper())
        for k in range(2, min(len(words), 12) + 1):
            span = words[-k:]
            if not span[0][1][:1].isupper():
                continue
            every = "".join(w[0] for _, w in span).lower()
            caps = "".join(w[0] for _, w in span if w[:1].isupper())
            if every == acr.lower() or (len(upper) >= 2 and caps == upper):
                start = span[0][0]
                end = span[-1][0] + len(span[-1][1])
                out[acr] = (text[start:end], start, end)
                break
        else:
            short = _short_form(words, acr) or _spelled_inside(words, acr)
            if short is not None:
                out[acr] = (text[short[0] : short[1]], short[0], short[1])
    return out


def _spelled_inside(words: list[tuple[int, str]], acr: str) -> tuple[int, int] | None:
    """ "The Bundesnachrichtendienst (BND)", "Television New Zealand (TVNZ)", "Électricité de France (EDF)": an
    upper-case acronym whose letters appear, in order, inside the shortest capitalised name right before it that
    starts with its first letter (the Schwartz-Hearst rule for abbreviation definitions); offsets of that name."""
    letters = fold_name("".join(ch for ch in acr if ch.isalnum()))
    if len(letters) < 2 or not acr[:1].isupper() or sum(ch.isupper() for ch in acr) < 2:
        return None
    for k in range(1, min(len(words), len(letters) + 2) + 1):
        span = words[-k:]
        first = span[0][1]
        if not first[:1].isupper() or fold_name(first[:1]) != letters[0]:
            continue
        if not all(w[:1].isupper() or w.lower() in SMALL for _, w in span):
            return None  # past a lower-case word that is not "of", "de", ...: no longer the name
        rest = iter(fold_name(" ".join(w for _, w in span))[1:])
        if all(ch in rest for ch in letters[1:]):  # a subsequence test: ``in`` consumes the iterator
            return span[0][0], span[-1][0] + len(span[-1][1])
    return None


def _short_form(words: list[tuple[int, str]], short: str) -> tuple[int, int] | None:
    """ "World Wonder Ring Stardom (Stardom)": a short form in parentheses that is the last word of the
    capitalised name right before it; the offsets of that name (two words or more, at most eight)."""
    if not words or words[-1][1] != short or short.isupper():
        return None
    k = len(words) - 1
    while k > 0 and len(words) - k < 8 and words[k - 1][1][:1].isupper() and words[k - 1][1].isalpha():
        k -= 1
    if words[k][1].lower() == "the":
        k += 1
    if len(words) - k < 2:
        return None
    return words[k][0], words[-1][0] + len(words[-1][1])


def strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text
