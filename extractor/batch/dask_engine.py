"""The dask.distributed engine: shards processed on a cluster, the model loaded once per worker by
a worker plugin. Imported only by runs with ``--engine dask``."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from ..api import Warta, load
from ..records import DocumentRecord
from .shards import SHARDS_IN_FLIGHT_PER_WORKER, ordered_results
from .work import Task, process_shard

_PLUGIN_NAME = "warta"


class WartaPlugin(WorkerPlugin):
    """Loads the pipeline when a dask worker starts (or joins the cluster later)."""

    name = _PLUGIN_NAME

    def __init__(self, load_options: dict) -> None:
        self.load_options = load_options
        self.warta: Optional[Warta] = None

    def setup(self, worker) -> None:
        """Load the pipeline on ``worker``."""
        self.warta = load(**self.load_options)


def _process_on_worker(shard: list[Task]) -> list[DocumentRecord]:
    return process_shard(get_worker().plugins[_PLUGIN_NAME].warta, shard)


class DaskCluster:
    """Shards processed on a dask.distributed cluster. Its workers need warta installed with its
    model, as on the client.

    Args:
        scheduler: the scheduler's address (``tcp://host:8786``); None starts a local cluster of
            ``workers`` processes.
        workers: the size of that local cluster.
        load_options: each worker's pipeline is ``extractor.load(**load_options)``.
    """

    def __init__(self, scheduler: Optional[str], workers: int, load_options: dict) -> None:
        self.cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                           processes=True, dashboard_address=None)
        self.client = Client(scheduler or self.cluster)
        self.client.register_plugin(WartaPlugin(load_options))

    def map(self, shards: Iterable[list[Task]]) -> Iterator[list[DocumentRecord]]:
        """The records of each shard, in order."""
        threads = max(1, sum(self.client.nthreads().values()))
        return ordered_results(lambda shard: self.client.submit(_process_on_worker, shard, pure=False),
                               shards, threads * SHARDS_IN_FLIGHT_PER_WORKER)

    def close(self) -> None:
        """Disconnect, and stop the local cluster when this engine started one."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
