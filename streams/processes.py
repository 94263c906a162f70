"""Worker subprocesses (used by demo, bench and the integration tests): start, stop, scrape metrics."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import urllib.request

from streams.settings import Settings


def start_worker(
    settings: Settings,
    stages: str = "all",
    extra_env: dict[str, str] | None = None,
    log_path: str | None = None,
) -> subprocess.Popen[bytes]:
    """Start ``newsstream worker`` in its own process group; its log goes to ``log_path`` (a temp file)."""
    env = dict(os.environ)
    env.update(
        {
            "KAFKA_BOOTSTRAP_SERVERS": settings.bootstrap_servers,
            "NEWSSTREAM_TOPIC_PREFIX": settings.topic_prefix,
            "NEWSSTREAM_METRICS_PORT": str(settings.metrics_port),
            "NEWSSTREAM_METRICS_ADDR": "127.0.0.1",
            "NEWSSTREAM_PARTITIONS": str(settings.partitions),
            "NEWSSTREAM_TOPOLOGY": settings.topology,
            "NEWSSTREAM_SESSION_TIMEOUT_SECONDS": str(settings.session_timeout),
            "NEWSSTREAM_REBALANCE_TIMEOUT_SECONDS": str(settings.rebalance_timeout),
            "NEWSSTREAM_DATA_DIR": settings.data_dir,
        }
    )
    env.update(extra_env or {})
    if log_path is None:
        fd, log_path = tempfile.mkstemp(prefix="newsstream-worker-", suffix=".log")
        os.close(fd)
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker", "--stages", stages],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    proc.log_path = log_path  # type: ignore[attr-defined]
    return proc


def stop_worker(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> int:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    return proc.returncode if proc.returncode is not None else -1


def scrape(port: int) -> str:
    """The worker's /metrics text."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        return str(resp.read().decode())
