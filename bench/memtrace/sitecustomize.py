"""Memory tracing for a server under a bench (bench/soak.py --trace-memory DIR).

Put this directory first on the server's ``PYTHONPATH`` with ``PAPOTE_MEMTRACE_DIR`` set:
Python imports ``sitecustomize`` at start-up, which starts a daemon thread. When a file named
``start`` appears in the directory, the thread starts ``tracemalloc`` (only what is allocated
from then on is traced: the steady state, not the start-up, and the entries before it run
at full speed) and, every ``PAPOTE_MEMTRACE_EVERY`` seconds (default 60), writes into the directory
a ``tracemalloc`` snapshot (``snap-<pid>-<n>.pickle``) and a line of JSON in
``gc-<pid>.jsonl`` (the collector's counts and statistics, the number of live objects per
type for the 40 most common types, and ``containers``: the summed sizes of the dicts, sets,
lists and deques held in the attributes of every live object of Papote's classes and of the
libraries under it, by ``Class.attribute``, with the sizes of their inner containers one
level down: what a growing cache or map looks like). Tracing unfreezes the objects the
server froze at start-up (``gc.get_objects`` does not list frozen ones). When a file named
``collect`` appears in the directory, the next round first runs a full collection with
``gc.DEBUG_SAVEALL`` and records what it found unreachable, by type (``garbage`` in the JSON
line), then writes the snapshot.

``PAPOTE_MEMTRACE_REFERRERS=TypeA,TypeB`` also records, for the live objects of those types
(by class name), how many there are and the types of the objects that refer to them (two
levels for methods, cells, frames, dicts, lists and tuples).
``PAPOTE_MEMTRACE_COLLECT_YOUNG=1`` runs a collection of the two young generations before
each round (then what is still counted survived one).
``PAPOTE_MEMTRACE_MALLOC=0`` leaves ``tracemalloc`` off (no snapshots): the node then runs
at nearly full speed and only the collector's figures and the container sizes are written.

Not for production: tracing costs CPU and memory. Without ``PAPOTE_MEMTRACE_DIR`` this
module does nothing.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import json
import os
import sys
import threading
import time
import tracemalloc
from pathlib import Path


def _types(objects: list[object], top: int) -> dict[str, int]:
    counts = collections.Counter(type(o).__qualname__ for o in objects)
    return dict(counts.most_common(top))


_PACKAGES = (
    "papote",
    "sqlalchemy",
    "asyncpg",
    "redis",
    "websockets",
    "uvicorn",
    "structlog",
    "prometheus_client",
    "msgspec",
)
_CONTAINERS = (dict, set, frozenset, list, collections.deque)


def _attributes(o: object) -> list[tuple[str, object]]:
    pairs: list[tuple[str, object]] = []
    d = getattr(o, "__dict__", None)
    if isinstance(d, dict):
        pairs.extend(d.items())
    for klass in type(o).__mro__:
        for name in getattr(klass, "__slots__", ()):
            if isinstance(name, str) and name not in ("__dict__", "__weakref__"):
                with contextlib.suppress(AttributeError):
                    pairs.append((name, getattr(o, name)))
    return pairs


def _containers(objects: list[object], top: int) -> dict[str, list[int]]:
    """`Class.attribute` -> [instances, summed length, summed length of inner containers]."""
    sizes: dict[str, list[int]] = {}
    for o in objects:
        klass = type(o)
        module = klass.__dict__.get("__module__")
        if not isinstance(module, str) or not module.startswith(_PACKAGES):
            continue
        if isinstance(o, type):
            continue
        try:
            pairs = _attributes(o)
        except Exception:  # a probe: an odd object is skipped
            continue
        for name, value in pairs:
            if not isinstance(value, _CONTAINERS):
                continue
            inner = 0
            values = value.values() if isinstance(value, dict) else value
            try:
                for v in values:
                    if isinstance(v, _CONTAINERS):
                        inner += len(v)
            except RuntimeError:  # changed size under us (another thread)
                pass
            entry = sizes.setdefault(f"{module}.{klass.__qualname__}.{name}", [0, 0, 0])
            entry[0] += 1
            entry[1] += len(value)
            entry[2] += inner
    ranked = sorted(sizes.items(), key=lambda kv: kv[1][1] + kv[1][2], reverse=True)
    return dict(ranked[:top])


def _referrers(objects: list[object], names: list[str]) -> dict[str, dict[str, int]]:
    """For each type named: how many live instances, and who refers to them, by type."""
    found: dict[str, dict[str, int]] = {}
    for name in names:
        instances = [o for o in objects if type(o).__qualname__ == name]
        counts: collections.Counter[str] = collections.Counter()
        skip = {id(objects), id(instances)}
        holders: dict[str, list[object]] = collections.defaultdict(list)
        for r in gc.get_referrers(*instances) if instances else []:
            if id(r) in skip:
                continue
            kind = type(r).__qualname__
            counts[kind] += 1
            if kind in ("method", "cell", "frame", "dict", "list", "tuple"):
                holders[kind].append(r)
        skip.add(id(holders))
        # one level further for the holders that only point (methods, cells, frames...)
        for kind, held in holders.items():
            skip.add(id(held))
            for rr in gc.get_referrers(*held):
                if id(rr) not in skip:
                    counts[f"{kind}<-{type(rr).__qualname__}"] += 1
        found[name] = {"instances": len(instances), **dict(counts.most_common(20))}
    return found


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
    if os.environ.get("PAPOTE_MEMTRACE_COLLECT_YOUNG") == "1":
        # What the young collections would free now (the server's own run rarely).
        record["collected_young"] = gc.collect(1)
    record["gc_count"] = gc.get_count()
    record["gc_stats"] = gc.get_stats()
    objects = gc.get_objects()
    record["objects"] = len(objects)
    record["frozen"] = gc.get_freeze_count()
    record["types"] = _types(objects, 40)
    record["containers"] = _containers(objects, 150)
    names = [t for t in os.environ.get("PAPOTE_MEMTRACE_REFERRERS", "").split(",") if t]
    if names:
        record["referrers"] = _referrers(objects, names)
    del objects
    record["allocated_blocks"] = sys.getallocatedblocks()
    if tracemalloc.is_tracing():
        tracemalloc.take_snapshot().dump(str(out / f"snap-{os.getpid()}-{n:03d}.pickle"))
        record["traced"] = tracemalloc.get_traced_memory()
    with (out / f"gc-{os.getpid()}.jsonl").open("a") as f:
        f.write(json.dumps(record) + "\n")


def _loop(out: Path, every: float, frames: int, malloc: bool) -> None:
    while not (out / "start").exists():
        time.sleep(0.5)
    # The server froze what it built at start-up (cli.tune_runtime: gc.freeze), its
    # services and their maps among them, and gc.get_objects() does not list frozen
    # objects: they go back to the oldest generation, so their containers are measured.
    gc.unfreeze()
    if malloc:
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
    malloc = os.environ.get("PAPOTE_MEMTRACE_MALLOC", "1") != "0"
    threading.Thread(
        target=_loop, args=(out, every, frames, malloc), name="memtrace", daemon=True
    ).start()


_start()
