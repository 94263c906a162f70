"""Property tests: arbitrary bytes and arbitrary JSON through input decoding, the stage-record decoder and the
stage functions give a clean result or a classified ``ProcessingError`` -- never any other exception."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from processors import nlp as nlp_mod
from processors.articles import decode_article
from processors.envelope import MAGIC, StageRecord, decode_record, encode_record
from processors.errors import ProcessingError
from processors.stages import run_countries, run_entities, run_quotes

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=25,
)
# objects that look like articles (right keys, any values) reach the schema checks, not just the type check
article_like = st.fixed_dictionaries(
    {"id": json_values | st.text(max_size=20), "text": json_values | st.text(max_size=200)},
    optional={k: json_values | st.text(max_size=20) for k in ("title", "url", "source", "published_at", "language")},
)
# text the stages must survive: any unicode (controls, bidi, surrogates excluded by JSON), quote marks, digits
texts = st.text(
    st.characters(blacklist_categories=["Cs"]) | st.sampled_from("\"“”‘’«»„'—-.,:;!?()[] \n\t"),
    min_size=1,
    max_size=300,
)


def _dumps(obj: Any) -> bytes:
    """Any JSON text, including what orjson itself would not write (integers over 64 bits, lone surrogates)."""
    return json.dumps(obj).encode()


def _classified(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except ProcessingError as exc:
        assert exc.error_class and exc.message is not None
        return exc


@SETTINGS
@given(st.binary(max_size=4096))
def test_decode_article_arbitrary_bytes(value: bytes) -> None:
    result = _classified(decode_article, value)
    assert isinstance(result, ProcessingError | dict)


@SETTINGS
@given(json_values | article_like)
def test_decode_article_arbitrary_json(obj: Any) -> None:
    result = _classified(decode_article, _dumps(obj))
    if isinstance(result, dict):
        assert isinstance(result["id"], str) and isinstance(result["text"], str) and result["text"].strip()


@SETTINGS
@given(st.binary(max_size=4096))
def test_decode_record_arbitrary_bytes(value: bytes) -> None:
    result = _classified(decode_record, value)
    assert isinstance(result, ProcessingError | StageRecord)
    result = _classified(decode_record, MAGIC + value)
    assert isinstance(result, ProcessingError | StageRecord)


@SETTINGS
@given(json_values, st.binary(max_size=256))
def test_stage_record_arbitrary_header_and_payload(header: Any, payload: bytes) -> None:
    raw = _dumps(header)
    value = MAGIC + len(raw).to_bytes(4, "big") + raw + payload
    rec = _classified(decode_record, value)
    if isinstance(rec, StageRecord):
        assert isinstance(run_countries(rec), StageRecord | ProcessingError)
        assert isinstance(run_quotes(rec), dict | ProcessingError)


@SETTINGS
@given(texts)
def test_stages_on_arbitrary_text(nlp: Language, text: str) -> None:
    [rec] = run_entities(nlp, [{"id": "p", "text": text}])
    if isinstance(rec, ProcessingError):
        return
    back = decode_record(encode_record(rec))
    countries = run_countries(back)
    assert isinstance(countries, StageRecord | ProcessingError)
    if isinstance(countries, StageRecord):
        event = run_quotes(decode_record(encode_record(countries)))
        assert isinstance(event, dict | ProcessingError)
        if isinstance(event, dict):
            for q in event["quotes"]:
                assert isinstance(q, dict)


@SETTINGS
@given(json_values)
def test_stages_on_arbitrary_header_with_real_payload(nlp: Language, header_entities: Any) -> None:
    """A real parse with a corrupted header (entities of any shape) fails cleanly in the later stages."""
    payload = _payload(nlp)
    raw = _dumps({"article": {"id": "h", "text": "x"}, "entities": header_entities, "countries": header_entities})
    value = MAGIC + len(raw).to_bytes(4, "big") + raw + payload
    rec = _classified(decode_record, value)  # NaN/Infinity are not JSON: InvalidInput
    if isinstance(rec, StageRecord):
        assert isinstance(run_countries(rec), StageRecord | ProcessingError)
        assert isinstance(run_quotes(decode_record(value)), dict | ProcessingError)


_PAYLOAD: list[bytes] = []


def _payload(nlp: Language) -> bytes:
    if not _PAYLOAD:
        _PAYLOAD.append(nlp_mod.parse(nlp, ['Mayor Ana Ruiz of Porto, Portugal, said: "The bridge will reopen."'])[0])
    return _PAYLOAD[0]


@SETTINGS
@given(st.sets(st.integers(0, 2**64 - 1), max_size=12), st.data())
def test_member_is_numpy_isin(ids: set[int], data: st.DataObject) -> None:
    """The quote stage's membership test over word ids (sorted ids, no sort of the values) answers as numpy.isin,
    for values that are among the ids and values that are not (below, between and above them)."""
    import numpy

    from processors.quotes.cues import member

    some = st.integers(0, 2**64 - 1) | (st.sampled_from(sorted(ids)) if ids else st.nothing())
    vals = numpy.array(data.draw(st.lists(some, max_size=30)), dtype=numpy.uint64)
    sorted_ids = numpy.array(sorted(ids), dtype=numpy.uint64)
    assert member(vals, sorted_ids).tolist() == numpy.isin(vals, sorted_ids).tolist()
