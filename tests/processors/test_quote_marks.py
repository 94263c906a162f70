"""Quotation-mark pairing on raw text (no parse): straight and curly marks, apostrophes, odd counts,
quotations over several paragraphs, nesting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from processors.quotes.marks import pair_marks
from tests.timing import best_seconds


def inner(text: str) -> list[str]:
    return [text[s.start : s.end] for s in pair_marks(text)]


def test_straight_and_curly_marks() -> None:
    text = 'Mayor Lena Ortiz said, "The bridge opens in May." Her deputy added: “We are ready.”'
    assert inner(text) == ["The bridge opens in May.", "We are ready."]


def test_offsets_are_the_inner_text() -> None:
    text = 'She said, "Yes."'
    (span,) = pair_marks(text)
    assert text[span.start : span.end] == "Yes."
    assert text[span.open_pos] == '"' and span.close_pos == len(text) - 1


def test_split_quote_is_two_quotes() -> None:
    text = '"We will rebuild," the governor said, "and we will do it this year."'
    assert inner(text) == ["We will rebuild,", "and we will do it this year."]


def test_apostrophes_are_not_marks() -> None:
    text = (
        "The players’ union said it’s ready for rock ’n’ roll night and the ’90s revival at O’Brien’s bar, "
        "and the coach’s ‘full confidence’ stands."
    )
    assert inner(text) == ["full confidence"]


def test_single_quotes_used_as_quotation_marks() -> None:
    text = "The minister called the plan ‘a historic step’ and said it was 'overdue'."
    assert inner(text) == ["a historic step", "overdue"]


def test_plural_possessive_before_real_closing_mark() -> None:
    text = "He said ‘the farmers’ market will stay open’ on Sundays."
    assert inner(text) == ["the farmers’ market will stay open"]


def test_quotation_ending_in_a_number_closes_at_the_inches_mark() -> None:
    text = (
        'Marchers waved a "Save Route 9" banner outside the depot.\n\n'
        'A "60" screen" showed the results. The clerk bought a 12" frame.\n\n'
        'The chair said "the 40" pipes will be replaced by May" on Friday.'
    )
    assert inner(text) == ["Save Route 9", '60" screen', 'the 40" pipes will be replaced by May']


def test_odd_marks_recover_at_the_next_paragraph() -> None:
    text = (
        'The 12" record sold out. A fan said "it was "brilliant" and so on\n\n'
        'Officials said "the venue is safe." Police agreed.'
    )
    got = inner(text)
    assert "the venue is safe." in got
    assert all("\n" not in q for q in got)


def test_paragraph_without_closing_mark_is_dropped_mid_sentence() -> None:
    text = 'A stray " mark here and there\n\nThe chief said, "All clear."'
    assert inner(text) == ["All clear."]


def test_a_quotation_the_text_ends_in_runs_to_its_end() -> None:
    # a report cut off (or never closed) inside its last quotation: the quotation is kept, up to the end
    text = 'The chief said, "All clear."\n\nHe felt a hole in the concrete. \u201cAfter I freed my son\u2019s leg, I'
    assert inner(text) == ["All clear.", "After I freed my son\u2019s leg, I"]
    # a mark mid-sentence in an earlier paragraph that never closes is still no quotation
    text = 'A stray " mark here and there\n\nThe chief said, "All clear.'
    assert inner(text) == ["All clear."]


def test_an_unclosed_quotation_after_a_datelines_dash_is_kept() -> None:
    text = 'MONCTON - "This is not even close to a typical day in Moncton.\n\nNo truer words could have been spoken.'
    assert inner(text) == ["This is not even close to a typical day in Moncton."]


def test_multi_paragraph_quote_one_per_paragraph() -> None:
    text = (
        'The coach said: "We trained hard all winter.\n\n'
        '"We lost players to injury but we never gave up.\n\n'
        '"Now we want the title."\n\nThe match is on Sunday.'
    )
    assert inner(text) == [
        "We trained hard all winter.",
        "We lost players to injury but we never gave up.",
        "Now we want the title.",
    ]
    spans = pair_marks(text)
    assert spans[0].continued and spans[1].continued and not spans[2].continued


def test_a_paragraph_closing_a_quote_it_never_opened_goes_on_with_the_one_before() -> None:
    text = (
        "In an interview, the candidate said: “If we win seats, that shakes up politics in the county.\n\n"
        "People have to think of this vote as a strategic vote.” The polls open on Thursday.\n\n"
        "Turnout was “low” last time."
    )
    assert inner(text) == [
        "If we win seats, that shakes up politics in the county.",
        "People have to think of this vote as a strategic vote.",
        "low",
    ]
    assert pair_marks(text)[0].continued


def test_nested_quote_is_not_reported() -> None:
    text = "The witness said, \"He shouted 'stop' twice and then ran.\""
    assert inner(text) == ["He shouted 'stop' twice and then ran."]


def test_british_style_single_outside_double_inside() -> None:
    text = "The judge said: ‘The word “reasonable” has a meaning in law.’"
    assert inner(text) == ["The word “reasonable” has a meaning in law."]


def test_paragraph_crowded_with_marks_pairs_nothing() -> None:
    crowded = '"a" ' * 500  # 1,000 marks
    assert pair_marks(crowded) == []
    assert inner(crowded + '\n\nThe chief said, "All clear."') == ["All clear."]
    assert len(pair_marks('"a" ' * 499)) == 499  # 998 marks: below the crowding bound, paired as before


def test_endless_run_of_continued_paragraphs_is_dropped() -> None:
    assert len(pair_marks('"Yes, he said\n\n' * 1001)) == 0
    kept = pair_marks('"Yes, he said\n\n' * 1000 + 'Later, "Fine." he said.')
    assert len(kept) == 1001 and kept[-1].close_pos is not None


# -- complexity checks (operation growth, not wall-clock thresholds) ------------------------------------------


def _best_time(text: str, repeat: int = 3) -> float:
    pair_marks(text[:2000])  # warm up
    return best_seconds(lambda: pair_marks(text), repeat)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '"a" ' * (n // 2),  # dense pairs in one paragraph (crowded)
        lambda n: "it’s " * n,  # apostrophes only
        lambda n: "“a” ‘b’ " * (n // 4),  # both families, dense
        lambda n: "He said “a fine day” and ‘a good one’ too.\n" * (n // 4),  # both families, real-looking
        lambda n: '"Yes," he said.\n\n' * (n // 2),  # one closed quote per paragraph
        lambda n: '"Yes, he said\n\n' * (n // 2),  # quotes running on over paragraphs
    ],
    ids=["dense", "apostrophes", "dense-mixed", "mixed-lines", "paragraphs", "runs"],
)
def test_pairing_is_linear_in_quote_marks(make: Callable[[int], str]) -> None:
    n = 50_000
    small, large = _best_time(make(n)), _best_time(make(4 * n))
    assert large / max(small, 1e-4) < 10.0  # linear: about 4; quadratic would be about 16


def test_a_right_mark_after_a_space_before_a_word_opens() -> None:
    # some sites type ” for both marks: after a space and before a word it can only open
    text = "A resident, Arlo Finch, said: ”What I see now is patchwork.” Others agreed."
    assert inner(text) == ["What I see now is patchwork."]
    # but one typed after a space still closes the quotation open before it
    text = "“Trains must stop outside the old town, ”the agency said. Later it added “that was final.”"
    assert inner(text) == ["Trains must stop outside the old town, ", "that was final."]


def test_a_left_mark_ending_its_paragraph_closes_the_quotation() -> None:
    # the source typed the closing mark as a left one, after a space, at the paragraph's end
    text = "He said: “You can’t pass a motion and change the world. You certainly can’t. “\n\nThe vote was 30 to 12."
    assert [q.strip() for q in inner(text)] == ["You can’t pass a motion and change the world. You certainly can’t."]


def test_a_line_break_inside_a_quotation_keeps_both_parts() -> None:
    # no closing mark before the break, no opening mark after it: one quotation broken over two lines
    text = (
        'The lawyer said his client was tired. "We explained that the words were not meant to offend anyone.\n'
        'The officer took them out of context," Mr Haddad said. The verdict is due next week.'
    )
    assert inner(text) == [
        "We explained that the words were not meant to offend anyone.",
        "The officer took them out of context,",
    ]


def test_a_mark_opening_a_name_at_the_text_end_is_no_quotation() -> None:
    # the ʻokina of a Tongan name, written as a left single mark, in the article's last sentence
    text = "“The sample was tested twice,” Dr ‘Akau’ola said."
    assert inner(text) == ["The sample was tested twice,"]


def test_two_single_marks_side_by_side_are_one_double_mark() -> None:
    # some outlets' house style: "‘‘...’’" or "“...’’"; an apostrophe is still no mark
    text = "‘‘We will not allow it,’’ the spokesman said. He added: “Report anything suspicious.’’ The players’ union agreed."
    assert inner(text) == ["We will not allow it,", "Report anything suspicious."]
