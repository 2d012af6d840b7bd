"""Where the suite's time goes, per test and per file: a pytest plugin, off unless asked.

    PAPOTE_TEST_TIMING=/tmp/t nice -n 10 .venv/bin/python -m pytest -p tests.timing -n 2 ...
    .venv/bin/python -m tests.timing /tmp/t

Each worker appends one JSON line per test to ``<path>.<worker>``: the test, its worker,
its start and end (wall clock) and the CPU (user + system) that everything the worker
started used meanwhile: the worker, the fork server and the servers it forked, Chromium
and its driver, every CLI run. That is read from a cgroup v1 ``cpuacct`` group of the
worker's own (accounting only: no limit, no share changes), which counts every process
started from it, reaped or not; Chromium's renderers are not reaped by anything in the
worker's process tree, so without such a group (not root, no cgroup v1) the figure is the
tree's living processes, which misses them once they exit. The report sums them per file
and says when each worker finished.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Generator
from pathlib import Path

import pytest

_TICK = os.sysconf("SC_CLK_TCK")
_CPUACCT = Path("/sys/fs/cgroup/cpuacct")
_group: Path | None = None


def _own_group() -> Path | None:
    """A cpuacct group holding this process and all it starts from now on (None if the
    machine has none, or it may not be made)."""
    for stale in _CPUACCT.glob("papote-timing-*"):  # of workers gone, once empty
        if not Path(f"/proc/{stale.name.rsplit('-', 1)[1]}").exists():
            with contextlib.suppress(OSError):
                stale.rmdir()
    group = _CPUACCT / f"papote-timing-{os.getpid()}"
    try:
        group.mkdir(exist_ok=True)
        (group / "cgroup.procs").write_text(str(os.getpid()))
    except OSError:
        return None
    return group


def _cpu() -> float:
    """CPU seconds used so far by this worker and everything it started."""
    if _group is not None:
        return int((_group / "cpuacct.usage").read_text()) / 1e9
    return _tree_cpu(os.getpid())


def _tree_cpu(root: int) -> float:
    """CPU seconds of ``root`` and all its living descendants, with what each reaped."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields[1])
        cpu[pid] = sum(int(value) for value in fields[11:15]) / _TICK
    total = 0.0
    for pid, seconds in cpu.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        if ancestor == root:
            total += seconds
    return total


def _output() -> Path | None:
    base = os.environ.get("PAPOTE_TEST_TIMING")
    if not base:
        return None
    return Path(f"{base}.{os.environ.get('PYTEST_XDIST_WORKER', 'main')}")


def pytest_configure(config: pytest.Config) -> None:
    global _group
    if _output() is not None and _group is None:
        _group = _own_group()


def pytest_unconfigure(config: pytest.Config) -> None:
    global _group
    if _group is None:
        return
    try:  # back to the parent group; the group goes once its last process has exited
        (_group.parent / "cgroup.procs").write_text(str(os.getpid()))
        _group.rmdir()
    except OSError:
        pass
    _group = None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, object, object]:
    output = _output()
    if output is None:
        return (yield)
    start, cpu = time.time(), _cpu()
    result = yield
    row = {
        "test": item.nodeid,
        "worker": os.environ.get("PYTEST_XDIST_WORKER", "main"),
        "start": start,
        "end": time.time(),
        "cpu": _cpu() - cpu,
    }
    with output.open("a") as out:
        out.write(json.dumps(row) + "\n")
    return result


def report(base: str) -> str:
    """Per-file wall and CPU, slowest first, and each worker's span."""
    rows = [
        json.loads(line)
        for path in Path(base).parent.glob(Path(base).name + ".*")
        if path.suffix[1:] == "main" or path.suffix[1:].startswith("gw")
        for line in path.read_text().splitlines()
    ]
    files: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    workers: dict[str, list[float]] = {}
    for row in rows:
        per_file = files[row["test"].split("::")[0]]
        per_file[0] += row["end"] - row["start"]
        per_file[1] += row["cpu"]
        per_file[2] += 1
        span = workers.setdefault(row["worker"], [row["start"], row["end"], 0.0, 0.0])
        span[0], span[1] = min(span[0], row["start"]), max(span[1], row["end"])
        span[2] += row["end"] - row["start"]
        span[3] += row["cpu"]
    lines = [f"{'wall s':>8} {'cpu s':>8} {'tests':>6}  file"]
    for name, (wall, cpu, count) in sorted(files.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"{wall:8.1f} {cpu:8.1f} {int(count):6d}  {name}")
    first = min(span[0] for span in workers.values()) if workers else 0.0
    for worker, (begin, end, wall, cpu) in sorted(workers.items()):
        lines.append(
            f"{worker}: {begin - first:.0f} s to {end - first:.0f} s, "
            f"{wall:.0f} s in tests, {cpu:.0f} s CPU"
        )
    lines.append(f"total: {sum(f[1] for f in files.values()):.0f} s CPU, {len(rows)} tests")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(sys.argv[1]))
