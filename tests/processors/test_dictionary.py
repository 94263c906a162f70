from __future__ import annotations

from pathlib import Path

import pytest

from processors import dictionary


def test_the_model_ships_english_word_lists() -> None:
    words = dictionary.dictionary_words()
    assert len(words) > 50_000
    assert {"governing", "chess", "board", "affairs"} <= words


def test_a_word_no_list_holds_is_unknown() -> None:
    assert dictionary.unknown_word("Radosław")
    assert dictionary.unknown_word("Okazawa")
    assert not dictionary.unknown_word("Governing")
    assert not dictionary.unknown_word("chess")


def test_without_word_lists_no_word_counts_as_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a model directory without lemmatizer tables: nothing tells a name from a word, so nothing is "unknown"
    assert dictionary.dictionary_words(str(tmp_path)) == frozenset()
    monkeypatch.setattr(dictionary, "model_name", lambda: str(tmp_path))
    assert not dictionary.unknown_word("Radosław")
