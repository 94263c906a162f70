"""Quote extraction quality on the hand-made dev gold (../shared/gold/dev.jsonl): the figures reached so far.

Measured (15 articles, 69 gold quotes): quotes P/R/F1 1.0/1.0/1.0, speaker accuracy and exact full name 1.0.
The asserted floors leave a margin; the dev set is for finding failure modes, the targets (F1 >= 0.90,
speaker >= 0.92, exact >= 0.85) are for held-out articles of the same corpus (README "Quality").
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.quality


def test_quote_precision_recall_f1(dev_report: dict[str, Any]) -> None:
    q = dev_report["quotes"]
    assert q["precision"] >= 0.97
    assert q["recall"] >= 0.97
    assert q["f1"] >= 0.97


def test_speaker_accuracy_and_exact_name(dev_report: dict[str, Any]) -> None:
    s = dev_report["speakers"]
    assert s["n"] >= 65
    assert s["accuracy"] >= 0.96
    assert s["exact"] >= 0.95


def test_seed_article_quotes(dev_report: dict[str, Any]) -> None:
    seed = next(a for a in dev_report["per_article"] if a["id"] == "shafaq-20241122-iraq-israel-threats")
    assert seed["quotes_missed"] == [] and seed["quotes_spurious"] == []
    assert len(seed["speaker_errors"]) <= 1  # "self-defense," (parse attaches the cue to the main clause)
