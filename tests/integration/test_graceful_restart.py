"""SIGTERM a worker mid-stream and start another: zero lost, zero duplicates.

faust's warm shutdown with our ``noack_take`` loop: partitions pause, the batch in flight (and what the take
buffer holds) is processed, delivered and acked, the producer flushes, offsets commit, the member leaves the
group. The suite runs 60 short articles; the issue's check is NEWSSTREAM_RESTART_ARTICLES=150.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

import pytest

from tests.integration.conftest import worker_log
from tests.integration.reliability import read_delivered, read_settled, sigterm, start_and_feed, wait_mid_batch

pytestmark = pytest.mark.integration

ARTICLES = int(os.environ.get("NEWSSTREAM_RESTART_ARTICLES", "60"))


def test_sigterm_restart_no_loss_no_duplicates(stream_settings: Any, worker_factory: Any) -> None:
    t0 = time.monotonic()
    ids, first = start_and_feed(stream_settings, worker_factory, ARTICLES, "restart")

    seen = wait_mid_batch(first, stream_settings.metrics_port, ARTICLES / 3, timeout=120)
    t_term = time.monotonic()
    code = sigterm(first, timeout=60)
    stop_seconds = time.monotonic() - t_term
    assert code == 0, worker_log(first)
    second = worker_factory()

    got = read_delivered(stream_settings, ids, timeout=120)
    missing = ids - set(got.enriched_keys())
    assert not missing, f"lost {len(missing)}: {sorted(missing)[:10]}\n{worker_log(second)}"
    settled = read_settled(stream_settings, stream_settings.metrics_port)
    dupes = {k: n for k, n in settled.enriched_keys().items() if n > 1}
    print(
        f"\n{ARTICLES} articles, SIGTERM at {seen.enriched:.0f} enriched / {seen.in_flight:.0f} in flight, "
        f"stopped in {stop_seconds:.1f}s: lost 0, duplicates {sum(dupes.values()) - len(dupes)}, "
        f"{time.monotonic() - t0:.0f}s"
    )
    assert not dupes, f"duplicates after a graceful restart: {sorted(dupes)[:10]}\n{worker_log(first)}"
    assert not settled.dead


def test_exactly_once_needs_transactions(stream_settings: Any) -> None:
    """``processing_guarantee="exactly_once"`` (and ``NEWSSTREAM_PRODUCER_IDEMPOTENCE``) need InitProducerId.
    Probed here: where the embedded broker refuses it, exactly-once is untested (documented in the README)."""
    from streams import clients

    async def probe() -> str | None:
        producer = clients.producer(stream_settings, enable_idempotence=True, request_timeout_ms=5000)
        try:
            await asyncio.wait_for(producer.start(), timeout=15)
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        finally:
            await producer.stop()
        return None

    refused = asyncio.run(probe())
    if refused:
        pytest.skip(f"exactly-once untested: the embedded broker refuses InitProducerId ({refused[:120]})")
    pytest.fail("the embedded broker now grants producer ids: add an exactly_once restart test here")
