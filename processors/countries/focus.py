"""Which countries an article is about: mentions weighted by where they occur and what they do.

Each mention adds a weight to its country:
- its kind: a country's name, a place inside it or one of its institutions weighs 1, a demonym a little less
  (an "Iranian-made drone" says less about where the story is than "in Iran");
- the people who act: every mention of a person whose country the text gives ("Turkish President Recep
  Tayyip Erdoğan" ... "Erdogan said") adds to that country;
- its position: the first sentence (the lede, which in news says where and who) weighs most, the next two
  sentences more than the rest;
- its role: a place of events ("in Baghdad", "at the border with Iraq") and an actor (the subject of a clause,
  "Iraq is confronting...", "Israeli forces struck...") weigh more than a passing mention.
Focus is the countries whose total reaches a share of the leader's (at most three, leader first); each gets
its share of all the weight as a score in [0, 1].
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from processors.countries.resolve import Mention

KIND_WEIGHT = {"name": 1.0, "place": 1.0, "institution": 1.0, "demonym": 0.8}
LEDE_WEIGHT = 3.0
EARLY_WEIGHT = 1.5
EARLY_SENTENCES = 3
LOCATION_BOOST = 1.5
ACTOR_BOOST = 1.3
PERSON_WEIGHT = 0.5  # each mention of a person the text ties to a country
FOCUS_SHARE_OF_LEADER = 0.45
MAX_FOCUS = 3
_LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "across", "throughout", "outside", "within"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _role(doc: Doc, mention: Mention) -> float:
    tok = doc[mention.last_token]
    head = tok.head
    # climb a compound/modifier chain to the noun the mention belongs to ("Israeli forces", "Iraq's army")
    steps = 0
    while tok.dep_ in {"compound", "amod", "poss", "nmod", "case"} and head is not tok and steps < 4:
        tok, head, steps = head, head.head, steps + 1
    if tok.dep_ == "pobj" and head.lower_ in _LOCATION_PREPS:
        return LOCATION_BOOST
    if tok.dep_ in _SUBJECT_DEPS:
        return ACTOR_BOOST
    return 1.0


def focus(
    doc: Doc, mentions: list[Mention], sent_of: list[int], actors: Sequence[tuple[int, str]] = ()
) -> tuple[list[str], dict[str, float]]:
    """Focus codes (leader first) and their scores. ``actors``: (first token, country) of every mention of a
    person whose country the text gives: the people who act say whose story it is."""
    if not mentions:
        return [], {}
    totals: dict[str, float] = defaultdict(float)
    for m in mentions:
        s = sent_of[m.token] if m.token < len(sent_of) else 0
        weight = KIND_WEIGHT.get(m.kind, 1.0)
        weight *= LEDE_WEIGHT if s == 0 else EARLY_WEIGHT if s < EARLY_SENTENCES else 1.0
        weight *= _role(doc, m)
        totals[m.code] += weight
    for token, code in actors:
        if code in totals:
            s = sent_of[token] if token < len(sent_of) else 0
            totals[code] += PERSON_WEIGHT * (LEDE_WEIGHT if s == 0 else EARLY_WEIGHT if s < EARLY_SENTENCES else 1.0)
    first_seen: dict[str, int] = {}
    for m in mentions:
        first_seen.setdefault(m.code, m.start)
    ranked = sorted(totals, key=lambda c: (-totals[c], first_seen[c]))
    lead = totals[ranked[0]]
    chosen = [c for c in ranked if totals[c] >= FOCUS_SHARE_OF_LEADER * lead][:MAX_FOCUS]
    whole = sum(totals.values())
    return chosen, {c: round(totals[c] / whole, 4) for c in chosen}
