"""What a message crossing to another node costs, in CPU time of one process.

Two measurements that the machine's load does not skew (CPU time, not wall time):

1. Redis pub/sub through redis-py, as the broker uses it: publishing N envelopes one per
   `PUBLISH` (pipelined) and reading them on a subscriber; then the same envelopes in
   batches of 100 per `PUBLISH`.
2. The receiving node: group commits of another node (400 messages in 100 rooms) handed
   to the real `RedisBroker._on_message`, `Relay`, `HistoryCache` and `Hub`, with 50 local
   members in each room, as one envelope per message (the former format) and as batches
   delivered between the hub's hold and release (the current one).

    .venv/bin/python bench/cross_node.py --out bench/results/cross-node.json
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import msgspec
from redis.asyncio import Redis

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # bench/load.py: where the results go
from papote.broker.redis import (
    RedisBroker,
    decode_batch,
    encode_batch,
    encode_envelope,
    wire_entry,
)
from papote.domain.ratelimit import TokenBucket
from papote.ports import Envelope, RoomAddress, StoredMessage
from papote.protocol.wire import UserInfo
from papote.service.history import HistoryCache
from papote.service.hub import Connection, Hub
from papote.service.relay import Relay, envelope_from_stored
from papote.transport.frames import frame_text


async def pubsub_costs(url: str, n: int) -> dict[str, float]:
    pub, sub = Redis.from_url(url), Redis.from_url(url)
    channel = f"cross-node-bench-{os.getpid()}"
    pubsub = sub.pubsub()
    await pubsub.subscribe(channel)
    await pubsub.get_message(timeout=1.0)
    single = Envelope(
        to=RoomAddress("salon:bench-0"), kind="message", sender_id="u1", payload=b"x" * 160, seq=1
    )
    one = encode_envelope(single, "node-a")
    entry = wire_entry(single)
    batch = encode_batch([entry] * 100, "node-a")

    async def publish(data: bytes, count: int) -> float:
        t0 = time.process_time()
        async with pub.pipeline(transaction=False) as pipe:
            for _ in range(count):
                pipe.publish(channel, data)
            await pipe.execute()
        return time.process_time() - t0

    async def receive(count: int) -> float:
        t0 = time.process_time()
        got = 0
        while got < count:
            message = await pubsub.get_message(timeout=5.0)
            if message is None:
                raise TimeoutError("the subscriber got nothing for 5 s")
            if message["type"] == "message":
                got += len(decode_batch(message["data"]))
        return time.process_time() - t0

    try:
        publish_one = await publish(one, n)
        receive_one = await receive(n)
        publish_batched = await publish(batch, n // 100)
        receive_batched = await receive(n // 100 * 100)
    finally:
        await pubsub.aclose()  # type: ignore[no-untyped-call]
        await pub.aclose()
        await sub.aclose()
    return {
        "publish_us_per_envelope_one_per_publish": round(1e6 * publish_one / n, 2),
        "receive_us_per_envelope_one_per_publish": round(1e6 * receive_one / n, 2),
        "publish_us_per_envelope_batches_of_100": round(1e6 * publish_batched / n, 2),
        "receive_us_per_envelope_batches_of_100": round(1e6 * receive_batched / n, 2),
    }


class _Store:
    async def messages_before(self, room: str, before: int | None, limit: int) -> list[Any]:
        return []


class _Inner:
    async def start(self, deliver: Any) -> None:
        pass

    async def publish(self, envelope: Envelope) -> None:
        pass

    async def close(self) -> None:
        pass


async def receiving_costs(commits: int) -> dict[str, float]:
    rooms, per_room, per_commit = 100, 50, 400
    hub = Hub()
    hub.joins_frames = True
    hub.framer = frame_text
    conns = []
    for i in range(rooms * per_room):
        info = UserInfo(id=f"u{i}", pseudo=f"P{i}", gender="x", age=30, departement="75")
        bucket = TokenBucket(10**9, 10**9)
        conn = Connection(hub.user_state(info, set()), 10**9, bucket, bucket)
        hub.attach(conn)
        hub.enter(f"salon:r{i % rooms}", conn)
        conns.append(conn)
    history = HistoryCache(_Store(), 200)  # type: ignore[arg-type]
    relay = Relay(_Inner(), _Store(), node_id="b")  # type: ignore[arg-type]
    relay.attach(history)
    await relay.start(hub.deliver)
    for r in range(rooms):
        await history.latest(f"salon:r{r}", 50)  # someone here joined: rings loaded
    broker = RedisBroker("redis://unused", prefix="p", node_id="b")
    broker._deliver = relay.deliver  # fed directly, no Redis
    broker.gather = (hub.hold, hub.release)

    def batches(first_seq: int) -> list[bytes]:
        out = []
        for c in range(commits):
            entries = []
            for m in range(per_commit):
                r = m % rooms
                seq = first_seq + c * (per_commit // rooms) + m // rooms
                stored = StoredMessage(
                    room_id=f"salon:r{r}",
                    seq=seq,
                    msg_id=f"m{seq}-{r}",
                    user_id=f"u{r}",
                    pseudo=f"P{r}",
                    text="bonsoir tout le monde, quelqu'un de Lyon ?",
                    ts=1,
                )
                entries.append(wire_entry(replace(envelope_from_stored(stored), sender_id="u1")))
            out.append(encode_batch(entries, "a"))
        return out

    def run(datas: list[bytes], batched: bool) -> float:
        t0 = time.process_time()
        for data in datas:
            if batched:
                broker._on_message(data)
            else:
                for envelope in decode_batch(data)[0]:
                    relay.deliver(envelope)
            for conn in conns:
                conn.queue.clear()
        return time.process_time() - t0

    n = commits * per_commit
    one_by_one = run(batches(1), batched=False)
    batched = run(batches(1 + commits * per_commit // rooms), batched=True)
    return {
        "members_per_room_here": per_room,
        "us_per_message_one_envelope_at_a_time": round(1e6 * one_by_one / n, 2),
        "us_per_message_batches_gathered": round(1e6 * batched / n, 2),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--redis-url", default="redis://127.0.0.1:6379/15")
    p.add_argument("--envelopes", type=int, default=20_000, help="at most 200,000")
    p.add_argument("--commits", type=int, default=50, help="at most 500")
    p.add_argument("--out", default="")
    args = p.parse_args(argv)
    if not 100 <= args.envelopes <= 200_000 or not 1 <= args.commits <= 500:
        p.error("--envelopes 100..200000, --commits 1..500")
    result = {
        "command": " ".join(["bench/cross_node.py", *(argv or sys.argv[1:])]),
        "loadavg_at_start": os.getloadavg(),
        "pubsub": asyncio.run(pubsub_costs(args.redis_url, args.envelopes)),
        "receiving_node": asyncio.run(receiving_costs(args.commits)),
    }
    print(msgspec.json.format(msgspec.json.encode(result)).decode())
    load.write_result(result, args.out, "cross-node")
    return 0


if __name__ == "__main__":
    sys.exit(main())
