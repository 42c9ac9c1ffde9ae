"""What every engine shares: the :class:`Engine` protocol and :func:`ordered_results`, which keeps a
few shards in flight and yields their records in input order.

Both ``engines`` (this process, local worker processes) and ``dask_engine`` (a dask cluster)
import this module; neither imports the other at module level, and ``dask_engine`` never
imports ``engines``.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterable, Iterator, Protocol

from ..records import DocumentRecord
from .work import Task

SHARDS_IN_FLIGHT_PER_WORKER = 2


class Engine(Protocol):
    """Processes shards and yields each shard's records, in the order the shards came."""

    def map(self, shards: Iterable[list[Task]]) -> Iterator[list[DocumentRecord]]: ...

    def close(self) -> None: ...


def ordered_results(submit: Callable, shards: Iterable[list[Task]], in_flight: int) -> Iterator[list[DocumentRecord]]:
    """Submit shards (``submit(shard)`` returns a future) with at most ``in_flight`` pending, and
    yield their results in submission order."""
    pending: deque = deque()
    for shard in shards:
        pending.append(submit(shard))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
