"""What one ``say`` costs the server, in CPU time or in instructions (callgrind).

The application is built as ``papote serve`` builds it (bench/inproc.py: SQLite, the
in-process broker, moderation and detection as configured, the native listener's own
protocol objects on fake transports) with ``--people`` guests in ``--rooms`` salons. Then
``--says`` messages are said, ``--burst`` at a time by senders in different salons (a
group commit's worth), each burst waited for until every ``sent`` and every delivery was
written: frame in, checks, screen, group commit, fan-out to the salon's members, ``sent``
out, the detection worker's share. Waiting is driven by the fake transports' writes, not
by polling, so that the harness adds next to nothing to what is counted.

Without valgrind it reports CPU seconds of the process (all threads) per ``say``. Under
callgrind it zeroes the counters before the says and dumps them after
(``callgrind_control``), so the dump holds the says alone; instruction counts do not
depend on the machine's load, which makes them the figure to compare code before and
after a change (docs/performance.md, "The per-say cost, counted"):

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.%p .venv/bin/python \\
        bench/say_cost.py --callgrind
    callgrind_annotate --inclusive=yes /tmp/cg.<pid>.1 | head -60

Not a load test: nothing here waits on a network or a kernel (bench/load.py does).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import io
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from inproc import FakeTransport, client_frame, join_all, run_on_uvloop, serve, write_json


async def callgrind(command: str) -> None:
    """``callgrind_control -z`` (zero) or ``-d`` (dump) on this process. The event loop
    keeps turning meanwhile: valgrind reads the command between two of its time slices."""
    proc = await asyncio.create_subprocess_exec(
        "callgrind_control", command, str(os.getpid()), stdout=asyncio.subprocess.DEVNULL
    )
    await proc.wait()


async def run(args: argparse.Namespace) -> tuple[dict[str, Any], str]:
    """The says of ``args``; returns the result and the profile's text (if asked)."""
    loop = asyncio.get_running_loop()
    out: dict[str, Any] = {
        "command": " ".join(["bench/say_cost.py", *sys.argv[1:]]),
        "people": args.people,
        "rooms": args.rooms,
        "says": args.says,
        "burst": args.burst,
        "loadavg_at_start": os.getloadavg(),
    }
    async with serve(args.people, args.rooms, 4 if args.callgrind else 200) as served:
        counts = served.counts
        rooms = await join_all(served, args.rooms, 10 if args.callgrind else 100)
        members = args.people // args.rooms
        # A sender per salon and burst slot: sender k speaks in salon k mod rooms, so a
        # burst of B messages goes to B different salons (as at 100 x 100) when B <= rooms.
        senders = list(range(min(args.people, args.rooms * max(1, args.burst))))
        frames = []
        for m in range(args.says):
            s = senders[m % len(senders)]
            text = f"{time.time_ns()} " + "x" * args.pad  # bench/load.py's text
            body = {"type": "say", "room": rooms[s % args.rooms], "text": text}
            frames.append((s, client_frame(json.dumps(body).encode())))
        waiting: list[tuple[int, int, asyncio.Future[None]]] = []

        def watch() -> None:
            if waiting:
                sent, delivered, done = waiting[0]
                if counts["sent"] >= sent and counts["messages"] >= delivered:
                    waiting.clear()
                    done.set_result(None)

        FakeTransport.watch = staticmethod(watch)
        FakeTransport.lean = True
        detection = served.services.chat.detection
        # Warm up (first-use paths, caches), then settle.
        await asyncio.sleep(1.0)
        gc.collect()
        if args.callgrind:
            await callgrind("-z")
        prof = None
        profile_text = ""
        if args.profile:
            import cProfile

            prof = cProfile.Profile(time.process_time)
            prof.enable()
        cpu0, wall0 = time.process_time(), time.monotonic()
        c0 = dict(counts)
        sent0, delivered0 = counts["sent"], counts["messages"]
        for start in range(0, args.says, args.burst):
            burst = frames[start : start + args.burst]
            done: asyncio.Future[None] = loop.create_future()
            waiting.append(
                (sent0 + start + len(burst), delivered0 + (start + len(burst)) * members, done)
            )
            for s, frame in burst:
                served.protos[s].data_received(frame)
            watch()
            await done
        if detection is not None:
            await detection.settle()
        cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
        if args.callgrind:
            await callgrind("-d")
        if prof is not None:
            import pstats

            prof.disable()
            report = io.StringIO()
            stats = pstats.Stats(prof, stream=report)
            stats.sort_stats("tottime").print_stats(50)
            stats.sort_stats("cumulative").print_stats(80)
            profile_text = report.getvalue()
        FakeTransport.watch = None
        FakeTransport.lean = False
        d = {k: counts[k] - c0[k] for k in counts}
        out["delta"] = d
        out["cpu_s"] = round(cpu, 4)
        out["wall_s"] = round(wall, 4)
        out["cpu_us_per_say"] = round(1e6 * cpu / args.says, 1)
        out["writes_per_say"] = round(d["writes"] / args.says, 2)
        out["deliveries_per_say"] = round(d["messages"] / args.says, 2)
        print(json.dumps(out), flush=True)
    return out, profile_text


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--people", type=int, default=1000)
    p.add_argument("--rooms", type=int, default=10)
    p.add_argument("--says", type=int, default=500)
    p.add_argument("--burst", type=int, default=10, help="says handed in before waiting")
    p.add_argument("--pad", type=int, default=20)
    p.add_argument("--callgrind", action="store_true", help="zero/dump around the says")
    p.add_argument("--profile", default="", help="write a cProfile of the says here")
    p.add_argument("--out", default="")
    args = p.parse_args()
    if args.people % args.rooms:
        p.error("--people must be a multiple of --rooms")
    result, profile_text = run_on_uvloop(run(args))
    if args.profile:
        Path(args.profile).write_text(profile_text)
    write_json(args.out, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
