"""Two nodes against one, each held to the same CPU quota (issue 14.5).

A 2-core machine cannot give two nodes a core each and still run the clients, Redis and
PostgreSQL. CPU quotas can still show scaling: every node runs in a cgroup of its own
limited to Q cores (cgroup v1 ``cpu.cfs_quota_us`` or v2 ``cpu.max``), one node at Q is
compared with two nodes at Q each, and the clients, Redis and PostgreSQL run outside the
quotas. Both sides run the same deployment: PostgreSQL (a schema of its own) and Redis (a
prefix of its own), one node or two; with two, connection g goes to node g mod 2, so every
salon spans both nodes and each message crosses Redis.

For each scenario (1 x 5000 and 100 x 100 by default) and each node count, bench/load.py
runs under ``flock /tmp/papote-bench.lock`` (one measurement at a time on the machine):
sessions, sockets and joins at full speed, then the quota is set and the say phases run at
rising offered rates. The capacity is the highest deliveries/s counted by the clients in a
phase (with ``--p99-bound-ms B``: of a phase that lost nothing with its p99 <= B, the
only capacity a big salon has, since its node coalesces writes as it falls behind); the
ratio two nodes / one node is written with every run's figures to
bench/results/ (and each run's own JSON next to it). Bounded: a few runs, each with
load.py's own deadline, and a timeout here.

    .venv/bin/python bench/nodes.py --quota 0.5 --out bench/results/nodes-q050.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # bench/load.py: where the results go

ROOT = load.ROOT
RESULTS = load.RESULTS
LOCK = "/tmp/papote-bench.lock"
RUN_TIMEOUT = 900  # seconds, per load.py run (load.py stops itself before)

# name -> sessions, rooms, senders, offered messages/s (x members = deliveries/s)
SCENARIOS: dict[str, tuple[int, int, int, list[int]]] = {
    "1x5000": (5000, 1, 10, [20, 40, 60, 80, 100]),
    "100x100": (10000, 100, 1000, [500, 1000, 1500, 2000, 2500]),
}


def lost_nothing(phase: dict[str, Any]) -> bool:
    """Every delivery the phase expected arrived."""
    return bool(phase["deliveries_received"] >= phase["deliveries_expected"])


def within(phase: dict[str, Any], p99_bound_ms: float) -> bool:
    """A phase that lost nothing, its p99 under the bound."""
    return lost_nothing(phase) and phase["latency_ms"]["p99"] <= p99_bound_ms


def capacity(run: dict[str, Any], p99_bound_ms: float = 0.0) -> dict[str, Any]:
    """The phase with the most deliveries/s, and whether every phase lost nothing.

    With a bound, only the phases that delivered what was offered with a p99 under it
    count: a big salon's node that falls behind writes more frames per socket write, so
    its deliveries/s keep rising with the offered load while the latency takes it; a
    capacity there needs a latency bound (issue 14 §3's 250 ms at the maximum).
    """
    every = run.get("say", [])
    phases = [p for p in every if within(p, p99_bound_ms)] if p99_bound_ms > 0 else every
    if not phases:
        return {"deliveries_per_second": 0.0}
    best = max(phases, key=lambda p: p["deliveries_per_second"])
    return {
        "deliveries_per_second": best["deliveries_per_second"],
        "offered_deliveries_per_second": best["offered_deliveries_per_second"],
        "p50_ms": best["latency_ms"]["p50"],
        "p99_ms": best["latency_ms"]["p99"],
        "server_cpu_percent_per_node": best.get("server_cpu_percent_per_node"),
        "throttled": best.get("throttled"),
        "other_processes_cpu_percent": best["other_processes_cpu_percent"],
        "nothing_lost": all(lost_nothing(p) for p in every),
        "closed_by_server": run.get("client_final", {}).get("closed_by_server"),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--quota", type=float, default=0.5, help="cores per node (Q)")
    p.add_argument("--scenarios", default="1x5000,100x100", help="comma-separated")
    p.add_argument("--duration", type=float, default=8.0, help="seconds per say phase")
    p.add_argument(
        "--rates", default="", help="override: messages/s, comma-separated, for every scenario"
    )
    p.add_argument("--procs", type=int, default=2, help="client processes")
    p.add_argument("--server-env", action="append", default=[], help="KEY=VALUE, repeatable")
    p.add_argument("--node-counts", default="1,2", help="which runs: 1, 2 or 1,2")
    p.add_argument("--label", default="", help="added to the result files' names (e.g. before)")
    p.add_argument(
        "--p99-bound-ms",
        type=float,
        default=0.0,
        help="capacity = the most deliveries/s of a phase that delivered what was offered with"
        " its p99 <= this (0: the most deliveries/s of any phase)",
    )
    p.add_argument("--out", default="", help="the summary JSON (default bench/results/...)")
    args = p.parse_args(argv)
    names = [n for n in args.scenarios.split(",") if n]
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown or not 0.05 <= args.quota <= 1.0 or args.duration > 30:
        p.error(f"scenarios among {sorted(SCENARIOS)}; --quota 0.05..1; --duration <= 30")
    tag = f"q{round(args.quota * 100):03d}" + (f"-{args.label}" if args.label else "")
    summary: dict[str, Any] = {
        "what": "deliveries/s, one node at a CPU quota Q against two nodes at Q each",
        "command": " ".join(["bench/nodes.py", *sys.argv[1:]]),
        "quota_cores_per_node": args.quota,
        "p99_bound_ms": args.p99_bound_ms or None,
        "loadavg_at_start": os.getloadavg(),
        "scenarios": {},
    }
    for name in names:
        sessions, rooms, senders, rates = SCENARIOS[name]
        if args.rates:
            rates = [int(r) for r in args.rates.split(",")]
        runs: dict[str, Any] = {}
        for nodes in sorted({int(n) for n in args.node_counts.split(",")} & {1, 2}):
            out = RESULTS / f"nodes-{name}-{nodes}node-{tag}.json"
            cmd = [
                "flock",
                LOCK,
                sys.executable,
                str(ROOT / "bench" / "load.py"),
                f"--sessions={sessions}",
                f"--rooms={rooms}",
                f"--senders={senders}",
                f"--rate={','.join(str(r) for r in rates)}",
                f"--duration={args.duration}",
                f"--nodes={nodes}",
                "--shared-stores",
                f"--cpu-quota={args.quota}",
                f"--procs={args.procs}",
                *(f"--server-env={e}" for e in args.server_env),
                f"--out={out}",
            ]
            print(" ".join(cmd), flush=True)
            t0 = time.monotonic()
            done = subprocess.run(cmd, timeout=RUN_TIMEOUT, check=False)
            if done.returncode != 0:
                runs[f"{nodes}"] = {"error": f"load.py exited with {done.returncode}"}
                continue
            run = json.loads(out.read_text())
            runs[f"{nodes}"] = {
                "result_file": str(out.relative_to(ROOT)),
                "wall_seconds": round(time.monotonic() - t0, 1),
                **capacity(run, args.p99_bound_ms),
                "phases": [
                    {
                        "offered": ph["offered_deliveries_per_second"],
                        "delivered": ph["deliveries_per_second"],
                        "p99_ms": ph["latency_ms"]["p99"],
                        "server_cpu_percent_per_node": ph.get("server_cpu_percent_per_node"),
                    }
                    for ph in run.get("say", [])
                ],
            }
            print(name, nodes, "node(s):", runs[f"{nodes}"].get("deliveries_per_second"))
        one = runs.get("1", {}).get("deliveries_per_second") or 0
        two = runs.get("2", {}).get("deliveries_per_second") or 0
        summary["scenarios"][name] = {
            "runs": runs,
            "two_over_one": round(two / one, 2) if one else None,
        }
        print(name, "two nodes / one node:", summary["scenarios"][name]["two_over_one"])
    load.write_result(summary, args.out, f"nodes-{tag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
