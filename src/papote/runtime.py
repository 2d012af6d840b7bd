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
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence

import structlog

log = structlog.get_logger(__name__)

# Upper bounds (seconds) of the loop delay histogram in /metrics (``LoopWatch``).
LOOP_DELAY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class Buckets:
    """Plain counts of a histogram (read by /metrics at scrape time, nothing else paid)."""

    def __init__(self, bounds: Sequence[float]) -> None:
        self.bounds = tuple(bounds)
        self.counts = [0] * (len(self.bounds) + 1)  # the last one is +Inf
        self.total = 0.0

    def observe(self, value: float) -> None:
        self.total += value
        for i, bound in enumerate(self.bounds):
            if value <= bound:
                self.counts[i] += 1
                return
        self.counts[-1] += 1

    def cumulative(self) -> list[tuple[str, int]]:
        """``(le, count)`` pairs as Prometheus wants them, +Inf last."""
        out, running = [], 0
        for bound, count in zip((*map(str, self.bounds), "+Inf"), self.counts, strict=True):
            running += count
            out.append((bound, running))
        return out


class LoopWatch:
    """How late the event loop runs what is due, as every message waiting on it would
    feel it: a timer every ``every`` seconds, and how late each one fired, in
    ``delays`` (``papote_loop_delay_seconds`` in /metrics). One callback that stalls the
    loop for 80 ms (a burst of writes, a full collection, a big statement built at once)
    shows here as a delay of 80 ms, where a mean over a second would hide it; a p99 of
    delivery latency far above its p50 is usually that.

    Args:
        every: seconds between two readings (50 a second cost about 1 ms of CPU a second).
        trace_after: when > 0, a thread logs what the loop's thread is running once the
            loop has not run the timer for this many seconds past its due time (one
            warning per stall, with the stack: ``loop_stall_trace_ms``, off by default;
            the thread wakes four times per ``trace_after`` and costs the loop a little).
        clock: a monotonic clock in seconds.
    """

    def __init__(
        self,
        every: float = 0.02,
        *,
        trace_after: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.every = every
        self.trace_after = trace_after
        self._clock = clock
        self.delays = Buckets(LOOP_DELAY_BUCKETS)
        self.worst = 0.0  # the longest delay seen since start
        self.traced = 0  # stalls whose stack was logged (``trace_after``)
        self.last_stack = ""  # the last one logged
        self._beat = clock()  # when the loop last ran the watch's timer

    def record(self, delay: float) -> None:
        delay = max(0.0, delay)
        self.delays.observe(delay)
        if delay > self.worst:
            self.worst = delay

    async def run(self) -> None:
        """Read the loop's delay every ``every`` seconds until cancelled."""
        stop = threading.Event()
        if self.trace_after > 0:
            loop_thread = threading.get_ident()
            threading.Thread(
                target=self._trace, args=(loop_thread, stop), name="loop-stall-trace", daemon=True
            ).start()
        try:
            while True:
                self._beat = self._clock()
                due = self._beat + self.every
                await asyncio.sleep(self.every)
                self.record(self._clock() - due)
        finally:
            stop.set()

    def _trace(self, loop_thread: int, stop: threading.Event) -> None:
        """(Its own thread.) Log the loop thread's stack once per stall longer than
        ``trace_after`` past the timer's due time."""
        reported = -1.0
        while not stop.wait(self.trace_after / 4):
            beat = self._beat
            late = self._clock() - beat - self.every
            if late < self.trace_after or beat == reported:
                continue
            reported = beat
            frames = sys._current_frames()
            frame = frames.get(loop_thread)
            if frame is None:
                continue
            self.traced += 1
            # The loop thread's innermost frames; if it is in C code (uvloop), it may be
            # waiting for the GIL: the other threads' innermost frames say who holds it.
            stack = self.last_stack = "".join(traceback.format_stack(frame, limit=16))
            names = {t.ident: t.name for t in threading.enumerate()}
            others = {
                names.get(ident, str(ident)): "".join(traceback.format_stack(f, limit=4))
                for ident, f in frames.items()
                if ident not in (loop_thread, threading.get_ident())
            }
            log.warning(
                "event loop stalled", late_ms=round(1000 * late), stack=stack, threads=others
            )


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
