"""Model loading, the tokenizer guard against hostile runs, and payload decompression limits."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from spacy.language import Language

from processors import nlp as nlp_mod


def _tokenizer_calls(nlp: Language, text: str) -> int:
    """How many characters the rule-based tokenizer is handed (its cost grows with this, superlinearly on runs)."""
    guard = nlp.tokenizer
    inner = guard.tokenizer  # type: ignore[attr-defined]
    seen = 0

    def counting(t: str) -> object:
        nonlocal seen
        seen += max((len(w) for w in t.split()), default=0)
        return inner(t)

    guard.tokenizer = counting  # type: ignore[attr-defined]
    try:
        nlp.tokenizer(text)
    finally:
        guard.tokenizer = inner  # type: ignore[attr-defined]
    return seen


def test_model_loads_once_and_without_lemmatizer(nlp: Language) -> None:
    assert nlp is nlp_mod.load_model()
    assert "lemmatizer" not in nlp.pipe_names and "ner" in nlp.pipe_names


@pytest.mark.parametrize(
    "text",
    [
        'He said "' + '"' * 5000 + '" and left.',
        "Start " + "x" * 30000 + " end.",
        "“" + "’" * 3000 + "” — ‘" * 3 + "ok",
        "Normal text, with “quotes”, Iraq’s and https://example.org/a/b?c=d.",
    ],
)
def test_guard_keeps_text_and_offsets_exact(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_long_runs_never_reach_the_rule_tokenizer(nlp: Language) -> None:
    # the rule tokenizer only ever sees words of at most LONG_RUN_CHARS characters, whatever the input
    hostile = "Quote: " + '"' * 200_000 + " end " + "y" * 300_000
    assert _tokenizer_calls(nlp, hostile) <= nlp_mod.LONG_RUN_CHARS
    normal = "The minister said the talks in Geneva went well."
    assert nlp.make_doc(normal).text == normal
    assert [t.text for t in nlp.make_doc(normal)] == [t.text for t in nlp.tokenizer.tokenizer(normal)]  # type: ignore[attr-defined]


def test_parse_of_hostile_runs_scales_linearly(nlp: Language) -> None:
    # token counts (what the parser's cost follows) grow linearly with the run length
    small = len(nlp.make_doc("a " + '"' * 20_000))
    large = len(nlp.make_doc("a " + '"' * 80_000))
    assert large <= 4 * small + 4


def test_decompression_bomb_refused(nlp: Language) -> None:
    bomb = zlib.compress(b"\x00" * (8 * 1024 * 1024))
    with pytest.raises(ValueError, match="inflates to more than"):
        nlp_mod.check_inflated_size(bomb, limit=1024 * 1024)
    with pytest.raises(ValueError, match="not zlib"):
        nlp_mod.check_inflated_size(b"plain bytes")
    payload = nlp_mod.parse(nlp, ["A short article from Oslo."])[0]
    nlp_mod.check_inflated_size(payload)  # a real payload passes
    assert nlp_mod.doc_from_bytes(payload).text == "A short article from Oslo."


@pytest.mark.parametrize(
    "text",
    ["short", "a\n" * 30_000, "word " * 12_000, "x" * 50_001, "para one.\n\n" + "b " * 15_000 + "\nend"],
)
def test_split_long_is_exact_and_bounded(text: str) -> None:
    pieces = nlp_mod.split_long(text, max_chars=10_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 10_000 for p in pieces)


def test_long_text_parsed_in_chunks_keeps_text_entities_and_sentences(nlp: Language) -> None:
    para = "Officials in Nairobi said the road to Mombasa would reopen. Mary Wanjiru thanked the engineers.\n\n"
    text = para * 400  # ~38,000 characters: two chunks
    assert len(nlp_mod.split_long(text)) > 1
    [payload] = nlp_mod.parse(nlp, [text])
    doc = nlp_mod.doc_from_bytes(payload)
    assert doc.text == text
    assert sum(1 for e in doc.ents if e.text == "Mary Wanjiru") == 400
    assert sum(1 for s in doc.sents if s.text.startswith("Officials")) == 400


def test_entities_from_parsed_doc_equal_entities_from_payload(nlp: Language) -> None:
    from processors.entities import extract_entities

    texts = ["Iraqi government spokesperson Bassem Al-Awadi said Al-Awadi’s remarks stood.", "Rain fell in Oslo."]
    for payload, ents in nlp_mod.parse_and_extract(nlp, texts, extract_entities):
        assert ents == extract_entities(nlp_mod.doc_from_bytes(payload))


@pytest.mark.skipif(nlp_mod._libc is None or not Path("/proc/self/statm").exists(), reason="glibc and /proc only")
def test_heap_is_trimmed_only_above_the_resident_threshold() -> None:
    rss = nlp_mod.resident_bytes()
    assert rss is not None and rss > 0
    assert nlp_mod.release_memory(above=rss * 4) is False  # a worker at its usual size: no trim, no re-faulting
    assert nlp_mod.release_memory(above=1) is True  # over the threshold (a long article's batch): trimmed
    assert nlp_mod.release_memory(above=0) is True  # 0: always


def test_parse_payload_is_optional(nlp: Language) -> None:
    [(payload, ents)] = nlp_mod.parse_and_extract(nlp, ["Mayor Ana Ruiz visited Lisbon."], len, payload=False)
    assert payload == b"" and isinstance(ents, int) and ents > 0
    [(payload, _)] = nlp_mod.parse_and_extract(nlp, ["Mayor Ana Ruiz visited Lisbon."], len)
    assert len(nlp_mod.doc_from_bytes(payload)) == ents


def test_a_line_break_ends_a_sentence_the_parser_keeps(nlp: Language) -> None:
    # a heading without a full stop: the parse once ran it into the next paragraph and the name there became an
    # apposition of "reading", no subject
    doc = nlp(
        "The hours before the final vote\n\nPrime Minister Ann Roe was not in the country during the vote.\n"
        "She was in Lima for a summit."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "The hours before the final vote"
    assert "She was in Lima for a summit." in sents
    roe = next(t for t in doc if t.text == "Roe")
    assert roe.dep_ == "nsubj" and roe.head.text == "was"


def test_hard_wrapped_lines_are_not_sentences(nlp: Language) -> None:
    # single line breaks inside sentences (a wire text wrapped at a width): a wrap before a lower-case word, and
    # in a text with several such wraps no single line break ends a sentence, even before a capital
    text = (
        "The central bank raised its main rate by half a point\non Tuesday, its third rise this year, and the\n"
        "Minister of Finance Ann\nRoe said prices would\nfall by the spring. Markets\nclosed higher."
    )
    doc = nlp(text)
    assert len(list(doc.sents)) == 2
    assert not any(t.is_sent_start for t in doc if t.text in ("Tuesday", "Minister", "Roe", "fall"))


def test_a_sentence_never_begins_inside_a_name(nlp: Language) -> None:
    # with the heading's break set, the parse once split "Anies | Baswedan is predicted"; a proper noun right after
    # another starts no sentence
    doc = nlp(
        "The count is slow.\nArin's team alleged foul play\nArin Baswati is predicted to finish second behind "
        "Prabowo Siregar.\nArin urged reporters to wait."
    )
    assert [t.text for t in doc if t.is_sent_start] == ["The", "Arin", "Arin", "Arin"]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("on jobs,”Ssali said.", ["on", "jobs", ",", "”", "Ssali", "said", "."]),
        ('a spokesperson."We can confirm it', ["a", "spokesperson", ".", '"', "We", "can", "confirm", "it"]),
        ("word,word and 3.5 and U.S. e-mail", ["word", ",", "word", "and", "3.5", "and", "U.S.", "e", "-", "mail"]),
        ("Finn said:“if at 10:30", ["Finn", "said", ":", "“", "if", "at", "10:30"]),
    ],
)
def test_a_quotation_mark_glued_to_the_next_word_is_a_token(nlp: Language, text: str, tokens: list[str]) -> None:
    # "transformation,”Lumumba" was one token, and the cue "said" lost its subject
    assert [t.text for t in nlp.tokenizer(text)] == tokens


def test_a_line_break_after_a_preposition_wraps_the_line(nlp: Language) -> None:
    # "took to the Forum on\nFacebook to share": no sentence ends on "on", so no new one starts at "Facebook"
    doc = nlp("Cllr Rowlands took to the Llanfair Community Forum on\nFacebook to share his upset.\nHe said more.")
    starts = {t.text: t.is_sent_start for t in doc if t.text in ("Facebook", "He")}
    assert starts == {"Facebook": False, "He": True}, starts
