"""Speaker attribution: from a cue to its subject, and from a mention to the speaker it names.

A mention resolves, inside the article, to
- the entity it lies in (``canonical`` = the most complete name the article gives);
- for ``he``/``she``: the latest person that was a subject or a speaker before it;
- for a role noun ("the spokesperson", "the minister"): the named person given that role in the article;
  an unnamed spokesperson "for" an organisation resolves to that organisation;
- for an organisation noun ("the ministry", "the court"): the latest organisation whose name holds that noun;
- otherwise the noun phrase itself ("police and county officials"), label ``UNKNOWN``.

All look-ups are by bisection over precomputed, position-sorted indexes: no rescans per quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import islice

from spacy.tokens import Doc, Token

from processors.dictionary import unknown_word
from processors.entities import country_names
from processors.person_names import (
    ELECTED_MEMBER_OFFICES,
    KIN_NOUNS,
    PARTY_MEMBER_NOUNS,
    ROLE_ABBREVIATIONS,
    name_gender,
    role_acronym,
)
from processors.quotes.cue_subjects import (
    _same_paragraph,
    published_by,
    sentence_start,
)
from processors.quotes.cues import REPORT_VERBS, SPEECH_VERBS
from processors.quotes.mention_index import (
    _ACRONYM,
    _SPOKES_WORDS,
    MentionIndex,
    according_to,
    char_span,
    noun_phrase,
    set_off_titles,
    speaks,
    unnamed_speaker,
)
from processors.quotes.sentences import doc_text, parsed_sentence_starts
from processors.quotes.source_words import (
    _TITLE_WORDS,
    ANONYMOUS_SOURCES,
    BODY_NOUNS,
    COMPANY_NOUNS,
    COURT_DOCUMENTS,
    DESCRIBED_ROLES,
    DOCUMENT_NOUNS,
    DOCUMENT_PARTS,
    FIRST_PERSON_POSSESSIVES,
    GROUP_NOUNS,
    GROUP_POSSESSIVES,
    GROUP_PRONOUNS,
    INSIDE_PREPS,
    INTERVIEW_PARAGRAPHS,
    ISSUED_DOCUMENTS,
    ISSUING_VERBS,
    MEDIUM_NOUNS,
    NAMED_GROUP_NOUNS,
    NATIONAL_NOUNS,
    ORDER_REFERENCES,
    ORG_NAME_ENDS,
    PARTY_GROUP_WORDS,
    PERSON_POSSESSIVES,
    PERSON_PRONOUNS,
    PLATFORMS,
    PLURAL_PRONOUNS,
    QUANTIFIER_HEADS,
    RANK_WORDS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    SINGLE_QUANTIFIERS,
    SPEAKS_FOR,
    SUBJECT_DEPS,
    compound_text,
    definite,
    gender_agrees,
    indefinite,
    kids,
    people_noun,
    plausible_source,
    plural_source,
)
from processors.quotes.speaker_names import (
    clean_name,
    name_after_descriptor,
)
from processors.types import Entity, Span, Speaker


class SpeakerIndex(MentionIndex):
    """The mention index with resolution: from a token to the speaker it names (``resolve_token``), by way of
    pronouns, roles, bodies, owners and groups resolved recursively."""

    def lede_paragraph(self) -> int:
        """The paragraph of the article's lede: the first with a clause of its own outside quotation marks, after
        any pull quote or label line above it ("“I'm very close to pulling the trigger” // Dungannon Court // A
        judge has warned ..."): the paragraph of the first sentence whose root is a verb outside quotations (looked
        for in the first 400 tokens; the first paragraph when none)."""
        if self._lede is None:
            root = self.lede_root()
            self._lede = self.paragraph_of(root.idx) if root is not None else 0
        return self._lede

    def lede_root(self) -> Token | None:
        """The main verb of the lede's first sentence: the first root that is a verb outside quotations, in the
        first 400 tokens (looked for once per article)."""
        if self._lede_root is None:
            root = next(
                (
                    t
                    for t in self.doc[:400]
                    if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") and not self.in_quote(t.idx)
                ),
                None,
            )
            self._lede_root = root.i if root is not None else -1
        return self.doc[self._lede_root] if self._lede_root >= 0 else None

    def headline_role(self, tok: Token) -> Speaker | None:
        """ "Commissioner: 'We can't be at every event'", a headline's role before its quotation: the person the
        article gives that role (the first named after the headline)."""
        low = tok.lower_
        if not tok.is_title or not (low in ROLE_WORDS or low in self.roles) or low in SPEAKS_FOR:
            return None
        holder = self._named_role(low, tok.idx)
        return self.from_entity(self._upgrade(holder), _token_span(tok)) if holder is not None else None

    # -- resolution -----------------------------------------------------------------------------------------
    def resolve_token(self, tok: Token, depth: int = 0) -> Speaker | None:
        """The speaker named by the noun phrase headed by ``tok``."""
        if self.in_quote(tok.idx) or depth > 3:
            return None
        named = self._name_set_off_before(tok)
        if named is not None:  # "The Safety Board, the lead agency investigating, said": the board
            return self.from_entity(self._upgrade(named), char_span(self.doc, named["start"], named["end"]))
        example = _named_example(tok)
        if example is not None:  # "Opposition members such as Ann Roe ..., stating that": the one named
            return self.resolve_token(example, depth + 1)
        office = self._holder_by_initials(tok)  # "the CM" after "Chief Minister Ann Roe"
        if office is not None:
            return self.from_entity(office, noun_phrase(tok))
        managed = self._managed_body(tok)
        if managed is not None:  # "The management of Kurdistan 24 said": the body speaks
            return self.from_entity(managed, noun_phrase(tok))
        e = self._untagged_person(tok) if tok.lower_ in ROLE_WORDS else None  # "co-author ... Martin How"
        e = e or (self._name_set_off_after(tok) if tok.lower_ in ROLE_WORDS else None)
        e = e or (self._press_named_before(tok) if tok.lower_ in _PRESS_NOUNS else None)
        shouted = _shouted_opening(tok)  # "A MAGISTRATE has labelled": no name, though the model tags one
        e = e or (None if shouted else self._entity_of_phrase(tok))
        if e is not None and e["start"] == tok.idx and tok.lower_ in COMPANY_NOUNS and definite(tok):
            # "the Paris-based NGO": a common noun the model tagged as a name; the body the sentences before
            # were about
            org = self._subject_org_before(tok)
            if org is not None and org["start"] != e["start"]:
                return self.from_entity(self._upgrade(org), noun_phrase(tok))
        if e is None and tok.pos_ == "NOUN":
            e = self._name_given_in_relative(tok)
        if e is not None and e["label"] == "NORP" and (tok.lower_ in PARTY_MEMBER_NOUNS or _one_national(tok, e)):
            # "the Social Democrat said", "the South Korean only said": the one who spoke last
            member = self._described_speaker(tok, nationality=tok.lower_ not in PARTY_MEMBER_NOUNS)
            if member is not None:
                return _with_mention(member, noun_phrase(tok))
            if definite(tok):  # else the one person the article introduced so ("Kenyan runner Ann Roe")
                so = self._described_with(tok.lower_)
                if len(so) == 1:
                    return self.from_entity(self._upgrade(next(iter(so.values()))), noun_phrase(tok))
        if e is None and _age_alone(tok):
            # "the 72-year-old said": no date but a person, described by an age alone
            aged = self._described_speaker(tok)
            return _with_mention(aged, noun_phrase(tok)) if aged is not None else None
        if e is not None:
            return self.from_entity(self._upgrade(e), char_span(self.doc, e["start"], e["end"]))
        low = tok.lower_
        mention = _token_span(tok)
        singular_pronoun = low in ("he", "she")
        if singular_pronoun or (tok.pos_ == "NOUN" and definite(tok) and tok.tag_ == "NN"):
            # "Tom Brady asked Lee: '...?' // He replied": the one the question was put to
            asked = self._asked_just_before(tok)
            if asked is not None and (not singular_pronoun or self.agrees(asked["canonical"], low)):
                return self.from_entity(asked, mention if singular_pronoun else noun_phrase(tok))
        if low in PERSON_PRONOUNS or low in PERSON_POSSESSIVES:
            same = self._clause_subject(tok, depth)
            if same is not None:
                return _with_mention(same, mention)
            described = self._described_subject_just_before(tok, depth)
            if described is not None:
                return _with_mention(described, mention)
            antecedent = self._antecedent_person(tok, low)
            out = _with_mention(antecedent, mention)
            if antecedent is not None and out is not None and id(antecedent) in self._personlike:
                self._personlike.add(id(out))  # still one unnamed person ("the boy") for the next "he"
            return out
        if low == "you":
            return self._addressee(tok.idx, mention)
        if low in ORDER_REFERENCES:
            conjunct = _coordinated(tok, low == "latter")
            return _with_mention(self.resolve_token(conjunct, depth + 1), mention) if conjunct is not None else None
        if low == "it" and tok.dep_ == "nsubjpass":
            return None  # "It is believed the crates caught fire": an impersonal passive names no one
        if low in GROUP_PRONOUNS or low in GROUP_POSSESSIVES:
            group_tok = _group_in_own_sentence(tok) if low in ("they", "them") else None
            if group_tok is not None:
                return _with_mention(self.resolve_token(group_tok, depth + 1), mention)
            if low == "it" and tok.dep_ == "nsubj" and tok.head.lower_ in ("read", "reads"):
                # "... the council's report. // It read as follows: '...'": the document just named, by its issuer
                document = self._noun_before(tok, lambda t: t.lower_ in DOCUMENT_NOUNS and t.pos_ == "NOUN", reach=60)
                by = self.resolve_token(document, depth + 1) if document is not None else None
                if by is not None:
                    return _with_mention(by, mention)
            if low in ("it", "its"):  # "the Council condemned the US for what it termed": the clause's subject
                same = self._clause_subject(tok, depth, labels=("ORG",))
                if same is not None:
                    return _with_mention(same, mention)
            ev = self.last_event(tok.idx)
            group = self._group_subject_before(tok, ev[0] if ev else -1)
            if group is not None:
                return _with_mention(group, mention)
            if low in ("it", "its") and (ev is None or ev[1]["label"] == "PERSON"):
                # "it" is not the person who spoke last: the organisation a sentence before made its subject
                org = self._subject_org_before(tok, reach=600, any_article=True)
                return self.from_entity(self._upgrade(org), mention) if org is not None else None
            return _with_mention(ev[1], mention) if ev else None
        if tok.pos_ not in ("NOUN", "PROPN") and low not in QUANTIFIER_HEADS:
            return None
        if low in QUANTIFIER_HEADS:
            appos = next((c for c in kids(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if appos is not None:  # "One of these groups, the Northern Farmers Union, said": the name given
                return self.resolve_token(appos, depth + 1)
            for child in kids(tok):
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in kids(child):
                        if pobj.dep_ == "pobj":
                            group = self.resolve_token(pobj, depth + 1)
                            if low in SINGLE_QUANTIFIERS and group is not None and group["label"] == "UNKNOWN":
                                # "one of the victims": one person, not the group (whom the next sentences
                                # may name, when the phrase opens the lede: "One of the organisers has said")
                                named = self._lede_subject_named_next(tok)
                                if named is not None:
                                    return self.from_entity(self._upgrade(named), noun_phrase(tok))
                                return self._unnamed_one(tok, pobj)
                            return group
            if low in SINGLE_QUANTIFIERS and not any(c.lower_ == "of" for c in kids(tok)):
                group_tok = self._plural_subject_before(tok)
                if group_tok is not None:  # "Chávez supporters were not silent: "...," said one on TV"
                    sp = unnamed_speaker(f"one of the {compound_text(group_tok)}", mention)
                    self._personlike.add(id(sp))
                    return sp
            if tok.pos_ not in ("NOUN", "PROPN"):
                return None
        phrase = noun_phrase(tok)
        # a proper noun, or a capitalised surname of a person named in full the model took for a common noun
        # ("Fallows remarked" after "Chris Fallows")
        # (or an organisation's initials the model took for a common noun: "said the INMO")
        if (
            tok.pos_ == "PROPN"
            or (tok.is_title and tok.lower_ in self.surnames)
            or (tok.is_upper and tok.text in self.acronyms)
        ):
            named = self._by_name(phrase["text"], tok.idx)
            if named is None and tok.i > 0 and self.doc[tok.i - 1].lower_.rstrip(".") in _TITLE_WORDS:
                named = self._by_name(tok.text, tok.idx)  # "The EPA's Dr Cox": the person named "... Cox"
            if named is not None:
                return self.from_entity(named, phrase)
            expanded = self.expansions.get(phrase["text"])
            if expanded is not None:  # "Stardom" after "World Wonder Ring Stardom (Stardom)"
                name, start, end = expanded
                return {"name": name, "label": "ORG", "start": start, "end": end, "mention": phrase, "country": None}
        if low in MEDIUM_NOUNS:  # "the government Twitter account", "the ministry's website": its owner
            for child in kids(tok):
                if (
                    child.dep_ in ("poss", "compound")
                    and child.pos_ in ("NOUN", "PROPN")
                    and child.lower_ not in PLATFORMS
                ):
                    return self.resolve_token(child, depth + 1)
                if child.dep_ == "poss" and child.lower_ in PERSON_POSSESSIVES:  # "her account"
                    return _with_mention(self.resolve_token(child, depth + 1), phrase)
            for child in kids(tok):  # "the account for The Bernie and Sid Show", "the page of the ministry"
                if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                    owner = next((g for g in kids(child) if g.dep_ == "pobj" and not self.in_quote(g.idx)), None)
                    if owner is not None:
                        return self._owner(owner, depth)
            if definite(tok) and not any(c.dep_ in ("poss", "compound", "prep") for c in kids(tok)):
                # "said the 30A Network website. ... the website said": the same medium named with its owner
                for t in self._earlier_mentions(tok, 300):
                    if any(c.dep_ in ("poss", "compound") for c in kids(t)):
                        return _with_mention(self.resolve_token(t, depth + 1), phrase)
        if low in DOCUMENT_PARTS:  # "the first sentence of her statement": the document's source
            for child in kids(tok):
                if child.dep_ == "prep" and child.lower_ == "of":
                    doc_noun = next((g for g in kids(child) if g.dep_ == "pobj" and g.lower_ in DOCUMENT_NOUNS), None)
                    if doc_noun is not None:
                        return self.resolve_token(doc_noun, depth + 1)
        if low in DOCUMENT_NOUNS:
            for child in kids(tok):
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return self.resolve_token(child, depth + 1)
                if child.dep_ == "poss" and child.lower_ in FIRST_PERSON_POSSESSIVES:
                    return self.interviewee(child.idx, phrase)  # "my blog post", in an interview answer
                if child.dep_ == "poss" and child.lower_ in PERSON_POSSESSIVES | GROUP_POSSESSIVES:
                    # "her final post", "their statement": whom the possessive refers to
                    return _with_mention(self.resolve_token(child, depth + 1), phrase)
            publisher = published_by(tok, self.in_quote)  # "the report, published by the World Bank"
            if publisher is not None:
                return self.resolve_token(publisher, depth + 1)
            for child in kids(tok):  # "the opinion of the Court": its issuer
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "by") and child.i == tok.i + 1:
                    issuer = next((g for g in kids(child) if g.dep_ == "pobj" and not self.in_quote(g.idx)), None)
                    if issuer is not None and issuer.lower_ not in DOCUMENT_NOUNS and plausible_source(issuer):
                        return self.resolve_token(issuer, depth + 1)
                if child.dep_ == "prep" and child.lower_ in ("on", "in"):  # "a statement on Roe's website"
                    medium = next((g for g in kids(child) if g.dep_ == "pobj" and g.lower_ in MEDIUM_NOUNS), None)
                    by_owner = self.resolve_token(medium, depth + 1) if medium is not None else None
                    if by_owner is not None:
                        return _with_mention(by_owner, phrase)
            for child in kids(tok):  # "the government statement", "the WHO report": its issuer, not the platform
                if (
                    child.dep_ == "compound"
                    and child.pos_ in ("NOUN", "PROPN")
                    and plausible_source(child)
                    and child.lower_ not in PLATFORMS
                ):
                    return self.resolve_token(child, depth + 1)
            if tok.dep_ == "dobj" and tok.head.lower_ in ISSUING_VERBS:  # "they released a statement which said"
                issuer = next((c for c in kids(tok.head) if c.dep_ == "nsubj" and not self.in_quote(c.idx)), None)
                if issuer is not None and (issuer.lower_ in GROUP_PRONOUNS or plausible_source(issuer)):
                    by = self.resolve_token(issuer, depth + 1)
                    if by is not None:
                        return by
            if low in COURT_DOCUMENTS:  # "The judgment said": the court the article named before, not a party
                court = self._court_before(tok)
                by = self.resolve_token(court, depth + 1) if court is not None else None
                if by is not None:
                    return _with_mention(by, phrase)
            # the latest author named ("The study was conducted by X ... The research team posted their
            # findings ... reads the report": X), else the latest unnamed one
            first: Speaker | None = None
            for author in islice(self._authors(tok), 3):
                by = self.resolve_token(author, depth + 1)
                if by is not None and by["label"] != "UNKNOWN":
                    return by
                first = first or by
            if first is not None:
                return first
            if low in ISSUED_DOCUMENTS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.lefts
            ):
                main = self._main_source(tok.idx)  # "the proclamation said": issued by the article's main actor
                if main is not None:
                    return self.from_entity(self._upgrade(main), phrase)
        lede = self._lede_role_named_later(low, tok) if low in SPEAKS_FOR and indefinite(tok) else None
        if lede is not None:  # "..., a European Union spokesman said. // ... said Michael Mann, spokesman for"
            return self.from_entity(lede, phrase)
        if low in SPEAKS_FOR and (indefinite(tok) or self._named_role(low, tok.idx) is None):
            # "the government spokesperson" after "government spokesperson Ann Roe": Ann Roe (below)
            lede_voice = self._lede_spokesperson(tok) if not indefinite(tok) and low in _SPOKES_WORDS else None
            voice = self._head_token(lede_voice, self.tok_starts) if lede_voice is not None else None
            if voice is not None:  # (resolved as that subject is: "Roe" by the full name "Ann Roe")
                return _with_mention(self.resolve_token(voice, depth + 1), phrase)
            body = self._body_spoken_for(tok, depth)
            if body is None and not indefinite(tok):  # "an Interpol spokesperson ... The spokesperson added"
                body = self._earlier_body(tok, depth)
            if body is None and _first_bare_mention(tok):
                # "The Front claimed the attack. ... The spokesman said": a spokesperson the article mentions for
                # the first time, with no body or name of their own, speaks for the body the sentences before
                # made their subject
                # ("A spokesman said" after "The operator, which runs the service, confirmed": the operator)
                org = self._subject_org_before(tok, reach=1200, any_article=True)
                body = self.from_entity(org, phrase) if org is not None else None
            if body is not None:  # "a government spokesperson", "representatives from the University of X"
                return _with_mention(body, phrase)
        if low in ANONYMOUS_SOURCES:
            body = self._source_body(tok, depth)
            if body is not None:
                return _with_mention(body, phrase)
        # (a title in capitals is tagged a proper noun: "the MEP said" after "Irish MEP Ann Roe"; an abbreviated
        # title names its role: "the Mooncoin-based Cllr" after "Councillor Ann Roe")
        abbreviated = ROLE_ABBREVIATIONS.get(low.rstrip("."))
        holder = self._named_role(abbreviated, tok.idx) if abbreviated is not None and tok.pos_ == "PROPN" else None
        if holder is not None:
            return self.from_entity(holder, phrase)
        head_of_state = self._head_of_state(tok)
        if head_of_state is not None:
            return self.from_entity(head_of_state, phrase)
        if low in ROLE_WORDS or (
            low in self.roles
            and (tok.pos_ == "NOUN" or (tok.is_upper and len(low) <= 4) or (tok.is_title and definite(tok)) or shouted)
        ):  # ("the Corporal adds": a title written with a capital)
            # "a hospital spokesperson", "another official": a new, unnamed source, not one named before;
            # "the archbishop": the person the article introduced with that title or apposition
            # "Civil Aviation Minister Ann Roe ... the local health minister said": another one
            named = self._lede_role_named_later(low, tok) if indefinite(tok) else self._named_role(low, tok.idx, tok)
            if named is None and low not in SPEAKS_FOR:
                named = (
                    self._body_member(tok)
                    or self._holder_of_spelled_office(tok)
                    or self._lede_subject_named_next(tok)
                    or self._subject_just_before(tok)
                )
            if named is not None:
                return self.from_entity(self._upgrade(named), phrase)  # (a holder by a surname spelt otherwise)
            for child in kids(tok):  # "a spokesman for 10 Downing Street", "a spokesman for the ambulance service"
                if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from", "with"):
                    for pobj in kids(child):
                        if pobj.dep_ == "pobj":
                            org = self._entity_of_phrase(pobj) or self._org_by_noun(pobj)
                            if org is not None and low in _ELECTED and org["label"] in ("GPE", "LOC"):
                                continue  # "the MP for Wrexham": the seat, not a body the member speaks for
                            if org is not None and org["label"] != "PERSON":
                                return self.from_entity(org, phrase)
        if (low in KIN_NOUNS or low == "office") and tok.pos_ == "NOUN":
            # "his daughter", "Roe's son", not named: the person's relative; "Roe's office": the person's office
            owner = next((c for c in kids(tok) if c.dep_ == "poss" and not self.in_quote(c.idx)), None)
            if low == "office" and owner is not None and not self.is_person(owner.idx):
                owner = None  # "the Premier of Victoria's office" keeps the title the article gives it
            by = self.resolve_token(owner, depth + 1) if owner is not None else None
            if by is not None and by["label"] == "PERSON":
                relative = unnamed_speaker(f"{by['name']}'s {low}", phrase)
                if low != "office":
                    self._personlike.add(id(relative))  # a person a later "she" may mean
                return relative
        # a person's role names no organisation ("one candidate", not a heading "Candidate Questionnaire")
        org = None if low in ROLE_WORDS else self._org_by_noun(tok)
        org = org or (self._subject_org_before(tok) if low in BODY_NOUNS else None) or self._organiser(tok)
        if org is not None:
            return self.from_entity(org, phrase)
        name = phrase["text"]
        # "Cardinal Ann Roe", a name the model did not tag; not a body's ("Garda Síochána Ombudsman Commission")
        if tok.pos_ == "PROPN" and "\n" not in name and low not in ORG_NAME_ENDS:
            name = clean_name(name)
            words = name.split()
            if len(words) == 2 and words[0].lower().rstrip(".") in _TITLE_WORDS:  # "Princess Amara"
                # an honorific is no part of the name ("Ms Sturgeon": "Sturgeon"); a rank may be ("Princess Amara")
                bare = words[1] if words[0].lower().rstrip(".") in _HONORIFICS else name
                name = self._fuller_untagged(words[1]) or bare
            else:
                name = name_after_descriptor(name)  # "Chief of Police Sterling Owen": "Police" is the body's word
        if low in NAMED_GROUP_NOUNS and phrase["text"].lower() == low:  # bare "the family": the one named in full
            name = self._named_group(tok) or name
        if (
            low in NATIONAL_NOUNS
            and phrase["end"] == tok.idx + len(tok.text)  # not "the government of X"
            and not any(c.ent_type_ in ("NORP", "GPE") for c in tok.lefts)
        ):
            name = self._national(tok, low)
        earlier = self._described_speaker(tok)
        if earlier is not None:
            return _with_mention(earlier, phrase)
        focus = self._titled_focus(tok)
        if focus is not None:  # "The Premier said" in a report about Ms Palaszczuk, never called "Premier ..."
            return self.from_entity(self._upgrade(focus), phrase)
        if (
            low in ROLE_WORDS
            and low not in SPEAKS_FOR
            and low not in self.roles
            and (
                (tok.is_title and definite(tok))
                # "British Columbia's emergency management minister says"
                or any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in tok.lefts)
                # "the authority's leader has vowed", "the council's chief executive says"
                or self._body_office(tok)
                # "The Somali prime minister has vowed"
                or (definite(tok) and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.lefts))
            )
            and self.paragraph_of(tok.idx) == self.lede_paragraph()
            and (tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "appos" and tok.head.dep_ == "nsubj"))  # dateline
        ):
            # a lede's "The Prime Minister has promised ..." (or "Ontario's health minister says") that names no
            # one with the title: the person the next paragraph names as its source ("..., said Sir Keir Starmer")
            source = self._first_source_after(tok.idx, last_paragraph=self.lede_paragraph() + 1)
            titled = {
                e["canonical"]
                for role, holders in self.roles.items()
                if role in ROLE_WORDS and role not in _KNIGHTHOODS
                for e in holders
            }
            if source is not None and (source["name"] not in titled or self._body_office(tok)):
                # not one the article gives another role (a body's leader may be its councillor, "Cllr Ann Roe")
                self.lede_roles[_role_key(phrase["text"])] = source
                if self._body_office(tok):  # "the authority's leader ... The leader said" (not "the minister" for
                    self.lede_roles.setdefault(low, source)  # "the prime minister": another one may be meant)
                return _with_mention(source, phrase)
        again = self.lede_roles.get(_role_key(phrase["text"])) if low in ROLE_WORDS else None
        if again is not None:  # "... the Somali prime minister said" again, later on
            return _with_mention(again, phrase)
        if name.lower() == low and people_noun(tok) and definite(tok) and self._introduced_unnamed(tok):
            # "an army colonel ... the colonel said": the fuller description the article brought the person in with
            intro = noun_phrase(self.doc[self._introductions[low]])["text"]  # type: ignore[index]
            name = name if any(m in intro for m in '"“”') else intro
        elif name.lower() == low and definite(tok) and tok.pos_ == "NOUN" and low in ORG_NAME_ENDS | BODY_NOUNS:
            # "According to the national seismology institute, ... The institute said": the fuller description
            name = self._described_before(tok) or name
        sp = unnamed_speaker(name, phrase)
        if (low in ROLE_WORDS and not low.endswith("s")) or (people_noun(tok) and tok.tag_ == "NN"):
            # a later "he"/"she" may refer to this unnamed person ("the man said ... he said")
            self._personlike.add(id(sp))
        return sp

    def _name_set_off_before(self, tok: Token) -> Entity | None:
        """ "The Harbourton Transport Safety Board, the lead agency investigating, said": a description set off
        by commas after the name that opens the sentence is that name's, though the parse made the description the
        verb's subject (not "Asked about Ann Roe, the mayor said": the name opens no sentence)."""
        if tok.pos_ != "NOUN" or not definite(tok):
            return None
        doc = self.doc
        lo, hi = tok.left_edge.i, tok.right_edge.i
        if lo < 2 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
            return None
        e = self.entity_at(doc[lo - 2].idx)
        if e is None or e["label"] not in ("ORG", "PERSON") or self.in_quote(e["start"]):
            return None
        opening = next((t for t in doc[lo - 2].sent if not t.is_space), None)
        return e if opening is not None and opening.idx == e["start"] else None

    def _titled_focus(self, tok: Token) -> Entity | None:
        """ "Theresa May was accused ... Mrs May refused ... // The Prime Minister insisted": a title of one
        person, capitalised or with its body before it ("the Sinn Féin leader"), that the article gives no one by
        name, is the person the article names most often (outside quotations; on a tie, the one named first)."""
        low = tok.lower_
        if (
            tok.tag_ not in ("NN", "NNP")
            or not (low in ROLE_WORDS or low in _FOCUS_DESCRIPTIONS or role_acronym(tok.text))  # ("the IGP")
            or low in SPEAKS_FOR  # "the BJP Spokesperson" speaks for the party, not for the one it attacks
            or indefinite(tok)
            or low in self.roles
            or any(c.dep_ in ("poss", "prep", "appos") for c in kids(tok))
        ):
            return None
        titled = tok.is_title or tok.is_upper or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)
        if tok.is_sent_start or not (titled or (definite(tok) and self._written_as_title(low))):
            return None
        return self._person_in_focus()

    def _written_as_title(self, low: str) -> bool:
        """ "The Housing Minister has said ... // ... the minister said": the article writes the role, after "the",
        capitalised as one person's title (no name after it), so its lower-case "the minister" is that title too."""
        if self._titles_written is None:  # once per article
            self._titles_written = frozenset(
                t.lower_
                for t in self.doc
                if t.is_title
                and not t.is_sent_start
                and t.dep_ != "compound"
                and t.lower_ in ROLE_WORDS
                and definite(t)
            )
        return low in self._titles_written

    def _head_of_state(self, tok: Token) -> Entity | None:
        """ "President Klaus Iohannis stated ... // '...,' the head of state argued": the definite "head of state"
        is the president or monarch the article names with that title, the latest before it (else the first
        after)."""
        if tok.lower_ not in ("head", "leader") or not definite(tok):
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or not any(
            g.dep_ == "pobj" and (g.lower_ == "state" if tok.lower_ == "head" else g.lower_ in country_names())
            for g in of.children
        ):
            return None  # "the head of state"; "the leader of Liberia"
        holders = [h for role in _HEADS_OF_STATE for h in self.roles.get(role, ())]
        before = [h for h in holders if h["start"] < tok.idx]
        if before:
            return max(before, key=lambda h: h["start"])
        return min(holders, key=lambda h: h["start"]) if holders else None

    def _holder_by_initials(self, tok: Token) -> Entity | None:
        """ "Odisha Chief Minister Mohan Charan Majhi ... // '...,' the CM said", "Director General of Police (DGP)
        Dilbagh Singh ... the DGP said": an office in capitals, after "the" (or bare, saying something), is the
        person named after a title whose words' initials it spells, the latest before it (else the first after)."""
        letters = tok.text
        # (also bare, as the subject of a verb of speech: "..., CS said" after "Cabinet Secretary Ann Roe")
        # (not a member's letters after a name: "Sogavare, MP stated")
        bare_speaker = (
            tok.dep_ == "nsubj" and tok.head.lower_ in SPEECH_VERBS and tok.lower_ not in _CONSTITUENCY_MEMBERS
        )
        if not (2 <= len(letters) <= 4 and letters.isupper() and letters.isalpha()) or not (
            definite(tok) or bare_speaker
        ):
            return None
        if tok.ent_type_ in ("GPE", "NORP") or letters in _NOT_OFFICES:
            return None
        body = self.acronyms.get(letters)
        if body is not None and body["canonical"].split()[-1].lower() in _BODY_HEADS:
            return None  # "The INMO said" after "Irish Nurses and Midwives Organisation (INMO)": a body, no office
        if self._titles is None:  # once per article: the title words before each person mention
            self._titles = {start: self._titles_before(e) for start, e, _, _ in self.persons}
        titles = self._titles
        return self._person_near(tok.idx, lambda start: any(_abbreviates(w, letters) for w in titles.get(start, [])))

    def _person_near(self, pos: int, match: Callable[[int], bool]) -> Entity | None:
        """The person whose mention (by its start, outside quotations) ``match`` accepts: the latest before
        ``pos``, else the first after it."""
        before: Entity | None = None
        after: Entity | None = None
        for start, e, _, _ in self.persons:
            if self.in_quote(start) or not match(start):
                continue
            if start < pos:
                before = e
            elif after is None:
                after = e
        return before or after

    def _asked_just_before(self, tok: Token) -> Entity | None:
        """ "Prosecutor Tom Brady put it to Lee: '...?' // The defendant replied": the subject of a reply is the
        person the question before it was put to, named in the sentence just before (not across another
        quotation's answer)."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lower_ not in _REPLY_FORMS:
            return None
        starts = self.sent_starts
        k = bisect_right(starts, tok.i) - 1
        # (each look bounded to a sentence's last 80 tokens: a hostile sentence may be as long as the article)
        for _ in range(3):  # the question's own sentences (and its closing mark, which the parse may split off)
            if k > 0 and all(
                self.in_quote(t.idx) or not t.is_alpha for t in self.doc[max(starts[k - 1], starts[k] - 80) : starts[k]]
            ):
                k -= 1
        if k < 1:
            return None
        for t in self.doc[max(starts[k - 1], starts[k] - 80) : starts[k]]:
            if self.in_quote(t.idx) or t.pos_ != "VERB" or t.lower_ not in _ASKING_FORMS:
                continue
            for c in kids(t):
                target = c
                if c.dep_ in ("dative", "prep") and c.lower_ == "to":
                    target = next((g for g in kids(c) if g.dep_ == "pobj"), c)
                elif c.dep_ != "dobj":
                    continue
                e = self.entity_at(target.idx)
                if e is not None and e["label"] == "PERSON" and not self.in_quote(target.idx):
                    return self._upgrade(e)
        return None

    def _body_member(self, tok: Token) -> Entity | None:
        """ "the union leader said" after "Ann Roe, head of the teachers' union,", "the AIADMK leader" after "AIADMK
        deputy general secretary Ann Roe": a definite leading role whose body (a name or a body noun) the article
        wrote in one person's title or set-off description only is that person."""
        if not definite(tok) or tok.lower_ not in _HEAD_WORDS:
            return None
        bodies = {
            c.lower_
            for c in tok.lefts
            if c.dep_ == "compound" and c.is_alpha and (c.pos_ == "PROPN" or c.lower_ in ORG_NAME_ENDS)
        }
        if not bodies:
            return None
        # every word naming the body or the rank must be in the description ("the Labour group deputy leader" is
        # no "Liberal Democrat group leader")
        bodies |= {c.lower_ for c in tok.lefts if c.lower_ in _SECOND_RANKS}
        found = [self._described_with(word) for word in bodies]
        people = {name: e for name, e in found[0].items() if all(name in f for f in found[1:])}
        return next(iter(people.values())) if len(people) == 1 else None

    def _described_with(self, word: str) -> dict[str, Entity]:
        """The people (by canonical name) whose title before the name or set-off description after it holds
        ``word`` (lower case): "AIADMK deputy general secretary Ann Roe", "Ann Roe, head of the union,", "Kenyan
        runner Ann Roe", "Sen. Ann Roe (D-Calif.)" for "democrat". Indexed once per article."""
        if self._body_titles is None:
            self._body_titles = {}
            text = doc_text(self.doc)
            for start, e, _, _ in self.persons:
                if self.in_quote(start):
                    continue
                words = _title_phrase(self.doc, bisect_left(self.tok_starts, start)) | _set_off_description(
                    self.doc, bisect_left(self.tok_starts, e["end"])
                )
                party = _US_PARTY.match(text, e["end"])
                if party is not None:
                    words.add(_US_PARTIES[party[1]])
                for w in words:
                    self._body_titles.setdefault(w, {}).setdefault(e["canonical"], e)
        return self._body_titles.get(word, {})

    def _holder_of_spelled_office(self, tok: Token) -> Entity | None:
        """ "Kerala CM Arun Menon ... // the Chief Minister said": an office written out with capitals is the
        person named right after its initials, the latest before it (else the first after); the reverse of
        ``_holder_by_initials``."""
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.is_title and c.is_alpha]
        if not words or not tok.is_title or not definite(tok):
            return None
        letters = "".join(w.text[0] for w in (*words, tok))

        def after_initials(start: int) -> bool:
            i = bisect_left(self.tok_starts, start) - 1
            return i >= 0 and self.doc[i].text == letters

        return self._person_near(tok.idx, after_initials)

    def _titles_before(self, e: Entity) -> list[list[str]]:
        """The titles before the person's mention ``e``: the words right before it ("Chief Minister Ann Roe") and
        each title of those a sentence opens with, set off by a comma ("Prime Minister and Leader of the BLP, Ann
        Roe": "Prime Minister", "Leader")."""
        start = e["start"]
        comma = bisect_left(self.tok_starts, start) - 1
        end = bisect_left(self.tok_starts, e["end"])
        set_off = [[t.text for t in title] for title in set_off_titles(self.doc, comma, end)]
        return [_title_words(self.doc, self.tok_starts, start), *set_off]

    def _described_before(self, tok: Token) -> str | None:
        """The latest earlier mention (within 400 tokens, outside quotations) of the same noun with words of its
        own before it ("the national seismology institute" for a later "the institute"), as the article gives it."""
        t = self._noun_before(
            tok,
            lambda t: (
                t.lower_ == tok.lower_
                and t.pos_ == "NOUN"
                and any(c.dep_ in ("amod", "compound") and c.i < t.i for c in t.children)
            ),
        )
        if t is None:
            return None
        text = noun_phrase(t)["text"]
        return None if any(m in text for m in '"“”\n') or len(text) > 80 else text

    def _noun_before(self, tok: Token, match: Callable[[Token], bool], reach: int = 400) -> Token | None:
        """The latest token before ``tok`` (within ``reach`` tokens, outside quotations) that ``match`` accepts."""
        for k in range(tok.i - 1, max(-1, tok.i - reach - 1), -1):
            t = self.doc[k]
            if match(t) and not self.in_quote(t.idx):
                return t
        return None

    def _described_speaker(self, tok: Token, nationality: bool = False) -> Speaker | None:
        """ "'...,' Ayalon said. '...,' said the Israeli envoy": a definite description of one person ("the
        <adjective> <role>") that names no holder of the role the article introduced, and no person the
        article introduced with "a"/"an" and that noun, is the person who spoke last, in this paragraph or the
        one before."""
        low = tok.lower_
        fame = low in _FAME_NOUNS and tok.is_lower  # "the former pop star"; not "The Star reported", a newspaper
        # "the 62-year-old former judge": an age names no new person, it describes one the article named
        aged = _AGE.search(doc_text(self.doc), tok.left_edge.idx, tok.idx) is not None
        age_alone = _age_alone(tok)  # "the 72-year-old said"
        aged = aged or age_alone
        # (and "the 34-year-old father-of-one")
        variation = low in _VARIATION_NOUNS or age_alone or (aged and people_noun(tok))
        # "the human rights lawyer turned politician": the holder's field, a first description of one named before
        field = any(_field_compound(c) for c in tok.children) and self.first_use(tok)
        if (
            low.endswith("s")
            or not definite(tok)
            or not (low in ROLE_WORDS or low in _FOCUS_DESCRIPTIONS or nationality or fame or variation)
            or tok.dep_ == "poss"
            # "the party's leader", "the head of the agency": another's role; not "the head of state" or "the
            # Social Democrat" (a party's member)
            or any(
                c.dep_ in ("poss", "prep", "compound")
                and not _describes_only(c)
                and not _affiliation(c)
                and not (nationality and c.ent_type_ == "NORP")  # "the South Korean"
                and not (field and _field_compound(c))
                for c in tok.children
            )
        ):
            return None
        if self._introduced_unnamed(tok):
            return None
        last = self.last_event(tok.idx)
        reported = self._reported_person_before(tok)
        if reported is not None and (last is None or last[0] < reported[0]):
            # "Roe said ... she added. // ..., the federal minister said": reported speech counts as speaking
            last = reported
        affiliated = any(_affiliation(c) for c in tok.children)
        if (aged or variation) and last is not None:
            # "Among those who complained is Ann Roe ... // The 34-year-old said": the one person a sentence named
            # as its subject since the last source spoke
            since = self._lone_subject_since(last[0], tok.idx)
            if since is not None:
                last = (
                    since["start"],
                    self.from_entity(self._upgrade(since), char_span(self.doc, since["start"], since["end"])),
                )
        if last is None or last[1]["label"] != "PERSON":
            if affiliated:  # "the West Belfast MLA" names no one the sentences before are about
                return None
            # no quotation yet: the person the sentences before are about ("Ukrainian President Ann Roe said ...
            # // "...," the head of state wrote"), as a pronoun there would mean; for words that describe the one
            # in focus, not another party's role ("the judge" after "the defendant Ann Roe")
            if low not in _FOCUS_DESCRIPTIONS and not fame and not aged and not variation and not field:
                return None  # ("the human rights lawyer turned politician told the crowd": the one in focus)
            person = self._antecedent_person(tok)
            if person is None or person["label"] != "PERSON" or person["mention"] is None:
                return None
            last = (person["mention"]["start"], person)
        gap = self.paragraph_of(tok.idx) - self.paragraph_of(last[0])
        if not 0 <= gap <= (3 if aged or field else 1):
            return None
        if not self.same_sex(tok, last[1]["name"]):
            return None  # "The father said ... // The mother said": not the one who spoke last
        return last[1]

    def first_use(self, tok: Token, past_predicates: bool = False) -> bool:
        """Is this the article's first use of the noun, outside quotations (not someone brought in before)? With
        ``past_predicates``, a use as a predicate does not count ("he has become a hardworking man ... the man
        said")."""
        return not any(
            t.lower_ == tok.lower_ and not self.in_quote(t.idx) and not (past_predicates and t.dep_ == "attr")
            for t in self.doc[max(0, tok.i - 2000) : tok.i]
        )

    def same_sex(self, noun: Token, name: str) -> bool:
        """Can a noun of one sex ("mother", "spokesman") describe the person of that name (by honorific, noun in
        apposition or given name)? Nouns of no sex describe anyone."""
        if not gender_agrees(noun, "he"):
            return self.agrees(name, "she")
        if not gender_agrees(noun, "she"):
            return self.agrees(name, "he")
        return True

    def _press_named_before(self, tok: Token) -> Entity | None:
        """ "the Morning Star daily reported ... said the daily": a bare "the daily", "the newspaper" is the
        publication the article named with that word before (its name right before or after the word)."""
        if not definite(tok) or any(c.dep_ in ("compound", "poss", "amod", "nmod") for c in kids(tok)):
            return None
        doc = self.doc
        for t in self._earlier_mentions(tok, 400):
            if t.i > 0 and _title_name_word(doc[t.i - 1]):  # "the Morning Star daily"
                lo = t.i - 1
                while lo > 0 and t.i - lo < 4 and _title_name_word(doc[lo - 1]):
                    lo -= 1
                return self._publication(lo, t.i)
            if t.i + 1 < len(doc) and _title_name_word(doc[t.i + 1]):  # "the daily Morning Star"
                hi = t.i + 2
                while hi < len(doc) and hi - t.i < 5 and _title_name_word(doc[hi]):
                    hi += 1
                return self._publication(t.i + 1, hi)
        return None

    def _publication(self, lo: int, hi: int) -> Entity:
        """The publication named by tokens ``lo`` to ``hi``: the organisation tagged there, else those words."""
        doc = self.doc
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        e = self.entity_at(start)
        if e is not None and e["label"] == "ORG":
            return e
        if e is not None and e["start"] < start and e["end"] == end:
            start = e["start"]  # "al-Mustaqbal", tagged a person: the whole name
        name = doc_text(doc)[start:end]
        return {"text": name, "label": "ORG", "start": start, "end": end, "canonical": name}

    def _name_set_off_after(self, role: Token) -> Entity | None:
        """ "According to the municipality's legal adviser, Jorro Eiseb, the residents ...": a person's name set
        off by commas right after a role noun is its holder, however the parse attached it."""
        doc = role.doc
        last = role.i
        if role.i + 1 < len(doc) and doc[role.i + 1].text != "," and role.right_edge.i - role.i <= 8:
            last = role.right_edge.i  # "the MP for the Isle of Glenmore, Tom Harker": after the role's phrase
        if last + 2 >= len(doc) or doc[last + 1].text != ",":
            return None
        e = self.entity_at(doc[last + 2].idx)
        if e is None or e["label"] != "PERSON" or e["start"] != doc[last + 2].idx:
            return None
        after = doc_text(doc)[e["end"] : e["end"] + 1]
        return e if after == "," or (after == "." and last > role.i) else None

    def _reported_person_before(
        self, tok: Token, main_clause: bool = False, pronoun: str = ""
    ) -> tuple[int, Speaker] | None:
        """The person whose words the paragraph before ``tok`` (or its own sentences before it) reported without
        quotation marks: the nearest subject of a speech verb ("Roe said ...", "she added") that is a person;
        with ``main_clause``, a subject that names one (not a pronoun, unless it is ``pronoun`` itself: "He also
        warned that ... // '...,' he warned") of a verb that heads its sentence (not "he said that the minister
        announced")."""
        if self._in_reported:  # the subject found may be a description itself: one step back, not a chain
            return None

        def source(t: Token) -> bool:
            if t.dep_ != "nsubj":
                return _name_before_bare_verb(t, tok.i) and not self.in_quote(t.idx)
            return (
                t.head.lower_ in SPEECH_VERBS | REPORT_VERBS
                and t.head.i < tok.i
                and not self.in_quote(t.head.idx)
                and (
                    not main_clause
                    # "... shopkeeper Ann Roe, who said the mayor was wrong"; not in a sentence that "he" leads ("He
                    # was critical of Ann Roe, who accused ... // '...,' he said": the first "he")
                    or (_relative_who(t) and not self._led_by_pronoun(self._sentence_of(t.idx), t.idx, pronoun))
                    or (_main_clause(t.head) and (t.pos_ != "PRON" or self._opens_with(t, pronoun)))
                )
            )

        reach = tok
        for _ in range(2):  # past an outlet's "He warned that ..., the newspaper reported"
            t = self._noun_before(reach, source, reach=199)
            if t is None or self.paragraph_of(tok.idx) - self.paragraph_of(t.idx) > 1:
                return None
            self._in_reported = True
            try:
                who = self.resolve_token(t.head.head if _relative_who(t) else t, 1)
            finally:
                self._in_reported = False
            if who is not None and who["label"] == "PERSON":
                return t.idx, who
            reach = t
        return None

    def _sentence_of(self, pos: int) -> int:
        """The index of the parsed sentence holding the character offset ``pos``."""
        return bisect_right(self.sent_starts, bisect_right(self.tok_starts, pos) - 1) - 1

    def _opens_with(self, t: Token, pronoun: str) -> bool:
        """Is ``t`` that pronoun before its verb with no person named before it in its sentence ("He also warned
        that ...", "In an interview to Qatar TV, he said ..."), not one after the words it reports, whose names it
        may be confused with ("It was not Dr Ann Roe's job, he said")?"""
        if not pronoun or t.lower_ != pronoun or t.head.i < t.i:
            return False
        before = self.doc[sentence_start(self.doc, t.i, 40) : t.i]
        named = bisect_left(self.person_starts, before.start_char) < bisect_left(self.person_starts, t.idx)
        return not named and not any(w.ent_type_ == "PERSON" or self.in_quote(w.idx) for w in before)

    def _body_spoken_for(self, tok: Token, depth: int) -> Speaker | None:
        """The organisation an unnamed spokesperson or representative speaks for, when the article names it
        ("a spokesman for 10 Downing Street", "a State Department spokesperson", "representatives from the
        University of X") or it is a country's government ("a government spokesperson": "Nepalese government");
        not a body left unnamed ("a hospital spokesperson")."""
        if any(c.dep_ == "appos" for c in kids(tok)):
            return None  # "a spokesman, Ann Roe,": the person
        for child in kids(tok):
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
                # "a spokesman for the agency": the body the sentences before made their subject
                found = self._org_in_prep(child, reach=1200)
                if found is not None:  # not "representatives from Iran": a country
                    return self.from_entity(found[1], _token_span(found[0]))
            if child.dep_ in ("compound", "nmod") and child.i < tok.i and not self.in_quote(child.idx):
                e = self.entity_at(child.idx)
                if e is not None and e["label"] in ("ORG", "GPE", "NORP") and e["end"] <= tok.idx:
                    return self.from_entity(self._upgrade(e), char_span(self.doc, e["start"], e["end"]))
                if e is None and child.pos_ == "PROPN":
                    # "A Northern Ireland Ambulance Service spokesperson", the name left untagged this time: the
                    # organisation the article named in those words before
                    written = self._org_named(self.doc[child.left_edge.i : tok.i].text)
                    if written is not None:
                        return self.from_entity(self._upgrade(written), _token_span(child))
                if e is None and _ACRONYM.fullmatch(child.text) and not role_acronym(child.text):
                    # "A PSNI spokesperson said", the acronym untagged: the body it names, spelt out where the
                    # article gives it ("Irish Nurses and Midwives Organisation (INMO)"), else the acronym
                    return self._acronym_body(child)
                if e is None and child.lower_ in NATIONAL_NOUNS:
                    return self.resolve_token(child, depth + 1)
                if e is None and child.pos_ == "NOUN" and child.lower_ in ORG_NAME_ENDS:
                    named = self._org_by_noun(child)  # "a council spokesperson": the council the article names
                    if named is not None:
                        return self.from_entity(self._upgrade(named), _token_span(child))
            if child.dep_ == "amod" and child.lower_ in NATIONAL_NOUNS and child.i < tok.i:
                # "a British military spokesman", "military" tagged an adjective: the British military
                nation = next((c for c in tok.lefts if c.ent_type_ == "NORP" and c.i < child.i), None)
                low = child.lower_
                name = f"{nation.text} {low}" if nation is not None else self._national(child, low)
                lo = nation if nation is not None else child
                return unnamed_speaker(name, char_span(self.doc, lo.idx, child.idx + len(child.text)))
        return None

    def _acronym_body(self, acronym: Token) -> Speaker:
        """The organisation an untagged acronym names: the entity it abbreviates, the words a parenthesis spells
        out, or the acronym itself."""
        span = _token_span(acronym)
        named = self._by_name(acronym.text, acronym.idx)
        if named is not None and named["label"] == "ORG":
            return self.from_entity(self._upgrade(named), span)
        expansion = self.expansions.get(acronym.text)
        return unnamed_speaker(expansion[0] if expansion is not None else acronym.text, span)

    def _source_body(self, tok: Token, depth: int) -> Speaker | None:
        """ "A source within the Interior Ministry said", "Znak.com reported its source said": the organisation
        an unnamed source is inside, or the outlet whose source it is; not a place ("sources in Kabul") nor a
        person's sources."""
        for child in kids(tok):
            if child.dep_ == "prep" and child.lower_ in INSIDE_PREPS:
                found = self._org_in_prep(child, reach=600)  # "sources at the company"
                if found is not None:
                    return self.from_entity(self._upgrade(found[1]), _token_span(found[0]))
            if child.dep_ == "poss" and not self.in_quote(child.idx):
                if child.lower_ in GROUP_POSSESSIVES:  # "its source": the organisation that subjects the clause
                    owner = self._clause_subject(child, depth, labels=("ORG",))
                else:
                    owner = self.resolve_token(child, depth + 1)
                if owner is not None and owner["label"] == "ORG":
                    return owner
        return None

    def _org_in_prep(self, prep: Token, reach: int) -> tuple[Token, Entity] | None:
        """The object of a preposition and the organisation it names ("for 10 Downing Street"), or, for a bare
        body noun ("for the agency"), the organisation the sentences before made their subject (``reach``
        characters back); ``None`` for anything else (a country, a person)."""
        pobj = next((g for g in kids(prep) if g.dep_ == "pobj" and not self.in_quote(g.idx)), None)
        if pobj is None:
            return None
        org = self._entity_of_phrase(pobj)
        if org is None and pobj.lower_ in BODY_NOUNS:
            org = self._subject_org_before(pobj, reach=reach)
        if org is None and pobj.lower_ in _PART_NOUNS:
            # "a spokesperson for the Cork area of the INMO": the body the part belongs to
            of = next((c for c in kids(pobj) if c.dep_ == "prep" and c.lower_ == "of"), None)
            return self._org_in_prep(of, reach) if of is not None else None
        return (pobj, org) if org is not None and org["label"] == "ORG" else None

    def _earlier_body(self, tok: Token, depth: int) -> Speaker | None:
        """The body the same word spoke for last, in the few sentences before ("an Interpol spokesperson
        stated ... The spokesperson added"), past bare mentions of it between ("A spokesperson for NSW Police
        confirmed ... the spokesperson said ... the spokesperson said")."""
        doc = tok.doc
        for t in self._earlier_mentions(tok, 120):
            body = self._body_spoken_for(t, depth + 1)
            org = self._org_compound(t) if body is None else None
            if body is None and org is None and not _modified(t):
                continue
            return body or (self.from_entity(org, char_span(doc, org["start"], org["end"])) if org else None)
        return None

    def _owner(self, tok: Token, depth: int) -> Speaker | None:
        """Who owns an account or a page: a name in title case, coordinated words included ("The Bernie and Sid
        Show", which the model cuts into two persons), else what the noun phrase resolves to."""
        doc = tok.doc
        lo = tok.i
        while lo > tok.left_edge.i and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].lower_ == "the"):
            lo -= 1
        hi = tok.i
        while hi + 1 <= min(tok.right_edge.i, tok.i + 8):
            nxt = doc[hi + 1]
            name_word = nxt.pos_ == "PROPN" and nxt.is_title
            joiner = nxt.lower_ in ("and", "&", "of") and hi + 2 < len(doc) and doc[hi + 2].pos_ == "PROPN"
            if not (name_word or joiner):
                break
            hi += 1
        words = [t for t in doc[lo : hi + 1] if t.pos_ == "PROPN"]
        e = self.entity_at(tok.idx)
        if (
            len(words) >= 2
            and any(t.lower_ in ("and", "&", "of") for t in doc[lo : hi + 1])
            and (e is None or e["end"] < doc[hi].idx)
        ):
            span = char_span(doc, doc[lo].idx, doc[hi].idx + len(doc[hi].text))
            return unnamed_speaker(span["text"], span)
        return self.resolve_token(tok, depth + 1)

    def _group_subject_before(self, tok: Token, since: int) -> Speaker | None:
        """ "The Harbour Authority criticised the plan. They released a statement ...": the organisation that is the
        main subject of the sentence just before, in the same paragraph and after the last quotation's speaker.
        "Minister Ann Roe and her counterpart, Tom Lee, met in Oslo. [One person did X.] They concluded ...": the
        persons named together as a subject, up to three sentences back (past sentences led by one person,
        who is not "they"), the paragraph before included."""
        starts = self.sent_starts
        k = bisect_right(starts, tok.i) - 1
        for back in range(3):
            k -= 1
            if k < 0 or starts[k + 1] - starts[k] > 80:  # no sentence before, or one too long to scan
                return None
            root = next((t for t in self.doc[starts[k] : starts[k + 1]] if t.head.i == t.i), None)
            if root is None or root.idx <= since:
                return None
            subj = next((c for c in kids(root) if c.dep_ == "nsubj" and not self.in_quote(c.idx)), None)
            if subj is None:
                return None
            people = self._persons_in(subj)
            if len(people) >= 2 and tok.lower_ in PLURAL_PRONOUNS:
                names = [clean_name(p["canonical"]) for p in people]
                joined = ", ".join(names[:-1]) + " and " + names[-1]
                phrase = char_span(self.doc, subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
                return unnamed_speaker(joined, phrase)
            if len(people) == 1 and tok.lower_ in PLURAL_PRONOUNS:
                continue  # "The Italian minister, Luigi Rossi, joined as an observer": one person is not "they"
            if (
                back == 0
                and tok.lower_ == "they"
                and subj.lower_ in _NEUTRAL_VOICES
                and subj.tag_ == "NN"
                and self.paragraph_of(tok.idx) - self.paragraph_of(subj.idx) <= 1
            ):
                # "A PSNI spokesperson said the man had died. // They said: '...'": one person of no stated sex
                return self.resolve_token(subj)
            # "it" may open the next paragraph: "The Commission said ... // "...," it said."
            if back > 0 or not (_same_paragraph(root, tok) or tok.lower_ in ("it", "its")):
                return None
            e = self._entity_of_phrase(subj)
            if e is None and tok.lower_ in ("it", "its") and subj.pos_ == "PROPN" and subj.lower_ in ORG_NAME_ENDS:
                return self.resolve_token(subj)  # a body's name the model did not tag ("the ... Commission")
            if e is None and tok.lower_ in PLURAL_PRONOUNS and plural_source(subj):
                return self.resolve_token(subj)  # "The researchers suggested ... They reported": the researchers
            if e is None or e["label"] not in ("ORG", "NORP"):
                return None
            return self.from_entity(self._upgrade(e), char_span(self.doc, e["start"], e["end"]))
        return None

    def _addressee(self, pos: int, mention: Span) -> Speaker | None:
        """ "you wrote" in an interview question: the interviewee, whose name labels the answer that follows
        ("((Jane Roe)) ..." / "Jane Roe: ..."), within the next three paragraphs."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, pos) + 1
        label = _TURN_LABEL.match(text, start, min(pos, start + 40))
        if label is None or self.is_person(label.start(1)):
            return None  # not a question turn: a generic "you" ("you'd say ...") in someone's answer
        p = pos
        for _ in range(3):
            p = text.find("\n", p)
            if p < 0:
                return None
            p += 1
            q = p
            while q < len(text) and q - p < 4 and not text[q].isalnum():
                q += 1
            e = self.entity_at(q)
            if e is not None and e["label"] == "PERSON" and text[e["end"] : e["end"] + 3].lstrip()[:1] in (")", ":"):
                return self.from_entity(self._upgrade(e), mention)
        return None

    def interviewee(self, pos: int, mention: Span | None = None) -> Speaker | None:
        """ "I said", "we thought", "my blog post" in an interview answer: the person whose name labels the turn
        ("((Jane Roe)) ..." / "Jane Roe: ..." at the start of this paragraph or of the nearest labelled one before
        it, within a few paragraphs); nothing in a question turn ("((WN))") or outside an interview."""
        text = doc_text(self.doc)
        end = pos
        for _ in range(INTERVIEW_PARAGRAPHS):
            start = text.rfind("\n", 0, end) + 1
            label = _TURN_LABEL.match(text, start, min(end, start + 40))
            if label is not None:
                e = self.entity_at(label.start(1))
                if e is None or e["label"] != "PERSON" or e["end"] != label.end(1):
                    # a label the model left untagged: a person the article names so elsewhere
                    e = self.full_mention.get(("PERSON", label.group(1).strip()))
                if e is None:
                    return None  # a question turn, or a paragraph opening with words before a colon
                return self.from_entity(self._upgrade(e), mention or char_span(self.doc, e["start"], e["end"]))
            if start == 0:
                return None
            end = start - 1
        return None

    def _described_subject_just_before(self, tok: Token, depth: int) -> Speaker | None:
        """ "A spokeswoman for Friends of the Valley confirmed a complaint about Ms Roe ... // She said: '...'": "he"
        or "she" opening its sentence, right after a sentence whose main subject is one person the article
        describes by a noun of that sex and does not name there ("a spokeswoman", "the woman"), is that person (as
        the noun resolves: the body a spokesperson speaks for), not a person named elsewhere in that sentence."""
        low = tok.lower_
        if low not in ("he", "she") or tok.dep_ != "nsubj" or self.in_quote(tok.idx):
            return None
        doc = self.doc
        start = sentence_start(doc, tok.i)
        if tok.i != start or start == 0:
            return None
        before = sentence_start(doc, start - 1)
        root = next((t for t in doc[before:start] if t.head.i == t.i), None)
        if root is None or self.paragraph_of(tok.idx) - self.paragraph_of(root.idx) > 1:
            return None
        subj = next((c for c in kids(root) if c.dep_ == "nsubj" and not self.in_quote(c.idx)), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ == "NNS" or not self._one_of_sex(subj, low):
            return None
        if any(c.dep_ == "appos" for c in kids(subj)) or self.is_person(subj.idx):
            return None  # "A spokeswoman, Ann Roe," is the person named
        return self.resolve_token(subj, depth + 1)

    @staticmethod
    def _one_of_sex(noun: Token, pronoun: str) -> bool:
        """Is the noun one for a person of the pronoun's sex only ("spokeswoman", "man")?"""
        other = "he" if pronoun == "she" else "she"
        return gender_agrees(noun, pronoun) and not gender_agrees(noun, other)

    def _clause_subject(self, tok: Token, depth: int, labels: tuple[str, ...] = ("PERSON",)) -> Speaker | None:
        """ "Mayor Roe, a party member, spoke on the show when he made the announcement": a person subject of
        a clause that governs the pronoun, before it in the same sentence, is its antecedent (an organisation,
        for "its": ``labels``)."""
        cur = tok.head
        own = tok.head.i
        for _ in range(8):
            if cur.i != own:
                for child in kids(cur):
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i < tok.i and not self.in_quote(child.idx):
                        if child.lower_ in PERSON_PRONOUNS or child.lower_ in RELATIVE_PRONOUNS:
                            return None
                        sp = self.resolve_token(child, depth + 1)
                        if sp is not None and (
                            sp["label"] in labels or ("PERSON" in labels and id(sp) in self._personlike)
                        ):
                            return sp
                        return None
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def _name_given_in_relative(self, tok: Token) -> Entity | None:
        """ "a woman, who gave only one name Hoa", "a driver, who gave his name only as Karim": the name the
        source gave (a one-word name, as the article has it), for a person noun with such a relative clause."""
        text = doc_text(self.doc)
        end = tok.idx + len(tok.text)
        m = _GAVE_NAME.search(text, end, min(len(text), end + 120))  # "A driver waiting near the gates, who"
        if (
            m is None
            or m.start() - end > 50
            or any(ch in text[end : m.start()] for ch in '.;:"“”')
            or self.in_quote(m.start(1))
        ):
            return None
        name = m.group(1)
        return {"text": name, "label": "PERSON", "start": m.start(1), "end": m.end(1), "canonical": name}

    def _lede_role_named_later(self, role: str, tok: Token) -> Entity | None:
        """ "A striking nurse has said "..." // Nurse Ann Roe told ...": a news lede brings the source in by a
        role, the next paragraphs name her with it; the first person given that role after the lede's mention,
        within the next two paragraphs (a role met later in the article is another person's), or anywhere
        when the article gives that role to no one else ("A coroner has concluded ... // ... Ann Roe, assistant
        coroner for Derby, said" far down a court report)."""
        here = self.paragraph_of(tok.idx)
        if here != self.lede_paragraph():
            return None
        holders = self.roles.get(role, [])
        later = [e for e in holders if e["start"] > tok.idx and self._role_fits(tok, e)]
        near = next((e for e in later if self.paragraph_of(e["start"]) <= here + 2), None)
        if near is not None or not later:
            return near
        return later[0] if len({e["canonical"] for e in holders}) == 1 else None

    def _court_before(self, tok: Token) -> Token | None:
        """The latest court or tribunal mentioned before the token (within 400 tokens), outside quotations."""
        return self._noun_before(tok, lambda t: t.lower_ in ("court", "tribunal") and t.pos_ in ("NOUN", "PROPN"))

    def _bound_subjects(self, pos: int, pronoun: str) -> list[int]:
        """ "While Bakiyev has offered him immunity, he said": a subject whose verb has "him" for object earlier
        in the pronoun's sentence is someone else than "he" (the offset of each such subject)."""
        obj = {"he": "him", "she": "her"}.get(pronoun)
        ti = bisect_right(self.tok_starts, pos) - 1
        if obj is None or ti < 0:
            return []
        out: list[int] = []
        for t in self.doc[sentence_start(self.doc, ti, 80) : ti]:
            if t.lower_ == obj and t.dep_ in ("dobj", "dative"):
                for subj in kids(t.head):
                    if subj.dep_ == "nsubj":  # every person of the subject ("X and former minister Y")
                        out.extend(w.idx for w in islice(subj.subtree, 40) if w.i < t.i)
        return out

    def _fronted_objects(self, pos: int) -> list[int]:
        """ "Regarding the arrest of MLA Satish Sail, he said": a person named as no subject in the phrase that
        opens the pronoun's sentence ahead of it is someone else than the pronoun (the offset of each such name);
        not the subject of a clause there ("After Roe arrived, she said")."""
        ti = bisect_right(self.tok_starts, pos) - 1
        if ti < 1 or not self.sent_starts:
            return []
        tok = self.doc[ti]
        if tok.dep_ not in SUBJECT_DEPS:
            return []
        first = self.doc[self.sent_starts[bisect_right(self.sent_starts, ti) - 1]]
        if first.i >= tok.i or first.dep_ not in ("prep", "advcl", "npadvmod") or first.head.i < tok.i:
            return []
        return [
            w.idx
            for w in islice(first.subtree, 60)
            if w.i < tok.i
            and (w.ent_type_ == "PERSON" or self.is_person(w.idx) or self._known_surname(w))
            and w.dep_ not in SUBJECT_DEPS
            and w.head.dep_ not in SUBJECT_DEPS
            and not (w.head.dep_ == "agent" or w.head.head.dep_ == "agent")  # "a statement released by Ann Roe"
        ]

    def _reported_before(self, pos: int) -> list[int]:
        """ "Prague will not receive agency chief Pavel Horak, he said": a person named in what a closing "he said"
        reports, ahead of it in its sentence, is someone else than "he" (the offset of each such name); not when
        the verb goes on to report a clause of its own ("After meeting Horak, he said that ...")."""
        ti = bisect_right(self.tok_starts, pos) - 1
        if ti < 2:
            return []
        tok = self.doc[ti]
        verb = tok.head
        if (
            tok.dep_ not in SUBJECT_DEPS
            or verb.i != tok.i + 1
            or verb.lower_ not in REPORT_VERBS
            or self.doc[ti - 1].text != ","
            or any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in kids(verb))
        ):
            return []
        # (a subject there may be "he" after all, or its possessor: "Minecraft was in alpha when Roe began to
        # build a game like it, he told us", "Justice Ann Roe's ruling came with no caveats: ..., she said")
        return [
            w.idx
            for w in self.doc[sentence_start(self.doc, ti, 80) : ti]
            if (w.ent_type_ == "PERSON" or self.is_person(w.idx) or self._known_surname(w))
            and _phrase_head(w).dep_ not in SUBJECT_DEPS
        ]

    def _known_surname(self, tok: Token) -> bool:
        """ "Describing Mr Sinclair as": an untagged proper noun that is the name of a person the article named."""
        return tok.pos_ == "PROPN" and tok.is_title and self._by_name(tok.text, tok.idx) is not None

    def named_after(self, tok: Token) -> Speaker | None:
        """ "'I'm looking for one building,' he said. ... 'It's the global business hub,' Alabbar said": a report
        that opens on a quotation, with no one named or quoted before its "he", names him after; the first person
        named after the pronoun as a source (the subject of a verb of speech, or "according to" them), outside
        quotations, whose name agrees with it; not one the report only mentions ("Chief Justice Ann Roe delivered
        the ruling": she is no "he said" of the opening). For a "he" or "she" that nothing before resolved."""
        if tok.lower_ not in ("he", "she"):
            return None
        e = self._first_source_after(tok.idx, tok.lower_)
        return _with_mention(e, _token_span(tok)) if e is not None else None

    def _subject_just_before(self, tok: Token) -> Entity | None:
        """ "A combative Pranab Mukherjee on Friday demolished ... // Instead, the finance minister claimed": a
        definite role that no one holds by name in the article, the main subject of the sentence right after one
        whose main subject is the only person it names, is that person (the article's variation on the name)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or tok.tag_ == "NNS":
            return None
        if tok.left_edge.lower_ != "the" or self.in_quote(tok.idx):
            return None
        doc = self.doc
        if not self.first_use(tok):
            return None  # "An official was hurt ... the official said": the one brought in before
        starts = parsed_sentence_starts(doc)  # (not Token.sent, which scans the whole sentence each time)
        k = bisect_right(starts, tok.i) - 1
        if k <= 0:
            return None
        prev = doc[starts[k - 1] : starts[k]]
        if (
            self.in_quote(prev.root.idx)
            or self.paragraph_of(doc[starts[k]].idx) - self.paragraph_of(prev.start_char) > 1
        ):
            return None
        subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(c.idx)]
        if len(subjects) != 1:
            return None  # ("According to the mayor, Dee Margo, ..., police were": the parse gave the verb two)
        subj = subjects[0]
        named = {  # the subject is the name itself, not a phrase that holds one ("According to the mayor, X, police")
            e["canonical"]: e for e in self._persons_in(subj) if e["start"] <= subj.idx < e["end"]
        }
        everyone = {e["canonical"] for e in self.persons_between(prev.start_char, prev.end_char)}
        if len(named) != 1 or everyone - set(named):
            return None
        person = next(iter(named.values()))
        if any(
            t.lower_ in ROLE_WORDS or t.lower_.rstrip(".") in _TITLE_WORDS
            for t in doc[subj.left_edge.i : subj.right_edge.i + 1]
        ):
            return None  # "Police chief Anton Reyes said ... the official said": named with another role
        if not self.same_sex(tok, person["canonical"]):
            return None  # "The mother said" after a sentence about the father
        return person

    def _lede_subject_named_next(self, tok: Token) -> Entity | None:
        """ "A highways chief has defended ... // Cabinet member Ann Roe gave the green light ... // The highways
        chief insisted": a lede whose subject is an unnamed role ("a highways chief", "an expert in public
        policy") and that names no one brings its source in by that role; the next sentences name her as their
        subject (the first of the next four sentences with a person as its main subject). For the lede's role and
        for the same role again later ("the highways chief"); also for "One of the organisers has said"."""
        first = tok
        unnamed = indefinite(tok) or tok.lower_ == "one"  # ("One of the organisers has said")
        if unnamed and tok.head.lower_ not in REPORT_VERBS and not _colon_before_quote(tok.head):
            # "A highways chief has defended ... despite householders claiming": not the lede's source (but "A
            # mayoral candidate has hit back at his rival: “...”" gives the candidate's words)
            return None
        if not unnamed and according_to(tok) and definite(tok):
            # "..., according to the health minister. // Robin Swann was speaking ahead of ...": the lede's source,
            # a role the article gives no one, is the person the next sentences make their subject
            # (at or before the lede found: a first sentence whose verb is quoted gives a later one)
            if self.paragraph_of(tok.idx) > self.lede_paragraph() or self.in_quote(tok.idx):
                return None
            return self._named_next(tok)
        if not unnamed:
            if tok.left_edge.lower_ != "the" or not self._introduced_unnamed(tok):  # ("the" may go with "highways")
                return None
            first = self.doc[self._introductions[tok.lower_]]  # type: ignore[index]
            mods = {c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")}
            if not mods <= {c.lower_ for c in first.lefts if c.dep_ in ("compound", "amod")}:
                return None
        if (
            self.paragraph_of(first.idx) != self.lede_paragraph()
            or first.dep_ not in ("nsubj", "nsubjpass")
            or first.head.dep_ != "ROOT"
            or self.in_quote(first.idx)
        ):
            return None
        return self._named_next(first)

    def _lede_spokesperson(self, tok: Token) -> Entity | None:
        """ "The spokesperson for the Foreign Ministry denied ... // '...,' Ann Roe said. // The spokesman
        added": a lede whose subject is a spokesperson left unnamed; the person the next sentences name as their
        subject is that spokesperson, for a later "the spokesman" that names no one else."""
        root = self.lede_root()
        subjects = root.children if root is not None else ()
        first = next(
            (
                c
                for c in subjects
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SPOKES_WORDS and not self.in_quote(c.idx)
            ),
            None,
        )
        if first is None or first.i >= tok.i:
            return None
        return self._named_next(first)

    def _named_next(self, first: Token) -> Entity | None:
        """The person named as the main subject of one of the four sentences after ``first``'s (none when
        ``first`` names someone itself, or a sentence names two)."""
        if self._persons_in(first):
            return None  # "a highways chief, Ann Roe,": named there
        lede = first.sent
        doc = self.doc
        i = lede.end
        for _ in range(4):
            if i >= len(doc):
                break
            sent = doc[i].sent
            persons = {  # (the parse may give the root two subjects: "cabinet member for transport", "Ann Roe")
                e["canonical"]: e
                for subj in sent.root.children
                if subj.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(subj.idx)
                for e in self._subject_persons(subj)
            }
            if persons:
                return next(iter(persons.values())) if len(persons) == 1 else None
            i = sent.end
        return None

    def _subject_persons(self, subj: Token) -> list[Entity]:
        """The person a subject names: the person whose name is its head ("said Ann Roe, the former owner of
        Harbour Tire": Ann Roe, not a name in her description), else the persons named in the phrase."""
        e = self.entity_at(subj.idx)
        if e is not None and e["label"] == "PERSON":
            return [e]
        return self._persons_in(subj)

    def _lone_subject_since(self, lo: int, hi: int) -> Entity | None:
        """The latest person named between ``lo`` and ``hi`` as a subject, outside quotations, in a sentence that
        names no other person."""
        persons = self.persons
        i = bisect_left(self.person_starts, hi) - 1
        floor = max(-1, i - 40)  # (a few sentences back at most)
        while i > floor and persons[i][0] > lo:
            start, e, level, sent = persons[i]
            if level == 0 or self.in_quote(start):
                i -= 1
                continue
            # the sentence's persons lie next to each other in the list (sorted by offset)
            j, k = i, i
            while j > 0 and persons[j - 1][3] == sent:
                j -= 1
            while k + 1 < len(persons) and persons[k + 1][3] == sent:
                k += 1
            others = {p[1]["canonical"] for p in persons[j : k + 1]} - {e["canonical"]}
            return None if others else e
        return None

    def _managed_body(self, tok: Token) -> Entity | None:
        """ "the management of Kurdistan 24", "the board of the Ace Trust": those who run a named organisation
        speak as it."""
        if tok.lower_ not in _MANAGEMENT_NOUNS or tok.pos_ != "NOUN":
            return None
        for child in kids(tok):
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in kids(child) if g.dep_ == "pobj"), None)
                org = self.entity_at(pobj.idx) if pobj is not None and not self.in_quote(pobj.idx) else None
                if org is not None and org["label"] == "ORG":
                    return self._upgrade(org)
        return None

    @staticmethod
    def _body_office(tok: Token) -> bool:
        """ "the authority's leader", "the council's chief executive": an office of a body the lede names."""
        return any(c.dep_ == "poss" and c.lower_ in _LEDE_BODIES and definite(c) for c in tok.lefts)

    def _first_source_after(self, pos: int, pronoun: str = "", last_paragraph: int | None = None) -> Speaker | None:
        """The first person named after ``pos`` as a source (the subject of a verb of speech, or "according to"
        them), outside quotations, whose name agrees with ``pronoun``; up to paragraph ``last_paragraph``."""
        i = bisect_left(self.person_starts, pos)
        for start, e, _level, _sent in self.persons[i : i + 12]:
            if last_paragraph is not None and self.paragraph_of(start) > last_paragraph:
                return None
            if self.in_quote(start) or not self.agrees(e["canonical"], pronoun):
                continue
            head = self._head_token(e, self.tok_starts)
            if head is None:
                continue
            according = head.dep_ == "pobj" and head.head.head.lower_ == "according"
            if speaks(head) or according:
                return self.from_entity(self._upgrade(e), char_span(self.doc, e["start"], e["end"]))
        return None

    def _names_a_family(self, e: Entity) -> bool:
        """ "In offering sympathy to the Seetahal family, he said": a name that only says whose family it is (the
        one the article is about is usually dead or absent) is no antecedent of a pronoun."""
        head = self._head_token(e, self.tok_starts)
        return head is not None and head.dep_ in ("compound", "poss") and head.head.lower_ in ("family", "families")

    def _led_by_pronoun(self, sent: int, before: int, pronoun: str) -> bool:
        """Is the main clause's subject of sentence ``sent`` that pronoun ("he", "she"), ahead of ``before``: the
        sentence goes on about someone named earlier, and a person only in its other clauses is not its focus."""
        if pronoun not in ("he", "she") or not 0 <= sent < len(self.sent_starts):
            return False
        end = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else len(self.doc)
        for t in self.doc[self.sent_starts[sent] : end]:
            if t.idx >= before:
                return False
            if t.lower_ == pronoun and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                return not self.in_quote(t.idx)
        return False

    def _in_caption(self, pos: int) -> bool:
        """Is ``pos`` in a picture's caption: a line of its own (300 characters at most) that ends with the
        picture's credit in brackets ("... delivers a statement (House of Commons/PA)", "(Photo: Ann Roe)")?"""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, pos) + 1
        if start in self._captions:
            return self._captions[start]
        end = text.find("\n", pos)
        line = text[start : end if end >= 0 else len(text)]
        self._captions[start] = len(line) <= 300 and _CAPTION_CREDIT.search(line) is not None
        return self._captions[start]

    def _antecedent_person(self, tok: Token, pronoun: str = "") -> Speaker | None:
        pos = tok.idx
        i = bisect_left(self.person_starts, pos) - 1
        best: tuple[int, Entity] | None = None
        latest: tuple[int, Entity] | None = None
        latest_level = 0
        best_sent = -1
        fronted = self._fronted_objects(pos)
        bound = self._bound_subjects(pos, pronoun) + fronted + self._reported_before(pos)
        # "Describing Mr Sinclair as 'a hands-on editor', he added": he is not Sinclair, wherever else named
        fronted_words = {self.doc[bisect_right(self.tok_starts, b) - 1].text for b in fronted}
        for k in range(i, max(i - 12, -1), -1):
            start, e, level, sent = self.persons[k]
            if self.in_quote(start) or not self.agrees(e["canonical"], pronoun):
                continue
            if self._in_caption(start):
                continue  # "Ann Roe speaks in the Commons (House of Commons/PA)": a picture's caption
            if any(e["start"] <= b < e["end"] for b in bound) or self._names_a_family(e):
                continue
            if fronted_words and e["canonical"].split()[-1] in fronted_words:
                continue
            if level < 2 and self._led_by_pronoun(sent, start, pronoun):
                continue  # "He was relieved after winger Ann Roe scored. // '...,' he said": the first "he"
            if latest is None:
                latest, latest_level = (start, e), level
            if best is None:
                if level:
                    best, best_sent = (start, e), sent
                    if level == 2:
                        break
                continue
            # the latest subject is a subordinate clause's ("Mugabe agreed to a deal in which Tsvangirai became
            # prime minister"): the main clause's subject of the same sentence is the one in focus
            if sent != best_sent:
                break
            if level == 2:
                best = (start, e)
                break
        if (
            best is not None
            and latest is not None
            and latest[0] > best[0]
            and pronoun in ("she", "her")
            and name_gender(latest[1]["canonical"]) == "f"
            and name_gender(best[1]["canonical"]) is None
        ):
            # "When asked by president Sheikha Haya ..., She banged her gavel": a later woman, by her name, beats an
            # earlier subject whose name says nothing (most of those are men: for "he" the subject stays)
            best = latest
        ev = self.last_event(pos)
        if pronoun in ("he", "she"):
            # "Paul Ross agreed and said that ... // '...,' he said": reported speech since the last quotation
            # counts as speaking
            reported = self._reported_person_before(tok, main_clause=True, pronoun=pronoun)
            if (
                reported is not None
                and (ev is None or ev[0] < reported[0])
                and self.agrees(reported[1]["name"], pronoun)
            ):
                ev = reported
                sent = self._sentence_of(reported[0])
                # "The Prime Minister reminded voters that Rashida Begum had ... // '...,' she said": the speaker
                # of the sentence, not a person of the clause it reports
                if best is not None and best[0] > reported[0] and best_sent == sent:
                    best = None
                if (
                    latest is not None
                    and latest[0] > reported[0]
                    and latest_level < 2  # not "..., while Interior Minister Roe wrote"
                    and self._sentence_of(latest[0]) == sent
                ):
                    latest = None
        here = self.paragraph_of(pos)
        unnamed = self._unnamed_subject_before(pos)
        if (
            unnamed is not None
            and not self._subject_since(unnamed.idx, pos)
            and (ev is None or ev[0] < unnamed.idx)
            and gender_agrees(unnamed, pronoun)
        ):
            # nobody named or quoted since an unnamed person led the sentence before: "she" is that person
            # (or a role that names one, "The mayor said ...", when the name agrees with the pronoun)
            sp = self.resolve_token(unnamed, 1)
            if sp is None or sp["label"] != "PERSON" or self.agrees(sp["name"], pronoun):
                if sp is not None:
                    self._personlike.add(id(sp))  # and the one a "he" of the next sentences means
                return sp
        pick = best
        # a person named in the paragraph just before, when the last speaker spoke paragraphs earlier ("..., he
        # said. // And it's fitting Tom Lee has helped open the door. // '...,' he said"): no longer the speaker
        # by default
        newcomer = (
            ev is not None
            and latest is not None
            and latest[0] > ev[0]
            and self.paragraph_of(latest[0]) == here - 1
            and self.paragraph_of(ev[0]) < here - 1
        )
        # the latest speaker, unless a person named later in this very paragraph is closer
        if (
            ev is not None
            and (ev[1]["label"] == "PERSON" or id(ev[1]) in self._personlike)
            and self.agrees(ev[1]["name"], pronoun)
            and (pick is None or ev[0] > pick[0])
            and (latest is None or self.paragraph_of(latest[0]) != here or latest[0] <= ev[0])
            and not newcomer
        ):
            return ev[1]
        # a subject from an earlier paragraph loses to any person named in this one
        if (
            latest is not None
            and (pick is None or self.paragraph_of(pick[0]) != here)
            and (self.paragraph_of(latest[0]) == here or pick is None)
        ):
            pick = latest
        if pick is None and ev is None and pronoun in ("he", "she"):
            # "INMO General Secretary Phil Ní Sheaghdha has called it urgent. // She said, '...'": the sex a given
            # name usually has is a guess; with no one else to mean, the person named just before (not one whose
            # honorific gave the other sex)
            loose = self._antecedent_person(tok)
            if (
                loose is not None
                and loose["label"] == "PERSON"
                and loose["mention"] is not None
                and not self.titled_gender.get(loose["name"])
                and 0 <= here - self.paragraph_of(loose["mention"]["start"]) <= 1
            ):
                return loose
        if pick is None:
            return ev[1] if ev is not None else None
        e = self._upgrade(pick[1])
        return self.from_entity(e, char_span(self.doc, pick[1]["start"], pick[1]["end"]))


# a reply to a question, and the question put to someone ("Brady asked Lee: '...?' // He replied")
_REPLY_FORMS = frozenset("replied replies responded responds answered answers".split())
_ASKING_FORMS = frozenset("asked asks put puts questioned questions".split())

# a singular source of no stated sex, whom a later "they" may mean ("A police spokesperson said ... They added")
_NEUTRAL_VOICES = frozenset({"spokesperson", "representative"})

# honours that are no office ("Sir Keir Starmer" holds the title of no role)
_KNIGHTHOODS = frozenset("sir dame lord lady".split())

# honorifics, which a speaker's name is given without ("Mr", "Ms", "Dr")
_HONORIFICS = frozenset("mr mrs ms miss mx dr".split())


# an interview turn label at a paragraph start: "((WN))", "Q:", "Interviewer:"
_TURN_LABEL = re.compile(r"\W{0,3}(\w[\w .]{0,28}?)(?:\)\)|\)|:)")


# ", who gave only her first name, Josefa," / ", who gave his name only as Karim" / "who gave only one name Hoa" /
# "who only identified himself as Chan"
_GAVE_NAME = re.compile(
    r",? (?:who|and) (?:only )?(?:gave|would (?:only )?give|identified (?:himself|herself)|asked to be identified)"
    r"(?: only)?(?: (?:his|her|their))?(?: (?:first|one|a))?(?: name)?(?: only)?(?:,| as| by)? "
    r"([A-Z][a-z]{1,20}(?:[A-Z'’][a-z]{1,20})?)\b"  # (a capital inside: "MaNcube", "McAllister")
)


# a famous person, by the field of the fame ("the former pop star", "the football superstar")
_FAME_NOUNS = frozenset({"star", "superstar"})
# descriptions a report gives the person it is about, by way of variation ("the head of state", "the diplomat")
_FOCUS_DESCRIPTIONS = (
    DESCRIBED_ROLES | PARTY_MEMBER_NOUNS | frozenset("head politician lawmaker legislator statesman".split())
)
# a part of a body, which speaks as the body ("a spokesperson for the Cork area of the INMO")
_PART_NOUNS = frozenset("area branch region division wing chapter section unit arm".split())
# descriptions a report gives a person it has just named, by way of variation ("..., said the expat who lives in
# Al Ain" after "Mohammed Akram is one of them"; "Tom Reid told the court ... The man burst into tears ... the man
# said"; "..., Tom Martz wrote. // The undergraduate student has argued")
_VARIATION_NOUNS = frozenset(
    """expat expatriate pensioner retiree youngster businessman businesswoman teenager teen grandmother grandfather
    grandad grandma granny widow widower veteran entrepreneur schoolboy schoolgirl man woman student""".split()
)
# an age before a role ("the 62-year-old former judge")
_AGE = re.compile(r"\b\d{1,3}-year-old\b")
# a picture's credit closing its caption: "(House of Commons/PA)", "(Photo: Ann Roe)", "(Getty Images)"; not a
# remark in brackets ("(see our photo gallery)")
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()\n]{1,60}/[^()\n]{1,60}|(?:[Pp]hoto|[Pp]icture|[Ii]mage|Getty|[Ff]ile)\b[^()\n]{0,60})\)\W{0,2}$"
)
# the titles of a head of state
_HEADS_OF_STATE = ("president", "king", "queen", "monarch", "emir", "sultan", "emperor", "empress")
# what a head or leader "of" may lead without naming a body of the article ("the head of state")
_OFFICE_SCOPES = frozenset("state government executive cabinet nation country".split())


# capitals that are no office ("the US", "the UN", "the BBC")
_NOT_OFFICES = frozenset("US UK EU UN UAE USA BBC CNN NHS IMF WHO".split())
_TITLE_GLUE = frozenset("of for and the".split())


def _main_clause(verb: Token) -> bool:
    """Does the verb head its sentence (or a clause coordinated with the head, or one fronted before the head
    that reports it: "He warned that ..., the newspaper reported"), not a clause inside another ("he said that
    the Prime Minister announced")?"""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.i < verb.head.i and verb.head.dep_ == "ROOT":
        return True
    return verb.dep_ == "ROOT"


# a US legislator's party after the name: "Sen. Ann Roe (D-Calif.)", "Rep. Tom Lee, R-Texas,"
_US_PARTY = re.compile(r",? \(?([DRI])-[A-Z]")
_US_PARTIES = {"D": "democrat", "R": "republican", "I": "independent"}
# the roles that lead a body, for "the union leader", "the party chief"
_HEAD_WORDS = frozenset("leader head chief boss president chairman chairwoman chair secretary".split())


def _title_phrase(doc: Doc, i: int) -> set[str]:
    """The words (lower case) of the noun phrase right before the name starting at token ``i``, one comma
    between them allowed ("AIADMK deputy general secretary Ann Roe", "The Farmers Union chairman, Ann Roe"): up
    to eight words, stopping at a verb or any other punctuation."""
    k = i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    words: set[str] = set()
    while k >= 0 and i - k <= 9:
        t = doc[k]
        if not t.is_alpha or not (t.pos_ in ("PROPN", "NOUN", "ADJ") or t.lower_ in ("of", "the")):
            break
        words.add(t.lower_)
        k -= 1
    return words


def _set_off_description(doc: Doc, i: int) -> set[str]:
    """The words (lower case) of a description set off by a comma right after a name ending before token ``i``
    and headed by a leading role ("Ann Roe, head of the teachers' union,"): up to ten words, to the next comma
    or full stop; empty for anything else."""
    if i >= len(doc) or doc[i].text != ",":
        return set()
    words: list[Token] = []
    for t in doc[i + 1 : i + 11]:
        if t.is_punct and t.text not in ("'", "’"):
            break
        words.append(t)
    # (or a nationality or a party: "Tom Lee, a Republican,")
    if not any(t.lower_ in _HEAD_WORDS or t.ent_type_ == "NORP" for t in words[:3]):
        return set()
    return {t.lower_ for t in words if t.is_alpha}


def _title_words(doc: Doc, tok_starts: list[int], start: int) -> list[str]:
    """The capitalised title words right before the person's mention at ``start`` ("Chief Minister", "Director
    General of Police (DGP)": "Director General Police", "Prime Minister, Ann Roe"), up to six, "of"/"for"/"and"
    between them skipped."""
    i = bisect_left(tok_starts, start) - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].is_title and doc[i - 1].is_alpha:
        i -= 1  # "The Iraqi Prime Minister, Mustafa Karimi,": the title the name is set off after
    if i >= 2 and doc[i].text == ")" and doc[i - 1].is_upper and doc[i - 2].text == "(":
        i -= 3  # "(DGP)" after the title
    words: list[str] = []
    while i >= 0 and len(words) < 6:
        t = doc[i]
        if t.lower_ in _TITLE_GLUE and words:
            i -= 1
            continue
        if not (t.is_title and t.is_alpha) or t.ent_type_ in ("GPE", "NORP"):
            break
        words.append(t.text)
        i -= 1
    return words[::-1]


def _phrase_head(w: Token) -> Token:
    """The noun a name is part of: "ruling" for each word of "Justice Ann Roe's ruling", "Roe" for "Ann"."""
    for _ in range(6):
        if w.dep_ not in ("compound", "poss", "flat", "case") or w.head.i == w.i:
            break
        w = w.head
    return w


def _age_alone(tok: Token) -> bool:
    """ "old" of "the 72-year-old said": an age with no noun after it, standing for a person."""
    if tok.lower_ != "old" or tok.i < 4:
        return False
    return bool(_AGE.fullmatch(tok.doc[tok.i - 4 : tok.i + 1].text))


def _abbreviates(words: list[str], letters: str) -> bool:
    """Do the last title words spell ``letters`` ("Chief Minister": "CM"), with no "Deputy" or "Vice" before them
    (a "Deputy Prime Minister" is no "PM")?"""
    n = len(letters)
    if len(words) < n or "".join(w[0] for w in words[-n:]) != letters:
        return False
    return not any(w.lower() in _SECOND_RANKS for w in words[:-n])


# the last word of a body's name that never ends an office's title ("Organisation", not "Police" or "Minister")
_BODY_HEADS = frozenset(
    """organisation organization association union party federation foundation institute society league alliance
    company corporation group fund bank trust coalition movement network""".split()
)
# words that make a title the second of its office
_SECOND_RANKS = frozenset("deputy vice assistant under".split())


def _name_before_bare_verb(t: Token, before: int) -> bool:
    """ "..., Stapeley Cllr Peter Groves told the meeting": a person's name right before a verb of speech of the main
    clause (or one coordinated with it) with no subject of its own (the parse hung the name elsewhere) is who
    spoke."""
    doc = t.doc
    if t.ent_type_ != "PERSON" or t.i + 1 >= min(len(doc), before):
        return False
    verb = doc[t.i + 1]
    return (
        verb.lower_ in SPEECH_VERBS
        and verb.dep_ in ("ROOT", "conj")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _one_national(tok: Token, e: Entity) -> bool:
    """ "the South Korean", "the Briton": one person by nationality (a demonym with a plural in -s, the whole
    phrase after "the"; not "the Chinese", "the French", who may be a people or a government)."""
    return (
        definite(tok)
        and tok.tag_ in ("NNP", "NN")
        and tok.lower_.endswith(("an", "i", "on", "er"))
        and e["end"] == tok.idx + len(tok.text)
        and e["text"].lower() in (tok.lower_, " ".join(t.lower_ for t in tok.doc[tok.left_edge.i + 1 : tok.i + 1]))
    )


def _describes_only(child: Token) -> bool:
    """A modifier that names no other body or person: "of state" in "the head of state", "Social" in "the Social
    Democrat"."""
    if child.dep_ == "prep" and child.lower_ == "of":
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if pobj is not None and pobj.like_num and child.head.lower_ in KIN_NOUNS:
            return True  # "the father-of-one", "the mother of three"
        return pobj is not None and pobj.lower_ in _OFFICE_SCOPES and pobj.ent_type_ not in ("GPE", "ORG")
    if child.dep_ == "compound":  # "the Social Democrat", "the pop star", "the deputy leader"
        return (
            (child.head.lower_ in PARTY_MEMBER_NOUNS and child.is_title)
            or (child.head.lower_ in _FAME_NOUNS and child.is_lower)
            or (child.lower_ in RANK_WORDS | _SECOND_RANKS and child.head.lower_ in ROLE_WORDS)
            # "the police officer" is one of the force, as a variation on the name of one it gave ("Superintendent
            # Karim Shah said ... said the police officer"), not its spokesman
            or (child.lower_ == "police" and child.head.lower_ == "officer")
            # "the former union leader", "the former army captain": a past career, which describes the holder
            or (
                child.is_lower
                and child.head.lower_ in ROLE_WORDS
                and any(m.lower_ in ("former", "ex") for m in child.head.lefts)
            )
        )
    return False


def _field_compound(child: Token) -> bool:
    """A lower-case noun before a role that names the holder's field, not a body whose role it is: "rights" in "the
    human rights lawyer", "climate" in "the climate scientist" (not "police" in "the police spokesman")."""
    return (
        child.dep_ == "compound"
        and child.pos_ == "NOUN"
        and child.is_lower
        and child.lower_ not in BODY_NOUNS | COMPANY_NOUNS | _BODY_COMPOUNDS
        and child.lower_ not in ROLE_WORDS
    )


# nouns before a role that name the body the holder works for ("the police spokesman", "the council leader")
_BODY_COMPOUNDS = frozenset(
    """police government council ministry department union party army military court hospital school university
    club team state city county campaign church fire company board committee commission office agency""".split()
)


def _affiliation(child: Token) -> bool:
    """A name before a role that says where its holder belongs, not whose role it is: "West Belfast" in "the West
    Belfast MLA", "KAAC" in "the KAAC chief", "Labour group" in "the Labour group deputy leader" (not "the party's
    leader", "the head of the agency")."""
    if child.dep_ == "compound" and child.lower_ in PARTY_GROUP_WORDS and child.head.lower_ in ROLE_WORDS:
        return any(_affiliation_name(g) for g in child.children)
    return _affiliation_name(child) and child.head.lower_ in ROLE_WORDS


def _affiliation_name(child: Token) -> bool:
    return (
        child.dep_ == "compound"
        and child.i < child.head.i
        and child.pos_ == "PROPN"
        and (
            child.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC")
            # "the Pengerang MP": a constituency the model did not tag
            or (not child.ent_type_ and child.head.lower_ in _CONSTITUENCY_MEMBERS)
        )
    )


# members elected for a constituency, which they are named after ("the Pengerang MP", "the Kerry TD")
_CONSTITUENCY_MEMBERS = frozenset("mp mla mpp mep td msp mha mna".split())


def _token_span(tok: Token) -> Span:
    return {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}


# bodies whose office-holder a lede may bring in by role alone ("the council's leader has said")
_LEDE_BODIES = BODY_NOUNS | frozenset("council board trust university union party".split())


def _role_key(text: str) -> str:
    """ "The Somali prime minister" and "the Somali prime minister": one key."""
    words = text.lower().split()
    return " ".join(words[1:] if words and words[0] in ("the", "a", "an") else words)


def _with_mention(sp: Speaker | None, mention: Span) -> Speaker | None:
    if sp is None:
        return None
    out: Speaker = dict(sp)  # type: ignore[assignment]
    out["mention"] = mention
    return out


def _named_example(tok: Token) -> Token | None:
    """ "Many in the community, such as Rod Tiffen, had decried", "Opposition members such as Ann Roe ...,
    stating": a group given with one named example, the one whose words are quoted."""
    for child in kids(tok):
        such_as = child.lower_ == "as" and any(g.lower_ == "such" for g in child.lefts)
        # "others like councillor Ann Roe say": a word for people left unnamed, with one named example
        like = child.lower_ == "like" and tok.lower_ in _UNNAMED_OTHERS
        if child.dep_ == "prep" and (such_as or like):
            named = [g for g in kids(child) if g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
            if len(named) == 1 and not any(g.dep_ == "conj" for g in kids(named[0])):
                return named[0]
    return None


# those who run an organisation, who speak as it ("the management of X")
_MANAGEMENT_NOUNS = frozenset("management leadership administration board directors".split())
# people left unnamed, for whom "like" gives an example ("others like ...", not "a leader like ...")
_UNNAMED_OTHERS = frozenset("others some many critics opponents supporters".split())


# members elected for a seat ("the MP for Wrexham", "the senator for Tasmania")
_ELECTED = frozenset(
    ["member", "senator", "representative", "councillor", "councilor", *(o.lower() for o in ELECTED_MEMBER_OFFICES)]
)


def _shouted_opening(tok: Token) -> bool:
    """ "A MAGISTRATE has labelled ...", "THE OUTGOING State Solicitor": an English word in capitals after a
    sentence's opening determiner (a local paper's style for a lede), a common noun whatever the model tagged."""
    return (
        tok.is_upper
        and tok.is_alpha
        and len(tok.text) > 3
        and tok.i - tok.sent.start <= 2
        and any(c.dep_ == "det" and c.i == tok.sent.start for c in tok.lefts)
        and not unknown_word(tok.text)
    )


def _title_name_word(t: Token) -> bool:
    """A word of a publication's name: a capitalised proper noun ("Morning", "al-Nahar"), not a sentence's first."""
    return t.pos_ == "PROPN" and (t.is_title or (t.text[:1].islower() and "-" in t.text)) and not t.is_sent_start


# words for a publication, which a bare "the daily" goes back to
_PRESS_NOUNS = frozenset("daily newspaper paper tabloid weekly magazine".split())


def _relative_who(t: Token) -> bool:
    """ "who" heading a relative clause on a noun ("shopkeeper Ann Roe, who said ..."): that noun's person."""
    return t.lower_ == "who" and t.head.dep_ == "relcl" and t.head.head.pos_ in ("PROPN", "NOUN")


def _colon_before_quote(verb: Token) -> bool:
    """ "... has hit back at his rival's promises: “Get real”": the verb's clause runs to a colon with a quotation
    mark right after it, no other clause's subject between ("... despite traders claiming: “...”" is theirs)."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.sent.end, verb.i + 40)]:
        if t.is_quote or t.dep_ in ("nsubj", "nsubjpass"):
            return False
        if t.text == ":":
            return t.i + 1 < len(doc) and doc[t.i + 1].is_quote
    return False


def _first_bare_mention(tok: Token) -> bool:
    """ "the spokesman" with no modifier, and no "spokesman" earlier in the article that had one (one named or
    brought in before is who that is; "a spokesperson said ... the spokesperson said", bare each time, is still
    no one but the body's voice)."""
    if _modified(tok):
        return False
    return not any(t.lower_ == tok.lower_ and _modified(t) for t in tok.doc[max(0, tok.i - 2000) : tok.i])


def _modified(tok: Token) -> bool:
    return any(c.dep_ in ("prep", "compound", "nmod", "amod", "poss", "appos") for c in kids(tok))


def _group_in_own_sentence(tok: Token) -> Token | None:
    """ "The boy was reported missing by his foster family, with them saying ...": a plural pronoun in a sentence
    whose main subject is one person or thing is the group noun named before it in that sentence (a people noun in
    the plural, or a family, team or body), when there is exactly one."""
    doc = tok.doc
    start = sentence_start(doc, tok.i)
    root = next((t for t in doc[start : tok.i] if t.head.i == t.i), None)
    subj = next((c for c in kids(root) if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subj is None or subj.i >= tok.i or subj.tag_ not in ("NN", "NNP") or subj.lower_ in GROUP_NOUNS:
        return None
    if any(c.dep_ == "conj" for c in kids(subj)):
        return None  # "Ann and her brother": together they are "they"
    groups = [
        t
        for t in doc[subj.i + 1 : tok.i]
        if t.pos_ == "NOUN"
        and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and ((t.tag_ == "NNS" and people_noun(t)) or t.lower_ in GROUP_NOUNS)
    ]
    return groups[0] if len(groups) == 1 else None


def _coordinated(ref: Token, last: bool) -> Token | None:
    """What "the latter" / "the former" refers to: the last / first of the names coordinated nearest before it
    ("by the Federal Aviation Administration and the National Transportation Safety Board, with the latter"),
    at most 40 tokens back."""
    doc = ref.doc
    for k in range(ref.i - 1, max(ref.i - 41, -1), -1):
        t = doc[k]
        if t.dep_ == "conj" and t.ent_type_ and t.head.ent_type_ and t.head.i < t.i:
            if not last:
                return t.head
            while True:
                nxt = next((c for c in t.children if c.dep_ == "conj"), None)
                if nxt is None or nxt.i >= ref.i:
                    return t
                t = nxt
    return None
