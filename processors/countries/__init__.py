"""Country tagging: ISO 3166-1 alpha-2 codes for every country an article refers to, and its focus.

Public interface (stable; ``processors.stages`` calls it):

    tag_countries(doc, entities) -> CountryResult

``doc`` is the parsed article (a spaCy Doc decoded from the parse payload: tokens, tags, deps, sentences,
entities; no vectors, no lemmas); ``entities`` is the cleaned entity list from ``processors.entities``.
"""

from processors.countries.gazetteer import lexicon
from processors.countries.tagger import CountryResult, tag_countries


def warm_up() -> None:
    """Build the gazetteer now (2-3 s, once per process) rather than on the first article."""
    lexicon()


__all__ = ["CountryResult", "tag_countries", "warm_up"]
