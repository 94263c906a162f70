"""Indirect quotes: reported speech without quotation marks ("The ministry said the border would reopen",
"Al-Awadi stressed the need for ...", "According to police, the man was arrested on Sunday").

Precision first: a quote of kind ``indirect`` is emitted only when the parse shows all of
- a reporting verb of speech (a subset of the cue vocabulary, found with ``cue_at``) in the indicative: past,
  present or perfect, or a participle continuing such a clause ("..., adding that ...", "a statement saying ...");
  not negated ("did not say"), not modal or future ("will say", "would announce", "could have said"), not in a
  conditional clause ("if he says ..."), not an infinitive ("refused to say"), not nested in another report;
- its grammatical subject (or the object of "according to"), outside quotation marks, resolved by the same
  ``SpeakerIndex`` as direct quotes to a named person or organisation, or to a pronoun, role or institution noun
  the index resolves; documents and data ("the report said", "according to figures", "studies suggest") speak
  only with their issuer named in the phrase ("the WHO report said");
- a clausal complement with its own subject (ccomp, a "that"-clause, the clause an "according to X" phrase
  opens or closes), or, after a verb of emphasis, a noun of stance ("stressed the need for ..."); not an
  embedded question ("said whether", "explained how"), and nowhere touching a quotation mark: a complement that
  is quoted, or partly quoted, is the direct or mixed quote's.
Sentences with a question mark, and sentences in the first person ("they told me that ...", "we think that
...": someone's own account, an interview answer, whose reported speech the article does not attribute), are
not looked at.

``text``/``start``/``end`` are the reported content, without "that", the final punctuation, or a report that
follows it (", adding that ...", "; Reuters reported ..."); ``cue`` is the reporting verb or "according to";
``speaker`` the resolved speaker (never null). Nothing is recorded in the index: the pass cannot change direct or
mixed quotes.

Cost: one vectorised scan of the lower-case token array for candidate words, then bounded work per candidate (at
most ``MAX_CANDIDATES`` of them, each in a parsed sentence of at most ``MAX_SENT_TOKENS`` tokens, so every walk
of the tree stays inside that sentence); quotation overlaps are bisections.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate, islice

import numpy
from spacy.strings import get_string_id
from spacy.symbols import PRON
from spacy.tokens import Doc, Token

from processors.doctext import lower_ids
from processors.quotes.cue_subjects import subject_of_cue
from processors.quotes.cues import (
    REPORT_NOUNS,
    REPORT_VERB_FORMS,
    REPORT_VERBS,
    WEAK_VERBS,
    Cue,
    cue_at,
    cue_span,
    member,
)
from processors.quotes.sentences import doc_text, parsed_sentence_starts, token_starts
from processors.quotes.source_words import DOCUMENT_NOUNS, QUANTIFIER_HEADS, RELATIVE_PRONOUNS, plausible_source
from processors.quotes.source_words import kids as _kids
from processors.quotes.speakers import SpeakerIndex
from processors.types import Quote, Speaker

MAX_CANDIDATES = 1000  # candidate words looked at per article (news articles have tens)
MAX_SENT_TOKENS = 120  # longer parsed sentences are not looked at
MIN_TOKENS = 3  # tokens of reported content

# reporting verbs whose clausal complement is what was said (surface forms, all in cues.REPORT_VERBS); left out:
# verbs of thought, memory or finding (believe, recall, conclude, estimate, indicate), of naming or judging (call,
# describe, praise), of asking (an embedded question) and of denying (the content is what was not said)
INDIRECT_VERBS = frozenset().union(
    *(
        REPORT_VERB_FORMS[verb]
        for verb in """
        say tell state add note explain stress affirm reaffirm confirm assert emphasize highlight reiterate declare
        announce write tweet posted claim argue insist warn answer reply respond comment remark observe admit
        acknowledge suggest predict promise vow pledge urge demand report reveal disclose maintain mention point
        joke quipped shout exclaimed testify recount clarified complain lamented boasted conceded countered retorted
        cautioned ruled alleged opined proclaimed assured reassured
        """.split()
    )
) - frozenset(  # passive, evidential and present forms
    ["written", "suggesting", "shout", "shouts", "shouting", "exclaim", "exclaims", "exclaiming"]
)
# verbs whose object is the one spoken to ("told reporters that", "warned residents that")
ADDRESSING_VERBS = frozenset(
    """tell tells told telling warn warns warned warning assured reassured promise promises promised promising
    urge urges urged urging remind reminded""".split()
)
TELL_VERBS = frozenset("tell tells told telling".split())
# verbs of emphasis whose object noun of stance is the content: "stressed the need for ...", "reiterated Iraq's
# commitment to ..."
EMPHASIS_VERBS = frozenset(
    """stress stresses stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasises
    emphasised emphasising reiterate reiterates reiterated reiterating reaffirm reaffirms reaffirmed
    reaffirming""".split()
)
STANCE_NOUNS = frozenset(
    """need importance necessity commitment support opposition readiness willingness determination position
    stance right rejection""".split()
)
assert INDIRECT_VERBS <= REPORT_VERBS and EMPHASIS_VERBS <= INDIRECT_VERBS
CANDIDATE_IDS = numpy.array(sorted({get_string_id(w) for w in INDIRECT_VERBS | {"according"}}), dtype=numpy.uint64)

MODALS = frozenset("will would shall should can could may might must 'll ’ll 'd ’d wo ca to".split())
PERFECT_AUX = frozenset("has have had 've ’ve 's ’s having".split())
CONDITIONAL_MARKS = frozenset("if unless whether lest once until".split())
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
FIRST_PERSON_IDS = numpy.array(sorted(get_string_id(w) for w in FIRST_PERSON), dtype=numpy.uint64)
PARAGRAPH_BREAK = re.compile(r"\n")
NOT_SPEAKERS = frozenset("you one nobody none everyone anyone someone somebody that this these those".split())
WH_WORDS = frozenset("what who whom whose which when where why how whether if".split())
QUOTE_CHARS = frozenset('"“”„«»')
COORDINATORS = frozenset("and but or nor yet so".split())
CLAUSE_PUNCT = frozenset([",", ";", "—", "–", ":"])
# a phrase with a report of its own inside the content is the narrative going on ("despite X claiming ...")
CONTRAST_PREPS = frozenset("despite with while amid although though whereas".split())
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# documents and data: they speak only with their issuer named in the phrase ("the WHO report said")
DATA_NOUNS = DOCUMENT_NOUNS | frozenset(
    """figures data estimates estimate statistics census poll polls results records reports website
    schedule plan law constitution rules guidelines count tally""".split()
)


@dataclass(frozen=True, slots=True)
class _Frame:
    """What every candidate is checked against: the parse, the speakers, the sentence (token range)."""

    doc: Doc
    index: SpeakerIndex
    text: str
    first: int  # first and last token of the sentence, spaces and punctuation excluded
    last: int
    heads: numpy.ndarray  # the head of every token of the document (token indices)


def indirect_quotes(
    doc: Doc,
    index: SpeakerIndex,
    mark_starts: Sequence[int],
    mark_ends: Sequence[int],
    taken: Sequence[Quote] = (),
) -> list[Quote]:
    """Indirect quotes of ``doc``, sorted by start and never overlapping each other. ``mark_starts`` and
    ``mark_ends``: the paired quotations (marks included), sorted by start; ``taken``: the direct and mixed
    quotes already found, which no indirect quote overlaps."""
    if not len(doc):
        return []
    lower = lower_ids(doc)
    hits = numpy.flatnonzero(member(lower, CANDIDATE_IDS))
    if not len(hits):
        return []
    text = doc_text(doc)
    sent_starts = parsed_sentence_starts(doc) or [0]
    paragraphs = _Paragraphs(doc, index, text, lower)
    found: list[Quote] = []
    checked: dict[int, _Frame | None] = {}  # per sentence: its frame, None when it is not looked at
    heads: numpy.ndarray | None = None
    for i in hits[:MAX_CANDIDATES].tolist():
        if index.in_quote(doc[i].idx):
            continue
        s = bisect_right(sent_starts, i) - 1
        if s not in checked:
            lo = sent_starts[s]
            hi = sent_starts[s + 1] if s + 1 < len(sent_starts) else len(doc)
            if heads is None:
                heads = numpy.arange(len(doc)) + doc.to_array("HEAD").astype(numpy.int64)
            checked[s] = None if paragraphs.first_person(doc[lo].idx) else _frame(doc, index, text, heads, lo, hi)
        frame = checked[s]
        cue = cue_at(doc, i) if frame is not None else None
        if frame is None or cue is None:
            continue
        if cue.kind == "according":
            quote = _according(frame, cue)
        elif cue.kind == "verb":
            quote = _reported(frame, cue)
        else:
            continue
        if quote is not None:
            found.append(quote)
    if not found:
        return []
    # no quotation mark in or at the edge of the content, no overlap with a quotation or a quote already found
    spans = sorted([*zip(mark_starts, mark_ends, strict=True), *((q["start"], q["end"]) for q in taken)])
    starts = [s for s, _ in spans]
    max_ends = list(accumulate((e for _, e in spans), max))
    found.sort(key=lambda q: q["start"])
    out: list[Quote] = []
    for q in found:  # one report per stretch of text: the outer one comes first
        if out and q["start"] < out[-1]["end"]:
            continue
        if not _touches_quote(q["start"], q["end"], text, starts, max_ends):
            out.append(q)
    return out


class _Paragraphs:
    """Is a paragraph in the first person, outside quotations ("They told me that ...", "we believe that ...":
    someone's own account, an interview answer, a testimony)? Computed once per paragraph, on demand."""

    def __init__(self, doc: Doc, index: SpeakerIndex, text: str, lower: numpy.ndarray) -> None:
        self.doc, self.index, self.text = doc, index, text
        pron = doc.to_array("POS") == PRON
        self.mine = numpy.flatnonzero(member(lower, FIRST_PERSON_IDS) & pron)
        self.breaks: list[int] | None = None
        self.known: dict[int, bool] = {}

    def first_person(self, pos: int) -> bool:
        if not len(self.mine):
            return False
        if self.breaks is None:
            self.breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(self.text)]
        k = bisect_right(self.breaks, pos) - 1
        found = self.known.get(k)
        if found is None:
            lo = self.breaks[k] if k >= 0 else 0
            hi = self.breaks[k + 1] if k + 1 < len(self.breaks) else len(self.text)
            starts = token_starts(self.doc)
            t_lo, t_hi = bisect_left(starts, lo), bisect_left(starts, hi)
            a, b = numpy.searchsorted(self.mine, [t_lo, t_hi]).tolist()
            found = any(
                self.doc[t].text != "US" and not self.index.in_quote(starts[t]) for t in self.mine[a:b].tolist()
            )
            self.known[k] = found
        return found


def _frame(doc: Doc, index: SpeakerIndex, text: str, heads: numpy.ndarray, lo: int, hi: int) -> _Frame | None:
    """The sentence of tokens ``lo:hi``, or None when it is not looked at: too long, or a question."""
    if hi - lo > MAX_SENT_TOKENS:
        return None
    starts = token_starts(doc)
    end = starts[hi] if hi < len(starts) else len(text)
    q = text.find("?", starts[lo], end)
    while q >= 0:  # a question mark outside quotations
        if not index.in_quote(q):
            return None
        q = text.find("?", q + 1, end)
    first, last = lo, hi - 1
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return _Frame(doc, index, text, first, last, heads) if first < last else None


def _touches_quote(start: int, end: int, text: str, starts: list[int], max_ends: list[int]) -> bool:
    j = bisect_left(starts, end) - 1
    if j >= 0 and max_ends[j] > start:
        return True
    return any(ch in QUOTE_CHARS for ch in text[max(0, start - 2) : end + 2])  # an unpaired mark, or one trimmed


# -- "X said (that) ...", "..., X said", "..., adding that ...", "X stressed the need for ..." ---------------------
def _reported(f: _Frame, cue: Cue) -> Quote | None:
    doc = f.doc
    verb = doc[cue.token]
    if verb.lower_ not in INDIRECT_VERBS or not _indicative(verb):
        return None
    chain = _governing_chain(verb, f.index)
    if chain is None:
        return None
    span = _complement(f, verb)
    if span is None:
        return None
    lo, hi = span
    subj = subject_of_cue(doc, cue, f.index.in_quote, f.index.is_person)
    if subj is None or lo <= subj.i <= hi or not _syntactic_subject(subj, chain):
        return None
    speaker = _speaker(f.index, subj)
    if speaker is None:
        return None
    return _quote(f, lo, hi, cue, speaker)


def _indicative(verb: Token) -> bool:
    """Reported as a fact: past, present or perfect, active, not negated, modal or conditional ("did not say",
    "will say", "could have said", "if he says"); or a participle continuing a clause ("..., adding that")."""
    tag = verb.tag_
    kids = list(islice(verb.children, 64))
    if tag == "VB":  # only after "did" ("she did say that ..."), not after a modal or "to", nor an imperative
        return any(c.dep_ == "aux" and c.lower_ in ("do", "does", "did") for c in kids) and _fact(verb, kids)
    if tag not in ("VBD", "VBZ", "VBP", "VBN", "VBG"):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or not _fact(verb, kids):
        return False
    if tag == "VBN" and not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in kids):
        # a past form the tagger took for a participle ("the ministry said"): only with a subject of its own
        return any(c.dep_ == "nsubj" for c in kids)
    if tag == "VBG":
        # a participle continuing the clause it hangs on ("X said ..., adding that"), not "after saying",
        # "without noting", "is announcing"; "suggesting" there is mostly "implying"
        return (
            verb.dep_ in ("advcl", "acl")
            and verb.lower_ != "suggesting"
            and not any(c.dep_ in ("mark", "nsubj", "aux") for c in kids)
        )
    return True


def _fact(verb: Token, kids: list[Token]) -> bool:
    if any(c.dep_ == "neg" for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in kids):
        return False
    return verb.tag_ != "VB" or any(c.dep_ == "aux" and c.lower_ in ("do", "does", "did") for c in kids)


def _governing_chain(verb: Token, index: SpeakerIndex) -> list[Token] | None:
    """The verb and the clauses whose subject is its subject (a conjunct's first verb, the verb a participle
    continues, the verb whose object a "statement saying" is), each of them a fact too. None: the verb is in a
    clause that is no report of its own (a complement of another verb, an infinitive, a condition)."""
    chain = [verb]
    cur = verb
    for _ in range(6):
        dep = cur.dep_
        if dep in ("ROOT", "relcl"):
            return chain
        head = cur.head
        if dep == "acl":  # "issued a statement saying": the document, then the verb it is the object of
            if cur.tag_ != "VBG" or head.dep_ not in ("dobj", "pobj") or head.lower_ not in DOCUMENT_NOUNS:
                return None  # "with officials saying": who speaks is the noun, not the clause's subject
            head = head.head
            if head.dep_ == "prep" and head.i < cur.i:  # "in a statement saying"
                head = head.head
        elif dep == "conj":
            if any(c.dep_ == "nsubj" for c in _kids(cur)):
                return chain  # a clause of its own ("..., and the court ruled that ...")
            if not _coordinated(cur):
                return None  # "NDTV reported officials, ..., stated it was": a misparse, not the same subject
        elif dep != "advcl":
            return None  # ccomp (a report inside another), xcomp, pcomp, ...
        elif head.dep_ == "ccomp" and index.in_quote(head.idx) and not index.in_quote(cur.idx):
            # 'X said, "...," noting that ...': the parse hung the participle on the quoted clause; it continues
            # the clause that reports the quotation
            head = head.head
        if head.i == cur.i or head.pos_ not in ("VERB", "AUX"):
            return None
        if not _fact(head, list(islice(head.children, 64))):
            return None
        chain.append(head)
        cur = head
    return None


def _complement(f: _Frame, verb: Token) -> tuple[int, int] | None:
    """Token range (inclusive) of the content: the clausal complement, or a noun of stance after a verb of
    emphasis."""
    doc = f.doc
    kids = list(islice(verb.children, 64))
    comps = [c for c in kids if c.dep_ == "ccomp"] or _in_document(kids)
    if len(comps) > 1:
        return None
    if not comps:
        if verb.lower_ not in EMPHASIS_VERBS:
            return None
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.lower_ not in STANCE_NOUNS:
            return None
        return _trim(f, obj.left_edge.i, _cut(f, obj, obj.right_edge.i), obj)
    comp = comps[0]
    inner = next((c for c in _kids(comp) if c.dep_ == "ccomp" and c.i < comp.i), None)
    if comp.lower_ in REPORT_VERBS and inner is not None and comp.i > verb.i:
        # "X said that ..., Cyprus Mail reported": X's words are the inner clause
        comp = inner
    if comp.pos_ not in ("VERB", "AUX"):
        return None
    ckids = list(islice(comp.children, 64))
    if not any(c.dep_ in SUBJECT_DEPS for c in ckids):
        return None  # "said yes", a fragment
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in ckids):
        return None  # an embedded question
    lo, hi = comp.left_edge.i, comp.right_edge.i
    if comp.i > verb.i:
        if lo <= verb.i:
            return None  # "the plan, which the minister said would fail": a relative word is its subject
        addressee = [c for c in kids if c.dep_ in ("dobj", "dative") and verb.i < c.i < lo]
        if addressee and verb.lower_ not in ADDRESSING_VERBS:
            return None  # "The SDF said hundreds of ISIS (...) fighters escaped": the parse split the subject
        if not addressee and verb.lower_ in TELL_VERBS:
            return None  # "told NPR Hamza bin Laden had ...": the one told taken into the content
        return _trim(f, lo, _cut(f, comp, hi), comp)
    # "..., the ministry said": the content opens the sentence and a comma closes it
    if hi >= verb.i or lo != f.first:
        return None
    span = _trim(f, lo, hi, comp)
    if span is None or doc[span[1] + 1].text not in (",", "—", "–"):
        return None
    return span


def _in_document(kids: list[Token]) -> list[Token]:
    """ "said in a statement that ...": the "that"-clause the parse hung on the document noun."""
    for c in kids:
        if c.dep_ != "prep" or c.lower_ not in ("in", "via", "through"):
            continue
        for g in _kids(c):
            if g.dep_ != "pobj" or g.lower_ not in DOCUMENT_NOUNS | REPORT_NOUNS:
                continue
            for a in _kids(g):
                if a.pos_ in ("VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "that" for m in _kids(a)):
                    return [a]
    return []


def _cut(f: _Frame, head: Token, hi: int) -> int:
    """Where the content ends: before a report of its own that the parse hung inside it (", adding that ...",
    "; USGS reported 5.8", ", which Trump denied", "... and asked voters to ...") and before a clause joined with
    ", and" that has its own subject (mostly the narrative going on)."""
    doc = f.doc
    for k in range(head.i + 1, hi + 1):
        t = doc[k]
        if t.lower_ in REPORT_VERBS and t.lower_ not in WEAK_VERBS and t.tag_.startswith("VB"):
            if t.tag_ == "VBG" and doc[k - 1].text in CLAUSE_PUNCT:
                return k - 1
            if t.tag_ == "VBG":  # "... despite Znak.com claiming ...", "..., with local press claiming ..."
                for p in doc[max(head.i + 1, k - 6) : k]:
                    if p.lower_ in CONTRAST_PREPS and p.dep_ in ("prep", "mark") and t.left_edge.i >= p.i:
                        return p.i - 1
            edge = min(t.left_edge.i, k)
            own = any(c.dep_ in ("nsubj", "nsubjpass") for c in _kids(t))
            joined = doc[edge - 1].text in CLAUSE_PUNCT or doc[edge - 1].lower_ in COORDINATORS
            if (own and joined) or (t.dep_ == "conj" and _coordinated(t)):
                return edge - 1
        if (
            t.dep_ == "conj"
            and t.head.i == head.i
            and t.pos_ in ("VERB", "AUX")
            and doc[t.left_edge.i - 1].lower_ in COORDINATORS
            and doc[t.left_edge.i - 2].text in CLAUSE_PUNCT
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in _kids(t))
        ):
            return t.left_edge.i - 1
    return hi


def _coordinated(verb: Token) -> bool:
    """Is a conjunct verb joined by a coordinator just before it ("... and warned that"), not only by a comma?"""
    doc = verb.doc
    for k in range(verb.i - 1, max(verb.i - 4, -1), -1):
        t = doc[k]
        if t.lower_ in COORDINATORS:
            return True
        if not (t.is_punct or t.pos_ == "ADV"):
            return False
    return False


def _trim(f: _Frame, lo: int, hi: int, head: Token) -> tuple[int, int] | None:
    """Without the complementiser, a participle leading it (", citing X, ..."), edge punctuation and coordinators;
    None when its tokens do not hang together (a parse spliced in from outside), a paragraph break is in it, it
    opens with a question word, or too little is left."""
    doc = f.doc
    if doc[lo].tag_ == "VBG" and doc[lo].dep_ == "advcl" and doc[lo].head.i == head.i:
        lo = doc[lo].right_edge.i + 1  # "reported, citing Johns Hopkins University data, there were ..."
    while lo <= hi and (doc[lo].is_punct or doc[lo].is_space or _complementiser(doc[lo])):
        lo += 1
    while hi >= lo and (doc[hi].is_punct or doc[hi].is_space or doc[hi].lower_ in COORDINATORS):
        if doc[hi].text in (")", "]") and any(t.text in ("(", "[") for t in doc[lo:hi]):
            break  # a closing bracket whose opening one is in the content
        hi -= 1
    if hi - lo + 1 < MIN_TOKENS or doc[lo].lower_ in WH_WORDS or not lo <= head.i <= hi:
        return None
    content = f.text[doc[lo].idx : doc[hi].idx + len(doc[hi].text)]
    if "\n" in content:
        return None
    heads = f.heads[lo : hi + 1]
    if int(numpy.count_nonzero((heads < lo) | (heads > hi))) != int(not lo <= heads[head.i - lo] <= hi):
        return None  # a token of the content hangs on one outside it (only its head may)
    if content.count("(") == content.count(")") + 1 and hi + 1 < len(doc) and doc[hi + 1].text == ")":
        hi += 1  # "(brain inflammation)": the bracket the parse hung elsewhere
    return lo, hi


def _complementiser(t: Token) -> bool:
    """ "that" opening a reported clause, whatever the tagger made of it ("countered that technology is ...")."""
    if t.lower_ != "that":
        return False
    return t.dep_ == "mark" or t.tag_ == "IN" or (t.i > 0 and t.doc[t.i - 1].lower_ in INDIRECT_VERBS)


def _syntactic_subject(subj: Token, chain: list[Token]) -> bool:
    """The subject the syntax gives (of the verb or of a clause in its chain, or the antecedent of a relative
    "who"), not a name merely found near the verb."""
    if subj.dep_ == "nsubj" and any(subj.head.i == v.i for v in chain):
        return True
    top = chain[-1]
    return (
        top.dep_ == "relcl"
        and subj.i == top.head.i
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in islice(top.children, 64))
    )


def _speaker(index: SpeakerIndex, subj: Token) -> Speaker | None:
    """The speaker the subject names, when it can be one: a named person or organisation; a pronoun or role
    noun the index resolves; an institution or a group of people ("police", "officials") named as such; a document
    whose issuer the phrase names ("the WHO report")."""
    low = subj.lower_
    if low in NOT_SPEAKERS or low in FIRST_PERSON or index.in_quote(subj.idx):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in islice(subj.children, 16)):
        return None  # "no official said"
    noun = subj
    if low in QUANTIFIER_HEADS:  # "part of the court order", "many of the residents"
        noun = next((g for c in _kids(subj) if c.lower_ == "of" for g in _kids(c) if g.dep_ == "pobj"), subj)
    if noun.lower_ in DATA_NOUNS and not _issuer_named(noun):
        return None  # "the report said", "studies suggest": no one named
    sp = index.resolve_token(subj)
    if sp is None:
        return None
    if low == "it":
        return sp if sp["label"] in ("ORG", "GPE", "NORP") else None  # never a person, nor a thing
    if low == "they":
        return sp if sp["label"] != "PERSON" else None  # a group, not the one person who spoke last
    if sp["label"] in NAMED or subj.pos_ == "PRON":
        return sp
    if noun.lower_ in DATA_NOUNS or low in QUANTIFIER_HEADS or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return sp if plausible_source(subj) else None


def _issuer_named(noun: Token) -> bool:
    """Does the phrase name who issued the document: "the WHO report", "the ministry's statement", "a report by
    Reuters" (a named entity, not "the court decision")?"""
    for c in _kids(noun):
        if c.dep_ in ("poss", "compound") and c.ent_type_ in NAMED:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("of", "from", "by")
            and any(g.dep_ == "pobj" and g.ent_type_ in NAMED for g in _kids(c))
        ):
            return True
    return False


# -- "according to X, ..." / "..., according to X" ------------------------------------------------------------------
def _according(f: _Frame, cue: Cue) -> Quote | None:
    doc = f.doc
    acc = doc[cue.token]
    head = acc.head
    if head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX") or head.i == acc.i:
        return None
    if head.lower_ in REPORT_VERBS:
        return None  # "According to Reuters, the minister said ...": the minister's report
    if not any(c.dep_ in SUBJECT_DEPS for c in _kids(head)):
        return None
    to = doc[cue.token + 1]
    source = next((c for c in islice(to.children, 16) if c.dep_ == "pobj"), None)
    if source is None or any(t.lower_ in DATA_NOUNS for t in doc[source.left_edge.i : source.right_edge.i + 1]):
        return None  # "according to the official WHO report", "according to figures"
    a_lo, a_hi = acc.left_edge.i, acc.right_edge.i
    if a_lo == f.first and a_hi < f.last and doc[a_hi + 1].text == ",":  # "According to X, ..."
        lo, hi = a_hi + 1, f.last
    elif a_hi == f.last and not _after_coordinator(doc, a_lo):  # "..., according to X."
        if any(t.text in CLAUSE_PUNCT for t in doc[source.i : a_hi + 1]):
            return None  # "..., according to Turkey, supportive of the PKK": more than a name follows
        lo, hi = f.first, a_lo - 1
    else:
        return None  # in the middle of the sentence: no one span is the content
    span = _trim(f, lo, hi, head)
    named = subject_of_cue(doc, cue, f.index.in_quote, f.index.is_person)
    if span is None or named is None or named.i != source.i:
        return None
    speaker = _speaker(f.index, source)
    if speaker is None:
        return None
    return _quote(f, span[0], span[1], cue, speaker)


def _after_coordinator(doc: Doc, i: int) -> bool:
    """ "largely Kurdish and, according to Turkey, ...": the phrase interrupts a coordination."""
    k = i - 1
    while k >= 0 and doc[k].is_punct and i - k < 4:
        k -= 1
    return k >= 0 and doc[k].lower_ in COORDINATORS


def _quote(f: _Frame, lo: int, hi: int, cue: Cue, speaker: Speaker) -> Quote:
    doc, text = f.doc, f.text
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "kind": "indirect",
        "speaker": speaker,
        "cue": cue_span(text, cue),
    }
