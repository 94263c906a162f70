"""Quote extraction: pair the marks, frame each quote in its sentence, find its cue and speaker, drop what
is not a quotation (titles, nicknames, unattributed scare quotes), and say whether it is direct or mixed.

Cost: one pass over the marks, one over the tokens (char -> token by bisection, sentence bounds precomputed,
cues collected once per sentence), so linear in the article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from processors.quotes.cues import SPEECH_VERBS, Cue, cue_at
from processors.quotes.filters import (
    after_title_cue,
    is_nickname,
    is_title_case,
    is_word_mention,
    looks_like_speech,
)
from processors.quotes.marks import MarkedSpan, pair_marks
from processors.quotes.sentences import Sentences
from processors.quotes.speakers import DOCUMENT_NOUNS, SpeakerIndex, subject_of_cue
from processors.types import Entity, Quote, QuoteKind, Span, Speaker


@dataclass
class _Candidate:
    mark: MarkedSpan
    sent: int
    cue: Cue | None = None
    speaker: Speaker | None = None
    floating: bool = False
    adjacent: bool = False  # cue right next to the quote ("A," he said / said: "A")


class _QuoteMask:
    """Is a char offset inside a quotation (marks included)? Bisection over the sorted spans."""

    def __init__(self, spans: list[MarkedSpan]) -> None:
        self.starts = [s.open_pos for s in spans]
        self.ends = [s.close_pos + 1 if s.close_pos is not None else s.end for s in spans]

    def __call__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    text = doc.text
    marks = pair_marks(text)
    if not marks:
        return []
    in_quote = _QuoteMask(marks)
    sents = Sentences(doc, in_quote)
    index = SpeakerIndex(doc, entities, in_quote, paragraph_of=sents.paragraph_of)
    cue_cache: dict[int, list[Cue]] = {}

    def cues_of(si: int) -> list[Cue]:
        found = cue_cache.get(si)
        if found is None:
            found = []
            for ti in sents.token_range(si):
                tok = doc[ti]
                if not in_quote(tok.idx):
                    cue = cue_at(doc, ti)
                    if cue is not None:
                        found.append(cue)
            cue_cache[si] = found
        return found

    cands: list[_Candidate] = []
    for m in marks:
        cands.append(_Candidate(m, sents.index_of(m.open_pos)))

    last: _Candidate | None = None
    for k, c in enumerate(cands):
        m = c.mark
        s_start, s_end = sents.bounds(c.sent)
        cues = cues_of(c.sent)
        close = m.close_pos + 1 if m.close_pos is not None else m.end
        before = [q for q in cues if q.end <= m.open_pos]
        after = [q for q in cues if q.start >= close]
        at_start = not text[s_start : m.open_pos].strip(" \"“‘'([—–-")
        order = (_pick(after, doc, 0) + _pick(before, doc, -1)) if at_start else (
            _pick(before, doc, -1) + _pick(after, doc, 0)
        )
        for cue in order:
            tok = subject_of_cue(doc, cue, in_quote, index.is_person)
            sp = index.resolve_token(tok) if tok is not None else None
            if sp is not None and tok is not None and cue.kind == "according" and tok.lower_ in DOCUMENT_NOUNS:
                sp = None  # "according to the summary": the summary is not who spoke
            if sp is not None:
                c.cue, c.speaker = cue, sp
                break
            if c.cue is None:
                c.cue = cue
        if c.cue is not None:
            gap = text[close : c.cue.start] if c.cue.start >= close else text[c.cue.end : m.open_pos]
            c.adjacent = len(gap.split()) <= 2
        if c.speaker is None:
            c.floating = c.cue is None
            c.speaker = _fallback_speaker(doc, c, cands, k, last, sents, cues_of, index, in_quote)
        if c.speaker is not None:
            mention = c.speaker["mention"]
            index.record(mention["start"] if mention else m.start, c.speaker)
            last = c

    out: list[Quote] = []
    for k, c in enumerate(cands):
        m = c.mark
        inner = text[m.start : m.end]
        if not any(ch.isalnum() for ch in inner):
            continue
        if is_nickname(text, m) or is_word_mention(text, m):
            continue
        if _naming(doc, c.cue, text, m) and len(inner.split()) <= 4:
            continue
        if is_title_case(text, m) and (
            after_title_cue(text, m) or not (c.adjacent and c.cue is not None and _speech(doc, c.cue))
        ):
            continue
        if c.floating and not looks_like_speech(inner):
            # a short unattributed term: keep only next to a real quotation in the same sentence
            if not any(
                o.sent == c.sent and o is not c and (not o.floating or looks_like_speech(_inner(text, o.mark)))
                for o in cands[max(k - 3, 0) : k + 4]
            ):
                continue
        out.append(
            {
                "text": inner,
                "start": m.start,
                "end": m.end,
                "kind": _kind(text, m, sents.bounds(c.sent)[0]),
                "speaker": c.speaker,
                "cue": _cue_span(text, c.cue),
            }
        )
    return out


def _pick(cues: list[Cue], doc: Doc, side: int) -> list[Cue]:
    """The cue nearest the quote on one side, a verb or "according to" before a reporting noun."""
    if not cues:
        return []
    ordered = cues if side == 0 else cues[::-1]
    verbs = [c for c in ordered if c.kind != "noun"]
    return [verbs[0] if verbs else ordered[0]]


NAMING = frozenset("called named dubbed termed nicknamed known labelled labeled branded".split())


def _naming(doc: Doc, cue: Cue | None, text: str, m: MarkedSpan) -> bool:
    """"a process called "exfiltration"", "are called "U.S. nationals"": a name given, not words said."""
    if cue is None or cue.end > m.open_pos or len(text[cue.end : m.open_pos].split()) > 2:
        return False
    tok = doc[cue.token]
    if tok.lower_ not in NAMING:
        return False
    return tok.dep_ in ("acl", "amod") or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _inner(text: str, m: MarkedSpan) -> str:
    return text[m.start : m.end]


NAMING_VERBS = frozenset("call calls called calling describe describes described describing".split())


def _speech(doc: Doc, cue: Cue) -> bool:
    low = doc[cue.token].lower_
    return (low in SPEECH_VERBS and low not in NAMING_VERBS) or cue.kind == "according"


def _cue_span(text: str, cue: Cue | None) -> Span | None:
    if cue is None:
        return None
    return {"text": text[cue.start : cue.end], "start": cue.start, "end": cue.end}


def _kind(text: str, m: MarkedSpan, sent_start: int) -> QuoteKind:
    inner = text[m.start : m.end].strip()
    words = inner.split()
    prefix = text[sent_start : m.open_pos].rstrip()
    starts_upper = inner[:1].isupper() or inner[:1] in "[.…"
    introduced = not prefix or prefix[-1] in ":,;" or prefix.endswith(("said", "says", "that"))
    if len(words) >= 6 and (starts_upper or introduced):
        return "direct"
    if starts_upper and introduced and len(words) >= 3:
        return "direct"
    return "mixed"


def _fallback_speaker(
    doc: Doc,
    c: _Candidate,
    cands: list[_Candidate],
    k: int,
    last: _Candidate | None,
    sents: Sentences,
    cues_of: object,
    index: SpeakerIndex,
    in_quote: _QuoteMask,
) -> Speaker | None:
    """No cue in the quote's sentence: the sentence's own subject when the quote is embedded in it; for a
    quote that stands alone, the speaker of the previous sentence's cue, or the previous quote's speaker."""
    m = c.mark
    text = doc.text
    s_start, s_end = sents.bounds(c.sent)
    close = m.close_pos + 1 if m.close_pos is not None else m.end
    outside = (text[s_start : m.open_pos] + " " + text[close:s_end]).strip(" \"“”‘’'.,;:!?()[]—–-\n")
    if outside and len(outside.split()) >= 2:
        subj = sents.subject_near(m.open_pos, in_quote)
        if subj is not None:
            sp = index.resolve_token(subj)
            if sp is not None and sp["label"] != "UNKNOWN":
                return sp
    # a quote ending its sentence, the next one opening with its attribution ('"..." Macron told the world')
    nxt = c.sent + 1
    if not text[close:s_end].strip(" \"”’'.,;:!?") and nxt < len(sents) and sents.same_paragraph(c.sent, nxt):
        first = sents.token_range(nxt).start
        for cue in cues_of(nxt) if callable(cues_of) else []:
            if cue.token - first > 5:
                break
            tok = subject_of_cue(doc, cue, in_quote, index.is_person)
            sp = index.resolve_token(tok) if tok is not None else None
            if sp is not None:
                c.cue = cue
                return sp
    # the previous sentence of the same paragraph, when it attributes speech
    prev = c.sent - 1
    if prev >= 0 and sents.same_paragraph(prev, c.sent) and callable(cues_of):
        for cue in reversed(cues_of(prev)):
            tok = subject_of_cue(doc, cue, in_quote, index.is_person)
            sp = index.resolve_token(tok) if tok is not None else None
            if sp is not None:
                c.cue = None
                return sp
    if last is not None and last.speaker is not None and sents.paragraph_gap(last.sent, c.sent) <= 1:
        return last.speaker
    subj = sents.subject_near(m.open_pos, in_quote) or sents.subject_of_sentence(prev, in_quote)
    if subj is not None:
        sp = index.resolve_token(subj)
        if sp is not None and sp["label"] != "UNKNOWN":
            return sp
    return last.speaker if last is not None else None

