"""Sentence and paragraph frames that treat quotations as opaque.

spaCy splits sentences inside quotations and right after them (``"Where?" he asked``); here a sentence
boundary inside a quotation is dropped, one followed by a lower-case word is dropped, and every line break is
one. Everything is precomputed once; look-ups are bisections.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import islice

import numpy
from spacy.tokens import Doc, Token

# re-exported (``as``): the quote modules import them from here
from processors.doctext import doc_text as doc_text
from processors.doctext import token_starts as token_starts

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LINE_BREAK = re.compile(r"\n\s*")
# a news page's link to another story, printed between an article's paragraphs ("READ MORE: Date revealed for
# ...", "Related: ..."): no paragraph of the article, so a quotation after it goes on from the one before
PAGE_LINK = re.compile(
    r"(?:READ (?:MORE|ALSO)|Read (?:more|also|More|Also)|MORE NEWS|More news|RELATED|Related|SEE ALSO|See also)\b *[:>»|]"
)


def aside_line(text: str, start: int) -> bool:
    """Is the line at ``start`` one set between the paragraphs, not one of them: a link to another story, or a
    crosshead (a short capitalised line that no sentence punctuation ends: "Municipal services")?"""
    if PAGE_LINK.match(text, start):
        return True
    end = text.find("\n", start, start + CROSSHEAD_CHARS + 1)
    if end < 0:
        return False
    line = text[start:end].strip()
    return (
        0 < len(line) <= CROSSHEAD_CHARS
        and line[0].isupper()
        and line[-1] not in CROSSHEAD_NOT_ENDS
        and len(line.split()) <= CROSSHEAD_WORDS
    )


CROSSHEAD_CHARS = 60
CROSSHEAD_WORDS = 8
CROSSHEAD_NOT_ENDS = frozenset(".!?:;,\"”’')…")


def _ends_sentence(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    while j >= 0 and text[j] in "\"”’')]":
        j -= 1
    return j < 0 or text[j] in ".!?…\n"


# verbs of a bare attribution sentence ("Ann Roe said.", "asked the mayor."; the pipeline has no lemmatizer)
_ATTRIBUTION_VERBS = frozenset(
    """said says asked asks added adds explained explains noted notes replied replies responded responds continued
    continues wondered wonders exclaimed shouted wrote writes""".split()
)


def _attribution_after_mark(doc: Doc, i: int, text: str, pos: int) -> bool:
    """Does the parsed sentence starting at token ``i`` (offset ``pos``), right after a closing quotation mark,
    only attribute it: a verb of saying with its subject and nothing it says ("Lewiston City Council member Ann
    Roe said.")? Bounded: at most 16 tokens are read."""
    before = text[:pos].rstrip(" ")
    if not before or before[-1] not in '"”’':
        return False
    end = i
    while end < len(doc) and end - i < 16 and not (end > i and doc[end].is_sent_start):
        end += 1
    last = end - 1
    while last > i and doc[last].is_space:
        last -= 1
    if end - i >= 16 or doc[last].text not in (".", "?", "!"):
        return False
    sent = doc[i:end]
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    return (
        root is not None
        and root.lower_ in _ATTRIBUTION_VERBS
        and any(c.dep_ == "nsubj" for c in root.children)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl") for c in root.children)
    )


def root_of(tok: Token, limit: int) -> Token:
    """The root of the token's parse tree, climbing at most ``limit`` heads (bounded whatever the parse)."""
    for _ in range(limit):
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def parsed_sentence_starts(doc: Doc) -> list[int]:
    """Token index of every sentence start of the parse, computed once per document."""
    cached = doc.user_data.get("quotes.sent_starts")
    if not isinstance(cached, list):
        cached = numpy.flatnonzero(doc.to_array("SENT_START") == 1).tolist() if len(doc) else []
        doc.user_data["quotes.sent_starts"] = cached
    return cached


class Sentences:
    def __init__(self, doc: Doc, in_quote: Callable[[int], bool]) -> None:
        self.doc = doc
        text = doc_text(doc)
        # bulk attribute arrays: no Token object is built per token
        self.tok_starts: list[int] = token_starts(doc)
        bounds = [0]
        paras = [0]
        for m in LINE_BREAK.finditer(text):
            bounds.append(m.end())
            paras.append(m.end())
        for i in parsed_sentence_starts(doc):
            pos = self.tok_starts[i]
            if pos == 0:
                continue
            if in_quote(pos) and in_quote(pos - 1):
                continue  # inside a quotation
            if text[pos : pos + 1].islower():
                continue  # "Where?" he asked
            if not _ends_sentence(text, pos):
                continue  # 'and "...I will', a split at an opening mark mid-sentence
            if _attribution_after_mark(doc, i, text, pos):
                continue  # '"...tonight?" Lewiston City Council member Ann Roe said.': the quotation's own cue
            bounds.append(pos)
        self.bounds_list = sorted(set(bounds))
        self.paras = sorted(set(paras))
        self.text = text
        self.text_len = len(text)
        self.in_quote = in_quote

    def __len__(self) -> int:
        return len(self.bounds_list)

    def index_of(self, pos: int) -> int:
        return bisect_right(self.bounds_list, pos) - 1

    def bounds(self, si: int) -> tuple[int, int]:
        end = self.bounds_list[si + 1] if si + 1 < len(self.bounds_list) else self.text_len
        return self.bounds_list[si], end

    def token_range(self, si: int) -> range:
        s, e = self.bounds(si)
        return range(bisect_left(self.tok_starts, s), bisect_left(self.tok_starts, e))

    def paragraph_of(self, pos: int) -> int:
        return bisect_right(self.paras, pos) - 1

    def same_paragraph(self, a: int, b: int) -> bool:
        return self.paragraph_of(self.bounds_list[a]) == self.paragraph_of(self.bounds_list[b])

    def paragraph_gap(self, a: int, b: int) -> int:
        """How many paragraph breaks lie between sentences ``a`` and ``b`` (blank lines not counted)."""
        pa, pb = self.paragraph_of(self.bounds_list[a]), self.paragraph_of(self.bounds_list[b])
        gap = 0
        text = self.text
        for p in range(pa + 1, min(pb + 1, pa + 12)):
            if p < len(self.paras) and text[self.paras[p] : self.paras[p] + 1].strip():
                gap += p == pb or not aside_line(text, self.paras[p])
            if gap > 2:
                break
        return gap

    def page_link(self, si: int) -> bool:
        """Is sentence ``si`` a line set between an article's paragraphs: a link to another story ("READ MORE:
        ...") or a crosshead ("Municipal services")?"""
        start = self.bounds_list[si]
        return self.paragraph_of(start) != self.paragraph_of(start - 1) and aside_line(self.text, start)

    def _subject_before(self, k: int, floor: int) -> Token | None:
        """The nearest subject at or before token ``k`` of a verb before the quotation too, when it names or
        stands for one person ("he", "Ann Roe")."""
        for ti in range(k, floor - 1, -1):
            t = self.doc[ti]
            if t.dep_ in SUBJECT_DEPS and t.head.i <= k and t.head.pos_ == "VERB":
                return t if t.lower_ in ("he", "she") or t.ent_type_ == "PERSON" else None
        return None

    def _subject_from(self, tok: Token, lo: int, hi: int) -> Token | None:
        cur = root_of(tok, 40)
        for child in islice(cur.children, 64):
            if child.dep_ in SUBJECT_DEPS and not self.in_quote(child.idx) and lo <= child.idx < hi:
                return child
        return None

    def subject_near(self, pos: int, in_quote: Callable[[int], bool]) -> Token | None:
        """The subject of the main clause around ``pos`` (a quotation's opening mark)."""
        si = self.index_of(pos)
        lo, hi = self.bounds(si)
        r = self.token_range(si)
        k = bisect_left(self.tok_starts, pos) - 1
        floor = max(r.start, k - 16)  # bounded: a run of adjacent quotations is not scanned through
        while k >= floor and in_quote(self.doc[k].idx):
            k -= 1
        if k < floor:
            k = r.start - 1
        if k >= r.start and not self.doc[k].is_space:
            found = self._subject_from(self.doc[k], lo, hi)
            if found is None and in_quote(root_of(self.doc[k], 40).idx):
                # the parse made the quotation the main clause ("... he dismissed these proposals, "Mars is
                # ..."" with "dismissed" a relative clause): the nearest subject before the quotation
                found = self._subject_before(k, max(r.start, k - 24))
            return found
        for ti in r[:16]:
            if not in_quote(self.doc[ti].idx) and not self.doc[ti].is_punct and not self.doc[ti].is_space:
                return self._subject_from(self.doc[ti], lo, hi)
        return None

    def subject_of_sentence(self, si: int, in_quote: Callable[[int], bool]) -> Token | None:
        if si < 0:
            return None
        _lo, _hi = self.bounds(si)
        for ti in self.token_range(si)[:80]:
            tok = self.doc[ti]
            if tok.dep_ in SUBJECT_DEPS and not in_quote(tok.idx) and tok.head.dep_ == "ROOT":
                return tok
        return None
