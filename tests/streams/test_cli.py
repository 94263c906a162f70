"""The CLI commands that need no worker: enrich (offline), eval, produce and tail."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from click.testing import CliRunner

from processors.articles import load_schema
from streams.cli import exit_on_sigterm, main
from tests.conftest import SAMPLES


def test_enrich_writes_schema_valid_events() -> None:
    result = CliRunner().invoke(main, ["enrich", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    lines = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(SAMPLES.read_text().splitlines())
    for event in lines:
        jsonschema.validate(event, load_schema("output"))


def test_enrich_reports_bad_records_and_keeps_going(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "ok", "text": "The mayor of Lyon said it was fine."}\n{"id": "bad"}\n[1]\n')
    result = CliRunner().invoke(main, ["enrich", str(src)])
    assert result.exit_code == 1
    assert [orjson.loads(x)["id"] for x in result.stdout.splitlines()] == ["ok"]
    assert "record 2: InvalidInput" in result.stderr and "record 3: InvalidInput" in result.stderr


def test_enrich_reads_stdin() -> None:
    result = CliRunner().invoke(main, ["enrich", "-"], input='{"id": "s", "text": "Rain fell in Oslo."}\n')
    assert result.exit_code == 0 and orjson.loads(result.stdout)["id"] == "s"


def test_eval_scores_against_gold(tmp_path: Path) -> None:
    text = 'Officials in Kenya said "the road is open," according to Mary Wanjiru.'
    (tmp_path / "a.jsonl").write_text(orjson.dumps({"id": "g1", "text": text}).decode() + "\n")
    gold = {
        "id": "g1",
        "countries": ["KE"],
        "focus": ["KE"],
        "quotes": [{"text": "the road is open,", "speaker": "Mary Wanjiru", "kind": "direct"}],
    }
    (tmp_path / "gold.jsonl").write_text(orjson.dumps(gold).decode() + "\n")
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.jsonl"), str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0, result.output
    report = orjson.loads(result.stdout)
    assert report["articles"] == 1 and report["missing_articles"] == []
    assert set(report["countries"]) >= {"precision", "recall", "f1"}
    assert report["per_article"][0]["id"] == "g1"


def test_eval_reports_an_invalid_article_and_scores_the_rest(tmp_path: Path) -> None:
    # an article the input schema refuses is listed with its error and scored as an empty prediction
    good = {"id": "g1", "text": 'Officials in Kenya said "the road is open," according to Mary Wanjiru.'}
    bad = {"id": "g2", "text": "Officials in Peru met.", "published_at": "2024"}
    (tmp_path / "a.jsonl").write_text("".join(orjson.dumps(a).decode() + "\n" for a in (good, bad)))
    gold = [
        {"id": "g1", "countries": ["KE"], "focus": ["KE"], "quotes": []},
        {"id": "g2", "countries": ["PE"], "focus": ["PE"], "quotes": []},
    ]
    (tmp_path / "gold.jsonl").write_text("".join(orjson.dumps(g).decode() + "\n" for g in gold))
    result = CliRunner().invoke(main, ["eval", "--summary", str(tmp_path / "gold.jsonl"), str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0, result.output
    report = orjson.loads(result.stdout)
    assert list(report["failed_articles"]) == ["g2"]
    assert report["failed_articles"]["g2"].startswith("InvalidInput: schema violation at published_at")
    assert report["missing_articles"] == []
    assert report["countries"]["tp"] == 1 and report["countries"]["fn"] == 1  # PE counted as missed


@pytest.mark.integration
def test_produce_then_tail(stream_settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", stream_settings.bootstrap_servers)
    monkeypatch.setenv("NEWSSTREAM_TOPIC_PREFIX", stream_settings.topic_prefix)
    src = tmp_path / "arts.jsonl"
    src.write_text("".join(orjson.dumps({"id": f"p{i}", "text": f"Story {i}."}).decode() + "\n" for i in range(3)))
    runner = CliRunner()
    result = runner.invoke(main, ["produce", str(src)])
    assert result.exit_code == 0, result.output
    topic = stream_settings.topic_prefix + "articles.raw"
    result = runner.invoke(main, ["tail", "--topic", topic, "--max", "3", "--timeout", "30"])
    assert result.exit_code == 0, result.output
    assert sorted(orjson.loads(x)["id"] for x in result.stdout.splitlines()) == ["p0", "p1", "p2"]


def test_sigterm_unwinds_like_ctrl_c_for_commands_that_start_processes() -> None:
    previous = signal.getsignal(signal.SIGTERM)
    cleaned: list[bool] = []
    try:
        exit_on_sigterm()
        with pytest.raises(SystemExit) as exc:
            try:
                os.kill(os.getpid(), signal.SIGTERM)
                signal.sigtimedwait([], 0)  # let the handler run; nothing after the kill is reached
                raise AssertionError("SIGTERM did not interrupt")
            finally:
                cleaned.append(True)  # what the broker's and workers' context managers rely on
        assert exc.value.code == 128 + signal.SIGTERM
        assert cleaned == [True]
    finally:
        signal.signal(signal.SIGTERM, previous)
