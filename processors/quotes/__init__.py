"""Quote extraction with speaker attribution.

Public interface (stable; ``processors.stages`` calls it):

    extract_quotes(doc, entities) -> list[Quote]

``doc`` is the parsed article (spaCy Doc decoded from the parse payload: tokens, tags, POS, deps, sentences,
entities; no vectors, no lemmas); ``entities`` is the entity list after the countries stage (``canonical``
full names, and ``country`` on PERSON/ORG entities where the text gives one).
"""

from processors.quotes.extractor import extract_quotes

__all__ = ["extract_quotes"]
