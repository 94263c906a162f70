"""The shared text and token offsets equal what spaCy's own ``doc.text`` and ``token.idx`` give."""

from __future__ import annotations

import pytest
from spacy.language import Language

from processors.doctext import doc_text, lower_ids, text_and_tokens, token_starts

TEXTS = [
    "",
    "Lagos",
    "  The minister said:\n\n“We will not  pay.”  Officials in Kisumu\tdisagreed. ",
    "Dr. Amara Osei-Bonsu — Ghana’s envoy — told reporters in Accra: 'Talks resume Monday.'\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_and_offsets_match_spacy(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    full, tokens, starts = text_and_tokens(doc)
    assert full == doc.text == text
    assert tokens == [t.text for t in doc]
    assert starts == [t.idx for t in doc]
    assert doc_text(doc) == text
    assert token_starts(doc) == starts
    assert lower_ids(doc).tolist() == [t.lower for t in doc]


def test_computed_once_per_document(nlp: Language) -> None:
    doc = nlp.make_doc("Officials in Mombasa said the port would reopen.")
    assert text_and_tokens(doc) is text_and_tokens(doc)
    other = nlp.make_doc("Officials in Mombasa said the port would reopen.")
    assert text_and_tokens(other) is not text_and_tokens(doc)


def test_lower_ids_computed_once_and_read_only(nlp: Language) -> None:
    doc = nlp.make_doc("The Minister of Health told reporters in Kisumu")
    ids = lower_ids(doc)
    assert ids is lower_ids(doc)
    assert ids.tolist() == [t.lower for t in doc]
    with pytest.raises(ValueError):
        ids[0] = 0
