"""What grew in a traced soak (bench/soak.py --trace-memory DIR, bench/memtrace).

For each node (``gc-<pid>.jsonl``): the live objects by type and the container sizes
(``Class.attribute``: instances, summed length, summed inner length) at the first round
and at the last before the forced collection, the difference, sorted by growth; and, if
``tracemalloc`` snapshots are there, the allocation sites that grew most between the
``--from-round`` snapshot and the last.

    .venv/bin/python bench/memtrace_report.py DIR [--top 25] [--from-round 1]
"""

from __future__ import annotations

import argparse
import json
import tracemalloc
from pathlib import Path
from typing import Any


def _rounds(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _growth(a: dict[str, Any], b: dict[str, Any], top: int) -> list[tuple[str, Any, Any]]:
    keys = set(a) | set(b)

    def size(v: Any) -> int:
        return v if isinstance(v, int) else v[1] + v[2]

    rows = [(k, a.get(k, 0), b.get(k, 0)) for k in keys]
    rows.sort(key=lambda r: size(r[2]) - size(r[1]), reverse=True)
    return [r for r in rows[:top] if size(r[2]) != size(r[1])]


def report(directory: Path, top: int, first: int) -> None:
    for path in sorted(directory.glob("gc-*.jsonl")):
        every = _rounds(path)
        collected = [r for r in every if "garbage" in r]  # the forced collection at the end
        rounds = [r for r in every if "garbage" not in r]
        if len(rounds) <= first:
            continue
        a, b = rounds[first], rounds[-1]
        minutes = (b["time"] - a["time"]) / 60
        print(f"== {path.name}: rounds {a['n']} -> {b['n']}, {minutes:.1f} min")
        print(f"  gc objects {a['objects']} -> {b['objects']}")
        if "allocated_blocks" in a:
            print(f"  allocated blocks {a['allocated_blocks']} -> {b['allocated_blocks']}")
        for c in collected:
            print(f"  full collection at the end: {c.get('collected')} unreachable")
            print("   ", c["garbage"])
        print("  types that grew:")
        for name, x, y in _growth(a["types"], b["types"], top):
            print(f"    {name:50} {x:>9} -> {y:>9}")
        if "containers" in a:
            print("  containers that grew (instances, length, inner length):")
            for name, x, y in _growth(a["containers"], b["containers"], top):
                print(f"    {name:80} {x} -> {y}")
        pid = path.stem.split("-", 1)[1]
        snaps = sorted(directory.glob(f"snap-{pid}-*.pickle"))
        if len(snaps) > first + 1:
            old = tracemalloc.Snapshot.load(str(snaps[first]))
            new = tracemalloc.Snapshot.load(str(snaps[-1]))
            print(f"  tracemalloc {snaps[first].name} -> {snaps[-1].name}:")
            for stat in new.compare_to(old, "traceback")[:top]:
                print(f"    {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d}")
                for line in stat.traceback.format()[-6:]:
                    print(f"        {line}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("directory", type=Path)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--from-round", type=int, default=1, help="the round to compare from")
    args = p.parse_args()
    report(args.directory, args.top, args.from_round)


if __name__ == "__main__":
    main()
