"""Joins and ``say`` through the real server code, in one process, counted in CPU time.

The whole application is built as ``papote serve`` builds it (``create_app``, its
lifespan: SQLite, the in-process broker and presence, moderation, detection as
configured), and N sockets are the native listener's own protocol objects
(``NativeWsProtocol``) on fake transports: the handshake, the frames a browser sends
(masked), the server's frames and their writes are the real code; only the kernel is
missing (a write is counted, not made). So the figures are the server's Python work per
join and per ``say``, without the system calls and without the machine's other load:
CPU seconds of this process (``time.process_time``) around each phase, or, under
``valgrind --tool=callgrind``, instruction counts (see docs/performance.md).

    .venv/bin/python bench/inproc.py --people 2000 --rooms 20 --says 2000

It is not a load test (bench/load.py is): nothing here waits on a network.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

JOINED = b'{"type":"joined"'
HELLO = b'{"type":"hello"'
MESSAGE = b'{"type":"message"'
SENT = b'{"type":"sent"'
PRESENCE = b'{"type":"presence"'


class FakeTransport:
    """What NativeWsProtocol needs of an asyncio transport; counts what it is given."""

    def __init__(self, counts: dict[str, int], port: int) -> None:
        self.counts = counts
        self.port = port
        self.closing = False
        self.hello = False
        self.joined = 0

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        if name == "peername":
            return ("127.0.0.1", self.port)
        return default

    # Called after every write when set (bench/say_cost.py waits on it instead of polling).
    watch: Any = None

    # Once set (bench/say_cost.py, after the joins), only messages and `sent` replies are
    # counted: the harness's own share of what is measured stays small.
    lean = False

    def write(self, data: bytes) -> None:
        # Frames are counted by searching their JSON heads (in C): a text cannot hold
        # them, its quotes are escaped. Cheap, so that the harness's own CPU stays small.
        counts = self.counts
        counts["writes"] += 1
        if self.lean:
            counts["messages"] += data.count(MESSAGE)
            counts["sent"] += data.count(SENT)
            self.watch()
            return
        counts["bytes"] += len(data)
        counts["messages"] += data.count(MESSAGE)
        counts["presence"] += data.count(PRESENCE)
        sent = data.count(SENT)
        joined = data.count(JOINED)
        counts["sent"] += sent
        counts["joined"] += joined
        self.joined += joined
        if not self.hello and HELLO in data:
            self.hello = True
        if self.watch is not None:
            self.watch()

    def writelines(self, items: list[bytes]) -> None:
        self.write(b"".join(items))

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True

    def abort(self) -> None:
        self.closing = True

    def pause_reading(self) -> None:
        return None

    def resume_reading(self) -> None:
        return None


MASK = b"\x01\x02\x03\x04"


def client_frame(text: bytes) -> bytes:
    """A masked text frame, as a browser sends it."""
    from websockets.speedups import apply_mask

    n = len(text)
    head = bytes((0x81, 0x80 | n)) if n < 126 else b"\x81\xfe" + n.to_bytes(2, "big")
    return head + MASK + apply_mask(text, MASK)


async def wait_for(predicate: Any, what: str, limit: float = 600.0) -> None:
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        await asyncio.sleep(0.001)


def profiler(args: argparse.Namespace, phase: str) -> Any:
    """cProfile over one phase (``--profile join|say``): exact call counts per join or say."""
    if args.profile != phase:
        return None
    import cProfile

    prof = cProfile.Profile(time.process_time)
    prof.enable()
    return prof


def report(prof: Any, args: argparse.Namespace) -> None:
    if prof is None:
        return
    import io
    import pstats

    prof.disable()
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text)
    stats.sort_stats("tottime").print_stats(45)
    stats.sort_stats("cumulative").print_stats(60)
    Path(args.profile_out).write_text(text.getvalue())


@dataclass
class Served:
    """The application as ``papote serve`` builds it, with N connected fake sockets."""

    settings: Any
    services: Any
    native: Any
    counts: dict[str, int]
    protos: list[Any]
    transports: list[FakeTransport]


@contextlib.asynccontextmanager
async def serve(people: int, rooms: int, concurrency: int = 200) -> AsyncIterator[Served]:
    """Build the application (its lifespan running), enter ``people`` guests and connect
    each through a ``NativeWsProtocol`` on a ``FakeTransport`` (``hello`` received),
    ``concurrency`` at a time (lower it under valgrind: the database pool's timeout)."""
    from papote.app import create_app
    from papote.cli import tune_runtime
    from papote.config import load_settings
    from papote.ports import Origin

    # The server bench/load.py starts, told the same (its salons, its raised limits).
    sys.path.insert(0, str(Path(__file__).parent))
    from load import salons_toml, server_env

    tmp = Path(tempfile.mkdtemp(prefix="papote-inproc-"))
    config = tmp / "bench.toml"
    config.write_text(salons_toml(rooms))
    env = {
        **server_env(argparse.Namespace(sessions=people, ws_impl="", server_env=[]), 0),
        "PAPOTE_DATA_DIR": str(tmp),
        "PAPOTE_VOICE_MEDIA_SERVER": "none",  # no private Janus: not measured here
    }
    settings = load_settings(config, env)
    app = create_app(settings)
    tune_runtime()
    services = app.state.services
    native = services.native
    assert native is not None
    counts = {"writes": 0, "bytes": 0, "messages": 0, "presence": 0, "sent": 0, "joined": 0}
    async with app.router.lifespan_context(app):
        # Entering: sessions through the service (not measured here: bench/load.py).
        tokens: list[str] = []
        sem = asyncio.Semaphore(concurrency)

        async def enter(i: int) -> None:
            async with sem:
                new = await services.sessions.do_create(
                    f"p{i:05d}x",
                    "f" if i % 2 else "m",
                    20 + i % 50,
                    "75011",
                    Origin(ip="127.0.0.1", port=10000 + i % 50000, protocol="http"),
                )
                tokens.append(new.token)

        await asyncio.gather(*(enter(i) for i in range(people)))
        # Connecting: the real protocol objects, the upgrade request as bytes.
        protos = []
        transports = []
        for i, token in enumerate(tokens):
            proto = native.protocol_factory()
            transport = FakeTransport(counts, 20000 + i)
            proto.connection_made(transport)
            proto.data_received(
                (
                    f"GET /ws?token={token} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    "Sec-WebSocket-Version: 13\r\n\r\n"
                ).encode()
            )
            protos.append(proto)
            transports.append(transport)
            if i % concurrency == concurrency - 1:
                await wait_for(lambda: all(t.hello for t in transports), "hello")
        await wait_for(lambda: all(t.hello for t in transports), "hello")
        yield Served(settings, services, native, counts, protos, transports)
        for proto in protos:
            proto.connection_lost(None)
        await asyncio.sleep(0.5)


async def join_all(served: Served, rooms: int, concurrency: int) -> list[str]:
    """Person i joins salon i mod ``rooms``, ``concurrency`` joins in flight; returns
    the salons' ids."""
    names = [f"salon:bench-{r}" for r in range(rooms)]
    counts = served.counts
    people = len(served.protos)
    nxt = 0
    while nxt < people:
        top = min(people, nxt + concurrency)
        for i in range(nxt, top):
            frame = json.dumps({"type": "join", "room": names[i % rooms]}).encode()
            served.protos[i].data_received(client_frame(frame))
        await wait_for(lambda top=top: counts["joined"] >= top, "joined")
        nxt = top
    return names


async def run(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {
        "people": args.people,
        "rooms": args.rooms,
        "command": " ".join(["bench/inproc.py", *sys.argv[1:]]),
        "loadavg_at_start": os.getloadavg(),
    }
    async with serve(args.people, args.rooms) as served:
        settings, native, counts, protos = (
            served.settings,
            served.native,
            served.counts,
            served.protos,
        )
        await asyncio.sleep(1.0)
        gc.collect()

        def snapshot() -> dict[str, float]:
            cpu, wall = time.process_time(), time.monotonic()
            return {"cpu": cpu, "wall": wall, "frames": native.flusher.frames_out, **counts}

        def delta(a: dict[str, float], b: dict[str, float]) -> dict[str, float]:
            return {k: round(b[k] - a[k], 4) for k in a}

        # Joins: person i into room i mod K, at most --join-concurrency in flight.
        prof = profiler(args, "join")
        before = snapshot()
        rooms = await join_all(served, args.rooms, args.join_concurrency)
        joined = snapshot()
        # Until the presence ticks settle: the frames they send belong to the joins.
        quiet = 0
        last = native.flusher.frames_out
        while quiet < 3:
            await asyncio.sleep(settings.limits.presence_tick * 2)
            quiet = quiet + 1 if native.flusher.frames_out == last else 0
            last = native.flusher.frames_out
        settled = snapshot()
        report(prof, args)
        d_join = delta(before, joined)
        d_all = delta(before, settled)
        # Wall time here includes the 3 quiet ticks waited for: subtract them.
        d_all["wall"] = round(d_all["wall"] - 3 * 2 * settings.limits.presence_tick, 3)
        out["join"] = {
            "to_last_joined": d_join,
            "with_presence": d_all,
            "cpu_us_per_join": round(1e6 * d_all["cpu"] / args.people, 1),
            "frames_per_join": round(d_all["frames"] / args.people, 2),
            "writes_per_join": round(d_all["writes"] / args.people, 2),
        }
        print("join", out["join"], flush=True)
        # Says: senders spread over the rooms, --burst messages at a time (a group
        # commit's worth), then wait for every `sent`.
        if args.says:
            senders = list(range(min(args.senders, args.people)))
            says = []
            for m in range(args.says):
                s = senders[m % len(senders)]
                text = f"bonjour {m} " + "x" * args.pad
                body = {"type": "say", "room": rooms[s % args.rooms], "text": text}
                says.append((s, client_frame(json.dumps(body).encode())))
            members = args.people // args.rooms
            await asyncio.sleep(1.0)
            gc.collect()
            prof = profiler(args, "say")
            before = snapshot()
            sent0 = counts["sent"]
            for start in range(0, args.says, args.burst):
                for s, frame in says[start : start + args.burst]:
                    protos[s].data_received(frame)
                target = sent0 + min(args.says, start + args.burst)
                await wait_for(lambda target=target: counts["sent"] >= target, "sent")
            await wait_for(
                lambda: counts["messages"] - before["messages"] >= args.says * members,
                "deliveries",
            )
            after = snapshot()
            report(prof, args)
            d = delta(before, after)
            out["say"] = {
                "says": args.says,
                "burst": args.burst,
                "members_per_room": members,
                "delta": d,
                "cpu_us_per_say": round(1e6 * d["cpu"] / args.says, 1),
                "deliveries_per_cpu_second": round(d["messages"] / d["cpu"]) if d["cpu"] else None,
                "writes_per_say": round(d["writes"] / args.says, 2),
            }
            print("say", out["say"], flush=True)
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--people", type=int, default=2000)
    p.add_argument("--rooms", type=int, default=20)
    p.add_argument("--join-concurrency", type=int, default=100)
    p.add_argument("--says", type=int, default=0, help="messages said after the joins")
    p.add_argument("--senders", type=int, default=200)
    p.add_argument("--burst", type=int, default=100, help="says handed in before waiting")
    p.add_argument("--pad", type=int, default=20)
    p.add_argument("--out", default="")
    p.add_argument("--profile", choices=["", "join", "say"], default="")
    p.add_argument("--profile-out", default="profile.txt")
    args = p.parse_args()
    if args.people % args.rooms:
        p.error("--people must be a multiple of --rooms")
    write_json(args.out, run_on_uvloop(run(args)))
    return 0


def run_on_uvloop(main: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` on uvloop (as ``papote serve`` runs) when it is installed."""
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    return asyncio.run(main)


def write_json(path: str, result: dict[str, Any]) -> None:
    if path:
        Path(path).write_text(json.dumps(result, indent=1) + "\n")
        print("written", path)


if __name__ == "__main__":
    sys.exit(main())
