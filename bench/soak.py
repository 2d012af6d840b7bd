"""Soak: thousands of people chatting at a realistic mix on two nodes, for half an hour.

Two `papote serve` nodes on PostgreSQL (a schema of their own) and Redis (a prefix of its
own), N guests spread over both (connection i on node i mod 2), each in one or two of K
salons that therefore span both nodes. Then, for the given minutes, a mix that looks like
an evening on a chat rather than a benchmark:

- most people idle (connected, in their salons, receiving);
- a share of them talking (2 % by default, re-drawn every minute): each says something in
  one of their salons every ~10 s on average (exponential gaps), after a `typing`;
- private conversations: a `dm_request`, the other side accepts, both join the DM room,
  a few messages each way with typing, then both leave it;
- moves: people leaving a salon or joining another one;
- reconnects: a socket dropped and opened again with the same token, salons re-joined;
- turnover: people quitting (`DELETE /api/session`) and new guests entering.

Every 30 s it records each node's RSS and CPU, the queues `/metrics` shows (outbound
frames, writer queue, Redis outbox), the latency p50/p99 of the messages said during the
interval (the send time is in the text; sampled on one person in 10), what was said,
acknowledged, delivered and refused, and what else the machine was doing. The JSON goes
to bench/results/. Bounded: at most 60 minutes of mix, a hard deadline after which the run
stops itself, nodes stopped, schema and Redis keys removed at the end.

    .venv/bin/python bench/soak.py --people 5000 --minutes 30 \
        --out bench/results/soak-5000-30min.json

Not part of `make test`. The flood guards are the defaults (people talk at human rates);
only the per-address entry budgets are raised, since every guest comes from 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import os
import platform
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # bench/load.py: the client, the nodes, the metrics

SAMPLE_SECONDS = 30.0
MEMTRACE = str(Path(__file__).resolve().parent / "memtrace")  # --trace-memory
DM_TURNS = 6  # messages in one private conversation, both sides together
MAX_DMS = 40  # private conversations going on at once, at most
QUEUE_GAUGES = (
    "papote_connections",
    "papote_users",
    "papote_rooms",
    "papote_outbound_queue_frames",
    "papote_outbound_queue_frames_max",
    "papote_writer_queue",
    "papote_broker_outbox",
)
COUNTERS = (
    "papote_frames_in_total",
    "papote_frames_out_total",
    "papote_deliveries_total",
    "papote_messages_stored_total",
    "papote_slow_consumers_dropped_total",
    "papote_broker_published_total",
    "papote_broker_received_total",
    "papote_broker_outbox_dropped_total",
    "papote_relay_gaps_total",
    "papote_relay_skipped_total",
)


class SoakClient(load.WsClient):
    """A person's socket: counts like the bench client, and answers what a person would."""

    __slots__ = ("mix", "person")

    def __init__(self, person: Person, mix: Mix, request: bytes, lat: array[int]) -> None:
        super().__init__(request, person.index % 10 == 0, lat, mix.window)
        self.person = person
        self.mix = mix

    def other(self, buf: bytearray, start: int, end: int) -> None:
        if buf.startswith(b'{"type":"sent"', start):
            self.mix.acked += 1
        elif buf.startswith(b'{"type":"error"', start):
            self.mix.on_error(self.person, json.loads(bytes(buf[start:end])))
        elif buf.startswith(b'{"type":"dm_request"', start):
            self.mix.on_dm_request(self.person, json.loads(bytes(buf[start:end])))
        elif buf.startswith(b'{"type":"dm_opened"', start):
            self.mix.on_dm_opened(self.person, json.loads(bytes(buf[start:end])))

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        # what a closed socket received stays counted once its person reconnects or quits
        # (until session 7 the sum below lost it: deliveries seemed to fall with time)
        self.mix.delivered_gone += self.delivered
        self.delivered = 0
        if self.close_code:
            codes = self.mix.close_codes
            codes[self.close_code] = codes.get(self.close_code, 0) + 1


@dataclass(eq=False)
class Person:
    index: int
    pseudo: str
    node: int
    token: str = ""
    user_id: str = ""
    client: SoakClient | None = None
    salons: set[str] = field(default_factory=set)
    busy: bool = False  # reconnecting or quitting: the mix leaves them alone

    @property
    def online(self) -> bool:
        return self.client is not None and not self.client.closed and not self.busy


@dataclass(eq=False)
class Dm:
    a: Person
    b: Person
    started: float
    room: str = ""
    turns: int = 0
    next_at: float = 0.0
    typed: bool = False
    # who was told the DM is open (and so sent its join): a side speaks only then. Each
    # side hears dm_opened from its own node; the other side's node may hear later (via
    # Redis), and a say or a typing sent before its join was refused (`not_member`).
    joined: set[str] = field(default_factory=set)


class Mix:
    """The people, what they do, and what the clients saw."""

    def __init__(self, args: argparse.Namespace, ports: list[int]) -> None:
        self.args = args
        self.ports = ports
        self.rng = random.Random(args.seed)
        self.salons = [f"salon:bench-{r}" for r in range(args.salons)]
        self.people: list[Person] = []
        self.next_index = 0
        self.lat: array[int] = array("q")
        self.window = [1, 2**62, 0]  # every message counts, from the start
        self.talkers: dict[Person, list[float | bool]] = {}  # person -> [next_at, typed]
        self.dms: list[Dm] = []
        self.dm_by_pair: dict[frozenset[str], Dm] = {}
        self.by_user: dict[str, Person] = {}
        self.tasks: set[asyncio.Task[Any]] = set()
        # counts since the start (the sampler takes differences)
        self.said = 0
        self.acked = 0
        self.typing = 0
        self.dm_requests = 0
        self.dm_opened = 0
        self.dm_done = 0
        self.moves = 0
        self.reconnects = 0
        self.quits = 0
        self.entries = 0
        self.delivered_gone = 0  # received by sockets closed since (SoakClient)
        self.failures: dict[str, int] = {}
        self.errors: dict[str, int] = {}
        self.close_codes: dict[int, int] = {}

    # ------------------------------------------------------------------ plumbing

    def spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def fail(self, what: str) -> None:
        self.failures[what] = self.failures.get(what, 0) + 1

    def new_person(self) -> Person:
        i = self.next_index
        self.next_index += 1
        return Person(i, f"Soak{i}", i % len(self.ports))

    async def enter(self, person: Person) -> bool:
        port = self.ports[person.node]
        i = person.index
        body = json.dumps(
            {
                "pseudo": person.pseudo,
                "gender": "fmx"[i % 3],
                "age": 18 + i % 60,
                "postal_code": f"{1 + i % 95:02d}000",
            }
        ).encode()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            try:
                status, data = await asyncio.wait_for(
                    load.http_request(
                        reader, writer, f"127.0.0.1:{port}", "POST", "/api/session", body
                    ),
                    60,
                )
            finally:
                writer.close()
        except (OSError, TimeoutError):
            self.fail("enter")
            return False
        if status != 201:
            self.fail(f"enter {status}")
            return False
        reply = json.loads(data)
        person.token = reply["token"]
        person.user_id = reply["user"]["id"]
        self.by_user[person.user_id] = person
        return True

    async def connect(self, person: Person) -> bool:
        port = self.ports[person.node]
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /ws?token={person.token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
        loop = asyncio.get_running_loop()
        try:
            _, client = await loop.create_connection(
                lambda: SoakClient(person, self, request, self.lat), "127.0.0.1", port
            )
            await asyncio.wait_for(client.hello, 60)
        except (OSError, TimeoutError, ConnectionError):
            self.fail("connect")
            return False
        person.client = client
        for salon in person.salons:
            self.send(person, {"type": "join", "room": salon})
        return True

    async def quit(self, person: Person) -> None:
        port = self.ports[person.node]
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            try:
                status, _ = await asyncio.wait_for(
                    load.http_request(
                        reader,
                        writer,
                        f"127.0.0.1:{port}",
                        "DELETE",
                        "/api/session",
                        headers=f"Authorization: Bearer {person.token}\r\n",
                    ),
                    60,
                )
            finally:
                writer.close()
        except (OSError, TimeoutError):
            self.fail("quit")
            return
        if status != 204:
            self.fail(f"quit {status}")

    def send(self, person: Person, frame: dict[str, Any]) -> None:
        if person.client is not None:
            person.client.send(json.dumps(frame, separators=(",", ":")).encode())

    def say(self, person: Person, room: str) -> None:
        # The send time leads the text: the bench client reads it for the latency.
        text = f"{load.now_ns()} bonsoir tout le monde, quelqu'un de Lyon ?"
        self.send(person, {"type": "say", "room": room, "text": text})
        self.said += 1

    def online(self) -> list[Person]:
        return [p for p in self.people if p.online]

    # ------------------------------------------------------------------ arrival

    async def populate(self) -> dict[str, Any]:
        """Everyone enters, connects and joins one or two salons (spanning both nodes)."""
        n, k = self.args.people, len(self.salons)
        people = [self.new_person() for _ in range(n)]
        for p in people:
            p.salons = {self.salons[p.index % k]}
            if p.index % 2:
                p.salons.add(self.salons[(p.index // 2 + 1) % k])
        sem = asyncio.Semaphore(16)

        async def entered(p: Person) -> bool:
            async with sem:
                return await self.enter(p)

        t0 = time.monotonic()
        ok = await asyncio.gather(*(entered(p) for p in people))
        t1 = time.monotonic()
        people = [p for p, good in zip(people, ok, strict=True) if good]
        sem = asyncio.Semaphore(100)

        async def connected(p: Person) -> bool:
            async with sem:
                return await self.connect(p)

        ok = await asyncio.gather(*(connected(p) for p in people))
        t2 = time.monotonic()
        self.people = [p for p, good in zip(people, ok, strict=True) if good]
        return {
            "entered": len(people),
            "enter_seconds": round(t1 - t0, 1),
            "connected": len(self.people),
            "connect_seconds": round(t2 - t1, 1),
            "salons": k,
            "memberships": sum(len(p.salons) for p in self.people),
        }

    # ------------------------------------------------------------------ the mix

    def on_error(self, person: Person, frame: dict[str, Any]) -> None:
        code = str(frame.get("code"))
        self.errors[code] = self.errors.get(code, 0) + 1

    def on_dm_request(self, person: Person, frame: dict[str, Any]) -> None:
        # The addressee accepts (the mix only asks people who are in a conversation).
        sender = frame.get("from", {}).get("id", "")
        if frozenset((sender, person.user_id)) in self.dm_by_pair:
            self.send(person, {"type": "dm_accept", "request_id": frame["request_id"]})

    def on_dm_opened(self, person: Person, frame: dict[str, Any]) -> None:
        other = frame.get("with", {}).get("id", "")
        dm = self.dm_by_pair.get(frozenset((other, person.user_id)))
        if dm is None:
            return
        self.send(person, {"type": "join", "room": frame["room"]})
        dm.joined.add(person.user_id)
        if not dm.room:
            self.dm_opened += 1
            dm.room = frame["room"]
            dm.next_at = time.monotonic() + 1.0

    def end_dm(self, dm: Dm) -> None:
        self.dms.remove(dm)
        self.dm_by_pair.pop(frozenset((dm.a.user_id, dm.b.user_id)), None)
        if dm.room:
            for p in (dm.a, dm.b):
                if p.online:
                    self.send(p, {"type": "leave", "room": dm.room})
            self.dm_done += 1

    def step_dms(self, now: float, budget: float, online: list[Person]) -> None:
        while budget >= 1 or self.rng.random() < budget:
            budget -= 1
            if len(self.dms) >= MAX_DMS or len(online) < 2:
                break
            a, b = self.rng.sample(online, 2)
            pair = frozenset((a.user_id, b.user_id))
            if pair in self.dm_by_pair:
                continue
            dm = Dm(a, b, now)
            self.dms.append(dm)
            self.dm_by_pair[pair] = dm
            self.send(a, {"type": "dm_request", "to": b.user_id, "text": "salut, ça va ?"})
            self.dm_requests += 1
        for dm in list(self.dms):
            if not (dm.a.online and dm.b.online) or (not dm.room and now - dm.started > 60):
                self.end_dm(dm)
                continue
            if not dm.room or now < dm.next_at:
                continue
            speaker = dm.a if dm.turns % 2 == 0 else dm.b
            if speaker.user_id not in dm.joined:
                continue  # its own dm_opened has not come yet
            if not dm.typed:
                self.send(speaker, {"type": "typing", "room": dm.room})
                self.typing += 1
                dm.typed, dm.next_at = True, now + 1.5
                continue
            self.say(speaker, dm.room)
            dm.turns += 1
            dm.typed, dm.next_at = False, now + self.rng.uniform(2.0, 6.0)
            if dm.turns >= DM_TURNS:
                self.end_dm(dm)

    def draw_talkers(self, now: float, online: list[Person]) -> None:
        count = min(len(online), round(self.args.talk_share * len(online)))
        chosen = self.rng.sample(online, count)
        self.talkers = {
            p: [now + self.rng.expovariate(1 / self.args.say_every), False] for p in chosen
        }

    def step_talkers(self, now: float) -> None:
        for person, state in self.talkers.items():
            if now < state[0] or not person.online or not person.salons:
                continue
            room = self.rng.choice(sorted(person.salons))
            if not state[1]:
                self.send(person, {"type": "typing", "room": room})
                self.typing += 1
                state[0], state[1] = now + 1.5, True
                continue
            self.say(person, room)
            state[0], state[1] = now + self.rng.expovariate(1 / self.args.say_every), False

    def move(self, person: Person) -> None:
        # In one salon: join a second; in two: leave one. Memberships stay 1.5 a person
        # on average, so nothing grows because of the mix itself.
        if len(person.salons) > 1:
            room = self.rng.choice(sorted(person.salons))
            person.salons.discard(room)
            self.send(person, {"type": "leave", "room": room})
        else:
            room = self.rng.choice(self.salons)
            if room in person.salons:
                return
            person.salons.add(room)
            self.send(person, {"type": "join", "room": room})
        self.moves += 1

    async def reconnect(self, person: Person) -> None:
        person.busy = True
        client = person.client
        if client is not None and client.transport is not None:
            client.send_control(0x8, (1000).to_bytes(2, "big"))
            await asyncio.sleep(0.5)
            client.transport.abort()
        person.client = None
        await asyncio.sleep(self.rng.uniform(0.5, 3.0))
        if await self.connect(person):
            self.reconnects += 1
            person.busy = False
        elif person in self.people:  # (a turnover of the same person may have come first)
            self.people.remove(person)

    async def turnover(self, person: Person) -> None:
        person.busy = True
        await self.quit(person)  # the server closes every socket of it with 4001
        self.quits += 1
        self.people.remove(person)
        self.by_user.pop(person.user_id, None)
        newcomer = self.new_person()
        newcomer.salons = {self.rng.choice(self.salons)}
        newcomer.busy = True
        self.people.append(newcomer)
        if await self.enter(newcomer) and await self.connect(newcomer):
            self.entries += 1
            newcomer.busy = False
        else:
            self.people.remove(newcomer)

    def events(self, rate: float, dt: float) -> int:
        """How many events of a Poisson process of this rate fall in dt."""
        expected, count = rate * dt, 0
        t = self.rng.expovariate(1.0) if expected > 0 else 2.0
        while t < expected:
            count += 1
            t += self.rng.expovariate(1.0)
        return count

    def tick(self, now: float, dt: float) -> None:
        args = self.args
        online = self.online()
        if not online:
            return
        self.step_talkers(now)
        self.step_dms(now, args.dm_rate * dt, online)
        for _ in range(self.events(args.move_rate, dt)):
            self.move(self.rng.choice(online))
        in_dm = {p for dm in self.dms for p in (dm.a, dm.b)}
        churn = ((args.reconnect_rate, self.reconnect), (args.quit_rate, self.turnover))
        for rate, action in churn:
            for _ in range(self.events(rate, dt)):
                person = self.rng.choice(online)
                if person.online and person not in in_dm and person not in self.talkers:
                    self.spawn(action(person))

    # ------------------------------------------------------------------ readings

    def swap_latency(self) -> list[int]:
        values = sorted(self.lat)
        self.lat = array("q")
        for p in self.people:
            if p.client is not None:
                p.client.lat = self.lat
        return values

    def delivered(self) -> int:
        """Frames received since the start, closed sockets' included."""
        alive = sum(p.client.delivered for p in self.people if p.client is not None)
        return self.delivered_gone + alive

    def counts(self) -> dict[str, Any]:
        return {
            "said": self.said,
            "acked": self.acked,
            "typing": self.typing,
            "dm_requests": self.dm_requests,
            "dm_opened": self.dm_opened,
            "dm_done": self.dm_done,
            "moves": self.moves,
            "reconnects": self.reconnects,
            "quits": self.quits,
            "entries": self.entries,
        }


def node_reading(server: load.Server) -> dict[str, Any]:
    metrics = load.scrape_metrics("127.0.0.1", server.port)
    return {
        "rss_kib": server.rss_kib(),
        "cpu_seconds": round(server.cpu_seconds(), 2),
        **{name: metrics.get(name) for name in QUEUE_GAUGES + COUNTERS},
    }


def redis_reading(url: str, prefix: str) -> dict[str, Any]:
    """The deployment's Redis keys and what they hold (Redis itself is shared)."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(f"{prefix}:*", count=1000))
        fields = 0
        for key in keys:
            kind = client.type(key)
            if kind == b"hash":
                fields += int(client.hlen(key))
            elif kind == b"set":
                fields += int(client.scard(key))
        return {"keys": len(keys), "entries": fields}
    except redis.RedisError as exc:
        return {"error": str(exc)}
    finally:
        client.close()


def slope_kib_per_minute(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (minute, KiB) points."""
    if len(points) < 3:
        return None
    xs, ys = zip(*points, strict=True)
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return round(sum((x - mx) * (y - my) for x, y in points) / den, 1) if den else None


def summarize(samples: list[dict[str, Any]], warmup: float, nodes: int) -> dict[str, Any]:
    steady = [s for s in samples if s["minute"] >= warmup]
    out: dict[str, Any] = {"warmup_minutes": warmup, "steady_samples": len(steady)}
    if not steady:
        return out
    for n in range(nodes):
        rss = [(s["minute"], s["nodes"][n]["rss_kib"]) for s in steady]
        out[f"node{n}"] = {
            "rss_mib_after_warmup": round(rss[0][1] / 1024, 1),
            "rss_mib_end": round(rss[-1][1] / 1024, 1),
            "rss_mib_max": round(max(v for _, v in rss) / 1024, 1),
            "rss_slope_kib_per_minute": slope_kib_per_minute(rss),
            "outbound_queue_frames_max": max(
                s["nodes"][n]["papote_outbound_queue_frames_max"] or 0 for s in steady
            ),
            "writer_queue_max": max(s["nodes"][n]["papote_writer_queue"] or 0 for s in steady),
            "broker_outbox_max": max(s["nodes"][n]["papote_broker_outbox"] or 0 for s in steady),
        }
    p99 = [s["latency_ms"]["p99"] for s in steady if s["latency_ms"]["samples"]]
    if p99:
        out["p99_ms"] = {
            "min": min(p99),
            "median": round(statistics.median(p99), 1),
            "max": max(p99),
            "first_half_median": round(statistics.median(p99[: max(1, len(p99) // 2)]), 1),
            "second_half_median": round(statistics.median(p99[len(p99) // 2 :]), 1),
        }
    out["said"] = sum(s["said"] for s in steady)
    out["acked"] = sum(s["acked"] for s in steady)
    out["deliveries"] = sum(s["deliveries"] for s in steady)
    return out


def collect_traced(trace: Path, nodes: int) -> None:
    """Ask the traced nodes for a full collection and a last snapshot (bench/memtrace);
    blocking (run in a thread)."""
    before = {p: len(p.read_text().splitlines()) for p in trace.glob("gc-*.jsonl")}
    (trace / "collect").touch()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        time.sleep(1.0)
        if (trace / "collect").exists():
            continue
        # one node took the trigger; give the others theirs until each wrote a line
        done = [p for p, n in before.items() if len(p.read_text().splitlines()) > n]
        if len(done) >= nodes:
            return
        (trace / "collect").touch()


async def run(args: argparse.Namespace) -> dict[str, Any]:
    tag = f"soak{os.getpid()}"
    # load.py's own defaults for every option its server start reads (new ones included:
    # a hand-built Namespace broke each time load.py grew one), then the soak's.
    ns = load.parse_args([])
    ns.sessions = 4 * args.people
    ns.rooms = args.salons
    ns.server_env = list(args.server_env)
    extra = {
        "PAPOTE_REDIS_URL": args.redis_url,
        "PAPOTE_REDIS_PREFIX": tag,
        "PAPOTE_DATABASE_URL": args.database_url,
        "PAPOTE_DATABASE_SCHEMA": tag,
        "PAPOTE_SECRET_KEY": os.urandom(16).hex(),
        # People talk at human rates: the flood guards are the defaults again.
        "PAPOTE_SAY_BURST": "5",
        "PAPOTE_SAY_RATE": "1.0",
        "PAPOTE_FRAME_BURST": "30",
        "PAPOTE_FRAME_RATE": "10.0",
    }
    result: dict[str, Any] = {
        "scenario": f"soak {args.people} people, {args.nodes} nodes, PostgreSQL + Redis",
        "args": dict(vars(args)),
        "command": " ".join(["bench/soak.py", *sys.argv[1:]]),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "kernel": platform.release(),
            "loadavg_at_start": os.getloadavg(),
            **load.machine_probe(),
            "pinning": "none (nodes, clients, Redis and PostgreSQL share the cores)",
        },
    }
    if args.trace_memory:
        extra["PYTHONPATH"] = MEMTRACE
        extra["PAPOTE_MEMTRACE_DIR"] = args.trace_memory
    tmp = Path(tempfile.mkdtemp(prefix="papote-soak-"))
    servers: list[load.Server] = []
    mix: Mix | None = None
    try:
        load.migrate_schema(ns, tmp, extra)
        for node in range(args.nodes):
            # The salons are load.py's (`bench-<r>`), in each node's configuration.
            servers.append(load.start_server(ns, tmp / f"node{node}", None, extra))
        ports = [s.port for s in servers]
        mix = Mix(args, ports)
        t0 = time.monotonic()
        result["arrival"] = await mix.populate()
        print("arrival", result["arrival"], flush=True)
        if args.trace_memory:
            await asyncio.to_thread((Path(args.trace_memory) / "start").touch)
        gc.collect()
        gc.freeze()
        samples: list[dict[str, Any]] = []
        result["samples"] = samples
        ours = {os.getpid(), *(s.pid for s in servers if s.pid)}
        start = time.monotonic()
        end = start + args.minutes * 60
        next_sample = start + SAMPLE_SECONDS
        next_draw = start
        prev_counts = mix.counts()
        prev_delivered = mix.delivered()
        prev_others = load.others_cpu_seconds(ours)
        prev_nodes = [node_reading(s) for s in servers]
        last = start
        # Ctrl-C or a kill ends the mix early, and still stops the nodes and cleans up.
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(signum, stop.set)
        while not stop.is_set():
            now = time.monotonic()
            if now >= end:
                break
            if now >= next_draw:
                mix.draw_talkers(now, mix.online())
                next_draw = now + 60
            mix.tick(now, now - last)
            last = now
            if now >= next_sample:
                next_sample += SAMPLE_SECONDS
                lat = mix.swap_latency()
                nodes = await asyncio.to_thread(lambda: [node_reading(s) for s in servers])
                counts = mix.counts()
                delivered = mix.delivered()
                others = load.others_cpu_seconds(ours)
                sample = {
                    "minute": round((now - start) / 60, 2),
                    "online": len(mix.online()),
                    "talkers": len(mix.talkers),
                    "dms_going_on": len(mix.dms),
                    **{k: counts[k] - prev_counts[k] for k in counts},
                    "deliveries": delivered - prev_delivered,
                    "latency_ms": {
                        "samples": len(lat),
                        "p50": round(load.percentile(lat, 50), 1),
                        "p99": round(load.percentile(lat, 99), 1),
                        "max": round(lat[-1] / 1e6, 1) if lat else None,
                    },
                    "nodes": nodes,
                    "node_cpu_percent": [
                        round(100 * (b["cpu_seconds"] - a["cpu_seconds"]) / SAMPLE_SECONDS, 1)
                        for a, b in zip(prev_nodes, nodes, strict=True)
                    ],
                    "redis": await asyncio.to_thread(redis_reading, args.redis_url, tag),
                    "client_rss_kib": load.Server(None, 0, os.getpid(), None, None).rss_kib(),
                    "errors": dict(mix.errors),
                    "failures": dict(mix.failures),
                    "close_codes": {str(k): v for k, v in mix.close_codes.items()},
                    "loadavg": os.getloadavg(),
                    "other_processes_cpu_percent": round(
                        100 * load.others_cpu_delta(prev_others, others) / SAMPLE_SECONDS, 1
                    ),
                }
                samples.append(sample)
                print(
                    f"[{sample['minute']:5.1f} min] online {sample['online']} "
                    f"said {sample['said']} deliveries {sample['deliveries']} "
                    f"p99 {sample['latency_ms']['p99']} ms "
                    f"rss {[round(n['rss_kib'] / 1024) for n in nodes]} MiB "
                    f"outq {[n['papote_outbound_queue_frames'] for n in nodes]} "
                    f"writer {[n['papote_writer_queue'] for n in nodes]} "
                    f"outbox {[n['papote_broker_outbox'] for n in nodes]} "
                    f"load {sample['loadavg'][0]:.1f}",
                    flush=True,
                )
                prev_counts, prev_delivered, prev_others = counts, delivered, others
                prev_nodes = nodes
            await asyncio.sleep(0.1)
        if args.trace_memory:
            await asyncio.to_thread(collect_traced, Path(args.trace_memory), len(servers))
        result["stopped_early"] = stop.is_set()
        result["mix_seconds"] = round(time.monotonic() - start, 1)
        result["total_seconds"] = round(time.monotonic() - t0, 1)
        result["summary"] = summarize(samples, args.warmup, len(servers))
        print("summary", json.dumps(result["summary"]), flush=True)
    finally:
        if mix is not None:
            for task in list(mix.tasks):
                task.cancel()
            for p in mix.people:
                if p.client is not None and p.client.transport is not None:
                    p.client.transport.abort()
        for server in servers:
            server.stop()
        load.drop_schema(args.database_url, tag)
        load.drop_redis_keys(args.redis_url, tag)
        if args.keep_logs:
            result["server_logs"] = str(tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return result


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--people", type=int, default=5000, help="people connected (<= 9000)")
    p.add_argument("--minutes", type=float, default=30.0, help="minutes of mix (<= 60)")
    p.add_argument("--warmup", type=float, default=5.0, help="minutes before memory is judged")
    p.add_argument("--nodes", type=int, default=2)
    p.add_argument("--salons", type=int, default=10)
    p.add_argument("--talk-share", type=float, default=0.02, help="share of people talking")
    p.add_argument("--say-every", type=float, default=10.0, help="mean seconds between says")
    p.add_argument("--dm-rate", type=float, default=0.5, help="private conversations begun/s")
    p.add_argument("--move-rate", type=float, default=2.0, help="salon joins or leaves/s")
    p.add_argument("--reconnect-rate", type=float, default=1.0, help="sockets reopened/s")
    p.add_argument("--quit-rate", type=float, default=0.2, help="people replaced by new ones/s")
    p.add_argument("--seed", type=int, default=14)
    p.add_argument("--redis-url", default="redis://127.0.0.1:6379/15")
    p.add_argument("--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    p.add_argument("--server-env", action="append", default=[], help="KEY=VALUE, repeatable")
    p.add_argument("--out", default="", help="JSON result file (default bench/results/...)")
    p.add_argument("--keep-logs", action="store_true")
    p.add_argument(
        "--trace-memory",
        default="",
        help="a directory: the nodes trace their allocations from the end of the arrival on "
        "(tracemalloc, bench/memtrace) and write a snapshot there every 60 s, and one after a "
        "full collection at the end",
    )
    args = p.parse_args(argv)
    if not 2 <= args.people <= 9000:
        p.error("--people must be within 2..9000")
    if not 0 < args.minutes <= 60:
        p.error("--minutes must be within 0..60")
    if not 1 <= args.nodes <= 4:
        p.error("--nodes must be within 1..4")
    if args.trace_memory:
        args.trace_memory = str(Path(args.trace_memory).resolve())
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    load._raise_nofile()
    load._install_uvloop()
    gc.set_threshold(20_000, 20, 100)

    def on_alarm(signum: int, frame: object) -> None:
        raise TimeoutError("soak exceeded its hard deadline")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(int(args.minutes * 60 + 900))
    try:
        result = asyncio.run(run(args))
    finally:
        signal.alarm(0)
    load.write_result(result, args.out, "soak")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
