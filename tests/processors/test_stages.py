"""``processors.stages``: the chained run (all stages on the live parse) equals the staged run through the
encoded payloads, and keeps failures with their record and stage."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from processors import pipeline, stages
from processors.errors import StageFailure


def _without_timings(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if k != "pipeline"}


def test_chained_equals_staged_on_the_samples(nlp: Language, sample_articles: list[dict[str, Any]]) -> None:
    staged = [_without_timings(e) for e in pipeline.enrich(nlp, sample_articles)]  # type: ignore[arg-type]
    chained = stages.run_chained(nlp, sample_articles)  # type: ignore[arg-type]
    assert [_without_timings(e) for e in chained] == staged  # type: ignore[arg-type]
    assert any(e["quotes"] for e in staged) and any(e["countries"]["mentioned"] for e in staged)
    for event in chained:
        assert isinstance(event, dict)
        assert set(event["pipeline"]["stage_seconds"]) == {"entities", "countries", "quotes"}


def test_chained_equals_staged_on_the_seed(nlp: Language, seed_article: dict[str, Any]) -> None:
    [staged] = pipeline.enrich(nlp, [seed_article])  # type: ignore[list-item]
    [chained] = stages.run_chained(nlp, [seed_article])  # type: ignore[list-item]
    assert _without_timings(chained) == _without_timings(staged)  # type: ignore[arg-type]


@pytest.mark.parametrize("stage, target", [("countries", "tag_countries"), ("quotes", "extract_quotes")])
def test_chained_failure_stays_with_its_record_and_names_its_stage(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, stage: str, target: str
) -> None:
    real = getattr(stages, target)

    def picky(doc: Any, *args: Any) -> Any:
        if "Lisbon" in doc.text:
            raise RuntimeError(f"{stage} broke")
        return real(doc, *args)

    monkeypatch.setattr(stages, target, picky)
    articles = [
        {"id": "a", "text": 'The mayor of Lisbon said, "We will rebuild."'},
        {"id": "b", "text": 'Kenyan officials in Nairobi said, "Roads reopen today."'},
    ]
    failed, ok = stages.run_chained(nlp, articles)  # type: ignore[arg-type]
    assert isinstance(failed, StageFailure) and failed.stage == stage and failed.error_class == "RuntimeError"
    assert isinstance(ok, dict) and ok["id"] == "b" and ok["countries"]["mentioned"][0]["code"] == "KE"
