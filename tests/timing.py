"""Timing for complexity checks: tests compare the growth of a cost (N against 4N), never a wall-clock bound."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_seconds(run: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of ``run`` (the least disturbed by other load on the machine)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best
