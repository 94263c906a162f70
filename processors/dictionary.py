"""English dictionary words, to tell a given name the census does not know ("Sameh", "Tomio") from an English word
written with a capital ("Governing", "Chess", "Mission"): the lemma lists (WordNet's adjectives, adverbs, nouns
and verbs) that ship inside the spaCy model's rule lemmatizer, read once per process from the installed model (the
pipeline excludes the lemmatizer itself). WordNet lists some names as nouns too ("kelly", "esau"): a word in it is
treated as a word, never as an unknown name."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.lookups import Lookups

from processors.nlp import model_name


def _lookups_dir(name: str) -> Path | None:
    """The model's ``lemmatizer/lookups`` directory: under a model path, or inside an installed package."""
    candidates: list[Path] = [Path(name)]
    try:
        package = spacy.util.get_package_path(name)
    except (ImportError, ModuleNotFoundError, AttributeError):
        package = None
    if package is not None:
        candidates += [package, *sorted(p for p in package.iterdir() if p.is_dir())]
    for base in candidates:
        found = base / "lemmatizer" / "lookups"
        if (found / "lookups.bin").is_file():
            return found
    return None


@lru_cache(maxsize=4)
def _words(name: str) -> frozenset[str]:
    where = _lookups_dir(name)
    if where is None:
        return frozenset()
    lookups = Lookups().from_disk(where)
    if not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(word for key in index for word in index[key])


def dictionary_words(name: str | None = None) -> frozenset[str]:
    """Lower-case English words of the model's lemmatizer tables; empty when the model ships none."""
    return _words(name or model_name())


def unknown_word(word: str) -> bool:
    """True for a word no dictionary list holds ("sameh", "tomio"); False for an English word, and for every word
    when the model ships no word lists (nothing then tells a name from a word)."""
    words = dictionary_words()
    return bool(words) and word.lower() not in words


def known_word(low: str) -> bool:
    """A lower-case word a dictionary list holds, in the singular or the plural ("lands", "fisheries", "ports");
    the plural forms are tried because the lists hold lemmas."""
    singulars = [low]
    if low.endswith("ies"):
        singulars.append(low[:-3] + "y")
    if low.endswith("s"):
        singulars += [low[:-1], low[:-2]]
    return any(not unknown_word(w) for w in singulars if len(w) > 2)
