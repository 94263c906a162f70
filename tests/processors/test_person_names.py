"""The words around a name that tell who the person is: here, the kin noun that introduces a relative."""

from __future__ import annotations

import pytest
from spacy.language import Language

from processors.person_names import introduced_as_relative, name_words, relative_gender


@pytest.mark.parametrize(
    ("text", "name", "relative", "gender"),
    [
        ("The minister and his wife, Adwoa, arrived late.", "Adwoa", True, "f"),
        ("Mrs Roe's son Tom Roe was not in court.", "Tom", True, "m"),
        ("The senator's partner, Alex Roe, declined to comment.", "Alex", True, None),
        ("The minister and Adwoa Mensah arrived late.", "Adwoa", False, None),
    ],
)
def test_a_kin_noun_tells_the_relatives_sex(
    nlp: Language, text: str, name: str, relative: bool, gender: str | None
) -> None:
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == name)
    assert relative_gender(doc, i) == gender
    assert introduced_as_relative(doc, i) == relative


def test_a_name_of_three_short_words_opens_with_a_surname() -> None:
    from processors.person_names import name_gender

    # "Nga" is a woman's given name in the US census; "Nga Tek Hoon" is a surname then a two-part given name
    assert name_gender("Nga Tek Hoon") is None
    assert name_gender("Mary Ann Lee") == "f"  # a known middle given name: the first word stays a given name


def test_nana_is_a_title_of_either_sex() -> None:
    from processors.person_names import name_gender

    # a woman's given name in the US census, an Akan title of chiefs and elders ("Nana Owusu ... he added")
    assert name_gender("Nana Owusu") is None


def test_name_words_split_the_arabic_article_off_whatever_the_hyphen() -> None:
    # NFKD folding turns the non-breaking hyphen (U+2011) into U+2010: the article is split off all the same
    for hyphen in ("-", "\u2010", "\u2011"):
        assert name_words(f"Abdel Fattah El{hyphen}Sisi") == ["abdel", "fattah", "el", "sisi"]
    assert name_words("Ali-Hassan Roe") == ["ali-hassan", "roe"]  # no article: a double name stays whole
