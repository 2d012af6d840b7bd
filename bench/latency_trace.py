"""Where a `say` spends its time inside the server: a trace for bench/profserve.py.

``bench/load.py --profile-phase say --profiler trace`` starts the server through
bench/profserve.py with this trace installed (it wraps a few methods of the server's
classes before the server is built; nothing in src/ knows of it). Between SIGUSR1 and
SIGUSR2 it stamps every bench message (the text starts with the client's
``time.monotonic_ns()`` when it wrote the frame, one clock for every process):

- ``read``: the server's ``data_received`` call that brought the frame began;
- ``queued``: the message is in the message writer's queue (the checks are done);
- ``commit_start`` / ``commit_end``: its group commit's ``append_messages``;
- ``published``: the commit's messages are in every recipient's queue (``Hub.release``);
- ``flushed``: the flusher has written the last connection that was dirty when the
  commit was published (the connections are written in the order they became dirty).

and reports the percentiles of each step, the group commits (messages, duration), the
flusher's callbacks (connections and frames per call, duration, frames per write) and
the loop's read phases (socket reads between two runs of the ready queue, their length).

The stamps cost the server a few microseconds a message: the trace says where the time
goes, the bench figures without it say how much there is.
"""

from __future__ import annotations

import asyncio
import gc
import json
import time
from collections.abc import Sequence
from typing import Any

from papote.ports import NewMessage, StoredMessage
from papote.service.writer import MessageWriter
from papote.transport import wsnative

_now = time.monotonic_ns


class Trace:
    """The stamps of one traced phase (everything in ns of CLOCK_MONOTONIC)."""

    def __init__(self) -> None:
        self.on = False
        self.read_ns = 0  # the current data_received's start
        # msg_id -> [sent, read, queued, commit_start, commit_end, published, flushed]
        self.messages: dict[str, list[int]] = {}
        self.commits: list[tuple[int, int, int]] = []  # (messages, commit ns, publish ns)
        self.flushes: list[tuple[int, int, int]] = []  # (connections written, frames, ns)
        self.reads_in_pass: list[tuple[int, int]] = []  # (data_received calls, ns)
        self.pass_reads = 0
        self.pass_start = 0
        self.taken = 0  # connections taken off the flusher's dirty list so far
        self.marks: list[tuple[int, list[str]]] = []  # (taken count to reach, msg ids)
        self.flusher: Any = None
        self.gc_start = 0
        self.collections: list[tuple[int, int]] = []  # (generation, ns) of each collection

    def reset(self) -> None:
        flusher = self.flusher  # made once, when the server started
        self.__init__()  # type: ignore[misc]
        self.flusher = flusher
        self.on = True

    def end_of_reads(self) -> None:
        """Runs in the ready queue after the pass's socket reads."""
        self.reads_in_pass.append((self.pass_reads, _now() - self.pass_start))
        self.pass_reads = 0

    def on_gc(self, phase: str, info: dict[str, int]) -> None:
        """``gc.callbacks``: how long each collection held the interpreter."""
        if not self.on:
            return
        if phase == "start":
            self.gc_start = _now()
        elif self.gc_start:
            self.collections.append((info["generation"], _now() - self.gc_start))
            self.gc_start = 0

    def summary(self) -> dict[str, Any]:
        steps = ["read", "queued", "commit_start", "commit_end", "published", "flushed"]
        complete = [v for v in self.messages.values() if all(v)]
        out: dict[str, Any] = {"messages": len(self.messages), "complete": len(complete)}
        out["missing"] = {
            step: sum(1 for v in self.messages.values() if not v[i])
            for i, step in enumerate(["sent", *steps])
        }
        prev = "sent"
        for i, step in enumerate(steps, start=1):
            out[f"{prev}->{step}_ms"] = _pcts([v[i] - v[i - 1] for v in complete])
            prev = step
        out["sent->flushed_ms"] = _pcts([v[6] - v[0] for v in complete])
        out["read->flushed_ms"] = _pcts([v[6] - v[1] for v in complete])
        out["commit_messages"] = _pcts([c[0] for c in self.commits], scale=1)
        out["commit_ms"] = _pcts([c[1] for c in self.commits])
        out["publish_ms"] = _pcts([c[2] for c in self.commits])
        out["commits"] = len(self.commits)
        out["flush_calls"] = len(self.flushes)
        out["flush_connections_per_call"] = _pcts([f[0] for f in self.flushes], scale=1)
        out["flush_call_ms"] = _pcts([f[2] for f in self.flushes])
        conns = sum(f[0] for f in self.flushes)
        frames = sum(f[1] for f in self.flushes)
        out["flush_frames_per_write"] = round(frames / conns, 2) if conns else None
        out["reads_per_pass"] = _pcts([r[0] for r in self.reads_in_pass], scale=1)
        out["read_phase_ms"] = _pcts([r[1] for r in self.reads_in_pass])
        out["passes_with_reads"] = len(self.reads_in_pass)
        for generation in (0, 1, 2):
            pauses = [ns for g, ns in self.collections if g == generation]
            out[f"gc{generation}_ms"] = _pcts(pauses)
            out[f"gc{generation}_total_ms"] = round(sum(pauses) / 1e6, 1)
        return out


def _pcts(values: list[int], scale: float = 1e6) -> dict[str, float] | None:
    if not values:
        return None
    values = sorted(values)
    n = len(values)

    def at(p: float) -> float:
        return round(values[min(n - 1, round(p / 100 * (n - 1)))] / scale, 3)

    return {
        "n": n,
        "mean": round(sum(values) / n / scale, 3),
        "p50": at(50),
        "p90": at(90),
        "p99": at(99),
        "max": round(values[-1] / scale, 3),
    }


TRACE = Trace()


def install() -> None:
    """Wrap the server's classes (before the server builds its objects)."""
    trace = TRACE
    proto_cls = wsnative.NativeWsProtocol
    data_received = proto_cls.data_received

    def traced_data_received(self: Any, data: bytes) -> None:
        if trace.on:
            t = _now()
            trace.read_ns = t
            if not trace.pass_reads:
                trace.pass_start = t
                asyncio.get_running_loop().call_soon(trace.end_of_reads)
            trace.pass_reads += 1
        data_received(self, data)

    proto_cls.data_received = traced_data_received  # type: ignore[method-assign]

    enqueue = MessageWriter.enqueue

    def traced_enqueue(self: Any, item: NewMessage) -> Any:
        if trace.on:
            head = item.text.split(" ", 1)[0]
            if head.isdigit():
                trace.messages[item.msg_id] = [int(head), trace.read_ns, _now(), 0, 0, 0, 0]
        return enqueue(self, item)

    MessageWriter.enqueue = traced_enqueue  # type: ignore[method-assign]

    async def traced_store_and_publish(
        self: MessageWriter, batch: list[NewMessage]
    ) -> Sequence[StoredMessage]:
        t0 = _now()
        stored = await self.store.append_messages(batch)
        t1 = _now()
        try:
            await self.on_stored(stored)
        except Exception:  # as MessageWriter._store_and_publish
            from papote.service.writer import log

            log.exception("publishing a stored batch failed", size=len(stored))
        t2 = _now()
        if trace.on:
            ids = []
            for m in batch:
                v = trace.messages.get(m.msg_id)
                if v is not None:
                    v[3], v[4], v[5] = t0, t1, t2
                    ids.append(m.msg_id)
            trace.commits.append((len(batch), t1 - t0, t2 - t1))
            flusher = trace.flusher
            if ids and flusher is not None:
                trace.marks.append((trace.taken + len(flusher.dirty), ids))
        return stored

    MessageWriter._store_and_publish = traced_store_and_publish  # type: ignore[assignment,method-assign]

    flusher_init = wsnative.Flusher.__init__
    flush = wsnative.Flusher.flush

    def traced_init(self: Any) -> None:
        flusher_init(self)
        trace.flusher = self

    def traced_flush(self: Any) -> None:
        if not trace.on:
            flush(self)
            return
        t0 = _now()
        taking = min(len(self.dirty), wsnative.FLUSH_CHUNK)
        frames0 = self.frames_out
        writes0 = self.writes
        flush(self)
        t1 = _now()
        trace.taken += taking
        trace.flushes.append((self.writes - writes0, self.frames_out - frames0, t1 - t0))
        marks = trace.marks
        while marks and marks[0][0] <= trace.taken:
            _, ids = marks.pop(0)
            for msg_id in ids:
                v = trace.messages.get(msg_id)
                if v is not None:
                    v[6] = t1

    gc.callbacks.append(trace.on_gc)
    wsnative.Flusher.__init__ = traced_init  # type: ignore[method-assign]
    wsnative.Flusher.flush = traced_flush  # type: ignore[method-assign]


def start() -> None:
    TRACE.reset()


def stop(path: str) -> None:
    TRACE.on = False
    with open(path, "w", encoding="utf-8") as f:
        json.dump(TRACE.summary(), f, indent=1, sort_keys=True)
        f.write("\n")
