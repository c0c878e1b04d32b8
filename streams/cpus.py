"""How many extraction processes a worker runs by default: one per CPU it may use, less one."""

from __future__ import annotations

import os

__all__ = ["default_extract_workers", "extract_workers_for"]


def extract_workers_for(cpus: int) -> int:
    """Extraction processes for a worker that may run on ``cpus`` CPUs: one CPU is left to the
    event loop (Kafka and Redis I/O, heartbeats, the web view), which a busy child would
    otherwise starve; at least one child, or nothing would be extracted. 2 CPUs -> 1, 8 -> 7."""
    return max(1, cpus - 1)


def default_extract_workers() -> int:
    """:func:`extract_workers_for` the CPUs this process may run on: a container's or taskset's
    limit (``sched_getaffinity``), not the machine's count."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return extract_workers_for(cpus or 1)
