"""What looks like a quotation but is not one: titles of works, nicknames, words mentioned as words, and
what looks like speech (used to keep unattributed quotations that are clearly someone's words)."""

from __future__ import annotations

import re

from processors.quotes.marks import MarkedSpan

# words that introduce a name or a title ("the film", "a song called") or a word mentioned as a word ("the term")
TITLE_CUE_WORDS = (
    *"""film movie book novel song single album show series titled entitled called named play episode poem
    documentary programme program exhibition article column headline opera musical game hit track anthem video
    podcast magazine newspaper blog essay paper painting sculpture operation campaign project mission brand label
    trademark hashtag""".split(),
)
WORD_CUE_WORDS = (
    *"word words term terms phrase expression slogan motto nickname nicknamed acronym so-called".split(),
    "known as",
    "dubbed",
    "a.k.a.",
    "aka",
    "the name",
    "the title",
    "the letter",
    "the letters",
    *"spelled spelt meaning means".split(),
    "translated as",
    "translates to",
    "translation",
    "hashtag",
)
TITLE_CUES = re.compile(
    r"(?:\b(?:" + "|".join(map(re.escape, TITLE_CUE_WORDS)) + r")\s+(?:the\s+|a\s+)?)$",
    re.I,
)
WORD_CUES = re.compile(
    r"\b(?:" + "|".join(map(re.escape, WORD_CUE_WORDS)) + r")\s*[,:]?\s*(?:the\s+|a\s+|an\s+)?$",
    re.I,
)
_ARTICLES = ("the", "a", "an")


def _may_end_with(window: str, words: tuple[str, ...]) -> bool:
    """Can ``window`` end with one of ``words``, then spaces, a comma or colon, an article? A cheap test that
    never says no where the end-anchored search (which tries every start position) would say yes."""
    t = window.casefold().rstrip()
    tails = [t]
    for a in _ARTICLES:
        if t.endswith(a):
            tails.append(t[: len(t) - len(a)])
    return any(x.rstrip().endswith(words) or x.rstrip().rstrip(",:").rstrip().endswith(words) for x in tails)


SMALL_WORDS = frozenset(
    "after before into over under about up down out off through upon via per than but nor so yet".split()
) | frozenset("a an the of and or in on at to for with from by as is be vs. vs de la le du der von van".split())
FIRST_SECOND_PERSON = re.compile(r"\b(?:I|I'm|I've|I'll|I'd|me|my|mine|we|we're|we've|our|ours|us|you|your)\b", re.I)
_WORD = re.compile(r"[^\W_][\w'’.-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _at_most_words(text: str, n: int, start: int = 0, end: int | None = None) -> bool:
    """``len(_words(text[start:end])) <= n``, reading at most 200 characters when that settles it (cutting the
    text never adds words)."""
    end = len(text) if end is None else end
    cut = min(end, start + 200)
    if len(_WORD.findall(text, start, cut)) > n:
        return False
    return cut == end or len(_WORD.findall(text, start, end)) <= n


def is_nickname(text: str, m: MarkedSpan) -> bool:
    """``Dwayne "The Rock" Johnson``: a short capitalised quote between two capitalised names."""
    if m.close_pos is None:
        return False
    if not text[m.start : m.start + 1].isupper() or not _at_most_words(text, 4, m.start, m.end):
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
    if not _may_end_with(before, WORD_CUE_WORDS) or not WORD_CUES.search(before):
        return False
    return _at_most_words(text, 6, m.start, m.end)


def _lowercase_compound(word: str) -> bool:
    """ "Soviet-style", "Kremlin-backed": a compound built on a proper name, lowercase after the hyphen, is an
    epithet (a title would capitalise "Style")."""
    _, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest[:1].islower()


def _title_case(inner: str) -> bool:
    count = 0
    for m in _WORD.finditer(inner):  # stops at the first word that is not a title's
        w = m.group()
        count += 1
        if count > 10 or (count == 1 and not w[:1].isupper()):
            return False
        if w.lower() in SMALL_WORDS:
            continue
        if not (w[:1].isupper() or w[:1].isdigit()) or _lowercase_compound(w):
            return False
    if count == 0:
        return False
    return not (count >= 3 and inner.isupper())  # shouting, not a title


def is_title_case(text: str, m: MarkedSpan) -> bool:
    return _title_case(text[m.start : m.end].strip(" ,.;:"))


# words after which a capitalised quotation is a title whatever the case of its other words ("under the theme
# "Breakthrough or Impasse: What does the Future Hold"", "a link to "What Feeder Am I On?"")
_NAMING_ONLY = re.compile(r"\b(?:theme|titled|entitled|link to)\s+$", re.I)


def after_naming_only_cue(text: str, m: MarkedSpan) -> bool:
    return _NAMING_ONLY.search(text, max(0, m.open_pos - 20), m.open_pos) is not None


def after_title_cue(text: str, m: MarkedSpan) -> bool:
    """Right after a word that introduces a name or title ("the film", "a song called", "titled")."""
    before = text[max(0, m.open_pos - 30) : m.open_pos]
    return _may_end_with(before, TITLE_CUE_WORDS) and bool(TITLE_CUES.search(before))


def looks_like_speech(inner: str) -> bool:
    count = len(_WORD.findall(inner, 0, 200))
    if count < 5 and len(inner) > 200:
        count = len(_WORD.findall(inner))
    if count >= 5:
        return True
    if FIRST_SECOND_PERSON.search(inner):
        return True
    return count >= 3 and inner.rstrip()[-1:] in ".!?"
