"""The entity pass stays linear on adversarial input: many names run into a word tagged a place."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from processors.entities import extract_entities
from tests.timing import best_seconds


@pytest.fixture(scope="module")
def model() -> Language:
    from processors import nlp

    return nlp.load_model()


def _names_run_into_places(model: Language, n: int, honoured: bool) -> Doc:
    """n times "Ann Roe Kelsoville met them ." with "Ann Roe" tagged a person and "Kelsoville" a place (no parse);
    with ``honoured``, the article also writes "Mr Kelsoville" once, at its end."""
    unit = ["Ann", "Roe", "Kelsoville", "met", "them", "."]
    words = unit * n + (["Mr", "Kelsoville", "spoke", "."] if honoured else [])
    doc = Doc(model.vocab, words=words)
    doc.ents = [
        span
        for k in range(n)
        for span in (Span(doc, 6 * k, 6 * k + 2, "PERSON"), Span(doc, 6 * k + 2, 6 * k + 3, "GPE"))
    ]
    return doc


def test_a_surname_tagged_apart_joins_its_name_only_when_the_article_honours_it(model: Language) -> None:
    joined = {e["text"] for e in extract_entities(_names_run_into_places(model, 3, honoured=True))}
    apart = {e["text"] for e in extract_entities(_names_run_into_places(model, 3, honoured=False))}
    assert "Ann Roe Kelsoville" in joined
    assert "Ann Roe Kelsoville" not in apart


def test_names_run_into_places_scale_linearly(model: Language) -> None:
    # the words written after an honorific are found once per article, not searched for at every name
    small = _names_run_into_places(model, 400, honoured=False)
    large = _names_run_into_places(model, 4_000, honoured=False)
    t_small = best_seconds(lambda: extract_entities(small), 3)
    t_large = best_seconds(lambda: extract_entities(large), 3)
    # ten times the input: allow up to 40x the time (timer noise, caches), far below quadratic (100x)
    assert t_large <= 40 * max(t_small, 1e-4)
