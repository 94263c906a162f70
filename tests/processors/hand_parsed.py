"""A Doc built from a hand-made parse, for speaker tests whose condition is a parse or a tagging the model gives
only in some contexts: rows of (word, trailing space, POS, tag, head index, dependency label)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab

Row = tuple[str, str, str, str, int, str]


def hand_parsed(rows: list[Row]) -> Doc:
    return Doc(
        _VOCAB,
        words=[r[0] for r in rows],
        spaces=[bool(r[1]) for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        deps=[r[5] for r in rows],
    )
