"""Entities stage logic: spaCy NER spans, cleaned up and with aliases merged.

Fixes applied on top of the statistical NER (all generic, none article-specific):
- a possessive (``'s``, ``’s``, a bare trailing apostrophe) and edge punctuation never belong to an entity;
- a name the model tagged as a place or group is relabelled PERSON when the article also names a person with
  the same surname, or when a personal title or role noun directly precedes it
  ("spokesperson Bassem Al-Awadi", "Minister ...");
- ``canonical`` is the most complete name the article gives for the same referent: persons by surname
  ("Al-Awadi" -> "Bassem Al-Awadi"), organisations by a parenthesised acronym ("Iraqi Islamic Resistance (IRI)")
  or by being the tail of a longer name of the same type ("Security Council" -> "UN Security Council");
  a leading "the" is dropped from ``canonical`` (it stays in ``text``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import islice, pairwise

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from processors.dictionary import known_word, unknown_word
from processors.doctext import doc_text, token_starts
from processors.person_names import (
    COUNCILLOR_ABBREVIATIONS,
    DESCRIPTOR_NOUNS,
    ELECTED_MEMBER_OFFICES,
    GENERATIONAL_SUFFIXES,
    GIVEN_NAMES_AS_TITLES,
    HONORIFICS,
    KIN_NOUNS,
    NAME_TITLES,
    PARTY_MEMBER_NOUNS,
    PERSON_ROLE_WORDS,
    POST_NOMINALS,
    ROLE_ABBREVIATIONS,
    SURNAME_FIRST,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    TWO_WORD_HONORIFICS,
    census_given_name,
    fold_name,
    given_name_before_initial,
    given_names,
    introduced_as_relative,
    name_gender,
    name_words,
    role_acronym,
    surname,
)
from processors.types import Entity

PLACE_LIKE_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})


# labels the model also gives a person's name it does not know ("Moon Jae-in, an adviser to Roh, said": WORK_OF_ART)
MISC_NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})


# words that make a name an institution, a place or an event, never a person ("Hartford Hospital", "Hurricane Lorenzo")
NON_PERSON_WORDS = frozenset(
    """
    hospital university college school academy institute museum church mosque cathedral temple bank company
    corporation group party council committee ministry department agency court parliament assembly senate
    congress army navy force forces police airport station stadium park bridge street road avenue square
    river lake mount mountain island islands bay sea ocean valley county province state city district
    hurricane typhoon cyclone storm tropical earthquake festival award awards prize cup league championship
    foundation association union federation organization organisation commission office service news times
    post herald journal airlines airways motors inc ltd llc co center centre laboratory lab labs clinic society
    network channel television tv radio press magazine review club team fc trust fund partners capital holdings
    systems technologies tech studios records pictures entertainment media games institution
    administration terminal market hall building tower plaza mall gallery library theatre theater hotel arena
    memorial prison palace
    """.split()
)


# legal forms that end a company's name ("HDT Vedelmi Ipari Kft.", "Acme Widgets Ltd"), never a person's
COMPANY_FORMS = frozenset(
    "Ltd Inc LLC LLP PLC plc GmbH AG SA NV BV Kft Zrt Nyrt SpA Srl Oy Oyj ASA Pty Corp Co S.A N.V B.V".split()
)


# endings of a person noun that no thing has ("commissioner" is a role word; "newspaper" ends in -er)
_APPOSITION_PERSON_ENDINGS = ("ist", "ian", "person", "woman", "man")


# words written with a full stop that the tokenizer may split off at the end of a sentence
_ABBREVIATED = frozenset("jr sr inc co corp ltd bros st mt dr mr mrs ms".split())

# the particles between a given name and its surname ("Rhun ap Iorwerth", "Fernando de la Rúa"), lower case
_PARTICLE_GAP = re.compile(" (?:(?:" + "|".join(sorted(SURNAME_PARTICLES)) + ") ){1,2}")
# a word written after an honorific ("Mr. Nketiah"): a surname
_HONOURED_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w'’-]*)")
_HONORIFIC_PARTICLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\.? ((?:" + "|".join(sorted(SURNAME_PARTICLES)) + r") )\Z"
)
# an honorific written inside a name, after a title the name opens with ("Tuilaepa Dr Sailele Malielegaoi")
_INNER_HONORIFICS = frozenset("dr dr. prof prof.".split())

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
# a nickname in quotation marks inside a name: Philip “Brave” Davis, Dwayne "The Rock" Johnson (bounded: linear)
_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?) [“\"‘']([A-Z][^\"“”‘’'\n]{0,24}?)[”\"’'] ([A-Z][\w’'-]{1,30}(?: [A-Z][\w’'-]{1,30})?)"
)


_EDGE_PUNCT = "\"'“”‘’.,;:!?()[]{}-–—"


def _clean_bounds(span: Span, full_text: str) -> tuple[int, int] | None:
    """Character bounds of the span without possessives, edge punctuation or whitespace."""
    tokens = list(span)
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].text in {"'s", "’s", "'", "’"}):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and (
        (tokens[-1].is_punct and tokens[-1].text not in {".", ")"}) or tokens[-1].pos_ in {"CCONJ", "ADP"}
    ):  # "... Diversity and", "... Operation Fast and"
        tokens.pop()
    if len(tokens) > 1 and tokens[-1].text == "." and tokens[-2].lower_ not in _ABBREVIATED:
        tokens.pop()  # a full stop of its own ends the sentence, not "Sr." nor "Inc."
    if not tokens:
        return None
    comma = next((k for k, t in enumerate(tokens) if t.text == "," and 0 < k < len(tokens) - 1), None)
    if (
        comma is not None
        and span.label_ in PLACE_LIKE_LABELS | MISC_NAME_LABELS | {"PERSON"}
        and any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens[comma + 1 :])
        and all(t.head.i < tokens[comma].i or t.head.i > tokens[-1].i or t.i == t.head.i for t in tokens[:comma])
    ):
        # "the spread of COVID-19, King said": a phrase's end and the next clause's subject run together; the
        # entity is the subject (not "Jones, Jr." nor "Paris, Texas", whose second part is no clause's subject)
        tokens = tokens[comma + 1 :]
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    text = full_text[start:end]
    m = _POSSESSIVE.search(text)
    if m and m.start() > 0:
        end = start + m.start()
        text = full_text[start:end]
    while text and text[-1] in _EDGE_PUNCT.replace(".", "").replace(")", ""):
        end -= 1
        text = text[:-1]
    while text and text[0] in _EDGE_PUNCT:
        start += 1
        text = text[1:]
    if "\n" in text:  # an entity never runs over a line or paragraph break: keep its first line
        first = text.split("\n", 1)[0]
        end = start + len(first)
        text = first
    dash = text.rfind(")--")
    if dash >= 0 and span.label_ == "PERSON":
        # "Tokyo, Dec. 6 (Jiji Press)--Yuichi Tsuda, chief of ...": a dateline's agency and its double hyphen
        # run into the name after them
        start += dash + 3
        text = text[dash + 3 :]
    stripped = text.strip()
    if not stripped:
        return None
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    return start, end


def _name_letters(word: str) -> str:
    """A name word without its hyphens and apostrophes ("Polata’ivao" -> "Polataivao", "Al-Awadi" -> "AlAwadi")."""
    return word.replace("-", "").replace("’", "").replace("'", "")


def _loose_name_token(tok: Token) -> bool:
    """A capitalised proper-noun word outside every entity, that can be part of a name ("Om", "Garced",
    "Polata’ivao", with a glottal stop)."""
    bare = _name_letters(tok.text)
    return (
        tok.pos_ == "PROPN"
        and tok.ent_iob_ == "O"
        and bare.isalpha()
        and (tok.is_title or bare.istitle())
        and tok.lower_ not in TITLE_WORDS
        and tok.lower_ not in HONORIFICS
        and tok.lower_ not in NON_PERSON_WORDS
    )


def _ends_place(tok: Token) -> bool:
    """The last word of a place or organisation right before a name: "Mayor of London Sadiq Khan" (a proper
    noun between it and a surname the model tagged alone is the first name, not part of the place)."""
    nxt = tok.i + 1
    ends_entity = tok.ent_iob_ != "O" and (nxt == len(tok.doc) or tok.doc[nxt].ent_iob_ != "I")
    return ends_entity and tok.ent_type_ in PLACE_LIKE_LABELS


def _titled_by_apposition(span: Span) -> bool:
    """ "Gaspar Maroth, the government commissioner responsible for defence": a name with an apposition headed
    by a noun for a person's office or trade right after it is a person's, whatever the model tagged it."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for tok in doc[span.end + 1 : min(span.end + 9, len(doc))]:
        if tok.dep_ == "appos" and tok.head.i == span.end - 1:
            low = tok.lower_
            if low == "member":  # "Oleg Nilov, a member of the Just Russia party": not "Norway, a member of NATO"
                return not gazetteer_place(span.text) and span.text.lower() not in country_names()
            return tok.tag_ == "NN" and (low in PERSON_ROLE_WORDS or low.endswith(_APPOSITION_PERSON_ENDINGS))
    return False


def _apposition_to_role(span: Span) -> bool:
    """ "The Nepalese president, Girija Prasad Koirala, said", "said a government volcanologist, Subandriyo.": a
    name in apposition after a noun for a person's office or trade is that person's, whatever the model tagged
    it."""
    root = span.root if len(span) == 1 or not span[-1].is_punct else span[:-1].root  # not the full stop
    head = root.head
    return (
        root.dep_ == "appos"
        and head.i < span.start
        and head.tag_ == "NN"
        and (head.lower_ in PERSON_ROLE_WORDS or head.lower_.endswith(_APPOSITION_PERSON_ENDINGS))
        and span.start > 0
        and span.doc[span.start - 1].text == ","
    )


CLUB_FORMS = frozenset("fc afc f.c. a.f.c. cf sc".split())


# last words of a group's name that no person's name ends with ("Abdullah Azzam Brigades", "Popular Front")
GROUP_FORMS = frozenset("Brigade Brigades Battalion Battalions Militia Front Movement Party Forces Committee".split())


def _ends_with_form(text: str, forms: frozenset[str], fold: Callable[[str], str]) -> bool:
    """A name of two words or more whose last word, folded, is one of ``forms`` ("Leeds United AFC",
    "Acme Ltd.", "West Midlands Police")."""
    words = text.split()
    return len(words) >= 2 and fold(words[-1]) in forms


# last words of an airline's name ("Delta Air Lines", "Northwind Airways")
AIRLINE_FORMS = frozenset({"Airlines", "Airways", "Lines"})

# last words of a firm's name that follow its founder's ("Ann Roe Consulting", "Kathryn Roe Productions")
BUSINESS_FORMS = (
    frozenset(
        """Consulting Consultants Productions Associates Enterprises Communications Studios Films Holdings Partners
    Solutions Industries Realty Photography Designs Foundation Architects Ventures Homes""".split()
    )
    | AIRLINE_FORMS
)


def _lower_case_words(text: str) -> bool:
    """Words written in lower case that a dictionary holds ("lorry", "the driver"): no name."""
    words = text.split()
    return bool(words) and all(w.isalpha() and w.islower() and known_word(w) for w in words)


def _common_word_opening_line(e: Entity, full_text: str, in_names: set[str]) -> bool:
    """A person entity of one capitalised word that opens its line, which the dictionary holds and is no known
    given name, place, nor word of a person's name in the article ("Story continues below": page furniture)."""
    text = e["text"]
    return (
        e["label"] == "PERSON"
        and text.isalpha()
        and text.istitle()
        and full_text[max(0, e["start"] - 1) : e["start"]] in ("", "\n")
        and text not in in_names
        and known_word(text.lower())
        and text.lower() not in given_names()
        and not gazetteer_place(text)  # "Avon and Somerset police": a place, relabelled below
    )


def _group_form(text: str) -> bool:
    return _ends_with_form(text, GROUP_FORMS | BUSINESS_FORMS, str.strip)


def _plural_after_the(ent: Entity, full_text: str) -> bool:
    """ "the Lib Dems", "the Greens": a name after "the" whose last word is a plural and whose first word is no
    given name names a party or a group ("the Rev. Ann Williams" keeps the title before the name)."""
    words = ent["text"].split()
    after_the = full_text[max(0, ent["start"] - 4) : ent["start"]].lower() == "the "
    if words and words[0].lower() == "the":  # (the model's span may hold the article)
        words, after_the = words[1:], True
    return (
        after_the
        and 1 <= len(words) <= 3
        and words[-1][:1].isupper()
        and words[-1].endswith("s")
        and not words[-1].endswith(("ss", "'s", "’s"))
        and words[0].lower() not in given_names()
    )


def _club_form(text: str) -> bool:
    return _ends_with_form(text, CLUB_FORMS, str.lower)


def _company_form(text: str) -> bool:
    return _ends_with_form(text, COMPANY_FORMS, lambda w: w.rstrip("."))


def _person_noun(tok: Token) -> bool:
    """A lower-case noun for a person ("attendee", "spokesperson", "resident"), right before a name."""
    low = tok.lower_
    return tok.pos_ == "NOUN" and tok.is_lower and (low in PERSON_ROLE_WORDS or low.endswith(PERSON_NOUN_ENDINGS))


# a person's initials before the surname: "PK", "P.K.", "N"; not the capitals of a country or a union ("US Senator")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")
_NOT_INITIALS = frozenset("US UK EU UN UAE USA".split())
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december".split()
)


def _extend_name(span: Span, bounds: tuple[int, int]) -> tuple[int, int]:
    """A name the model cut short: a first word it left out ("an attendee Om Prakash": "Prakash") or a second
    surname ("Wanda Vázquez Garced": "Wanda Vázquez"), a proper noun the parse joins to the name by a compound,
    outside every entity, in the same sentence. After a comma only a known given name joins: "the chief of the
    army, Commodore Ann Roe" has a title there as often as a first name."""
    if span.label_ not in ("PERSON", "ORG", "GPE", "NORP") or len(span) > 4:
        return bounds
    doc = span.doc
    start, end = bounds
    first, last = span.start, span.end - 1
    if doc[first].idx != start or doc[last].idx + len(doc[last].text) != end:
        return bounds  # trimmed by the clean-up: leave it
    i = first - 1
    if (
        (
            i >= 1
            and _loose_name_token(doc[i])
            and doc[i].tag_ == "NNP"
            and doc[i].dep_ == "compound"
            and first <= doc[i].head.i <= last
            and not doc[i].is_sent_start
            # a trade's ending ("Broadcaster") is no first name, unless it is a known one ("Salvador", "Victor")
            and (not doc[i].lower_.endswith(PROFESSION_ENDINGS) or doc[i].lower_ in given_names())
            and (
                doc[i].lower_ in given_names()
                or _person_noun(doc[i - 1])
                or (first == last and _ends_place(doc[i - 1]))
                or doc[i - 1].lower_ in TITLE_WORDS  # "Prof. Mehmet Ali Kuzucu" tagged "Ali Kuzucu"
                # "BSF DIG (South Bengal Frontier) Nilotpal Kumar Pandey" tagged "Kumar Pandey"
                or (doc[i - 1].text == ")" and unknown_word(doc[i].text) and span.label_ == "PERSON")
            )
        )
        or (
            # "Tengku Zafrul Aziz has said", "Khawaja Muhammad Asif on Friday": a first word no dictionary holds and
            # no gazetteer knows, left out of a person's name the parse joins it to, here at a sentence's start
            i >= 0
            and span.label_ == "PERSON"
            and doc[i].is_sent_start
            and doc[i].is_title
            and doc[i].is_alpha
            and len(doc[i]) > 3
            and not doc[i].ent_type_
            and doc[i].tag_ == "NNP"
            and doc[i].dep_ == "compound"
            and first <= doc[i].head.i <= last
            and unknown_word(doc[i].text)
            and not _plural_noun(doc[i].text)  # "Shoppers Bill and Joy Kirkwood"
            and not gazetteer_place(doc[i].text)
            and _before_names_only(doc[i].text, doc.text)  # not "Whilst Ms Pinder ..."
        )
        or (
            # "Chief Secretary PK Jenamani": initials before the surname, after a title
            i >= 1
            and _INITIALS.fullmatch(doc[i].text) is not None
            and doc[i].text.replace(".", "") not in _NOT_INITIALS
            and doc[i].dep_ == "compound"
            and first <= doc[i].head.i <= last
            and (doc[i - 1].lower_ in TITLE_WORDS or doc[i - 1].lower_ in PERSON_ROLE_WORDS)
        )
        or (
            # "Sylvie Van Den Wildenberg, a spokeswoman": a name that starts with a surname particle lacks its given
            # name, which may open the sentence
            i >= 0
            and span.label_ == "PERSON"
            and first < last
            and doc[first].lower_ in SURNAME_PARTICLES
            and doc[i].is_title
            and not doc[i].ent_type_  # a given name the model tagged on its own: _join_given_names
            and doc[i].lower_ in given_names()
            and doc[i].whitespace_ == " "
        )
    ):
        start = doc[i].idx
    elif (
        span.label_ == "PERSON"
        and i >= 2
        and all(
            _loose_name_token(doc[k])
            and doc[k].tag_ == "NNP"
            and doc[k].dep_ == "compound"
            and not doc[k].is_sent_start
            for k in (i - 1, i)
        )
        and (
            doc[i - 2].lower_ in TITLE_WORDS
            or (i >= 3 and doc[i - 2].text == "," and doc[i - 3].lower_ in TITLE_WORDS and doc[i - 3].is_title)
        )
    ):
        # "Lt Col Mohammad Tajul Islam Chowdhury" tagged "Islam Chowdhury": two given names; also after the title
        # and a comma ("former Finance Minister, Sili Epa Tuioti")
        start = doc[i - 1].idx
    j = last + 1
    if span.label_ == "PERSON" and first < last and doc[last].lower_ in _INNER_HONORIFICS:
        # "Prime Minister Tuilaepa Dr. Sa’ilele Malielegaoi" tagged "Tuilaepa Dr.": a Samoan title, the doctorate,
        # then the rest of the name, which the model left out
        k = j
        while k < len(doc) and k - j < 3 and _name_word_after_honorific(doc[k]):
            k += 1
        if k > j:
            return start, doc[k - 1].idx + len(doc[k - 1].text)
    if (
        span.label_ == "PERSON"
        and j + 1 < len(doc)
        and doc[j].text == ","
        and doc[j + 1].text in GENERATIONAL_SUFFIXES
        and doc[last].whitespace_ == ""
    ):
        return start, doc[j + 1].idx + len(doc[j + 1].text)  # "Charles F. Bolden, Jr.": the suffix is the name's
    # "José Luis Rodríguez Zapatero" tagged "José Luis": one or two loose name words after the name, the last
    # of them the head the name's last word is a compound of
    head = doc[last].head.i
    if (
        span.label_ == "PERSON"
        and doc[last].dep_ == "compound"
        and j <= head <= j + 1
        and head < len(doc)
        and all(
            _loose_name_token(doc[k]) and not doc[k].is_sent_start and doc[k - 1].whitespace_ == " "
            for k in range(j, head + 1)
        )
        and all(doc[k].dep_ == "compound" and doc[k].head.i == head for k in range(j, head))
    ):
        end = doc[head].idx + len(doc[head].text)
    if span.label_ == "PERSON":
        end = _hyphenated_tail(doc, start, end)
        start = _hyphenated_head(doc, start)
    return start, end


def _name_word_after_honorific(tok: Token) -> bool:
    """A capitalised word, perhaps with an apostrophe ("Sa’ilele"), outside every entity, after a space (the
    parse may open a sentence at it, after "Dr.")."""
    word = _name_letters(tok.text)
    return (
        tok.ent_iob_ == "O"
        and word.isalpha()
        and tok.text[:1].isupper()
        and _name_letters(tok.text[1:]).islower()
        and tok.lower_ not in TITLE_WORDS
        and tok.doc[tok.i - 1].whitespace_ == " "
    )


def _before_names_only(word: str, full_text: str) -> bool:
    """Does the article write ``word`` at least twice, each time before a capitalised word ("Tengku Zafrul")?"""
    after = re.findall(r"\b" + re.escape(word) + r"\b(?: (\S)|)", full_text)
    return len(after) >= 2 and all(a[:1].isupper() for a in after)


def _hyphenated_head(doc: Doc, start: int) -> int:
    """ "Nils-Ánte Gaup" tagged "Ánte Gaup": the capitalised first part of a hyphenated given name, written on to
    the name with no space, is the name's."""
    text = doc_text(doc)
    if start < 3 or text[start - 1] not in ("-", "‑"):
        return start
    k = start - 1
    while k > 0 and start - k <= 16 and text[k - 1].isalpha():
        k -= 1
    head = text[k : start - 1]
    if len(head) >= 2 and head[0].isupper() and head[1:].islower() and (k == 0 or not text[k - 1].isalnum()):
        return k
    return start


def _hyphenated_tail(doc: Doc, start: int, end: int) -> int:
    """ "Song Eon-seok" tagged "Song Eon": the short lower-case second part of a hyphenated given name, written
    on to a full name with no space, is the name's ("Kim Jong-un", "Han Byung-do"); not an English word made with
    the name ("Joe Roe-era", "Ann Roe-led", "Roe-style")."""
    text = doc_text(doc)
    cut = max(text.rfind("-", start, end), text.rfind("‑", start, end))
    if cut > start and _made_with_name(text[cut + 1 : end]):
        return cut  # the model's "Donald Roe-era": the name is "Donald Roe"
    if text[end : end + 1] not in ("-", "‑") or " " not in text[start:end]:
        return end
    k = end + 1
    while k < len(text) and k - end <= 6 and text[k].isalpha() and text[k].islower():
        k += 1
    tail = text[end + 1 : k]
    if not 2 <= len(tail) <= 5 or (k < len(text) and (text[k].isalnum() or text[k] in "-‑")) or _made_with_name(tail):
        return end
    return k


def _made_with_name(tail: str) -> bool:
    return tail.islower() and (tail.endswith(("ed", "ing", "ly", "ist", "ism")) or tail in _HYPHEN_WORDS)


# English words written on to a name with a hyphen ("Roe-era", "Roe-style"), never the end of a given name
_HYPHEN_WORDS = frozenset(
    "era born based style like type made run owned held free wide long year led esque ite".split()
)


def _title_then_name(text: str) -> bool:
    """ "CM Biren Sangma", "Governor Ann Roe": a person's title (an office in capitals written so) before two or
    three capitalised words of a name, none a title or a place's or body's word ("Premier League", "Governor
    Street" are none)."""
    words = text.split()
    first = words[0].lower().rstrip(".")
    if not 3 <= len(words) <= 4 or first not in TITLE_WORDS or (len(first) <= 3 and not words[0].isupper()):
        return False
    rest = words[1:]
    return all(
        (w[:1].isupper() and w[1:].islower() and w.isalpha()) or re.fullmatch(r"[A-Z]\.?", w) for w in rest
    ) and not {w.lower() for w in rest} & (NON_PERSON_WORDS | TITLE_WORDS)


# abbreviated titles and honorifics that only ever stand before a person's name: the honorifics and the role
# abbreviations ("Cllr", "Gov."), but "Cr" ("CR" are as often initials: see COUNCILLOR_ABBREVIATIONS)
_ABBREVIATED_TITLES = frozenset("mr mrs ms dr fr sr".split()) | (frozenset(ROLE_ABBREVIATIONS) - {"cr"})


def _abbreviated_title_then_surname(text: str) -> bool:
    """ "Cllr Feeley", "Dr Jagdeo" tagged a body: an abbreviated title or honorific before one capitalised word
    that names no place or body."""
    words = text.split()
    if len(words) == 3 and words[1] in SURNAME_PARTICLES:  # "Mr de Faoite"
        words = [words[0], words[2]]
    if len(words) != 2 or words[0].lower().rstrip(".") not in _ABBREVIATED_TITLES or not words[0][:1].isupper():
        return False
    name = words[1]
    return (
        name[:1].isupper()
        and _name_letters(name).isalpha()
        and name.lower() not in NON_PERSON_WORDS
        and not gazetteer_place(name)
    )


# role words that are also common surnames, and so a name after an honorific ("Cr King", "Mr Bishop"); not the
# forms of address ("Mr President", "Madam Speaker", "Mr Mayor")
_SURNAME_ROLE_WORDS = frozenset("king bishop judge prince cardinal".split())


def _surname_after_honorific(ent: Entity, full_text: str) -> bool:
    """ "Cr King told the media": a capitalised role word of ``_SURNAME_ROLE_WORDS`` right after an abbreviated
    title or honorific ("Mr", "Ms", "Dr", "Cr", "Cllr") is a person's surname."""
    text = ent["text"]
    if ent["label"] != "PERSON" or text.lower() not in _SURNAME_ROLE_WORDS or not text.istitle():
        return False
    before = full_text[max(0, ent["start"] - 8) : ent["start"]]
    m = re.search(r"(?:^|\s)(\w+\.?) $", before)
    return (
        m is not None
        and m[1][:1].isupper()
        and (m[1] in COUNCILLOR_ABBREVIATIONS or m[1].lower().rstrip(".") in _ABBREVIATED_TITLES)
    )


# offices written in capitals that follow the place or body they serve ("Manipur CM", "Cat Island MP")
_OFFICES_AFTER_PLACE = frozenset("CM PM DPM MP MLA MEP MPP MHA MSP".split())


_INITIALS_WORD = re.compile(r"(?:[A-Z]\.){1,3}")


# a councillor's abbreviated title, after the ward's name ("Stapeley Cllr Peter Groves")
_COUNCILLOR_TITLES = frozenset({"cllr", "coun", "colr", "cr"})
# the last word of a local jurisdiction's name, before the title of its office ("Flathead County Sheriff")
_JURISDICTION_WORDS = frozenset("County City Parish Borough Township District".split())
# the title of an office written after the name of the place it governs ("Kagoshima Governor Ito Yuichiro")
_PLACE_OFFICES = frozenset("Governor Mayor Premier Prefect Sheriff".split())


def _office_then_name(ent: Entity) -> list[Entity]:
    """ "Krishnaraja MLA T.S. Srivatsa", "Mysuru MP Pratap Simha" tagged an organisation: an office written in
    capitals, after its constituency, before two or three words of a name (initials or capitalised words, not
    only initials): the name is a person, the words before it a place. So is a title after a county's or city's
    name ("Flathead County Sheriff Brian Heino", tagged a work of art or a person), and a governor's or mayor's
    after a place the gazetteer knows ("Kagoshima Governor Ito Yuichiro", tagged an organisation)."""
    words = _words(ent["text"])
    k = next(
        (
            i
            for i, (_, w) in enumerate(words)
            if w in _OFFICES_AFTER_PLACE
            or (i >= 2 and words[i - 1][1] in _JURISDICTION_WORDS and w.istitle() and w.lower() in TITLE_WORDS)
            or (i >= 1 and w.rstrip(".").lower() in _COUNCILLOR_TITLES and words[i - 1][1].istitle())
            or (
                i >= 1
                and w in _PLACE_OFFICES
                and gazetteer_place(ent["text"][: words[i - 1][0] + len(words[i - 1][1])])
            )
        ),
        None,
    )
    if k is None or not 2 <= len(words) - k - 1 <= 3:
        return [ent]
    name = [w for _, w in words[k + 1 :]]
    shaped = all(_INITIALS_WORD.fullmatch(w) or (w.istitle() and w.replace("-", "").isalpha()) for w in name)
    if not shaped or _INITIALS_WORD.fullmatch(name[-1]) or {w.lower() for w in name} & NON_PERSON_WORDS:
        return [ent]
    before = ent["text"][: words[k - 1][0] + len(words[k - 1][1])] if k else ""
    # "Stapeley Cllr Peter Groves": a ward's name, or a party's ("Labour Cllr"), before a councillor's: a place
    # only when the gazetteer knows it
    placed = words[k][1].rstrip(".").lower() not in _COUNCILLOR_TITLES or gazetteer_place(before)
    out = [_sub_entity(ent, 0, len(before), "GPE")] if before and placed else []
    return [*out, _sub_entity(ent, words[k + 1][0], len(ent["text"]), "PERSON")]


def _name_after_comma(ent: Entity) -> list[Entity]:
    """ "US Embassy Chargé d’ Affaires, Catherine Rodriguez" tagged a work of art (or a body): a person's name set
    off by a comma at the end of the span (two or three capitalised words, a known given name first) is a person,
    whatever the words before it are (kept only when they were tagged a body)."""
    if ent["label"] not in MISC_NAME_LABELS | {"ORG"} or ", " not in ent["text"]:
        return [ent]
    head, tail = ent["text"].rsplit(", ", 1)
    words = tail.split()
    if (
        not 2 <= len(words) <= 3
        or not all(w.istitle() and w.replace("-", "").isalpha() for w in words)
        or fold_name(words[0]) not in given_names()
        or {w.lower() for w in words} & (NON_PERSON_WORDS | TITLE_WORDS)
    ):
        return [ent]
    name = _sub_entity(ent, len(head) + 2, len(ent["text"]), "PERSON")
    return [_sub_entity(ent, 0, len(head), "ORG"), name] if ent["label"] == "ORG" else [name]


def _name_after_body(ent: Entity) -> list[Entity]:
    """ "Second Chief of the Muscogee Nation Del Beaver said" tagged one organisation (or facility): two or three
    capitalised words after a body's last word, a known given name first (or words no dictionary holds), are a
    person's name (the body stays a body)."""
    if ent["label"] not in MISC_NAME_LABELS | {"ORG", "FAC"}:
        return [ent]
    words = _words(ent["text"])
    for k in range(len(words) - 2, 0, -1):
        name = [w for _, w in words[k:]]
        if (
            words[k - 1][1].lower() in _BODY_NAME_ENDS
            and 2 <= len(name) <= 3
            # a known given name, or two words no dictionary holds ("Port Macquarie-Hastings Council Peta Pinson",
            # tagged a facility)
            and (fold_name(name[0]) in given_names() or all(unknown_word(w) for w in name))
            and all(w.istitle() and w.replace("-", "").isalpha() for w in name)
            and not {w.lower() for w in name} & (NON_PERSON_WORDS | TITLE_WORDS | _BODY_NAME_ENDS)
        ):
            body_end = words[k - 1][0] + len(words[k - 1][1])
            return [_sub_entity(ent, 0, body_end, "ORG"), _sub_entity(ent, words[k][0], len(ent["text"]), "PERSON")]
    return [ent]


def _title_words_only(ent: Entity) -> bool:
    words = ent["text"].lower().split()
    return ent["label"] == "PERSON" and len(words) >= 2 and all(w in TITLE_WORDS for w in words)


def _place_and_office(text: str) -> bool:
    """ "Manipur CM", "the Cat Island MP": a role named by its place or body, tagged as a name; no one's name."""
    words = _strip_article(text).split()
    return 2 <= len(words) <= 3 and words[-1] in _OFFICES_AFTER_PLACE and all(w[:1].isupper() for w in words)


# "O’Reilly", "D’Souza", "N’Diaye": a surname with an apostrophe after its first letter, which the model often
# leaves out of the name before it (it reads "O’Reilly" as an adverb)
_APOSTROPHE_SURNAME = re.compile(r" ([DLMNO][’'][A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w’'-])")


def _with_apostrophe_surname(ent: Entity, full_text: str) -> Entity:
    """ "Mike [O’Reilly] added": a person's given name the model tagged alone (or as a group or place), with the
    apostrophe surname after it, is the full name."""
    words = ent["text"].split()
    if not words or not (
        ent["label"] == "PERSON" or (len(words) == 1 and words[0].lower() in given_names() and words[0].istitle())
    ):
        return ent
    m = _APOSTROPHE_SURNAME.match(full_text, ent["end"])
    if m is None:
        return ent
    return _entity(full_text, ent["start"], m.end(), "PERSON")


def _with_sheikh(ent: Entity, full_text: str) -> Entity:
    """ "Sheikh Hasina", "Sheikh Rehana": before a one-word name, "Sheikh" is part of the name the person is known
    by (a family name in Bangladesh), not a title to drop as in "Sheikh Mohammed bin Rashid Al Maktoum"."""
    if (
        ent["label"] != "PERSON"
        or " " in ent["text"]
        or full_text[max(0, ent["start"] - 7) : ent["start"]] != "Sheikh "
    ):
        return ent
    if (ent["start"] > 7 and full_text[ent["start"] - 8].isalnum()) or not _sheikh_name(full_text, ent["text"]):
        return ent
    return _entity(full_text, ent["start"] - 7, ent["end"], "PERSON")


def _sheikh_name(full_text: str, word: str) -> bool:
    """Is "Sheikh <word>" a whole name, not the short form of a longer one the article gives ("Sheikh Saif" after
    "Sheikh Saif bin Ahmed al Thani")?"""
    return re.search(rf"\b{re.escape(word)} (?:[A-Z]|bin |ibn |bint |al[- ])", full_text) is None


def _initial_then_name(text: str) -> bool:
    """ "B Dayananda", "N. Biren Singh": a capital initial (not the words "A", "I") before one or two capitalised
    words, none a place's or body's word ("J Street" is none)."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not re.fullmatch(r"[B-HJ-Z]\.?", words[0]):
        return False
    rest = words[1:]
    return all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in rest) and not NON_PERSON_WORDS.intersection(
        w.lower() for w in rest
    )


def _preceded_by_role(span: Span) -> bool:
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    # (or a title that names a person: "East Belfast councillor Séamas de Faoite", tagged an organisation)
    person_title = prev.lower_ in TITLE_WORDS and prev.lower_.endswith(PERSON_NOUN_ENDINGS) and prev.is_lower
    return (prev.lower_ in PERSON_ROLE_WORDS or person_title) and not prev.is_sent_end


def _looks_like_name(text: str) -> bool:
    """Capitalised words; a surname's particle between title-case words allowed ("Séamas de Faoite", not "NPR
    Hamza bin Laden")."""
    words = text.split()
    if not 1 <= len(words) <= 4:
        return False
    if any(w in SURNAME_PARTICLES for w in words[1:-1]):
        return all(w.istitle() or w in SURNAME_PARTICLES for w in words) and words[-1].istitle()
    return all(w[:1].isupper() for w in words)


def _acronym_links(text: str, ents: list[Entity]) -> dict[str, str]:
    """Map acronyms introduced as ``Full Name (ACR)`` to the full name."""
    links: dict[str, str] = {}
    for ent in ents:
        if ent["label"] not in {"ORG", "NORP", "FAC", "GPE"}:
            continue
        rest = text[ent["end"] : ent["end"] + 16]
        m = re.match(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,10})\)", rest)
        if m:
            links[m.group(1)] = ent["text"]
            continue
        # "Members of BALPA (British Airline Pilots Association)": the acronym first, the full name in brackets
        m = ACRONYM_BEFORE.search(text, max(0, ent["start"] - 14), ent["start"])
        if m and text[ent["end"] : ent["end"] + 1] == ")" and spells(m.group(1), ent["text"]):
            links.setdefault(m.group(1), ent["text"])
    return links


def spells(acronym: str, name: str) -> bool:
    """Does the acronym open with the name's first letter and hold the initials of its capitalised words in order
    ("BALPA" of "British Airline Pilots Association"; not "LEFT" of "Labour Party")?"""
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    if not initials or acronym[:1] != initials[0]:
        return False
    rest = iter(acronym)
    return all(letter in rest for letter in initials)


# an acronym and the opening bracket of the full name it stands for ("BALPA (British Airline Pilots Association)")
ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Z&]{1,9}) \($")


def _contains_words(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Are the shorter name's words a run of the longer one's, or the longer one without its middle initials
    ("John Bolton" in "John R. Bolton")?"""
    n = len(shorter)
    if not 0 < n < len(longer):
        return False
    if any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1)):
        return True
    bare = tuple(w for k, w in enumerate(longer) if k in (0, len(longer) - 1) or not _initial(w))
    if len(bare) < len(longer) and bare == shorter:
        return True
    # "Prosper Ogum" of "Prosper Narteh Ogum": the given name and the surname, the middle name left out
    return (
        n == 2
        and len(longer) >= 3
        and shorter == (longer[0], longer[-1])
        and longer[-2].lower() not in SURNAME_PARTICLES
    )


def _initial(word: str) -> bool:
    """ "R.", "R", "H.W.": a middle name written as initials."""
    letters = word.replace(".", "")
    return 0 < len(letters) <= 2 and letters.isalpha() and (word.endswith(".") or len(letters) == 1)


@lru_cache(maxsize=8192)
def _name_words(text: str) -> tuple[str, ...]:
    """``name_words``, remembered: the article's person names are compared with one another, pair by pair."""
    return tuple(name_words(text))


class _FullerNames:
    """The article's person mentions whose names contain a given name's words (``_contains_words``), in article
    order: looked up among the mentions that share the name's last word, once per name. Every containment holds
    that word, so the answer is the plain scan's; the scan per mention made the pass quadratic in the mentions."""

    def __init__(self, persons: list[Entity]) -> None:
        self.by_word: dict[str, list[Entity]] = {}
        for p in persons:
            for w in set(_name_words(p["text"])):
                self.by_word.setdefault(w, []).append(p)
        self.found: dict[tuple[tuple[str, ...], str], list[Entity]] = {}

    def __call__(self, words: tuple[str, ...], text: str) -> list[Entity]:
        key = (words, text)
        if key not in self.found:
            near = self.by_word.get(words[-1], []) if words else []
            self.found[key] = [p for p in near if _contains_words(_name_words(p["text"]), words) and p["text"] != text]
        return self.found[key]


def _person_canonical(
    ent: Entity,
    persons: list[Entity],
    relatives: frozenset[str] = frozenset(),
    full_text: str = "",
    fuller_names: _FullerNames | None = None,
) -> str:
    """The fullest name of the same person: a longer PERSON mention containing this one's words in order
    ("Rosselló" -> "Ricardo Rosselló Nevares", "Tuilaepa" -> "Tuilaepa Sailele Malielegaoi"). When several
    different people share the words (two Mendezes), a bare name is not one the article introduced as another's
    relative ("Tony Mendez ... his wife Jonna Mendez ... Mendez said": Tony), then the nearest full mention
    before this one in the same paragraph wins, else the first one the article gave ("Joe Roe ... Joe Roe's son
    Tim Roe's company ... [new paragraph] Roe said": Joe)."""
    words = _name_words(ent["text"])
    if len(words) >= 2 and role_acronym(ent["text"].split()[0]):
        words = words[1:]  # "MK Marciano": "Yehuda Marciano"
    if fuller_names is not None:
        fuller = fuller_names(words, ent["text"])
    else:
        fuller = [p for p in persons if _contains_words(_name_words(p["text"]), words) and p["text"] != ent["text"]]
    if not fuller and len(words) == 2 and words[0] in _ARABIC_ARTICLE_WORDS:
        # "Al-Dabaiba" after "Abdul Hamid Dabaiba": the surname with the Arabic article, given before without it
        fuller = [p for p in persons if _contains_words(_name_words(p["text"]), words[1:])]
    initial = re.fullmatch(r"([a-z])\.? ?(\w{3,})", " ".join(words)) if len(words) <= 2 else None
    if not fuller and initial is not None:
        # "H. Hajiyev", "H.Hajiyev" after "Hikmet Hajiyev": the one full name of that surname and initial
        found = {
            p["text"]
            for p in persons
            if len(w := _name_words(p["text"])) >= 2
            and w[-1] == initial[2]
            and w[0][:1] == initial[1]
            and len(w[0]) > 2
        }
        if len(found) == 1:
            return found.pop()
    if not fuller and len(words) == 1:
        # "La’auli said" after "La’aulialemalietoa Leuatea Polata’ivao": a long first name (a Samoan title)
        # shortened, when one full name opens with it
        by_given = {w[0]: p["text"] for p in persons if len(w := _name_words(p["text"])) >= 2}
        if _shortened_given(words[0], set(by_given)):
            return next(full for g, full in by_given.items() if g.startswith(words[0]))
    if not fuller:
        return ent["text"]
    names = {p["text"] for p in fuller}
    maximal = {n for n in names if not any(_contains_words(_name_words(m), _name_words(n)) for m in names)}
    if len(maximal) == 1:
        return maximal.pop()
    full = [p for p in fuller if p["text"] in maximal]
    full = [p for p in full if p["text"] not in relatives] or full
    honour = _HONOUR_BEFORE.search(full_text, max(0, ent["start"] - 6), ent["start"]) if full_text else None
    if honour is not None and len({p["text"] for p in full}) > 1:
        # "Mr Stewart-Moore" after "Jack and Kylie Stewart-Moore": the one whose given name is a man's
        sex = "m" if honour[1] == "Mr" else "f"
        full = [p for p in full if name_gender(p["text"]) == sex] or full
    if len(words) == 1:
        # "Senator Johnson" after "Ellen Johnson Sirleaf" and "Prince Y. Johnson": a bare name is a surname (or a
        # given name), not the middle word of another's name
        parts = {p["text"]: _name_words(p["text"]) for p in full}
        ends = [p for p in full if words[0] in (parts[p["text"]][0], parts[p["text"]][-1])]
        surnamed = {p["text"] for p in ends if parts[p["text"]][-1] == words[0]}
        if len(surnamed) == 1 and any(parts[p["text"]][0] == words[0] for p in ends):
            # "said Scott" after "Scott Griffith" and "Lauren Scott": a bare name is the one surname before it is
            # another's given name
            return surnamed.pop()
        given = {parts[p["text"]][0] for p in ends}
        if ends and len(ends) < len(full) and not any(parts[p["text"]][0] in given for p in full if p not in ends):
            # (not "Pedro R. Pierluisi Urrutia" beside "Pedro Pierluisi": the same person's two forms)
            full = ends
            if len({p["text"] for p in full}) == 1:
                return full[0]["text"]
    before = [p for p in full if p["start"] < ent["start"]]
    if not before:
        return min(full, key=lambda p: p["start"])["text"]
    nearest = max(before, key=lambda p: p["start"])
    first = min(before, key=lambda p: p["start"])
    if "\n" in full_text[nearest["end"] : ent["start"]] and first["text"].split()[0] != nearest["text"].split()[0]:
        # another person, named only in an earlier paragraph: the bare name keeps meaning the one it meant first
        return first["text"]
    return nearest["text"]


_HONOUR_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? $")


def _couples_sharing_a_surname(ents: list[Entity], full_text: str) -> dict[int, str]:
    """ "Jack and Kylie Stewart-Moore": a given name alone, then "and" and a full name that opens with a given name,
    is that given name with the same surname (the start of each such given name, with its full name)."""
    out: dict[int, str] = {}
    for a, b in pairwise(e for e in ents if e["label"] == "PERSON"):
        words = b["text"].split()
        before = full_text[max(0, a["start"] - 12) : a["start"]].split()
        if (
            " " not in a["text"]
            and full_text[a["end"] : b["start"]] == " and "
            and 2 <= len(words) <= 3
            and fold_name(a["text"]) in given_names()
            and fold_name(words[0]) in given_names()
            # (not a name after a title: "Captain America and Tony Stark")
            and not (before and before[-1].lower().rstrip(".") in TITLE_WORDS)
        ):
            out[a["start"]] = " ".join([a["text"], *words[1:]])
    return out


def _short_given_names(persons: list[Entity]) -> dict[str, str]:
    """ "Mitch Hallworth" -> "Mitchell Hallworth": a full name whose given name is the start of the given name of
    another full name in the article with the same surname (a short form of the given name) is that person."""
    full: dict[tuple[str, ...], set[str]] = {}
    for p in persons:
        words = p["text"].split()
        if len(words) >= 2:
            full.setdefault(tuple(fold_name(w) for w in words[1:]), set()).add(p["text"])
    longer: dict[str, str] = {}
    for names in full.values():
        for short in names:
            first = fold_name(short.split()[0])
            found = {n for n in names if len(first) >= 3 and fold_name(n.split()[0]).startswith(first) and n != short}
            if len(found) == 1:
                longer[short] = found.pop()
    return longer


def _shortened_given(word: str, full_given: set[str]) -> bool:
    """ "la'auli" of "la'aulialemalietoa": a word of five letters or more, no known given name, that opens exactly
    one given name of the article's full names, three letters or more shorter (Samoan titles are shortened so)."""
    if len(word) < 5 or word in given_names():
        return False
    return sum(1 for g in full_given if g.startswith(word) and len(g) >= len(word) + 3) == 1


def _as_known(name: str) -> str:
    """A person's name as the article's people are known by: without a nickname ("Philip “Brave” Davis"), without
    a doctorate between its words ("Tuilaepa Dr Sailele Malielegaoi", a Samoan title first), and without a
    surname written twice ("Marcel Boloş Boloș", a slip of the source's)."""
    known = without_nickname(name)
    words = known.split()
    if len(words) >= 3 and any(w.lower() in _INNER_HONORIFICS for w in words[1:-1]):
        words = words[:1] + [w for w in words[1:-1] if w.lower() not in _INNER_HONORIFICS] + words[-1:]
        known = " ".join(words)
    if len(words) >= 3 and words[-1][:1].isupper() and fold_name(words[-1]) == fold_name(words[-2]):
        return " ".join(words[:-2] + words[-1:])
    return known


def _canonicalise(
    ents: list[Entity],
    acronyms: dict[str, str],
    relatives: frozenset[str] = frozenset(),
    full_text: str = "",
    nicknames: dict[str, str] | None = None,
) -> None:
    # names as the article's people are known: "Philip “Brave” Davis" is "Philip Davis"
    persons: list[Entity] = [{**e, "text": _as_known(e["text"])} for e in ents if e["label"] == "PERSON"]
    couples = _couples_sharing_a_surname(ents, full_text)
    persons += [{**e, "text": couples[e["start"]]} for e in ents if e["start"] in couples]
    full_given = _short_given_names(persons)
    persons = [e for e in persons if e["text"] not in full_given]
    orgs = [e["text"] for e in ents if e["label"] == "ORG"]
    fuller_names = _FullerNames(persons)
    for ent in ents:
        text = ent["text"]
        canonical = text
        if ent["label"] == "PERSON":
            known = (nicknames or {}).get(text) or couples.get(ent["start"]) or _as_known(text)
            named: Entity = {**ent, "text": known}
            canonical = _person_canonical(named, persons, relatives, full_text, fuller_names)
            canonical = full_given.get(canonical, canonical)
        elif text in acronyms:
            canonical = acronyms[text]
        elif ent["label"] == "ORG":
            bare = _strip_article(text)
            longer = [o for o in orgs if len(_strip_article(o)) > len(bare) and o.endswith(" " + bare)]
            if longer and len(bare.split()) >= 2:
                canonical = max(longer, key=len)
            else:
                canonical = _company_full_name(bare, orgs) or _office_full_name(bare, orgs) or canonical
        ent["canonical"] = _strip_article(canonical)


COMPANY_WORDS = frozenset({"Company", "Corporation", "Incorporated", "Limited"}) | AIRLINE_FORMS | COMPANY_FORMS


_OFFICE_SHORT = re.compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?) (Ministry|Department)")


def _office_full_name(bare: str, orgs: list[str]) -> str | None:
    """ "the Health Ministry" after "the Ministry of Health and Welfare", "the Justice Department" after "the
    Department of Justice": the one ministry or department the article names in full whose portfolio opens with
    the short name's words."""
    m = _OFFICE_SHORT.fullmatch(bare)
    if m is None:
        return None
    pattern = re.compile(rf"(?:[Tt]he )?{m[2]} of (?:the )?{re.escape(m[1])}\b")
    fuller = {_strip_article(o) for o in orgs if pattern.match(o)}
    return fuller.pop() if len(fuller) == 1 else None


def _company_full_name(bare: str, orgs: list[str]) -> str | None:
    """ "Ford" after "Ford Motor Company": the one company name the article gives that starts with the short
    name and ends with a company designator."""
    fuller = {
        o
        for o in orgs
        if o.startswith(bare + " ") and o.split()[-1].rstrip(".,") in COMPANY_WORDS and bare[:1].isupper()
    }
    return fuller.pop() if len(fuller) == 1 else None


_ACRONYM_TAIL = re.compile(r"\s\(([A-Z][A-Za-z0-9&.\-]{1,10})\)?$")


def _split_acronym(ent: Entity) -> list[Entity]:
    """``World Health Organization (WHO`` (the model swallowed the bracket) -> the name and the acronym."""
    m = _ACRONYM_TAIL.search(ent["text"])
    if not m or m.start() == 0:
        return [ent]
    name_end = ent["start"] + m.start()
    acr_start = ent["start"] + m.start(1)
    name: Entity = {**ent, "text": ent["text"][: m.start()], "end": name_end}
    acronym: Entity = {**ent, "text": m.group(1), "start": acr_start, "end": acr_start + len(m.group(1))}
    return [name, acronym]


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Names of countries and territories (ISO 3166-1, with their common names), lower case."""
    import pycountry

    found: set[str] = set()
    for c in pycountry.countries:
        found.add(c.name.lower())
        common = getattr(c, "common_name", None)
        if common:
            found.add(common.lower())
    return frozenset(found)


_WORD = re.compile(r"\S+")


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[tuple[int, str], ...]:
    """The words of an entity's text with their offsets (remembered: the span repairs ask for the same text's
    words one after the other)."""
    return tuple((m.start(), m.group()) for m in _WORD.finditer(text))


def _sub_entity(ent: Entity, start: int, end: int, label: str) -> Entity:
    return {
        **ent,
        "text": ent["text"][start:end],
        "start": ent["start"] + start,
        "end": ent["start"] + end,
        "label": label,
    }


def _person_by_given_name(ent: Entity) -> list[Entity]:
    """An organisation-tagged name that starts with a given name is a person ("Wanda Vázquez Garced"); a name
    glued behind a place or title is split off it ("Scotland Nicola Sturgeon" -> "Scotland" + the person)."""
    if ent["label"] not in {"ORG", "FAC", "NORP"} | MISC_NAME_LABELS | {"LAW"}:
        return [ent]
    words = _words(ent["text"])
    if not 2 <= len(words) <= 8 or any(w.lower().strip(".,") in NON_PERSON_WORDS for _, w in words):
        return [ent]
    names = given_names()
    # "the Independents 4 Change TD Mick Wallace" (tagged a law): a title right before a given name starts a person
    titled = next(
        (
            i
            for i, (_, w) in enumerate(words[1:-1], 1)
            # a title that is also a word of names of places and bodies ("General Services Administration",
            # "Queen Victoria Market") only before a known given name; letters after names ("TD", "MP") before any
            if (words[i - 1][1].lower() in POST_NOMINALS or (_title_word(words[i - 1][1], 2) and w.lower() in names))
            and 2 <= len(words) - i <= 3
            and all(x[:1].isupper() and x.replace("-", "").isalpha() for _, x in words[i:])
        ),
        None,
    )
    if titled is None and (ent["label"] not in {"ORG", "FAC", "NORP"} or len(words) > 6):
        return [ent]
    if titled is None and words[0][1].lower() == "the":  # "The Puerto Rico Center": a name after "the" is an
        return [ent]  # organisation's
    for i, (pos, word) in enumerate(words[:-1]):
        tail = words[i:]
        if titled is not None and i != titled:
            continue
        # "Andrés Ibáñez Larraín"; not a surname's particle after a name ("Régis Le Bris": "Le" is no given name)
        # ("Nawal Al Ashram": the Arabic article of a surname, no "Al" for Albert)
        given = (word.lower() in names or fold_name(word) in names) and not (
            i and (word.lower() in SURNAME_PARTICLES or word in _ARABIC_ARTICLES)
        )
        if (given or i == titled) and 2 <= len(tail) <= 4 and all(w[:1].isupper() for _, w in tail):
            person = _sub_entity(ent, pos, len(ent["text"]), "PERSON")
            if i == 0:
                return [person]
            head_end = words[i - 1][0] + len(words[i - 1][1])
            return [_sub_entity(ent, 0, head_end, ent["label"]), person]
    return [ent]


# the Arabic article opening a surname, written apart ("Nawal Al Ashram", "Mona El Tahawy")
_ARABIC_ARTICLES = frozenset({"Al", "El"})
_ARABIC_ARTICLE_WORDS = frozenset(a.lower() for a in _ARABIC_ARTICLES)  # as name_words and fold_name give them


PERSON_NOUN_ENDINGS = ("ee", "er", "or", "ist", "ian", "person", "man", "woman", "ant", "ent")


# agent-noun endings of a profession word capitalised at the start of a sentence ("Immunologist Ann Berg")
PROFESSION_ENDINGS = ("ist", "ists", "ian", "er", "or", "ant", "ent", "man", "woman", "ee")


def _profession_word(tok: Token | None) -> bool:
    """A common noun or adjective naming a profession that the model swallowed into a name: "Immunologist" in
    "Immunologist Ann Berg said", not a first name ("Laurent", a proper noun) or a known given name."""
    if tok is None or not tok.is_alpha or not tok.is_title:
        return False
    low = tok.lower_
    doc = tok.doc
    before_full_name = (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].lower_ in given_names()
        and doc[tok.i + 2].is_title
        and doc[tok.i + 2].is_alpha
    )
    if before_full_name and low in _FAMILY_WORDS and not census_given_name(low):
        return True  # "Dad David Hykel, who lives with ...": a relation the model swallowed, not a given name
    if len(low) <= 4 or low in given_names():
        return False
    if tok.pos_ in ("NOUN", "ADJ"):
        return low.endswith(PROFESSION_ENDINGS)
    # tagged a proper noun: only at the start of a sentence, and only the endings no first name has
    # ("Virologist", "Physician"; not "Laurent", "Florian"), or any agent ending in front of a known given name
    # and a surname ("Boxer Anthony Ogogo"; not "Walker Evans")
    if tok.is_sent_start is not True:
        # inside a sentence, an agent noun any dictionary knows, in front of a known given name and a surname
        # ("Gisborne Civil Defence Controller Ben Green", "Grayson County Jailer Jason Woosley")
        return low.endswith(("er", "or")) and before_full_name and not unknown_word(low) and not census_given_name(low)
    if low.endswith(("ist", "ician")) or low in DESCRIPTOR_NOUNS:
        return True
    return low.endswith(PROFESSION_ENDINGS) and before_full_name


# family words a report puts before a name, as a title ("Dad David Hykel", "Mum Ann Roe", "Grandmother Ann Roe")
_FAMILY_WORDS = KIN_NOUNS | frozenset("mam nan nanna gran granny grandma grandpa grandad granddad".split())


def _title_word(word: str, after: int) -> bool:
    """A title in front of ``after`` more words of a name; a title that is also a given name ("Dean", "Earl")
    only in front of a full name ("Dean Maria Holt", not "Dean Holt")."""
    low = word.lower()
    if role_acronym(word):
        return after >= 2
    if word in COUNCILLOR_ABBREVIATIONS:
        return True
    if "-" in low and all(part in TITLE_WORDS for part in low.split("-")):
        return True  # "Major-General", "Lieutenant-Colonel"
    if low in _AFFILIATIONS:
        return after >= 2  # "Independent Seamie Morris", "Republican Ann Roe": a party label, not the name
    if low not in TITLE_WORDS:
        return False
    if low in _FULL_NAME_HONOURS:
        return after >= 2  # "Tun Mahathir Mohamad"; but "Tun Oo", a Burmese name
    return after >= 2 or low in _GIVEN_NAME_TITLES or low not in given_names()


# party labels written before a politician's name: a party member's noun, or "Independent"
_AFFILIATIONS = PARTY_MEMBER_NOUNS | {"independent"}


# honours given before a full name only, and words of names elsewhere ("Tun" in Burmese names: "Tun Oo")
_FULL_NAME_HONOURS = frozenset({"tun"})


# titles that are also given names and were stripped in front of a single name before the guard above
_GIVEN_NAME_TITLES = frozenset("king lady prince princess queen son".split())


def _country_word(word: str) -> bool:
    """A country's one-word name that is no given name ("Azerbaijan"; not "Jordan", "Georgia", "Chad")."""
    low = word.lower()
    return low in country_names() and not census_given_name(low)


# members elected for a seat named after "for" ("Member for Gregory", "MP for Bolton")
_ELECTED_MEMBERS = frozenset(["member", *(o.lower() for o in ELECTED_MEMBER_OFFICES)])


def _demonym_word(word: str) -> bool:
    """A nationality's one-word name that is no given name ("Ni-Vanuatu", "Tanzanian"; not "Germaine")."""
    from processors.countries.gazetteer import DEMONYM

    return DEMONYM in _gazetteer_kinds(word) and not census_given_name(word.lower())


def _two_word_honour(first: str, second: str) -> bool:
    """ "Tan Sri", "Dato’ Seri": two words that are one honour (``TWO_WORD_HONORIFICS``), either apostrophe."""
    return f"{first} {second}".lower().replace("’", "'") in TWO_WORD_HONORIFICS


def _strip_title(ent: Entity, token_at: Callable[[int], Token | None] = lambda pos: None) -> Entity:
    """``Cardinal Marc Ouellet`` -> ``Marc Ouellet``; ``Dr Gazzola`` -> ``Gazzola``; ``Immunologist Ann Berg`` ->
    ``Ann Berg``; ``Jane Roe QC`` -> ``Jane Roe`` (PERSON entities only). ``token_at``: the token at a char
    offset, for the part of speech of the first word."""
    if ent["label"] != "PERSON":
        return ent
    words = _words(ent["text"])
    k = 0
    first = token_at(ent["start"])
    if first is not None and first.i > 0 and len(words) >= 3:
        # "Datuk [Seri Anwar Ibrahim]": the honour's second word
        k = int(_two_word_honour(first.nbor(-1).text, words[0][1]))
        if (
            first.i > 1
            and first.nbor(-1).lower_ == "for"
            and first.nbor(-2).lower_ in _ELECTED_MEMBERS
            # (not the seat alone, its member named after it: "MP for Asante Akim North, Andy Appiah-Kubi")
            and not re.match(r", [A-Z]", doc_text(first.doc)[ent["end"] : ent["end"] + 3])
        ):
            k = 1  # "Member for [Gregory Lachlan Millar]": a one-word electorate before the member's name
    while k < len(words) - 1:
        if _two_word_honour(words[k][1], words[k + 1][1]) and len(words) - k - 2 >= 2:
            k += 2  # "Tan Sri Azam Baki", "Datuk Seri Anwar Ibrahim": an honour in two words
        elif words[k][1].lower() in _AFFILIATIONS and not all(w.istitle() and w.isalpha() for _, w in words[k + 1 :]):
            break  # "Liberal Democrats - 11": a party's name, no label before a person's
        elif (
            words[k][1] == "Sheikh"
            and len(words) - k == 2
            and first is not None
            and _sheikh_name(doc_text(first.doc), words[k + 1][1])
        ):
            break  # "Sheikh Hasina": part of a one-word name (_with_sheikh)
        elif given_name_before_initial([w for _, w in words[k:]]):
            break  # "Senator Prince Y. Johnson": a given name before a middle initial, not a title
        elif k == 0 and len(words) >= 2 and first is not None and first.tag_ == "VBG" and first.text.endswith("ing"):
            k += 1  # "[Addressing Mrs Horsey]'s widower, she said": a participle opening the sentence
        elif (
            k == 0
            and words[0][1] == "Opposition"
            and len(words) >= 3
            and first is not None
            and _LEADER_OF.search(doc_text(first.doc), max(0, ent["start"] - 40), ent["start"]) is not None
        ):
            k += 1  # "Leader of the [Opposition V.D. Satheesan]": the office's last word, not the name's first
        elif (
            k == 0
            and len(words) >= 3
            and first is not None
            and known_word(words[0][1].lower())
            and not census_given_name(words[0][1].lower())
            and _PORTFOLIO_OF.search(doc_text(first.doc), max(0, ent["start"] - 80), ent["start"]) is not None
        ):
            # "Minister of Tourism and [Lands Harin Fernando]": the portfolio's last word, not the name's first
            k += 1
        elif k == 0 and len(words) >= 3 and (_country_word(words[0][1]) or _demonym_word(words[0][1])):
            # "... of the Ministry of Foreign Affairs of [Azerbaijan Hikmet Hajiyev]": the country ends the title;
            # "[Ni-Vanuatu Annie Watson], who has lived in Rarotonga": a nationality before a name
            k += 1
        elif words[k][1] in GIVEN_NAMES_AS_TITLES and (
            k > 0 or (first is not None and first.i > 0 and first.nbor(-1).lower_ in TITLE_WORDS)
        ):
            break  # "Gov. Earl Ray Tomblin": after a title, a title that is also a given name opens the name
        elif _title_word(words[k][1], len(words) - k - 1) or _profession_word(token_at(ent["start"] + words[k][0])):
            k += 1
        elif words[k][1] in _RANK_PREFIXES and k + 2 < len(words) and _title_word(words[k + 1][1], 1):
            k += 1  # "Pol Lt Gen Prawut": the Thai police's prefix to a military rank (not "Pol Pot")
        elif (
            (k > 0 or (first is not None and first.i > 0 and first.nbor(-1).lower_ in TITLE_WORDS))
            and len(words) - k >= 4
            and words[k][1].isupper()
            and 2 <= len(words[k][1]) <= 4
            and words[k][1].isalpha()
            and all(w.istitle() and w.isalpha() and len(w) >= 3 for _, w in words[k + 1 :])
        ):
            # "Governor KP Faisal Karim Kundi": a province in capitals after the title, not initials (which come
            # before a surname, not before a name of three full words)
            k += 1
        else:
            later = _title_before_name(words, k)
            if later is None:
                break
            k = later  # "Derry City and Strabane Superintendent Clive Beatty": a place's words, then the title
    n = len(words)
    while n - 1 > k and words[n - 1][1].lower().rstrip(",") in POST_NOMINALS and not words[n - 1][1].islower():
        n -= 1
    if (
        n - 2 > k
        and words[n - 2][1].endswith(",")
        and words[n - 1][1].istitle()
        and words[n - 1][1].lower() in TITLE_WORDS
    ):
        n -= 1  # "Todd Jaeger, Superintendent of Amphitheater Public Schools": the office after the name
    if k == 0 and n == len(words):
        return ent
    end = words[n - 1][0] + len(words[n - 1][1].rstrip(","))
    return _sub_entity(ent, words[k][0], end, "PERSON")


# an elected member's office and "for", before the seat's name ("the MP for Wrexham", "Member for Gregory")
_SEAT_BEFORE = re.compile(rf"\b(?:{'|'.join(ELECTED_MEMBER_OFFICES)}|[Mm]ember) for (?:the )?\Z")


# the office before "Opposition" in "Leader of the Opposition Ann Roe"
_LEADER_OF = re.compile(r"\b[Ll]eader of (?:the )?\Z")


# an office and the first words of its portfolio, before the portfolio's last word ("Minister of Tourism and ",
# "Secretary for Fisheries, Ports and ")
_PORTFOLIO_OF = re.compile(
    r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Mm]inistry|[Dd]epartment) (?:of|for) (?:the )?"
    r"(?:[A-Z][\w’'-]*,? ){1,4}(?:and|&) \Z"
)


# words that make a rank of the title after them ("Pol Lt Gen", "Pol Col": the Thai police's ranks)
_RANK_PREFIXES = frozenset({"Pol"})


def _title_before_name(words: Sequence[tuple[int, str]], k: int) -> int | None:
    """Where the name starts when a title comes after other words of the span and two or three words after it
    name a person (a known given name first, or words no dictionary knows): "Derry City and Strabane
    Superintendent Clive Beatty", "Pol Lt Gen Prawut Thawornsiri"."""
    for t in range(len(words) - 3, k, -1):
        rest = [w for _, w in words[t + 1 :]]
        if (
            _title_word(words[t][1], len(rest))
            and words[t][1].lower() not in _INNER_HONORIFICS  # "Lealaiauloto Dr Faaulu Tamasese": one name
            and 2 <= len(rest) <= 3
            and all(w.istitle() and w.replace("-", "").isalpha() for w in rest)
            and not any(_title_word(w, 1) for w in rest)
            and (fold_name(rest[0]) in given_names() or all(unknown_word(w) for w in rest))
        ):
            return t + 1
    return None


# a picture caption's label glued to the name above it ("Ann Roe Image: City of Ashford.", "Ann Roe Source: ...")
CAPTION_WORDS = frozenset("image photo picture photograph source credit courtesy".split())


def _strip_caption_word(ent: Entity, full_text: str) -> Entity:
    """ "Dana Whitfield Image: Ashford Party.", "Dana WhitfieldImage: ...": a caption's "Image:" / "Photo:" credit
    label that the model ran into the name before it, with or without a space, is not part of the name (PERSON
    entities only)."""
    if ent["label"] != "PERSON" or full_text[ent["end"] : ent["end"] + 1] != ":":
        return ent
    words = _words(ent["text"])
    if len(words) < 2:
        return ent
    last = words[-1][1]
    if last.lower() in CAPTION_WORDS:
        return _sub_entity(ent, 0, words[-2][0] + len(words[-2][1]), "PERSON")
    glued = next((w for w in CAPTION_WORDS if last.endswith(w.title()) and last[-len(w) - 1 : -len(w)].islower()), "")
    if glued:
        return _sub_entity(ent, 0, len(ent["text"]) - len(glued), "PERSON")
    return ent


# social platforms, whose name the model runs into a name after it ("on Twitter West said")
PLATFORM_NAMES = frozenset("twitter facebook instagram youtube tiktok telegram weibo linkedin snapchat".split())


def _strip_platform_word(ent: Entity) -> Entity:
    """ "The next day on Twitter Mercer accused his label": a platform's name glued in front of a name is not
    part of the person's name (PERSON entities only)."""
    if ent["label"] != "PERSON":
        return ent
    words = _words(ent["text"])
    if len(words) < 2 or words[0][1].lower() not in PLATFORM_NAMES:
        return ent
    return _sub_entity(ent, words[1][0], len(ent["text"]), "PERSON")


def _strip_group_noun(ent: Entity, full_text: str) -> Entity:
    """ "Shoppers Bill and Joy Kirkwood": a plural common noun opening a sentence, run into the given name after it
    (a dictionary word in the singular, not itself a given name), is not part of the person's name (PERSON
    entities only)."""
    if ent["label"] != "PERSON":
        return ent
    words = _words(ent["text"])
    if len(words) < 2 or full_text[max(ent["start"] - 2, 0) : ent["start"]].strip() not in ("", "."):
        return ent
    first, second = words[0][1], words[1][1]
    if not first.istitle() or not _plural_noun(first) or fold_name(second) not in given_names():
        return ent
    return _sub_entity(ent, words[1][0], len(ent["text"]), "PERSON")


def _plural_noun(word: str) -> bool:
    """ "Shoppers", "Witnesses": the plural of a dictionary noun (whose plural the word lists leave out), and no
    given name."""
    names = given_names()
    if len(word) < 4 or not word.endswith("s") or fold_name(word) in names or fold_name(word[:-1]) in names:
        return False  # not "Adams", "Williams"
    return not unknown_word(word[:-1]) or (word.endswith("es") and not unknown_word(word[:-2]))


# lower-case nouns the model runs into an organisation's name after it ("the Save the Children organisation")
GENERIC_ORG_NOUNS = frozenset("organisation organization charity company firm".split())


def _strip_adverb(ent: Entity) -> Entity:
    """ "At [first Alahmadi] said ...": an adverb the model glued to the name after it (a person's or a body's) is
    no part of the name."""
    words = _words(ent["text"])
    if ent["label"] not in ("PERSON", "ORG") or len(words) < 2 or words[0][1] not in _GLUED_ADVERBS:
        return ent
    return _sub_entity(ent, words[1][0], len(ent["text"]), ent["label"])


# lower-case adverbs that open a clause before its subject ("At first Ann Roe said", "Then Ann Roe said")
_GLUED_ADVERBS = frozenset("first then later earlier now also meanwhile finally".split())


def _strip_generic_noun(ent: Entity) -> Entity:
    """ "The Save the Children organisation said": a lower-case common noun for what the body is, after its name,
    is not part of the name (ORG entities only)."""
    if ent["label"] != "ORG":
        return ent
    words = _words(ent["text"])
    if len(words) < 2 or words[-1][1] not in GENERIC_ORG_NOUNS:
        return ent
    end = words[-2][0] + len(words[-2][1])
    return _sub_entity(ent, 0, end, "ORG")


def _split_of_state(ent: Entity, full_text: str) -> Entity:
    """ "Secretary of State Mitch Harlan" tagged "State Mitch Harlan" (ORG): the title's last word, then a
    person's name that starts with a given name, is that person."""
    words = _words(ent["text"])
    if (
        ent["label"] != "ORG"
        or not 3 <= len(words) <= 4
        or words[0][1] != "State"
        or not full_text[: ent["start"]].endswith(" of ")
        or words[1][1].lower() not in given_names()
        or not all(w.istitle() and w.replace("-", "").isalpha() for _, w in words[1:])
    ):
        return ent
    return _sub_entity(ent, words[1][0], len(ent["text"]), "PERSON")


def _split_office_of(ent: Entity) -> Entity:
    """ "Assistant Secretary of the Air Force for Acquisition Marvin Sambur" tagged "Air Force for Acquisition
    Marvin Sambur": a person's name does not run over "for" or "of"; the name starts at the first given name
    after the last of them, with at least a surname after it (tagged as an organisation, only after an office
    word: not "Friends of Ann Roe")."""
    words = _words(ent["text"])
    if ent["label"] not in ("PERSON", "ORG") or len(words) > 8:
        return ent
    cut = max((k for k, (_, w) in enumerate(words) if w in ("for", "of")), default=-1)
    if cut < 1:
        return ent
    rest = words[cut + 1 :]
    k = next((i for i, (_, w) in enumerate(rest[:-1]) if w.lower() in given_names() and w.istitle()), None)
    if k is None or not all(w.istitle() for _, w in rest[k:]) or (ent["label"] == "ORG" and k == 0):
        return ent
    return _sub_entity(ent, rest[k][0], len(ent["text"]), "PERSON")


def _strip_office_of_body(ent: Entity) -> Entity:
    """ "Chair of the Tynwald Standards Committee", "Director of the National Cancer Institute" tagged an
    organisation: an office "of the" body is no part of the body's name (two words or more after "the")."""
    words = _words(ent["text"])
    if words and words[0][1].lower() == "the":
        words = words[1:]
    if ent["label"] != "ORG" or len(words) < 5 or words[1][1] != "of" or words[2][1] != "the" or "," in ent["text"]:
        return ent
    if words[0][1].lower() not in PERSON_ROLE_WORDS or not all(w[:1].isupper() for _, w in words[3:4] + words[-1:]):
        return ent
    return _sub_entity(ent, words[3][0], len(ent["text"]), "ORG")


_LOWER_CONJUNCT = re.compile(r" and [a-z]+$")


def _strip_lower_conjunct(ent: Entity) -> Entity:
    """ "community union [ACORN and council] housing chief Tom Renhard": a body's name never ends in "and" and a
    lower-case word; the name is the part before."""
    m = _LOWER_CONJUNCT.search(ent["text"])
    if ent["label"] != "ORG" or m is None or not ent["text"][:1].isupper():
        return ent
    return _sub_entity(ent, 0, m.start(), "ORG")


def _strip_address(ent: Entity) -> Entity:
    """ "said Rachel of Vedonis Park", "Ann Roe of Knoll Avenue": where a person lives, after "of", is no part of
    the name (one or two words before "of", a known given name first, no title among them)."""
    words = _words(ent["text"])
    cut = next((k for k, (_, w) in enumerate(words) if w == "of"), 0)
    if ent["label"] != "PERSON" or not 1 <= cut <= 2 or cut + 1 >= len(words):
        return ent
    name = [w for _, w in words[:cut]]
    if (
        name[0].lower() not in given_names()
        or not all(w.istitle() and w.replace("-", "").replace("'", "").isalpha() for w in name)
        or any(w.lower() in TITLE_WORDS for w in name)
        or not all(w[:1].isupper() for _, w in words[cut + 1 :])
    ):
        return ent
    return _sub_entity(ent, 0, words[cut - 1][0] + len(name[-1]), "PERSON")


def _repaired(ent: Entity, full_text: str) -> Entity:
    """One entity after the repairs of its own span: a caption label, a platform's name, a generic noun after an
    organisation, "State" before a person, an office "for" or "of" something before a person."""
    ent = _strip_lower_conjunct(_strip_platform_word(_strip_caption_word(_strip_group_noun(ent, full_text), full_text)))
    ent = _strip_office_of_body(_split_office_of(_split_of_state(_strip_generic_noun(_strip_adverb(ent)), full_text)))
    return _strip_address(_strip_portfolio(_strip_place_possessor(ent), full_text))


_OFFICE_BEFORE = re.compile(
    r"\b(?:minister|secretary|director|commissioner|officer|head|chief|chair|chairman|chairperson|chairwoman"
    r"|president|adviser|advisor|spokesperson|spokesman|spokeswoman)\b[^.;:!?\n\"“”]{0,60}\s(?:and|&|of|for)\s+$",
    re.IGNORECASE,
)


def _strip_portfolio(ent: Entity, full_text: str) -> Entity:
    """ "State Minister for Disaster Management and Relief Md Mohibur Rahman" tagged "Relief Md Mohibur Rahman",
    "Director of Press and Public Relations Naomi Nyawali": after an office's "of"/"for"/"and", the English words
    of the portfolio (no known given names) before the name are no part of it; two name words at least remain.
    Tagged an organisation ("... National Heritage, and Culture Attaullah Tarar"), the words left must be ones no
    dictionary knows."""
    if ent["label"] not in ("PERSON", "ORG") or not _OFFICE_BEFORE.search(
        full_text[max(0, ent["start"] - 90) : ent["start"]]
    ):
        return ent
    words = _words(ent["text"])
    names = given_names()
    cut = -1
    for k, (_, w) in enumerate(words[:-2]):
        if w.lower() in names:
            break
        if w.islower() or (len(w) > 3 and not unknown_word(w)):
            cut = k
    if cut < 0:
        return ent
    if ent["label"] == "ORG" and not all(w.isalpha() and w.istitle() and unknown_word(w) for _, w in words[cut + 1 :]):
        return ent
    return _sub_entity(ent, words[cut + 1][0], len(ent["text"]), "PERSON")


def _strip_place_possessor(ent: Entity) -> Entity:
    """ "Tunisia’s Ahmed Hafnaoui" tagged as one person: a place in the possessive is no part of the name; nor is
    any owner before a name of two words or more ("Sinn Féin’s Mick Nugent")."""
    m = _INNER_POSSESSIVE.search(ent["text"])
    if ent["label"] != "PERSON" or m is None:
        return ent
    owner, rest = ent["text"][: m.start()], ent["text"][m.end() :]
    if not rest or not all(w[:1].isupper() for w in rest.split()):
        return ent
    if not gazetteer_place(owner) and len(rest.split()) < 2:
        return ent
    return _sub_entity(ent, m.end(), len(ent["text"]), "PERSON")


_INNER_POSSESSIVE = re.compile(r"['’]s ")


def _strip_possessor(ent: Entity, persons: list[str], surnames: set[str]) -> Entity:
    """ "Moreau's Foreign Ministry": a person named in the article, in the possessive before an organisation's
    name, is not part of the organisation's name."""
    m = _INNER_POSSESSIVE.search(ent["text"])
    if ent["label"] != "ORG" or m is None:
        return ent
    owner, rest = ent["text"][: m.start()], ent["text"][m.end() :]
    if not rest[:1].isupper() or not (owner in persons or (" " not in owner and owner.lower() in surnames)):
        return ent
    return _sub_entity(ent, m.end(), len(ent["text"]), "ORG")


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " and len(text) > 4 else text


def _entity(full_text: str, start: int, end: int, label: str) -> Entity:
    return {"text": full_text[start:end], "label": label, "start": start, "end": end, "canonical": ""}


LANGUAGE_HEADS = frozenset(
    """
    language languages translation translations version versions subtitle subtitles text texts word words
    name names dub dubbing edition editions speaker speakers teacher teachers class classes course courses
    lesson lessons literature grammar dictionary alphabet spelling accent dialect wikipedia department departments
    professor professors lecturer lecturers major majors degree degrees
    """.split()
)


def _nationality_not_language(span: Span, label: str) -> str:
    """``English mathematician``, ``French officials``: a language name modifying a noun is a nationality; but
    ``the English department``, ``a Spanish teacher``: a language, whatever the model tagged it."""
    if label not in ("LANGUAGE", "NORP") or len(span) != 1:
        return label
    tok = span[0]
    head = tok.head
    modifies_noun = tok.dep_ in {"amod", "compound", "nmod"} and head.i > tok.i and head.pos_ in {"NOUN", "PROPN"}
    if label == "NORP":
        return "LANGUAGE" if modifies_noun and head.lower_ in LANGUAGE_HEADS and tok.lower_ in _LANGUAGES else label
    return "NORP" if modifies_noun and head.lower_ not in LANGUAGE_HEADS else label


# languages named like a people ("English", "French"), which the model may tag a nationality
_LANGUAGES = frozenset(
    """english french spanish german italian portuguese dutch russian arabic chinese mandarin cantonese japanese korean
    hindi urdu bengali punjabi tamil turkish greek polish swedish persian hebrew swahili""".split()
)


def _rank_after_the(ent: Entity, full_text: str) -> bool:
    """ "the Corporal adds", "the Sergeant said": a rank or title word alone after "the" (tagged an organisation or
    a person) is that title, which the quote stage resolves to its holder."""
    return (
        " " not in ent["text"]
        and ent["text"].lower() in TITLE_WORDS
        and full_text[max(0, ent["start"] - 4) : ent["start"]].lower() == "the "
    )


def extract_entities(doc: Doc) -> list[Entity]:
    """Entities of a parsed document, cleaned, relabelled where the article shows better, canonicalised."""
    full_text = doc_text(doc)  # shared with the country and quote stages (processors.doctext)
    tok_starts = token_starts(doc)

    def token_at(pos: int) -> Token | None:
        i = bisect_right(tok_starts, pos) - 1
        return doc[i] if i >= 0 and tok_starts[i] == pos else None

    raw: list[tuple[Span, Entity]] = []
    for span in doc.ents:
        bounds = _clean_bounds(span, full_text)
        if bounds is None:
            continue
        bounds = _extend_name(span, bounds)
        label = _nationality_not_language(span, span.label_)
        for whole in _split_acronym(_entity(full_text, bounds[0], bounds[1], label)):
            parts = (
                p for office in _office_then_name(whole) for q in _name_after_comma(office) for p in _name_after_body(q)
            )
            for part in parts:
                # "Upper Bann MLA" (tagged a person): an office named by its place, dropped whole before a title
                # stripped off its end leaves the place as a person's name; so is a title of title words only
                # ("Senate President Pro Tem Chuck Winder", "Pro Tem" tagged a person)
                if _place_and_office(part["text"]) or _title_words_only(part):
                    continue
                raw.extend((span, _strip_title(e, token_at)) for e in _person_by_given_name(part))
        tail = _name_after_line_break(span, full_text)
        if tail is not None:
            raw.append((span, tail))
        found = _untagged_name_after_title_of(span)
        if found is not None:
            place, name = found
            if place.end > span.end:  # "British" -> "British Columbia"
                raw[-1] = (span, _entity(full_text, place.start_char, place.end_char, "GPE"))
            raw.append((name, _entity(full_text, name.start_char, name.end_char, "PERSON")))
    raw = [(span, _repaired(e, full_text)) for span, e in _split_place_prefixes(raw)]
    raw = _join_given_names(raw, full_text)
    raw = _join_nicknamed(doc, raw, full_text)
    raw = _split_dateline_given_name(doc, raw, full_text)
    raw = _join_split_persons(doc, raw, full_text)
    raw = _untagged_full_names(doc, raw, full_text)
    raw = _untagged_titled_or_given(doc, raw, full_text)
    raw = [(span, _with_sheikh(_with_apostrophe_surname(e, full_text), full_text)) for span, e in raw]
    # a role word alone is no name ("The Taoiseach responded", tagged a person): the quote stage reads it as a role;
    # but after an honorific it is a surname ("Cr King", "Ms Bishop")
    raw = [
        (span, e)
        for span, e in raw
        if (
            e["text"].lower() not in PERSON_ROLE_WORDS
            and e["text"].lower().rstrip(".") not in ROLE_ABBREVIATIONS
            and not _rank_after_the(e, full_text)
        )
        or e["label"] not in ("PERSON", "ORG")
        or _surname_after_honorific(e, full_text)
    ]
    # nor is a common noun written in lower case ("criticised the lorry driver", "lorry" tagged a person)
    raw = [(span, e) for span, e in raw if e["label"] != "PERSON" or not _lower_case_words(e["text"])]
    # nor a capitalised common word opening a line on its own ("Story continues below"), part of no one's name
    in_names = {w for _, e in raw if e["label"] == "PERSON" and " " in e["text"] for w in e["text"].split()}
    raw = [(span, e) for span, e in raw if not _common_word_opening_line(e, full_text, in_names)]
    surnames = {e["text"].split()[-1] for _, e in raw if e["label"] == "PERSON" and " " in e["text"]}
    bodies_alone = {e["text"] for _, e in raw if e["label"] == "ORG" and " " not in e["text"]}
    for span, ent in raw:
        if ent["label"] == "PERSON" and ent["text"].split()[0].lower() in STORM_WORDS:
            ent["label"] = "EVENT"  # "Cyclone Gabrielle", "Hurricane Maria": a storm's name, not a person's
        elif ent["label"] == "PERSON" and _body_of_town(ent["text"], bodies_alone):
            ent["label"] = "ORG"  # "Akel Paphos" after "main opposition Akel": the party's branch in a town
        elif ent["label"] == "PERSON" and (_company_form(ent["text"]) or _group_form(ent["text"])):
            ent["label"] = "ORG"  # "Vedelmi Ipari Kft": a company; "Abdullah Azzam Brigades": an armed group
        elif ent["label"] != "ORG" and _club_form(ent["text"]):
            ent["label"] = "ORG"  # "Sunderland A.F.C." tagged a place or a work of art: a football club
        elif ent["label"] == "PERSON" and _demonym_alone(ent["text"], surnames):
            ent["label"] = "NORP"  # "the Azerbaijani presidential aide said": a nationality, not a person
        elif ent["label"] == "PERSON" and _plural_after_the(ent, full_text):
            ent["label"] = "ORG"  # "Labour and the Lib Dems refused": a party or a group, not a person
        elif ent["label"] == "PERSON" and _structure_name(ent["text"]):
            ent["label"] = "FAC"  # "Dungowan Dam", "Tullamarine Airport": a structure, not a person
        elif ent["label"] == "PERSON" and _city_as_person(ent["text"]):
            ent["label"] = "GPE"  # "the outskirts of Kota Kinabalu": a city the model took for a person's name
        elif (
            ent["label"] == "PERSON"
            and " " not in ent["text"]
            and _SEAT_BEFORE.search(full_text, max(0, ent["start"] - 24), ent["start"])
        ):
            ent["label"] = "GPE"  # "The Labour MP for Wrexham asked": the seat, a place the model took for a name
        elif ent["label"] == "PERSON" and _coordinated_with_place(span):
            ent["label"] = "GPE"  # "Avon and Somerset police": a place, as the one it is coordinated with
        elif ent["label"] in ("GPE", "LOC") and _ends_with_body(ent["text"]):
            ent["label"] = "ORG"  # "West Midlands Police", "Lagos State Government": the body, not the place
        elif (
            ent["label"] in PLACE_LIKE_LABELS | MISC_NAME_LABELS
            and 2 <= len(ent["text"].split()) <= 3
            and _looks_like_name(ent["text"])
            and not NON_PERSON_WORDS.intersection(ent["text"].lower().split())
            and (_titled_by_apposition(span) or _apposition_to_role(span))
        ):
            ent["label"] = "PERSON"
        elif ent["label"] in PLACE_LIKE_LABELS | MISC_NAME_LABELS and _title_then_name(ent["text"]):
            ent["label"] = "PERSON"  # "CM Biren Sangma" tagged an organisation: a title before a person's name
        elif ent["label"] in PLACE_LIKE_LABELS | MISC_NAME_LABELS and _abbreviated_title_then_surname(ent["text"]):
            ent["label"] = "PERSON"  # "Cllr Feeley" tagged an organisation: an honorific before a surname
        elif ent["label"] in PLACE_LIKE_LABELS | MISC_NAME_LABELS and _initial_then_name(ent["text"]):
            ent["label"] = "PERSON"  # "Commissioner B Dayananda" tagged a place: an initial opens a person's name
        elif (
            ent["label"] in PLACE_LIKE_LABELS | MISC_NAME_LABELS
            and " " not in ent["text"]
            and ent["text"].istitle()
            and ent["text"].isalpha()
            and not gazetteer_place(ent["text"])
            and _apposition_to_role(span)
        ):
            ent["label"] = "PERSON"  # "said a government volcanologist, Subandriyo": a person known by one name
    persons = [e["text"] for _, e in raw if e["label"] == "PERSON"]
    # every word after the given name of a full name: surnames, double surnames ("Rosselló Nevares")
    # (also without an Arabic article: "Zawahiri" after "Ayman al-Zawahiri")
    full_person_surnames = {
        form for p in persons if len(p.split()) >= 2 for w in p.split()[1:] for form in (w.lower(), name_words(w)[-1])
    }
    person_surnames = full_person_surnames | {surname(p) for p in persons}
    # the given name of a full name, for an article that goes on by it ("Thaksin" after "Thaksin Shinawatra")
    full_person_given = {fold_name(p.split()[0]) for p in persons if len(p.split()) >= 2}
    name_owners: dict[str, set[str]] = {}  # a word of a full name -> the full names that carry it
    for p in persons:
        if len(p.split()) >= 2:
            for w in p.lower().split():
                name_owners.setdefault(w, set()).add(p)

    def named_like_a_person(text: str) -> bool:
        """ "Jordan" with "Michael Jordan", "Chad" with "Chad Miller" in the article."""
        return any(name_owners.get(w, set()) - {text} for w in text.lower().split())

    raw = [(span, _strip_possessor(ent, persons, person_surnames)) for span, ent in raw]
    places_elsewhere = {e["text"] for _, e in raw if e["label"] == "GPE"}
    # "the Federal High Court, Abuja,": the start of each entity set after an organisation's name by a comma
    after_body = {
        e["start"]
        for (_, o), (_, e) in pairwise(raw)
        if o["label"] == "ORG" and o["end"] + 2 == e["start"] and full_text[o["end"] : e["start"]] == ", "
    }
    for span, ent in raw:
        country = ent["text"].lower() in country_names()
        titled = ent["text"].split()
        if (
            ent["label"] in PLACE_LIKE_LABELS | MISC_NAME_LABELS
            and len(titled) == 2
            and _title_word(titled[0], 1)
            and (fold_name(titled[1]) in full_person_surnames or fold_name(titled[1]) in full_person_given)
        ):
            ent["label"] = "PERSON"  # "Fr Jones", "Sr Meredith" tagged a work or a body, after "Fr Peter Jones"
        elif (
            ent["label"] in PLACE_LIKE_LABELS
            and _looks_like_name(ent["text"])
            and not NON_PERSON_WORDS.intersection(ent["text"].lower().split())
            and not (country and not named_like_a_person(ent["text"]))  # "Puerto Rico" beside a stray "Rico"
            and not _body_of_town(ent["text"], bodies_alone)
        ):
            words = ent["text"].split()
            if len(words) >= 2 and (_preceded_by_role(span) or surname(ent["text"]) in person_surnames):
                ent["label"] = "PERSON"
            elif len(words) == 1 and ent["label"] != "NORP" and _surname_of(words[0], full_person_surnames):
                ent["label"] = "PERSON"  # "Quispe" after "Rosa Quispe": a surname, whatever the model guessed
            elif (
                len(words) == 1
                and ent["label"] in ("GPE", "ORG")
                and fold_name(words[0]) in full_person_given
                and not country
                and not gazetteer_place(words[0])
            ):
                ent["label"] = "PERSON"  # "said Thaksin" tagged a place, after "Thaksin Shinawatra"
            elif (
                len(words) == 1
                and ent["label"] in ("GPE", "ORG")
                and not country
                and not gazetteer_place(words[0])
                and _shortened_given(fold_name(words[0]), full_person_given)
            ):
                ent["label"] = "PERSON"  # "said La’auli" tagged a place, after "La’aulialemalietoa Leuatea ..."
        elif ent["label"] == "PERSON" and country and not named_like_a_person(ent["text"]):
            ent["label"] = "GPE"  # "the Supreme Court of Puerto Rico": a country, unless someone bears its name
        elif (
            ent["label"] == "PERSON"
            and _place_not_person(ent, full_text, ent["text"] in places_elsewhere or ent["start"] in after_body)
            and not named_like_a_person(ent["text"])
        ):
            # "the Port of Rotterdam", "Neighbouring Tamil Nadu has offered", "Knoxville" a city twice before: a
            # place the model took for a person
            where = ent["text"].split(None, 1)[1] if not gazetteer_place(ent["text"]) else ent["text"]
            ent.update(_entity(full_text, ent["end"] - len(where), ent["end"], "GPE"))
    # a name relabelled a person above may still carry letters after it ("Prosecutor Kama Melly QC")
    ents = _drop_lone_post_nominals([_strip_title(e, token_at) for _, e in raw], full_text)
    relatives = frozenset(
        e["text"]
        for e in ents
        if e["label"] == "PERSON"
        and " " in e["text"]
        and introduced_as_relative(doc, bisect_right(tok_starts, e["start"]) - 1)
    )
    # an office in capitals tagged alone is no name ("the MEP said", "MEP" tagged an organisation)
    ents = [e for e in ents if not (role_acronym(e["text"]) or e["text"] == "MP" or _place_and_office(e["text"]))]
    links = _acronym_links(full_text, ents)
    org_names = {e["text"] for e in ents if e["label"] == "ORG"}
    for e in ents:
        if e["text"] not in links:
            continue
        if e["label"] == "PERSON" and (
            e["text"].isupper() or (e["text"].isalpha() and not named_like_a_person(e["text"]))
        ):
            # "TVNZ say they are ...", after "Television New Zealand (TVNZ)"; "Umno could not keep quiet", after
            # "United Malays National Organisation (Umno)": not a person
            e["label"] = "ORG"
        elif e["label"] in ("GPE", "LOC") and links[e["text"]] in org_names and not gazetteer_place(e["text"]):
            # "Fonatur announced", after "the National Tourism Promotion Fund (Fonatur)": the body, not a place
            e["label"] = "ORG"
    ents = _places_written_as_places(ents, full_text)
    nicknames = _nicknames_as_persons(ents)
    _canonicalise(ents, links, relatives, full_text, nicknames)
    _person_initials(ents, links)
    return ents


# nouns after a place's name that make it a place ("the Kupwara area", "the Axarquía region")
_AREA_NOUNS = frozenset("area areas region regions district districts province valley zone belt sector".split())
_PLACE_ARTICLE = re.compile(r"(?:^|[\s(])the\s+$", re.IGNORECASE)


def _places_written_as_places(ents: list[Entity], full_text: str) -> list[Entity]:
    """ "from Rajouri and Kupwara areas", "India is now on the Moon": a one-word "person" that every time it is
    tagged comes before an area noun or follows "the" and ends its noun phrase (not "the Trump administration") is
    no person: a place when an area noun follows it once, else no entity. Not a word of a person's fuller name
    the article gives, nor a plural ("the Obamas", a family)."""
    in_names = {w for e in ents if e["label"] == "PERSON" for w in e["text"].split()[:-1] or ()}
    in_names |= {e["text"].split()[-1] for e in ents if e["label"] == "PERSON" and " " in e["text"]}
    groups: dict[str, list[Entity]] = {}
    for e in ents:
        word = e["text"]
        if (
            e["label"] == "PERSON"
            and " " not in word
            and word.istitle()
            and not word.endswith("s")
            and word not in in_names
        ):
            groups.setdefault(word, []).append(e)
    dropped: set[int] = set()
    for mentions in groups.values():
        areas = [
            bool(after) and after[0].strip(".,;:").lower() in _AREA_NOUNS
            for after in (full_text[e["end"] : e["end"] + 14].split() for e in mentions)
        ]
        the = [
            _PLACE_ARTICLE.search(full_text[max(0, e["start"] - 6) : e["start"]]) is not None
            and _ends_noun_phrase(full_text[e["end"] : e["end"] + 14])
            for e in mentions
        ]
        if not all(a or t for a, t in zip(areas, the, strict=True)):
            continue
        for e in mentions:
            if any(areas):
                e["label"] = "LOC"
            else:
                dropped.add(id(e))
    return [e for e in ents if id(e) not in dropped] if dropped else ents


_CLAUSE_WORDS = frozenset("and or but is was are were has had have will would in on of to for with at by from".split())


def _ends_noun_phrase(after: str) -> bool:
    """Does the text after a name end its noun phrase ("the Moon and", "the Moon."), rather than go on to the
    noun the name modifies ("the Trump administration", "the Lewinsky affair")?"""
    words = after.split()
    if not words or not words[0][:1].isalpha():
        return True
    word = words[0].strip(".,;:!?")
    return not word.islower() or word in _CLAUSE_WORDS


def _person_initials(ents: list[Entity], links: dict[str, str]) -> None:
    """ "MBS said", after "Crown Prince Mohammed bin Salman": capitals that are the initials of the words of a
    person's name of three or more words the article gives (particles included), opening with a known given name
    (not "Woman Grand Master" tagged a person), and no body's acronym the article spells out, are that person."""
    by_initials: dict[str, set[str]] = {}
    for e in ents:
        words = e["canonical"].replace("-", " ").split()
        if e["label"] == "PERSON" and len(words) >= 3 and words[0].lower() in given_names():
            by_initials.setdefault("".join(w[0] for w in words).upper(), set()).add(e["canonical"])
    for e in ents:
        text = e["text"]
        names = by_initials.get(text)
        if names and len(names) == 1 and text.isupper() and text not in links and e["label"] in ("ORG", "PERSON"):
            e["label"] = "PERSON"
            e["canonical"] = next(iter(names))


def without_nickname(text: str) -> str:
    """ "Philip “Brave” Davis" -> "Philip Davis": a person's name without the nickname quoted inside it."""
    m = _NICKNAMED.search(text)
    return f"{m.group(1)} {m.group(3)}" if m and m.start() == 0 and m.end() == len(text) else text


def _nicknames_as_persons(ents: list[Entity]) -> dict[str, str]:
    """ "Jokowi said", after "President Joko "Jokowi" Widodo": a nickname the article gave inside a person's name
    is that person, whatever the model tagged it. Returns the nicknames, each with the name it stands for."""
    nicknames: dict[str, str] = {}
    for e in ents:
        if e["label"] == "PERSON":
            m = _NICKNAMED.fullmatch(e["text"])
            if m is not None and " " not in m.group(2):
                nicknames.setdefault(m.group(2), without_nickname(e["text"]))
    for e in ents:
        if e["text"] in nicknames and e["label"] in PLACE_LIKE_LABELS | MISC_NAME_LABELS:
            e["label"] = "PERSON"
    return nicknames


_DASH = re.compile(r" [-–—] ")


def _split_dateline_given_name(doc: Doc, raw: list[tuple[Span, Entity]], full_text: str) -> list[tuple[Span, Entity]]:
    """ "Cape Town - Allister Coetzee's first game": the model ran the dateline into the given name ("Cape Town -
    Allister", a place) and tagged the surname alone; the words after the dash open the person's name."""
    out: list[tuple[Span, Entity]] = []
    renamed: dict[int, Entity] = {}  # index of a person whose name now starts after the dash
    for k, (span, e) in enumerate(raw):
        e = renamed.get(k, e)
        nxt = raw[k + 1][1] if k + 1 < len(raw) else None
        m = _DASH.search(e["text"])
        if (
            m is not None
            and e["label"] in ("GPE", "LOC", "ORG", "FAC")
            and nxt is not None
            and nxt["label"] == "PERSON"
            and full_text[e["end"] : nxt["start"]] == " "
            and all(w[:1].isupper() and w.isalpha() for w in e["text"][m.end() :].split())
            and len(e["text"][m.end() :].split()) <= 2
        ):
            out.append((span, _entity(full_text, e["start"], e["start"] + m.start(), e["label"])))
            renamed[k + 1] = _entity(full_text, e["start"] + m.end(), nxt["end"], "PERSON")
            continue
        after = e["text"][m.end() :].split() if m is not None else []
        if (
            m is not None
            and e["label"] in ("GPE", "LOC", "ORG", "FAC")
            and e["text"][: m.start()].isupper()
            and 2 <= len(after) <= 3
            and all(w.istitle() and w.isalpha() for w in after)
            and (fold_name(after[0]) in given_names() or all(unknown_word(w) for w in after))
        ):
            # "KIOWA - Shania Farney watched": a dateline in capitals run into the whole name after it
            out.append((span, _entity(full_text, e["start"], e["start"] + m.start(), "GPE")))
            out.append((span, _entity(full_text, e["start"] + m.end(), e["end"], "PERSON")))
            continue
        out.append((span, e))
    return out


def _join_split_persons(doc: Doc, raw: list[tuple[Span, Entity]], full_text: str) -> list[tuple[Span, Entity]]:
    """ "Lt Col Mohammad Tajul Islam Chowdhury" tagged "Mohammad Tajul" and "Islam Chowdhury": two person names
    with nothing but a space between them are one person's long name; so are "Fiona O" and "Loughlin" of "Fiona
    O' Loughlin", an Irish surname written with a space after its apostrophe."""
    out: list[tuple[Span, Entity]] = []
    honoured: set[str] | None = None  # the words the article writes after an honorific, found once
    for span, e in raw:
        if out:
            prev_span, prev = out[-1]
            gap = full_text[prev["end"] : e["start"]]
            place_word_first = (
                # "parliamentarian Fiamē Naomi Mata’afa" tagged a place "Fiamē" and a person "Naomi Mata’afa": a
                # word no gazetteer knows run into a name is its first word (not after "of": "Prime Minister of
                # Veloria Aravind Keshpal")
                prev["label"] in ("GPE", "LOC")
                and e["label"] == "PERSON"
                and gap == " "
                and " " not in prev["text"]
                and prev["text"].istitle()
                and not gazetteer_place(prev["text"])
                and not (prev_span.start > 0 and doc[prev_span.start - 1].pos_ == "ADP")
            )
            particle_surname = (
                # "Plaid Cymru leader Rhun ap Iorwerth" tagged "Rhun" and an organisation "Iorwerth": the surname
                # after its particle
                prev["label"] == "PERSON"
                and e["label"] in PLACE_LIKE_LABELS | {"PERSON"}
                and _PARTICLE_GAP.fullmatch(gap) is not None
                and e["text"][:1].isupper()
                and len(e["text"].split()) <= 2
            )
            split_person = (
                e["label"] == prev["label"] == "PERSON"
                and (
                    gap == " "
                    or (gap in ("' ", "’ ") and prev["text"].endswith(" O"))
                    # "Tuilaepa Dr. Sa'ilele Malielegaoi" tagged without the doctorate between its two parts
                    or _inner_honorific_gap(gap)
                )
                and not prev["text"].endswith(("'s", "’s"))
                and not any(  # "Roman Catholic Pope Francis"
                    _title_word(x["text"].split()[0], 1) or x["text"].split()[0].lower() in NAME_TITLES
                    for x in (prev, e)
                )
                # a known given name first, or three words in all ("Samia Suluhu" "Hassan"), or an honorific
                # inside the name ("Tuilaepa Dr." "Sa'ilele Malielegaoi", each tagged on its own)
                and (
                    fold_name(prev["text"].split()[0]) in given_names()
                    or (len(prev["text"].split()) == 2 and " " not in e["text"])
                    or (len(prev["text"].split()) >= 2 and prev["text"].split()[-1].lower() in _INNER_HONORIFICS)
                    or _inner_honorific_gap(gap)
                )
            )
            surname_tagged_apart = (
                # "Johnson Asiedu Nketiah" tagged a person "Johnson Asiedu" and a place "Nketiah", which the
                # article goes on to call "Mr. Nketiah": the word it gives an honorific is the surname
                prev["label"] == "PERSON"
                and e["label"] in PLACE_LIKE_LABELS
                and gap == " "
                and " " not in e["text"]
                and e["text"].istitle()
                and not gazetteer_place(e["text"])
            )
            if surname_tagged_apart:
                if honoured is None:
                    honoured = {m.group(1) for m in _HONOURED_WORD.finditer(full_text)}
                surname_tagged_apart = e["text"] in honoured
            if place_word_first or particle_surname or split_person or surname_tagged_apart:
                joined = doc.char_span(prev["start"], e["end"], alignment_mode="expand") or prev_span
                out[-1] = (joined, _entity(full_text, prev["start"], e["end"], "PERSON"))
                continue
        honorific = _HONORIFIC_PARTICLE.search(full_text, max(0, e["start"] - 16), e["start"])
        if honorific is not None and e["label"] in PLACE_LIKE_LABELS | {"PERSON"} and " " not in e["text"]:
            # "Mr ap Iorwerth", "Mr van Dijk": a surname with its particle
            e = _entity(full_text, honorific.start(1), e["end"], "PERSON")
        out.append((span, e))
    return out


def _join_nicknamed(doc: Doc, raw: list[tuple[Span, Entity]], full_text: str) -> list[tuple[Span, Entity]]:
    """ "Philip “Brave” Davis": a given name, a nickname in quotation marks and a surname are one person, whatever
    pieces the model tagged ("Philip “Brave", "Davis"); the name it is known by leaves the nickname out."""
    if "“" not in full_text and '"' not in full_text and "‘" not in full_text and "'" not in full_text:
        return raw
    names = given_names()
    spans = []
    for m in islice(_NICKNAMED.finditer(full_text), 200):
        # one or two given names ("Juan Miguel “Migz” Zubiri"); a title before one is no part ("President Philip")
        first, *second = m.group(1).split()
        if first.lower() in names:
            start = m.start()
        elif second and second[0].lower() in names:
            start = m.start() + len(first) + 1
        elif any(e["label"] == "PERSON" and e["start"] == m.start() and e["end"] == m.end(1) for _, e in raw):
            start = m.start()  # "Sen. Paolo Benigno “Bam” Aquino": given names no census holds, tagged a person
        else:
            continue
        if any(e["label"] == "PERSON" and start <= e["start"] < m.end() for _, e in raw):
            spans.append((start, m.end()))
    if not spans:
        return raw
    out: list[tuple[Span, Entity]] = []
    added: set[tuple[int, int]] = set()
    for span, e in raw:
        hit = next(((a, b) for a, b in spans if e["start"] < b and e["end"] > a), None)
        if hit is None:
            out.append((span, e))
        elif hit not in added:
            added.add(hit)
            name = doc.char_span(hit[0], hit[1], alignment_mode="expand") or span
            out.append((name, _entity(full_text, hit[0], hit[1], "PERSON")))
    return out


# a word before a place's name that is no part of it ("Neighbouring Tamil Nadu", "Northern Kerala")
_PLACE_MODIFIERS = frozenset(
    "neighbouring neighboring northern southern eastern western central coastal rural northeastern northwestern "
    "southeastern southwestern".split()
)


def _place_not_person(ent: Entity, full_text: str, placed: bool) -> bool:
    """A "person" that is a gazetteer place: several words ("Tamil Nadu"), one word after a preposition of place
    ("the Port of Rotterdam") or that ``placed`` (tagged a place elsewhere, or after "<organisation>, "; a lone
    "Jordan" may be a surname), or a place after a modifier ("Neighbouring Tamil Nadu")."""
    words = ent["text"].split()
    if len(words) >= 2 and words[0].lower() in _PLACE_MODIFIERS and gazetteer_place(" ".join(words[1:])):
        return True
    if not gazetteer_place(ent["text"]):
        return False
    before = full_text[max(0, ent["start"] - 6) : ent["start"]].split()
    if len(words) >= 2 or placed or (bool(before) and before[-1].lower() in ("of", "in", "at", "near", "from")):
        return True
    # "Sarawak had agreed to ...": a state or region, not a town (towns lend their names to people: "Lincoln"),
    # that is no given name either ("Victoria", "Georgia")
    return _gazetteer_region(ent["text"]) and ent["text"].lower() not in given_names()


# words naming a storm before its given name ("Storm" is also a given name: "Corporal Storm Harrison")
STORM_WORDS = frozenset("hurricane typhoon cyclone tropical superstorm".split())


def _name_after_line_break(span: Span, full_text: str) -> Entity | None:
    """ "...against the Scottish Government\n\nHumza Yousaf said": the model ran a caption line without a full
    stop into the next paragraph's subject; a person-shaped name opening the new line is a person of its own (the
    part before the break is kept by the clean-up)."""
    text = span.text
    if "\n" not in text:
        return None
    doc = span.doc
    start = span.start_char + text.rfind("\n") + 1
    last = span[-1]
    if start >= span.end_char:
        # the span stops at the break (the parse and the model keep to the sentence a line break ends): the name
        # is the untagged proper nouns opening the new line
        k = span.end
        while k < len(doc) and k < span.end + 3 and doc[k].ent_iob_ == "O" and doc[k].pos_ == "PROPN":
            k += 1
        if k == span.end:
            return None
        last = doc[k - 1]
    name = full_text[start : last.idx + len(last.text)]
    words = name.split()
    if not (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() and not w.isupper() for w in words)
        and not NON_PERSON_WORDS.intersection(w.lower() for w in words)
        and (
            last.dep_ in ("nsubj", "nsubjpass")
            or (last.i + 1 < len(doc) and doc[last.i + 1].pos_ in ("VERB", "AUX"))  # "... Yousaf said"
        )
    ):
        return None
    return _entity(full_text, start, last.idx + len(last.text), "PERSON")


def _split_place_prefixes(raw: list[tuple[Span, Entity]]) -> list[tuple[Span, Entity]]:
    """ "Chief Executive of Hong Kong Carrie Lam": the model's span (a person, or a place or an organisation when
    the words start with a given name or follow "<title> of") begins with a place the article names on its own
    elsewhere ("Hong Kong"); the place is split off the name."""
    places: dict[str, str] = {}
    for _, e in raw:
        if e["label"] in ("GPE", "LOC"):
            places.setdefault(_strip_article(e["text"]).lower(), e["label"])
    titled = [_after_title_of(span) for span, _ in raw]
    if not places and not any(titled):
        return raw
    out: list[tuple[Span, Entity]] = []
    for (span, e), after_title in zip(raw, titled, strict=True):
        words = _words(e["text"]) if e["label"] in ("PERSON", "GPE", "LOC", "ORG", "NORP") else ()
        # after "<title> of" a name can be a single word ("Governor of Jakarta Sudarmanto"), when the model tagged
        # the whole a person, or that word a person elsewhere in the article
        least = 1 if after_title and (e["label"] == "PERSON" or _tagged_person(span.doc, words)) else 2
        cut = next(
            (
                k
                for k in range(1, len(words) - least + 1)
                if least <= len(words) - k <= 3
                and _known_place(" ".join(w for _, w in words[:k]).lower(), places, after_title)
                and all(w[:1].isupper() for _, w in words[k:])
                and (e["label"] == "PERSON" or words[k][1].lower() in given_names() or after_title)
            ),
            0,
        )
        if cut:
            head_end = words[cut - 1][0] + len(words[cut - 1][1])
            place = " ".join(w for _, w in words[:cut]).lower()
            out.append((span, _sub_entity(e, 0, head_end, places.get(place, "GPE"))))
            out.append((span, _sub_entity(e, words[cut][0], len(e["text"]), "PERSON")))
        else:
            out.append((span, e))
    return out


def _tagged_person(doc: Doc, words: Sequence[tuple[int, str]]) -> bool:
    """Is the last of ``words`` a name the model tagged a person on its own somewhere in ``doc``?"""
    last = words[-1][1] if words else ""
    return bool(last) and any(e.label_ == "PERSON" and e.text == last for e in doc.ents)


# the last word of a body named after its place ("West Midlands Police", "East of England Ambulance Service")
BODY_WORDS = frozenset(
    """police constabulary ministry council government army navy parliament assembly service authority commission
    agency department board trust""".split()
)


# the last word of a body's name, after which a person's name may run on in one span ("the Muscogee Nation Del
# Beaver"): those of bodies named after places, and others
_BODY_NAME_ENDS = BODY_WORDS | frozenset(
    "nation party union association committee office foundation institute university college church club".split()
)


def _ends_with_body(text: str) -> bool:
    return _ends_with_form(text, BODY_WORDS, lambda w: w.lower() if w[:1].isupper() else "")


def _coordinated_with_place(span: Span) -> bool:
    """A one-word name coordinated with a place that the model tagged a place, the two modifying one noun
    ("Avon and Somerset police", "Devon and Cornwall Police")."""
    if len(span) != 1:
        return False
    tok = span[0]
    others = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return tok.dep_ in ("nmod", "compound", "conj") and any(
        o.ent_type_ in ("GPE", "LOC") and o.head.pos_ in ("NOUN", "PROPN") and o.i != o.head.i for o in others
    )


def _known_place(words: str, places: dict[str, str], after_title: bool) -> bool:
    """A place the article names on its own, or, after "<title> of", one the country gazetteer knows ("President
    of Ukraine Volodymyr Zelenskyy", "Governor of Jakarta Sudarmanto")."""
    return words in places or (after_title and gazetteer_place(words))


def gazetteer_place(text: str) -> bool:
    """Is ``text`` a country, region or city name of the country stage's gazetteer (not a demonym)?"""
    from processors.countries.gazetteer import BLOCK, DEMONYM

    return text.lower() in country_names() or any(kind not in (DEMONYM, BLOCK) for kind in _gazetteer_kinds(text))


def _surname_of(word: str, surnames: set[str]) -> bool:
    """Is the word one of the surnames, or one with the Arabic article ("Al-Dabaiba" after "Abdul Hamid
    Dabaiba")?"""
    if fold_name(word) in surnames:
        return True
    words = _name_words(word)  # the article split off as for the names themselves (either hyphen)
    return len(words) == 2 and words[0] in _ARABIC_ARTICLE_WORDS and words[1] in surnames


def _demonym_alone(text: str, surnames: set[str]) -> bool:
    """A one-word "name" that is a nationality of the gazetteer ("Azerbaijani", "Iraqi"), and no surname of a
    person the article names in full ("French" after "Ann French")."""
    from processors.countries.gazetteer import DEMONYM

    return " " not in text and text.istitle() and text not in surnames and DEMONYM in _gazetteer_kinds(text)


# the last word of a structure's or waterway's name, never of a person's
_STRUCTURE_WORDS = frozenset(
    "dam reservoir weir creek canal airport highway motorway freeway tunnel stadium racecourse".split()
)


def _inner_honorific_gap(gap: str) -> bool:
    """ " Dr. " between two parts of one name, on one line (not a caption's "David Boyle\nDr. David Boyle")."""
    return gap[:1] == gap[-1:] == " " and "\n" not in gap and gap.strip().lower() in _INNER_HONORIFICS


def _body_of_town(text: str, bodies_alone: set[str]) -> bool:
    """A body the article names alone, then a known town: "Akel Paphos", a party's branch (no given name first)."""
    words = text.split()
    return (
        len(words) == 2
        and words[0] in bodies_alone
        and fold_name(words[0]) not in given_names()
        and gazetteer_place(words[1])
    )


def _structure_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[-1].istitle() and words[-1].lower() in _STRUCTURE_WORDS


def _city_as_person(text: str) -> bool:
    """A "name" of two or three words that the gazetteer knows as a city or region ("Kota Kinabalu", "Tamil
    Nadu") and that starts with no given name (not "Del Rio", who may be a person). Checked in the first pass,
    before the article's persons are listed: left a person until ``_place_not_person``, its words would count as a
    person's surname and turn the place's other mentions into people."""
    words = text.split()
    if not (2 <= len(words) <= 3 and words[0].lower() not in given_names()):
        return False
    # "Medicine Hat-Brooks", a riding named after its towns, the first of two words and known
    parts = text.split("-")
    return gazetteer_place(text) or (
        len(parts) == 2 and len(parts[0].split()) >= 2 and gazetteer_place(parts[0]) and parts[1][:1].isupper()
    )


def _gazetteer_region(text: str) -> bool:
    """Is ``text`` a country or a region (state, province, island, curated place) of the gazetteer, not only a
    city's name?"""
    from processors.countries.gazetteer import NAME, PLACE, REGION

    return any(kind in (NAME, REGION, PLACE) for kind in _gazetteer_kinds(text))


@lru_cache(maxsize=16384)
def _gazetteer_kinds(text: str) -> frozenset[str]:
    """The kinds of gazetteer entry (name, demonym, region, city ...) that ``text`` matches exactly (remembered
    per text: the same names come back in every article, and the gazetteer loads once per process)."""
    from processors.countries.gazetteer import lexicon
    from processors.countries.normalize import name_pieces

    return frozenset(e.kind for e in lexicon().entries.get(tuple(p for p, _ in name_pieces(text)), ()))


def _join_given_names(raw: list[tuple[Span, Entity]], full_text: str) -> list[tuple[Span, Entity]]:
    """ "candidate Rocky De La Rosa": a given name the model tagged a place or an organisation on its own, right
    before a person's name that starts with no given name of its own (a multi-word surname), is the first word of
    that name; not after a preposition ("in Dallas De La Rosa said")."""
    names = given_names()
    pairs = {
        k
        for k, ((span, prev), (_, e)) in enumerate(pairwise(raw))
        if e["label"] == "PERSON"
        and prev["label"] in PLACE_LIKE_LABELS
        and " " not in prev["text"]
        and prev["text"].istitle()
        and prev["text"].lower() in names
        and full_text[prev["end"] : e["start"]] == " "
        and e["text"].split()[0].lower() not in names
        and not (span.start > 0 and span.doc[span.start - 1].pos_ == "ADP")
    }
    titled = {
        k: start
        for k, ((_, prev), (_, e)) in enumerate(pairwise(raw))
        if (start := _titled_first_name(prev, e, full_text))
    }
    if not pairs and not titled:
        return raw
    out: list[tuple[Span, Entity]] = []
    skip = False
    for k, (span, e) in enumerate(raw):
        if skip:
            skip = False
            continue
        if k in pairs or k in titled:
            out.append((span, _entity(full_text, titled.get(k, e["start"]), raw[k + 1][1]["end"], "PERSON")))
            skip = True
        else:
            out.append((span, e))
    return out


def _untagged_full_names(doc: Doc, raw: list[tuple[Span, Entity]], full_text: str) -> list[tuple[Span, Entity]]:
    """ "Two witnesses spoke: Garnet Caton, who ..., and ..." then "Caton told reporters": a surname tagged a person
    only on its own, given in full once where the model tagged nothing (given names right before it: see
    ``_given_words_before``) or only the surname, is that full name there too, so that the bare surname finds it.
    One given name only: two (two brothers), none."""
    single = {
        e["text"]
        for _, e in raw
        if " " not in e["text"]
        and e["text"].istitle()
        and (
            e["label"] == "PERSON"
            # "Represenative Adam Schiff ... Schiff called it": the bare surname tagged a place, no place known
            or (e["label"] in ("LOC", "GPE", "ORG") and not gazetteer_place(e["text"]))
        )
    }
    single -= {e["text"].split()[-1] for _, e in raw if e["label"] == "PERSON" and " " in e["text"]}
    if not single:
        return raw
    persons = {e["text"] for _, e in raw if e["label"] == "PERSON"}
    covered = [(e["start"], e["end"]) for _, e in raw]
    starts = [c[0] for c in covered]
    names = given_names()
    found: dict[str, list[Span]] = {}

    def outside(tok: Token) -> bool:
        k = bisect_right(starts, tok.idx) - 1
        return k < 0 or covered[k][1] <= tok.idx

    # "Tomio Okamura," with "Okamura" tagged a place on its own there: that entity gives way to the full name
    alone = {e["start"]: k for k, (_, e) in enumerate(raw) if e["text"] in single}
    replaced: dict[int, int] = {}  # a full name's start -> the entity of its surname there
    for tok in doc:
        if tok.text not in single or tok.i == 0:
            continue
        if not outside(tok) and tok.idx not in alone:
            continue  # inside a longer entity
        first = _given_words_before(doc, tok.i, names, tok.text in persons)
        if first is None or not all(outside(doc[k]) for k in range(first, tok.i)):
            continue
        prev = doc[first]
        end = tok.idx + len(tok.text)
        if full_text[prev.idx - 1 : prev.idx] in ("", "\n") and full_text[end : end + 1] in ("", "\n"):
            continue  # a name alone on its line: a picture's caption, not a mention in the story
        found.setdefault(tok.text, []).append(doc[first : tok.i + 1])
        if tok.idx in alone:
            replaced[prev.idx] = alone[tok.idx]
    added = [
        (spans[0], _entity(full_text, spans[0].start_char, spans[0].end_char, "PERSON"))
        for spans in found.values()
        if len({s.text for s in spans}) == 1
    ]
    if not added:
        return raw
    dropped = {replaced[span.start_char] for span, _ in added if span.start_char in replaced}
    kept = [pair for k, pair in enumerate(raw) if k not in dropped]
    return sorted(kept + added, key=lambda pair: pair[1]["start"])


# the tags of a name's words in ``_untagged_titled_or_given`` (a proper noun, or an adverb for a name in "-ly")
_NAME_WORD_TAGS = numpy.array([get_string_id(t) for t in ("NNP", "NNPS", "RB")], dtype=numpy.uint64)


def _untagged_titled_or_given(doc: Doc, raw: list[tuple[Span, Entity]], full_text: str) -> list[tuple[Span, Entity]]:
    """ "Beatrice Wishart said she welcomed ...", "Opposition MP Khadijah Ameen jumped in": two or three capitalised
    proper nouns the model tagged nothing, after a title, opening with a known given name or set off after a role
    ("Prime Minister, Fiame Naomi Mata'afa,"), that are the subject of a clause or in apposition, are a person's
    name (not part of a hyphenated word, not a name alone on its line: a caption). One pass over the tokens."""
    covered = sorted((e["start"], e["end"]) for _, e in raw)
    starts = [c[0] for c in covered]
    names = given_names()

    def free(tok: Token) -> bool:
        k = bisect_right(starts, tok.idx + len(tok.text) - 1) - 1
        return (k < 0 or covered[k][1] <= tok.idx) and not tok.ent_type_

    def name_word(tok: Token) -> bool:
        word = tok.text.replace("-", "").replace("'", "").replace("’", "")
        return (
            (tok.tag_ in ("NNP", "NNPS") or _surname_tagged_adverb(tok))  # "Chiquita Banks": a plural's tag
            and word.isalpha()
            and tok.text[:1].isupper()
            and (len(word) == 1 or not word.isupper())
        )

    added: list[tuple[Span, Entity]] = []
    # only a proper noun (or an adverb in "-ly") can be a name's word: visit those tokens, not every token
    maybe = numpy.flatnonzero(numpy.isin(doc.to_array("TAG"), _NAME_WORD_TAGS)).tolist()
    i, n = 0, len(doc)
    while i < n:
        k = bisect_left(maybe, i)
        if k == len(maybe):
            break
        i = maybe[k]
        if not (name_word(doc[i]) and free(doc[i])):
            i += 1
            continue
        j = i
        # (a plural's tag ends a name: "Chiquita Banks", not "City Services Chris Steel")
        while (
            j + 1 < n
            and doc[j].tag_ != "NNPS"
            and doc[j].whitespace_ == " "
            and name_word(doc[j + 1])
            and free(doc[j + 1])
        ):
            j += 1
        attached = (i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space) or (
            j + 1 < n and not doc[j].whitespace_ and doc[j + 1].text in ("-", "–", "'", "’")
        )  # "St-Pierre", "Pierre-Louis": part of a longer word
        k = i
        while k <= j and (doc[k].lower_.rstrip(".") in TITLE_WORDS or doc[k].lower_ in DESCRIPTOR_NOUNS):
            k += 1  # "Councillor", "MP", "Corporal": the title before the name; "Resident Sandy Moll said"
        last_title = max((t.i for t in doc[k : j - 1] if t.lower_.rstrip(".") in TITLE_WORDS), default=-1)
        if last_title >= k and j - last_title in (2, 3):
            k = last_title + 1  # "City Mayor Cllr Padraig Conneely": a title after the words of a place
        titled = k > i or (i > 0 and doc[i - 1].lower_.rstrip(".") in TITLE_WORDS)
        if k == i and i >= 2 and doc[i - 1].lower_ in ("for", "of") and doc[i - 2].lower_ in TITLE_WORDS:
            # "Minister for Defence Ng Eng Hen": the portfolio's words, then the name, from its first known given
            # name or surname written first
            k = next((t.i for t in doc[i + 1 : j + 1] if t.lower_ in names or t.lower_ in SURNAME_FIRST), k)
            titled = titled or k > i
        run = doc[k : j + 1]
        i = j + 1
        words = [t for t in run if not _initial_word(t)]
        # the name's head for the parse: the last word, or the one before a surname it tagged an adverb
        head = -2 if len(run) >= 2 and _surname_tagged_adverb(run[-1]) else -1
        if attached or not (
            2 <= len(run) <= 3
            and len(words) >= 2
            and (
                titled
                or (words[0].lower_ in names and words[0].lower_ not in _CALENDAR_WORDS)
                # "Prime Minister, Fiame Naomi Mata'afa,": set off after a role
                or (run[-1].dep_ == "appos" and _person_noun_or_title(run[-1].head))
            )
            and (run[head].dep_ in ("nsubj", "nsubjpass", "appos") or _name_after_portfolio(run[head]))
            and not NON_PERSON_WORDS.intersection(t.lower_ for t in run)
            and not any(t.lower_ in TITLE_WORDS or t.lower_ in PERSON_ROLE_WORDS for t in run)
            and not gazetteer_place(run.text)
        ):
            continue
        before = full_text[run.start_char - 1 : run.start_char]
        after = full_text[run.end_char : run.end_char + 1]
        if before in ("", "\n") and after in ("", "\n"):
            continue
        added.append((run, _entity(full_text, run.start_char, run.end_char, "PERSON")))
    if not added:
        return raw
    return sorted(raw + added, key=lambda pair: pair[1]["start"])


def _surname_tagged_adverb(tok: Token) -> bool:
    """ "Padraig Conneely - who claims": a surname in "-ly" after a given name, which the tagger took for an adverb."""
    return tok.tag_ == "RB" and tok.lower_.endswith("ly") and tok.i > 0 and tok.doc[tok.i - 1].tag_ == "NNP"


def _given_tagged_adverb(tok: Token) -> bool:
    """ "Gergely Karacsony", "Beverly Roe": a given name in "-ly" before a proper noun, which the tagger took for an
    adverb (no English adverb: no dictionary holds it, or the census knows it as a given name)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.tag_ == "RB"
        and tok.lower_.endswith("ly")
        and nxt is not None
        and nxt.tag_ == "NNP"
        and (unknown_word(tok.text) or census_given_name(tok.lower_))
    )


def _name_after_portfolio(tok: Token) -> bool:
    """ "Minister for Transport and City Services Chris Steel said": the parse hung the name under the title's
    "for" (the object of the portfolio), and made the title the subject."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("for", "of")
        and prep.head.dep_ in ("nsubj", "nsubjpass", "appos")
        and _person_noun_or_title(prep.head)
    )


def _person_noun_or_title(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return low in TITLE_WORDS or low in PERSON_ROLE_WORDS


def _initial_word(tok: Token) -> bool:
    return _INITIALS.fullmatch(tok.text) is not None and len(tok.text.replace(".", "")) == 1


def _given_word(tok: Token, names: frozenset[str]) -> bool:
    """A word that can be a given name before a surname: a known one, an initial ("A H Mahmood Ali"), or a
    capitalised proper noun that is no title, weekday, month, known place or word of an institution's name."""
    if tok.whitespace_ != " ":
        return False
    if _initial_word(tok):
        return True
    adverb = _given_tagged_adverb(tok)  # ("Gergely Karacsony")
    if not (tok.is_title and tok.text.replace("-", "").isalpha() and (tok.pos_ == "PROPN" or adverb)):
        return False
    singular = tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_  # "Our Ministers Mahmood Ali"
    return tok.lower_ in names or (
        (tok.tag_ == "NNP" or adverb)
        and tok.lower_ not in TITLE_WORDS
        and singular not in TITLE_WORDS
        and singular not in PERSON_ROLE_WORDS
        and tok.lower_ not in HONORIFICS
        and tok.lower_ not in NON_PERSON_WORDS
        and tok.lower_ not in PERSON_ROLE_WORDS
        and tok.lower_ not in _CALENDAR_WORDS
        and not gazetteer_place(tok.text)
    )


def _given_words_before(doc: Doc, i: int, names: frozenset[str], surname_tagged_person: bool) -> int | None:
    """ "Sameh Shoukry", "Isabel Díaz Ayuso", "A H Mahmood": where the given names of the surname at ``i`` start,
    or None. One or two words (three with an initial) right before it; from the first known given name when there
    is one ("Represenative Adam Schiff": "Adam Schiff"); else only words no English dictionary holds ("Sameh",
    "Tomio"; not "Governing Board" or "Chess Olympiads"), and then only before a word the model tagged a person
    elsewhere or no dictionary holds (not "Nikkei Asia"). A longer run ("Foreign Affairs Sameh") tells no start."""
    if (
        i >= 2
        and _given_word(doc[i - 1], names)
        and doc[i - 1].lower_ in names
        and not (_given_word(doc[i - 2], names) and doc[i - 2].lower_ in names)
    ):
        return i - 1  # "Minister of National Security Michael Weeks": a known given name right before the surname
    k = i
    while k > 0 and _given_word(doc[k - 1], names):
        k -= 1
        if i - k > 3:
            return None
    run = doc[k:i]
    words = [t for t in run if not _initial_word(t)]
    if not words or len(words) > 2:
        return None
    known = next((t.i for t in run if t.lower_ in names), None)
    if known is not None:
        while known > k and _initial_word(doc[known - 1]):
            known -= 1  # "J Robert Smith"
        return known
    if not (surname_tagged_person or unknown_word(doc[i].text)) or doc[i].lower_ in NON_PERSON_WORDS:
        return None  # "Nikkei Asia", "Esk Valley": no given name known, and the last word no surname
    # "Local Lulamile Sibonda": English words before the first unknown one are no part of the name
    # (nor a plural noun opening the sentence: "Shoppers Bill and Joy Kirkwood")
    start = next((t.i for t in run if not _initial_word(t) and unknown_word(t.text) and not _plural_noun(t.text)), None)
    if start is None or not all(unknown_word(t.text) for t in doc[start:i] if not _initial_word(t)):
        return None
    while start > k and _initial_word(doc[start - 1]):
        start -= 1
    return start


def _titled_first_name(prev: Entity, e: Entity, full_text: str) -> int:
    """ "Lance Corporal Roel Ryan Briones", tagged "Lance Corporal Roel" (an organisation) and "Ryan Briones"; "Staff
    Sergeant Aurel Dean Whitcombe", tagged "Sergeant Aurel" and "Dean Whitcombe": a capitalised word right after a
    title, at the end of a span that ends right before a person's name, is that name's first word (whether or not
    the census knows it). The start of that word, or 0."""
    if e["label"] != "PERSON" or prev["label"] not in PLACE_LIKE_LABELS | {"PERSON"}:
        return 0
    if full_text[prev["end"] : e["start"]] != " ":
        return 0
    at, last = _words(prev["text"])[-1]
    before = full_text[max(0, prev["start"] + at - 40) : prev["start"] + at].split()
    if not before or before[-1].lower() not in TITLE_WORDS:
        return 0
    if not last.istitle() or not last.isalpha() or last.lower() in TITLE_WORDS:
        return 0
    return prev["start"] + at


def _untagged_name_after_title_of(span: Span) -> tuple[Span, Span] | None:
    """ "President of Ukraine Anna Lindt said", "Attorney General of British Columbia Ann Tavish": the model
    tagged the place after "<title> of" (or its first word) and left the two or three capitalised proper nouns
    of the name the title belongs to outside every entity. The place (the span, with the words that complete a
    gazetteer name) and the name."""
    if span.label_ not in ("GPE", "LOC", "NORP") or not _after_title_of(span):
        return None
    doc, j = span.doc, span.end
    k = j
    while k < len(doc) and k - j < 6 and _loose_name_token(doc[k]) and doc[k].tag_ == "NNP":
        k += 1
    if k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].ent_iob_ != "O"):
        return None
    if any(doc[t].whitespace_ != " " for t in range(j - 1, k - 1)):
        return None
    for end in range(j, k - 1):  # the place ends at ``end``; two or three words of the name follow it
        if 2 <= k - end <= 3 and (end > j or span.label_ != "NORP") and gazetteer_place(doc[span.start : end].text):
            return doc[span.start : end], doc[end:k]
    return None


def _after_title_of(span: Span) -> bool:
    """ "Prime Minister of India Narendra Modi", "minister for Gozo Justyne Caruana": the span follows "<title> of"
    (or "for"), so a place at its start is the title's, and the words after it a person's name."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].lower_ in PERSON_ROLE_WORDS


def _drop_lone_post_nominals(ents: list[Entity], text: str) -> list[Entity]:
    """ "Jane Roe QC" split by the model into a person and a second entity "QC": letters after a name are not an
    entity of their own."""
    out: list[Entity] = []
    for e in ents:
        if (
            out
            and e["text"].lower() in POST_NOMINALS
            and out[-1]["label"] == "PERSON"
            and not text[out[-1]["end"] : e["start"]].strip(" ,")
        ):
            continue
        out.append(e)
    return out


def entity_at(ents: Iterable[Entity], start: int, end: int) -> Entity | None:
    """The entity covering the character range, if any."""
    for ent in ents:
        if ent["start"] <= start and end <= ent["end"]:
            return ent
    return None
