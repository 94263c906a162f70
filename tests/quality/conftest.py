"""The dev-gold report, computed once per session for every quality test (skipped without ../shared)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import CORPUS, GOLD, SEED, need_shared


@pytest.fixture(scope="session")
def dev_report() -> dict[str, Any]:
    for path in (GOLD, SEED, CORPUS):
        need_shared(path)
    from processors import nlp
    from processors.evaluation import evaluate

    return evaluate(nlp.load_model(), GOLD, [SEED, CORPUS])
