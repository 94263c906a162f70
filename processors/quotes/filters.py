"""What looks like a quotation but is not one: titles of works, nicknames, words mentioned as words, and
what looks like speech (used to keep unattributed quotations that are clearly someone's words)."""

from __future__ import annotations

import re

from processors.quotes.marks import MarkedSpan

TITLE_CUES = re.compile(
    r"(?:\b(?:film|movie|book|novel|song|single|album|show|series|titled|entitled|called|named|play|episode|"
    r"poem|documentary|programme|program|exhibition|article|column|headline|opera|musical|game|hit|track|"
    r"anthem|video|podcast|magazine|newspaper|blog|essay|paper|painting|sculpture|operation|campaign|"
    r"project|mission|brand|label|trademark|hashtag)\s+(?:the\s+|a\s+)?)$",
    re.I,
)
WORD_CUES = re.compile(
    r"\b(?:word|words|term|terms|phrase|expression|slogan|motto|nickname|nicknamed|acronym|so-called|"
    r"known as|dubbed|a\.k\.a\.|aka|the name|the title|the letters?|spelled|spelt|meaning|means|translated as|"
    r"translates to|translation|hashtag)\s*[,:]?\s*(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
SMALL_WORDS = frozenset(
    "after before into over under about up down out off through upon via per than but nor so yet".split()
) | frozenset("a an the of and or in on at to for with from by as is be vs. vs de la le du der von van".split())
FIRST_SECOND_PERSON = re.compile(r"\b(?:I|I'm|I've|I'll|I'd|me|my|mine|we|we're|we've|our|ours|us|you|your)\b", re.I)
_WORD = re.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_nickname(text: str, m: MarkedSpan) -> bool:
    """``Dwayne "The Rock" Johnson``: a short capitalised quote between two capitalised names."""
    if m.close_pos is None:
        return False
    inner = text[m.start : m.end]
    if len(_words(inner)) > 4 or not inner[:1].isupper():
        return False
    before = text[max(0, m.open_pos - 40) : m.open_pos]
    after = text[m.close_pos + 1 : m.close_pos + 40]
    bw = before.split()
    return bool(
        before.endswith(" ")
        and bw
        and bw[-1][:1].isupper()
        and bw[-1][-1:].isalpha()
        and after.startswith(" ")
        and after[1:2].isupper()
    )


def is_word_mention(text: str, m: MarkedSpan) -> bool:
    """ "the word "family"", "so-called "experts"", "known as "the Rock"": words mentioned, not said."""
    before = text[max(0, m.open_pos - 40) : m.open_pos]
    return bool(WORD_CUES.search(before)) and len(_words(text[m.start : m.end])) <= 6


def _title_case(inner: str) -> bool:
    words = _words(inner)
    if not words or len(words) > 10 or not words[0][:1].isupper():
        return False
    if len(words) >= 3 and inner.isupper():
        return False  # shouting, not a title
    for w in words:
        if w.lower() in SMALL_WORDS:
            continue
        if not (w[:1].isupper() or w[:1].isdigit()):
            return False
    return True


def is_title_case(text: str, m: MarkedSpan) -> bool:
    return _title_case(text[m.start : m.end].strip(" ,.;:"))


def after_title_cue(text: str, m: MarkedSpan) -> bool:
    """Right after a word that introduces a name or title ("the film", "a song called", "titled")."""
    return bool(TITLE_CUES.search(text[max(0, m.open_pos - 30) : m.open_pos]))


def looks_like_speech(inner: str) -> bool:
    words = _words(inner)
    if len(words) >= 5:
        return True
    if FIRST_SECOND_PERSON.search(inner):
        return True
    return len(words) >= 3 and inner.rstrip()[-1:] in ".!?"
