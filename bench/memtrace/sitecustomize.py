"""Memory tracing for a server under a bench (bench/soak.py --trace-memory DIR).

Put this directory first on the server's ``PYTHONPATH`` with ``PAPOTE_MEMTRACE_DIR`` set:
Python imports ``sitecustomize`` at start-up, which starts a daemon thread. When a file named
``start`` appears in the directory, the thread starts ``tracemalloc`` (only what is allocated
from then on is traced: the steady state, not the start-up, and the entries before it run
at full speed) and, every ``PAPOTE_MEMTRACE_EVERY`` seconds (default 60), writes into the directory
a ``tracemalloc`` snapshot (``snap-<pid>-<n>.pickle``) and a line of JSON in
``gc-<pid>.jsonl`` (the collector's counts and statistics, the number of live objects per
type for the 40 most common types). When a file named ``collect`` appears in the directory,
the next round first runs a full collection with ``gc.DEBUG_SAVEALL`` and records what it
found unreachable, by type (``garbage`` in the JSON line), then writes the snapshot.

Not for production: tracing costs CPU and memory. Without ``PAPOTE_MEMTRACE_DIR`` this
module does nothing.
"""

from __future__ import annotations

import collections
import gc
import json
import os
import threading
import time
import tracemalloc
from pathlib import Path


def _types(objects: list[object], top: int) -> dict[str, int]:
    counts = collections.Counter(type(o).__qualname__ for o in objects)
    return dict(counts.most_common(top))


def _round(out: Path, n: int) -> None:
    record: dict[str, object] = {"n": n, "time": time.time()}
    try:
        (out / "collect").unlink()  # one node takes the trigger; the others get another
        collect = True
    except FileNotFoundError:
        collect = False
    if collect:
        gc.set_debug(gc.DEBUG_SAVEALL)
        try:
            record["collected"] = gc.collect()
            record["garbage"] = _types(gc.garbage, 40)
            gc.garbage.clear()
        finally:
            gc.set_debug(0)
    record["gc_count"] = gc.get_count()
    record["gc_stats"] = gc.get_stats()
    objects = gc.get_objects()
    record["objects"] = len(objects)
    record["frozen"] = gc.get_freeze_count()
    record["types"] = _types(objects, 40)
    del objects
    tracemalloc.take_snapshot().dump(str(out / f"snap-{os.getpid()}-{n:03d}.pickle"))
    record["traced"] = tracemalloc.get_traced_memory()
    with (out / f"gc-{os.getpid()}.jsonl").open("a") as f:
        f.write(json.dumps(record) + "\n")


def _loop(out: Path, every: float, frames: int) -> None:
    while not (out / "start").exists():
        time.sleep(0.5)
    tracemalloc.start(frames)
    n = 0
    due = time.monotonic() + every
    while True:
        time.sleep(0.5)
        if time.monotonic() >= due or (out / "collect").exists():
            _round(out, n)
            n += 1
            due = time.monotonic() + every


def _start() -> None:
    directory = os.environ.get("PAPOTE_MEMTRACE_DIR")
    if not directory:
        return
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    frames = int(os.environ.get("PAPOTE_MEMTRACE_FRAMES", "8"))
    every = float(os.environ.get("PAPOTE_MEMTRACE_EVERY", "60"))
    threading.Thread(target=_loop, args=(out, every, frames), name="memtrace", daemon=True).start()


_start()
