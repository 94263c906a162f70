"""From a cue to its source in the parse: the subject of a reporting verb, and the parse faults that hide it
(inverted subjects, stranded subjects, misattached conjuncts, participles, "according to" phrases)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import islice

from spacy.tokens import Doc, Token

from processors.person_names import ELECTED_MEMBER_OFFICES
from processors.person_names import TITLE_WORDS as PERSON_TITLES
from processors.quotes.cues import DOCUMENT_WORDS, READ_VERBS, REPORT_VERBS, SPEECH_VERBS, Cue
from processors.quotes.sentences import doc_text, parsed_sentence_starts, root_of
from processors.quotes.source_words import (
    ADDRESSED_PASSIVES,
    ADDRESSEE_VERBS,
    CITING_VERBS,
    CLIMB_DEPS,
    DESCRIBED_PASSIVES,
    DOCUMENT_NOUNS,
    GROUP_PRONOUNS,
    INVERTED_PRONOUNS,
    INVERTING_VERBS,
    ISSUED_DOCUMENTS,
    MEDIUM_NOUNS,
    NOT_SOURCE_LABELS,
    ORDER_REFERENCES,
    PERSON_PRONOUNS,
    PLACE_OR_GROUP,
    QUANTIFIER_HEADS,
    QUOTING_VERBS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    SUBJECT_DEPS,
    compound_text,
    kids,
    of_object,
    one_person_role,
    people_noun,
    plausible_source,
)
from processors.quotes.speaker_names import (
    person_shaped,
)


def published_by(doc_noun: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """Who issued a document named with a participle and its agent ("the report, published by the World Bank",
    "the warning issued by Met Eireann"), when that can be a source."""
    for child in kids(doc_noun):
        if child.dep_ == "acl" and child.pos_ == "VERB":
            agent = next((g for a in kids(child) if a.dep_ == "agent" for g in kids(a) if g.dep_ == "pobj"), None)
            if agent is not None and not in_quote(agent.idx) and plausible_source(agent):
                return agent
            medium = next((g for a in kids(child) if a.lower_ == "from" for g in kids(a) if g.dep_ == "pobj"), None)
            if medium is not None and medium.lower_ in MEDIUM_NOUNS and not in_quote(medium.idx):
                return medium  # "a tweet sent from Ann Roe's account": the account, whose owner is the source
    return None


# passives whose subject is no source: who was addressed ("residents were advised") or what was named so ("the
# fires were described as")
_NOT_SOURCE_PASSIVES = ADDRESSED_PASSIVES | DESCRIBED_PASSIVES


def subject_of_cue(
    doc: Doc, cue: Cue, in_quote: Callable[[int], bool], is_person: Callable[[int], bool] | None = None
) -> Token | None:
    """The token naming who speaks, from the cue's syntax, or ``None``."""
    tok = doc[cue.token]
    if cue.kind == "according":
        verb = tok.head
        if is_person is not None and verb.pos_ == "VERB" and verb.lower_ in SPEECH_VERBS:
            # "Minister Ann Roe described the crash as "horrific" according to Reuters": the agency reports
            # what the verb's subject said
            subj = next((c for c in kids(verb) if c.dep_ == "nsubj" and not in_quote(c.idx)), None)
            if subj is not None and is_person(subj.idx):
                return subj
        for child in doc[cue.token + 1].children:
            if child.dep_ == "pobj":
                # "according to a tweet by Ann Roe", "a statement released by X's office": the document's
                # author, else the document
                document = document_noun(child.lower_)
                author = (_author_of(child, in_quote) or published_by(child, in_quote)) if document else None
                return (
                    author
                    or _holder_named_next(child)
                    or role_named_after(child, in_quote)
                    or _name_set_after(tok, child, in_quote)
                    or child
                )
        return _nearest_name(doc, cue.token + 2, 1, in_quote)
    if cue.kind == "noun":
        author = _author_of(tok, in_quote)
        if author is not None:
            return author
        for _ in range(4):  # up to the verb governing "in its message", "issued a statement"
            if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
                break
            tok = tok.head
    if tok.lower_ in READ_VERBS:  # "the statement read" / "read the statement": the document, then its author
        for child in kids(tok):
            if child.dep_ in ("nsubj", "dobj") and child.lower_ in DOCUMENT_WORDS:
                return child
    ref = _order_reference_before(tok, in_quote) if cue.kind == "verb" else None
    if ref is not None:  # "with the latter confirming": whatever the parse made of it
        return ref
    if cue.kind == "verb" and tok.dep_ == "amod" and tok.tag_ == "VBN":
        # "his expressed opinion was that ...", "her stated position": the possessor expressed it
        owner = next((c for c in kids(tok.head) if c.dep_ == "poss" and not in_quote(c.idx)), None)
        if owner is not None:
            return owner
    absolute = _absolute_subject(tok, in_quote) if cue.kind == "verb" else None
    if absolute is not None:
        return absolute
    cited = _cited_source(tok, in_quote) if cue.kind == "verb" else None
    if cited is not None:
        return cited
    cur = tok
    for _ in range(7):
        if cur.lower_ in QUOTING_VERBS or (cur.lower_ in CITING_VERBS and _as_saying(cur)):
            # "Politico quoted Tim Manning as saying", "the paper cited him as saying": the one quoted speaks
            quoted = _object_of(cur, in_quote)
            if quoted is not None:
                return quoted
        agent = None
        for child in kids(cur):
            if child.dep_ == "agent":
                for pobj in kids(child):
                    if pobj.dep_ == "pobj" and not in_quote(pobj.idx):
                        agent = pobj
                    elif pobj.dep_ == "pcomp" and pobj.tag_ == "VBG":
                        # "by acting chair Ann Roe", "by planning chair ...": the parse took the title's first word
                        # for a gerund and the name for its object
                        agent = next((g for g in kids(pobj) if g.dep_ == "dobj" and g.pos_ == "PROPN"), agent)
        if agent is None and any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(cur)):
            agent = _loose_agent(cur, in_quote)
        if agent is not None:
            return role_named_after(agent, in_quote) or agent  # "by the candidate for Lindsay, Ann Roe"
        subjects = [s for c in kids(cur) if c.dep_ in SUBJECT_DEPS and not in_quote(c.idx) for s in _past_dateline(c)]
        if cur.i == tok.i and _medium_before_participle(tok, subjects):
            # "posted a warning on Facebook saying, "..."": the parse made the medium the participle's subject;
            # the one who posted speaks
            cur = tok.head
            continue
        reporter = _participle_of_reporter(tok, cur, subjects)
        if reporter is not None:
            # "X declared martial law claiming ...", "X believes the group will fail, saying ...": the
            # participle goes with the reporting verb, not with the clause the parse hung it in
            cur = reporter
            continue
        if cur.lower_ in _NOT_SOURCE_PASSIVES and any(c.dep_ == "auxpass" for c in kids(cur)):
            # "Residents were advised to expect ...": the passive subject is who was addressed, not the source;
            # "the fires were described as "..."": what was described
            subjects = [c for c in subjects if c.dep_ != "nsubjpass"]
        if any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in subjects):
            return None  # "it was agreed to continue ...", "it is said that": an impersonal passive names no one
        if subjects and not any(_same_paragraph(c, tok) for c in subjects):
            # a parse run over a paragraph break ("—The mayor of London, Sadiq Khan\n\nAlexis Boon, ..., said"):
            # the subject's conjunct or apposition in the cue's paragraph, else none
            subjects = [
                g
                for c in subjects
                for g in kids(c)
                if g.dep_ in ("conj", "appos") and _same_paragraph(g, tok) and not in_quote(g.idx)
            ]
            if not subjects:
                break
        before = doc[cur.i - 1] if cur.i > 0 else None
        if (
            subjects
            and all(c.dep_ == "csubj" for c in subjects)
            and before is not None
            and is_person is not None
            and is_person(before.idx)
            and not in_quote(before.idx)
        ):
            # "Reacting to ... from Senator Ann Roe, Minister Tom Lee retorted that": the parse made the participle
            # the subject and hung the name right before the verb elsewhere; the name is who speaks
            return before
        if subjects:
            # several subjects ("Party leader and Prime Minister Boris Johnson said"): a person first, then
            # the nearest the verb
            # (a person: a name, or a noun with a name in apposition, "Policeman, Constable Tom Hale, who ...")
            people = [
                c
                for c in subjects
                if is_person is not None
                and (is_person(c.idx) or any(g.dep_ == "appos" and is_person(g.idx) for g in kids(c)))
            ]
            child = _whole_word(min(people or subjects, key=lambda c: abs(c.i - cur.i)))
            if child.lower_ in RELATIVE_PRONOUNS and cur.dep_ == "relcl":
                # "pamphlets left near the office in November, which had called upon ...": a date the parse
                # hung the clause on is no antecedent
                antecedent = cur.head
                if (
                    child.lower_ == "who"
                    and antecedent.ent_type_ in ("GPE", "LOC", "FAC")
                    and antecedent.dep_ == "pobj"
                ):
                    # "Ann Roe from Ashford, who left a note stating": "who" is no place; the person it comes from
                    antecedent = antecedent.head.head if antecedent.head.lower_ in ("from", "of", "in") else antecedent
                k = child.i - 2 if child.i >= 2 and child.doc[child.i - 1].text == "," else child.i - 1
                before = child.doc[k] if k >= 0 else None
                if (
                    child.lower_ == "who"
                    and antecedent.ent_type_ != "PERSON"
                    and not people_noun(antecedent)  # "a niece of ... Christine O'Donnell, who claimed": the niece
                    and antecedent.lower_ not in ROLE_WORDS
                    and before is not None
                    and before.ent_type_ == "PERSON"
                    and before.i > antecedent.i
                    and not in_quote(before.idx)
                ):
                    # "the Conservative group, including its leader Cllr Wayne Fitzgerald, who admitted": the
                    # person right before "who", not the group the parse hung the clause on
                    antecedent = before
                if antecedent.ent_type_ == "CARDINAL" or antecedent.lower_ in QUANTIFIER_HEADS:
                    # "hundreds of supporters who yelled": the people counted, not the count
                    group = of_object(antecedent)
                    antecedent = group if group is not None and people_noun(group) else antecedent
                return antecedent if antecedent.ent_type_ not in NOT_SOURCE_LABELS else None
            if people:
                return child
            child = _apposition_after_source(child, in_quote) or child
            return role_named_after(child, in_quote) or child
        controller = _object_controller(cur, in_quote)
        if controller is not None:  # "Backlash led Biden to express ...": the object says it
            return controller
        shared = _relative_conjunct(cur) or _reported_conjunct(cur, in_quote) if cur.dep_ == "conj" else None
        if shared is not None:  # "Sa'ar, who held X responsible and emphasized ...": the relative's antecedent
            return shared
        if (
            cur.dep_ == "acl"
            and (cur.tag_ in ("VBN", "VBD") or (cur.tag_ == "VBG" and cur.i == tok.i))
            and (cur.head.dep_ in ("ROOT", "nsubj") or (cur.head.dep_ == "appos" and cur.head.head.dep_ == "ROOT"))
            and cur.head.pos_ in ("NOUN", "PROPN")
            and cur.head.i < cur.i
            and not in_quote(cur.head.idx)
        ):
            # "Members of the Assembly protested by shouting": the parse took the verb for a participle that
            # modifies the noun before it (the root, or the subject of a later verb); that noun is the subject.
            # "said Ann Roe, speaking from Oslo": a reporting participle on a noun is that noun's speech
            return cur.head
        if _misattached_conjunct(cur):
            # "X said the plan is what matters, and described it as "..."": the past-tense verb joins "said",
            # not the present-tense reported clause the parse hung it on
            cur = cur.head.head
            continue
        if cur.head.i != cur.i and (
            cur.dep_ in CLIMB_DEPS
            or (cur.pos_ in ("NOUN", "PROPN", "ADP") and cur.dep_ in ("dobj", "pobj", "attr", "prep"))
            or (cur.pos_ == "ADP" and cur.dep_ == "agent" and cur.i > tok.i - 3)  # "protested by shouting"
        ):
            cur = cur.head  # "tweeted her reasoning saying", "in a statement, called on"
            continue
        break
    if cue.kind != "verb":
        return None
    carried = _subject_across_split(cur, in_quote) if cur.head.i == cur.i else None
    if carried is not None:
        return carried
    if tok.lower_ in INVERTING_VERBS:  # '"...," said a protester using the pseudonym Katya'
        for child in kids(tok):
            if (
                child.i > tok.i
                and child.i - tok.i <= 3
                and child.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos")
                and child.pos_ in ("NOUN", "PROPN")
                and child.ent_type_ not in NOT_SOURCE_LABELS  # not "said early last night"
                and not in_quote(child.idx)
            ):
                return child
    # parse gave no subject: a name right after the cue ("said Al-Awadi"; not the one told: "told Reuters"), or
    # right before it, or the nearest person named before the clause's verb in its sentence ("Speaking to AFP,
    # the president of the League, Jamel M, said", the name hung on "AFP")
    if tok.lower_ not in ADDRESSEE_VERBS:
        after = _nearest_name(doc, cue.token + 1, 1, in_quote, INVERTED_PRONOUNS)
        if after is not None:
            return after
    before = _nearest_name(doc, cue.token - 1, -1, in_quote)
    if before is not None or is_person is None:
        return before
    return _person_before(cur if cur.i > tok.i else tok, in_quote, is_person) or _stranded_subject(tok, in_quote)


# names of things that never speak
_NO_SPEAKER_NAMES = NOT_SOURCE_LABELS | {"LAW", "WORK_OF_ART", "EVENT", "LANGUAGE"}


def _past_dateline(subj: Token) -> list[Token]:
    """The subject, or past a dateline the parse took for it ("Taipei, July 30 (CNA) Taiwan's Coast Guard
    Administration condemned", "GUWAHATI, Aug 9: Chief Minister Ann Roe said") the name it hung on the dateline,
    if any."""
    end = _dateline_end(subj)
    if end is None:
        return [subj]
    return [w for w in islice(subj.subtree, 40) if w.i > end and w.dep_ == "appos"][:1]


def _dateline_end(tok: Token) -> int | None:
    """Where a dateline that ``tok`` opens ends: a paragraph's opening place name, set off by a colon or a dash,
    or by a comma, a date and a colon, dash or agency in brackets ("Bhubaneswar:", "Taipei, July 30 (CNA)"), or by
    a comma, its region (an agency in brackets after it) and a colon or dash ("KELOWNA, B.C. —", "PORT-AU-PRINCE,
    Haiti (AP) —")."""
    doc = tok.doc
    lo = tok.left_edge.i
    words = sum(1 for t in doc[lo : tok.i] if t.text != "-")  # "PORT-AU-PRINCE": one place, hyphens between
    if words > 3 or not (lo == 0 or "\n" in doc[lo - 1].text_with_ws or doc[lo - 1].is_space):
        return None
    k = tok.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
        date = 0
        while k < len(doc) and date < 4 and (doc[k].lower_.rstrip(".") in _MONTHS or doc[k].like_num):
            k += 1
            date += 1
        if not date:
            # a place's region ("KELOWNA, B.C. —", "Austin, Texas:") before a dash or colon
            while k < len(doc) and k - tok.i < 5 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
                k += 1
            if k == tok.i + 2 or not (tok.ent_type_ == "GPE" or tok.is_upper):
                return None
            if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                k += 3  # "PORT-AU-PRINCE, Haiti (AP) —": the agency in brackets
            return k if k < len(doc) and doc[k].text in (":", "—", "–") else None
    if k >= len(doc):
        return None
    if doc[k].text in (":", "—", "–"):
        return k
    if doc[k].text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")" and k > tok.i + 1:
        return k + 2  # "Taipei, July 30 (CNA)"
    return None


# a month as a dateline writes it, in full or abbreviated ("July 30", "Aug. 9", "Sept 3"); not any word that
# begins like one ("Mayor", "Mark", "Janet")
_MONTH_NAMES = "january february march april may june july august september october november december".split()
_MONTHS = frozenset([*_MONTH_NAMES, *(m[:3] for m in _MONTH_NAMES), "sept"])


def sentence_start(doc: Doc, i: int, limit: int = 60) -> int:
    """The first token of the sentence of token ``i``, at most ``limit`` tokens back, from the parse's sentence
    starts (computed once per document; ``Token.sent`` scans the whole sentence, which a hostile input can make
    as long as the article)."""
    starts = parsed_sentence_starts(doc)
    k = bisect_right(starts, i) - 1
    return max(starts[k] if k >= 0 else 0, i - limit, 0)


def _stranded_subject(tok: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "The Ministry has, in a statement, called on drivers to "...": the parse hung the cue on "statement" and
    "has" on a verb inside the quotation; the sentence's subject before the cue, left with an auxiliary or a
    quoted word for its head, is who speaks."""
    for t in tok.doc[sentence_start(tok.doc, tok.i) : tok.i]:
        if (
            t.dep_ == "nsubj"
            and not in_quote(t.idx)
            and (t.head.pos_ == "AUX" or in_quote(t.head.idx))
            and plausible_source(t)
        ):
            return t
    return None


def document_noun(low: str) -> bool:
    """ "statement", "press releases" (the model runs without a lemmatizer: plurals by their "s")."""
    return low in DOCUMENT_NOUNS or (low.endswith("s") and low[:-1] in DOCUMENT_NOUNS)


def _author_of(noun: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """Who a saying or document is by: "the Ann Roe statement", "Roe's comments", "comments by X", "the
    following statement from the king" (not "a statement from Bangkok"), "a statement attributed to X"."""
    doc = noun.doc
    prev = doc[noun.i - 1] if noun.i > 0 else None
    if prev is not None and prev.ent_type_ == "PERSON" and prev.tag_ != "POS" and not in_quote(prev.idx):
        return prev  # (not the "'s" of "Judge Ann Roe's ruling", which the model may tag with the name)
    if (
        prev is not None
        and prev.ent_type_ == "ORG"
        and prev.dep_ == "compound"
        and noun.lower_ in ISSUED_DOCUMENTS
        and not in_quote(prev.idx)
    ):
        return prev  # "a BC Prosecution Service report": the body issued it (not "a BBC interview": a guest speaks)
    for child in kids(noun):
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            for pobj in kids(child):
                if pobj.dep_ == "pobj" and (child.lower_ == "by" or _source_not_place(pobj)):
                    return pobj
        if child.dep_ == "acl" and child.lower_ in ("attributed", "credited"):
            # "a statement attributed to Nagra reads": the one it is attributed to
            for prep in kids(child):
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    to = next((p for p in kids(prep) if p.dep_ == "pobj" and not in_quote(p.idx)), None)
                    if to is not None and to.pos_ != "PROPN":
                        # "attributed to Nagra reads": the parse took the verb after the name for a noun
                        to = next((c for c in kids(to) if c.dep_ == "compound" and c.pos_ == "PROPN"), to)
                    if to is not None:
                        return to
    return None


def _medium_before_participle(verb: Token, subjects: list[Token]) -> bool:
    """ "on Facebook saying", "in a tweet saying": a participle the parse made the object of "on" / "in", its subject
    the medium or document just before it."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pobj"
        and verb.head.lower_ in ("on", "in", "via")
        and len(subjects) == 1
        and subjects[0].i == verb.i - 1
        and subjects[0].ent_type_ != "PERSON"
    )


def _misattached_conjunct(verb: Token) -> bool:
    """A past-tense verb the parse coordinated with the present-tense verb of a clause reported by a past-tense
    verb ("said [the transfer is what separates ...], and described ..."): it is the reporting verb's conjunct."""
    head = verb.head
    if not (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.head.tag_ == "VBD"
        and head.head.lower_ in REPORT_VERBS
    ):
        return False
    if head.tag_ in ("VBZ", "VBP"):
        return True
    # "X told the meeting that the councillors were unhappy and asked: "...?"": a speech verb opening a quote
    # with a colon, coordinated with the verb of a "that" clause, is the reporting verb's conjunct
    doc = verb.doc
    return (
        verb.lower_ in REPORT_VERBS
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].text == ":"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
    )


def role_named_after(subj: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "said University of California, San Diego's chancellor, Pradeep Venkat": the parse joined the organisation
    and the role noun as conjuncts with no "and" between (or as an apposition); the name in apposition to the role,
    tagged or not, is who speaks. "The chair of the European Parliament, Uwe Brandt, said": the parse hung the
    name on the institution, which is no person; the role's holder speaks."""
    if any(c.dep_ == "cc" for c in subj.children):
        return None
    if one_person_role(subj):
        for prep in subj.children:
            place = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
            if place is not None and (place.ent_type_ in PLACE_OR_GROUP or place.pos_ == "PROPN"):
                # (a place the model took for a person's name: "the candidate for Kestrel Bay, Mira Okafor")
                name = _apposition_after(place, in_quote, proper=True)
                if name is None and prep.lower_ in ("of", "for", "at") and not subj.lower_.endswith("s"):
                    name = _listed_after(place, in_quote)
                if name is not None and (name.ent_type_ == "PERSON" or person_shaped(compound_text(name))):
                    return name
    for role in subj.children:
        if role.dep_ in ("conj", "appos") and one_person_role(role):
            name = _apposition_after(role, in_quote, proper=True)
            if name is not None:
                return name
    return _name_ending_title(subj)


def _holder_named_next(role: Token) -> Token | None:
    """ "according to RCMP spokeswoman CPL. Michele Roe": a name right after a person's role, titles between,
    that the parse left out of the role's phrase; the name's last word."""
    if not one_person_role(role):
        return None
    doc = role.doc
    k = role.i + 1
    while k < len(doc) and k - role.i <= 3 and doc[k].lower_ in PERSON_TITLES:
        k += 1
    if k >= len(doc) or doc[k].ent_type_ != "PERSON" or (doc[k].ent_iob_ != "B" and k == role.i + 1):
        return None  # (the model may take the title into the name: "CPL. Michele Roe")
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k] if not role.left_edge.i <= k <= role.right_edge.i else None  # the parse kept it: as it is


def _name_ending_title(subj: Token) -> Token | None:
    """ "said Knoxville Chief of Police Sterling Owen": a title "of" a body, with the holder's name, untagged,
    right after the body's word and no comma between; the name's last word."""
    if subj.lower_ not in ROLE_WORDS or subj.pos_ != "PROPN":
        return None
    pobj = of_object(subj)
    if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ not in ("", "PERSON"):
        return None
    words = [t for t in pobj.subtree if t.i <= pobj.i]
    name = [t for t in words[1:] if t.dep_ == "compound" or t.i == pobj.i]
    if len(words) < 3 or len(name) != len(words) - 1 or not person_shaped(" ".join(t.text for t in name)):
        return None
    return pobj


def _listed_after(tok: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """A proper noun the parse coordinated with ``tok`` by a comma alone (no "and"/"or"): an apposition."""
    if any(c.dep_ == "cc" for c in tok.children):
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "conj"
            and c.i > tok.i
            and c.pos_ == "PROPN"
            and c.doc[c.left_edge.i - 1].text == ","
            and not in_quote(c.idx)
        ),
        None,
    )


def _name_set_after(according: Token, source: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "according to the MP for the Isle of Arran, Graham Lennox": the parse hung the name after the comma on
    "according" itself; a person's name there is who the office's holder is (not "according to police, Ann Roe
    ...": only after a noun for one person's office)."""
    if source.ent_type_ == "PERSON" or not (one_person_role(source) or source.text in _ELECTED_OFFICES):
        return None
    doc = according.doc
    return next(
        (
            c
            for c in according.children
            if c.dep_ == "pobj"
            and c.i > source.i
            and c.ent_type_ == "PERSON"
            and doc[c.left_edge.i - 1].text == ","
            and c.left_edge.i - source.right_edge.i <= 2
            and not in_quote(c.idx)
        ),
        None,
    )


# members elected to an assembly, by the capitals of their office ("the MP for Bolton, Ann Roe")
_ELECTED_OFFICES = frozenset(ELECTED_MEMBER_OFFICES)


def _apposition_after_source(subj: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "According to news agency Kavra, the chief prosecutor of Dunmore, Ilse Varga, said": the parse made the
    "according to" source the subject; the apposition after it is who speaks."""
    doc = subj.doc
    lo = subj.left_edge.i
    if lo < 2 or doc[lo - 2].lower_ != "according" or doc[lo - 1].lower_ != "to":
        return None
    return _apposition_after(subj, in_quote)


def _apposition_after(tok: Token, in_quote: Callable[[int], bool], proper: bool = False) -> Token | None:
    """The first word in apposition after ``tok``, outside quotations; with ``proper``, a proper noun only
    ("..., Uwe Brandt,")."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "appos" and c.i > tok.i and (not proper or c.pos_ == "PROPN") and not in_quote(c.idx)
        ),
        None,
    )


def _subject_across_split(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """'Brown has stated that "... He will not get it." and later called the government "a disgrace"': the parse
    began a sentence at the "and" of a coordination; the verb's subject is the one of the sentence before."""
    doc = verb.doc
    start = sentence_start(doc, verb.i)
    first = doc[start]
    if start == 0 or first.lower_ not in ("and", "but") or first.head.i != verb.i:
        return None
    for _ in range(3):  # the sentence before, or the one before a quotation's sentences ('... It." and')
        root = root_of(doc[start - 1], 60)
        if not in_quote(root.idx):
            return next((c for c in kids(root) if c.dep_ in SUBJECT_DEPS and not in_quote(c.idx)), None)
        start = sentence_start(doc, start - 1)
        if start == 0:
            break
    return None


def _absolute_subject(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "Storms cut the power, with Opposition senator Ann Roe saying that ...", "scepticism from government
    senators saying that ...": a participle cue right after the object of "with" or "from", with no subject of
    its own, has that noun for its subject, not the clause's; so has one right after a clause about a document
    ("when the documents were released in 2000 stating that")."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ == "pobj" and prev.head.lower_ in ("with", "from") and not in_quote(prev.idx):
        prep = prev.head
        if (
            prep.lower_ == "with"
            and prev.ent_type_ in ("GPE", "LOC")
            and not (prep.i == 0 or prep.is_sent_start or prep.nbor(-1).text in (",", "—", "–"))
        ):
            return None  # "disappointed with the draw with Tanzania saying": a noun's "with", not a clause's
        return prev if prev.pos_ == "PROPN" or plausible_source(prev) else None
    # "... was confirmed when cabinet documents were released in 2000 stating that": the document of the clause
    # right before the participle, which the parse hung on the main verb
    for k in range(verb.i - 1, max(verb.i - 8, -1), -1):
        t = verb.doc[k]
        if t.is_punct or t.lower_ in ("and", "but"):
            break
        if t.tag_.startswith("VB") and t.head.i == verb.head.i and t.dep_ in ("advcl", "conj"):
            subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS and not in_quote(c.idx)), None)
            return subj if subj is not None and document_noun(subj.lower_) else None
    return None


def _participle_of_reporter(cue: Token, cur: Token, subjects: list[Token]) -> Token | None:
    """A participle cue ("claiming", "stating", "saying") the parse put inside the clause a reporting verb
    reports, with a thing for its subject ("declared martial law claiming", "said Indonesia may not be reporting
    all cases also stating") or under it with no subject of its own ("believes the group will fail, saying"):
    the reporting verb, whose subject speaks."""
    if cue.tag_ != "VBG":
        return None
    if cur.i == cue.i:
        if not subjects or any(plausible_source(c) for c in subjects):
            return None
        clause = cue.head if cue.dep_ == "advcl" else cue
    elif cue.dep_ == "advcl" and cue.head.i == cur.i and not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        clause = cur
    else:
        return None
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.lower_ not in REPORT_VERBS or reporter.i > clause.i:
        return None
    return reporter


def _object_controller(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """The object of the verb an infinitive complement hangs on, which is that infinitive's subject ("the
    backlash led Biden to express ...", "reporters asked the minister to explain ..."). An infinitive parsed as
    an adverbial clause counts only after a name right before its "to" (not "X called a meeting to say")."""
    to = next((c for c in kids(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.dep_ not in ("xcomp", "advcl"):
        return None
    for child in kids(verb.head):
        if child.dep_ == "dobj" and child.i < verb.i and child.pos_ in ("PROPN", "NOUN", "PRON"):
            named = child.pos_ in ("PROPN", "PRON") and child.i == to.i - 1
            return None if in_quote(child.idx) or (verb.dep_ == "advcl" and not named) else child
    return None


def _order_reference_before(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "the latter" / "the former" at most three tokens before a verb ("with the latter yesterday confirming")."""
    doc = verb.doc
    for t in doc[max(1, verb.i - 3) : verb.i]:
        if t.lower_ in ORDER_REFERENCES and doc[t.i - 1].lower_ == "the" and not in_quote(t.idx):
            return t
    return None


def _whole_word(tok: Token) -> Token:
    """The last piece of a hyphenated word the tokenizer split ("co", "-", "author" -> "author")."""
    doc = tok.doc
    k = tok.i
    while k + 2 < len(doc) and k - tok.i < 6 and not doc[k].whitespace_ and doc[k + 1].text == "-":
        if doc[k + 1].whitespace_:
            break
        k += 2
    return doc[k] if doc[k].is_alpha else tok


def _source_not_place(tok: Token) -> bool:
    return tok.ent_type_ not in ("GPE", "LOC", "FAC") and plausible_source(tok)


def _same_paragraph(a: Token, b: Token) -> bool:
    lo, hi = min(a.idx, b.idx), max(a.idx, b.idx)
    return hi - lo < 3000 and doc_text(a.doc).find("\n", lo, hi) < 0


def _person_before(verb: Token, in_quote: Callable[[int], bool], is_person: Callable[[int], bool]) -> Token | None:
    """The nearest person named before ``verb`` in its sentence and paragraph (at most 40 tokens back), not the
    object of a preposition or a verb ("Speaking to John Roe, ..."), outside quotations."""
    doc = verb.doc
    for k in range(verb.i - 1, max(verb.i - 41, -1), -1):
        t = doc[k]
        if t.is_space and "\n" in t.text:
            return None
        if in_quote(t.idx) or not is_person(t.idx):
            if t.is_sent_start:
                return None
            continue
        head = t
        while head.dep_ in ("compound", "flat") and head.head.i != head.i and abs(head.head.i - head.i) <= 3:
            head = head.head
        if head.dep_ not in ("pobj", "dobj", "poss"):
            return head
        if t.is_sent_start:
            return None
    return None


def _loose_agent(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """A passive verb's "by" phrase the parse attached to a word after it ("X was announced to be a "pandemic"
    by the World Health Organization"): the agent, when it can be a source and no other verb owns the "by"."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(verb.right_edge.i, verb.i + 16) + 1]:
        if t.lower_ != "by" or t.dep_ not in ("prep", "agent") or in_quote(t.idx):
            continue
        if t.head.i != verb.i and t.head.pos_ in ("VERB", "AUX"):
            return None  # "... that they were attacked by police": another verb's agent
        pobj = next((c for c in kids(t) if c.dep_ == "pobj"), None)
        return pobj if pobj is not None and plausible_source(pobj) else None
    return None


def _relative_conjunct(verb: Token) -> Token | None:
    """A verb after "and" that the parse coordinated with the main clause, though it continues the relative
    clause just before ("X, who held ... and emphasized ..."): the antecedent of that clause's "who"."""
    doc = verb.doc
    k = verb.i - 1
    if k < 1 or doc[k].lower_ not in ("and", "but"):
        return None
    k -= 1
    while k > 0 and doc[k].is_punct and verb.i - k < 4:
        k -= 1
    t = doc[k]
    for _ in range(8):
        if t.dep_ == "relcl" and t.pos_ == "VERB" and t.tag_ == verb.tag_ and t.i < verb.i:
            if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.children):
                return t.head if t.head.i != verb.head.i else None
            return None
        if t.head.i == t.i or t.head.i >= verb.i:
            return None
        t = t.head
    return None


def _reported_conjunct(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "Roe said a colonel telephoned and asked her to ...": a verb right after "and" that the parse coordinated
    with the reporting verb, though it continues the reported clause just before it (same tense, no comma):
    that clause's subject."""
    doc = verb.doc
    k = verb.i - 1
    if k < 1 or doc[k].lower_ != "and":
        return None
    prev = doc[k - 1]
    past = ("VBD", "VBN")  # the tagger confuses the two
    same_tense = prev.tag_ == verb.tag_ or (prev.tag_ in past and verb.tag_ in past)
    if not (prev.dep_ == "ccomp" and prev.head.i == verb.head.i and prev.pos_ == "VERB" and same_tense):
        return None
    subj = next((c for c in kids(prev) if c.dep_ == "nsubj"), None)
    return subj if subj is not None and not in_quote(subj.idx) and plausible_source(subj) else None


def _cited_source(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """ "..., Bloomberg reported, citing the IMF's Managing Director Kristalina Georgieva": the one a report cites
    by name speaks (not "citing unnamed officials": the reporter stays the source)."""
    for child in kids(verb):
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lower_ in ("citing", "quoting"):
            named = next((g for g in kids(child) if g.dep_ == "dobj" and not in_quote(g.idx)), None)
            if named is None:
                continue
            if named.ent_type_ in ("PERSON", "ORG") or named.pos_ == "PROPN":
                return named
            # "citing the bank's chief economist Ilse Marwick": the name set after the role
            apposed = next((g for g in kids(named) if g.dep_ == "appos" and g.pos_ == "PROPN"), None)
            if apposed is not None:
                return apposed
    return None


def _as_saying(verb: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in ("saying", "stating", "telling") for g in c.children)
        for c in kids(verb)
    )


def _object_of(verb: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """Who is quoted: a noun, or a pronoun for one ("the paper quoted him as saying")."""
    for child in kids(verb):
        if child.dep_ == "xcomp" and child.lower_ in ("saying", "stating", "telling"):
            # "the Herald quoted Kelby saying": the parse made the one quoted the subject of "saying"
            child = next((g for g in kids(child) if g.dep_ == "nsubj" and g.i < child.i), child)
        elif child.dep_ != "dobj":
            continue
        if in_quote(child.idx):
            continue
        if child.pos_ in ("PROPN", "NOUN") or child.lower_ in ("him", "her", "them"):
            return child
    return None


def _nearest_name(
    doc: Doc,
    i: int,
    step: int,
    in_quote: Callable[[int], bool],
    pronouns: frozenset[str] = PERSON_PRONOUNS | GROUP_PRONOUNS,
) -> Token | None:
    for _ in range(4):
        if i < 0 or i >= len(doc):
            return None
        t = doc[i]
        if in_quote(t.idx) or t.is_punct or t.ent_type_ in _NO_SPEAKER_NAMES:
            return None  # (a law, a work or an event is named, no speaker: "decisions reaffirming Roe")
        if step > 0 and t.dep_ == "mark":
            return None  # "said that Nairobi has to ...": past "that" is the reported clause's subject
        if t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ in pronouns):
            # move to the head of a multi-token name ("alderman Marieke van der Sloot": four words on)
            while (
                t.dep_ in ("compound", "flat")
                and t.head.i != t.i
                and abs(t.head.i - t.i) <= 5
                and not any("\n" in w.text for w in doc[min(t.i, t.head.i) : max(t.i, t.head.i)])
            ):
                t = t.head  # not over a line break ("says Leader Ann Roe\n\nTens of thousands ...")
            return _holder_of_role_before(t) if step < 0 else t
        i += step
    return None


def _holder_of_role_before(t: Token) -> Token:
    """ "Ann Roe, the Secretary General of the PLP said": the name before a verb with no subject closes the
    description set off after a person's name; that person speaks, not the body her role names."""
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.head.dep_ != "appos":
        return t
    person = t.head.head.head
    return person if person.ent_type_ == "PERSON" and person.i < t.i else t
