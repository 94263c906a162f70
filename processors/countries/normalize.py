"""Text normalisation shared by the gazetteer (names) and the scanner (document tokens).

A name and a stretch of text match when their *pieces* match: a piece is a spaCy token, or a part of a token
split at hyphens ("U.S.-backed" -> "U.S.", "-", "backed"), folded to lower case without diacritics, curly
apostrophes or inner periods ("U.S." -> "us", "D.C." -> "dc", "Côte" -> "cote"). Every step is linear in the
length of its input; an over-long token never matches anything and is not folded at all.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Pieces longer than this are never names: they are not folded, so a pathological token costs nothing.
MAX_PIECE_CHARS = 64
NO_MATCH = "\x00"

# Capitalisation a name's piece asks of the text: anything, a capital first letter, or all capitals.
ANY_CASE, CAPITALISED, UPPER = 0, 1, 2

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Lower case, without diacritics, straight apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=65536)
def norm_piece(text: str) -> str:
    """The matching form of one piece of text."""
    if len(text) > MAX_PIECE_CHARS:
        return NO_MATCH
    folded = text.lower() if text.isascii() else fold(text)
    if any(ch.isalnum() for ch in folded):
        folded = folded.replace(".", "")
    return folded


def split_hyphens(text: str, start: int) -> list[tuple[str, int]]:
    """A token's pieces with their character offsets: hyphens are pieces of their own."""
    if "-" not in text or text == "-" or len(text) > MAX_PIECE_CHARS:
        return [(text, start)]
    out: list[tuple[str, int]] = []
    pos = 0
    for part in text.split("-"):
        if part:
            out.append((part, start + pos))
        pos += len(part)
        if pos < len(text):
            out.append(("-", start + pos))
            pos += 1
    return out


def case_class(piece: str) -> int:
    """The capitalisation a name's piece asks of the text (see module constants)."""
    letters = [ch for ch in piece if ch.isalpha()]
    if not letters:
        return ANY_CASE
    if len(letters) >= 2 and all(ch.isupper() for ch in letters) and len(letters) <= 5:
        return UPPER
    return CAPITALISED if letters[0].isupper() else ANY_CASE


def case_ok(required: int, text: str) -> bool:
    """Does a piece of the text have the capitalisation a name asks for?"""
    if required == ANY_CASE:
        return True
    for ch in text:
        if ch.isalpha():
            if required == CAPITALISED:
                return ch.isupper()
            return all(c.isupper() for c in text if c.isalpha())
    return required == ANY_CASE


def name_pieces(name: str) -> list[tuple[str, int]]:
    """A gazetteer name cut the way spaCy cuts text: (normalised piece, case class) pairs."""
    out: list[tuple[str, int]] = []
    for chunk in name.replace("’", "'").split():
        trailing: list[str] = []
        while chunk and chunk[-1] in ",;:)":
            trailing.insert(0, chunk[-1])
            chunk = chunk[:-1]
        parts = [chunk[:-2], "'s"] if chunk.endswith("'s") and len(chunk) > 2 else [chunk]
        for part in parts:
            for piece, _ in split_hyphens(part, 0):
                out.append((norm_piece(piece), case_class(piece)))
        out.extend((t, ANY_CASE) for t in trailing)
    return out
