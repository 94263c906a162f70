"""spaCy's ``attribute_ruler`` with an indexed match step: the same matches, so the same annotations, faster.

The component maps fine-grained tags to POS and morphology and fixes a few exceptions (auxiliaries, pronouns,
contractions) with ~180 token patterns run through spaCy's ``Matcher``. With ``en_core_web_sm`` 3.8 that match
step costs ~7.5 ms of a Wikinews article's ~66 ms parse: about as much as the parser itself, because every
pattern is tried at every token. The patterns only test a token's ``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE``
(equality, ``IN``, ``NOT_IN``, ``REGEX``, booleans), so they can be indexed by the tag and the lowercase form:
each token looks up the few patterns that can match it (~1 ms an article).

``IndexedAttributeRuler.match`` returns exactly what ``AttributeRuler.match`` returns (the matches sorted by
pattern number, so later patterns still win) and the stock ``set_annotations`` applies them. A ruler whose
patterns use anything else (operators, other attributes, other predicates) keeps spaCy's matcher: the index is
only ever used where it is exact. ``tests/processors/test_attribute_ruler.py`` compares both on the model's own
patterns, token by token; ``NEWSSTREAM_INDEXED_RULER=0`` turns it off.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc

_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}

# one test on one column of a token row: (column, predicate over the column's int value)
Check = tuple[int, Callable[[int], bool]]


class Unsupported(ValueError):
    """A pattern the index cannot reproduce exactly: the ruler keeps spaCy's matcher."""


@dataclass(frozen=True)
class _Rule:
    attr_id: int  # the pattern's number: later numbers win (AttributeRuler.match sorts on it)
    match_id: int
    first: tuple[Check, ...]  # the first token's tests that its index entry does not already guarantee
    rest: tuple[tuple[Check, ...], ...]  # the tests of the pattern's further tokens


MEMO_SIZE = 1 << 17  # distinct token rows (tag, lowercase form, dependency, is-space) remembered; cleared when full


@dataclass
class _Index:
    by_tag: dict[int, list[_Rule]]
    by_tag_lower: dict[tuple[int, int], list[_Rule]]
    by_lower: dict[int, list[_Rule]]
    on_space: list[_Rule]
    everywhere: list[_Rule]
    size: int = 0  # number of patterns entries (attr ids are 0 .. size - 1)
    # per token row: the rules whose first token matches it (rows repeat: words recur with their tags and labels)
    memo: dict[tuple[int, int, int, int], tuple[_Rule, ...]] = field(default_factory=dict)

    def starting_at(self, row: tuple[int, int, int, int]) -> tuple[_Rule, ...]:
        found = self.memo.get(row)
        if found is None:
            tag, lower, _, space = row
            none: list[_Rule] = []
            groups = (
                self.by_tag.get(tag, none),
                self.by_tag_lower.get((tag, lower), none),
                self.by_lower.get(lower, none),
                self.on_space if space else none,
                self.everywhere,
            )
            found = tuple(rule for group in groups for rule in group if _passes(rule.first, row))
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            self.memo[row] = found
        return found


def _value_check(column: str, spec: Any, strings: StringStore) -> tuple[Callable[[int], bool], frozenset[int] | None]:
    """A predicate for one attribute's spec, and the ids it accepts when that is a finite set (for the index)."""
    if column == "IS_SPACE":
        if not isinstance(spec, bool):
            raise Unsupported(f"IS_SPACE {spec!r}")
        want = int(spec)
        return (lambda v: v == want), None
    if isinstance(spec, str):
        ids = frozenset({strings.add(spec)})
    elif isinstance(spec, dict) and len(spec) == 1:
        (op, arg), *_ = spec.items()
        if op == "IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            ids = frozenset(strings.add(a) for a in arg)
        elif op == "NOT_IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            banned = frozenset(strings.add(a) for a in arg)
            return (lambda v: v not in banned), None
        elif op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search  # on the string, once per distinct value (a bounded memo)
            return lru_cache(maxsize=1 << 16)(lambda v: search(str(strings[v])) is not None), None
        else:
            raise Unsupported(f"{column} {spec!r}")
    else:
        raise Unsupported(f"{column} {spec!r}")
    return (lambda v: v in ids), ids


def _compile_token(
    token_pattern: dict[str, Any], strings: StringStore
) -> tuple[dict[str, Check], dict[str, frozenset[int]]]:
    """Per attribute, its test; and the ids it accepts where those are a finite set."""
    checks: dict[str, Check] = {}
    finite: dict[str, frozenset[int]] = {}
    for key, spec in token_pattern.items():
        if key not in _COLUMNS:
            raise Unsupported(f"attribute {key!r}")
        predicate, ids = _value_check(key, spec, strings)
        checks[key] = (_COLUMNS[key], predicate)
        if ids is not None:
            finite[key] = ids
    return checks, finite


def build_index(patterns: Iterable[dict[str, Any]], strings: StringStore) -> _Index:
    """Index ``AttributeRuler.patterns`` (in their order) by the first token's tag and lowercase form."""
    index = _Index({}, {}, {}, [], [])
    for attr_id, entry in enumerate(patterns):
        index.size = attr_id + 1
        match_id = strings.add(str(attr_id))
        for pattern in entry["patterns"]:
            if not pattern or not all(isinstance(t, dict) for t in pattern):
                raise Unsupported(f"pattern {pattern!r}")
            compiled = [_compile_token(t, strings) for t in pattern]
            first_checks, first_finite = compiled[0]
            tags, lowers = first_finite.get("TAG"), first_finite.get("LOWER")
            # a token is looked up by its exact tag / lowercase form, so the index guarantees those tests
            indexed = {"TAG"} if tags is not None else set()
            if lowers is not None:
                indexed.add("LOWER")
            rule = _Rule(
                attr_id,
                match_id,
                tuple(check for key, check in first_checks.items() if key not in indexed),
                tuple(tuple(checks.values()) for checks, _ in compiled[1:]),
            )
            if tags is not None and lowers is not None:
                for t in tags:
                    for low in lowers:
                        index.by_tag_lower.setdefault((t, low), []).append(rule)
            elif tags is not None:
                for t in tags:
                    index.by_tag.setdefault(t, []).append(rule)
            elif lowers is not None:
                for low in lowers:
                    index.by_lower.setdefault(low, []).append(rule)
            elif pattern[0].get("IS_SPACE") is True:
                index.on_space.append(rule)
            else:
                index.everywhere.append(rule)
    return index


def _passes(checks: Sequence[Check], row: Sequence[int]) -> bool:
    return all(predicate(row[column]) for column, predicate in checks)


def indexed_matches(index: _Index, doc: Doc) -> list[tuple[int, int, int, int]]:
    """``AttributeRuler.match(doc)``: (pattern number, match id, start, end), sorted."""
    if not len(doc):
        return []
    rows = list(zip(*doc.to_array([TAG, LOWER, DEP, IS_SPACE]).T.tolist(), strict=True))
    n = len(rows)
    # matches bucketed by pattern number, each bucket in (start, end) order: the sort AttributeRuler.match does
    buckets: list[list[tuple[int, int, int, int]]] = [[] for _ in range(index.size)]
    memo, starting_at = index.memo, index.starting_at
    for i, row in enumerate(rows):
        rules = memo.get(row)
        if rules is None:
            rules = starting_at(row)
        for rule in rules:
            if rule.rest:
                end = i + 1 + len(rule.rest)
                if end > n or not all(_passes(c, rows[i + 1 + k]) for k, c in enumerate(rule.rest)):
                    continue
            else:
                end = i + 1
            bucket = buckets[rule.attr_id]
            match = (rule.attr_id, rule.match_id, i, end)
            if not bucket or bucket[-1] < match:
                bucket.append(match)
            elif bucket[-1] != match:  # an entry with patterns of several lengths: keep (start, end) order
                bucket.append(match)
                bucket.sort()
    return [m for bucket in buckets for m in bucket]


class IndexedAttributeRuler(AttributeRuler):
    """``AttributeRuler`` whose ``match`` looks up the patterns a token can match instead of trying them all."""

    _index: _Index | None
    _indexed_patterns: int

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        index = getattr(self, "_index", None)
        if index is None or getattr(self, "_indexed_patterns", -1) != len(self.attrs):
            index = self._index = build_index(self.patterns, self.vocab.strings)
            self._indexed_patterns = len(self.attrs)
        return indexed_matches(index, doc)


def enabled() -> bool:
    return os.environ.get("NEWSSTREAM_INDEXED_RULER", "1").strip().lower() not in {"0", "false", "no", "off"}


def use_indexed_ruler(nlp: Language) -> bool:
    """Give ``nlp``'s attribute rulers the indexed match step where their patterns allow it exactly; True when
    at least one was switched. Patterns the index cannot reproduce leave that ruler as it was."""
    switched = False
    for _, pipe in nlp.pipeline:
        if type(pipe) is not AttributeRuler:
            continue
        try:
            index = build_index(pipe.patterns, pipe.vocab.strings)
        except Unsupported:
            continue
        pipe.__class__ = IndexedAttributeRuler
        assert isinstance(pipe, IndexedAttributeRuler)
        pipe._index, pipe._indexed_patterns = index, len(pipe.attrs)
        switched = True
    return switched
