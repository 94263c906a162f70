"""The article's mentions, indexed once for speaker attribution: its entities (repaired), persons with their roles
and salience, organisations by word, acronyms, national and group nouns; and the look-ups over them that resolve no
other mention (``speakers.SpeakerIndex`` adds those that do).

All look-ups are by bisection over precomputed, position-sorted indexes: no rescans per quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from processors.countries.gazetteer import country_demonyms, country_full_names, demonym_countries
from processors.dictionary import unknown_word
from processors.doctext import lower_ids
from processors.entities import ACRONYM_BEFORE, gazetteer_place, spells
from processors.person_names import (
    FEMALE_TITLES,
    HONORIFICS,
    MALE_TITLES,
    ROLE_ABBREVIATIONS,
    TITLE_WORDS,
    given_names,
    introduced_as_relative,
    name_words,
    relative_gender,
    role_acronym,
    surname,
)
from processors.quotes.cue_subjects import (
    _same_paragraph,
    published_by,
    sentence_start,
)
from processors.quotes.cues import REPORT_VERB_FORMS, REPORT_VERBS, SPEECH_VERBS, member
from processors.quotes.sentences import doc_text, parsed_sentence_starts, token_starts
from processors.quotes.source_words import (
    _TITLE_WORDS,
    ACT_DOCUMENTS,
    DOCUMENT_NOUNS,
    FEMALE_NOUNS,
    INSTITUTION_NOUNS,
    ISSUED_ACTS,
    ISSUED_DOCUMENTS,
    ISSUING_VERBS,
    MALE_NOUNS,
    NAMING_PARTICIPLES,
    ORG_NAME_ENDS,
    PARTY_GROUP_WORDS,
    PERSON_NOUNS,
    PICKING_WORDS,
    PLACE_OR_GROUP,
    PLATFORMS,
    PUBLIC_BODY_NOUNS,
    RANK_WORDS,
    ROLE_WORDS,
    SCHEME_NOUNS,
    SINGLE_QUANTIFIERS,
    SMALL,
    SPEAKER_LABELS,
    SPEAKS_FOR,
    SUBJECT_DEPS,
    TRIM_DEPS,
    UNNAMED_WORDS,
    _heads,
    abbreviation,
    compound_text,
    definite,
    demonym_word,
    indefinite,
    kids,
    name_agrees,
    one_person_role,
    people_noun,
    plausible_source,
    role_in_apposition,
    role_named_as,
    title_noun,
)
from processors.quotes.speaker_names import (
    acronym_expansions,
    clean_name,
    field_first_names,
    person_shaped,
    possessive_parents,
    repair_entities,
    strip_the,
    untagged_name_word,
)
from processors.types import Entity, Span, Speaker


def _title_alone(e: Entity) -> bool:
    """A one-word "name" that is a title ("Superintendent", "Commissioner"), which the model tagged a person."""
    words = e["text"].split()
    return len(words) == 1 and words[0].lower().rstrip(".") in TITLE_WORDS


def _capitalised_title(t: Token) -> bool:
    """ "Sheriff" in "County Sheriff Rick Singleton": an office written with a capital before the name, for a later
    "the sheriff" (not an honorific: "Mr", "Dr")."""
    low = t.lower_
    if role_acronym(t.text) or t.text == "MP":
        return True  # "Irish MEP Ann Roe", for a later "the MEP"
    if t.is_title and low.rstrip(".") in ROLE_ABBREVIATIONS:
        return True  # "Gov. Andy Beshear", for a later "the governor"
    return t.is_title and t.is_alpha and low in TITLE_WORDS and low not in HONORIFICS and len(low) > 3


@dataclass
class MentionIndex:
    """Mentions by position and the look-ups over them; built once per article."""

    doc: Doc
    entities: list[Entity]
    in_quote: Callable[[int], bool]
    starts: list[int] = field(default_factory=list)
    # (start, entity, salience: 2 main-clause subject, 1 other subject, 0 none; sentence number)
    persons: list[tuple[int, Entity, int, int]] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)  # token index of each parsed sentence start
    tok_starts: list[int] = field(default_factory=list)
    person_starts: list[int] = field(default_factory=list)
    roles: dict[str, list[Entity]] = field(default_factory=dict)
    orgs: list[Entity] = field(default_factory=list)
    full_mention: dict[tuple[str, str], Entity] = field(default_factory=dict)
    events: list[tuple[int, Speaker]] = field(default_factory=list)  # resolved speakers, by position
    paragraph_of: Callable[[int], int] = lambda pos: 0
    surnames: dict[str, list[Entity]] = field(default_factory=dict)
    given: dict[str, dict[str, Entity]] = field(default_factory=dict)  # a given name -> full name -> a mention
    acronyms: dict[str, Entity] = field(default_factory=dict)
    org_appositions: dict[str, Entity] = field(default_factory=dict)  # "party" -> "National Unity Platform"
    org_words: dict[str, list[Entity]] = field(default_factory=dict)
    org_counts: dict[str, int] = field(default_factory=dict)
    person_mentions: dict[str, list[int]] = field(default_factory=dict)  # canonical -> starts of its mentions
    _org_best: dict[str, Entity] = field(default_factory=dict)
    _demonym: str | None = None
    _nationals: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _groups: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    _personlike: set[int] = field(default_factory=set)  # ids of unnamed one-person speakers ("the head of ...")
    _focus: tuple[Entity, ...] | None = None  # the person the article names most often (or none), once
    _titles: dict[int, list[list[str]]] | None = None  # the titles before each person mention (speakers: "the CM")
    # the words of the title or set-off description of each person, to the people so described (speakers: "the
    # union leader" after "Ann Roe, head of the teachers' union,")
    _body_titles: dict[str, dict[str, Entity]] | None = None
    _titles_written: frozenset[str] | None = None  # roles written "the Housing Minister", no name after (speakers)
    name_like: dict[str, list[Entity]] = field(default_factory=dict)  # person-shaped organisations, by last word
    expansions: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # "TfL" -> "Transport for London"
    parents: dict[str, str] = field(default_factory=dict)  # "MRC Centre" -> "Imperial College London MRC Centre"
    _fuller: dict[str, str | None] = field(default_factory=dict)  # "Amara" -> "Amara Velloso", untagged names
    _captions: dict[int, bool] = field(default_factory=dict)  # a line's start -> is it a picture's caption
    _variants: dict[str, Entity | None] = field(default_factory=dict)  # "kassim" -> Mira Kassem
    _usual: dict[str, Entity | None] = field(default_factory=dict)  # "Ann Rowe" -> Ann Roe, named more often
    # a lede's role that names no one, as the next paragraph's source ("the somali prime minister" -> Shirdon)
    lede_roles: dict[str, Speaker] = field(default_factory=dict)
    _introductions: dict[str, int] | None = None  # noun -> first token that brought in an unnamed "a"/"an" one
    relatives: set[str] = field(default_factory=set)  # persons introduced as another's relative ("his wife X")
    _in_reported: bool = False  # resolving the subject of reported speech (speakers._reported_person_before)
    titled_gender: dict[str, str] = field(default_factory=dict)  # "Ross" -> "m" after "Mr Ross" ("" if both)
    _lede: int | None = None  # the paragraph of the lede (``SpeakerIndex.lede_paragraph``)
    _lede_root: int | None = None  # its main verb's token index, -1 for none (``SpeakerIndex.lede_root``)

    def __post_init__(self) -> None:
        tok_starts = token_starts(self.doc)
        self.tok_starts = tok_starts
        self.sent_starts = parsed_sentence_starts(self.doc)
        self.entities = repair_entities(self.doc, sorted(self.entities, key=lambda e: e["start"]), tok_starts)
        self.starts = [e["start"] for e in self.entities]
        text = doc_text(self.doc)
        self.expansions = acronym_expansions(text)
        once: dict[str, int] = {}
        for e in self.entities:
            if e["label"] == "PERSON":
                once[e["canonical"]] = once.get(e["canonical"], 0) + 1
        for e in self.entities:
            key = (e["label"], e["canonical"])
            if key not in self.full_mention and strip_the(e["text"]) == e["canonical"]:
                self.full_mention[key] = e
            if e["label"] == "PERSON" and _BYLINE.search(text, max(0, e["start"] - 8), e["start"]) is not None:
                continue  # "By Amy Bickel The Hutchinson News KIOWA - ...": the reporter, no one the story is about
            if e["label"] == "PERSON" and _name_line(text, e) and once.get(e["canonical"], 0) == 1:
                continue  # a name alone on a line near the top, named nowhere else: the reporter's byline
            if e["label"] == "PERSON":
                head = self._head_token(e, tok_starts)
                level = salience(head) if head is not None else 0
                sent = bisect_right(self.sent_starts, head.i) - 1 if head is not None else -1
                self.persons.append((e["start"], e, level, sent))
                self.person_mentions.setdefault(e["canonical"], []).append(e["start"])
                self._note_titled_gender(e)
                roles = {ROLE_ABBREVIATIONS.get(r.rstrip("."), r) for r in self._roles_of(e, tok_starts)}  # "Cllr"
                if roles & _SPOKES_WORDS or _PRESS_SECRETARY.search(text, max(0, e["start"] - 30), e["start"]):
                    roles |= _SPOKES_WORDS  # "APC Publicity Secretary, Ann Roe ... the spokesperson said"
                if _COURT_SIDE.match(text, e["end"]):
                    roles |= _LAWYER_WORDS  # "Ann Roe, defending, said ... counsel added": her client's counsel
                if _POLICE_HEAD.search(text, max(0, e["start"] - 40), e["start"]):
                    roles |= {"chief", "officer"}  # "Inspector General of Police Ann Roe ... the officer said"
                for same in (_LAWYER_WORDS, _CAPTAIN_WORDS, _JUDGE_WORDS, _EXECUTIVE_WORDS):
                    if roles & same:  # "Su's defence counsel, Mr Julian Tay ... Su's lawyer added"
                        roles |= same
                if roles & _BOSS_OF:
                    roles.add("boss")  # "Chelsea manager Tom Lee ... the boss said", "CEO Ann Roe ... the boss"
                if "pm" in roles:
                    roles.add("minister")  # "PM Ann Roe ... the prime minister said"
                if roles & _LEADER_WORDS:
                    roles.add("chief")  # "BJP state president Ravi Das ... the state BJP chief claimed"
                for role in sorted(roles):
                    self.roles.setdefault(role, []).append(e)
                words = e["canonical"].split()
                if len(words) >= 2:
                    last = surname(e["canonical"])
                    self.surnames.setdefault(last, []).append(e)
                    bare = name_words(e["canonical"])[-1]
                    if bare == last and "-" in last and len(last.rsplit("-", 1)[1]) >= 4:
                        bare = last.rsplit("-", 1)[1]  # "Mr Lewis" after "Geordin Hill-Lewis": a double surname's end
                    if bare != last and last.endswith("-" + bare):
                        self.surnames.setdefault(bare, []).append(e)  # "Sisi" after "Abdel Fattah El-Sisi"
                    # (an apostrophe inside: "Fa'amatala", a Samoan title used as the name)
                    if len(words[0]) > 2 and _name_letters(words[0]).isalpha() and _name_letters(words[0]).istitle():
                        self.given.setdefault(words[0].lower(), {}).setdefault(e["canonical"], e)
                    if introduced_as_relative(self.doc, bisect_left(tok_starts, e["start"])):
                        self.relatives.add(e["canonical"])
            elif e["label"] == "ORG":
                self.orgs.append(e)
                name = e["canonical"]
                self.org_counts[name] = self.org_counts.get(name, 0) + 1
                for w in set(name.lower().split()):
                    bucket = self.org_words.setdefault(w, [])
                    if all(o["canonical"] != name for o in bucket[-8:]):
                        bucket.append(e)
                noun = _APPOSED_NOUN.search(text, max(0, e["start"] - 40), e["start"])
                if noun is not None and noun[1] not in ROLE_WORDS:
                    self.org_appositions.setdefault(noun[1], e)
                noun = _KIND_BEFORE_NAME.search(text, max(0, e["start"] - 16), e["start"])
                if noun is not None and noun[1] in _ORG_KIND_NOUNS:  # "community union ACORN ... the union said"
                    self.org_appositions.setdefault(noun[1], e)
                initials = "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in SMALL)
                if len(initials) >= 2 and initials.isupper() and initials != name:
                    self.acronyms.setdefault(initials, e)
                spelt = ACRONYM_BEFORE.search(text, max(0, e["start"] - 14), e["start"])
                if spelt is not None and text[e["end"] : e["end"] + 1] == ")" and spells(spelt[1], name):
                    self.acronyms.setdefault(spelt[1], e)  # "BALPA (British Airline Pilots Association)"
                if person_shaped(name):  # "Hage Geingob" tagged as an organisation: a person to a bare "Geingob"
                    as_person: Entity = {**e, "label": "PERSON"}
                    self.name_like.setdefault(name.split()[-1].lower(), []).append(as_person)
                    self.full_mention.setdefault(("PERSON", name), as_person)
            elif e["label"] != "PERSON" and _MUNICIPALITY.fullmatch(e["canonical"]):  # (the model's label varies)
                # "The City of Kamloops ... the City said": a town by its formal name is its council, which speaks
                self.org_appositions.setdefault(e["canonical"].split()[0].lower(), e)
        self._add_untagged_surnames()
        self._add_speaking_names()
        self._add_honorific_names()
        self.person_starts = [p[0] for p in self.persons]
        self.parents = field_first_names(self.entities) | possessive_parents(text, self.entities)

    def _add_honorific_names(self) -> None:
        """ "Ms Price, who has lived in the village for 40 years, was furious. // '...,' she said": a capitalised word
        after "Mr", "Mrs", "Ms" or "Miss" that the model left untagged, outside quotations, is a person of the sex
        the honorific gives, for a later "he"/"she"."""
        added = False
        doc = self.doc
        for k in numpy.flatnonzero(member(lower_ids(doc), _HONORIFIC_IDS))[:2000].tolist():  # (bounded, vectorised)
            sex = _SEXED_HONORIFICS[doc[k].lower_.rstrip(".")]
            if k + 1 >= len(doc):
                continue
            name = doc[k + 1]
            if not (name.pos_ == "PROPN" and name.is_title and name.is_alpha):
                continue
            if name.dep_ == "compound" or self.entity_at(name.idx) is not None or self.in_quote(name.idx):
                continue  # (not "Ms Ann Roe": the name goes on)
            e: Entity = {
                "text": name.text,
                "label": "PERSON",
                "start": name.idx,
                "end": name.idx + len(name.text),
                "canonical": name.text,
            }
            self._note_person(name, e)
            self.titled_gender.setdefault(name.text, sex)
            added = True
        if added:
            self.persons.sort(key=lambda p: p[0])

    def _note_titled_gender(self, e: Entity) -> None:
        """ "Mr Ross", "Ms Adams": the honorific in front of a name tells the person's sex, for a later "she" or
        "he" (under the person's fullest name only: "First Lady Ann Roe" says nothing of "Roe" alone, who may be
        her husband; a bare surname honorifics of both sexes come with tells nothing); so does the kin noun that
        introduces a relative ("his wife, Lordina")."""
        before = doc_text(self.doc)[max(0, e["start"] - 12) : e["start"]].split()
        word = before[-1].lower().rstrip(".") if before else ""
        gender = "f" if word in FEMALE_TITLES else "m" if word in MALE_TITLES else None
        if gender is None:  # "his wife, Lordina": a kin noun tells the relative's sex
            gender = relative_gender(self.doc, bisect_left(self.tok_starts, e["start"]))
        if gender is None:
            # "Layne Watson, a spokesman with SkyWest": the noun in apposition tells, whatever the given name says
            noun = _GENDERED_APPOSITION.match(doc_text(self.doc), e["end"], e["end"] + 60)
            gender = None if noun is None else "f" if noun[1].lower() in APPOSED_FEMALE_NOUNS else "m"
        if gender is None:
            return
        known = self.titled_gender.get(e["canonical"])
        self.titled_gender[e["canonical"]] = gender if known in (None, gender) else ""

    def agrees(self, name: str, pronoun: str) -> bool:
        """Can ``pronoun`` mean the person of that name: the sex an honorific gave the name in this article,
        else the given name's (``name_agrees``)."""
        gender = self.titled_gender.get(name)
        if gender and pronoun in ("he", "him", "his", "she", "her"):
            return pronoun in (("she", "her") if gender == "f" else ("he", "him", "his"))
        return name_agrees(name, pronoun)

    def _add_untagged_surnames(self) -> None:
        """A subject the model left untagged that is the surname of a person named in full ("Okafor conceded
        that ...", after "Maria Okafor"): a mention of that person, for a later "he"/"she"."""
        if not self.surnames:
            return
        words = set(self.surnames) | {w for w, owners in self.given.items() if len(owners) == 1}
        ids = numpy.array(sorted({get_string_id(w) for w in words}), dtype=numpy.uint64)
        hits = numpy.flatnonzero(member(lower_ids(self.doc), ids))
        added = False
        for i in hits[:2000].tolist():
            tok = self.doc[i]
            if (
                tok.dep_ in SUBJECT_DEPS
                and tok.is_title
                and self._untagged_or_mistagged(tok)
                and not self.in_quote(tok.idx)
            ):
                named = self._by_name(tok.text, tok.idx)
                if named is None:
                    continue
                e: Entity = {**named, "text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
                self._note_person(tok, e)
                added = True
        if added:
            self.persons.sort(key=lambda p: p[0])

    def _untagged_or_mistagged(self, tok: Token) -> bool:
        """No entity at ``tok``, or one of another kind that is that word alone and no place ("Despite the finish,
        Broos emphasized", "Broos" tagged a product)."""
        e = self.entity_at(tok.idx)
        if e is None:
            return True
        return (
            e["label"] != "PERSON"
            and e["start"] == tok.idx
            and e["end"] == tok.idx + len(tok.text)
            and not gazetteer_place(tok.text)
        )

    def _note_person(self, tok: Token, e: Entity) -> None:
        """A person mention headed by ``tok`` that the entity pass did not list (callers sort ``persons`` after)."""
        self.persons.append((tok.idx, e, salience(tok), bisect_right(self.sent_starts, tok.i) - 1))

    def _add_speaking_names(self) -> None:
        """ "..., said Fakhrul. // He said, ...": one word the model tagged an organisation or a place, the subject
        of a reporting verb, that no dictionary holds and no gazetteer knows, is a person, for a later "he"/"she"."""
        added = False
        for e in self.entities:
            word = e["text"]
            if (
                e["label"] not in ("ORG", "GPE", "LOC", "NORP")
                or " " in word
                or not (word.istitle() and word.isalpha() and len(word) > 3)
                or not unknown_word(word)
                or gazetteer_place(word)
                or word in self.acronyms
            ):
                continue
            i = bisect_left(self.tok_starts, e["start"])
            tok = self.doc[i] if i < len(self.doc) else None
            if tok is None or not speaks(tok) or self.in_quote(tok.idx):
                continue
            self._note_person(tok, {**e, "label": "PERSON"})
            added = True
        # "..." Dastrup said. // "...," she said': the same, for one word the model left untagged
        tagged = {e["start"] for e in self.entities}
        # (not a word of a name the article tags elsewhere: a surname or nickname is that person's)
        in_names = {w.strip("\"“”‘’'") for e in self.entities if e["label"] == "PERSON" for w in e["text"].split()}
        for i in numpy.flatnonzero(self.doc.to_array("DEP") == _NSUBJ)[:2000].tolist():
            tok = self.doc[i]
            word = tok.text
            if (
                tok.tag_ in ("NNP", "NN")  # an unknown capitalised word opening a sentence: often a noun; no plural
                and tok.ent_iob_ == "O"
                and tok.idx not in tagged
                and word not in in_names
                and word.istitle()
                and word.isalpha()
                and len(word) > 3
                and speaks(tok)
                and not any(c.dep_ in ("compound", "det", "amod") for c in tok.children)
                and unknown_word(word)
                and not gazetteer_place(word)
                and not self.in_quote(tok.idx)
            ):
                person: Entity = {
                    "text": word,
                    "label": "PERSON",
                    "start": tok.idx,
                    "end": tok.idx + len(word),
                    "canonical": word,
                }
                self._note_person(tok, person)
                added = True
        if added:
            self.persons.sort(key=lambda p: p[0])

    # -- indexes -------------------------------------------------------------------------------------------
    def _head_token(self, e: Entity, tok_starts: list[int]) -> Token | None:
        i = bisect_right(tok_starts, e["end"] - 1) - 1
        return self.doc[i] if i >= 0 else None

    def _roles_of(self, e: Entity, tok_starts: list[int]) -> list[str]:
        """The titles and roles the article gives a person: role words before the name, the common noun
        nearest before it ("archbishop Monsenor Jorge Eduardo Scheinig"), a title inside the mention, a title "of"
        a place before it ("Governor of Jakarta Sudarmanto"), and the head of an apposition ("Scheinig, the
        archbishop of Buenos Aires")."""
        doc = self.doc
        out: list[str] = []
        first = e["text"].split(None, 1)[0].lower().rstrip(".")
        if first in _TITLE_WORDS and first.isalpha():  # "Archbishop Jorge Eduardo Scheinig"
            out.append(first)
        i = bisect_left(tok_starts, e["start"]) - 1
        if first in ("dr", "doctor") or (i >= 0 and doc[i].lower_.rstrip(".") == "dr" and doc[i].is_title):
            out.append("doctor")  # "said Dr. John Wood ... The doctor says": a doctorate names a later "the doctor"
        comma = i
        while comma > i - 3 and comma >= 0 and doc[comma].is_title and doc[comma].lower_.rstrip(".") in TITLE_WORDS:
            comma -= 1  # "commissioner for information, Malam Muhammad Garba": the set-off comma before an honorific
        set_off = _role_of_place_before(doc, comma)
        if set_off is not None:  # "Ambassador of Côte d’Ivoire, Maes Ennio said": a later "the ambassador"
            out.append(set_off)
        for words in set_off_titles(
            doc, comma, bisect_left(tok_starts, e["end"])
        ):  # "Prime Minister and Leader of the BLP, Ann Roe": "the party leader"
            out.extend(t.lower_ for t in words if t.lower_ in ROLE_WORDS)
        steps = 0
        nearest_noun = True
        named = i + 1
        while i >= 0 and steps < 5:  # "Iraqi government spokesperson Bassem Al-Awadi"
            t = doc[i]
            if (
                t.lower_ == "of"
                and i > 0
                and doc[i - 1].lower_ in ROLE_WORDS
                and 0 < steps <= 3
                and gazetteer_place(doc[i + 1 : i + 1 + steps].text)
            ):
                out.append(doc[i - 1].lower_)  # "Governor of Jakarta Ann Roe": a later "the governor"
                break
            if (
                t.lower_ in ("of", "for")
                and i > 0
                and doc[i - 1].lower_ in ROLE_WORDS
                and steps > 0
                and all(w.is_title or w.lower_ in ("and", "&", "the") for w in doc[i + 1 : named])
            ):
                out.append(doc[i - 1].lower_)  # "Minister of Information and Broadcasting Ann Roe": "the minister"
                break
            if (
                t.lower_ == "the"
                and steps > 0
                and i > 1
                and doc[i - 1].lower_ in ("of", "for")
                and doc[i - 2].lower_ in ROLE_WORDS
            ):
                i -= 1  # "the spokesman of the Ogun State Police Command Ann Roe": "the spokesman"
                continue
            if t.text == ")" and i >= 3 and doc[i - 2].text == "(" and doc[i - 1].is_upper:
                i -= 3  # "Prime Minister and Awami League (AL) President Ann Roe": a body's initials in brackets
                continue
            if steps == 0 and t.pos_ in ("VERB", "AUX") and t.is_lower and t.lower_ in ROLE_WORDS:
                out.append(t.lower_)  # "Bafana Bafana coach Hugo Broos" with "coach" parsed a verb
                break
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON"):
                break
            if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "co":
                break  # "his co-defendant Mark Jones": a fellow of the one the role names, not "the defendant"
            if t.lower_ in ROLE_WORDS or (
                nearest_noun and (title_noun(t) or _capitalised_title(t) or (t.is_upper and t.lower_ in _TITLE_WORDS))
            ):  # "CM Biren Sangma": an office in capitals
                out.append(t.lower_)
            if t.pos_ != "PROPN":  # only a noun right before the name, honorifics between ("archbishop Monsenor")
                nearest_noun = False
            i -= 1
            steps += 1
        j = bisect_left(tok_starts, e["end"])
        name_head = self._head_token(e, tok_starts)
        # "According to Ann Roe, the judge lost his temper": the comma ends the source, a new clause begins
        after_according = (
            name_head is not None and name_head.dep_ == "pobj" and name_head.head.head.lower_ == "according"
        )
        if j < len(doc) and doc[j].text == "," and not after_according:  # "Bassem Al-Awadi, the spokesperson,"
            k = j + 1
            while k < len(doc) and k < j + 8 and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
                t = doc[k]
                appos = t.dep_ == "appos" and title_noun(t) and e["start"] <= t.head.idx < e["end"]
                if t.dep_ in SUBJECT_DEPS and name_head is not None and _in_clause_before(name_head, t.head):
                    break  # "Taking a potshot at Ann Roe, the Chief Minister said": the subject of the main clause
                if t.lower_ in ROLE_WORDS or appos:
                    out.append(t.lower_)
                k += 1
        elif j + 1 < len(doc) and doc[j].lower_ == "the" and doc[j + 1].is_title:
            # "Mahamudu Bawumia the Vice President has ...": a capitalised title set off by "the" alone
            k = j + 1
            while k < len(doc) and k < j + 5 and doc[k].is_title and doc[k].is_alpha:
                if doc[k].lower_ in ROLE_WORDS:
                    out.append(doc[k].lower_)
                k += 1
        head = self._head_token(e, tok_starts)
        before = bisect_left(tok_starts, e["start"]) - 1
        while before > 0 and doc[before].lower_.rstrip(".") in _APPOSITION_HONORIFICS:
            before -= 1  # "Electricity Minister, Dr Kgosientsho Ramokgopa, says"
        if head is not None and head.dep_ == "appos" and before >= 0 and doc[before].text == ",":
            # "The Prime Minister of Australia, John Howard, was asked": a later "the Prime Minister"; the parse
            # may hang the name on the place ("the president of Chile, Ann Roe") or the body ("the spokesperson for
            # the command, Ann Roe")
            title = head.head
            if title.dep_ == "pobj" and title.head.lower_ in ("of", "for") and title.i < head.i:
                title = title.head.head
            if title.i < head.i and one_person_role(title):
                out.append(title.lower_)
        elif (
            head is not None
            and before >= 2
            and doc[before].text == ","
            and doc[before - 2].lower_ == "the"
            and doc[before - 1].lower_ in ROLE_WORDS
            and j < len(doc)
            and doc[j].text == "."
        ):
            # "..., according to the mayor, Ann Roe.": the name closing the sentence after a role set off by a
            # comma, which the parse may hang on nothing
            out.append(doc[before - 1].lower_)
        role = role_named_as(head) if head is not None else None
        if role is not None:  # "Police identified the suspect as Darren Kell"
            out.append(role)
        return out

    def introduced_last(self, lo: int, hi: int) -> Entity | None:
        """The person the text ``[lo, hi)`` (a sentence) names for the first time as its last words ("His call is
        supported by his colleague, Councillor Ann Roe."), outside quotations."""
        text = doc_text(self.doc)
        i = bisect_left(self.starts, hi) - 1
        while i >= 0 and self.entities[i]["start"] >= lo:
            e = self.entities[i]
            if text[e["end"] : hi].strip(" \n.:;)") or self.in_quote(e["start"]):
                return None  # words after the last entity: no name closes the sentence
            if e["label"] == "PERSON":
                first = self.person_mentions.get(e["canonical"], [e["start"]])[0]
                return e if first >= lo and self._actor(e) else None
            i -= 1
        return None

    def _actor(self, e: Entity) -> bool:
        """Does the sentence make the person the one who acts: its subject, or a passive's agent ("supported by
        his colleague, Ann Roe"), not an object ("after meeting Ann Roe") or a place ("in Arandis")?"""
        tok = self._head_token(e, self.tok_starts)
        for _ in range(3):
            if tok is None or tok.dep_ != "appos":
                break
            tok = tok.head
        return tok is not None and (
            tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
        )

    def is_person(self, pos: int) -> bool:
        e = self.entity_at(pos)
        return e is not None and e["label"] == "PERSON"

    def entity_at(self, pos: int) -> Entity | None:
        i = bisect_right(self.starts, pos) - 1
        # entities do not nest much; look back a few for one that covers pos
        for k in range(i, max(i - 3, -1), -1):
            e = self.entities[k]
            if e["start"] <= pos < e["end"]:
                return e
        return None

    # -- building speakers ------------------------------------------------------------------------------------
    def from_entity(self, e: Entity, mention: Span) -> Speaker:
        full = self.full_mention.get((e["label"], e["canonical"]))
        country = e.get("country") or (full.get("country") if full else None)
        expanded = self.expansions.get(e["canonical"]) if e["label"] != "PERSON" else None
        if expanded is not None:  # "TfL" -> "Transport for London", as the article spells it out
            name, start, end = expanded
            return {
                "name": name,
                "label": e["label"],
                "start": start,
                "end": end,
                "mention": mention,
                "country": country,
            }
        if e["label"] == "ORG" and full is not None:
            spelled = self._spelled_from(full)
            if spelled is not None:  # "National Socialist Council" of "National Socialist Council of Nagalim (NSCN)"
                return {**self.from_entity(spelled, mention), "start": full["start"], "end": spelled["end"]}
        parent = self.parents.get(e["canonical"]) if e["label"] == "ORG" else None
        if e["label"] == "ORG" and parent is None and full is not None:
            parent = (
                self._of_place(full) or self._and_place(full["canonical"], full["end"]) or self._place_possessive(full)
            )
        # titles come off a person's name, not an organisation's ("Garda Síochána", "Prime Minister's Office")
        name = parent or (clean_name(e["canonical"]) if e["label"] == "PERSON" else e["canonical"])
        first, _, rest = name.partition(" ")
        if e["label"] == "ORG" and parent is None and rest and first in self.expansions:
            name = f"{self.expansions[first][0]} {rest}"  # "NSW Police", after "New South Wales (NSW)"
        if e["label"] == "GPE" and abbreviation(name):
            name = country_full_names().get(name.lower(), name)  # "The U.S. decided": "United States"
        return {
            "name": name,
            "label": e["label"],
            "start": full["start"] if full else None,
            "end": full["end"] if full else None,
            "mention": mention,
            "country": country,
        }

    def _of_place(self, e: Entity) -> str | None:
        """ "the Supreme Court of Puerto Rico", the model stopping the name before "of": an institution's name
        followed by "of" and a place the article names is one name."""
        words = e["canonical"].split()
        if not words or words[-1].lower() not in ORG_NAME_ENDS:
            return None
        text = doc_text(self.doc)
        m = _OF_THE.match(text, e["end"])
        if m is None:
            return None
        place = self.entity_at(m.end())
        # the place's entity may hold the "the" of "the United Kingdom"
        starts = (m.end(), m.end() - 4) if m.group().endswith("the ") else (m.end(),)
        if place is None or place["start"] not in starts or place["label"] not in ("GPE", "LOC"):
            return None
        name = f"{e['canonical']}{text[e['end'] : place['end']]}"  # "Supreme Court of the United Kingdom"
        return self._and_place(name, place["end"]) or name

    def _spelled_from(self, e: Entity) -> Entity | None:
        """The longer name an acronym in parentheses spells out from where the organisation's name starts, the
        model having cut the name before its "of ..." ("National Socialist Council of Nagalim (NSCN)")."""
        for name, start, end in self.expansions.values():
            lead = len(e["text"]) - len(e["canonical"])  # "The National ...": the name after its "The"
            if start == e["start"] + lead and end > e["end"] and name[len(e["canonical"]) :].startswith(" of "):
                return {"text": name, "label": "ORG", "start": start, "end": end, "canonical": name}
        return None

    def _place_possessive(self, e: Entity) -> str | None:
        """ "Lebanon's health ministry said": a body named only with common nouns ("health ministry") after a
        country's or place's possessive is that place's body; the possessive is part of its name."""
        if not e["canonical"][:1].islower() or e["text"] != e["canonical"]:
            return None
        text = doc_text(self.doc)
        if text[e["start"] - 3 : e["start"]] not in ("'s ", "’s "):
            return None
        place = self.entity_at(e["start"] - 4)
        if place is None or place["end"] != e["start"] - 3 or place["label"] != "GPE":
            return None
        return text[place["start"] : e["end"]]

    def _and_place(self, name: str, end: int) -> str | None:
        """ "the High Court of England and Wales", the model stopping the name before "and": a second place right
        after the "of <place>" that ends an organisation's name (ending at ``end``) belongs to the name."""
        if " of " not in name:
            return None
        text = doc_text(self.doc)
        if text[end : end + 5] != " and ":
            return None
        place = self.entity_at(end + 5)
        if place is None or place["start"] != end + 5:
            return None
        second = text[place["start"] : place["end"]]
        if place["label"] not in ("GPE", "LOC") and not (place["label"] == "ORG" and gazetteer_place(second)):
            return None  # ("Wales" may be tagged an organisation there)
        return f"{name} and {second}"

    def record(self, pos: int, speaker: Speaker) -> None:
        if not self.events or self.events[-1][0] <= pos:
            self.events.append((pos, speaker))

    def last_event(self, pos: int) -> tuple[int, Speaker] | None:
        i = bisect_right(self.events, pos, key=lambda ev: ev[0]) - 1
        return self.events[i] if i >= 0 else None

    def _introduced_unnamed(self, tok: Token) -> bool:
        """Did the article bring in an unnamed person with that noun before ("a driver ... the driver said")?"""
        if self._introductions is None:  # one pass over the article, on first use
            self._introductions = {}
            for t in self.doc:
                if t.pos_ == "NOUN" and indefinite(t) and not self.in_quote(t.idx):
                    self._introductions.setdefault(t.lower_, t.i)  # (the pipeline runs no lemmatizer)
        first = self._introductions.get(tok.lower_)
        return first is not None and first < tok.i

    def _earlier_mentions(self, tok: Token, reach: int) -> Iterator[Token]:
        """The same word before ``tok``, outside quotations, nearest first, at most ``reach`` tokens back."""
        for k in range(tok.i - 1, max(-1, tok.i - reach), -1):
            t = self.doc[k]
            if t.lower_ == tok.lower_ and not self.in_quote(t.idx):
                yield t

    def _subject_org_before(self, tok: Token, reach: int = 600, any_article: bool = False) -> Entity | None:
        """ "Hasbro hosted a panel ... the company noted": for a bare "the company", the organisation that was
        the subject (or owner: "Hasbro's") of a sentence in the few before (``reach`` characters), the nearest
        first; with ``any_article``, for "a spokesman" too."""
        if not definite(tok) and not any_article:
            return None
        i = bisect_left(self.starts, tok.idx)
        for e in reversed(self.entities[max(0, i - 12 * reach // 600) : i]):
            if tok.idx - e["end"] > reach:
                break
            if e["label"] != "ORG" or self.in_quote(e["start"]):
                continue
            head = self._head_token(e, self.tok_starts)
            for _ in range(4):  # "The UN High Commissioner for Refugees (UNHCR) has said": inside the subject
                if head is None or head.dep_ not in ("compound", "appos", "pobj", "prep") or head.head.i == head.i:
                    break
                head = head.head
            if head is not None and head.dep_ in ("oprd", "dobj", "attr") and head.head.lower_ in NAMING_PARTICIPLES:
                head = head.head.head  # "A group calling itself the Northern Brigades has claimed": the subject
            if head is not None and head.dep_ in ("nsubj", "nsubjpass", "poss"):
                if head.head.lower_ in REPORT_VERB_FORMS["report"] and tok.lower_ not in PUBLIC_BODY_NOUNS:
                    # "..., Reuters reported": the news agency, not the company; but "..., the Transit Fund
                    # reported. // The agency explained": the body that reported
                    continue
                return e
        return None

    def _organiser(self, tok: Token) -> Entity | None:
        """ "The event, run by Ardmore Trust and a bank, ... The organisers said": the first organisation the
        article says ran, organised or hosted something, before the definite "the organisers"."""
        if tok.lower_ not in _ORGANISER_NOUNS or not definite(tok):
            return None
        for e in self.entities[: bisect_left(self.starts, tok.idx)]:
            if e["label"] != "ORG" or self.in_quote(e["start"]):
                continue
            head = self._head_token(e, self.tok_starts)
            for _ in range(3):  # "run by X (X) Scotland and investment firm Y": the parse may hang X on Y
                if head is None or head.dep_ not in ("nmod", "conj", "compound", "appos"):
                    break
                head = head.head
            by = head.head if head is not None and head.dep_ == "pobj" else None
            if by is not None and by.lower_ == "by" and by.dep_ == "agent" and by.head.lower_ in _ORGANISING_VERBS:
                return e
        return None

    def _fuller_untagged(self, word: str) -> str | None:
        """ "Princess Amara" -> "Amara Velloso": the one longer name, of proper nouns the model left untagged,
        that the article gives with that word (titles not included), looked up in the token array once."""
        if word in self._fuller:
            return self._fuller[word]
        doc = self.doc
        names: set[str] = set()
        for i in numpy.flatnonzero(lower_ids(doc) == get_string_id(word.lower()))[:50].tolist():
            lo, hi = i, i
            while lo > 0 and i - lo < 2 and untagged_name_word(doc[lo - 1]):
                lo -= 1
            while hi + 1 < len(doc) and hi - lo < 2 and untagged_name_word(doc[hi + 1]):
                hi += 1
            if hi > lo and not self.in_quote(doc[i].idx):
                names.add(" ".join(t.text for t in doc[lo : hi + 1]))
        self._fuller[word] = names.pop() if len(names) == 1 else None
        return self._fuller[word]

    def _untagged_person(self, role: Token) -> Entity | None:
        """A name the model left untagged a few words after a role noun, titles and "and" between: a known given
        name and the capitalised words after it ("co-author and Research Fellow Martin How")."""
        doc = role.doc
        for child in doc[role.i + 1 : min(role.i + 10, len(doc))]:
            if not (child.is_title or child.lower_ == "and") or child.pos_ in ("VERB", "AUX"):
                return None
            if child.lower_ not in given_names() or child.ent_type_:
                continue
            hi = child.i
            while hi + 1 < len(doc) and hi - child.i < 2 and doc[hi + 1].is_title and not doc[hi + 1].ent_type_:
                hi += 1
            if hi > child.i and not self.in_quote(child.idx):
                start, end = child.idx, doc[hi].idx + len(doc[hi].text)
                name = doc_text(doc)[start:end]
                return {"text": name, "label": "PERSON", "start": start, "end": end, "canonical": name}
        return None

    def persons_between(self, lo: int, hi: int) -> list[Entity]:
        """The person entities that start in the text ``[lo, hi)``, in order (quotations included)."""
        out: list[Entity] = []
        k = bisect_left(self.starts, lo)
        while k < len(self.entities) and self.entities[k]["start"] < hi:
            if self.entities[k]["label"] == "PERSON":
                out.append(self.entities[k])
            k += 1
        return out

    def _persons_in(self, subj: Token) -> list[Entity]:
        """The distinct persons named in a subject phrase (at most 40 tokens), in order; a person-shaped name
        tagged as an organisation counts ("Nikos Papas" in a list of ministers)."""
        lo, hi = subj.left_edge.idx, subj.right_edge.idx
        if subj.right_edge.i - subj.left_edge.i > 40:
            return []
        i = bisect_left(self.starts, lo)
        out: list[Entity] = []
        seen: set[str] = set()
        while i < len(self.entities) and self.entities[i]["start"] <= hi:
            e = self.entities[i]
            i += 1
            person = e["label"] == "PERSON" or (e["label"] == "ORG" and person_shaped(e["canonical"]))
            if person and e["canonical"] not in seen and not self.in_quote(e["start"]):
                seen.add(e["canonical"])
                out.append(e)
        return out

    def document(self, tok: Token) -> Speaker:
        """The document itself as the source ("the study")."""
        phrase = noun_phrase(tok)
        return unnamed_speaker(phrase["text"], phrase)

    def _plural_subject_before(self, tok: Token) -> Token | None:
        """The plural noun for people that is the subject of the sentence before ``tok``'s, in its paragraph
        ("Chávez supporters were not silent"): the group a bare "one" picks from."""
        doc = tok.doc
        start = sentence_start(doc, tok.i)
        lo = sentence_start(doc, start - 1) if start > 0 else start
        if not _same_paragraph(doc[lo], tok):
            lo = start  # the same sentence only: 'Supporters were not silent: "...," said one'
        for t in doc[lo : tok.i]:
            if (
                t.dep_ == "nsubj"
                and t.tag_ == "NNS"
                and t.i < tok.i
                and not self.in_quote(t.idx)
                and (people_noun(t) or plausible_source(t))
            ):
                return t
        return None

    def _unnamed_one(self, tok: Token, pobj: Token) -> Speaker:
        """ "One of the victims": the phrase up to the group it picks from, a person a later "she" may mean."""
        end = pobj.idx + len(pobj.text)
        phrase = char_span(self.doc, tok.idx, end)
        sp = unnamed_speaker(phrase["text"], phrase)
        self._personlike.add(id(sp))
        return sp

    def _unnamed_subject_before(self, pos: int) -> Token | None:
        """The subject of the main clause of the sentence before ``pos``, in the same paragraph, when it is an
        unnamed person ("One of the victims decided ...", "A nurse at the clinic ...")."""
        ti = bisect_right(self.tok_starts, pos) - 1
        s = bisect_right(self.sent_starts, ti) - 1
        text = doc_text(self.doc)
        par = text.rfind("\n", 0, pos)
        before = text[: max(par, 0)].rstrip()
        first = len(text) - len(text[par + 1 :].lstrip())  # where this paragraph's text starts
        if par >= 0 and before.endswith(":") and self.doc[self.sent_starts[s]].idx <= first:
            # the first sentence of a paragraph that one ending "came to the point:" announces: that sentence
            colon = bisect_right(self.tok_starts, len(before) - 1) - 1
            lo, hi = self.sent_starts[bisect_right(self.sent_starts, colon) - 1], colon + 1
            announced = True  # the parse may join the two into one sentence, the quotation's cue its root
        else:
            # the sentence before, past those of the quotation the pronoun attributes ('"People are safe. That
            # is all," she said': not "People are safe.")
            for _ in range(3):
                if s < 2 or not self.in_quote(self.doc[self.sent_starts[s - 1]].idx + 1):
                    break
                s -= 1
            if s < 1 or text.find("\n", self.doc[self.sent_starts[s - 1]].idx, pos) >= 0:
                return None  # another paragraph
            lo, hi = self.sent_starts[s - 1], self.sent_starts[s]
            announced = False
        for t in self.doc[lo : min(hi, lo + 60)]:
            main = t.head.dep_ == "ROOT" or (t.head.dep_ == "aux" and t.head.head.dep_ == "ROOT")  # "The boy had"
            main = main or (announced and t.head.i < hi and t.head.dep_ in ("ccomp", "parataxis"))
            if t.dep_ not in ("nsubj", "nsubjpass") or not main or self.in_quote(t.idx):
                continue
            e = self.entity_at(t.idx)
            if e is not None and e["label"] in SPEAKER_LABELS:
                return None
            if t.lower_ in SINGLE_QUANTIFIERS:
                group = next((g for c in kids(t) if c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"), None)
                return t if group is not None and people_noun(group) else None
            if t.tag_ == "NN" and indefinite(t) and people_noun(t):
                return t
            # "The mayor said late on Tuesday that ... "...," she said": a role the article gave a named person
            if t.tag_ == "NN" and definite(t) and t.lower_ in ROLE_WORDS and self._named_role(t.lower_, t.idx, t):
                return t
            # "The boy had taunted the girl ... He had told her": a definite man or boy never named
            # "An army colonel joined ... The colonel got to the point": one the article brought in unnamed
            gendered = t.lower_ in MALE_NOUNS | FEMALE_NOUNS or t.lower_.endswith(("boy", "girl"))
            unnamed = gendered or (people_noun(t) and self._introduced_unnamed(t))
            return (
                t
                if t.tag_ == "NN" and unnamed and definite(t) and not any(c.dep_ == "appos" for c in kids(t))
                else None
            )
        return None

    def _named_group(self, tok: Token) -> str | None:
        """ "the family" -> "Imus family": the same noun with a name before it elsewhere in the article (quotes
        included: a name is a name), the latest before, else the first after."""
        low = tok.lower_
        found = self._groups.get(low)
        if found is None:
            found = []
            for t in self.doc:
                if t.lower_ != low or t.pos_ != "NOUN":
                    continue
                names = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1]
                if names:
                    found.append((t.i, f"{doc_text(self.doc)[names[0].left_edge.idx : t.idx]}{t.text}"))
            self._groups[low] = found
        i = bisect_left(found, tok.i, key=lambda m: m[0])
        if i > 0:
            return found[i - 1][1]
        # none before: the first after, in the same paragraph (the quotation itself may name the family)
        if i < len(found) and self.paragraph_of(self.doc[found[i][0]].idx) == self.paragraph_of(tok.idx):
            return found[i][1]
        return None

    def _national(self, tok: Token, low: str) -> str:
        """Whose "the government" it is: the one the article named so earlier ("the government of Burundi",
        "the German government"); else the nationality of the sentence or the one before ("... the Samoan
        capital. The government said"); else the article's main nationality ("Samoan government")."""
        named = self._national_mentions(low)
        i = bisect_left(named, tok.i, key=lambda m: m[0]) - 1
        if i >= 0:
            return named[i][1]
        # the quote's sentence and the one before, inside a bounded window of tokens
        lo, hi = max(0, tok.i - 80), min(len(self.doc), tok.i + 40)
        bounds = [k for k in range(lo + 1, hi) if self.doc[k].is_sent_start] + [hi]
        own = bisect_right(bounds, tok.i) - 1  # bounds[own] <= tok.i < bounds[own + 1]; -1: before the first
        cut = [lo, *bounds]
        spans = [self.doc[cut[own + 1] : cut[own + 2]]]
        if own >= 0:
            spans.append(self.doc[cut[own] : cut[own + 1]])
        for sp in spans:
            near = [
                t
                for t in sp
                if t.ent_type_ == "NORP" and t.ent_iob_ == "B" and demonym_word(t.text) and not self.in_quote(t.idx)
            ]
            if near:
                return f"{min(near, key=lambda t: abs(t.i - tok.i)).text} {low}"
        demonym = self.main_demonym()
        return f"{demonym} {low}" if demonym is not None else noun_phrase(tok)["text"]

    def _national_mentions(self, low: str) -> list[tuple[int, str]]:
        """Token index and name of each explicit national "government of X" / "X government", in order."""
        found = self._nationals.get(low)
        if found is None:
            found = []
            for t in self.doc:
                if t.lower_ != low or t.pos_ != "NOUN" or self.in_quote(t.idx):
                    continue
                left = [c for c in t.lefts if c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound")]
                of = [
                    g
                    for c in t.rights
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj" and self._place(g)
                ]
                if left and len(left) == 1 and t.i - left[0].i == 1:
                    found.append((t.i, f"{left[0].text} {low}"))
                elif of:
                    found.append(
                        (t.i, f"{low} of {doc_text(self.doc)[of[0].left_edge.idx : of[0].idx + len(of[0].text)]}")
                    )
            self._nationals[low] = found
        return found

    def _place(self, t: Token) -> bool:
        e = self.entity_at(t.idx)
        return (e["label"] == "GPE") if e is not None else t.ent_type_ == "GPE"

    def main_demonym(self) -> str | None:
        """The nationality adjective the article uses most ("Samoan"): whose government "the government" is."""
        if self._demonym is None:
            counts: dict[str, int] = {}
            for e in self.entities:
                name = e["canonical"]
                if e["label"] == "NORP" and " " not in name and not name.endswith("s") and name[:1].isupper():
                    counts[name] = counts.get(name, 0) + 1
                elif e["label"] == "ORG" and " " in name and name.split()[0] in country_demonyms():
                    first = name.split()[0]  # "Australian Federal Parliament": an Australian body
                    counts[first] = counts.get(first, 0) + 1
            self._demonym = max(counts, key=lambda n: counts[n]) if counts else ""
        return self._demonym or None

    def _authors(self, tok: Token) -> Iterator[Token]:
        """ "the request" -> the subject of the latest verb of the same stem before it ("X requested"), or of
        the verb that introduced the same document earlier ("X released a statement ... read the statement")."""
        stem = tok.lower_[:5]
        # the same document named before: only for "the statement", "that letter"
        low = tok.lower_ if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.lefts) else ""
        # "In further statements, the office said ... '...,' one statement noted": one of the documents named
        picked = tok.lower_ in ISSUED_DOCUMENTS and any(
            (c.dep_ == "nummod" and c.lower_ == "one") or (c.dep_ == "det" and c.lower_ == "another") for c in tok.lefts
        )
        low = tok.lower_ if picked else low
        plural = tok.lower_ + "s" if picked else low
        # ("Police issued a response ... // '...,' a statement said": what they issued, whichever its article)
        issued = tok.lower_ in ISSUED_DOCUMENTS and indefinite(tok)
        lo = max(0, tok.i - 300)
        for k in range(tok.i - 1, lo - 1, -1):
            t = self.doc[k]
            if self.in_quote(t.idx):
                continue
            if len(stem) >= 4 and t.pos_ == "VERB" and t.lower_.startswith(stem):
                for child in kids(t):
                    if child.dep_ in SUBJECT_DEPS:
                        yield child
                        break
                continue  # "Reported cases": a participle with no subject names no author
            if (
                (low or issued)
                and t.pos_ == "VERB"
                and t.lower_ in ISSUING_VERBS
                and any(c.dep_ == "dobj" and c.lower_ in ISSUED_ACTS | DOCUMENT_NOUNS for c in kids(t))
            ):
                # "The Board issued an apology Wednesday ... 'We are sorry,' the letter states": what it issued
                # (the subject nearest the verb: the parse makes a dateline, "SALT LAKE CITY —", another one)
                subjects = [c for c in kids(t) if c.dep_ == "nsubj" and c.i < t.i and not self.in_quote(c.idx)]
                if subjects:
                    yield subjects[-1]
                    continue
            # the same document, or another name for it ("The study was conducted by X ... reads the report")
            if (
                low
                and t.i != tok.i
                and (
                    t.lower_ in (low, plural)
                    or (low in ISSUED_DOCUMENTS and t.lower_ in ISSUED_DOCUMENTS - ACT_DOCUMENTS)
                )
                and t.pos_ == "NOUN"
            ):
                poss = next((c for c in kids(t) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
                if poss is None:  # "The orange warning issued by Met Eireann applied ... read the warning"
                    poss = published_by(t, self.in_quote)
                if poss is None:  # "A statement by the organisers said ... The statement added"
                    by = next((c for c in kids(t) if c.dep_ == "prep" and c.lower_ == "by"), None)
                    poss = next((c for c in kids(by) if c.dep_ == "pobj"), None) if by is not None else None
                if poss is None:  # "the appeals court decision said ... the decision said": its issuer's noun
                    poss = next(
                        (
                            c
                            for c in kids(t)
                            if c.dep_ == "compound"
                            and (c.pos_ == "PROPN" or c.lower_ in _ISSUER_NOUNS)  # (not "a media release")
                            and plausible_source(c)
                        ),
                        None,
                    )
                if poss is not None:
                    yield poss
                    continue
                verb = t.head
                for _ in range(
                    3 if t.dep_ == "pobj" else 0
                ):  # "shared X along with some comments": up the prepositions
                    if verb.pos_ != "ADP" or verb.head.i == verb.i:
                        break
                    verb = verb.head
                if (
                    t.dep_ == "pobj"
                    and t.head.lower_ == "in"
                    and verb.dep_ in SUBJECT_DEPS
                    and verb.head.lower_ in REPORT_VERBS
                    and not self.in_quote(verb.idx)
                ):
                    yield verb  # "The police in a statement said": the parse hung the document on its author
                    continue
                if (
                    (t.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB")
                    or (t.dep_ == "pobj" and verb.pos_ == "VERB" and verb.i < t.i)
                    # "In the letter, X said": who said it in the document wrote it
                    or (t.dep_ == "pobj" and t.head.lower_ == "in" and verb.lower_ in REPORT_VERBS)
                ):
                    for child in kids(verb):
                        if child.dep_ in ("nsubj", "agent") and not self.in_quote(child.idx):
                            if child.dep_ == "agent":
                                pobj = next((g for g in kids(child) if g.dep_ == "pobj"), None)
                                if pobj is not None:
                                    yield pobj
                            else:
                                yield child
                            break

    def _person_in_focus(self) -> Entity | None:
        """The person the article names most often outside quotations, at least twice (on a tie, the one named
        first: the lede's)."""
        if self._focus is None:
            counts: dict[str, int] = {}
            first: dict[str, Entity] = {}
            for start, e, _, _ in self.persons:
                if not self.in_quote(start):
                    counts[e["canonical"]] = counts.get(e["canonical"], 0) + 1
                    first.setdefault(e["canonical"], e)
            best = max(counts, key=lambda n: (counts[n], -first[n]["start"]), default=None)
            self._focus = (first[best],) if best is not None and counts[best] >= 2 else ()
        return self._focus[0] if self._focus else None

    def _main_source(self, pos: int) -> Entity | None:
        """The person or organisation named most often before ``pos`` (the earliest on a tie): who issued a
        document the article names without its author."""
        i = bisect_left(self.starts, pos)
        counts: dict[str, int] = {}
        first: dict[str, Entity] = {}
        for e in self.entities[max(0, i - 200) : i]:
            if e["label"] in ("PERSON", "ORG") and not self.in_quote(e["start"]):
                name = e["canonical"]
                counts[name] = counts.get(name, 0) + 1
                first.setdefault(name, e)
        if not counts:
            return None
        best = max(counts, key=lambda n: (counts[n], -first[n]["start"]))
        return first[best]

    def _person_by_initials(self, letters: str) -> Entity | None:
        """ "KTR" after "KT Rama Rao", "AMLO" after "Andrés Manuel López Obrador": the one person named in full
        whose initials (each letter of a name word in capitals) the word spells, all of them or all but middle ones."""
        if not letters.isalpha() or len(letters) < 3:
            return None
        found: Entity | None = None
        for _, e, _, _ in self.persons:
            words = e["canonical"].split()
            if len(words) < 2:
                continue
            initials = "".join(w if w.isupper() and w.isalpha() and len(w) <= 3 else w[:1] for w in words)
            if initials == letters or (
                initials[:1] == letters[:1] and initials[-1:] == letters[-1:] and _subsequence(letters, initials)
            ):
                if found is not None and found["canonical"] != e["canonical"]:
                    return None  # two people fit: neither
                found = e
        return found

    def _by_name(self, text: str, pos: int | None = None) -> Entity | None:
        """A bare surname or acronym the NER missed or mislabelled: the person or organisation it names. Two
        people of the same surname ("Tony Mendez", "Jonna Mendez"): not one introduced as another's relative ("his
        wife Jonna Mendez"), then the one mentioned last before ``pos``."""
        words = text.split()
        while len(words) > 1 and _leading_title(words[0]):
            words.pop(0)  # "Mayor de Blasio", "Miss Dunwoody"
        if not words or len(words) > 3:
            return None
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
            return self.acronyms.get(words[0]) or self._person_by_initials(words[0])
        cands = self.surnames.get(words[-1].lower()) or self.name_like.get(words[-1].lower())
        if not cands and len(words) == 1 and len(self.given.get(words[0].lower(), ())) == 1:
            # "Pritam also refuted ...", after "Pritam Singh": the one person named in full with that given name
            return next(iter(self.given[words[0].lower()].values()))
        if not cands:
            return self._spelling_variant(words[0]) if len(words) == 1 else None
        low = {w.lower() for w in words}
        fits = [  # "Bolden, Jr."; "Sisi" of "El-Sisi"
            p
            for p in cands
            if low
            <= set(p["canonical"].lower().replace(",", " ").split())
            | {part for w in name_words(p["canonical"]) for part in (w, *w.split("-"))}  # "Lewis" of "Hill-Lewis"
        ]
        if not fits:
            return None
        fits = [p for p in fits if p["canonical"] not in self.relatives] or fits  # not "his wife Ines Roe"
        if pos is not None and len({p["canonical"] for p in fits}) > 1:
            return max(fits, key=lambda p: (self._last_mention(p["canonical"], pos), len(p["canonical"])))
        return max(fits, key=lambda p: len(p["canonical"]))

    def _spelling_variant(self, word: str) -> Entity | None:
        """ "Kassim" after "Mira Kassem", "Elbardei" after "Mohamed ElBaradei": a bare name of five letters or more
        that is one letter off (changed, missing or added; two changed in a long name) the surname of exactly one
        person named in full (a typo or another transliteration)."""
        low = word.lower()
        # (a capital inside the name too: "McLafferty" for "McClafferty")
        if len(low) < 5 or not (word[:1].isupper() and word[1:2].islower() and not word.isupper()):
            return None
        if low not in self._variants:
            found = {
                p["canonical"]: p
                for key, people in self.surnames.items()
                if key[0] == low[0] and _letters_off(key, low)
                for p in people
            }
            self._variants[low] = next(iter(found.values())) if len(found) == 1 else None
        return self._variants[low]

    def _usual_spelling(self, e: Entity) -> Entity:
        """ "Priya Ragunathan" in an article that names "Priya Raghunathan" more often: a full name whose surname
        is one letter off that of a person with the same given name, mentioned more, is a misspelling of it."""
        name = e["canonical"]
        if name not in self._usual:
            words = name.split()
            mine = len(self.person_mentions.get(name, ()))
            found = [
                other
                for other, starts in self.person_mentions.items()
                if len(starts) > mine
                and len(other.split()) == len(words)
                and other.split()[:-1] == words[:-1]
                and _letters_off(other.split()[-1].lower(), words[-1].lower())
            ]
            self._usual[name] = self.full_mention.get(("PERSON", found[0])) if len(found) == 1 else None
        return self._usual[name] or e

    def _last_mention(self, canonical: str, pos: int) -> int:
        """Start of the latest mention of that person before ``pos`` outside quotation marks (-1: none); one named
        inside a quotation is spoken of, not speaking ("'I saw the note from Ellen Johnson Sirleaf,' Senator Johnson
        stated": the senator named before)."""
        starts = self.person_mentions.get(canonical, [])
        i = bisect_left(starts, pos) - 1
        while i >= 0 and self.in_quote(starts[i]):
            i -= 1
        return starts[i] if i >= 0 else -1

    def _upgrade(self, e: Entity) -> Entity:
        """A surname tagged as an organisation or place, an acronym, a bare "the Court": the fuller entity the
        article gives."""
        if e["label"] == "PERSON" and " " in e["canonical"]:
            return self._usual_spelling(e)
        named = self._by_name(e["canonical"], e["start"])
        if named is None and e["label"] == "ORG" and e["canonical"].lower() in ORG_NAME_ENDS:
            org = self._org_by_word(e["canonical"].lower())  # "the Court" -> "the Supreme Court"
            if org is not None and _heads(org, e["canonical"].lower()):
                return org
        if named is None and e["label"] == "ORG" and e["canonical"].lower() in _CAPITALISED_BODY_NOUNS:
            # "the Town said" after "The Town of Harbour Point": the municipality by its formal name
            named = self.org_appositions.get(e["canonical"].lower())
        return named if named is not None else e

    def _entity_of_phrase(self, tok: Token) -> Entity | None:
        e = self.entity_at(tok.idx)
        if e is not None and e["label"] == "PERSON":
            return self._full_name_set_off(tok, e) or e
        if e is None and tok.lower_ in INSTITUTION_NOUNS and tok.pos_ == "NOUN":
            # "the Trump administration", "the Biden campaign": the institution, not the person who names it;
            # "the Mercedes team": the organisation
            return self._org_compound(tok)
        if e is None and tok.pos_ == "PROPN" and tok.is_title and role_in_apposition(tok):
            # "Ima Niboro, a spokesman for Goodluck Jonathan,": a name the NER missed, described as a person;
            # not the person the description names
            lo = tok.i - len(compound_text(tok).split()) + 1
            start, end = self.doc[lo].idx, tok.idx + len(tok.text)
            name = doc_text(self.doc)[start:end]
            known = self._by_name(name, tok.idx)  # "Mayor de Blasio, a member of ...": "Bill de Blasio"
            return known or {"text": name, "label": "PERSON", "start": start, "end": end, "canonical": name}
        trailing = self._name_after_relative_clause(tok) if e is None else None
        if trailing is not None:
            return trailing
        # (a capitalised word the tagger took for a pronoun or a noun too: "..., Ip said")
        if (
            e is None
            and tok.is_title
            and tok.is_alpha
            and (tok.pos_ == "PROPN" or not tok.is_sent_start)
            # not a word the parse made head of a longer phrase naming someone ("Longtime Imus in the Morning
            # writer and performer Rob Bartlett tweeted")
            and not any(c.dep_ == "prep" and any(t.ent_type_ == "PERSON" for t in c.subtree) for c in tok.children)
        ):
            # "Mills, U.S. Sens. Susan Collins and Angus King based their appeal on": the first of a list of people,
            # a surname the article gave in full, not the next one; "... without the Government's authorisation -
            # Garibashvili said": the surname, not the words the parse hung on it
            # (with the given name the parse put before it: "Kenji Morikava says" is no misspelt "Morikawa")
            known = self._by_name(compound_text(tok) if _given_name_before(tok) else tok.text, tok.idx)
            if known is not None and known["label"] == "PERSON":
                return {**known, "text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}
        # a role noun, or a name the NER missed ("Center for ... scientist Tierra Curry"): across prepositions
        person = self._person_in_phrase(tok, tok.lower_ in ROLE_WORDS or (e is None and tok.pos_ == "PROPN"))
        if person is not None:
            return person
        if e is None and tok.pos_ == "NOUN" and tok.i + 1 < len(self.doc):
            # "the press-freedom organization Reporters Without Borders": the name after the noun
            nxt = self.doc[tok.i + 1]
            named = self.entity_at(nxt.idx)
            if (
                named is not None
                and named["label"] == "ORG"
                and named["start"] == nxt.idx
                and nxt.head.i == tok.i  # not "the protesters Wikinews interviewed"
            ):
                return named
        if e is None and tok.pos_ == "NOUN":
            # "Europe's human rights body, the Council of Europe, condemned": the organisation in apposition
            for child in kids(tok):
                if child.dep_ == "appos" and child.i > tok.i and not self.in_quote(child.idx):
                    named = self.entity_at(child.idx)
                    if named is not None and named["label"] == "ORG":
                        return named
        if (
            e is not None
            and e["label"] in SPEAKER_LABELS
            and not (e["label"] in ("NORP", "GPE") and tok.pos_ == "NOUN")
        ):
            return e
        if tok.lower_ in PERSON_NOUNS or tok.lower_ in SCHEME_NOUNS:
            # "a Kyrgyz National University student": a person, who does not speak for the body; "the AusLink
            # program": a scheme, which does not speak at all
            return None
        if (one_person_role(tok) or tok.lower_.rstrip(".") in ROLE_ABBREVIATIONS) and tok.lower_ not in SPEAKS_FOR:
            return None  # "the former RBM governor", "the INEC chief": a person, not the body that names the post
        return self._org_compound(tok)

    def _full_name_set_off(self, tok: Token, e: Entity) -> Entity | None:
        """ "the Regional Commander East, Senior Superintendent, Ama Roe, said": a one-word "name" after a title
        (a post's region or rank the model took for a person) set off from a full name by commas: the full name.
        So is a one-word "name" opening the sentence ("Nanahene, Kwame Osei Boateng, has described"): a
        traditional title or a rank; nobody's own name is set off before their full name."""
        if e["start"] != tok.idx or e["end"] != tok.idx + len(tok.text):
            return None
        if not any(
            c.dep_ == "compound" and c.i < tok.i and (c.lower_ in ROLE_WORDS or _capitalised_title(c))
            for c in kids(tok)
        ) and not (tok.i == sentence_start(self.doc, tok.i) and tok.i + 1 < len(self.doc) and tok.nbor().text == ","):
            return None
        if any(c.dep_ == "cc" for c in kids(tok)):
            return None  # "the Commander East and Ama Roe": two people
        # (the name may hang on a second title the parse joined to the first: "..., Detective Inspector, Ama Roe")
        set_off = [g for c in kids(tok) if c.dep_ in ("conj", "appos") for g in (c, *kids(c))]
        for c in set_off:
            if c.dep_ != "appos" or c.i <= tok.i or self.in_quote(c.idx):
                continue
            named = self.entity_at(c.idx)
            if (
                named is not None
                and named["label"] == "PERSON"
                and " " in named["text"]
                and named["end"] == c.idx + len(c.text)
                and self._comma_before(named)
            ):
                return named
        return None

    def _name_after_relative_clause(self, tok: Token) -> Entity | None:
        """ "said a volcanologist who studies the volcano, Ann Roe.": the name that closes a person noun's
        relative clause, set off by a comma, is the person's (the parse hangs it on the clause's last noun)."""
        if not (one_person_role(tok) or tok.lower_ in PERSON_NOUNS):
            return None
        if not any(c.dep_ == "relcl" for c in kids(tok)):
            return None
        last = tok.right_edge
        if last.i - tok.i > 16 or last.dep_ != "appos" or self.in_quote(last.idx):
            return None
        e = self.entity_at(last.idx)
        if e is None or e["label"] != "PERSON" or e["end"] != last.idx + len(last.text):
            return None
        return e if self._comma_before(e) else None

    def _comma_before(self, e: Entity) -> bool:
        """Is the entity set off by a comma right before it ("..., Ann Roe")?"""
        first = bisect_left(self.tok_starts, e["start"])
        return first > 0 and self.doc[first - 1].text == ","

    def _org_compound(self, tok: Token) -> Entity | None:
        for child in kids(tok):  # compounds that carry the name
            if child.dep_ == "compound" and not self.in_quote(child.idx):
                ce = self.entity_at(child.idx)
                if ce is not None and ce["label"] == "ORG" and ce["canonical"].lower() not in PLATFORMS:
                    return ce  # "the WHO report"; not "her Instagram post": a platform does not speak
        return None

    def _person_in_phrase(self, tok: Token, cross_prep: bool) -> Entity | None:
        """A person named inside the phrase: "Another co-author, professor Julian Marshall", "Conservative
        Party leader and Prime Minister Boris Johnson"."""
        stack = [tok]
        seen = 0
        while stack and seen < 20:
            t = stack.pop()
            seen += 1
            for child in sorted(kids(t), key=lambda c: c.dep_ != "appos"):
                dep = child.dep_
                if self.in_quote(child.idx) or not _same_paragraph(child, tok):
                    continue  # a parse run over a paragraph break joins two names into one
                if dep in _NOT_IN_PHRASE and not (dep == "acl" and child.lower_ in NAMING_PARTICIPLES):
                    continue
                if dep == "prep" and (not cross_prep or (child.lower_ == "including" and tok.tag_ == "NNS")):
                    continue  # "Fifty former officials, including Ann Roe, ...": the group speaks, not a member
                if (
                    dep == "compound"
                    and t is tok
                    and child.i < tok.i
                    and tok.lower_ in ROLE_WORDS
                    and self._named_role(tok.lower_, tok.idx, tok) is not None
                ):
                    continue  # "the Sinn Féin leader" after "Sinn Féin leader Ann Roe": whose role, not its holder
                ce = self.entity_at(child.idx)
                if (
                    ce is not None
                    and ce["label"] == "PERSON"
                    and not (dep == "compound" and t is tok and tok.lower_ in _PLACE_PEOPLE and " " not in ce["text"])
                    and not (dep == "appos" and _title_alone(ce))
                ):  # (not "a Westhoughton resident" the model took for a name: where the resident lives; not
                    # "..., Senior Superintendent, Ann Roe,": a rank the model took for a name)
                    return ce
                stack.append(child)
        return None

    def _subject_since(self, lo: int, hi: int) -> bool:
        """Is a person named as a subject between ``lo`` and ``hi`` ("A woman shouted at Mayor Roe": no)?"""
        i = bisect_left(self.person_starts, hi) - 1
        while i >= 0 and self.persons[i][0] > lo:
            if self.persons[i][2] and not self.in_quote(self.persons[i][0]):
                return True
            i -= 1
        return False

    def _role_fits(self, role: Token, holder: Entity) -> bool:
        """Does the holder's title say what the role's modifiers say ("the health minister": a "Health Minister
        Ann Roe", not a "Civil Aviation Minister Ann Roe")? Words that only place the role in time or rank
        ("former", "senior") say nothing of which role it is."""
        mods = [c for c in role.lefts if c.dep_ in ("compound", "amod") and c.is_alpha]
        words = [c.lower_ for c in mods if c.lower_ not in RANK_WORDS | _DESCRIBING_WORDS and not c.ent_type_]
        if not mods and role.lower_ == "minister":
            # a bare "the minister" is no "Prime Minister Ann Roe" (nor a first or chief minister): another office
            title = doc_text(self.doc)[max(0, holder["start"] - 30) : holder["start"]].lower()
            if re.search(r"\b(?:prime|first|chief)[ -]minister\b\W{0,3}(?:\w{1,4}\.? )?$", title):
                return False
        # "the Brazilian president": a president of Brazil, not the president of Venezuela named after him
        nations = [demonym_countries()[c.lower_] for c in mods if c.lower_ in demonym_countries()]
        text = doc_text(self.doc)
        near = text[max(0, holder["start"] - 60) : holder["end"] + 60].lower()
        # "the Prime Minister" is no "Deputy Prime Minister ... Ann Roe" (unless it is "the deputy prime minister"),
        # and "the deputy leader" no "group leader Ann Roe"
        title = text[max(0, holder["start"] - 67) : holder["start"]].lower()
        if not any(c.lower_ in ("deputy", "vice") for c in role.lefts):
            if any(re.search(r"\b(?:deputy|vice)[ -]" + re.escape(w) + r"\b", title) for w in words):
                return False
            # "The deputy council leader, Ann Roe" (the modifier tagged part of a name) is no "the Council leader"
            if re.search(r"\b(?:deputy|vice)[ -](?:[a-z]+ ){0,2}" + re.escape(role.lower_) + r"\W{0,3}$", title):
                return False
        elif not re.search(r"\b(?:deputy|vice)\b", near):
            return False
        # "the incoming president" is no "outgoing president Ann Roe" (nor the other way round)
        ranks = {c.lower_ for c in role.lefts}
        for mine, other in _OPPOSITE_RANKS:
            if ranks & mine and re.search(r"\b(?:" + "|".join(other) + r")\b[^.;:!?\n]{0,40}$", title):
                return False
        # "the Labour group deputy leader" is no "Liberal Democrat group leader Ann Roe"
        named = {
            g.lower_ for c in role.lefts if c.lower_ in PARTY_GROUP_WORDS for g in c.children if g.ent_type_ == "ORG"
        }
        if any(not re.search(r"\b" + re.escape(w) + r"\b", near) for w in named):
            return False
        # "the H.R.P.P. leader" is no "F.A.S.T. party leader Naomi Roe": the body the role's name gives
        bodies = [c.lower_ for c in role.lefts if c.dep_ == "compound" and _ACRONYM.fullmatch(c.text)]
        if any(b not in near for b in bodies):
            return False
        for word, short in (("prime", "pm"), ("chief", "ceo")):
            if word in words and re.search(r"\b" + short + r"\b", near):
                words = [w for w in words if w != word]  # "the prime minister" after "PM Ann Roe"
        if not words and not nations:
            return True
        # the role's own words ("the Chilean President" named after the holder) say nothing of the holder
        stop = role.left_edge.idx if role.idx > holder["end"] else holder["end"] + 40
        close = text[max(0, holder["start"] - 40) : min(holder["end"] + 40, stop)].lower()
        return all(re.search(r"\b" + re.escape(w) + r"\b", near) for w in words) and all(
            any(re.search(r"\b" + re.escape(n) + r"\b", close) for n in names) for names in nations
        )

    def _named_role(self, role: str, pos: int, tok: Token | None = None) -> Entity | None:
        """The person given that role, the latest before ``pos`` (else the first after); with the role's token,
        the latest whose title says what its modifiers say."""
        cands = self.roles.get(role)
        if not cands:
            return None
        i = bisect_left(cands, pos, key=lambda e: e["start"])
        order = [*cands[:i][::-1], *cands[i:]]
        if tok is None:
            return order[0]
        return next((e for e in order if self._role_fits(tok, e)), None)

    def _org_by_noun(self, tok: Token) -> Entity | None:
        """ "the court", "the ministry": the organisation of the article whose name holds that noun, the
        most mentioned one first."""
        if tok.pos_ != "NOUN" and not _capitalised_body_noun(tok):
            return None
        low = tok.text.lower()
        if low in self.org_appositions:  # "his party, the National Unity Platform, ... the party said"
            return self.org_appositions[low]
        for word in (low, *_ORG_NOUN_NAMES.get(low, ())):  # "the force": a "... Police" when none holds "force"
            found = self._org_by_word(word)
            if found is not None:
                # ("say Police": only a body whose name ends in the word, not "Anantnag after Police and Army")
                return found if tok.pos_ == "NOUN" or _heads(found, word) else None
        return None

    def _org_named(self, text: str) -> Entity | None:
        """The organisation of the article whose name is ``text`` (a leading "the" aside, any case): the words of
        a name the model tagged at one mention and not at another."""
        words = text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2:
            return None  # one capitalised word is no name to go by ("Police")
        wanted = " ".join(words).lower()
        return next((e for e in self.orgs if e["canonical"].lower() == wanted), None)

    def _org_by_word(self, word: str) -> Entity | None:
        cands = self.org_words.get(word) or (self.org_words.get(word[:-1]) if word.endswith("s") else None)
        if not cands:
            return None
        best = self._org_best.get(word)
        if best is None:
            # "police" is an organisation named "... Police", not its "... Police Counter Terrorism Command"
            stem = word[:-1] if word.endswith("s") and not any(_heads(e, word) for e in cands) else word
            best = max(
                cands,
                key=lambda e: (_heads(e, stem), self.org_counts.get(e["canonical"], 0), -e["start"]),
            )
            if not _heads(best, stem):
                best = self._unit_owner(best, stem)
            self._org_best[word] = best
        return best

    def _unit_owner(self, e: Entity, word: str) -> Entity:
        """ "police" said, the article naming only the "Metropolitan Police Counter Terrorism Command": the
        organisation the noun names is the name up to that noun ("Metropolitan Police"), not its unit."""
        text = e["text"]
        m = re.search(r"\b" + re.escape(word) + r"\b", text, re.IGNORECASE)
        if m is None:
            return e
        rest = text[m.end() :].split()
        if not rest or rest[0].islower():  # "Commission on Presidential Debates": the noun is its head
            return e
        if len(rest) == 1 and rest[0].lower() in _SERVICE_WORDS:
            return e  # "National Police Service", "Metropolitan Police Service": the body's own name, no unit
        head = text[: m.end()]
        name = strip_the(head)
        if len(name.split()) < 2 or any(w.islower() for w in name.split()[1:]):
            return e
        owner: Entity = {
            "text": head,
            "label": "ORG",
            "start": e["start"],
            "end": e["start"] + len(head),
            "canonical": name,
        }
        if "country" in e:
            owner["country"] = e["country"]
        self.full_mention.setdefault(("ORG", name), owner)
        return owner


# ranks in time that exclude each other: a role said to be one is no holder titled the other
_NEW_RANKS = frozenset("incoming new newly-elected next".split())
_OLD_RANKS = frozenset("outgoing former retiring previous departing".split())
_OPPOSITE_RANKS = ((_NEW_RANKS, _OLD_RANKS), (_OLD_RANKS, _NEW_RANKS))


# common nouns for a body that a release writes with a capital ("..., say Police."), tagged a proper noun
_CAPITALISED_BODY_NOUNS = frozenset("police government council court ministry army city town county".split())
# a municipality's formal name, which names its government ("City of Kamloops", "Town of Oakville")
_MUNICIPALITY = re.compile(r"(?:City|Town|County|Municipality|Borough|Village|District) of [A-Z][\w'’. -]{1,40}")


def _name_letters(word: str) -> str:
    return word.replace("'", "").replace("’", "")


def _capitalised_body_noun(tok: Token) -> bool:
    """ "say Police": a body's common noun with a capital, alone (no name of its own around it)."""
    return (
        tok.pos_ == "PROPN"
        and tok.lower_ in _CAPITALISED_BODY_NOUNS
        and not tok.ent_type_
        and not any(c.dep_ == "compound" for c in tok.children)
        and not (tok.dep_ == "compound" or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN"))
    )


# who ran an event, and the participles that say so ("the awards, organised by ...")
_ORGANISER_NOUNS = frozenset("organisers organizers organiser organizer hosts".split())
_ORGANISING_VERBS = frozenset("run organised organized hosted staged convened sponsored".split())


# the last word of a body's formal name after the noun it is known by ("Police Service", "Fire Department")
_SERVICE_WORDS = frozenset("service services department force agency authority bureau".split())


# one who speaks for a body, by any name of the office ("spokesman", "the spokeswoman", "Publicity Secretary")
_SPOKES_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# the common nouns of bodies that issue documents in their own name ("the appeals court decision")
_ISSUER_NOUNS = frozenset(
    "court tribunal council board committee commission ministry department government agency authority panel".split()
)


# nouns for a person of one sex, set in apposition after a name (", a spokesman for", ", the mother of two")
APPOSED_MALE_NOUNS = frozenset(
    "spokesman chairman businessman congressman councilman assemblyman policeman fireman sportsman father son "
    "husband brother grandfather widower".split()
)
APPOSED_FEMALE_NOUNS = frozenset(
    "spokeswoman chairwoman businesswoman congresswoman councilwoman assemblywoman policewoman firewoman "
    "sportswoman mother daughter wife sister grandmother widow".split()
)
_GENDERED_APPOSITION = re.compile(
    r", (?!whose |his |her |their |its |and |or )(?:a |an |the )?(?:[\w’'-]+ ){0,2}?("
    + "|".join(sorted(APPOSED_MALE_NOUNS | APPOSED_FEMALE_NOUNS))
    + r")\b",
    re.IGNORECASE,
)


def _name_line(text: str, e: Entity) -> bool:
    """Is the entity a whole line of its own among the article's first lines ("Jonathan Roe\n\nA PASSENGER train
    ...")?"""
    if e["start"] > _BYLINE_REACH:
        return False
    line_start = text.rfind("\n", 0, e["start"]) + 1
    line_end = text.find("\n", e["end"])
    return (
        not text[line_start : e["start"]].strip()
        and not text[e["end"] : len(text) if line_end < 0 else line_end].strip()
    )


_BYLINE_REACH = 400  # characters from the top where a name alone on its line is a byline


# "By " opening a line: a byline, the name after it the reporter's
_BYLINE = re.compile(r"(?:^|\n)[ \t]*By $")
# adjectives that describe the holder of a role, not which role it is ("the conservative mayor")
_DESCRIBING_WORDS = frozenset(
    "conservative liberal progressive embattled veteran outspoken popular controversial beleaguered longtime".split()
)
# a police force's head by any of its titles: "Commissioner of Police Colin John ... the police chief said"
_POLICE_HEAD = re.compile(
    r"\b(?:[Cc]ommissioner of [Pp]olice|[Pp]olice [Cc]ommissioner|[Cc]hief [Cc]onstable|[Cc]hief of [Pp]olice|"
    r"[Ii]nspector[- ][Gg]eneral of [Pp]olice)(?: [A-Z][a-z]+)?\W{0,3}$"
)
# a lawyer named in court reporting by the side argued ("Ann Roe, defending,", "Tom Lee, prosecuting,")
_COURT_SIDE = re.compile(r",\s*(?:defending|prosecuting|for the (?:defen[cs]e|prosecution|crown))\b", re.I)
# one office by other names ("CEO Ann Roe ... the chief executive said"), and the offices a "boss" holds
_EXECUTIVE_WORDS = frozenset("ceo executive".split())
_BOSS_OF = frozenset("ceo executive manager".split())
# the words for one who represents a party in law
_LAWYER_WORDS = frozenset("lawyer attorney counsel solicitor barrister".split())
# and for the player who leads a team ("Harambee Stars skipper Musa Mohammed ... the captain said")
_CAPTAIN_WORDS = frozenset("captain skipper".split())
# and for a judge, titled "Justice" in many courts ("said Justice Ann Roe ... the judge said")
_JUDGE_WORDS = frozenset("judge justice".split())
# the one who leads a body, whom reports also call its "chief" ("the party chief")
_LEADER_WORDS = frozenset("president chairman chairwoman chairperson leader".split())
_PRESS_SECRETARY = re.compile(r"\b(?:[Pp]ublicity|[Pp]ress|[Mm]edia) [Ss]ecretary,? $")


# an organisation named in apposition to a common noun, which then stands for it: "his party, the National Unity
# Platform (NUP)", "the company, Vantor Ltd"
_APPOSED_NOUN = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]he) ([a-z]{4,}), (?:the )?$")


# or right before its name, saying what kind of body it is ("community union ACORN", "the charity Oxfam")
_KIND_BEFORE_NAME = re.compile(r"\b([a-z]{3,}) $")
_ORG_KIND_NOUNS = frozenset("union charity party coalition alliance movement network campaign ngo watchdog".split())


# a common noun for an organisation whose name uses another word: "the force" for "West Midlands Police"
_ORG_NOUN_NAMES = {
    "force": ("police", "constabulary"),
    "club": ("fc", "afc", "f.c.", "a.f.c.", "cf"),
    # "the union said" of the "British Medical Association"; "the party" of the "Citizens Coalition for Change"
    "union": ("association", "federation", "confederation", "congress"),
    "party": ("alliance", "coalition", "front", "movement", "congress", "league"),
    # "the district said" of "Milwaukee Public Schools": a school district named by its schools
    "district": ("schools",),
    # "the school said" of "Hauraki Plains College", "Northfield Academy"
    "school": ("college", "academy"),
    # "the airline said" of "Northwind Airways", "the carrier" of "Skyline Air"
    "airline": ("airways", "airlines", "air"),
    "carrier": ("airways", "airlines", "air"),
}


_OF_THE = re.compile(r" of (?:the )?")


# people named after where they live ("a Westhoughton resident", "a Harlow woman")
_PLACE_PEOPLE = frozenset("resident residents local locals villager villagers native man woman".split())
_NOT_IN_PHRASE = frozenset({"relcl", "acl", "advcl", "ccomp", "punct", "det", "poss"})


# honorifics between a title set off by a comma and the name ("Electricity Minister, Dr Ann Roe, says")
_APPOSITION_HONORIFICS = frozenset("dr prof hon rev mr mrs ms".split())


def _role_of_place_before(doc: Doc, comma: int) -> str | None:
    """ "Ambassador of Côte d’Ivoire, Maes Ennio": the role word of "<role> of <place>," set off right before a
    name (the place one to three words the gazetteer knows)."""
    if comma < 3 or doc[comma].text != ",":
        return None
    for n in (1, 2, 3):
        of = comma - n - 1
        if of >= 1 and doc[of].lower_ == "of" and gazetteer_place(doc[of + 1 : comma].text):
            role = doc[of - 1].lower_
            return role if role in ROLE_WORDS else None
        if of >= 1 and doc[of].lower_ == "for" and _portfolio(doc[of + 1 : comma]):
            # "the state commissioner for information, Malam Muhammad Garba": a role's portfolio after "for"
            role = doc[of - 1].lower_
            return role if role in ROLE_WORDS else None
    return None


def _portfolio(words: Iterable[Token]) -> bool:
    """ "information", "Health", "Foreign Affairs and Trade": the words of an office's portfolio (alphabetic, no verb,
    pronoun or person's name)."""
    return all(
        (t.is_alpha or t.text == "&") and t.pos_ not in ("VERB", "AUX", "PRON") and t.ent_type_ != "PERSON"
        for t in words
    )


def set_off_titles(doc: Doc, comma: int, end: int) -> list[list[Token]]:
    """ "Prime Minister and Leader of the Barbados Labour Party (BLP), Mia Mottley has defended": the titles a
    sentence opens with, set off by a comma right before a name (tokens ``comma + 1`` to ``end``), whatever the
    parse made of them: each title's words before its "of" or "for" ([Prime, Minister], [Leader]); none when a
    word there is not part of a title (a lower-case word, a verb, a person's name), or when the name is not the
    whole noun phrase ("Mayor, Sinn Féin councillor Ann Roe": a party's name, taken for a person's)."""
    if comma < 1 or doc[comma].text != ",":
        return []
    if end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX")):
        return []
    start = sentence_start(doc, comma, 15)  # (bounded: a sentence opening further back holds no such titles)
    words = doc[start:comma]
    if not 0 < len(words) <= 14 or not words[0].is_title:
        return []
    for t in words:
        if t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX"):
            return []
        if not (t.is_title or t.is_upper or t.lower_ in _TITLE_JOINS or t.text in "()"):
            return []
    titles: list[list[Token]] = [[]]
    tail = False  # in the "of ..." part of a title
    for t in words:
        if t.lower_ in ("and", "&"):
            titles.append([])
            tail = False
        elif t.lower_ in ("of", "for") or t.text in "()":
            tail = True
        elif not tail:
            titles[-1].append(t)
    return [title for title in titles if title and any(t.lower_ in ROLE_WORDS for t in title)]


_TITLE_JOINS = frozenset("of for and & the".split())


def _subsequence(short: str, long: str) -> bool:
    """Are the letters of ``short`` found in ``long`` in order?"""
    rest = iter(long)
    return all(ch in rest for ch in short)


def _in_clause_before(tok: Token, verb: Token) -> bool:
    """Is ``tok`` inside an adverbial clause of ``verb`` that comes before it ("Taking a potshot at Ann Roe, the
    minister said")?"""
    for _ in range(10):
        if tok.dep_ == "advcl" and tok.head.i == verb.i and tok.i < verb.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# a word this long may be two letters off ("Wickremesinghe" for "Wickramasinghe", "Zelenksy" for "Zelensky")
TWO_OFF_LETTERS = 8


def _letters_off(a: str, b: str) -> bool:
    """Two different words one edit apart: a letter changed, or one left out of the longer; or, when long, two
    letters changed (two vowels of another transliteration, two letters swapped) or one letter moved two places
    ("Latkovskis" typed "Latvkoskis": three letters in a row, the same letters)."""
    if len(a) == len(b):
        at = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        changed = len(at)
        if changed == 3 and len(a) >= TWO_OFF_LETTERS and at[-1] - at[0] == 2:
            return sorted(a[at[0] : at[-1] + 1]) == sorted(b[at[0] : at[-1] + 1])
        return changed == 1 or (changed == 2 and len(a) >= TWO_OFF_LETTERS)
    if abs(len(a) - len(b)) != 1:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


# honorifics that give a sex, before an untagged surname
_SEXED_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_HONORIFIC_IDS = numpy.array(
    sorted({get_string_id(w) for h in _SEXED_HONORIFICS for w in (h, h + ".")}), dtype=numpy.uint64
)


def _given_name_before(tok: Token) -> bool:
    """ "Kenji" of "Kenji Morikava": a capitalised word just before a proper noun, bound to it as a compound."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.dep_ == "compound" and prev.head.i == tok.i and prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha


def _heads_paragraph(verb: Token) -> bool:
    """Is ``verb`` the main verb of its paragraph, though the parse hung it on a verb of the paragraph before
    ("... urge ...\n\nLabor MP Ann Roe said ...": one sentence to the parser)?"""
    head = verb.head
    # (bounded: a parse "sentence" of a hostile input can be long)
    return head.i < verb.i and verb.idx - head.idx < 3000 and not _same_paragraph(head, verb)


def _leading_title(word: str) -> bool:
    """A title or honorific in front of a name: "Mayor", "Miss"."""
    low = word.lower().rstrip(".")
    return low in _TITLE_WORDS or low in HONORIFICS


_NSUBJ = get_string_id("nsubj")


def speaks(tok: Token) -> bool:
    """Is the token the subject of a verb of speech ("Alabbar said", "said Fakhrul")?"""
    return tok.dep_ == "nsubj" and tok.head.lower_ in SPEECH_VERBS


def according_to(tok: Token) -> bool:
    """Is the token the object of "according to"?"""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def salience(head: Token) -> int:
    """How likely a later "he"/"she" refers to this person mention: 2 for the subject of the main clause, 1 for
    the subject of another clause (a relative clause's "who" included) or the source of "according to", 0
    otherwise; the main clause's passive "by" agent counts as its subject. A name in apposition to a subject
    ("Another actor, Jane Roe, would list ...") is that subject. One of several people coordinated as the main
    subject ("Roe and Lee both agreed, with Roe adding ...") is no more in focus than another clause's."""
    coordinated = False
    for _ in range(2):
        if head.dep_ not in ("appos", "conj") or head.head.i == head.i:
            break
        coordinated = coordinated or head.dep_ == "conj"
        head = head.head
    if head.dep_ in SUBJECT_DEPS:
        verb = head.head
        main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT") or _heads_paragraph(verb)
        # "Duda said ... while Interior Minister Roe wrote ...": a contrast, as much in focus as the main clause
        main = main or (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in kids(verb))
        )
        coordinated = coordinated or any(c.dep_ == "conj" for c in kids(head))
        return 2 if main and not coordinated else 1
    h = head.head
    if according_to(head):
        return 1
    if head.dep_ == "pobj" and h.dep_ == "agent":
        # "His words were echoed by the mayor's wife, Ann Roe": the main clause's agent acts, as a subject does
        # (not another clause's: "since he was pardoned by Roe")
        verb = h.head
        return 2 if verb.dep_ == "ROOT" or _heads_paragraph(verb) else 0
    # "One of them was Ann Roe, who told Wikinews ...": the subject of the relative clause on the name
    return int(
        any(
            c.dep_ == "relcl" and any(g.dep_ in SUBJECT_DEPS and g.lower_ in ("who", "that") for g in kids(c))
            for c in kids(head)
        )
    )


def unnamed_speaker(name: str, mention: Span) -> Speaker:
    """A speaker that is no entity of the article ("the study", "one of the victims"): a name, its mention."""
    return {"name": name, "label": "UNKNOWN", "start": None, "end": None, "mention": mention, "country": None}


def char_span(doc: Doc, start: int, end: int) -> Span:
    text = doc_text(doc)
    return {"text": text[start:end], "start": start, "end": end}


def noun_phrase(tok: Token) -> Span:
    """The noun phrase headed by ``tok``: its modifiers to the left and coordinated nouns, without
    determiners, relative clauses or trailing prepositions."""
    doc = tok.doc
    lo = tok.i
    for child in tok.lefts:
        if child.dep_ in TRIM_DEPS or (child.dep_ == "poss" and child.pos_ == "PRON"):
            continue
        lo = min(lo, child.left_edge.i)
        break
    hi = tok.i
    for child in tok.rights:
        if child.dep_ in ("cc", "conj") and child.pos_ in ("CCONJ", "NOUN", "PROPN"):
            hi = max(hi, child.i if child.dep_ == "cc" else child.right_edge.i)
        elif child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i == hi + 1 and tok.pos_ == "NOUN":
            # "head of the agency's investigators": the complement says who (its noun, not its clauses);
            # "representatives from Iran": where they come from, when a name says it
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.lower_ == "from" and (pobj is None or pobj.ent_type_ not in PLACE_OR_GROUP):
                break
            if pobj is not None and pobj.i - hi <= 8:
                hi = pobj.i
                while hi + 1 < len(doc) and hi - tok.i < 12 and doc[hi + 1].ent_iob_ == "I":
                    hi += 1  # the rest of a name: "members of the House of Lords"
            break
        else:
            break
    nl = doc_text(doc).rfind("\n", doc[lo].idx, tok.idx)  # a parse run over a paragraph break: not before it
    while lo < tok.i and (
        doc[lo].dep_ in TRIM_DEPS
        or doc[lo].is_punct
        or doc[lo].idx <= nl
        # "one commander", "other jurors": a quantifier picks from the group, it is no part of its name
        or (doc[lo].lower_ in PICKING_WORDS and doc[lo].dep_ in ("nummod", "amod", "det") and tok.pos_ == "NOUN")
        # "an unnamed rescue worker": that no name was given is no part of the description
        or (doc[lo].lower_ in UNNAMED_WORDS and tok.pos_ == "NOUN")
    ):
        lo += 1
    while hi > tok.i and doc[hi].is_punct:
        hi -= 1
    if doc[hi].text in ("No", "No.", "Nos", "Nos."):  # "Republic Act No. 3846": the number is in the name
        k = hi + 1 + int(hi + 1 < len(doc) and doc[hi + 1].text == ".")
        if k < len(doc) and doc[k].like_num:
            hi = k
    if hi - lo > 10:
        lo, hi = tok.i, tok.i
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return {"text": doc_text(doc)[start:end], "start": start, "end": end}


# a body's initials in front of a role ("the H.R.P.P. leader", "the SNP leader")
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,8}|[A-Z]{2,8}")
