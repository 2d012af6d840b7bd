"""Load benchmark: thousands of real WebSocket clients against `papote serve`, on loopback.

Opens N guest sessions (POST /api/session), N WebSockets (/ws?token=...), joins them into K
salons of N/K members, has S senders say at a total rate R for T seconds, and reports
sessions/s, WebSocket connects/s, fan-out deliveries/s, end-to-end latency p50/p99 (the
send time is in the text), server RSS per idle connection and server CPU. Results are
written as JSON under bench/results/. Everything is bounded: a count of clients, a
duration, and a global deadline after which the run stops by itself.

The client is lean on purpose (raw asyncio Protocols on uvloop, frames counted by walking
their headers; only a sample of connections parses timestamps), so that it is not the
bottleneck: it reports its own CPU next to the server's.

Loopback only: the server is started here (127.0.0.1, a temporary data dir) unless --url
names one, and --url must be a loopback address.

Examples (docs/performance.md has the exact command lines of every published result):

    .venv/bin/python bench/load.py --sessions 5000 --rooms 1 --senders 10 --rate 30
    .venv/bin/python bench/load.py --sessions 10000 --rooms 100 --senders 100 --rate 3000
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import ipaddress
import json
import multiprocessing as mp
import os
import platform
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection as Pipe
from pathlib import Path
from typing import Any

try:
    from websockets.speedups import apply_mask  # C, shipped with websockets
except ImportError:  # pragma: no cover

    def apply_mask(data: bytes, mask: bytes) -> bytes:
        return bytes(b ^ mask[i % 4] for i, b in enumerate(data))


ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
MESSAGE_PREFIX = b'{"type":"message"'
JOINED_PREFIX = b'{"type":"joined"'
HELLO_PREFIX = b'{"type":"hello"'
TEXT_MARK = b'"text":"'
MAX_LATENCY_SAMPLES = 2_000_000  # per worker: bounded memory
HARD_DEADLINE_SECONDS = 900.0  # the whole run, whatever the arguments


def now_ns() -> int:
    # CLOCK_MONOTONIC is one clock for every process of the machine (Linux).
    return time.monotonic_ns()


# --------------------------------------------------------------------------- WS client


def client_frame(text: bytes, opcode: int = 0x1) -> bytes:
    """A masked client frame (RFC 6455 §5.3: a client masks every frame)."""
    mask = os.urandom(4)
    n = len(text)
    if n < 126:
        header = bytes((0x80 | opcode, 0x80 | n))
    elif n < 65536:
        header = bytes((0x80 | opcode, 0x80 | 126)) + n.to_bytes(2, "big")
    else:
        header = bytes((0x80 | opcode, 0x80 | 127)) + n.to_bytes(8, "big")
    return header + mask + apply_mask(text, mask)


class WsClient(asyncio.Protocol):
    """One WebSocket client: counts frames, measures latency on sampled connections."""

    __slots__ = (
        "buf",
        "close_code",
        "closed",
        "delivered",
        "frames",
        "handshaken",
        "hello",
        "lat",
        "replies",
        "request",
        "sample",
        "transport",
        "waiter",
        "window",
    )

    def __init__(self, request: bytes, sample: bool, lat: array[int], window: list[int]) -> None:
        self.request = request
        self.sample = sample
        self.lat = lat
        self.window = window  # [start_ns, end_ns, deliveries in window] shared per worker
        self.buf = bytearray()
        self.handshaken = False
        self.hello: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiter: asyncio.Future[bytes] | None = None  # next "joined"
        self.transport: asyncio.Transport | None = None
        self.frames = 0
        self.delivered = 0
        self.replies = 0
        self.closed = False
        self.close_code = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment] # uvloop's is no subclass
        transport.write(self.request)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self.hello.done():
            self.hello.set_exception(ConnectionError(f"closed before hello ({self.close_code})"))
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(ConnectionError("closed"))

    def send(self, text: bytes) -> None:
        if self.transport is not None and not self.closed:
            self.transport.write(client_frame(text))

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        pos = 0
        if not self.handshaken:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            if not buf.startswith(b"HTTP/1.1 101"):
                self.hello.set_exception(ConnectionError(bytes(buf[:80]).decode()))
                assert self.transport is not None
                self.transport.close()
                return
            self.handshaken = True
            pos = end + 4
        size = len(buf)
        count = 0
        delivered = 0
        sample = self.sample
        arrival = 0
        while size - pos >= 2:
            b1 = buf[pos + 1]
            n = b1 & 0x7F
            start = pos + 2
            if n == 126:
                if size - pos < 4:
                    break
                n = int.from_bytes(buf[pos + 2 : pos + 4], "big")
                start = pos + 4
            elif n == 127:
                if size - pos < 10:
                    break
                n = int.from_bytes(buf[pos + 2 : pos + 10], "big")
                start = pos + 10
            end = start + n
            if end > size:
                break
            opcode = buf[pos] & 0x0F
            pos = end
            if opcode == 0x1:
                count += 1
                if buf.startswith(MESSAGE_PREFIX, start):
                    delivered += 1
                    if sample:
                        i = buf.find(TEXT_MARK, start, end)
                        if i >= 0:
                            j = buf.find(b" ", i + 8, end)
                            if j > 0:
                                if not arrival:
                                    arrival = now_ns()
                                sent_ns = int(buf[i + 8 : j])
                                # Only messages said inside the window: no warm-up.
                                if (
                                    sent_ns >= self.window[0]
                                    and len(self.lat) < MAX_LATENCY_SAMPLES
                                ):
                                    self.lat.append(arrival - sent_ns)
                elif self.waiter is not None and buf.startswith(JOINED_PREFIX, start):
                    if not self.waiter.done():
                        self.waiter.set_result(bytes(buf[start:end]))
                elif buf.startswith(HELLO_PREFIX, start):
                    if not self.hello.done():
                        self.hello.set_result(None)
                else:
                    self.replies += 1
                    self.other(buf, start, end)
            elif opcode == 0x9:  # ping: answer with a pong carrying the same data
                self.send_control(0xA, bytes(buf[start:end]))
            elif opcode == 0x8:
                if n >= 2:
                    self.close_code = int.from_bytes(buf[start : start + 2], "big")
                self.send_control(0x8, bytes(buf[start : start + 2]))
                assert self.transport is not None
                self.transport.close()
        if pos:
            del buf[:pos]
        self.frames += count
        if delivered:
            self.delivered += delivered
            w = self.window
            if w[0]:
                t = now_ns()
                if w[0] <= t <= w[1]:
                    w[2] += delivered

    def other(self, buf: bytearray, start: int, end: int) -> None:
        """Any other frame (a reply, presence, an error...): counted, nothing more here;
        bench/soak.py's people answer some of them."""

    def send_control(self, opcode: int, payload: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(client_frame(payload, opcode))


# --------------------------------------------------------------------------- HTTP client


def bench_pseudo(i: int) -> str:
    """``Lp<i>``, unless the pseudo policy refuses it (``Lp2121``: the digits read as a
    word the policy keeps out of pseudos); then ``i`` in hexadecimal or octal behind a
    prefix of its own (no clash with another person's), so that everyone of the plan gets
    in. Without papote importable, ``Lp<i>``."""
    try:
        from papote.domain.pseudo_policy import pseudo_verdict
    except ImportError:
        return f"Lp{i}"
    for pseudo in (f"Lp{i}", f"Lh{i:x}", f"Lo{i:o}"):
        if pseudo_verdict(pseudo) is None:
            return pseudo
    return f"Lp{i}"


async def http_request(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    host: str,
    method: str,
    path: str,
    body: bytes = b"",
    headers: str = "",
) -> tuple[int, bytes]:
    """One HTTP/1.1 keep-alive request on an open connection (lean: no client library).
    ``headers``: more header lines, each ending with CRLF."""
    head = (
        f"{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"{headers}Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    writer.write(head + body)
    status_line = await reader.readline()
    status = int(status_line.split()[1])
    length = 0
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    return status, await reader.readexactly(length)


# --------------------------------------------------------------------------- worker


@dataclass
class WorkerPlan:
    index: int
    host: str
    ports: list[int]  # one per node: connection i goes to ports[i % len(ports)]
    first: int  # global index of this worker's first session
    count: int
    rooms: list[str]
    sample_every: int
    http_concurrency: int = 8
    connect_concurrency: int = 200
    join_concurrency: int = 100


@dataclass
class Worker:
    plan: WorkerPlan
    tokens: list[str] = field(default_factory=list)
    clients: list[WsClient] = field(default_factory=list)
    lat: array[int] = field(default_factory=lambda: array("q"))
    window: list[int] = field(default_factory=lambda: [0, 0, 0])
    senders: list[tuple[WsClient, str]] = field(default_factory=list)
    sent: int = 0

    def room_of(self, global_index: int) -> str:
        rooms = self.plan.rooms
        return rooms[global_index % len(rooms)]

    async def sessions(self) -> dict[str, Any]:
        plan = self.plan
        todo = list(range(plan.first, plan.first + plan.count))
        tokens: dict[int, str] = {}
        errors: list[str] = []

        async def one_conn(slot: int) -> None:
            port = plan.ports[slot % len(plan.ports)]
            reader, writer = await asyncio.open_connection(plan.host, port)
            try:
                while todo:
                    i = todo.pop()
                    body = json.dumps(
                        {
                            "pseudo": bench_pseudo(i),
                            "gender": "fmx"[i % 3],
                            "age": 18 + i % 60,
                            "postal_code": f"{1 + i % 95:02d}000",
                        }
                    ).encode()
                    status, data = await http_request(
                        reader, writer, f"{plan.host}:{port}", "POST", "/api/session", body
                    )
                    if status != 201:
                        errors.append(f"{status} {data[:200]!r}")
                        return
                    tokens[i] = json.loads(data)["token"]
            finally:
                writer.close()

        t0 = time.monotonic()
        await asyncio.gather(*(one_conn(s) for s in range(plan.http_concurrency)))
        elapsed = time.monotonic() - t0
        self.tokens = [tokens[i] for i in sorted(tokens)]
        return {"created": len(tokens), "elapsed": elapsed, "errors": errors[:5]}

    async def connect(self) -> dict[str, Any]:
        plan = self.plan
        loop = asyncio.get_running_loop()
        sem = asyncio.Semaphore(plan.connect_concurrency)
        failures: list[str] = []
        clients: list[WsClient | None] = [None] * len(self.tokens)

        async def one(k: int, token: str) -> None:
            g = plan.first + k
            port = plan.ports[g % len(plan.ports)]
            key = base64.b64encode(os.urandom(16)).decode()
            request = (
                f"GET /ws?token={token} HTTP/1.1\r\nHost: {plan.host}:{port}\r\n"
                f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
            # Connection g is in room g % K; sample the same share of every room.
            sample = (g // len(plan.rooms)) % plan.sample_every == 0
            async with sem:
                try:
                    _, client = await loop.create_connection(
                        lambda: WsClient(request, sample, self.lat, self.window), plan.host, port
                    )
                    await asyncio.wait_for(client.hello, 60)
                    clients[k] = client
                except (OSError, TimeoutError) as exc:
                    failures.append(repr(exc))

        t0 = time.monotonic()
        await asyncio.gather(*(one(k, t) for k, t in enumerate(self.tokens)))
        elapsed = time.monotonic() - t0
        self.clients = [c for c in clients if c is not None]
        return {"connected": len(self.clients), "elapsed": elapsed, "errors": failures[:5]}

    async def storm(self) -> dict[str, Any]:
        """A network blip: every socket is dropped at once (no closing handshake, as when
        a phone loses its network or a proxy restarts), then every client reconnects
        with its token at once (``connect``: the same concurrency, hello awaited)."""
        t0 = time.monotonic()
        for client in self.clients:
            if client.transport is not None:
                client.transport.abort()
        back = await self.connect()
        return {
            "reconnected": back["connected"],
            "elapsed": time.monotonic() - t0,
            "errors": back["errors"],
        }

    async def join(self) -> dict[str, Any]:
        plan = self.plan
        sem = asyncio.Semaphore(plan.join_concurrency)
        failures: list[str] = []
        member_counts: list[int] = []

        async def one(k: int, client: WsClient) -> None:
            room = self.room_of(plan.first + k)
            async with sem:
                client.waiter = asyncio.get_running_loop().create_future()
                client.send(json.dumps({"type": "join", "room": room}).encode())
                try:
                    joined = await asyncio.wait_for(client.waiter, 120)
                    member_counts.append(joined.count(b'"pseudo"'))
                except (ConnectionError, TimeoutError) as exc:
                    failures.append(repr(exc))
                finally:
                    client.waiter = None

        t0 = time.monotonic()
        await asyncio.gather(*(one(k, c) for k, c in enumerate(self.clients)))
        return {
            "joined": len(self.clients) - len(failures),
            "elapsed": time.monotonic() - t0,
            "errors": failures[:5],
        }

    def counters(self) -> dict[str, Any]:
        ru = resource.getrusage(resource.RUSAGE_SELF)
        return {
            "frames": sum(c.frames for c in self.clients),
            "delivered": sum(c.delivered for c in self.clients),
            "replies": sum(c.replies for c in self.clients),
            "closed": sum(1 for c in self.clients if c.closed),
            "close_codes": sorted({c.close_code for c in self.clients if c.close_code}),
            "cpu": ru.ru_utime + ru.ru_stime,
            "sent": self.sent,
        }

    def pick_senders(self, senders: list[int]) -> None:
        plan = self.plan
        mine = [g for g in senders if plan.first <= g < plan.first + len(self.clients)]
        self.senders = [(self.clients[g - plan.first], self.room_of(g)) for g in mine]

    async def say(self, start_ns: int, duration: float, rate_each: float, pad: int) -> dict:
        """Open loop: message m is due at ``start_ns + m / rate`` and said by sender
        ``m % S``, whatever the server answers (a steady stream, no bursts, and no
        coordinated omission: a late message is sent late, its latency counts from
        when it was due... and from when it was sent, which is what the text carries)."""
        self.lat = array("q")
        for c in self.clients:
            c.lat = self.lat
        padding = "x" * pad
        prefixes = [
            (client, f'{{"type":"say","room":"{room}","text":"'.encode())
            for client, room in self.senders
        ]
        if not prefixes:
            return {"sent": 0, "late_ms_max": 0.0}
        rate = rate_each * len(prefixes)  # this worker's share of the total rate
        sent = 0
        late = 0
        end_ns = start_ns + int(duration * 1e9)
        delay = (start_ns - now_ns()) / 1e9
        if delay > 0:
            await asyncio.sleep(delay)
        count = len(prefixes)
        while True:
            t = now_ns()
            if t >= end_ns:
                break
            due = int((t - start_ns) * rate / 1e9) + 1
            if due - sent > 1:
                late = max(late, t - (start_ns + int((sent + 1) / rate * 1e9)))
            while sent < due:
                client, prefix = prefixes[sent % count]
                client.send(prefix + f'{now_ns()} {padding}"}}'.encode())
                sent += 1
            next_at = start_ns + int(sent / rate * 1e9)
            await asyncio.sleep(max(0.0, (next_at - now_ns()) / 1e9))
        self.sent += sent
        return {"sent": sent, "late_ms_max": round(late / 1e6, 2)}

    def set_window(self, start: int, end: int) -> dict[str, Any]:
        """Deliveries are counted between these two instants (ns) by the clients."""
        self.window[0], self.window[1], self.window[2] = start, end, 0
        return {}

    def window_count(self) -> dict[str, Any]:
        return {"window": self.window[2]}

    def latency(self) -> dict[str, Any]:
        values = sorted(self.lat)
        return {"samples": values[:: max(1, len(values) // 200_000)]}

    async def close(self) -> dict[str, Any]:
        for c in self.clients:
            if c.transport is not None:
                c.send_control(0x8, (1000).to_bytes(2, "big"))
        await asyncio.sleep(0.5)
        for c in self.clients:
            if c.transport is not None:
                c.transport.abort()
        return {"closed": len(self.clients)}


def _install_uvloop() -> str:
    try:
        import uvloop
    except ImportError:
        return "asyncio"
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    return "uvloop"


def worker_main(plan: WorkerPlan, pipe: Pipe, cpu: int | None) -> None:
    """Runs in its own process: obeys commands from the pipe, answers each with a dict."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    _raise_nofile()
    _install_uvloop()
    # Like the server (papote.cli.tune_gc): no full collections over thousands of
    # long-lived client objects in the middle of a measurement.
    gc.set_threshold(20_000, 20, 100)
    worker = Worker(plan)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        commands: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        loop.add_reader(pipe.fileno(), lambda: commands.put_nowait(pipe.recv()))
        while True:
            name, args = await commands.get()
            if name == "quit":
                os.set_blocking(pipe.fileno(), True)
                pipe.send({})
                return
            if name == "say":
                gc.collect()
                gc.freeze()
            method: Callable[..., Any] = getattr(worker, name)
            result = method(*args)
            if asyncio.iscoroutine(result):
                result = await result
            os.set_blocking(pipe.fileno(), True)  # the loop made it non-blocking
            pipe.send(result if result is not None else {})

    asyncio.run(run())


# --------------------------------------------------------------------------- server side


def _raise_nofile() -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    process: subprocess.Popen[bytes] | None
    port: int
    pid: int | None
    data_dir: Path | None
    log_path: Path | None

    def rss_kib(self) -> int:
        if self.pid is None:
            return 0
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0

    def cpu_seconds(self) -> float:
        if self.pid is None:
            return 0.0
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = os.sysconf("SC_CLK_TCK")
        return (int(fields[11]) + int(fields[12])) / ticks

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(120)  # a profiled server writes its report first
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class CpuGroup:
    """A cgroup of the CPU controller, made and removed by the bench (root only).

    cgroup v1 (``/sys/fs/cgroup/cpu``: ``cpu.cfs_quota_us``/``cpu.cfs_period_us``,
    ``cpu.shares``) or v2 (``cpu.max``, ``cpu.weight``), whichever the machine mounts.
    A quota caps what the processes in it may use (0.5: half a core, wherever they run);
    the weight gives them precedence over the machine's other processes, so that a busy
    neighbour does not take the quota from them.
    """

    PERIOD_US = 100_000

    def __init__(self, name: str) -> None:
        v2_root = Path("/sys/fs/cgroup")
        self.v2 = (v2_root / "cgroup.controllers").exists()
        parent = v2_root if self.v2 else v2_root / "cpu"
        if not self.v2:
            # Inside the group this bench runs in (v1: /work/wt/bench-prio's, with a large
            # cpu.shares), so that the nodes' groups share its precedence over the
            # machine's other work instead of competing with it as its siblings.
            parent = parent / self.current().lstrip("/")
        if not (parent / "cgroup.procs").exists():
            raise SystemExit("no writable cgroup CPU controller here (needs root)")
        if self.v2:
            control = parent / "cgroup.subtree_control"
            if "cpu" not in control.read_text().split():
                control.write_text("+cpu")
        self.parent = parent
        self.path = parent / name
        self.path.mkdir(exist_ok=True)

    @staticmethod
    def current() -> str:
        """This process's group of the v1 ``cpu`` controller ("/" at the root)."""
        with contextlib.suppress(OSError):
            for line in Path("/proc/self/cgroup").read_text().splitlines():
                _, controllers, path = line.split(":", 2)
                if "cpu" in controllers.split(","):
                    return path
        return "/"

    @staticmethod
    def version() -> str:
        return "v2" if Path("/sys/fs/cgroup/cgroup.controllers").exists() else "v1"

    def add(self, pid: int) -> None:
        (self.path / "cgroup.procs").write_text(str(pid))

    def limit(self, cpus: float | None) -> None:
        """At most ``cpus`` cores (None: no quota)."""
        quota = int(cpus * self.PERIOD_US) if cpus else None
        if self.v2:
            (self.path / "cpu.max").write_text(f"{quota or 'max'} {self.PERIOD_US}")
        else:
            (self.path / "cpu.cfs_period_us").write_text(str(self.PERIOD_US))
            (self.path / "cpu.cfs_quota_us").write_text(str(quota or -1))

    def prefer(self) -> None:
        """64 times a default process's share when the cores are contended (100 times in
        v2): on a machine shared with others' test suites, the quota must be what binds."""
        if self.v2:
            (self.path / "cpu.weight").write_text("10000")
        else:
            (self.path / "cpu.shares").write_text("65536")

    def throttled(self) -> dict[str, float]:
        """Periods the quota held the group back, and for how long (seconds)."""
        stats = dict(line.split() for line in (self.path / "cpu.stat").read_text().splitlines())
        if self.v2:
            return {
                "nr_periods": float(stats.get("nr_periods", 0)),
                "nr_throttled": float(stats.get("nr_throttled", 0)),
                "throttled_seconds": float(stats.get("throttled_usec", 0)) / 1e6,
            }
        return {
            "nr_periods": float(stats.get("nr_periods", 0)),
            "nr_throttled": float(stats.get("nr_throttled", 0)),
            "throttled_seconds": float(stats.get("throttled_time", 0)) / 1e9,
        }

    def remove(self) -> None:
        """Hand any process left back to the parent, then remove the group."""
        with contextlib.suppress(OSError):
            for pid in (self.path / "cgroup.procs").read_text().split():
                with contextlib.suppress(OSError):
                    (self.parent / "cgroup.procs").write_text(pid)
            self.path.rmdir()


class PostgresBackends:
    """``--postgres`` with one node: the PostgreSQL backends serving the server under
    test run on the clients' core, with this process's CPU share (bench-prio's cgroup),
    as if PostgreSQL had a machine of its own rather than the server's core and the
    leftovers of a machine busy with other work. Found by the server's TCP connections
    to PostgreSQL's port (their local ports are the backends' ``client_port``), looked
    up every second while the server opens its pool."""

    def __init__(self, database_url: str, server_pid: int, cpu: int) -> None:
        url = urllib.parse.urlsplit(database_url.replace("+asyncpg", ""))
        self.url = url
        self.server_pid = server_pid
        self.cpu = cpu
        self.moved: set[int] = set()
        self.group = self._own_cpu_group()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-backends", daemon=True)

    @staticmethod
    def _own_cpu_group() -> Path | None:
        """This process's cgroup v1 ``cpu`` directory (bench-prio's), if not the root."""
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if "cpu" in controllers.split(",") and path not in ("", "/"):
                group = Path("/sys/fs/cgroup/cpu") / path.lstrip("/")
                if (group / "cgroup.procs").exists():
                    return group
        return None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> dict[str, Any]:
        self._stop.set()
        self._thread.join(5)
        return {
            "backends_moved": len(self.moved),
            "cpu": self.cpu,
            "cgroup": str(self.group) if self.group else None,
        }

    def _server_ports(self) -> set[int]:
        """Local ports of the server's TCP connections to PostgreSQL's port."""
        inodes = set()
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{self.server_pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        inodes.add(target[8:-1])
        pg_port = self.url.port or 5432
        ports = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with contextlib.suppress(OSError):
                for line in Path(table).read_text().splitlines()[1:]:
                    cols = line.split()
                    local, remote, inode = cols[1], cols[2], cols[9]
                    if inode in inodes and int(remote.rsplit(":", 1)[1], 16) == pg_port:
                        ports.add(int(local.rsplit(":", 1)[1], 16))
        return ports

    def _backends(self, ports: set[int]) -> set[int]:
        query = "SELECT pid, client_port FROM pg_stat_activity WHERE client_port IS NOT NULL"
        out = subprocess.run(
            [
                "psql",
                "-h",
                self.url.hostname or "127.0.0.1",
                "-p",
                str(self.url.port or 5432),
                "-U",
                self.url.username or "postgres",
                "-Atc",
                query,
                self.url.path.lstrip("/") or "postgres",
            ],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
        pids = set()
        for line in out.splitlines():
            pid, _, port = line.partition("|")
            if port.strip().isdigit() and int(port) in ports:
                pids.add(int(pid))
        return pids

    def _run(self) -> None:
        while not self._stop.wait(1.0):
            ports = self._server_ports()
            if not ports:
                continue
            for pid in self._backends(ports) - self.moved:
                with contextlib.suppress(OSError):
                    os.sched_setaffinity(pid, {self.cpu})
                    if self.group is not None:
                        (self.group / "cgroup.procs").write_text(str(pid))
                    self.moved.add(pid)


def salons_toml(rooms: int) -> str:
    lines = []
    for r in range(rooms):
        lines += ["[[salons]]", f'slug = "bench-{r}"', f'name = "Banc {r}"', ""]
    return "\n".join(lines)


def server_env(args: argparse.Namespace, port: int) -> dict[str, str]:
    env = {
        **os.environ,
        # The scenario, not the flood guards, is what is measured: one IP opens every
        # session and the senders say far faster than a person may.
        "PAPOTE_SESSIONS_PER_IP": str(max(1000, 2 * args.sessions)),
        "PAPOTE_ENTRY_BURST_PER_IP": str(max(1000, 2 * args.sessions)),
        "PAPOTE_SAY_BURST": "1000000",
        "PAPOTE_SAY_RATE": "1000000",
        "PAPOTE_FRAME_BURST": "1000000",
        "PAPOTE_FRAME_RATE": "1000000",
        "PAPOTE_LOG_LEVEL": "warning",
        "PAPOTE_LOG_FORMAT": "console",
    }
    if args.ws_impl:
        env["PAPOTE_WS_IMPL"] = args.ws_impl
    for item in args.server_env:
        key, _, value = item.partition("=")
        env[key] = value
    return env


def start_server(
    args: argparse.Namespace, data_dir: Path, cpu: int | None, extra_env: dict[str, str]
) -> Server:
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    config = data_dir / "bench.toml"
    config.write_text(salons_toml(args.rooms) if args.rooms > 0 else "")
    log_path = data_dir / f"server-{port}.log"
    profiler: list[str] = ["-m", "papote"]
    if args.profile:
        # The server under a profiler (its report is written when it stops): where the
        # time goes, not a figure to publish (the profiler costs time too).
        profiler = ["-m", "pyinstrument", "-r", "text", "-o", args.profile, "-m", "papote"]
    elif args.profile_phase:
        # Only one phase profiled: bench/profserve.py switches its profiler on SIGUSR1
        # and off (writing the report) on SIGUSR2, sent around that phase.
        profiler = [str(Path(__file__).with_name("profserve.py"))]
        extra_env = {
            **extra_env,
            "PAPOTE_PROFILE_OUT": args.profile_out,
            "PAPOTE_PROFILER": args.profiler,
        }
    cmd = [
        sys.executable,
        *profiler,
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
        "--config",
        str(config),
    ]
    if cpu is not None and shutil.which("taskset"):
        cmd = ["taskset", "-c", str(cpu), *cmd]
    env = {**server_env(args, port), **extra_env}
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(cmd, stdout=log_file, stderr=subprocess.STDOUT, env=env)
    server = Server(process, port, process.pid, data_dir, log_path)
    deadline = time.monotonic() + 180  # a busy shared machine starts slowly
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log_path.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    else:
        server.stop()
        raise RuntimeError("server did not start")
    # The risk detector loads its model in a thread after start-up (about 100 MiB and
    # seconds of CPU): measuring before it is in place charged both to the first people
    # entering. An operator measures a server that is ready: wait until the server has
    # been idle (under 5 % of a core) for 3 s in a row.
    deadline = time.monotonic() + 300
    quiet = 0
    cpu = server.cpu_seconds()
    while time.monotonic() < deadline:
        time.sleep(1.0)
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log_path.read_text()[-2000:]}")
        cpu, before = server.cpu_seconds(), cpu
        quiet = quiet + 1 if cpu - before < 0.05 else 0
        if quiet >= 3:
            return server
    server.stop()
    raise RuntimeError("server did not start")


def core_times() -> dict[str, tuple[int, int]]:
    """(busy, total) jiffies per core from /proc/stat: softirq work of loopback TCP is
    charged to cores, not always to the process that caused it."""
    out = {}
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith("cpu") and line[3:4].isdigit():
            name, *values = line.split()
            v = [int(x) for x in values]
            idle = v[3] + v[4]
            out[name] = (sum(v) - idle, sum(v))
    return out


def others_cpu_seconds(ours: set[int]) -> dict[int, float]:
    """CPU seconds used so far by every process that is not part of the benchmark: a
    busy neighbour (a test suite, a browser) makes a run worthless, and this says so.
    Per pid, so that a process that ends during a phase does not make the sum negative."""
    ticks = os.sysconf("SC_CLK_TCK")
    out: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) in ours:
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    return out


def others_cpu_delta(before: dict[int, float], after: dict[int, float]) -> float:
    """What the other processes used between two readings: the growth of those alive at
    both, and all of those that started in between (those that ended are missed)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def redis_cpu_seconds() -> float:
    """CPU seconds used so far by the machine's redis-server processes (0 if none)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "comm").read_text().strip() != "redis-server":
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def core_busy(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> dict:
    return {
        name: round(100 * (after[name][0] - b[0]) / max(1, after[name][1] - b[1]), 1)
        for name, b in before.items()
    }


def migrate_schema(args: argparse.Namespace, tmp: Path, extra: dict[str, str]) -> None:
    tmp.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "papote", "migrate", "--data-dir", str(tmp / "migrate")],
        env={**server_env(args, 0), **extra},
        check=True,
        capture_output=True,
        timeout=120,
    )


def drop_schema(database_url: str, schema: str) -> None:
    """Remove the benchmark's PostgreSQL schema (psql, the server's own client)."""
    url = urllib.parse.urlsplit(database_url.replace("+asyncpg", ""))
    subprocess.run(
        [
            "psql",
            "-h",
            url.hostname or "127.0.0.1",
            "-p",
            str(url.port or 5432),
            "-U",
            url.username or "postgres",
            url.path.lstrip("/") or "postgres",
            "-c",
            f'DROP SCHEMA IF EXISTS "{schema}" CASCADE',
        ],
        check=False,
        capture_output=True,
        timeout=60,
    )


def drop_redis_keys(redis_url: str, prefix: str) -> None:
    """Remove what the nodes left under their Redis prefix."""
    try:
        import redis
    except ImportError:
        return
    client = redis.Redis.from_url(redis_url)
    try:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)
    except redis.RedisError:
        pass
    finally:
        client.close()


def scrape_metrics(host: str, port: int) -> dict[str, float]:
    """The plain counters of GET /metrics (empty if the server has none)."""
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/metrics", timeout=5) as response:
            text = response.read().decode()
    except OSError:
        return {}
    values: dict[str, float] = {}
    for line in text.splitlines():
        m = re.match(r"^(papote_[a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$", line)
        if m:
            values[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return values


# --------------------------------------------------------------------------- orchestration


def phase_metrics(before: dict[str, float], after: dict[str, float]) -> dict[str, Any]:
    """What /metrics says about one phase (node 0): frames per socket write, group
    commits and their mean latency, the risk detection worker's work."""

    def delta(name: str) -> float:
        return after.get(name, 0.0) - before.get(name, 0.0)

    writes = delta("papote_socket_writes_total")
    commits = delta('papote_store_seconds_count{method="append_messages"}')
    seconds = delta('papote_store_seconds_sum{method="append_messages"}')
    lag = delta("papote_detection_lag_seconds_sum")
    lagged = delta("papote_detection_lag_seconds_count")
    return {
        "frames_out": delta("papote_frames_out_total"),
        "socket_writes": writes,
        "frames_per_write": round(delta("papote_frames_out_total") / writes, 2) if writes else None,
        "group_commits": commits,
        "messages_per_commit": round(delta("papote_messages_stored_total") / commits, 2)
        if commits
        else None,
        "commit_ms_mean": round(1000 * seconds / commits, 2) if commits else None,
        "slow_consumers_dropped": delta("papote_slow_consumers_dropped_total"),
        # the event loop's stalls in the phase (papote_loop_delay_seconds: a timer due
        # every 20 ms, how late it fired): readings later than 10 / 50 / 100 ms; and the
        # timed full collections that ran (each one a stall)
        "loop_delays_over_ms": {
            str(ms): delta("papote_loop_delay_seconds_count")
            - delta(f'papote_loop_delay_seconds_bucket{{le="{ms / 1000:g}"}}')
            for ms in (10, 50, 100)
        }
        if "papote_loop_delay_seconds_count" in after
        else None,
        "gc_full": delta("papote_gc_full_total"),
        # the risk detection worker (absent when detection is off): scored and shed in the
        # phase, still waiting at its end, mean lag from commit to score
        **(
            {
                "detection_scored": delta("papote_detection_scored_total"),
                "detection_shed": delta("papote_detection_shed_total"),
                "detection_queue_at_end": after["papote_detection_queue"],
                "detection_lag_ms_mean": round(1000 * lag / lagged, 1) if lagged else None,
            }
            if "papote_detection_queue" in after
            else {}
        ),
    }


def percentile(sorted_values: list[int], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k] / 1e6  # ms


def machine_probe(rounds: int = 3, calls: int = 100_000) -> dict[str, float]:
    """What this machine charges for a system call and for plain Python, in ns (the best of
    ``rounds``): the same code ran 2.5x slower per entry and 1.25x per delivery after the
    VM's kernel changed (docs/performance.md, "Session 5"), and only the first figure
    moved. Compare runs only where these agree."""
    syscall = python = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(calls):
            os.getppid()
        syscall = min(syscall, (time.perf_counter() - started) / calls * 1e9)
        started = time.perf_counter()
        total = 0
        for i in range(calls):
            total += i & 7
        python = min(python, (time.perf_counter() - started) / calls * 1e9)
    return {"syscall_ns": round(syscall, 1), "python_loop_ns": round(python, 1)}


class Run:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.procs: list[mp.Process] = []
        self.pipes: list[Pipe] = []
        self.servers: list[Server] = []
        self.started = time.monotonic()
        self.schema = ""
        self.groups: list[CpuGroup] = []  # one per node, with --cpu-quota
        self.clients_group: CpuGroup | None = None
        self.pg_backends: PostgresBackends | None = None

    def call(self, name: str, *args: Any) -> list[dict[str, Any]]:
        for pipe in self.pipes:
            pipe.send((name, args))
        results = []
        for pipe in self.pipes:
            remaining = HARD_DEADLINE_SECONDS - (time.monotonic() - self.started)
            if remaining <= 0 or not pipe.poll(remaining):
                raise TimeoutError(f"worker did not answer {name!r} in time")
            results.append(pipe.recv())
        return results

    def wait_quiet(self, quiet: float = 1.0, limit: float = 300.0) -> float:
        """Wait until no client receives anything for ``quiet`` seconds."""
        t0 = time.monotonic()
        last = -1
        while time.monotonic() - t0 < limit:
            frames = sum(r["frames"] for r in self.call("counters"))
            if frames == last:
                break
            last = frames
            time.sleep(quiet)
        return time.monotonic() - t0

    def server_rss(self) -> int:
        return sum(s.rss_kib() for s in self.servers)

    def server_cpu(self) -> float:
        return sum(s.cpu_seconds() for s in self.servers)

    def client_cpu(self) -> float:
        """CPU seconds the client processes have used so far (read from /proc)."""
        return sum(Server(None, 0, p.pid, None, None).cpu_seconds() for p in self.procs if p.pid)

    def execute(self) -> dict[str, Any]:
        args = self.args
        n, k = args.sessions, args.rooms
        two_cores = (os.cpu_count() or 1) >= 2 and not args.no_pin
        server_cpus = [0] if two_cores else [None]
        client_cpu = 1 if two_cores and args.nodes == 1 else None
        host = "127.0.0.1"
        result: dict[str, Any] = {
            "scenario": f"{max(k, 1)}x{n // max(k, 1)}" if k else f"idle {n}",
            "args": dict(vars(args)),
            "command": " ".join(["bench/load.py", *sys.argv[1:]]),
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "kernel": platform.release(),
                "nofile_hard": _raise_nofile(),
                "pinning": "server on cpu 0, clients on cpu 1" if two_cores else "none",
                "cpu_quota_per_node": args.cpu_quota or None,
                "cgroup": CpuGroup.version() if args.cpu_quota else None,
                # Anything else running skews the numbers: publish only quiet runs.
                "loadavg_at_start": os.getloadavg(),
                **machine_probe(),
            },
        }
        tmp = Path(tempfile.mkdtemp(prefix="papote-bench-"))
        try:
            if args.url:
                parsed = urllib.parse.urlsplit(args.url)
                host = parsed.hostname or "127.0.0.1"
                if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
                    raise SystemExit("--url must be a loopback address")
                pid = args.server_pid
                self.servers = [Server(None, parsed.port or 80, pid, None, None)]
            else:
                extra: dict[str, str] = {}
                if args.nodes > 1 or args.shared_stores or args.postgres:
                    # Several nodes: one PostgreSQL schema and one Redis prefix of their
                    # own (dropped afterwards), one secret, the schema migrated once.
                    # --postgres: one node on PostgreSQL alone (the in-process broker).
                    tag = f"bench{os.getpid()}"
                    self.schema = tag
                    extra = {
                        "PAPOTE_DATABASE_URL": args.database_url,
                        "PAPOTE_DATABASE_SCHEMA": tag,
                        "PAPOTE_SECRET_KEY": os.urandom(16).hex(),
                    }
                    if args.nodes > 1 or args.shared_stores:
                        extra["PAPOTE_REDIS_URL"] = args.redis_url
                        extra["PAPOTE_REDIS_PREFIX"] = tag
                    migrate_schema(args, tmp, extra)
                for node in range(args.nodes):
                    # Two nodes on two cores: the clients then share the cores with them.
                    cpu = server_cpus[node % len(server_cpus)] if args.nodes == 1 else None
                    if args.nodes > 1 and two_cores:
                        cpu = node % 2
                    self.servers.append(start_server(args, tmp / f"node{node}", cpu, extra))
                    if args.cpu_quota:
                        # Each node in a group of its own; the quota is set for the say
                        # phases only (entering, connecting and joining at full speed).
                        group = CpuGroup(f"papote-bench-{os.getpid()}-node{node}")
                        self.groups.append(group)
                        group.prefer()
                        pid = self.servers[-1].pid
                        assert pid is not None
                        group.add(pid)
            ports = [s.port for s in self.servers]
            rooms = [f"salon:bench-{r}" for r in range(max(k, 1))]
            if args.url:
                rooms = [f"salon:{r}" for r in args.url_rooms.split(",")] if k else rooms
            if args.cpu_quota:
                # The clients: no quota, but ahead of the machine's other processes.
                self.clients_group = CpuGroup(f"papote-bench-{os.getpid()}-clients")
                self.clients_group.prefer()
            procs = max(1, args.procs)
            per = -(-n // procs)
            ctx = mp.get_context("fork")
            for w in range(procs):
                first = w * per
                count = max(0, min(per, n - first))
                plan = WorkerPlan(
                    w,
                    host,
                    ports,
                    first,
                    count,
                    rooms,
                    args.sample_every,
                    http_concurrency=args.http_concurrency,
                    connect_concurrency=args.connect_concurrency,
                )
                parent, child = ctx.Pipe()
                proc = ctx.Process(target=worker_main, args=(plan, child, client_cpu), daemon=True)
                proc.start()
                self.procs.append(proc)
                self.pipes.append(parent)
                if self.clients_group is not None and proc.pid is not None:
                    self.clients_group.add(proc.pid)

            server_pid = self.servers[0].pid if self.servers else None
            if args.postgres and args.nodes == 1 and client_cpu is not None and server_pid:
                self.pg_backends = PostgresBackends(args.database_url, server_pid, client_cpu)
                self.pg_backends.start()
                result["machine"]["postgres"] = "backends of the server on cpu 1, bench's share"
            rss0 = self.server_rss()
            cpu0, client0 = self.server_cpu(), self.client_cpu()
            created = self.call("sessions")
            sess_elapsed = max(r["elapsed"] for r in created)
            cpu1, client1 = self.server_cpu(), self.client_cpu()
            result["sessions"] = {
                "created": sum(r["created"] for r in created),
                "per_second": round(sum(r["created"] for r in created) / sess_elapsed, 1),
                "errors": [e for r in created for e in r["errors"]],
                "server_cpu_percent": round(100 * (cpu1 - cpu0) / sess_elapsed, 1),
                # Robust on a shared machine: entries per second of server CPU (what one
                # core would sustain if the server had it to itself).
                "per_server_cpu_second": round(sum(r["created"] for r in created) / (cpu1 - cpu0))
                if cpu1 > cpu0
                else None,
                "client_cpu_percent": round(100 * (client1 - client0) / sess_elapsed, 1),
            }
            print("sessions", result["sessions"], flush=True)
            rss1 = self.server_rss()
            self.profile_signal("connect", signal.SIGUSR1)
            connected = self.call("connect")
            conn_elapsed = max(r["elapsed"] for r in connected)
            total_conn = sum(r["connected"] for r in connected)
            cpu2, client2 = self.server_cpu(), self.client_cpu()
            self.profile_signal("connect", signal.SIGUSR2)
            result["connect"] = {
                "connected": total_conn,
                "per_second": round(total_conn / conn_elapsed, 1),
                "errors": [e for r in connected for e in r["errors"]],
                "server_cpu_percent": round(100 * (cpu2 - cpu1) / conn_elapsed, 1),
                "per_server_cpu_second": round(total_conn / (cpu2 - cpu1)) if cpu2 > cpu1 else None,
                "client_cpu_percent": round(100 * (client2 - client1) / conn_elapsed, 1),
            }
            time.sleep(2.0)
            rss2 = self.server_rss()
            result["memory"] = {
                "server_rss_kib_start": rss0,
                "server_rss_kib_after_sessions": rss1,
                "server_rss_kib_connected": rss2,
                # What an operator sees: the server's RSS from its start (nobody in) to
                # N people entered and connected, per person. Sessions count: what
                # entering leaves behind (database caches, allocator arenas) is memory
                # the process holds for them.
                "kib_per_connected_person": round((rss2 - rss0) / max(1, total_conn), 2),
                # The sockets alone: from N sessions created to N sockets open.
                "kib_per_idle_connection": round((rss2 - rss1) / max(1, total_conn), 2),
            }
            print("connect", result["connect"], result["memory"], flush=True)
            if args.storm and total_conn:
                result["storm"] = self.storm_phase(total_conn)
            if k and total_conn:
                self.profile_signal("join", signal.SIGUSR1)
                cpu_join0 = self.server_cpu()
                before_join = self.call("counters")
                joined = self.call("join")
                cpu_join1 = self.server_cpu()
                settle = self.wait_quiet()
                cpu_join2 = self.server_cpu()
                self.profile_signal("join", signal.SIGUSR2)
                after_join = self.call("counters")
                n_joined = sum(r["joined"] for r in joined)
                result["join"] = {
                    "joined": n_joined,
                    "elapsed": round(max(r["elapsed"] for r in joined), 2),
                    "settle_seconds": round(settle, 2),
                    # What the joins cost the server, whatever else the machine ran: its
                    # CPU until the last `joined`, and until the presence frames settled
                    # (minus the 1 s of quiet that ends the settling).
                    "server_cpu_seconds_to_last_joined": round(cpu_join1 - cpu_join0, 2),
                    "server_cpu_seconds_with_presence": round(cpu_join2 - cpu_join0, 2),
                    "server_cpu_us_per_join": round(
                        1e6 * (cpu_join2 - cpu_join0) / max(1, n_joined)
                    ),
                    "client_cpu_seconds": round(
                        sum(
                            a["cpu"] - b["cpu"]
                            for a, b in zip(after_join, before_join, strict=True)
                        ),
                        2,
                    ),
                    "frames_received": sum(
                        a["frames"] - b["frames"]
                        for a, b in zip(after_join, before_join, strict=True)
                    ),
                    "errors": [e for r in joined for e in r["errors"]],
                }
                rss3 = self.server_rss()
                result["memory"]["server_rss_kib_joined"] = rss3
                result["memory"]["kib_per_joined_connection"] = round(
                    (rss3 - rss1) / max(1, total_conn), 2
                )
                print("join", result["join"], flush=True)
            if k and total_conn and args.senders and args.duration > 0:
                # Several rates in one run: the sessions and joins are paid once.
                for group in self.groups:
                    group.limit(args.cpu_quota)
                result["say"] = [self.say_phase(n, k, rate) for rate in args.rate if rate > 0]
                for group in self.groups:
                    group.limit(None)
            result["metrics"] = scrape_metrics(host, ports[0])
            after = self.call("counters")
            result["client_final"] = {
                "closed_by_server": sum(r["closed"] for r in after),
                "close_codes": sorted({c for r in after for c in r["close_codes"]}),
            }
            self.call("close")
        finally:
            with contextlib.suppress(Exception):
                self.call("quit")
            for proc in self.procs:
                proc.join(5)
                if proc.is_alive():
                    proc.kill()
            for server in self.servers:
                server.stop()
            for group in [*self.groups, self.clients_group]:
                if group is not None:
                    group.remove()
            if self.pg_backends is not None:
                result["postgres_backends"] = self.pg_backends.stop()
            if self.schema:
                drop_schema(args.database_url, self.schema)
                drop_redis_keys(args.redis_url, self.schema)
            if args.keep_logs:
                result["server_logs"] = str(tmp)
            else:
                shutil.rmtree(tmp, ignore_errors=True)
        return result

    def profile_signal(self, phase: str, signum: int) -> bool:
        """Switch the profiler of ``--profile-phase`` on or off (bench/profserve.py)."""
        if self.args.profile_phase != phase:
            return False
        for server in self.servers:
            if server.process is not None:
                server.process.send_signal(signum)
        if signum == signal.SIGUSR2:
            time.sleep(3.0)  # the report is written by the server before it goes on
        return True

    def storm_phase(self, expected: int) -> dict[str, Any]:
        """Everyone drops and reconnects at once; then the server must count exactly
        ``expected`` connections again (no ghost, nobody missing)."""
        self.profile_signal("storm", signal.SIGUSR1)
        cpu0 = self.server_cpu()
        rss0 = self.server_rss()
        back = self.call("storm")
        elapsed = max(r["elapsed"] for r in back)
        cpu1 = self.server_cpu()
        reconnected = sum(r["reconnected"] for r in back)
        connections = -1.0
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the old sockets' releases may still run
            metrics = scrape_metrics("127.0.0.1", self.servers[0].port)
            connections = metrics.get("papote_connections", -1.0)
            if connections == expected:
                break
            time.sleep(0.5)
        self.profile_signal("storm", signal.SIGUSR2)
        out = {
            "people": expected,
            "reconnected": reconnected,
            "seconds": round(elapsed, 2),
            "per_second": round(reconnected / elapsed, 1),
            "errors": [e for r in back for e in r["errors"]],
            "server_connections_after": connections,
            "server_cpu_percent": round(100 * (cpu1 - cpu0) / elapsed, 1),
            "per_server_cpu_second": round(reconnected / (cpu1 - cpu0)) if cpu1 > cpu0 else None,
            "server_rss_kib_before": rss0,
            "server_rss_kib_after": self.server_rss(),
        }
        print("storm", out, flush=True)
        return out

    def say_phase(self, n: int, k: int, rate: float) -> dict[str, Any]:
        args = self.args
        members = n // k
        # Connection g is in room g % K: the first S connections are S senders spread
        # evenly over the rooms (S/K per room).
        senders = list(range(min(args.senders, n)))
        self.call("pick_senders", senders)
        rate_each = rate / len(senders)
        before = self.call("counters")
        metrics0 = scrape_metrics("127.0.0.1", self.servers[0].port)
        ours = {os.getpid(), *(p.pid for p in self.procs if p.pid)}
        ours |= {s.pid for s in self.servers if s.pid}
        others0 = others_cpu_seconds(ours)
        cpu0, wall0, cores0 = self.server_cpu(), time.monotonic(), core_times()
        node_cpu0 = [s.cpu_seconds() for s in self.servers]
        throttle0 = [g.throttled() for g in self.groups]
        redis0 = redis_cpu_seconds()
        start_ns = now_ns() + int(0.5e9)
        warmup = min(1.0, args.duration / 4)
        window = (start_ns + int(warmup * 1e9), start_ns + int(args.duration * 1e9))
        for pipe in self.pipes:  # the window is counted by the clients themselves
            pipe.send(("set_window", (window[0], window[1])))
        for pipe in self.pipes:
            pipe.recv()
        self.profile_signal("say", signal.SIGUSR1)
        said = self.call("say", start_ns, args.duration, rate_each, args.pad)
        cpu1, wall1, cores1 = self.server_cpu(), time.monotonic(), core_times()
        others1 = others_cpu_seconds(ours)
        drain = self.wait_quiet(quiet=1.0, limit=60.0)
        cpu2 = self.server_cpu()
        trace = None
        if self.profile_signal("say", signal.SIGUSR2):
            self.args.profile_phase = ""  # the first say phase only
            if args.profiler == "trace":  # bench/latency_trace.py's summary
                trace = json.loads(Path(args.profile_out).read_text())
        redis2 = redis_cpu_seconds()
        after = self.call("counters")
        metrics1 = scrape_metrics("127.0.0.1", self.servers[0].port)
        lat: list[int] = []
        for r in self.call("latency"):
            lat.extend(r["samples"])
        lat.sort()
        sent = sum(r["sent"] for r in said)
        delivered = sum(a["delivered"] - b["delivered"] for a, b in zip(after, before, strict=True))
        in_window = sum(r["window"] for r in self.call("window_count"))
        window_seconds = (window[1] - window[0]) / 1e9
        client_cpu = sum(a["cpu"] - b["cpu"] for a, b in zip(after, before, strict=True))
        out = {
            "senders": len(senders),
            "members_per_room": members,
            "offered_messages_per_second": rate,
            "offered_deliveries_per_second": rate * members,
            "messages_sent": sent,
            "deliveries_expected": sent * members,
            "deliveries_received": delivered,
            "deliveries_per_second": round(in_window / window_seconds, 1),
            "latency_ms": {
                "samples": len(lat),
                "p50": round(percentile(lat, 50), 2),
                "p90": round(percentile(lat, 90), 2),
                "p99": round(percentile(lat, 99), 2),
                "max": round(lat[-1] / 1e6, 2) if lat else None,
            },
            "server_cpu_percent": round(100 * (cpu1 - cpu0) / (wall1 - wall0), 1),
            # Efficiency, whatever the spare cores: every delivery of the phase's messages
            # against the CPU every node used from the start of the phase to the end of
            # its drain (summed over nodes; Redis's own CPU apart).
            "server_cpu_seconds": round(cpu2 - cpu0, 2),
            "deliveries_per_server_cpu_second": round(delivered / (cpu2 - cpu0))
            if cpu2 > cpu0
            else None,
            "redis_cpu_seconds": round(redis2 - redis0, 2) if self.schema else None,
            "server_cpu_percent_per_node": [
                round(100 * (b - a) / (wall1 - wall0), 1)
                for a, b in zip(node_cpu0, [s.cpu_seconds() for s in self.servers], strict=True)
            ],
            "throttled": [
                {k: round(v - t0[k], 2) for k, v in g.throttled().items()}
                for g, t0 in zip(self.groups, throttle0, strict=True)
            ],
            "client_cpu_percent": round(100 * client_cpu / (wall1 - wall0 + drain), 1),
            "core_busy_percent": core_busy(cores0, cores1),
            "other_processes_cpu_percent": round(
                100 * others_cpu_delta(others0, others1) / (wall1 - wall0), 1
            ),
            "late_ms_max": max(r["late_ms_max"] for r in said),
            "drain_seconds": round(drain, 2),
            "server_node0": phase_metrics(metrics0, metrics1),
        }
        if trace is not None:
            out["server_trace"] = trace
        print("say", out, flush=True)
        return out


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--sessions", type=int, default=1000, help="N sessions/WebSockets (<=19500)")
    p.add_argument("--rooms", type=int, default=1, help="K rooms (0: connect only, idle)")
    p.add_argument("--senders", type=int, default=10, help="S senders, spread over the rooms")
    p.add_argument(
        "--rate",
        type=lambda text: [float(r) for r in text.split(",")],
        default=[10.0],
        help="messages/s, all senders together; a comma-separated list (at most 8) runs one "
        "say phase per rate (e.g. 10,30)",
    )
    p.add_argument("--duration", type=float, default=10.0, help="T seconds of saying (<=120)")
    p.add_argument("--pad", type=int, default=20, help="characters of padding per text")
    p.add_argument("--sample-every", type=int, default=10, help="latency on 1 conn out of this")
    p.add_argument("--procs", type=int, default=1, help="client processes")
    p.add_argument(
        "--http-concurrency",
        type=int,
        default=100,
        help="keep-alive HTTP connections creating sessions at once, per client process",
    )
    p.add_argument(
        "--connect-concurrency",
        type=int,
        default=200,
        help="WebSockets being opened at once (handshake to hello), per client process",
    )
    p.add_argument("--nodes", type=int, default=1, help="server nodes (>1 needs Redis)")
    p.add_argument("--redis-url", default="redis://127.0.0.1:6379/15")
    p.add_argument(
        "--database-url",
        default="postgresql+asyncpg://postgres@127.0.0.1:5432/test",
        help="with --nodes > 1: the shared PostgreSQL (a schema of its own is used)",
    )
    p.add_argument(
        "--shared-stores",
        action="store_true",
        help="PostgreSQL + Redis even with one node (as --nodes > 1 does)",
    )
    p.add_argument(
        "--postgres",
        action="store_true",
        help="one node on PostgreSQL (--database-url) without Redis",
    )
    p.add_argument(
        "--cpu-quota",
        type=float,
        default=0.0,
        help="cores each node may use during the say phases (a cgroup per node, root only; "
        "nodes and clients not pinned)",
    )
    p.add_argument("--ws-impl", default="", help="PAPOTE_WS_IMPL for the server under test")
    p.add_argument("--server-env", action="append", default=[], help="KEY=VALUE, repeatable")
    p.add_argument("--url", default="", help="target a running server (loopback) instead")
    p.add_argument("--url-rooms", default="general", help="with --url: comma-separated salons")
    p.add_argument("--server-pid", type=int, default=None, help="with --url: for RSS/CPU")
    p.add_argument("--no-pin", action="store_true", help="do not pin server and clients")
    p.add_argument("--out", default="", help="JSON result file (default bench/results/...)")
    p.add_argument(
        "--storm",
        action="store_true",
        help="after connecting: everyone drops and reconnects at once (a reconnect storm)",
    )
    p.add_argument("--keep-logs", action="store_true")
    p.add_argument("--profile", default="", help="run the server under pyinstrument, report here")
    p.add_argument(
        "--profile-phase",
        choices=["", "connect", "storm", "join", "say"],
        default="",
        help="profile the server during this phase only (bench/profserve.py; the first say "
        "phase for 'say'), report in --profile-out",
    )
    p.add_argument("--profile-out", default="profile.txt", help="with --profile-phase")
    p.add_argument(
        "--profiler",
        choices=["pyinstrument", "cprofile", "trace"],
        default="pyinstrument",
        help="with --profile-phase: sampling shares, exact call counts, or the stamps of "
        "each message on its way through the server (bench/latency_trace.py)",
    )
    args = p.parse_args(argv)
    if not 1 <= args.sessions <= 19_500:
        p.error("--sessions must be within 1..19500 (open-files hard limit here: 20000)")
    if args.duration > 120 or max(args.rate) > 100_000 or len(args.rate) > 8:
        p.error("--duration is at most 120 s and --rate at most 100000/s")
    if args.rooms and args.sessions % args.rooms:
        p.error("--sessions must be a multiple of --rooms")
    if args.cpu_quota:
        if not 0.05 <= args.cpu_quota <= (os.cpu_count() or 1):
            p.error("--cpu-quota is a number of cores, at least 0.05")
        args.no_pin = True  # the quota, not the core, bounds each node
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    hard = _raise_nofile()
    if hard < args.sessions + 100:
        print(f"open-files hard limit {hard} < sessions: lower --sessions", file=sys.stderr)
        return 2
    run = Run(args)

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError("benchmark exceeded its hard deadline")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(int(HARD_DEADLINE_SECONDS))
    try:
        result = run.execute()
    finally:
        signal.alarm(0)
    write_result(result, args.out, "")
    return 0


def write_result(result: dict[str, Any], out: str, name: str) -> Path:
    """Write a run's JSON to ``out``, or to bench/results/<name>-<time>.json."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = Path(out) if out else RESULTS / f"{name + '-' if name else ''}{stamp}.json"
    path.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(f"written {path}")
    return path


if __name__ == "__main__":
    sys.exit(main())
