"""A Doc tokenised by a linear regex, with no parse: for complexity checks of the quote passes, where spaCy's own
tokenizer is not under test (and would dominate the timing)."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

_TOK = re.compile(r"\w+|[^\w\s]|\s+")
_VOCAB = spacy.blank("en").vocab


def linear_doc(text: str) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    for part in _TOK.findall(text):
        if part == " " and words and not spaces[-1]:
            spaces[-1] = True
        else:
            words.append(part)
            spaces.append(False)
    return Doc(_VOCAB, words=words, spaces=spaces)
