"""Attribution cues: reporting verbs (by surface form: the parse carries no lemmas), reporting nouns and
multi-word cue phrases ("according to", "pointed out", "in a statement")."""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from processors.types import Span


def _table(text: str) -> frozenset[str]:
    return frozenset(text.replace("|", " ").split())


# reporting verbs by surface form, one verb's forms per group
_REPORT_VERB_TEXT = """
say says said saying | tell tells told telling | state states stated stating | add adds added adding
note notes noted noting | explain explains explained explaining | stress stresses stressed stressing
affirm affirms affirmed affirming | reaffirm reaffirms reaffirmed reaffirming
confirm confirms confirmed confirming | assert asserts asserted asserting
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
highlight highlights highlighted highlighting | reiterate reiterates reiterated reiterating
underline underlines underlined underlining | underscore underscores underscored underscoring
declare declares declared declaring | announce announces announced announcing
write writes wrote written writing | tweet tweets tweeted tweeting | posted | shared
claim claims claimed claiming | argue argues argued arguing | insist insists insisted insisting
warn warns warned warning | ask asks asked asking | answer answers answered answering
reply replies replied replying | respond responds responded responding | recall recalls recalled recalling
describe describes described describing | call calls called calling
comment comments commented commenting | remark remarks remarked remarking
observe observes observed observing | admit admits admitted admitting
acknowledge acknowledges acknowledged acknowledging | suggest suggests suggested suggesting
predict predicts predicted predicting | promise promises promised promising | vow vows vowed vowing
pledge pledges pledged pledging | urge urges urged urging | demand demands demanded demanding
accuse accuses accused accusing | deny denies denied denying | report reports reported reporting
reveal reveals revealed revealing | disclose discloses disclosed disclosing
maintain maintains maintained maintaining | conclude concludes concluded concluding
mention mentions mentioned mentioning | indicate indicates indicated indicating
point points pointed pointing | express expresses expressed expressing
characterize characterizes characterized characterise characterised | label labels labelled labeled
branded | dubbed | termed | praise praises praised praising
criticize criticizes criticized criticise criticised criticising criticizing
condemn condemns condemned condemning | denounce denounces denounced denouncing | decry decries decried decrying | welcomed
thank thanks thanked thanking
joke jokes joked joking | quipped | shout shouts shouted shouting | yelled | screamed | exclaimed exclaims exclaim exclaiming
cried | chant chants chanted chanting | sang | speak speaks spoke speaking | testify testifies testified testifying | agree agrees agreed
believe believes believed | think thinks thought thinking | feel feels felt | hope hopes hoped
recount recounts recounted recounting | elaborated | clarified | justified
complain complains complained complaining | lamented | boasted | conceded | countered | retorted
cautioned | advised | ruled | alleged | charged | opined | mused | speculated | estimated | calculated
proclaimed | assured | reassured | guaranteed | quoted | cited
preach preaches preached preaching | opines | concedes | laments | boasts | cautions | alleges | retorts | quips
exclaims | react reacts reacted reacting | inform informs informing | questioned | remind reminds reminded reminding
messaged | texted | emailed
"""
REPORT_VERBS = _table(_REPORT_VERB_TEXT)
# each group's forms under its first form ("say" -> say says said saying), for subsets of the table
REPORT_VERB_FORMS: dict[str, frozenset[str]] = {
    group.split()[0]: frozenset(group.split())
    for line in _REPORT_VERB_TEXT.splitlines()
    for group in line.split("|")
    if group.strip()
}

# the strongest cues: a quote next to one of these is attributed even when it is a single word
SPEECH_VERBS = _table(
    """
acknowledge acknowledged add added adding adds admit admitted affirm affirmed announce announced
argue argued ask asked assert asserted call called claim claimed comment commented confirm confirmed
declare declared describe described emphasised emphasize emphasized explain explained explaining
explains highlight highlighted insist insisted note noted noting observe observed recall recalled
recalls reiterate reiterated remark remarked replied reply responded said say saying says state stated states
stating stress stressed tell telling tells told tweet tweeted urge urged warn warned write writes
wrote
"""
)
# reporting nouns: "X's statement", "comments by X", "in a statement"
REPORT_NOUNS = _table(
    """
announcement comment comments decision interview judgment letter message post release remark remarks
report request response ruling speech statement statements summary testimony tweet tweets verdict
"""
)
# a person's words quoted as such: "the Ann Roe quote that ...", "the Ann Roe maxim"
SAYING_NOUNS = _table("quote quotation quip maxim motto adage")
# verbs that only count as cues with a following particle
PARTICLE_CUES = {"point": "out", "points": "out", "pointed": "out", "pointing": "out"}
# the colloquial quotative "be like" / "go like" ("and I was like, "..."", "she's like: "...""): the verb before
# "like", right before the quotation
QUOTATIVE_LIKE_VERBS = frozenset("'m am was were is are 's 're be been go goes went going".split())
# "the statement read", "... read the statement": a document is quoted
READ_VERBS = _table("read reads")
DOCUMENT_WORDS = _table(
    """statement summary report letter message tweet post notice release announcement order ruling decision
    judgment verdict sign banner note memo email e-mail document text filing complaint lawsuit petition opinion
    study paper proclamation declaration findings survey analysis warning alert advisory bulletin"""
)
# "referred to the soldiers as "..."", "dismissed it as "fake"", "hailed the deal as "historic"": naming someone
# or something in one's own words (a cue only with "as")
REFER_FORMS = frozenset(
    """refer refers referred referring dismiss dismisses dismissed dismissing hail hails hailed hailing slam slams
    slammed slamming blast blasts blasted blasting""".split()
)
# verbs of a speech's course, cues only inverted right after a quotation ('"...", began Elton Marsh.')
OPENING_VERBS = frozenset("began begins".split())
# verbs that report speech only right after the quotation ('"...?" posed Ann Roe'), not in "the bill posed by"
INVERTED_ONLY_VERBS = frozenset("posed queried continues continued".split())
# a thought reported word for word: a cue only right before the quotation
THOUGHT_FORMS = frozenset(["thinking"])
WEAK_VERBS = _table("think thinks thought feel feels felt believe believes believed hope hopes hoped")


@dataclass(frozen=True, slots=True)
class Cue:
    token: int  # index of the head token of the cue (verb, noun, or "according")
    start: int  # char offsets of the whole cue phrase
    end: int
    kind: str  # "verb", "noun", "according", "passive"


def cue_span(text: str, cue: Cue) -> Span:
    """The output's ``cue`` field: the cue phrase's text and character offsets."""
    return {"text": text[cue.start : cue.end], "start": cue.start, "end": cue.end}


def _span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _as_relayed(tok: Token) -> bool:
    """ "X said — as reported by the Daily Courier — '...'": a participle after "as" names who relayed the words,
    not who said them (unlike "as X said", which has a subject, and "as stated by X", whose agent said them)."""
    return (
        tok.tag_ == "VBN"
        and tok.lower_ not in SAYING_PARTICIPLES
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    )


# participles whose agent is the one who said the words: "as stated by X", "as put by X"
SAYING_PARTICIPLES = frozenset("stated said written declared explained announced expressed put".split())


def _conditional(tok: Token) -> bool:
    """ "the letter, if written by the suspect, ...": a participle after "if" / "unless" is a hypothesis about
    a text, not a report of what someone said."""
    return tok.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


DASHES = frozenset(["—", "–", "-", "--"])


def _dashed_aside(tok: Token) -> bool:
    """ "X commented on the plan — which the Gazette described as unusual — "...": a relative clause set off by
    dashes (whatever the parse made of it), no quotation mark inside, is an aside about its antecedent, not the
    attribution of a quote."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if lo == 0 or hi + 1 >= len(doc) or hi - lo > 30 or doc[lo].tag_ not in ("WDT", "WP"):
        return False
    if doc[lo - 1].text not in DASHES or doc[hi + 1].text not in DASHES:
        return False
    return not any(t.is_quote for t in doc[lo : hi + 1])


def _quote_follows(doc: Doc, i: int) -> bool:
    """Does a quotation mark open right after token ``i`` (a comma or colon between allowed)?"""
    k = i + 1
    if k < len(doc) and doc[k].text in (",", ":"):
        k += 1
    return k < len(doc) and doc[k].text[:1] in "\"“‘'"


# states a reporting verb can assign ("reported missing", "declared dead", "confirmed safe")
STATE_WORDS = frozenset("missing dead alive safe injured wounded killed unaccounted extinct".split())


def _assigned_state(child: Token) -> bool:
    """A state word as the verb's own complement ("reported missing", "reported him missing"), not a clause of
    its own ("says some were injured")."""
    if child.lower_ not in STATE_WORDS:
        return False
    if child.dep_ in ("oprd", "acomp", "xcomp"):
        return True
    return (
        child.dep_ == "ccomp"
        and child.i - child.head.i <= 2
        and child.tag_ not in ("VBD", "VBZ", "VBP")  # "said it killed nine people": a clause
        and not any(c.dep_ in ("nsubjpass", "dobj", "aux", "auxpass") for c in child.children)
    )


def _after_quotation(doc: Doc, i: int) -> int:
    """How token ``i`` follows a closing quotation mark: 1 right after it ('"...?" posed'), 2 after it and a comma
    ('"...", began'), 0 not at all."""
    if i >= 1 and doc[i - 1].text in ('"', "”"):
        return 1
    return 2 if i >= 2 and doc[i - 1].text == "," and doc[i - 2].text in ('"', "”") else 0


def cue_at(doc: Doc, i: int) -> Cue | None:
    """The cue starting at or headed by token ``i``, if any."""
    tok: Token = doc[i]
    low = tok.lower_
    n = len(doc)
    if low == "according" and i + 1 < n and doc[i + 1].lower_ == "to":
        s, e = _span(doc, i, i + 1)
        return Cue(i, s, e, "according")
    if low == "like":
        if i > 0 and i + 1 < n and doc[i - 1].lower_ in QUOTATIVE_LIKE_VERBS and _quote_follows(doc, i):
            s, e = _span(doc, i - 1, i)
            return Cue(i - 1, s, e, "verb")
        return None
    if low in REFER_FORMS:
        if tok.pos_ == "VERB" and any(
            t.lower_ == "as" and t.dep_ == "prep" and tok in t.ancestors for t in doc[i + 1 : min(i + 10, n)]
        ):
            s, e = _span(doc, i, i)
            return Cue(i, s, e, "verb")
        return None
    if low in OPENING_VERBS:
        if _after_quotation(doc, i) == 2 and i + 1 < n and doc[i + 1].pos_ == "PROPN":
            s, e = _span(doc, i, i)
            return Cue(i, s, e, "verb")
        return None
    if low in INVERTED_ONLY_VERBS:
        if _after_quotation(doc, i) and i + 1 < n and doc[i + 1].pos_ in ("PROPN", "DET", "NOUN", "PRON"):
            s, e = _span(doc, i, i)
            return Cue(i, s, e, "verb")
        return None
    if low in PARTICLE_CUES:
        if i + 1 < n and doc[i + 1].lower_ == PARTICLE_CUES[low]:
            s, e = _span(doc, i, i + 1)
            return Cue(i, s, e, "verb")
        return None
    inverted = tok.tag_ == "VB" and i > 0 and doc[i - 1].is_punct and doc[i - 1].text not in ".!?"
    if low in READ_VERBS and (tok.tag_ in ("VBD", "VBZ", "VBP", "VBN") or inverted):
        # a past "read" the tagger took for a participle ("The opinion, released Wednesday, read") keeps its
        # document subject; a passive "was read" has none; '"...", read the warning.' may be tagged a base form
        deps = ("nsubj",) if tok.tag_ == "VBN" else ("nsubj", "dobj")
        if any(c.dep_ in deps and c.lower_ in DOCUMENT_WORDS for c in tok.children):
            s, e = _span(doc, i, i)
            return Cue(i, s, e, "verb")
        return None
    if low in REPORT_VERBS and tok.tag_.startswith("VB"):
        if low in WEAK_VERBS or _as_relayed(tok) or _conditional(tok) or _dashed_aside(tok):
            return None
        if low in THOUGHT_FORMS and not _quote_follows(doc, i):  # "I was thinking, "..."", not "thinking about"
            return None
        if low in REPORT_VERB_FORMS["speak"] and tok.tag_ == "VB":  # "to speak of "protecting software"": a term
            return None
        if any(_assigned_state(c) for c in tok.children):
            return None  # "was reported missing", "was declared dead": a state reported, not words
        if (
            tok.tag_ == "VBN"
            and tok.dep_ == "amod"
            and tok.i < tok.head.i
            and (tok.head.lower_ in DOCUMENT_WORDS or tok.head.lower_ in REPORT_NOUNS)
            and not any(True for _ in tok.children)
            and not any(c.dep_ == "poss" for c in tok.head.children)  # "his expressed opinion": his words
        ):
            return None  # "a written statement", "a prepared statement": an adjective before a document's noun
        last = i
        if i + 1 < n and doc[i + 1].dep_ == "prt" and doc[i + 1].head.i == i:
            last = i + 1
        s, e = _span(doc, i, last)
        return Cue(i, s, e, "verb")
    if low in SAYING_NOUNS and i > 0 and doc[i - 1].ent_type_ == "PERSON":
        # "citing the Ann Roe quote that ...": whatever the tagger made of "quote", a person's saying
        s, e = _span(doc, i, i)
        return Cue(i, s, e, "noun")
    if low in REPORT_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        s, e = _span(doc, i, i)
        # "in a statement": report the phrase
        if (
            i >= 2
            and doc[i - 1].lower_ in ("a", "an", "the", "its", "his", "her", "their")
            and doc[i - 2].lower_ in ("in", "via", "through")
        ):
            s = doc[i - 2].idx
        return Cue(i, s, e, "noun")
    return None


# hashes of every word that can head a cue, to find candidates over the LOWER array in one vectorised step
CUE_IDS = numpy.array(
    sorted(
        {
            get_string_id(w)
            for w in REPORT_VERBS
            | REPORT_NOUNS
            | SAYING_NOUNS
            | READ_VERBS
            | PARTICLE_CUES.keys()
            | REFER_FORMS
            | OPENING_VERBS
            | INVERTED_ONLY_VERBS
            | {"according", "like"}
        }
    ),
    dtype=numpy.uint64,
)


def member(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, ids)`` for a sorted array of word ids (``CUE_IDS``, the first-person pronouns', an
    article's surnames'): one binary search per value, no sort of ``values``."""
    if not len(ids):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(ids, values), len(ids) - 1)
    return numpy.asarray(ids[at] == values)
