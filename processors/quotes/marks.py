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
  when the next paragraph opens with no mark but closes one before any opening mark, the quotation goes on there
  (the source left out the paragraph's opening mark, or broke the line inside the quotation); a single mark left
  open at the very end of the text is kept only where quotations start (not "Dr ‘Akau’ola said.");
- a left double mark with nothing after it in its paragraph closes ('... You certainly can’t. “');
- two single marks side by side are one double mark ("‘‘We are ready,’’ he said");
- a quote nested in another one is dropped (only the outer quotation is reported); a single-quoted span that
  straddles a double-quoted one is dropped.

Everything is one regex pass over the marks (each distinct neighbourhood of a mark classified once) and one pass
over the classified marks, paragraph by paragraph; paragraphs without marks are never looked at. Linear in the text
length; a paragraph crowded with thousands of marks and hardly any text (no quotation can live there) pairs
nothing, and a "quotation" running on over thousands of paragraphs is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from typing import NamedTuple

OPEN, CLOSE, EITHER, NONE = 1, 2, 3, 0
WEAK_CLOSE = 4  # could also close a quote, or not: players’ union (plural possessive), 12" record (inches)

DOUBLE_OPENERS = frozenset("“„«")
DOUBLE_CLOSERS = frozenset("”»")
# elisions written with an apostrophe at the start of a word: 'n', '90s, 'em, 'til, 'cause, 'tis, 'twas
ELISION_AFTER = re.compile(r"(?:n['’]|\d\d(?:s|\b)|em\b|til\b|cause\b|cos\b|tis\b|twas\b|bout\b|round\b)", re.I)
OPENING_CONTEXT = frozenset("([{—–-/:")
CLOSING_PUNCT = frozenset(".,;:!?)]}—–-…")


class MarkedSpan(NamedTuple):
    """The inner text of one quotation: ``text[start:end]``, without its marks. (A named tuple: pairing builds
    one per quotation, and a hostile article has a hundred thousand.)"""

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
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch in DOUBLE_OPENERS:
        # a left mark that ends its paragraph opens nothing: it closes ('... You certainly can’t. “')
        return CLOSE if text[i + 1 :].lstrip(" \t")[:1] in ("", "\n", "\r") else OPEN
    if ch in DOUBLE_CLOSERS:
        if ch == "”" and (_is_space(prev) or prev in OPENING_CONTEXT) and (nxt.isalnum() or nxt in "‘'"):
            # a right mark typed where a left one belongs (some sites' editors): ': ”What I see now is ...”', or a
            # closing one typed after a space ('“... the urban area, ”the agency said'): it closes a quotation
            # open before it, else it opens one
            return EITHER
        return CLOSE
    if prev.isdigit() and (_is_space(nxt) or nxt in CLOSING_PUNCT):
        # inches (12" record), or the end of a quotation ending in a number ("Revoke Article 50" placard): it
        # closes an open quotation only when no better closing mark follows
        return WEAK_CLOSE
    return _flank_role(prev, nxt)


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


ALL_MARKS = re.compile(r"[\"“”„«»'‘’‚]")
NON_SPACE = re.compile(r"\S")
# a role depends on at most 3 characters before the mark and 6 after it (elisions: ’round); the text is padded
# with newlines, which every role rule reads as the text edge
_BEFORE, _AFTER = 3, 7
# a paragraph with this many marks of one family, under this many characters per mark, holds no quotation
# (real paragraphs have tens of marks and tens of characters per mark): nothing is paired there
CROWDED_MARKS, CROWDED_CHARS_PER_MARK = 1000, 8
# a quotation running on over more paragraphs than this (each opening with a mark, none closing) is not one
MAX_RUN_PARAGRAPHS = 1000


def _classify(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(position, role) of the double and of the single marks, apostrophes and inches left out. One regex pass;
    each distinct neighbourhood of a mark is classified once (hostile inputs repeat the same few)."""
    padded = "\n" * _BEFORE + text + "\n" * _AFTER
    known: dict[str, tuple[bool, int]] = {}
    doubles: list[tuple[int, int]] = []
    singles: list[tuple[int, int]] = []
    for m in ALL_MARKS.finditer(text):
        pos = m.start()
        window = padded[pos : pos + _BEFORE + _AFTER + 1]
        got = known.get(window)
        if got is None:
            is_double = window[_BEFORE] in '"“”„«»'
            got = (is_double, (double_role if is_double else single_role)(window, _BEFORE))
            known[window] = got
        if got[1] != NONE:
            (doubles if got[0] else singles).append((pos, got[1]))
    return doubles, singles


def paragraph_at(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the paragraph holding the non-space character at ``pos``: its line without the
    surrounding whitespace."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0:
        end = len(text)
    while start < end and text[start].isspace():  # no copy of the line: most have no space at either end
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_paragraph(text: str, para_end: int, family: str) -> bool:
    """Does the next non-blank paragraph after the one ending at ``para_end`` open with a mark?"""
    nxt = NON_SPACE.search(text, para_end)
    if nxt is None:
        return False
    ch = nxt.group()
    if family == "double":
        return ch in '"“„«'
    return ch in "'‘"


def _strong_opening(text: str, pos: int, para_start: int) -> bool:
    """An opening mark where quotations typically begin: paragraph start, after ``:`` or ``,``, or after a
    dateline's dash ("MONCTON - "This is ...")."""
    j = pos - 1
    while j >= para_start and text[j] == " ":
        j -= 1
    return j < para_start or text[j] in ":,-–—"


def _pair_paragraph(
    text: str,
    marks: list[tuple[int, int]],
    para: tuple[int, int],
    family: str,
    out: list[MarkedSpan],
) -> tuple[int, int] | None:
    """Pair the marks of one paragraph into ``out``; an opening mark left unclosed at the paragraph's end and
    dropped, with the paragraph's end (a closing mark opening the next paragraph may still take it: ``_pair``)."""
    n = len(marks)
    if n >= CROWDED_MARKS and para[1] - para[0] < CROWDED_CHARS_PER_MARK * n:
        return None  # thousands of marks and hardly any text between them: no quotation here
    opened: int | None = None
    # for the plural-possessive case: is there a strong closing mark before the next opening one?
    next_strong_close: list[bool] = []
    for k, (pos, role) in enumerate(marks):
        if opened is None:
            if role in (OPEN, EITHER):
                opened = pos
            continue
        if role == OPEN:
            opened = pos  # the previous opening mark was never closed: resynchronise here
            continue
        if role == WEAK_CLOSE:
            if not next_strong_close:
                next_strong_close = _next_strong_close(marks)
            if next_strong_close[k + 1]:
                continue
        if pos > opened + 1:
            out.append(MarkedSpan(opened + 1, pos, opened, pos, family))
        opened = None
    if opened is not None and opened + 1 < para[1]:
        continued = _opens_paragraph(text, para[1], family)
        strong = _strong_opening(text, opened, para[0])
        # the text ends inside the quotation (a cut-off report); not a single mark opening a word in a sentence
        # that goes on (the ʻokina of "Dr ‘Akau’ola said.")
        last = NON_SPACE.search(text, para[1]) is None and (family == "double" or strong)
        if continued or last or strong:
            out.append(MarkedSpan(opened + 1, para[1], opened, None, family, continued))
        else:
            return opened, para[1]
    return None


def _goes_on(text: str, out: list[MarkedSpan], para: tuple[int, int]) -> bool:
    """Did the quotation before end, unclosed, with the paragraph right before this one?"""
    if not out or out[-1].close_pos is not None or out[-1].continued:
        return False
    return NON_SPACE.search(text, out[-1].end, para[0]) is None  # (stops at the first character: linear)


def _next_strong_close(marks: list[tuple[int, int]]) -> list[bool]:
    n = len(marks)
    out = [False] * (n + 1)
    for k in range(n - 1, -1, -1):
        role = marks[k][1]
        out[k] = role in (CLOSE, EITHER) or (role != OPEN and out[k + 1])
    return out


def _pair(text: str, marks: list[tuple[int, int]], family: str) -> list[MarkedSpan]:
    """Pair one family's classified marks paragraph by paragraph; paragraphs without marks cost nothing."""
    out: list[MarkedSpan] = []
    k, n = 0, len(marks)
    dropped: tuple[int, int] | None = None  # an unclosed opening mark dropped, and the end of its paragraph
    while k < n:
        para = paragraph_at(text, marks[k][0])
        if (
            marks[k][1] == CLOSE
            and dropped is not None
            and dropped[1] < para[0]
            and NON_SPACE.search(text, dropped[1], para[0]) is None
        ):
            # '"We explained that the words were not meant to offend. // The officer took them out of context,"
            # Mr Roe said': the paragraph before left its quotation open, the source its line break inside it
            out.append(MarkedSpan(dropped[0] + 1, dropped[1], dropped[0], None, family))
        dropped = None
        if marks[k][1] == CLOSE and _goes_on(text, out, para):
            # '“If the party wins, it shakes things up. // People have to think of this vote,” he said': the
            # quotation of the paragraph before goes on, without an opening mark, up to this closing one
            out[-1] = out[-1]._replace(continued=True)
            if marks[k][0] > para[0]:
                out.append(MarkedSpan(para[0], marks[k][0], para[0], marks[k][0], family))
            k += 1
            continue
        if k + 1 == n or marks[k + 1][0] >= para[1]:  # one mark in the paragraph: the usual case
            if marks[k][1] in (OPEN, EITHER):
                dropped = _pair_paragraph(text, marks[k : k + 1], para, family, out)
            k += 1
            continue
        if k + 2 == n or marks[k + 2][0] >= para[1]:  # two marks: an opening and a closing one, usually
            (pos, role), (close, close_role) = marks[k], marks[k + 1]
            if role in (OPEN, EITHER) and close_role != OPEN:
                if close > pos + 1:
                    out.append(MarkedSpan(pos + 1, close, pos, close, family))
                k += 2
                continue
        j = bisect_left(marks, para[1], lo=k + 1, key=itemgetter(0))
        dropped = _pair_paragraph(text, marks[k:j], para, family, out)
        k = j
    if len(out) <= MAX_RUN_PARAGRAPHS or not any(s.continued for s in out):
        return out
    return _drop_endless_runs(out)


def _drop_endless_runs(spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """Without the runs of more than MAX_RUN_PARAGRAPHS quotes each continued into the next."""
    out: list[MarkedSpan] = []
    run_start = 0
    for k, s in enumerate(spans):
        if not s.continued:
            if k + 1 - run_start <= MAX_RUN_PARAGRAPHS:
                out.extend(spans[run_start : k + 1])
            run_start = k + 1
    if len(spans) - run_start <= MAX_RUN_PARAGRAPHS:
        out.extend(spans[run_start:])
    return out


# two single marks written for one double mark ("‘‘We are ready,’’ he said", "“We are ready,’’"; some outlets'
# house style), and two straight apostrophes
_DOUBLED = re.compile(r"‘‘|’’|''")


def _doubled_as_double(text: str) -> str:
    """The text with each doubled single mark written as one double mark and a space, in the same number of
    characters (offsets stay those of ``text``): before a word, after a space or an opening context, a left
    double mark with the space first (" “"); otherwise a right one with the space after ("” ")."""

    def one(m: re.Match[str]) -> str:
        prev = text[m.start() - 1 : m.start()]
        nxt = text[m.end() : m.end() + 1]
        if (_is_space(prev) or prev in OPENING_CONTEXT) and nxt.isalnum():
            return " “"
        return "” "

    return _DOUBLED.sub(one, text)


def pair_marks(text: str) -> list[MarkedSpan]:
    """All top-level quotations of ``text`` in order of position."""
    if "‘‘" in text or "’’" in text or "''" in text:
        text = _doubled_as_double(text)  # (same length: the spans found are spans of the text given)
    double_marks, single_marks = _classify(text)
    doubles = _pair(text, double_marks, "double")
    singles = _pair(text, single_marks, "single")
    if not doubles or not singles:
        # one family's quotations never overlap (each opens after the previous one closed): all are top-level
        return doubles or singles
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
