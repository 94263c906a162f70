from __future__ import annotations

import pytest
from spacy.language import Language

from processors import nlp as nlp_mod
from processors.envelope import StageRecord, decode_record, encode_record
from processors.errors import InvalidInput


def test_roundtrip_keeps_parse_and_header(nlp: Language) -> None:
    text = "Mayor Ana Ruiz said the bridge in Porto would reopen. She thanked Portuguese engineers."
    payload = nlp_mod.parse(nlp, [text])[0]
    rec = StageRecord(article={"id": "a", "text": text}, payload=payload, timings={"entities": 0.01})
    back = decode_record(encode_record(rec))
    assert back.article == rec.article and back.timings == rec.timings and back.payload == payload
    doc = nlp_mod.doc_from_bytes(back.payload)
    direct = nlp(text)
    assert [t.text for t in doc] == [t.text for t in direct]
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in direct]
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in direct.ents]
    assert [s.text for s in doc.sents] == [s.text for s in direct.sents]
    assert doc.text == text


@pytest.mark.parametrize("value", [None, b"", b"JSON{}", b"NSR1\x00\x00\x00\xff{}", b"NSR1\x00\x00\x00\x02[]"])
def test_malformed_records_raise_invalid_input(value: bytes | None) -> None:
    with pytest.raises(InvalidInput):
        decode_record(value)


def test_payload_is_compact(nlp: Language) -> None:
    text = " ".join(["The minister said the talks in Geneva went well."] * 50)
    payload = nlp_mod.parse(nlp, [text])[0]
    assert len(payload) < len(text.encode()) * 4  # a DocBin without tensors, not a full Doc dump
