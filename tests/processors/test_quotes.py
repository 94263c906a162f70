"""Quote extraction and speaker attribution on fictional news sentences parsed with the real model, the seed
article quote by quote, and complexity checks (operation growth, not wall-clock thresholds)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from processors.entities import extract_entities
from processors.quotes import extract_quotes
from processors.types import Quote
from tests.processors.linear_doc import linear_doc
from tests.timing import best_seconds

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "seed-article.json"


@pytest.fixture(scope="module")
def model() -> Language:
    from processors import nlp

    return nlp.load_model()


@pytest.fixture(scope="module")
def run(model: Language) -> Callable[[str], list[Quote]]:
    from processors.pipeline import enrich_one

    def _run(text: str) -> list[Quote]:
        quotes: list[Quote] = enrich_one(model, {"id": "t", "text": text})["quotes"]
        return [q for q in quotes if q["kind"] != "indirect"]  # indirect ones: test_quotes_indirect.py

    return _run


def by_text(quotes: list[Quote]) -> dict[str, Quote]:
    return {q["text"]: q for q in quotes}


def name(q: Quote) -> str | None:
    return q["speaker"]["name"] if q["speaker"] else None


def test_direct_quote_with_cue_offsets_and_speaker(run: Callable[[str], list[Quote]]) -> None:
    text = 'Harbour Authority director Miriam Okafor said, "The new terminal will open in March."'
    (q,) = run(text)
    assert q["text"] == "The new terminal will open in March."
    assert text[q["start"] : q["end"]] == q["text"]
    assert q["kind"] == "direct"
    assert q["cue"] is not None and q["cue"]["text"] == "said"
    assert text[q["cue"]["start"] : q["cue"]["end"]] == "said"
    sp = q["speaker"]
    assert sp is not None and sp["name"] == "Miriam Okafor" and sp["label"] == "PERSON"
    assert sp["start"] is not None and text[sp["start"] : sp["end"]] == "Miriam Okafor"


def test_split_quote_same_speaker_twice(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "Fire chief Daniel Brennan visited the site on Monday. "
        '"The roof collapsed within minutes," Brennan said, "and nobody was inside."'
    )
    qs = by_text(run(text))
    assert set(qs) == {"The roof collapsed within minutes,", "and nobody was inside."}
    assert all(name(q) == "Daniel Brennan" for q in qs.values())


def test_pronoun_resolves_to_full_name(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "Economist Priya Raman presented the report in Geneva on Tuesday.\n\n"
        '"Inflation will fall slowly next year," she told reporters.'
    )
    (q,) = run(text)
    assert name(q) == "Priya Raman"
    assert q["speaker"] is not None and q["speaker"]["mention"] == {
        "text": "she",
        "start": text.index("she told"),
        "end": text.index("she told") + 3,
    }


def test_role_noun_resolves_to_named_person(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "Transport ministry spokesperson Michael Turner announced new rail routes on Friday.\n\n"
        'Asked about delays, the spokesperson said, "Every line will be electrified by 2030."'
    )
    (q,) = run(text)
    assert name(q) == "Michael Turner"


def test_quote_only_paragraph_carries_last_speaker(run: Callable[[str], list[Quote]]) -> None:
    text = (
        'Senator Alicia Moreno said the bill was "long overdue" and promised to vote for it.\n\n'
        '"Families have waited ten years for this law, and they will not wait any longer."'
    )
    qs = by_text(run(text))
    assert name(qs["long overdue"]) == "Alicia Moreno"
    assert qs["long overdue"]["kind"] == "mixed"
    assert name(qs["Families have waited ten years for this law, and they will not wait any longer."]) == (
        "Alicia Moreno"
    )


def test_according_to_and_organisation_speaker(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "According to the Norwegian Refugee Council, the camp is "
        '"running out of clean water and medicine for thousands of children."'
    )
    (q,) = run(text)
    assert q["cue"] is not None and q["cue"]["text"] == "According to"
    assert name(q) == "Norwegian Refugee Council"


def test_ministry_resolves_to_full_name(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "The Ministry of Health of Kenya opened three clinics this week.\n\n"
        'The ministry said the clinics would "serve over forty thousand patients a year."'
    )
    (q,) = run(text)
    assert name(q) == "Ministry of Health of Kenya"


def test_cue_phrases(run: Callable[[str], list[Quote]]) -> None:
    text = (
        'Union leader Tom Albers pointed out that the deal is "a fair offer for every worker."\n\n'
        'In a statement, the Rivergate Company said it would "review the proposal carefully."'
    )
    qs = run(text)
    cues = [q["cue"]["text"] if q["cue"] else None for q in qs]
    assert cues[0] == "pointed out"
    assert name(qs[0]) == "Tom Albers"
    assert name(qs[1]) == "Rivergate Company"


def test_titles_nicknames_and_words_are_not_quotes(run: Callable[[str], list[Quote]]) -> None:
    text = (
        'Her new film "The Long Road Home" opens on Friday. Boxer Marcus "The Hammer" Delgado will attend. '
        'Critics praised a song called "Rain Over Lisbon". The word "resilience" appears twice in the '
        'script. A process called "cold stunning" kills turtles.'
    )
    assert run(text) == []


def test_quoted_name_of_a_persons_group_is_not_a_quote(run: Callable[[str], list[Quote]]) -> None:
    text = (
        'Calling it "just another apology", Anna Kowalska of "No more silence", an abuse victim support charity, '
        'told Reuters "it almost appears as if the statement was prepared before the bishops saw the film".'
    )
    assert [q["text"] for q in run(text)] == [
        "just another apology",
        "it almost appears as if the statement was prepared before the bishops saw the film",
    ]


def test_question_someone_asked_is_not_a_title(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "During the campaign, Senator Paul Hendry responded to a reporter's question about the port city of "
        'Tartus with "What is Tartus?" The gaffe was widely mocked. Her new film "Who Killed The Mayor?" opens '
        "on Friday."
    )
    got = by_text(run(text))
    assert list(got) == ["What is Tartus?"] and name(got["What is Tartus?"]) == "Paul Hendry"


def test_a_programme_after_its_broadcaster_is_not_a_quote(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "“My heart goes out to those workers,” Gov. Earl Ray Tomblin told MetroNews “Talkline” on Friday. “We keep "
        "hoping for a buyer.”"
    )
    assert [q["text"] for q in run(text)] == ["My heart goes out to those workers,", "We keep hoping for a buyer."]


def test_name_given_on_a_sources_word_is_a_quote(run: Callable[[str], list[Quote]]) -> None:
    text = (
        "In the early years the country had a strong economy and, according to the BBC, was called the "
        '"jewel" of the region. A process called "cold stunning" kills turtles.'
    )
    (q,) = run(text)
    assert q["text"] == "jewel" and q["kind"] == "mixed" and name(q) == "BBC"


def test_attributed_short_term_is_a_mixed_quote(run: Callable[[str], list[Quote]]) -> None:
    text = 'Police chief Hannah Weller described the situation as "critical" on Sunday.'
    (q,) = run(text)
    assert q["text"] == "critical" and q["kind"] == "mixed" and name(q) == "Hannah Weller"


def test_epithet_built_on_a_proper_name_is_not_a_title(run: Callable[[str], list[Quote]]) -> None:
    text = (
        'Councillor Dana Whitlock called the new permit rules "Kremlin-style" during the debate. '
        'Her play "Summer-Time Blues" opens on Friday.'
    )
    (q,) = run(text)
    assert q["text"] == "Kremlin-style" and q["kind"] == "mixed" and name(q) == "Dana Whitlock"


def test_unattributed_scare_quote_is_skipped(run: Callable[[str], list[Quote]]) -> None:
    text = 'The so-called "experts" gathered at the hall. Some "innovations" were on display.'
    assert run(text) == []


def test_odd_number_of_marks_keeps_the_rest(run: Callable[[str], list[Quote]]) -> None:
    text = (
        'A stray " mark appears in this first paragraph of the story.\n\n'
        'Coach Ruth Alvarez said, "We played our best game of the season."'
    )
    (q,) = run(text)
    assert q["text"] == "We played our best game of the season." and name(q) == "Ruth Alvarez"


def test_multi_paragraph_quote(run: Callable[[str], list[Quote]]) -> None:
    text = (
        'Festival director Jonas Feld said: "We sold every ticket this year.\n\n'
        '"Next year we will add a second stage for local bands."\n\n'
        "The festival runs until Sunday."
    )
    qs = run(text)
    assert [q["text"] for q in qs] == [
        "We sold every ticket this year.",
        "Next year we will add a second stage for local bands.",
    ]
    assert all(name(q) == "Jonas Feld" for q in qs)


def test_null_speaker_when_article_does_not_say(run: Callable[[str], list[Quote]]) -> None:
    text = '"Keep calm and stay indoors until the storm has passed," read a sign on the door.'
    qs = run(text)
    assert len(qs) == 1
    assert qs[0]["speaker"] is None or qs[0]["speaker"]["label"] == "UNKNOWN"


def test_country_passed_through_from_entities(model: Language) -> None:
    from processors.entities import extract_entities

    text = 'Finance minister Olga Brandt said, "The budget is balanced."'
    doc = model(text)
    ents = extract_entities(doc)
    for e in ents:
        if e["label"] == "PERSON":
            e["country"] = "NO"
    (q,) = extract_quotes(doc, ents)
    assert q["speaker"] is not None and q["speaker"]["country"] == "NO"


# -- the seed article, quote by quote ------------------------------------------------------------------------

SEED_EXPECTED = [
    ("serious", "Bassem Al-Awadi"),
    ("Iraq faces serious security threats from Israel amid recent regional military escalations,", "Al-Awadi"),
    ("everything happening on its territory", "Sa'ar"),
    ("self-defense,", "Sa'ar"),  # "who held ... and emphasized": the parse puts "emphasized" on the main clause
    ("I sent a letter to the President of the UN Security Council", "Sa'ar"),
    ("strong domestic and international measures", "Al-Awadi"),
    ("reducing these factions' influence.", "Al-Awadi"),
    ("Israel has invoked Article 51 of the UN Charter", "Al-Awadi"),
    ("the Iraqi government rejects any justification", "Al-Awadi"),
    ("firmly", "Al-Awadi"),
    ("Iraq would take all necessary diplomatic and military actions", "Al-Awadi"),
    ("The Iraqi government will not allow Iraq's security", "Al-Awadi"),
    ("the country would adopt a defensive stance if threatened.", "Al-Awadi"),
    ("expand its aggressive practices in the region, including Iraq.", "Iraqi government"),
]


@pytest.fixture(scope="module")
def seed_quotes(run: Callable[[str], list[Quote]]) -> list[Quote]:
    if not SEED.is_file():
        pytest.skip(f"seed article not available: {SEED} (the shared data lives in ../shared)")
    return run(json.loads(SEED.read_text())["text"])


def test_seed_has_the_fourteen_quotes(seed_quotes: list[Quote]) -> None:
    assert len(seed_quotes) == 14
    for q, (start, _) in zip(seed_quotes, SEED_EXPECTED, strict=True):
        assert q["text"].startswith(start)


@pytest.mark.parametrize("i", range(14))
def test_seed_quote_speaker(seed_quotes: list[Quote], i: int) -> None:
    start, who = SEED_EXPECTED[i]
    q = seed_quotes[i]
    assert q["text"].startswith(start)
    assert q["speaker"] is not None and who in q["speaker"]["name"]
    if "Al-Awadi" in who:
        assert q["speaker"]["name"] == "Bassem Al-Awadi"
    if "Sa'ar" in who:
        assert q["speaker"]["name"] == "Gideon Sa'ar"


def test_seed_pronoun_and_role_mentions(seed_quotes: list[Quote]) -> None:
    mentions = {q["speaker"]["mention"]["text"] for q in seed_quotes if q["speaker"] and q["speaker"]["mention"]}
    assert {"he", "He", "government spokesperson"} <= mentions
    speaker = seed_quotes[7]["speaker"]
    assert speaker is not None and speaker["name"] == "Bassem Al-Awadi"
    assert speaker["mention"] is not None and speaker["mention"]["text"] == "government spokesperson"


# -- complexity checks -----------------------------------------------------------------------------------------


def _best_time(text: str, repeat: int = 3) -> float:
    doc = linear_doc(text)
    assert doc.text == text
    extract_quotes(linear_doc(text[:2000]), [])  # warm up
    return best_seconds(lambda: extract_quotes(doc, []), repeat)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '"' * n,  # n straight marks, no text
        lambda n: "“x " * n,  # n opening marks, never closed
        lambda n: 'He said "a" and "b ' * (n // 4),  # n marks, odd per paragraph
        lambda n: "'a' " * (n // 2),  # n single marks
        lambda n: '"Yes, he said\n\n' * (n // 2),  # quotes running over paragraphs
        lambda n: 'He said "We will win the game tonight."\n\n' * (n // 2),  # a real closed quote per paragraph
    ],
    ids=["straight", "openers", "unbalanced", "single", "paragraphs", "closed-paragraphs"],
)
def test_extraction_is_linear_in_quote_marks(make: Callable[[int], str]) -> None:
    n = 50_000
    small, large = _best_time(make(n)), _best_time(make(4 * n))
    assert large / max(small, 1e-4) < 10.0  # linear: about 4; quadratic would be about 16


def test_quotes_past_the_attribution_cap_cost_little_more_than_their_pairing() -> None:
    # a hundred thousand paragraphs each holding a real closed quotation: past MAX_ATTRIBUTED a quotation is
    # reported as paired, with its kind and no speaker, and nothing else is built for it, so extraction costs
    # about what pairing the marks costs (it was six times that when every quotation went through the filters)
    from processors.quotes.extractor import MAX_ATTRIBUTED
    from processors.quotes.marks import pair_marks

    n = 100_000
    text = 'He said "We will win the game tonight."\n\n' * n
    doc = linear_doc(text)

    def extract() -> list[Quote]:
        for key in ("quotes.token_starts", "quotes.sent_starts"):  # what each new document computes once
            doc.user_data.pop(key, None)
        return extract_quotes(doc, [])

    quotes = extract()
    assert len(quotes) == n
    assert quotes[-1]["text"] == "We will win the game tonight." and quotes[-1]["speaker"] is None
    assert quotes[MAX_ATTRIBUTED - 1]["kind"] == quotes[MAX_ATTRIBUTED]["kind"] == "direct"
    # best of seven: on a 2-core VM one run of the same code measured 1.98 and the next 4.15 with a test session's
    # heap loaded; the fastest of more runs is the cost
    ratio = best_seconds(extract, 7) / best_seconds(lambda: pair_marks(text), 7)
    assert ratio < 4.0


def test_extraction_is_linear_in_token_length() -> None:
    def make(n: int) -> str:
        return "x" * n + ' "Fine," he said.'

    small, large = _best_time(make(75_000)), _best_time(make(300_000))
    assert large / max(small, 1e-4) < 10.0


@pytest.mark.parametrize(
    "para",
    [
        'Coach Ruth Alvarez said, "We played well." "The team is ready," she added.\n\n',
        # a definite description after a named speaker: looks back for the last speaker and for "a ..." before
        # (a scan of the article per description made the ratio below about 12; the cached scan keeps it near 4)
        'Ruth Alvarez, Peru\'s ambassador to Chile, arrived on Monday. "We played well," Alvarez said. '
        '"The team is ready," said the Peruvian envoy.\n\n',
    ],
    ids=["pronoun", "description"],
)
def test_attribution_is_linear_on_a_parsed_article(model: Language, para: str) -> None:
    docs = {n: model(para * n) for n in (50, 200)}
    times: dict[int, float] = {}
    for n, doc in docs.items():
        entities = extract_entities(doc)  # the named speakers the descriptions resolve to
        times[n] = best_seconds(lambda doc=doc, entities=entities: extract_quotes(doc, entities))
        quotes = extract_quotes(doc, entities)
        assert len(quotes) == 2 * n
        assert all(q["speaker"] is not None and q["speaker"]["name"] == "Ruth Alvarez" for q in quotes)
    assert times[200] / times[50] < 8.0


def test_a_description_after_reported_speech_is_linear_on_a_parsed_article(model: Language) -> None:
    # "the envoy said" looks back one paragraph for the subject of a speech verb and resolves it once: when that
    # subject is a description too, not down the chain of descriptions before it (a RecursionError on a long one)
    docs = {
        n: model(
            "Ruth Alvarez said the team was ready.\n\n"
            + "The envoy said the team was tired.\n\n" * n
            + '"We played well," the envoy said.'
        )
        for n in (100, 400)
    }
    times: dict[int, float] = {}
    for n, doc in docs.items():
        entities = extract_entities(doc)
        times[n] = best_seconds(lambda doc=doc, entities=entities: extract_quotes(doc, entities))
        assert len([q for q in extract_quotes(doc, entities) if q["kind"] != "indirect"]) == 1
    assert times[400] / times[100] < 8.0
