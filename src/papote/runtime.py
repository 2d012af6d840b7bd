"""Full garbage collections on a timer, so that cyclic garbage of long-lived objects is freed.

``cli.tune_runtime`` makes the collector's automatic collections rare (a full one walked
every live object and was the p99 latency). With its thresholds a full collection waits
for 100 collections of the middle generation, each after 20 of the youngest, each after
20,000 more container allocations than deallocations: under a steady load that is hours.
Objects that live long enough to reach the oldest generation and then become garbage in
a reference cycle are only freed by a full collection. A closed WebSocket connection was
such a cycle (its protocol, parser, session and the person's state pointed at each other),
and a node that saw one reconnect a second grew by 0.5 to 0.8 MiB a minute for as long as
it ran (docs/performance.md, "Soak"); the native listener now breaks those cycles as the
socket closes (``wsnative.NativeWsProtocol.connection_lost``). ``FullCollections`` is the
safety net for any other: one full collection every ``gc_full_every`` seconds, for the
price of one pause of the collector (measured and counted for /metrics).
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable

import structlog

log = structlog.get_logger(__name__)


class FullCollections:
    """A full collection every ``every`` seconds (``run``), with what it cost.

    Args:
        every: seconds between two collections; 0 turns them off (``run`` returns).
        collect: the collection (``gc.collect``; a test may count calls instead).
        clock: a monotonic clock in seconds, for the pause.
    """

    def __init__(
        self,
        every: float,
        *,
        collect: Callable[[int], int] = gc.collect,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.every = every
        self._collect = collect
        self._clock = clock
        # counters read by /metrics
        self.runs = 0
        self.seconds = 0.0
        self.last_seconds = 0.0
        self.freed = 0

    def collect_now(self) -> int:
        """One full collection; returns the number of unreachable objects it found."""
        start = self._clock()
        freed = self._collect(2)
        pause = self._clock() - start
        self.runs += 1
        self.seconds += pause
        self.last_seconds = pause
        self.freed += freed
        log.debug("full collection", freed=freed, seconds=round(pause, 4))
        return freed

    async def run(self) -> None:
        """Collect every ``every`` seconds until cancelled (nothing when ``every`` is 0)."""
        if self.every <= 0:
            return
        while True:
            await asyncio.sleep(self.every)
            self.collect_now()
