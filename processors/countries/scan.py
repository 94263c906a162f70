"""Find every stretch of a document that the lexicon knows: longest match first, one pass, linear time.

The document is read as a list of pieces (spaCy tokens, split at hyphens so that "Iran-backed" and
"U.S.-led" expose "Iran" and "U.S."). At each piece, only the lengths the lexicon holds for that first piece are
tried, longest first; a match consumes its pieces. Cost: O(pieces x longest name), independent of what the
text contains.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from processors.countries.gazetteer import Entry, Lexicon
from processors.countries.normalize import UPPER, case_ok, norm_piece, split_hyphens


class Piece(NamedTuple):
    text: str
    norm: str
    start: int  # character offsets in the document
    end: int
    token: int  # index of the spaCy token the piece belongs to


@dataclass
class Match:
    first: int  # piece indices, end exclusive
    last: int
    start: int  # character offsets
    end: int
    text: str
    entries: tuple[Entry, ...]
    token: int  # the spaCy token the match starts in


def sentence_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token: the index of its sentence and the index of that sentence's first token."""
    flags = doc.to_array([SENT_START]).tolist() if len(doc) else []
    index = [0] * len(doc)
    starts = [0] * len(doc)
    k, start = -1, 0
    for i, flag in enumerate(flags):
        if flag == 1 or i == 0:
            k, start = k + 1, i
        index[i] = k
        starts[i] = start
    return index, starts


def pieces_of(tokens: list[str], starts: list[int]) -> list[Piece]:
    """The document's pieces (tokens split at hyphens) with their character offsets."""
    out: list[Piece] = []
    for i, (tok, start) in enumerate(zip(tokens, starts, strict=True)):
        if not tok or tok.isspace():
            continue
        if "-" in tok and len(tok) > 1:
            for part, pstart in split_hyphens(tok, start):
                out.append(Piece(part, norm_piece(part), pstart, pstart + len(part), i))
        else:
            out.append(Piece(tok, norm_piece(tok), start, start + len(tok), i))
    return out


def _case_fits(entry: Entry, pieces: list[Piece]) -> bool:
    if all(case_ok(req, p.text) for req, p in zip(entry.cases, pieces, strict=True)):
        return True
    if entry.lower_ok:
        return all(p.text == p.text.lower() for p in pieces)
    return False


def _shouted(pieces: list[Piece], i: int, j: int) -> bool:
    """Is the match inside a run of all-capital words ("TELL US")? Abbreviations then mean nothing."""

    def upper_word(k: int) -> bool:
        t = pieces[k].text
        return len(t) > 1 and t.isalpha() and t.isupper()

    before = i > 0 and upper_word(i - 1)
    after = j < len(pieces) and upper_word(j)
    return before or after


def scan(pieces: list[Piece], lex: Lexicon, text: str) -> list[Match]:
    matches: list[Match] = []
    n = len(pieces)
    i = 0
    entries = lex.entries
    first = lex.first
    while i < n:
        longest = first.get(pieces[i].norm, 0)
        found: Match | None = None
        for length in range(min(longest, n - i), 0, -1):
            key = tuple(p.norm for p in pieces[i : i + length])
            cands = entries.get(key)
            if not cands:
                continue
            span = pieces[i : i + length]
            fitting = tuple(e for e in cands if _case_fits(e, span))
            if fitting and all(UPPER in e.cases for e in fitting) and _shouted(pieces, i, i + length):
                fitting = ()
            if fitting:
                start, end = span[0].start, span[-1].end
                found = Match(i, i + length, start, end, text[start:end], fitting, span[0].token)
                break
        if found is None:
            i += 1
            continue
        matches.append(found)
        i = found.last
    return matches
