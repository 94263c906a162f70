"""The test run itself: a SIGTERM (a CI timeout, a `kill`) still tears fixtures down, so the processes tests
start (the embedded broker, workers) do not outlive the run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO

_INNER = """
import subprocess, sys, time
from pathlib import Path

import pytest


@pytest.fixture
def child():
    proc = subprocess.Popen([sys.executable, "-c", "import time\\nwhile True: time.sleep(0.1)"])
    Path(__file__).with_name("child.pid").write_text(str(proc.pid))
    yield proc
    proc.terminate()
    proc.wait(timeout=10)


def test_waits_for_the_signal(child):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by its parent) counts as gone
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(")")[-1].split()[0] != "Z"


def test_sigterm_to_the_run_still_stops_what_fixtures_started(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(_INNER)
    pid_file = tmp_path / "child.pid"
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest", str(tmp_path)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    child = 0
    try:
        deadline = time.monotonic() + 60
        while not pid_file.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert pid_file.exists(), "the inner run never started its child"
        child = int(pid_file.read_text())
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child), "the fixture's process outlived the terminated run"
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
        if child and _alive(child):
            os.kill(child, signal.SIGKILL)
