"""Timing for complexity checks: tests compare the growth of a cost (N against 4N), never a wall-clock bound."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_seconds(run: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of ``run``, in this process's CPU seconds (other load on the machine, which
    made wall-clock ratios flaky on a shared 2-core runner, does not count; ``run`` works in this process), with
    the cyclic garbage collector paused as ``timeit`` does: a full collection walks every object the test session
    holds (models, documents of earlier tests), a cost of the session's heap, not of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
    return best
