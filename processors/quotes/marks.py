"""Quotation-mark pairing over raw text (no parse needed).

Rules, all local so that one stray mark never spoils more than its own paragraph:

- double marks (straight ``"``, curly ``“ ”``, low ``„``, guillemets) and single marks (``‘ ’`` and straight
  ``'``) are paired separately, paragraph by paragraph (a paragraph is a line of text);
- a straight mark's role (opening / closing / either) comes from its flanks: space before and a character after
  opens, a character before and space or punctuation after closes;
- apostrophes are not marks: a mark between two letters (it’s, O’Connell), elisions (’n’, ’90s, ’em, ’til)
  and, when a better closing mark follows, the plural possessive (players’ union);
- a quote still open at the end of its paragraph is kept up to the paragraph end when the next paragraph opens
  with a quotation mark (a quotation over several paragraphs: one quote per paragraph) or when the opening mark
  stands where quotations start (after a colon, a comma or at the paragraph start); otherwise it is dropped;
- a quote nested in another one is dropped (only the outer quotation is reported); a single-quoted span that
  straddles a double-quoted one is dropped.

Everything is one pass over the marks plus one over the paragraphs: linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN, CLOSE, EITHER, NONE = 1, 2, 3, 0

DOUBLE_OPENERS = frozenset("“„«")
DOUBLE_CLOSERS = frozenset("”»")
DOUBLE_MARKS = re.compile(r"[\"“”„«»]")
SINGLE_MARKS = re.compile(r"['‘’‚]")
PARAGRAPH_BREAK = re.compile(r"\n")
# elisions written with an apostrophe at the start of a word: 'n', '90s, 'em, 'til, 'cause, 'tis, 'twas
ELISION_AFTER = re.compile(r"(?:n['’]|\d\d(?:s|\b)|em\b|til\b|cause\b|cos\b|tis\b|twas\b|bout\b|round\b)", re.I)
OPENING_CONTEXT = frozenset("([{—–-/:")
CLOSING_PUNCT = frozenset(".,;:!?)]}—–-…")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """The inner text of one quotation: ``text[start:end]``, without its marks."""

    start: int
    end: int
    open_pos: int
    close_pos: int | None  # None when the quote runs to the end of its paragraph
    family: str  # "double" or "single"
    continued: bool = False  # runs on into the next paragraph


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _flank_role(prev: str, nxt: str) -> int:
    left = _is_space(prev) or prev in OPENING_CONTEXT or prev in "\"“‘'"
    right = _is_space(nxt) or nxt in CLOSING_PUNCT or nxt in "\"”’'"
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    return EITHER


def double_role(text: str, i: int) -> int:
    ch = text[i]
    if ch in DOUBLE_OPENERS:
        return OPEN
    if ch in DOUBLE_CLOSERS:
        return CLOSE
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isdigit() and (_is_space(nxt) or nxt in CLOSING_PUNCT):
        return NONE  # inches: 12" record
    return _flank_role(prev, nxt)


WEAK_CLOSE = 4  # plural possessive that could also close a quote: players’ union


def single_role(text: str, i: int) -> int:
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev.isalnum() and nxt.isalnum():
        return NONE  # it’s, O’Connell, rock’n’roll
    if ch in "‘‚":
        if ELISION_AFTER.match(text, i + 1) and nxt.isdigit():
            return NONE  # ‘90s typed with the wrong mark
        return OPEN if not prev.isalnum() else NONE
    # ’ or '
    if (_is_space(prev) or prev in OPENING_CONTEXT or prev in '"“') and nxt.isalnum():
        if ELISION_AFTER.match(text, i + 1) or ch == "’":
            return NONE  # ’n’, ’90s, 'em; a right mark never opens
        return OPEN
    if prev == "n" and i >= 2 and text[i - 2] in "'’" and (i < 3 or _is_space(text[i - 3])):
        return NONE  # the second mark of ’n’
    if not _is_space(prev) and (_is_space(nxt) or nxt in CLOSING_PUNCT or nxt in '"”'):
        if prev in "sS" and nxt == " " and i + 2 < len(text) and text[i + 2].isalpha():
            return WEAK_CLOSE
        return CLOSE
    return NONE


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, end excluding trailing whitespace."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        _add_paragraph(text, pos, m.start(), out)
        pos = m.end()
    _add_paragraph(text, pos, len(text), out)
    return out


def _add_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        out.append((start, end))


def _opens_paragraph(text: str, para: tuple[int, int], family: str) -> bool:
    ch = text[para[0]]
    if family == "double":
        return ch in '"“„«'
    return ch in "'‘"


def _strong_opening(text: str, pos: int, para_start: int) -> bool:
    """An opening mark where quotations typically begin: paragraph start, after ``:`` or ``,``."""
    j = pos - 1
    while j >= para_start and text[j] == " ":
        j -= 1
    return j < para_start or text[j] in ":,"


def _pair_paragraph(
    text: str,
    marks: list[tuple[int, int]],
    para: tuple[int, int],
    next_para: tuple[int, int] | None,
    family: str,
    out: list[MarkedSpan],
) -> None:
    opened: int | None = None
    n = len(marks)
    # for the plural-possessive case: is there a strong closing mark before the next opening one?
    next_strong_close = [False] * (n + 1)
    for k in range(n - 1, -1, -1):
        role = marks[k][1]
        next_strong_close[k] = role in (CLOSE, EITHER) or (role != OPEN and next_strong_close[k + 1])
    for k, (pos, role) in enumerate(marks):
        if opened is None:
            if role in (OPEN, EITHER):
                opened = pos
            continue
        if role == OPEN:
            opened = pos  # the previous opening mark was never closed: resynchronise here
            continue
        if role == WEAK_CLOSE and next_strong_close[k + 1]:
            continue
        if pos > opened + 1:
            out.append(MarkedSpan(opened + 1, pos, opened, pos, family))
        opened = None
    if opened is not None and opened + 1 < para[1]:
        continued = next_para is not None and _opens_paragraph(text, next_para, family)
        if continued or _strong_opening(text, opened, para[0]):
            out.append(MarkedSpan(opened + 1, para[1], opened, None, family, continued))


def _pair(text: str, family: str) -> list[MarkedSpan]:
    pattern, role_of = (DOUBLE_MARKS, double_role) if family == "double" else (SINGLE_MARKS, single_role)
    paras = _paragraphs(text)
    out: list[MarkedSpan] = []
    it = pattern.finditer(text)
    pending = next(it, None)
    for p, para in enumerate(paras):
        marks: list[tuple[int, int]] = []
        while pending is not None and pending.start() < para[1]:
            pos = pending.start()
            if pos >= para[0]:
                role = role_of(text, pos)
                if role != NONE:
                    marks.append((pos, role))
            pending = next(it, None)
        if marks:
            _pair_paragraph(text, marks, para, paras[p + 1] if p + 1 < len(paras) else None, family, out)
    return out


def pair_marks(text: str) -> list[MarkedSpan]:
    """All top-level quotations of ``text`` in order of position."""
    doubles = _pair(text, "double")
    singles = _pair(text, "single")
    spans = sorted(doubles + singles, key=lambda s: (s.open_pos, -s.end))
    kept: list[MarkedSpan] = []
    outer_end = -1
    outer: MarkedSpan | None = None
    for s in spans:
        if s.open_pos < outer_end:
            # straddling a single-quoted span: keep the double-quoted one
            if s.end > outer_end and outer is not None and s.family == "double" and outer.family == "single":
                kept[-1] = s
                outer, outer_end = s, _outer_end(s)
            continue  # nested inside the previous quote
        kept.append(s)
        outer, outer_end = s, _outer_end(s)
    return kept


def _outer_end(s: MarkedSpan) -> int:
    return s.close_pos + 1 if s.close_pos is not None else s.end
