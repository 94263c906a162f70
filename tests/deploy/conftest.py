"""Static checks of docker-compose.yml and deploy/ (Docker and Kubernetes do not run in the test environment)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
WORKER_SERVICES = ("entities", "countries", "quotes")
METRIC_TOKEN = re.compile(r"\b((?:newsstream|process|python)_[a-zA-Z0-9_:]*)\b")


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text("utf-8"))


def load_all_yaml(path: Path) -> list[Any]:
    return [doc for doc in yaml.safe_load_all(path.read_text("utf-8")) if doc is not None]


def metrics_in(expr: str) -> set[str]:
    return set(METRIC_TOKEN.findall(expr))


@pytest.fixture(scope="session")
def compose() -> dict[str, Any]:
    data = load_yaml(REPO / "docker-compose.yml")
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="session")
def exposed_metrics() -> set[str]:
    """Sample names of the app's /metrics output, generated in-process (every labelled metric touched)."""
    from tests.deploy.metrics_exposition import metric_names

    return metric_names()


def readme_section(title: str) -> str:
    text = (REPO / "README.md").read_text("utf-8")
    ops = text[text.index("<!-- ops:start -->") : text.index("<!-- ops:end -->")]
    start = ops.index(title)
    nxt = ops.find("\n### ", start + len(title))
    return ops[start : nxt if nxt >= 0 else len(ops)]


def table_rows(section: str) -> list[list[str]]:
    """The rows of the first table in ``section``, without its header row."""
    rows: list[list[str]] = []
    for line in section.splitlines():
        if line.startswith("|"):
            if not line.startswith("|---"):
                rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif rows:
            break
    return rows[1:]


def backticked(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)
