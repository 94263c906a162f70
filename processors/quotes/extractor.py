"""Quote extraction: pair the marks, frame each quote in its sentence, find its cue and speaker, drop what
is not a quotation (titles, nicknames, names given, unattributed scare quotes), and say whether it is direct
or mixed.

Cost is linear in the article: one pass over the marks, one over the tokens (char -> token by bisection,
sentence bounds precomputed, cues collected once per sentence and found by bisection), and every look-around
window is bounded (``WINDOW`` characters, a few cues, a few tokens). Indirect quotes (reported speech outside
the marks, ``indirect.py``) are found afterwards on the same context, within their own bounds (at most
``MAX_CANDIDATES`` candidate words, each looked at inside one parsed sentence of at most ``MAX_SENT_TOKENS``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

import numpy
from spacy.tokens import Doc, Token

from processors.dictionary import unknown_word
from processors.doctext import lower_ids
from processors.person_names import DESCRIPTOR_NOUNS, PERSON_ROLE_WORDS, given_names
from processors.quotes.cue_subjects import document_noun, role_named_after, subject_of_cue
from processors.quotes.cues import (
    CUE_IDS,
    REPORT_NOUNS,
    REPORT_VERBS,
    SAYING_NOUNS,
    SPEECH_VERBS,
    Cue,
    cue_at,
    cue_span,
    member,
)
from processors.quotes.filters import (
    after_naming_only_cue,
    after_title_cue,
    is_nickname,
    is_title_case,
    is_word_mention,
    looks_like_speech,
)
from processors.quotes.indirect import indirect_quotes
from processors.quotes.marks import MarkedSpan, pair_marks, paragraph_at
from processors.quotes.mention_index import char_span
from processors.quotes.sentences import Sentences, doc_text, token_starts
from processors.quotes.source_words import (
    CITING_VERBS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    GROUP_PRONOUNS,
    PERSON_NOUNS,
    PERSON_POSSESSIVES,
    QUOTING_VERBS,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
    SPEAKER_LABELS,
    kids,
    plausible_source,
)
from processors.quotes.speakers import SpeakerIndex
from processors.types import Entity, Quote, QuoteKind, Speaker

WINDOW = 240  # characters looked at around a quote
MAX_CUES = 6  # cues looked at on each side of a quote
# quotes per article that get a cue, a speaker and the filters (news articles have tens); beyond, a pathological
# input: each further quotation is reported as paired, with its kind and no speaker, and nothing else is built for
# it, which keeps an adversarial article of 100,000 closed quotations well under a second
MAX_ATTRIBUTED = 400
# a person's name, then "of" or "from", right before the opening mark
_AFFILIATION = re.compile(r"(\w[\w'’.-]*),? (?:of|from) ?$")
# a dash after a closing quotation mark, then the name it is credited to (invisible format characters allowed)
_DASH_CREDIT = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]*[—–][ \u200b-\u200f\u2060\ufeff]*")
_CREDIT_NAME = re.compile(r"[^\W\d_][^\W\d_.'’ -]*(?:[ -][^\W\d_][\w.'’-]*){0,4}(?=\s*(?:,|\n|$))")
NEIGHBOURS = 3  # quotations looked at on each side of a short unattributed one
_ALNUM = re.compile(r"[^\W_]")
EDGE = " \"“”‘’'.,;:!?()[]—–-\n"
NAMING = frozenset(["called", "named", "dubbed", "termed", "nicknamed", "known", "labelled", "labeled", "branded"])
NAMING_VERBS = frozenset(["call", "calls", "called", "calling", "describe", "describes", "described", "describing"])


@dataclass
class _Candidate:
    mark: MarkedSpan
    sent: int
    cue: Cue | None = None
    speaker: Speaker | None = None
    floating: bool = False  # no cue: the speaker, if any, comes from the context
    adjacent: bool = False  # cue right next to the quote ("A," he said / said: "A")
    first_person: bool = False  # "I said": the interviewee, not a participant a later pronoun may mean
    _speechy: bool | None = None

    def speechy(self, text: str) -> bool:
        if self._speechy is None:
            self._speechy = looks_like_speech(text[self.mark.start : self.mark.end])
        return self._speechy

    @property
    def close(self) -> int:
        m = self.mark
        return m.close_pos + 1 if m.close_pos is not None else m.end


class _QuoteMask:
    """Is a char offset inside a quotation (marks included)? Bisection over the sorted spans."""

    def __init__(self, spans: list[MarkedSpan]) -> None:
        self.starts = [s.open_pos for s in spans]
        self.ends = [s.close_pos + 1 if s.close_pos is not None else s.end for s in spans]

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


class _Context:
    """Everything computed once per document."""

    def __init__(self, doc: Doc, entities: list[Entity], marks: list[MarkedSpan]) -> None:
        self.doc = doc
        self.in_quote = _QuoteMask(marks)
        self.sents = Sentences(doc, self.in_quote)
        self.text = self.sents.text
        self.index = SpeakerIndex(doc, entities, self.in_quote, paragraph_of=self.sents.paragraph_of)
        self._cues: dict[int, tuple[list[Cue], list[int]]] = {}
        # the tokens that can head a cue, found once per article
        self.cue_words = member(lower_ids(doc), CUE_IDS)

    def cues(self, si: int) -> tuple[list[Cue], list[int]]:
        """The cues of sentence ``si`` outside quotations, and their start offsets (for bisection)."""
        found = self._cues.get(si)
        if found is None:
            cues: list[Cue] = []
            r = self.sents.token_range(si)
            hits = numpy.flatnonzero(self.cue_words[r.start : r.stop])
            for ti in (hits + r.start).tolist():
                if not self.in_quote(self.sents.tok_starts[ti]):
                    cue = cue_at(self.doc, ti)
                    if cue is not None:
                        cues.append(cue)
            found = (cues, [c.start for c in cues])
            self._cues[si] = found
        return found

    def speaker_of(self, cue: Cue, strict: bool = False) -> Speaker | None:
        """The speaker the cue names. ``strict``: not a noun phrase that cannot be a source ("her reasoning
        saying", "the frequency of ... suggested"), which a bad parse made the cue's subject."""
        tok = subject_of_cue(self.doc, cue, self.in_quote, self.index.is_person)
        if tok is None:
            return None
        if cue.kind == "according" and document_noun(tok.lower_) and not _issuer_given(tok):
            # "according to the summary", "according to reports": the document is not who spoke; but "according
            # to a police statement" gives who issued it
            return None
        sp = self.index.resolve_token(tok)
        if strict and sp is not None and sp["label"] == "UNKNOWN" and not plausible_source(tok):
            return None
        return sp


def _issuer_given(document: Token) -> bool:
    """Does the document's phrase say who issued it before its noun ("a police statement", "the ministry's
    report")? ("a statement from the club" is read where the "according to" cue is attributed.)"""
    return any(
        (c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and plausible_source(c)) or c.dep_ == "poss"
        for c in document.children
        if c.i < document.i
    )


_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Direct and mixed quotes (between quotation marks), then indirect ones (reported speech outside them, see
    ``indirect.py``), sorted by start."""
    text = doc_text(doc)
    marks = [m for m in pair_marks(text) if not _pseudonym(text, m)]
    ctx = _Context(doc, entities, marks)
    out = _marked_quotes(ctx, marks) if marks else []
    out += indirect_quotes(doc, ctx.index, ctx.in_quote.starts, ctx.in_quote.ends, out)
    out.sort(key=lambda q: q["start"])
    return out


# a name alone in quotation marks, set off by a description: "said 'Rina', an employee", "'Karim', who asked that
# his real name not be used, said": a name the report gives its source instead of the real one, not a quotation
_PSEUDONYM = re.compile(r"[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2}")
_PSEUDONYM_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|tells|added|adds|explained|explains|recalled|recalls)|^|[.!?][\"”’']?|\n) ?$"
)
_PSEUDONYM_AFTER = re.compile(r", (?:a|an|who|whose)\b")


def _pseudonym(text: str, m: MarkedSpan) -> bool:
    if m.close_pos is None or _PSEUDONYM.fullmatch(text, m.start, m.end) is None:
        return False
    # a name, not an answer ('he said "Yes", a rare ...'): words no dictionary holds, or known given names
    if not all(unknown_word(w) or w.lower() in given_names() for w in text[m.start : m.end].split()):
        return False
    return (
        _PSEUDONYM_AFTER.match(text, m.close_pos + 1) is not None
        and _PSEUDONYM_BEFORE.search(text, max(0, m.open_pos - 12), m.open_pos) is not None
    )


def _marked_quotes(ctx: _Context, marks: list[MarkedSpan]) -> list[Quote]:
    doc, text = ctx.doc, ctx.text
    # candidates for the attributed quotes, and the few after them that the last ones' filters look at
    cands = [_Candidate(m, ctx.sents.index_of(m.open_pos)) for m in islice(marks, MAX_ATTRIBUTED + NEIGHBOURS)]

    last: _Candidate | None = None
    for k, c in enumerate(cands):
        if k >= MAX_ATTRIBUTED:
            c.floating = True
            continue
        _attribute(ctx, c)
        claimed = _claim_owner(ctx, c)
        if claimed is not None:  # 'X dismissed Roe's claim that the budget was "balanced"': Roe's words
            c.cue, c.speaker = claimed
        credited = _by_credit(ctx, c) if c.cue is not None else None
        if credited is not None:
            c.speaker = credited
        if last is not None and _continued_by_role(ctx, last, c):
            # '"...," said co-author Ann Roe. The Halden professor added, "..."': the same person, described
            c.speaker = last.speaker
        if last is not None and _coordinated(ctx, last, c):
            # '... talked of "A" and "B."': the second quotation is in the first one's phrase, whatever cue
            # follows it (the next sentence's 'X said', when the sentence splitter joined them)
            c.cue, c.speaker, c.first_person = last.cue, last.speaker, last.first_person
        if c.speaker is None:
            c.floating = c.cue is None
            c.speaker = _fallback_speaker(ctx, c, last)
            if c.floating and (c.speaker is None or c.speaker["label"] == "UNKNOWN"):
                c.speaker = _interviewee_words(ctx, c) or c.speaker
            if c.speaker is None and c.floating:
                c.speaker = _pull_quote_source(ctx, c)
        if c.speaker is None and c.cue is not None:
            # '"I'm looking for one building," he said.' opening a report, no one named before: named after
            subj = subject_of_cue(doc, c.cue, ctx.in_quote, ctx.index.is_person)
            c.speaker = ctx.index.named_after(subj) if subj is not None else None
        if c.speaker is not None and _LATIN.search(c.speaker["name"]) is None:
            c.speaker = None  # words of a passage in another script ("करता है" before an English cue word)
        if (
            c.speaker is not None
            and not c.first_person
            and not (c.cue is not None and doc[c.cue.token].lower_ in SAYING_NOUNS)
        ):
            # a saying cited by others ("citing the Ann Roe quote that ...") does not make its author a
            # participant a later pronoun or unattributed quotation could mean
            mention = c.speaker["mention"]
            ctx.index.record(mention["start"] if mention else c.mark.start, c.speaker)
            last = c

    _run_on_speakers(text, cands[:MAX_ATTRIBUTED])
    _echoed_speakers(text, cands[:MAX_ATTRIBUTED])
    _echoing_speakers(text, cands[:MAX_ATTRIBUTED])
    out: list[Quote] = []
    for k, c in enumerate(cands[:MAX_ATTRIBUTED]):
        m = c.mark
        inner = text[m.start : m.end]
        if not _keep(ctx, c, inner, cands, k):
            continue
        out.append(
            {
                "text": inner,
                "start": m.start,
                "end": m.end,
                "kind": _kind(text, m, ctx.sents.bounds(c.sent)[0]),
                "speaker": c.speaker,
                "cue": cue_span(text, c.cue) if c.cue is not None else None,
            }
        )
    # past the cap: paired, with a kind, neither attributed nor filtered (marks and sentence bounds are both in
    # order of position: one pointer walks the bounds)
    bounds = ctx.sents.bounds_list
    si, nb = 0, len(bounds)
    for m in islice(marks, MAX_ATTRIBUTED, None):
        start, end = m.start, m.end
        if not text[start : start + 1].isalnum() and _ALNUM.search(text, start, end) is None:
            continue
        while si + 1 < nb and bounds[si + 1] <= m.open_pos:
            si += 1
        out.append(
            {
                "text": text[start:end],
                "start": start,
                "end": end,
                "kind": _kind(text, m, bounds[si]),
                "speaker": None,
                "cue": None,
            }
        )
    return out


# nouns for what someone said, whose "that" clause gives its content ("Roe's claim that ...", "the accusations of
# Roe that ...", "the claims made by Roe that ...", "Judge Roe's finding that ...")
_CLAIM_NOUNS = frozenset(
    """claim claims accusation accusations allegation allegations assertion assertions finding findings
    suggestion suggestions contention insistence argument arguments warning warnings charge charges""".split()
)

# what the sentence's subject calls the claim, not its content: 'described the allegation that ... as "a lie"'
_NAMED_AS = re.compile(r"\b(?:as|called|calling|termed|dubbed|branded|labelled|labeled)\W*$")


def _claim_owner(ctx: _Context, c: _Candidate) -> tuple[Cue, Speaker] | None:
    """A quotation inside the "that" clause of a claim someone is said to have made, in another's sentence: the
    claim's owner (its possessor, "of" a person or body, or "made by" one) and the claim noun as the cue."""
    doc, text = ctx.doc, ctx.text
    if c.mark.open_pos <= ctx.sents.bounds(c.sent)[0]:
        return None
    i = bisect_right(token_starts(doc), c.mark.start) - 1
    if i < 0 or not ctx.in_quote(doc[i].idx):
        return None
    tok = doc[i]
    for _ in range(10):
        if tok.head.i == tok.i:
            return None
        via, tok = tok.dep_, tok.head
        if via in ("acl", "relcl", "ccomp") and tok.lower_ in _CLAIM_NOUNS and tok.pos_ == "NOUN":
            break
    else:
        return None
    if " that " not in text[tok.idx : c.mark.open_pos] or _NAMED_AS.search(
        text, max(0, c.mark.open_pos - 20), c.mark.open_pos
    ):
        return None
    owner = next((k for k in kids(tok) if k.dep_ == "poss" and k.pos_ == "PROPN"), None)
    for k in kids(tok) if owner is None else ():
        if k.dep_ == "prep" and k.lower_ == "of":  # "the accusations of Rep. Ann Roe"
            owner = next((g for g in kids(k) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if k.dep_ == "acl" and k.lower_ == "made":  # "the claims made by Ann Roe"
            by = next((g for g in kids(k) if g.dep_ == "agent"), None)
            owner = next((g for g in kids(by) if g.dep_ == "pobj"), None) if by is not None else None
        if owner is not None:
            break
    if owner is None or ctx.in_quote(owner.idx):
        return None
    sp = ctx.index.resolve_token(owner)
    if sp is None or sp["label"] not in ("PERSON", "ORG"):
        return None
    return Cue(tok.i, tok.idx, tok.idx + len(tok.text), "noun"), sp


def _attribute(ctx: _Context, c: _Candidate) -> None:
    """The quote's cue in its own sentence and the speaker it names."""
    m, text = c.mark, ctx.text
    credited = _dash_credit(ctx, c)
    if credited is not None:  # a pull quote: '"..." — Ann Roe, mayor'
        c.speaker = credited
        return
    s_start, _ = ctx.sents.bounds(c.sent)
    cues, starts = ctx.cues(c.sent)
    i_before = bisect_left(starts, m.open_pos)
    i_after = bisect_left(starts, c.close)
    at_start = m.open_pos - s_start <= WINDOW and not text[s_start : m.open_pos].strip(EDGE)
    # not a relative clause's verb whose words end before the quotation when a cue before it remains ('said
    # soldiers who responded came "under attack"': the soldiers did not respond with these words)
    # (not a reporting noun inside a relative clause that ends before the quotation: "the committee that made
    # the decision to give $544,000, but felt that ... was "...")
    near = [
        i
        for i in range(i_before - 1, max(i_before - 1 - MAX_CUES, -1), -1)
        if not _noun_in_closed_relative_clause(ctx.doc, cues[i], m.open_pos)
    ]
    before = _pick(cues, [i for i in near if not _closed_relative_clause(ctx.doc, cues[i], m.open_pos)])
    before = before or _pick(cues, near)
    # "Democrats fought his call to improve "election integrity"": his words, not theirs
    # (not after a verb that names what it describes: "called the court's decision "an attack"")
    owned = (
        _owned_noun_cue(ctx, before[0].end, m.open_pos)
        if before and before[0].kind == "verb" and ctx.doc[before[0].token].lower_ not in NAMING | NAMING_VERBS
        else None
    )
    after = _pick(cues, range(i_after, min(i_after + MAX_CUES, len(cues))))
    # a cue right after the closing mark ('"...", wrote X') is the quote's own attribution
    tight_after = (
        bool(after)
        and (after[0].kind == "verb" or not before)
        and not text[c.close : after[0].start].strip(EDGE)
        and after[0].start - c.close <= 4
        # 'X called the vaccine "safe", writing ...': a participle goes on with the clause before, whose verb
        # the quotation belongs to
        and not (before and ctx.doc[after[0].token].tag_ == "VBG")
    )
    # "Ann Roe concluded "successful" talks, according to a statement from State House": the source reports
    # what the subject did, in its own words (a verb of speech before keeps its subject: "described the crash
    # as "horrific", according to Reuters")
    reported = (
        bool(after and before)
        and after[0].kind == "according"
        and before[0].kind == "verb"
        and ctx.doc[before[0].token].lower_ not in SPEECH_VERBS
    )
    # "the response ... has been "wonderful," she said": a reporting noun before yields to the verb whose subject
    # opens right after the closing mark
    answered = bool(before) and before[0].kind == "noun" and _named_right_after(ctx, c, after, pronoun=True)
    order = (
        after + before
        if at_start or tight_after or reported or answered or _named_right_after(ctx, c, after)
        else before + after
    )
    # "Roe said she and Lee agreed to meet again "in a few months"": what a joint subject agreed, as one of them
    # reported it, is the reporter's words
    order = list(dict.fromkeys(_joint_reporter(ctx, cues, cue) for cue in order))
    # then the outer cues of the same side ("X told the magazine the data suggested: "...""): tried only when
    # the nearest name no plausible source
    outer = [
        cue
        for cue in cues[max(i_before - 1 - MAX_CUES, 0) : i_before]
        if cue.kind == "verb" and cue not in order and _governs(ctx.doc, cue, order)
    ]
    weak: tuple[Cue, Speaker] | None = None
    for cue in order + outer[::-1]:
        sp = ctx.speaker_of(cue, strict=True)
        if sp is None:
            sp = _first_person(ctx, c, cue)
            c.first_person = sp is not None
        if sp is not None:
            c.cue, c.speaker = cue, sp
            break
        if weak is None:
            loose = ctx.speaker_of(cue)
            if loose is not None:
                weak = (cue, loose)
        if c.cue is None:
            c.cue = cue
    if c.speaker is None and weak is not None:
        # the only subject is a thing ("the shark", "the attack"): things do not speak; the person who
        # last reported something in the paragraph does, else the thing as before
        c.cue, c.speaker = weak
        subj = subject_of_cue(ctx.doc, weak[0], ctx.in_quote, ctx.index.is_person)
        person = _paragraph_reporter(ctx, c) if subj is not None and subj.is_lower else None
        if person is not None:
            c.cue, c.speaker = person
    if owned is not None:
        owner = next(k for k in ctx.doc[owned.token].children if k.dep_ == "poss")
        sp = ctx.index.resolve_token(owner)
        if sp is not None:
            c.cue, c.speaker = owned, sp
    if c.cue is not None and _naming(ctx.doc, text, c.cue, m):
        # "... and, according to CNN, was called the "breadbasket"": a name given, on a source's word
        source = next((cue for cue in cues[max(i_before - MAX_CUES, 0) : i_before] if cue.kind == "according"), None)
        sp = ctx.speaker_of(source) if source is not None and source.start < c.cue.start else None
        if source is not None and sp is not None:
            c.cue, c.speaker = source, sp
    own = _relative_clause_speaker(ctx, c) or _object_noun_before_colon(ctx, c)
    if own is not None:
        c.speaker = own
    if c.cue is not None:
        cue = c.cue
        gap = (
            text[c.close : min(cue.start, c.close + 60)]
            if cue.start >= c.close
            else text[max(cue.end, m.open_pos - 60) : m.open_pos]
        )
        c.adjacent = abs((cue.start - c.close) if cue.start >= c.close else (m.open_pos - cue.end)) <= 60 and (
            len(gap.split()) <= 2
        )


def _joint_reporter(ctx: _Context, cues: list[Cue], cue: Cue) -> Cue:
    """The cue that reports ``cue``'s clause when ``cue``'s subject is coordinated ("she and Lee agreed"), else
    ``cue``."""
    if cue.kind != "verb":
        return cue
    subj = subject_of_cue(ctx.doc, cue, ctx.in_quote, ctx.index.is_person)
    if subj is None or not any(k.dep_ == "conj" for k in subj.children):
        return cue
    return _governing_cue(ctx.doc, cues, cue)


def _named_right_after(ctx: _Context, c: _Candidate, after: list[Cue], pronoun: bool = False) -> bool:
    """'China responded by saying, "...," Liu Jianchao, a ministry spokesman, told a news conference': a person
    named right after the closing mark, the subject of the next cue, is the quotation's own attribution (with
    ``pronoun``, a personal pronoun there: '"...," she said')."""
    if not after or after[0].kind != "verb":
        return False
    text = ctx.text
    k = c.close
    while k < len(text) and k - c.close < 4 and text[k] in EDGE:
        k += 1
    subj = subject_of_cue(ctx.doc, after[0], ctx.in_quote, ctx.index.is_person)
    if subj is None:
        return False
    if pronoun:
        return subj.idx == k and subj.pos_ == "PRON"
    e = ctx.index.entity_at(k)
    if e is not None and e["label"] == "PERSON" and e["start"] == k:
        return e["start"] <= subj.idx < e["end"]
    # '"... is 100 percent false," White House press secretary Ann Roe said': the cue's subject, a person with
    # her title, opens right after the closing mark
    return subj.left_edge.idx == k and subj.i - subj.left_edge.i <= 8 and ctx.index.is_person(subj.idx)


def _continued_by_role(ctx: _Context, prev: _Candidate, c: _Candidate) -> bool:
    """ "The Halden professor added" / "the scientist continued" right after a named person's quotation (same or
    next paragraph): a definite noun for a person ("the professor", "the researcher") that the index tied to no
    named person (at most to the organisation in front of it, whatever the model tagged it), as the subject of
    a verb that goes on with what was said, describes the person just quoted."""
    if c.cue is None or c.speaker is None:
        return False
    if prev.speaker is None or prev.speaker["label"] != "PERSON" or ctx.sents.paragraph_gap(prev.sent, c.sent) > 1:
        return False
    verb = ctx.doc[c.cue.token]
    subj = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    continuing = verb.lower_ in _CONTINUING_VERBS
    if not (
        subj is not None
        and subj.pos_ == "NOUN"
        and (
            subj.lower_ in PERSON_ROLE_WORDS
            or subj.lower_.endswith(_PERSON_NOUN_ENDINGS)  # not "the ministry"
            or (not continuing and subj.lower_ in _DESCRIPTION_NOUNS)
        )
        and any(t.dep_ == "det" and t.lower_ == "the" for t in subj.children)
        and not any(t.dep_ in ("conj", "prep") for t in subj.children)
    ):
        return False
    if c.speaker["label"] == "PERSON":
        # only a name the model made of the organisation in front of the noun ("The Wooster professor")
        mention = c.speaker["mention"]
        if mention is None or not any(
            t.dep_ == "compound" and t.idx <= mention["start"] < t.idx + len(t.text) for t in subj.children
        ):
            return False
    return continuing or _new_description(ctx, prev, subj)


def _new_description(ctx: _Context, prev: _Candidate, subj: Token) -> bool:
    """ "'...,' Collymore said. // '...,' the senior police official explained": with any verb of speech, a
    definite noun for a person that the article has not used before (bar a predicate: "he has become a hardworking
    man ... the man said") is the article's new word for the person just quoted, when it fits that person's sex."""
    if prev.speaker is None:
        return False
    index = ctx.index
    if any(
        e["canonical"] != prev.speaker["name"] and not ctx.in_quote(e["start"])
        for e in index.persons_between(prev.close, subj.idx)
    ):
        return False  # "... // Ann Roe and Ben Cole welcomed it. '...,' the UN chief said": one of them
    return index.first_use(subj, past_predicates=True) and index.same_sex(subj, prev.speaker["name"])


_CONTINUING_VERBS = frozenset("added adds continued continues".split())
_DESCRIPTION_NOUNS = ROLE_WORDS | PERSON_NOUNS | DESCRIPTOR_NOUNS
_PERSON_NOUN_ENDINGS = ("ist", "ian", "person", "man", "woman", "er", "or")


def _coordinated(ctx: _Context, prev: _Candidate, c: _Candidate) -> bool:
    """Is ``c`` joined to the quotation just before it by a conjunction alone ('"A" and "B"', '"A", or "B"'),
    with a cue only after it, and the first one attributed? Without a cue, only words that look like speech:
    terms listed as words ('the terms "A" and "B"') stay floating, to be filtered."""
    if prev.speaker is None or prev.sent != c.sent or prev.mark.close_pos is None:
        return False
    if (c.cue is None and not c.speechy(ctx.text)) or (c.cue is not None and c.cue.start < c.close):
        return False
    gap = ctx.text[prev.close : c.mark.open_pos]
    return len(gap) <= 16 and gap.strip(EDGE).lower() in _COORDINATORS


_COORDINATORS = frozenset(["and", "or", "as well as", "and also", "and of", "and about"])


def _first_person(ctx: _Context, c: _Candidate, cue: Cue) -> Speaker | None:
    """ "I said, "..."", "we thought "..."" right next to the quote, in an interview answer: the interviewee whose
    name labels the answer (nothing outside an interview, or for an "I" inside a quotation)."""
    tok = subject_of_cue(ctx.doc, cue, ctx.in_quote, ctx.index.is_person)
    if tok is None or tok.lower_ not in FIRST_PERSON or ctx.in_quote(tok.idx):
        return None
    m, text = c.mark, ctx.text
    if cue.end <= m.open_pos:  # "I said to them, "...""
        gap = text[cue.end : m.open_pos]
        if len(gap) > 40 or len(gap.split()) > 3 or any(ch in gap for ch in ".?!\n"):
            return None
    elif text[c.close : min(cue.start, tok.idx)].strip(" ,"):  # ""...," I said", not "and I said"
        return None
    return ctx.index.interviewee(tok.idx, {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)})


def _dash_credit(ctx: _Context, c: _Candidate) -> Speaker | None:
    """'"..."  — Ann Roe, Mayor of Ashford': a quotation credited after a dash to a person the article names."""
    dash = _DASH_CREDIT.match(ctx.text, c.close, c.close + 12)
    if dash is None:
        return None
    name = _CREDIT_NAME.match(ctx.text, dash.end(), dash.end() + 60)
    if name is None:
        return None
    person = ctx.index.full_mention.get(("PERSON", name.group().strip()))
    if person is None:
        return None
    return ctx.index.from_entity(person, {"text": name.group().strip(), "start": name.start(), "end": name.end()})


def _by_credit(ctx: _Context, c: _Candidate) -> Speaker | None:
    """'was described as "A" by Ann Roe, and "B" by Bo Li': a quotation right before a "by" of the passive
    cue before it is the agent's, each quotation its own (the parse gives the verb one agent)."""
    assert c.cue is not None
    verb = ctx.doc[c.cue.token]
    passive = verb.tag_ == "VBN" or (verb.dep_ == "conj" and any(t.dep_ == "auxpass" for t in verb.head.children))
    if c.cue.start > c.mark.open_pos or not passive:
        return None  # "X was named "A" by the league and praised as "B" by Y": "praised" conjoins a passive
    k = bisect_left(ctx.sents.tok_starts, c.close)
    while k < len(ctx.doc) and ctx.doc[k].text == ",":
        k += 1
    if k >= len(ctx.doc) or ctx.doc[k].lower_ != "by" or ctx.text[c.close : ctx.doc[k].idx].strip(", "):
        return None
    pobj = next((t for t in ctx.doc[k].children if t.dep_ == "pobj"), None)
    if pobj is None or ctx.in_quote(pobj.idx):
        return None
    sp = ctx.index.resolve_token(role_named_after(pobj, ctx.in_quote) or pobj)  # "by the candidate for X, Ann Roe"
    return sp if sp is not None and sp["label"] in ("PERSON", "ORG") else None


def _paragraph_reporter(ctx: _Context, c: _Candidate) -> tuple[Cue, Speaker] | None:
    """A person subject of a clause governing the cue ("X attacked the media, ... describing him as "..."");
    else the nearest named person before the quote, in its paragraph, who is the subject of a reporting verb."""
    if c.cue is not None:
        tok = ctx.doc[c.cue.token]
        for _ in range(8):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and not ctx.in_quote(child.idx):
                    sp = ctx.index.resolve_token(child)
                    if sp is not None and sp["label"] == "PERSON":
                        return c.cue, sp
    si = c.sent
    for _ in range(6):
        cues, _starts = ctx.cues(si)
        for cue in cues[::-1][:MAX_CUES]:
            if cue.kind != "verb" or cue.start >= c.mark.open_pos:
                continue
            sp = ctx.speaker_of(cue, strict=True)
            if sp is not None and sp["label"] == "PERSON":
                return cue, sp
        if si == 0 or not ctx.sents.same_paragraph(si - 1, si):
            break
        si -= 1
    return None


def _relative_clause_speaker(ctx: _Context, c: _Candidate) -> Speaker | None:
    """A quote woven into a relative clause with its own subject ("criticized the decision, which Ross has
    referred to as "gamesmanship"") is that subject's words, not the main clause's speaker."""
    m, doc = c.mark, ctx.doc
    k = bisect_left(ctx.sents.tok_starts, m.start)
    if k >= len(doc) or doc[k].idx >= c.close:
        return None
    tok = doc[k]
    for _ in range(8):
        if tok.head.i == tok.i or (c.cue is not None and tok.i == c.cue.token):
            return None
        tok = tok.head
        if ctx.in_quote(tok.idx):
            continue
        if tok.dep_ != "relcl" or tok.pos_ != "VERB":  # not "when they were "...""
            continue
        subj = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.i < tok.i), None)
        if subj is None or subj.lower_ in RELATIVE_PRONOUNS | GROUP_PRONOUNS or ctx.in_quote(subj.idx):
            return None
        if not any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[tok.left_edge.i : tok.i]):
            return None  # no relative word: a misparse, not "which X called "...""
        if c.cue is not None and subj.i <= c.cue.token <= tok.i:
            return None  # the cue is the relative clause's own verb: already its subject's
        sp = ctx.index.resolve_token(subj)
        if sp is None or (sp["label"] == "UNKNOWN" and not plausible_source(subj)):
            return None
        return sp
    return None


def _governs(doc: Doc, cue: Cue, inner: list[Cue]) -> bool:
    """Is one of the ``inner`` cues inside the clause of ``cue`` (its head chain reaches ``cue``)?"""
    for other in inner:
        tok = doc[other.token]
        for _ in range(6):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.i == cue.token:
                return True
    return False


def _noun_in_closed_relative_clause(doc: Doc, cue: Cue, pos: int) -> bool:
    if cue.kind != "noun":
        return False
    verb = doc[cue.token].head
    end = verb.right_edge
    return verb.dep_ == "relcl" and verb.pos_ == "VERB" and end.idx + len(end.text) < pos


def _closed_relative_clause(doc: Doc, cue: Cue, pos: int) -> bool:
    """A cue verb of a relative clause that ends before ``pos`` ("soldiers who responded came ..."; "X described
    the agency, which was announced by the Government, as "..."": the quotation hangs on the verb outside)."""
    if cue.kind != "verb":
        return False
    tok = doc[cue.token]
    end = tok.right_edge
    # (a participle on a noun is one too: "the hike demanded by Peel's chief is "unheard of"")
    reduced = tok.dep_ == "acl" and tok.tag_ == "VBN"
    if not (tok.dep_ == "relcl" or reduced) or end.idx + len(end.text) >= pos:
        return False
    outer = tok.head.head
    if outer.i > tok.i:
        return True
    left = tok.left_edge.i
    if left == 0 or doc[left - 1].text != "," or end.i + 1 >= len(doc) or doc[end.i + 1].text != ",":
        return False  # only a clause set off by commas is closed ("friends who are like, "..."" is not)
    inside = next((t for t in doc[end.i + 1 : end.i + 12] if t.idx > pos), None)
    for _ in range(4):  # the quotation's first word, up a few heads ("as" "capitalism") to the verb outside
        if inside is None or inside.head.i == inside.i:
            return False
        inside = inside.head
        if inside.i == outer.i:
            return outer.pos_ == "VERB"
    return False


def _owned_noun_cue(ctx: _Context, after: int, pos: int) -> Cue | None:
    """A reporting noun with a possessor between the verb cue (ending at ``after``) and the quotation, that governs
    a clause holding the quotation ("his call to improve "..."", "the minister's warning that "...""): whose words
    they are (not a noun the verb describes: "describing Zille's remarks as "false"")."""
    doc = ctx.doc
    first = bisect_left(ctx.sents.tok_starts, pos)
    if first >= len(doc):
        return None
    i = first - 1
    while i >= 0 and doc[i].idx >= after:
        tok = doc[i]
        if (
            tok.pos_ == "NOUN"
            and (tok.lower_ in REPORT_NOUNS or tok.lower_ in _OWNED_WORDS_NOUNS)
            and any(c.dep_ == "poss" and not ctx.in_quote(c.idx) for c in tok.children)
            and _in_clause_of(doc[first], tok)
        ):
            return Cue(tok.i, tok.idx, tok.idx + len(tok.text), "noun")
        i -= 1
    return None


def _in_clause_of(tok: Token, noun: Token) -> bool:
    """Is ``tok`` (a quotation's first word) inside a clause the noun governs: up its heads to the noun, through a
    verb and, outside the quotation, no other noun ("its message to the Council, where it seeks to "..."": the
    clause is the Council's)?"""
    through_verb = False
    start = tok.idx
    for _ in range(12):
        if tok.i == noun.i:
            return through_verb
        if tok.idx < start and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        through_verb = through_verb or tok.pos_ in ("VERB", "AUX")
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# nouns for words someone asked or promised, which a possessor owns ("his call to ...", "her plea for ...")
_OWNED_WORDS_NOUNS = frozenset("call calls plea pleas appeal appeals promise promises pledge pledges vow vows".split())


def _pick(cues: list[Cue], indices: Iterable[int]) -> list[Cue]:
    """The cue nearest the quote on one side, a verb or "according to" before a reporting noun."""
    first: Cue | None = None
    for i in indices:
        cue = cues[i]
        if cue.kind != "noun":
            return [cue]
        if first is None:
            first = cue
    return [first] if first is not None else []


def _keep(ctx: _Context, c: _Candidate, inner: str, cands: list[_Candidate], k: int) -> bool:
    text, m, doc = ctx.text, c.mark, ctx.doc
    if not any(ch.isalnum() for ch in inner[:WINDOW]) and not any(ch.isalnum() for ch in inner):
        return False
    if is_nickname(text, m) or is_word_mention(text, m):
        return False
    if _naming(doc, text, c.cue, m) and len(inner.split(None, 5)) <= 4:
        return False
    if _affiliation(ctx, m) and len(inner.split(None, 6)) <= 6:
        return False
    titled = after_title_cue(text, m)
    said_here = c.adjacent and c.cue is not None and _speech(doc, c.cue)
    if inner[:1].isupper() and after_naming_only_cue(text, m) and not said_here:
        return False  # 'under the theme "Breakthrough or Impasse: What does the Future Hold"': a title, any case
    if (
        is_title_case(text, m)
        and (titled or _after_outlet(ctx, m) or not said_here)
        and not (inner.rstrip().endswith("?") and c.cue is not None and _speech(doc, c.cue))
    ):
        return False  # a title, unless a question someone asked ("responded to ... with "What is Aleppo?"")
    if c.floating and not c.speechy(text):
        # a short unattributed term: keep only next to a real quotation in the same sentence
        return any(
            o.sent == c.sent and o is not c and (not o.floating or o.speechy(text))
            for o in cands[max(k - NEIGHBOURS, 0) : k + NEIGHBOURS + 1]
        )
    return True


def _after_outlet(ctx: _Context, m: MarkedSpan) -> bool:
    """ "told MetroNews "Talkline"", "on CBS's "Face the Nation"": a programme's name right after the name of the
    organisation that airs it (a space between, no punctuation)."""
    before = ctx.text[max(0, m.open_pos - 4) : m.open_pos]
    if not before.endswith(" ") or not before[-2:-1].isalnum():
        return False
    e = ctx.index.entity_at(m.open_pos - 2)  # its possessive may follow the name
    return e is not None and e["label"] == "ORG" and e["end"] >= m.open_pos - 3


def _affiliation(ctx: _Context, m: MarkedSpan) -> bool:
    """ "Anna Roe of "Speak Up", a support group": the name of what a person belongs to, not words said; a name,
    so capitalised (not "accused Cllr Roe of "forgetfulness"")."""
    if not ctx.text[m.start : m.start + 1].isupper():
        return False
    found = _AFFILIATION.search(ctx.text, max(0, m.open_pos - 40), m.open_pos)
    return found is not None and ctx.index.is_person(found.start(1))


def _naming(doc: Doc, text: str, cue: Cue | None, m: MarkedSpan) -> bool:
    """ "a process called "exfiltration"", "are called "U.S. nationals"": a name given, not words said."""
    if cue is None or cue.end > m.open_pos or m.open_pos - cue.end > 30:
        return False
    if len(text[cue.end : m.open_pos].split()) > 2:
        return False
    tok = doc[cue.token]
    if tok.lower_ not in NAMING:
        return False
    return tok.dep_ in ("acl", "amod") or any(ch.dep_ in ("auxpass", "nsubjpass") for ch in tok.children)


def _speech(doc: Doc, cue: Cue) -> bool:
    low = doc[cue.token].lower_
    return (low in SPEECH_VERBS and low not in NAMING_VERBS) or cue.kind == "according"


def _kind(text: str, m: MarkedSpan, sent_start: int) -> QuoteKind:
    """Direct: a full utterance (capitalised or introduced by a colon, comma or "said"/"that", several
    words); mixed: a fragment woven into the reporting sentence."""
    head = text[m.start : min(m.end, m.start + WINDOW)].strip()
    words = len(head.split(None, 6))
    prefix = text[max(sent_start, m.open_pos - 20) : m.open_pos].rstrip()
    starts_upper = head[:1].isupper() or head[:1] in "[.…"
    introduced = not prefix or prefix[-1] in ":,;" or prefix.endswith(("said", "says", "that"))
    if words >= 6 and (starts_upper or introduced):
        return "direct"
    if starts_upper and introduced and words >= 3:
        return "direct"
    return "mixed"


def _colon_source(ctx: _Context, c: _Candidate) -> Speaker | None:
    """A quotation introduced by a colon, no cue in its sentence ("The study itself outlined the correlation:
    "...""): the subject of the clause before the colon, when it can be a source; a document with no named
    issuer is the source itself."""
    doc, starts = ctx.doc, ctx.sents.tok_starts
    colon = bisect_left(starts, c.mark.open_pos) - 1
    while colon >= 0 and doc[colon].text != ":" and c.mark.open_pos - starts[colon] < 4:
        colon -= 1
    if colon < 0 or doc[colon].text != ":":
        return None
    first = ctx.sents.token_range(c.sent).start
    # the subject of the verb the colon hangs on, else of the nearest clause before it (not a relative clause's:
    # "Lopez, whose coach was injured, said:")
    best = next(
        (t for t in doc[colon].head.children if t.dep_ in ("nsubj", "nsubjpass") and first <= t.i < colon), None
    )
    for k in range(colon - 1, max(first - 1, colon - 41), -1) if best is None else ():
        t = doc[k]
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < colon and t.head.dep_ != "relcl":
            best = t
            break
    if best is None and 0 < colon - first <= 4 and all(t.pos_ == "PROPN" or t.is_title for t in doc[first:colon]):
        # "Cllr Sherrington: "We had ..."": a name and a colon, as in an interview's transcript, with no verb (or
        # a headline's surname the model took for a noun: "Roe: 'We will not back down'")
        label = doc[colon - 1]
        known = ctx.index.is_person(label.idx) or (label.is_title and label.lower_ in ctx.index.surnames)
        sp = ctx.index.resolve_token(label) if known else None
        if sp is None and colon - first == 1:
            sp = ctx.index.headline_role(label)  # "Commissioner: '...'": the article's commissioner
        return sp if sp is not None and sp["label"] == "PERSON" else None
    if best is None and 2 < colon - first <= 6 and doc[first + 1].lower_ in ("on", "over"):
        # a headline "President on protest: '...'": the article's president
        return ctx.index.headline_role(doc[first])
    if best is None or ctx.in_quote(best.idx) or not plausible_source(best):
        return None
    sp = ctx.index.resolve_token(best)
    if sp is not None and sp["label"] == "UNKNOWN" and best.lower_ in DOCUMENT_NOUNS:
        return ctx.index.document(best)
    return sp


def _introduced_by_paragraph_colon(ctx: _Context, c: _Candidate) -> Speaker | None:
    """A quotation opening its paragraph, after a paragraph that ends with a colon ("X defended the payments in
    comments to the paper:"): the named subject of that last sentence."""
    text, m = ctx.text, c.mark
    para = text.rfind("\n", 0, m.open_pos)
    if para < 0 or text[para + 1 : m.open_pos].strip():
        return None
    colon = len(text[:para].rstrip()) - 1
    if colon < 0 or text[colon] != ":":
        return None
    doc = ctx.doc
    k = bisect_left(ctx.sents.tok_starts, colon)
    if k >= len(doc) or doc[k].text != ":":
        return None
    first = ctx.sents.token_range(ctx.sents.index_of(colon)).start
    subj = next(
        (t for t in doc[k].head.children if t.dep_ in ("nsubj", "nsubjpass") and first <= t.i < k),
        None,
    )
    if subj is None:  # the parse hung the colon elsewhere: the nearest subject before it, of a clause before it
        subj = next(
            (
                t
                for t in (doc[j] for j in range(k - 1, max(first - 1, k - 41), -1))
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < k and t.head.dep_ != "relcl"
            ),
            None,
        )
    if subj is None or ctx.in_quote(subj.idx):
        return None
    sp = ctx.index.resolve_token(subj)
    return sp if sp is not None and sp["label"] != "UNKNOWN" else None


def _run_on_speakers(text: str, cands: list[_Candidate]) -> None:
    """ "Roe described the plan as a failure. // "During this lockdown, Parliament must sit. // "It should be
    opened," he told reporters.": a quotation without a cue that runs on into the next paragraph is the words of
    the one the run's attribution names, not of whoever the paragraph before it was about."""
    named = [c.cue is not None and c.speaker is not None for c in cands]
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        if c.mark.continued and c.cue is None and named[k + 1] and not text[c.mark.end : nxt.mark.open_pos].strip():
            c.speaker, named[k] = nxt.speaker, True


# a short quoted fragment: at most this many words, at least this many letters (not a common word: "friend")
ECHO_WORDS, ECHO_LETTERS = 6, 7
_NON_WORD = re.compile(r"\W+")


def _spaced_words(quoted: str) -> str:
    """A quotation's words in lower case, one space between and around them, for finding one inside another."""
    return " " + _NON_WORD.sub(" ", quoted.lower()).strip() + " "


def _echo_fragment(quoted: str) -> str | None:
    """The words of a short quoted fragment (``ECHO_WORDS`` words at most, ``ECHO_LETTERS`` letters at least), in
    the form of ``_spaced_words``; None for a longer quotation or a common word."""
    spaced = _spaced_words(quoted)
    words = spaced.split()
    if not words or len(words) > ECHO_WORDS or sum(len(w) for w in words) < ECHO_LETTERS:
        return None
    return spaced


def _echoed_speakers(text: str, cands: list[_Candidate]) -> None:
    """'The prime minister vowed to "finish" the group.' ... '"... we will finish al-Shabab," Shirdon said': a
    short fragment credited to no one, or to someone the article describes but never names ("a top official",
    "furious campaigners"), whose words come back inside a longer quotation of one named speaker, is that
    speaker's. Not a group named by its party or body ("Safe Surrey Coalition councillors"): a source of its own.
    A quotation credited to no one whose words a named speaker's quotation repeats whole (a standfirst's) is that
    speaker's, whatever its length. One pass over the named quotations' words per fragment, at most
    ``MAX_ATTRIBUTED`` of each."""
    named: list[tuple[str, Speaker]] = []
    for c in cands:
        if c.speaker is not None and c.speaker["label"] != "UNKNOWN":
            named.append((_spaced_words(text[c.mark.start : c.mark.end]), c.speaker))
    if not named:
        return
    repeated: dict[str, dict[str, Speaker]] = {}  # a named quotation's words -> who said them
    for inner, sp in named:
        repeated.setdefault(inner, {})[sp["name"]] = sp
    for c in cands:
        if c.speaker is not None and (c.speaker["label"] != "UNKNOWN" or _named_group(c.speaker["name"])):
            continue
        if c.speaker is None:
            # "'If you're staying behind, things can change very quickly'" as a standfirst, the same words
            # credited in the body ('..., Strong says.'): whoever the article credits them to
            same = _spaced_words(text[c.mark.start : c.mark.end])
            owners = repeated.get(same, {}) if len(same) >= ECHO_LETTERS else {}
            if len(owners) == 1:
                c.speaker = next(iter(owners.values()))
                continue
        needle = _echo_fragment(text[c.mark.start : c.mark.end])
        if needle is None:
            continue
        owners = {sp["name"]: sp for inner, sp in named if len(inner) > len(needle) and needle in inner}
        if len(owners) == 1:
            c.speaker = next(iter(owners.values()))


def _echoing_speakers(text: str, cands: list[_Candidate]) -> None:
    """'Rishi Sunak said he "fundamentally" disagrees ... // In a statement, the Prime Minister said: "While I
    respect the court I fundamentally disagree ..."': a quotation credited to a role the article never ties to a
    name, whose words hold a short fragment credited before it to one named person, is that person's; so are the
    quotations credited to the same mention (the paragraphs the quotation runs on over)."""
    fragments: list[tuple[int, str, Speaker]] = []
    for c in cands:
        if c.speaker is None or c.speaker["label"] != "PERSON":
            continue
        fragment = _echo_fragment(text[c.mark.start : c.mark.end])
        if fragment is not None:
            fragments.append((c.mark.start, fragment, c.speaker))
    if not fragments:
        return
    for c in cands:
        old = c.speaker
        if old is None or old["label"] != "UNKNOWN" or _named_group(old["name"]):
            continue
        said = _spaced_words(text[c.mark.start : c.mark.end])
        owners = {
            sp["name"]: sp
            for start, needle, sp in fragments
            if start < c.mark.start and len(needle) < len(said) and needle in said
        }
        if len(owners) == 1:
            new = next(iter(owners.values()))
            for other in cands:
                if other.speaker is old:
                    other.speaker = new


def _named_group(name: str) -> bool:
    """ "Senior Conservative and Liberal Democrat councillors": people in the plural, named by a party or body; or
    a name the model did not tag ("Yirga Sisay"): someone named, not described."""
    words = name.split()
    if len(words) >= 2 and all(w.istitle() and w.isalpha() and w.lower() not in PERSON_ROLE_WORDS for w in words):
        return True
    return len(words) >= 2 and words[-1].endswith("s") and any(w[:1].isupper() for w in words[1:])


def _fallback_speaker(ctx: _Context, c: _Candidate, last: _Candidate | None) -> Speaker | None:
    """No speaker from a cue in the quote's sentence. In order: the subject of the sentence the quote is
    woven into; the attribution opening the next sentence ('"..." Macron told the world'); the cue of the
    previous sentence in the paragraph; the previous quote's speaker (same or previous paragraph)."""
    m, text, sents, index = c.mark, ctx.text, ctx.sents, ctx.index
    s_start, s_end = sents.bounds(c.sent)
    introduced = _introduced_by_paragraph_colon(ctx, c)
    if introduced is not None:
        return introduced
    left = text[max(s_start, m.open_pos - WINDOW) : m.open_pos]
    right = text[c.close : min(s_end, c.close + WINDOW)]
    outside = (left + " " + right).strip(EDGE)
    if len(outside.split(None, 2)) >= 2 or left.rstrip().endswith(":"):  # (or a name and a colon: "Roe: '...'")
        subj = sents.subject_near(m.open_pos, ctx.in_quote)
        if subj is not None:
            sp = index.resolve_token(subj)
            if sp is not None and sp["label"] != "UNKNOWN":
                return sp
        if left.rstrip().endswith(":"):
            sp = _colon_source(ctx, c)
            if sp is not None:
                return sp
    nxt = c.sent + 1
    if not right.strip(EDGE) and nxt < len(sents) and sents.same_paragraph(c.sent, nxt):
        first = sents.token_range(nxt).start
        for cue in ctx.cues(nxt)[0][:3]:
            if cue.token - first > 5:
                break
            if _reports_own_clause(ctx, cue):
                continue  # '"...". Egypt says it is also against the warrant': Egypt's words are that clause
            sp = ctx.speaker_of(cue)
            if sp is not None:
                c.cue = cue
                return sp
    made = _remarks_made_next(ctx, c) if not right.strip(EDGE) else None
    if made is not None:
        return made
    prev = c.sent - 1
    while prev > 0 and sents.page_link(prev) and not sents.same_paragraph(prev, c.sent):
        prev -= 1  # "READ MORE: ..." between two paragraphs: the paragraph before it
    if prev >= 0 and sents.same_paragraph(prev, c.sent):
        prev_cues = ctx.cues(prev)[0]
        for cue in prev_cues[-1:-4:-1]:
            cue = _governing_cue(ctx.doc, prev_cues, cue)
            sp = ctx.speaker_of(cue, strict=True)  # not "after the results were announced"
            if sp is not None:
                return sp
    opens_paragraph = not text[text.rfind("\n", 0, m.open_pos) + 1 : m.open_pos].strip()
    if c.cue is None and opens_paragraph and prev >= 0 and sents.paragraph_gap(prev, c.sent) == 1:
        # "His call is supported by his colleague, Councillor Ann Roe. // "The consensus is ..."": a quotation
        # paragraph of its own after one that ends by bringing a new person in is that person's
        newcomer = index.introduced_last(*sents.bounds(prev))
        subj = sents.subject_of_sentence(prev, ctx.in_quote)
        if (
            newcomer is not None
            and subj is not None
            and subj.head.lower_ in SPEECH_VERBS
            and subj.idx < newcomer["start"]
        ):
            # "The minister said that the programme follows the instructions of President Ann Roe. // "...": the
            # name ends what the minister reported; the minister goes on (below)
            newcomer = None
        if newcomer is not None:
            return index.from_entity(newcomer, char_span(ctx.doc, newcomer["start"], newcomer["end"]))
    # a quotation paragraph of its own, right after a paragraph whose last sentence is ``prev``
    own_paragraph_next = (
        c.cue is None
        and opens_paragraph
        and prev >= 0
        and not sents.same_paragraph(prev, c.sent)
        and sents.paragraph_gap(prev, c.sent) == 1
    )
    if own_paragraph_next and last is not None and sents.bounds(prev)[0] >= last.close:
        # '"...," said Ann Roe. Tom Lee told the meeting there was no shortage of work. // "...."': it goes on with
        # the person whose words were reported after the last quotation
        sp = _first_reporter(ctx, prev, verbs_only=True)
        if sp is not None and sp["label"] == "PERSON":
            return sp
    if last is not None and last.speaker is not None and (gap := sents.paragraph_gap(last.sent, c.sent)) <= 1:
        if gap == 1 and prev >= 0 and sents.same_paragraph(prev, c.sent):
            # "... she says. // While Rice has left her plans open, she hopes to ... "...."": the person the
            # paragraph is about, not the speaker of the paragraph before
            subj = sents.subject_of_sentence(prev, ctx.in_quote)
            sp = index.resolve_token(subj) if subj is not None else None
            if sp is not None and sp["label"] == "PERSON":
                return sp
        return last.speaker
    if own_paragraph_next:
        # "The council voted to close it, the mayor, Ann Roe, said. // "We had no choice."": a quotation paragraph
        # of its own goes on with the one whose words the paragraph before reported last
        sp = _first_reporter(ctx, prev)
        if sp is not None:
            return sp
    subj = sents.subject_near(m.open_pos, ctx.in_quote) or sents.subject_of_sentence(prev, ctx.in_quote)
    if subj is not None:
        sp = index.resolve_token(subj)
        if sp is not None and sp["label"] != "UNKNOWN":
            return sp
        owner = next((t for t in subj.children if t.dep_ == "poss" and t.lower_ in PERSON_POSSESSIVES), None)
        if c.cue is None and owner is not None:
            # "Her home washed away ... Meanwhile, her rice rotted. // "Even though I had ..."": the person the
            # paragraph is about, by the possessive of its subject
            sp = index.resolve_token(owner)
            if sp is not None and sp["label"] == "PERSON":
                return sp
    aim = _aim_owner(ctx, c) if c.cue is None else None
    if aim is not None:
        return aim
    own = _interviewee_words(ctx, c) if c.cue is None else None  # not a speaker quoted paragraphs before
    if own is not None:
        return own
    return last.speaker if last is not None else None


def _aim_owner(ctx: _Context, c: _Candidate) -> Speaker | None:
    """ "the first step in President Marco Tavares's efforts to "achieve total peace"": a quoted fragment hanging on
    a noun a person's possessive owns (an aim, a plan, a call) is that person's words."""
    doc = ctx.doc
    k = bisect_left(ctx.sents.tok_starts, c.mark.open_pos + 1)
    if k >= len(doc):
        return None
    for depth, head in enumerate(doc[k].ancestors):
        if depth >= 4 or head.dep_ == "ROOT":
            return None
        if head.pos_ == "NOUN":
            owner = next((t for t in head.children if t.dep_ == "poss" and not ctx.in_quote(t.idx)), None)
            sp = ctx.index.resolve_token(owner) if owner is not None and owner.pos_ == "PROPN" else None
            return sp if sp is not None and sp["label"] == "PERSON" else None
    return None


_LOWER = re.compile(r"[a-z]")  # a dateline ("HARBOURTON —") has none


def _pull_quote_source(ctx: _Context, c: _Candidate) -> Speaker | None:
    """ "“It's great to be back.” // Newly installed Mayor Ann Roe returned to the council chamber ...": a
    quotation standing alone above the article's lede (a pull quote; a dateline may open its line) is the words of
    the person the lede is about, the person its first clause has for subject."""
    index, text = ctx.index, ctx.text
    lede = index.lede_paragraph()
    if index.paragraph_of(c.mark.open_pos) >= lede:
        return None
    start, end = paragraph_at(text, c.mark.open_pos)
    if _LOWER.search(text, start, c.mark.open_pos) or _LOWER.search(text, c.close, end):
        return None  # words of the line's own around the quotation: no pull quote
    root = index.lede_root()
    if root is None or index.paragraph_of(root.idx) != lede:
        return None
    subj = ctx.sents.subject_of_sentence(ctx.sents.index_of(root.idx), ctx.in_quote)
    sp = index.resolve_token(subj) if subj is not None else None
    return sp if sp is not None and sp["label"] == "PERSON" else None


def _first_reporter(ctx: _Context, si: int, verbs_only: bool = False) -> Speaker | None:
    """The source of sentence ``si``'s first reporting cue, the main clause's ("Roe said the group acknowledges
    that ..."): a verb or "according to" (only a verb with ``verbs_only``), not a noun."""
    cue = next((q for q in ctx.cues(si)[0] if (q.kind == "verb" if verbs_only else q.kind != "noun")), None)
    return ctx.speaker_of(cue, strict=True) if cue is not None else None


# verbs whose object, not subject, is who speaks ("the Press quoted Kelaher saying"): never the governing cue
_OBJECT_SPEAKS = QUOTING_VERBS | CITING_VERBS


def _governing_cue(doc: Doc, cues: list[Cue], cue: Cue) -> Cue:
    """The cue whose reported clause holds ``cue``, else ``cue``: in "He said the office denied the report. "I am
    concerned ..."", the words that follow go on with the one who said, not the one who denied."""
    verbs = {
        other.token: other
        for other in cues
        if other.kind == "verb" and other.token < cue.token and doc[other.token].lower_ not in _OBJECT_SPEAKS
    }
    top = cue
    for depth, ancestor in enumerate(doc[cue.token].ancestors):
        if depth >= 8:
            break
        if ancestor.i in verbs:
            top = verbs[ancestor.i]
    return top


# "made these remarks", "delivered the comments": who spoke words quoted just before
_DELIVERY_VERBS = frozenset("made makes delivered delivers".split())
_REMARK_NOUNS = frozenset("remarks remark comments comment statement statements".split())


def _remarks_made_next(ctx: _Context, c: _Candidate) -> Speaker | None:
    """'"... the fastest growth in Africa." // President Ann Roe made these remarks at State House': a quotation
    that ends its paragraph, and the next paragraph opens by saying who made "these" (or "the") remarks."""
    sents, nxt = ctx.sents, c.sent + 1
    if nxt >= len(sents) or sents.paragraph_gap(c.sent, nxt) != 1:
        return None
    if ctx.text[c.close : sents.bounds(c.sent)[1]].strip(EDGE):
        return None
    for i in sents.token_range(nxt):
        tok = ctx.doc[i]
        if tok.lower_ not in _DELIVERY_VERBS or tok.pos_ != "VERB":
            continue
        obj = next((k for k in tok.children if k.dep_ == "dobj" and k.lower_ in _REMARK_NOUNS), None)
        if obj is None or not any(d.dep_ == "det" and d.lower_ in ("these", "those", "the") for d in obj.children):
            return None
        subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
        return ctx.index.resolve_token(subj) if subj is not None and not ctx.in_quote(subj.idx) else None
    return None


def _object_noun_before_colon(ctx: _Context, c: _Candidate) -> Speaker | None:
    """ "Bolsonaro opposed Macron's statement: "..."": a reporting noun that is the object of the verb before the
    colon names what was answered; the quotation after the colon is the verb's subject's."""
    if c.cue is None or c.cue.kind != "noun":
        return None
    noun = ctx.doc[c.cue.token]
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lower_ in REPORT_VERBS:
        return None
    if ctx.text[noun.idx + len(noun.text) : c.mark.open_pos].strip() != ":":
        return None
    subj = next((t for t in verb.children if t.dep_ == "nsubj" and not ctx.in_quote(t.idx)), None)
    sp = ctx.index.resolve_token(subj) if subj is not None else None
    return sp if sp is not None and sp["label"] in SPEAKER_LABELS else None


def _reports_own_clause(ctx: _Context, cue: Cue) -> bool:
    """A reporting verb with its own clause after it, outside quotation marks ("Egypt says it is also
    against"): what it reports is that clause, not the quotation before it."""
    verb = ctx.doc[cue.token]
    return cue.kind == "verb" and any(
        c.dep_ == "ccomp" and c.i > verb.i and not ctx.in_quote(c.idx) for c in verb.children
    )


def _interviewee_words(ctx: _Context, c: _Candidate) -> Speaker | None:
    """No cue and no named source near the quotation, in an interview answer: the interviewee's own words,
    marked first person (so not a participant a later pronoun or quotation could mean)."""
    own = ctx.index.interviewee(c.mark.open_pos)
    if own is not None:
        c.first_person = True
    return own
