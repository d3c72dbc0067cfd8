"""Run one job per locale on every core, when it pays and is safe.

Locales are independent (their own catalog, their own pages), so a large build or check splits
by locale over a fork-based process pool. Forking is only used when the process has a single
thread (not under `serve`, whose watcher and HTTP threads could hold locks a child inherits) and
the work is big enough to beat the cost of starting workers. Results come back in locale order,
so output stays deterministic.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
_JOB: Callable | None = None


def _run(item):
    return _JOB(item)


def map_locales(job: Callable[[str], T], locales: Sequence[str], work: int) -> list[T]:
    """[job(l) for l in locales], in parallel when `work` (a rough cost: 20,000 is about a second
    of one core) is large, more than one core is available, and forking is safe."""
    global _JOB
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if (cores < 2 or len(locales) < 2 or work < 20_000 or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods() or os.environ.get("SLASITE_WORKERS") == "1"):
        return [job(l) for l in locales]
    _JOB = job
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(min(cores, len(locales))) as pool:
            return pool.map(_run, locales, chunksize=1)
    finally:
        _JOB = None
