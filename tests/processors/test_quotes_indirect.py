"""Indirect quotes (reported speech without quotation marks, kind "indirect") on fictional news sentences parsed
with the real model and sent through the stage records as in the stream: what is reported, by whom, and every
kind of sentence that must give none. Each negative case is paired with the affirmative sentence it differs from,
which must give a quote, so that no negative passes for want of a parse. Then the extractor hook (direct and
mixed quotes unchanged) and cost checks (growth, not wall-clock thresholds)."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import processors.quotes.extractor as extractor
from processors import nlp as nlp_mod
from processors import stages
from processors.envelope import StageRecord, decode_record, encode_record
from processors.quotes.extractor import _Context, extract_quotes
from processors.quotes.indirect import MAX_CANDIDATES, indirect_quotes
from processors.quotes.marks import pair_marks
from processors.quotes.sentences import doc_text
from processors.types import Quote
from tests.processors.linear_doc import linear_doc
from tests.timing import best_seconds

HOOKED = hasattr(extractor, "indirect_quotes")  # extract_quotes appends the indirect quotes
SAMPLES = Path(__file__).resolve().parents[2] / "processors" / "samples" / "articles.jsonl"
SEED = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "seed-article.json"


def _record(nlp: Language, text: str) -> StageRecord:
    rec = stages.run_entities(nlp, [{"id": "t", "text": text}])[0]
    assert isinstance(rec, StageRecord)
    geo = stages.run_countries(decode_record(encode_record(rec)))
    assert isinstance(geo, StageRecord)
    return decode_record(encode_record(geo))  # what the quotes stage receives


def _indirect_of(doc: Doc, rec: StageRecord) -> list[Quote]:
    marked = [q for q in extract_quotes(doc, rec.entities) if q["kind"] != "indirect"]
    ctx = _Context(doc, rec.entities, pair_marks(doc_text(doc)))
    return indirect_quotes(doc, ctx.index, ctx.in_quote.starts, ctx.in_quote.ends, marked)


@pytest.fixture(scope="module")
def indirect(nlp: Language) -> Callable[[str], list[Quote]]:
    def _run(text: str) -> list[Quote]:
        rec = _record(nlp, text)
        with nlp_mod.decoding_zone() as vocab:
            return _indirect_of(nlp_mod.doc_from_bytes(rec.payload, vocab), rec)

    return _run


def _only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q["text"] for q in quotes]
    return quotes[0]


def _check_offsets(text: str, q: Quote) -> None:
    assert q["kind"] == "indirect"
    assert text[q["start"] : q["end"]] == q["text"]
    assert q["cue"] is not None and text[q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]
    sp = q["speaker"]
    assert sp is not None
    if sp["mention"] is not None:
        assert text[sp["mention"]["start"] : sp["mention"]["end"]] == sp["mention"]["text"]


# -- what is reported, and by whom -------------------------------------------------------------------------------
def test_named_subject_and_clausal_complement(indirect: Callable[[str], list[Quote]]) -> None:
    text = "Harbour Authority director Miriam Okafor said the new terminal would open in March."
    q = _only(indirect(text))
    _check_offsets(text, q)
    assert q["text"] == "the new terminal would open in March"
    assert q["cue"] is not None and q["cue"]["text"] == "said"
    assert q["speaker"] is not None
    assert (q["speaker"]["name"], q["speaker"]["label"]) == ("Miriam Okafor", "PERSON")


def test_pronoun_subject_is_the_person_named_before(indirect: Callable[[str], list[Quote]]) -> None:
    text = (
        "Economist Priya Raman presented the report in Geneva on Tuesday. "
        "She said inflation would fall slowly next year."
    )
    q = _only(indirect(text))
    _check_offsets(text, q)
    assert q["text"] == "inflation would fall slowly next year"
    sp = q["speaker"]
    assert sp is not None and sp["name"] == "Priya Raman"
    assert sp["mention"] is not None and sp["mention"]["text"] == "She"


def test_the_possessor_of_a_reported_subject_can_be_the_closing_she(indirect: Callable[[str], list[Quote]]) -> None:
    # "Justice Ann Morrow's ruling ... came with no caveats: ..., she said": a name inside the subject of what a
    # closing "she said" reports may be hers (only names elsewhere in it, "... will not receive Ann Roe, she
    # said", are someone else); the reported speech is not lost for want of a speaker
    text = (
        "Legal experts said the case raised serious questions.\n\nJustice Ann Morrow’s ruling to clear the man "
        "of the murder charge came with no caveats: the Crown presented no evidence that could have led to a "
        "conviction, she said."
    )
    got = {q["text"][:20]: q["speaker"]["name"] if q["speaker"] else None for q in indirect(text)}
    assert got["Justice Ann Morrow’s"] == "Ann Morrow"


def test_according_to_before_and_after_the_clause(indirect: Callable[[str], list[Quote]]) -> None:
    text = (
        "According to Lisbon fire chief Tomás Ribeiro, the blaze started in a kitchen on the third floor. "
        "Two residents were treated for smoke inhalation, according to police."
    )
    first, second = indirect(text)
    for q in (first, second):
        _check_offsets(text, q)
        assert q["cue"] is not None and q["cue"]["text"].lower() == "according to"
    assert first["text"] == "the blaze started in a kitchen on the third floor"
    assert first["speaker"] is not None and first["speaker"]["name"] == "Tomás Ribeiro"
    assert second["text"] == "Two residents were treated for smoke inhalation"
    assert second["speaker"] is not None and second["speaker"]["name"] == "police"


def test_organisation_subject_resolves_to_the_named_organisation(indirect: Callable[[str], list[Quote]]) -> None:
    text = (
        "The Ministry of the Interior of Veloria announced new checks on Monday. "
        "The ministry said the border would reopen on Friday."
    )
    q = _only(indirect(text))
    _check_offsets(text, q)
    assert q["text"] == "the border would reopen on Friday"
    assert q["speaker"] is not None
    assert (q["speaker"]["name"], q["speaker"]["label"]) == ("Ministry of the Interior of Veloria", "ORG")


def test_reported_clause_before_the_reporting_verb(indirect: Callable[[str], list[Quote]]) -> None:
    text = "Miriam Okafor chaired the tender board. The bid won after lengthy negotiations, Okafor said."
    q = _only(indirect(text))
    _check_offsets(text, q)
    assert q["text"] == "The bid won after lengthy negotiations"
    assert q["speaker"] is not None and q["speaker"]["name"] == "Miriam Okafor"


def test_a_participle_continues_the_report_and_ends_the_first_content(
    indirect: Callable[[str], list[Quote]],
) -> None:
    text = (
        "Transport minister Jonas Feld said on Monday the line would close for repairs, "
        "adding that buses would replace trains until June."
    )
    first, second = indirect(text)
    assert first["text"] == "the line would close for repairs"  # not ", adding that ..."
    assert second["text"] == "buses would replace trains until June"
    assert second["cue"] is not None and second["cue"]["text"] == "adding"
    assert all(q["speaker"] is not None and q["speaker"]["name"] == "Jonas Feld" for q in (first, second))


def test_the_content_ends_before_a_report_of_its_own(indirect: Callable[[str], list[Quote]]) -> None:
    text = "Transport minister Jonas Feld claims the contract was signed in May, which the company denied."
    q = _only(indirect(text))
    assert q["text"] == "the contract was signed in May"  # not ", which the company denied"
    assert q["speaker"] is not None and q["speaker"]["name"] == "Jonas Feld"


def test_said_in_a_statement_that(indirect: Callable[[str], list[Quote]]) -> None:
    text = "The Veloria Football Federation said in a statement that the final would be played behind closed doors."
    q = _only(indirect(text))
    assert q["text"] == "the final would be played behind closed doors"
    assert q["speaker"] is not None and q["speaker"]["name"] == "Veloria Football Federation"


def test_stance_noun_after_a_verb_of_emphasis(indirect: Callable[[str], list[Quote]]) -> None:
    text = "Interior ministry spokesperson Leila Haddad stressed the need for stronger border controls."
    q = _only(indirect(text))
    assert q["text"] == "the need for stronger border controls"
    assert q["cue"] is not None and q["cue"]["text"] == "stressed"
    assert q["speaker"] is not None and q["speaker"]["name"] == "Leila Haddad"


# -- what is not reported speech, each next to the sentence it differs from ------------------------------------------
NOT_REPORTED = {
    "question": (
        "Did Miriam Okafor say the terminal would open in March?",
        "Miriam Okafor said the terminal would open in March.",
    ),
    "negated": (
        "Miriam Okafor did not say the terminal would open in March.",
        "Miriam Okafor did say the terminal would open in March.",
    ),
    "never": (
        "Miriam Okafor never said the terminal would open in March.",
        "Miriam Okafor once said the terminal would open in March.",
    ),
    "future": (
        "Miriam Okafor will announce that the terminal is ready.",
        "Miriam Okafor announced that the terminal is ready.",
    ),
    "modal": (
        "Miriam Okafor would say the terminal was ready.",
        "Miriam Okafor has said the terminal was ready.",
    ),
    "modal perfect": (
        "Miriam Okafor could have said the terminal was ready.",
        "Miriam Okafor had said the terminal was ready.",
    ),
    "conditional": (
        "If the Veloria Port Authority says the channel is safe, ships will sail.",
        "The Veloria Port Authority says the channel is safe, and ships will sail.",
    ),
    "infinitive": (
        "Miriam Okafor refused to say that the terminal would open in March.",
        "Miriam Okafor refused, saying that the terminal would open in March.",
    ),
    "embedded question": (
        "Miriam Okafor explained how the terminal would be financed.",
        "Miriam Okafor explained that the terminal would be financed by bonds.",
    ),
    "inside quotation marks": (
        'Miriam Okafor said: "The director told us the terminal would open in March."',
        "Miriam Okafor said the director told them the terminal would open in March.",
    ),
    "complement quoted": (
        'Miriam Okafor said that "the terminal would open in March".',
        "Miriam Okafor said that the terminal would open in March.",
    ),
    "complement partly quoted": (
        'Miriam Okafor said the terminal was "almost ready" for the first ships.',
        "Miriam Okafor said the terminal was almost ready for the first ships.",
    ),
    "no speaker (passive)": (
        "It was announced that the terminal would open in March.",
        "The Veloria Port Authority announced that the terminal would open in March.",
    ),
    "no speaker (nobody)": (
        "No official said the terminal would open in March.",
        "An official said the terminal would open in March.",
    ),
    "the study shows": (
        "The study shows that coastal towns are sinking faster than expected.",
        "The researchers said that coastal towns are sinking faster than expected.",
    ),
    "the study suggests": (
        "The study suggests that coastal towns are sinking faster than expected.",
        "Geologist Anna Lind suggests that coastal towns are sinking faster than expected.",
    ),
    "studies suggest": (
        "Studies suggest coastal towns are sinking faster than expected.",
        "Geologists suggest coastal towns are sinking faster than expected.",
    ),
    "a document with no issuer named": (
        "Mayor Ines Duarte presented the city budget on Monday. The report said that the deficit had doubled.",
        "Mayor Ines Duarte presented the city budget on Monday. The Veloria Audit Office report said that the "
        "deficit had doubled.",
    ),
    "first person": (
        "Fisherman Lars Berg met the harbour master. He told me the harbour would close on Sunday.",
        "Fisherman Lars Berg met the harbour master. He told reporters the harbour would close on Sunday.",
    ),
}


@pytest.mark.parametrize("case", NOT_REPORTED.values(), ids=NOT_REPORTED.keys())
def test_not_reported_speech(indirect: Callable[[str], list[Quote]], case: tuple[str, str]) -> None:
    negative, affirmative = case
    assert indirect(negative) == []
    assert len(indirect(affirmative)) == 1


def test_quotation_marks_around_part_of_a_sentence_leave_the_rest(indirect: Callable[[str], list[Quote]]) -> None:
    # the quoted words are a mixed quote; the indirect report next to them, outside the marks, stays
    text = 'Miriam Okafor called the delay "regrettable" and said the terminal would open in March.'
    q = _only(indirect(text))
    assert q["text"] == "the terminal would open in March"
    assert not any(ch in q["text"] for ch in '"“”')


# -- the extractor hook ----------------------------------------------------------------------------------------
NEEDS_HOOK = pytest.mark.skipif(not HOOKED, reason="extract_quotes does not call indirect_quotes yet")


def _texts() -> Iterator[str]:
    for line in SAMPLES.read_text().splitlines():
        if line.strip():
            yield json.loads(line)["text"]
    if SEED.is_file():
        yield json.loads(SEED.read_text())["text"]


@NEEDS_HOOK
def test_extract_quotes_appends_indirect_quotes_in_order_of_position(nlp: Language) -> None:
    from processors.pipeline import enrich_one

    text = (
        'Harbour Authority director Miriam Okafor said the new terminal would open in March. "We are ready," '
        "she told reporters. According to the port's owners, the first ships will dock on March 3."
    )
    quotes = enrich_one(nlp, {"id": "t", "text": text})["quotes"]
    assert [q["kind"] for q in quotes] == ["indirect", "direct", "indirect"]
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)


@NEEDS_HOOK
def test_direct_and_mixed_quotes_are_unchanged_by_the_indirect_pass(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [_record(nlp, text) for text in _texts()]

    def extract_all() -> list[list[Quote]]:
        out = []
        for rec in records:
            with nlp_mod.decoding_zone() as vocab:
                out.append(extract_quotes(nlp_mod.doc_from_bytes(rec.payload, vocab), rec.entities))
        return out

    with_pass = extract_all()
    monkeypatch.setattr(extractor, "indirect_quotes", lambda *args, **kwargs: [])
    without = extract_all()
    assert sum(q["kind"] == "indirect" for quotes in with_pass for q in quotes) >= 5
    assert all(q["kind"] != "indirect" for quotes in without for q in quotes)
    for got, before in zip(with_pass, without, strict=True):
        assert [q for q in got if q["kind"] != "indirect"] == before


# -- cost ---------------------------------------------------------------------------------------------------
def _pass_seconds(doc: Doc) -> float:
    marks = pair_marks(doc_text(doc))
    ctx = _Context(doc, [], marks)
    starts, ends = ctx.in_quote.starts, ctx.in_quote.ends
    gc.collect()
    gc.disable()  # a collection of the test's own garbage is no cost of the pass
    try:
        return best_seconds(lambda: indirect_quotes(doc, ctx.index, starts, ends), repeat=7)
    finally:
        gc.enable()


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '"' * n,  # n straight quote marks
        lambda n: "x" * n + ' "Fine," he said.',  # one huge token
        lambda n: "Officials said the border would reopen, according to police.\n" * (n // 60),  # many cues
        lambda n: 'He said "We will rebuild."\n' * (n // 25),  # a cue next to every quotation
    ],
    ids=["marks", "token", "cues", "attributed"],
)
def test_the_pass_is_linear_on_hostile_input(make: Callable[[int], str]) -> None:
    n = 300_000
    small, large = linear_doc(make(n)), linear_doc(make(4 * n))
    _pass_seconds(linear_doc(make(2_000)))  # warm up
    assert _pass_seconds(large) / max(_pass_seconds(small), 1e-4) < 10.0  # linear: about 4


def test_the_pass_is_bounded_on_a_parsed_article_full_of_reports(nlp: Language) -> None:
    para = "The ministry said the border would reopen on Friday. According to police, two men were arrested.\n"
    docs = {n: nlp(para * n) for n in (150, 600)}
    found = {}
    times = {}
    for n, doc in docs.items():
        marks = pair_marks(doc_text(doc))
        ctx = _Context(doc, [], marks)
        found[n] = len(indirect_quotes(doc, ctx.index, ctx.in_quote.starts, ctx.in_quote.ends))
        times[n] = _pass_seconds(doc)
    assert found[150] == 300  # every report found
    assert found[600] <= MAX_CANDIDATES  # past the cap of candidates, no more work
    assert times[600] / times[150] < 8.0
