"""Country tagging quality on the hand-made dev gold (../shared/gold/dev.jsonl): the figures reached so far.

Measured when written: countries micro P/R/F1 1.0/1.0/1.0 (20 pairs) and focus top-1 1.0 (15 articles). The
asserted floors leave a small margin; the dev set is for finding failure modes, the target (F1 and focus
>= 0.95) is for held-out articles of the same corpus.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.quality


def test_all_dev_articles_scored(dev_report: dict[str, Any]) -> None:
    assert dev_report["articles"] == 15


def test_countries_f1(dev_report: dict[str, Any]) -> None:
    c = dev_report["countries"]
    assert c["precision"] >= 0.95
    assert c["recall"] >= 0.95
    assert c["f1"] >= 0.97


def test_focus_top1(dev_report: dict[str, Any]) -> None:
    assert dev_report["focus"]["top1"] >= 0.93


def test_seed_article(dev_report: dict[str, Any]) -> None:
    seed = next(a for a in dev_report["per_article"] if a["id"] == "shafaq-20241122-iraq-israel-threats")
    assert seed["countries_missed"] == [] and seed["countries_spurious"] == []
    assert seed["focus"]["pred"][:2] == ["IQ", "IL"]
