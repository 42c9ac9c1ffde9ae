"""Where shards are processed: in this process, in local worker processes, or on a dask cluster.

Every engine loads the model once per worker (a process initializer; a dask worker plugin) and
returns the shards' records in input order, keeping only a few shards in flight so memory stays
bounded whatever the size of the input. Worker processes are used instead of spaCy's
``nlp.pipe(n_process=...)``, which gave no speed-up on this pipeline. The dask engine lives in
``dask_engine``, imported only when a run asks for it; what both need is in ``shards``.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator, Optional

from ..api import Warta, load
from ..records import DocumentRecord
from .shards import SHARDS_IN_FLIGHT_PER_WORKER, Engine, ordered_results
from .work import Task, process_shard

ENGINES = ("local", "dask")


class InProcess:
    """Shards processed one after another by a pipeline in this process."""

    def __init__(self, warta: Warta) -> None:
        self.warta = warta

    def map(self, shards: Iterable[list[Task]]) -> Iterator[list[DocumentRecord]]:
        """The records of each shard, in order."""
        return (process_shard(self.warta, shard) for shard in shards)

    def close(self) -> None:
        """Nothing to release."""


_worker_warta: Optional[Warta] = None


def _load_worker(load_options: dict) -> None:
    global _worker_warta
    # Ctrl-C reaches the whole process group: the parent stops the run, workers just end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_warta = load(**load_options)


def _process_in_worker(shard: list[Task]) -> list[DocumentRecord]:
    return process_shard(_worker_warta, shard)


def _pid_after_a_pause(_: int) -> int:
    time.sleep(0.05)  # long enough that every idle worker gets one of the tasks
    return os.getpid()


class LocalProcesses:
    """Shards processed by ``workers`` local processes, each loading the model once
    (``extractor.load(**load_options)``).

    Processes are spawned (not forked), so a worker never inherits locks or threads of the parent.
    """

    def __init__(self, workers: int, load_options: dict) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_load_worker, initargs=(load_options,))

    def start(self) -> None:
        """Wait until every worker has loaded the model (the pool starts workers lazily otherwise):
        a worker runs tasks only after its initializer, so seeing every worker's pid is enough."""
        pids: set[int] = set()
        while len(pids) < self.workers:
            pids.update(self.pool.map(_pid_after_a_pause, range(self.workers * 2)))

    def map(self, shards: Iterable[list[Task]]) -> Iterator[list[DocumentRecord]]:
        """The records of each shard, in order."""
        return ordered_results(lambda shard: self.pool.submit(_process_in_worker, shard), shards,
                               self.workers * SHARDS_IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        """Stop the workers, dropping shards not started yet."""
        self.pool.shutdown(wait=True, cancel_futures=True)


def make_engine(engine: str, workers: int, load_options: dict, scheduler: Optional[str] = None) -> Engine:
    """The engine for ``--engine``/``--workers``/``--scheduler``; each worker's pipeline is
    ``extractor.load(**load_options)``, and one local worker runs in this process."""
    if engine == "dask":
        from .dask_engine import DaskCluster  # distributed is imported only by runs that use it

        return DaskCluster(scheduler, workers, load_options)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (use {' or '.join(ENGINES)})")
    if workers == 1:
        return InProcess(load(**load_options))
    return LocalProcesses(workers, load_options)
