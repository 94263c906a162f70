"""Country tagging stays linear on adversarial input: a huge token, a flood of quote marks, long texts."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from processors.countries import tag_countries
from processors.countries.normalize import NO_MATCH, norm_piece
from processors.entities import extract_entities
from tests.timing import best_seconds


@pytest.fixture(scope="module")
def model() -> Language:
    from processors import nlp

    return nlp.load_model()


def _blank_doc(model: Language, words: list[str]) -> Doc:
    """A document built from tokens directly (no parse): what the tagger sees, at sizes a parse would refuse."""
    return Doc(model.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))


def _best_time(model: Language, words: list[str], repeat: int = 3) -> float:
    doc = _blank_doc(model, words)
    return best_seconds(lambda: tag_countries(doc, []), repeat)


def test_huge_token_is_never_folded(model: Language) -> None:
    assert norm_piece("x" * 300_000) == NO_MATCH
    doc = _blank_doc(model, ["In", "Iraq", "é" * 300_000, "and", "Iran", "-" * 1000 + "Iraq"])
    result = tag_countries(doc, [])
    assert {m["code"] for m in result.countries["mentioned"]} == {"IQ", "IR"}


def test_many_quote_marks_scale_linearly(model: Language) -> None:
    small = ['"'] * 20_000 + ["Iraq"]
    large = ['"'] * 200_000 + ["Iraq"]
    t_small = _best_time(model, small)
    t_large = _best_time(model, large)
    # ten times the input: allow up to 40x the time (timer noise, caches), far below quadratic (100x)
    assert t_large <= 40 * max(t_small, 1e-4)


def test_many_candidate_names_scale_linearly(model: Language) -> None:
    phrase = ["Paris", ",", "Texas", "and", "New", "South", "Wales", "and", "Georgia", "and", "the", "U.S.", "."]
    t_small = _best_time(model, phrase * 500)
    t_large = _best_time(model, phrase * 5000)
    assert t_large <= 40 * max(t_small, 1e-4)


def test_parsed_article_with_quote_flood(model: Language) -> None:
    text = 'Officials in Baghdad said "' + '" "'.join(["Iraq"] * 400) + '".'
    doc = model(text)
    result = tag_countries(doc, extract_entities(doc))
    assert {m["code"] for m in result.countries["mentioned"]} == {"IQ"}
