"""The indexed attribute ruler gives exactly the stock ruler's matches and annotations (processors.attribute_ruler)."""

from __future__ import annotations

import itertools
import json
from typing import Any, cast

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from processors import attribute_ruler
from processors import nlp as nlp_mod
from tests.conftest import CORPUS, need_shared

# written to exercise the patterns' exceptions: contractions, auxiliaries, pronouns, determiners used as
# pronouns, "there is", whitespace tokens, and the two-token patterns ("gonna", "gotta", "let's", "y'all")
SENTENCES = [
    "They're gonna rebuild the bridge, and we've gotta help, the mayor of Port Halden said on Tuesday.",
    "“I can't promise that,” she told reporters. “Y'all know it ain't easy, but let's try.”",
    "There is no plan B. There are, however, those who'd rather wait; that is what I'd heard.",
    "Somebody must've seen something. Nobody did, and nothing was done about it, it seems.",
    "He himself said the minister's aides hadn't been told.  \n\n  The ministry did not reply.",
    "C'mon, it's nothin' — we're doin' fine, the ol' coach said. 'Em boys'll be ready 'nuff.",
    "  \n",
    "Once the vote is in, this and these will do; that which was promised is theirs, not ours.",
    "Whether or not the governor, who has served since 2019, runs again, I'll vote for her.",
]


def _stock() -> Language:
    return spacy.load(nlp_mod.model_name(), exclude=list(nlp_mod.EXCLUDED_COMPONENTS))


@pytest.fixture(scope="module")
def stock() -> Language:
    return _stock()


@pytest.fixture(scope="module")
def ruler(stock: Language) -> AttributeRuler:
    pipe = cast(AttributeRuler, stock.get_pipe("attribute_ruler"))
    assert type(pipe) is AttributeRuler
    return pipe


def _pre_ruler_docs(nlp: Language, texts: list[str]) -> list[Doc]:
    """Docs tagged and parsed, before the attribute ruler runs (what its match step sees in the pipeline)."""
    return list(nlp.pipe(texts, disable=["attribute_ruler", "ner"]))


def _annotations(doc: Doc) -> bytes:
    return bytes(doc.to_array([TAG, POS, MORPH, LEMMA, DEP, HEAD]).tobytes())


def test_same_matches_as_the_stock_matcher_on_written_sentences(stock: Language, ruler: AttributeRuler) -> None:
    index = attribute_ruler.build_index(ruler.patterns, ruler.vocab.strings)
    docs = _pre_ruler_docs(stock, SENTENCES)
    total = 0
    for doc in docs:
        expected = sorted(set(ruler.match(doc)))
        assert attribute_ruler.indexed_matches(index, doc) == expected, doc.text
        total += len(expected)
    assert total > 100  # the sentences do exercise the patterns
    two_token = {m[0] for doc in docs for m in ruler.match(doc) if m[3] - m[2] == 2}
    assert len(two_token) >= 3  # "gonna", "let's", "y'all", "there is"...


def test_same_annotations_as_the_stock_pipeline(stock: Language) -> None:
    indexed = _stock()
    assert attribute_ruler.use_indexed_ruler(indexed)
    assert type(indexed.get_pipe("attribute_ruler")) is attribute_ruler.IndexedAttributeRuler
    for a, b in zip(stock.pipe(SENTENCES), indexed.pipe(SENTENCES), strict=True):
        assert _annotations(a) == _annotations(b), a.text
        assert [t.morph.to_json() for t in a] == [t.morph.to_json() for t in b]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def test_same_annotations_on_wikinews_articles(stock: Language) -> None:
    need_shared(CORPUS)
    with CORPUS.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in itertools.islice(f, 40)]
    indexed = _stock()
    attribute_ruler.use_indexed_ruler(indexed)
    for a, b in zip(stock.pipe(texts), indexed.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b)


def test_the_worker_model_uses_the_indexed_ruler(nlp: Language) -> None:
    assert attribute_ruler.enabled()
    assert type(nlp.get_pipe("attribute_ruler")) is attribute_ruler.IndexedAttributeRuler


def test_patterns_added_later_are_indexed_too() -> None:
    stock, indexed = _stock(), _stock()
    attribute_ruler.use_indexed_ruler(indexed)
    indexed("An index is built on first use.")
    for nlp in (stock, indexed):
        cast(AttributeRuler, nlp.get_pipe("attribute_ruler")).add([[{"LOWER": "quillmere"}]], {"POS": "PROPN"})
    text = "The quillmere said it would wait."
    a, b = stock(text), indexed(text)
    assert a[1].pos_ == b[1].pos_ == "PROPN"
    assert _annotations(a) == _annotations(b)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"ORTH": "gonna"}],  # an attribute the index does not read
        [{"LOWER": "very", "OP": "+"}],  # an operator
        [{"LOWER": {"FUZZY": "colour"}}],  # a predicate it does not implement
        [{"LENGTH": {">=": 3}}],
    ],
)
def test_a_ruler_the_index_cannot_reproduce_keeps_spacys_matcher(pattern: list[dict[str, Any]]) -> None:
    nlp = spacy.blank("en")
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add([[{"LOWER": "the"}]], {"POS": "DET"})
    ruler.add([cast(Any, pattern)], {"POS": "ADV"})
    assert not attribute_ruler.use_indexed_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_regex_in_and_not_in_predicates_match_as_spacy_does() -> None:
    nlp = spacy.blank("en")
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add([[{"LOWER": {"REGEX": "^re[a-z]+ed$"}}]], {"POS": "VERB"})
    ruler.add(
        [[{"LOWER": {"IN": ["quay", "wharf"]}}, {"IS_SPACE": False, "LOWER": {"NOT_IN": ["road"]}}]], {"POS": "NOUN"}
    )
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    stock_nlp = spacy.blank("en")
    stock_ruler = cast(AttributeRuler, stock_nlp.add_pipe("attribute_ruler"))
    stock_ruler.initialize(lambda: [], patterns=ruler.patterns)
    assert attribute_ruler.use_indexed_ruler(nlp)
    text = "The ferry returned to the quay  gate, not the wharf road; it reopened and REBOOTED the quay."
    a, b = stock_nlp(text), nlp(text)
    assert [t.pos_ for t in a] == [t.pos_ for t in b]
    assert {t.pos_ for t in b} >= {"VERB", "NOUN", "SPACE"}


@pytest.mark.parametrize(("value", "on"), [("1", True), ("", True), ("0", False), ("off", False), ("False", False)])
def test_the_switch(monkeypatch: pytest.MonkeyPatch, value: str, on: bool) -> None:
    if value:
        monkeypatch.setenv("NEWSSTREAM_INDEXED_RULER", value)
    else:
        monkeypatch.delenv("NEWSSTREAM_INDEXED_RULER", raising=False)
    assert attribute_ruler.enabled() is on
