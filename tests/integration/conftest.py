"""Integration fixtures: a worker subprocess on the session's embedded broker, stopped after the test."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.processes import start_worker, stop_worker
from streams.topics import ensure_topics


@pytest.fixture
def worker_factory(stream_settings: Any, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    started: list[Any] = []

    def start(stages: str = "all", settings: Any = None, extra_env: dict[str, str] | None = None) -> Any:
        s = settings or stream_settings
        asyncio.run(ensure_topics(s))
        proc = start_worker(s, stages, extra_env=extra_env, log_path=str(tmp_path / f"worker-{len(started)}.log"))
        started.append(proc)
        return proc

    yield start
    for proc in started:
        stop_worker(proc, timeout=20)


def worker_log(proc: Any) -> str:
    return Path(proc.log_path).read_text("utf-8", "replace")[-4000:]
