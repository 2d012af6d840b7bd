"""The Broker contract: every implementation delivers what is published, in order.

The in-process broker and the Redis one run the same tests; the Redis one also carries
envelopes to the other nodes, to each kind of address (a room, a person, every node),
and survives Redis going away (own redis-server, restarted by the test, so the shared
one is never disturbed).
"""

from __future__ import annotations

import asyncio
import itertools
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace

import msgspec
import pytest
import redis.asyncio

from papote.broker.inprocess import InProcessBroker
from papote.broker.redis import RedisBroker
from papote.ports import (
    ADDRESS_OF,
    ALL_NODES,
    Address,
    Broker,
    Envelope,
    EnvelopeKind,
    RoomAddress,
    UserAddress,
)
from tests.conftest import REDIS_URL, UNIT, RedisServer
from tests.waiting import until

_node_ids = itertools.count(1)


def make_redis_broker(url: str, prefix: str) -> RedisBroker:
    # Pings every 0.2 s so a silent drop is noticed within a second in these tests.
    return RedisBroker(
        url,
        prefix=prefix,
        node_id=f"n{next(_node_ids)}",
        ping_interval=0.2 * UNIT,
        reconnect_max=0.2 * UNIT,
    )


@pytest.fixture(params=["inprocess", "redis"])
async def broker(request: pytest.FixtureRequest, redis_prefix: str) -> AsyncIterator[Broker]:
    impl: Broker = (
        InProcessBroker()
        if request.param == "inprocess"
        else make_redis_broker(REDIS_URL, redis_prefix)
    )
    yield impl
    await impl.close()


ROOM_A = RoomAddress("salon:a")


def envelope(seq: int, kind: EnvelopeKind = "message", to: Address = ROOM_A) -> Envelope:
    return Envelope(to=to, kind=kind, sender_id="u", payload=b'{"n":%d}' % seq, seq=seq)


# One envelope of each kind, each to the kind of address it goes to (ports.ADDRESS_OF).
EVERY_KIND = [
    Envelope(to=ROOM_A, kind="message", sender_id="u1", payload=b"\x00\xff", seq=7),
    Envelope(to=ROOM_A, kind="presence", sender_id="u2", payload=b"{}"),
    Envelope(to=ROOM_A, kind="typing", sender_id="u3", payload=b"{}"),
    Envelope(to=RoomAddress("dm:ab"), kind="notice", sender_id="", payload=b"{}"),
    Envelope(to=UserAddress("u4"), kind="direct", sender_id="u5", payload=b"{}"),
    Envelope(to=ALL_NODES, kind="control", sender_id="system", payload=b'{"op":"sanctions"}'),
]


def test_every_kind_is_listed_once() -> None:
    assert sorted(e.kind for e in EVERY_KIND) == sorted(ADDRESS_OF)


async def test_published_envelopes_arrive_in_order(broker: Broker) -> None:
    seen: list[Envelope] = []
    await broker.start(seen.append)
    sent = [
        Envelope(to=ROOM_A, kind="message", sender_id="u", payload=b"{}", seq=i)
        for i in range(1, 51)
    ]
    for item in sent:
        await broker.publish(item)
    assert [e.seq for e in seen] == list(range(1, 51))
    assert seen[0].payload == b"{}"


async def test_publish_before_start_is_an_error(broker: Broker) -> None:
    with pytest.raises(RuntimeError):
        await broker.publish(Envelope(to=ROOM_A, kind="typing", sender_id="u", payload=b""))


async def test_every_kind_and_address_arrives_whole(broker: Broker) -> None:
    seen: list[Envelope] = []
    await broker.start(seen.append)
    for item in EVERY_KIND:
        await broker.publish(item)
    assert seen == EVERY_KIND


def test_an_envelope_goes_only_to_the_address_its_kind_goes_to() -> None:
    """Issue 15 §3: a room id is not an address of a person or of every node."""
    wrong: list[tuple[EnvelopeKind, Address]] = [
        ("message", UserAddress("u1")),
        ("typing", ALL_NODES),
        ("direct", ROOM_A),
        ("control", UserAddress("u1")),
        ("control", ROOM_A),
    ]
    for kind, to in wrong:
        with pytest.raises(ValueError):
            Envelope(to=to, kind=kind, sender_id="u", payload=b"")


async def test_closed_broker_refuses_to_publish(broker: Broker) -> None:
    await broker.start(lambda envelope: None)
    await broker.close()
    with pytest.raises(RuntimeError):
        await broker.publish(envelope(1))


# ---------------------------------------------------------------- several nodes (Redis)


@dataclass
class Node:
    broker: RedisBroker
    seen: list[Envelope] = field(default_factory=list)
    resubscribed: int = 0

    async def start(self) -> None:
        def count() -> None:
            self.resubscribed += 1

        self.broker.on_resubscribed = count
        await self.broker.start(self.seen.append)


@pytest.fixture
async def make_node() -> AsyncIterator[Callable[[str, str], Awaitable[Node]]]:
    nodes: list[Node] = []

    async def make(url: str, prefix: str) -> Node:
        node = Node(make_redis_broker(url, prefix))
        await node.start()
        nodes.append(node)
        return node

    yield make
    for node in nodes:
        await node.broker.close()


async def test_other_nodes_get_everything_in_order_and_no_echo(
    make_node: Callable[[str, str], Awaitable[Node]], redis_prefix: str
) -> None:
    a = await make_node(REDIS_URL, redis_prefix)
    b = await make_node(REDIS_URL, redis_prefix)
    c = await make_node(REDIS_URL, redis_prefix)
    for seq in range(1, 301):
        await a.broker.publish(envelope(seq, to=RoomAddress(f"salon:{seq % 3}")))
    # Order holds per publisher; across publishers there is none to hold.
    await until(lambda: len(c.seen) == 300)
    await b.broker.publish(Envelope(to=ALL_NODES, kind="control", sender_id="x", payload=b"1"))
    await until(lambda: len(b.seen) == 301 and len(c.seen) == 301 and len(a.seen) == 301)
    assert [e.seq for e in c.seen[:300]] == list(range(1, 301))
    assert c.seen[0].origin == a.broker.node_id
    assert c.seen[0].payload == b'{"n":1}'
    assert a.seen[-1].kind == c.seen[-1].kind == "control"
    # Nobody gets their own envelopes back from Redis: a marker published by c after
    # Redis passed everything on reaches a and b behind any echo there could be.
    assert len(b.seen) == 301
    await c.broker.publish(envelope(0, kind="direct", to=UserAddress("end")))
    await until(lambda: all(n.seen[-1].to == UserAddress("end") for n in (a, b)))
    assert len(a.seen) == len(b.seen) == len(c.seen) == 302


async def test_prefixes_keep_deployments_apart(
    make_node: Callable[[str, str], Awaitable[Node]], redis_prefix: str
) -> None:
    a = await make_node(REDIS_URL, redis_prefix)
    other = await make_node(REDIS_URL, redis_prefix + "_other")
    b = await make_node(REDIS_URL, redis_prefix)
    await a.broker.publish(envelope(1))
    await until(lambda: len(b.seen) == 1)
    await other.broker.publish(envelope(2))
    await a.broker.publish(envelope(3))
    await until(lambda: len(b.seen) == 2)
    assert [e.seq for e in b.seen] == [1, 3]
    assert other.seen == [envelope(2)]


async def test_redis_restart_is_survived(
    make_node: Callable[[str, str], Awaitable[Node]], own_redis: RedisServer, redis_prefix: str
) -> None:
    a = await make_node(own_redis.url, redis_prefix)
    b = await make_node(own_redis.url, redis_prefix)
    await a.broker.publish(envelope(1))
    await until(lambda: len(b.seen) == 1)
    own_redis.stop()
    # Published while Redis is down: delivered here at once, kept for Redis.
    await a.broker.publish(envelope(2))
    assert [e.seq for e in a.seen] == [1, 2]
    await until(lambda: a.broker.publish_failures >= 1)  # the sender failed at least once
    await a.broker.publish(envelope(0, kind="typing"))  # stale by then: not kept
    await asyncio.to_thread(own_redis.start)
    # Both resubscribe (the relay then reads what they missed from the store) ...
    await until(lambda: b.resubscribed >= 2 and a.resubscribed >= 2)
    # ... and the envelope queued meanwhile is handed to Redis, not dropped.
    await until(lambda: a.broker.published == 2)
    await a.broker.publish(envelope(3))
    await until(lambda: bool(b.seen) and b.seen[-1].seq == 3)
    # Pub/sub keeps nothing: 2 reached b only if b was back before a sent it. Either way
    # it is in the store, where b's relay reads it after the resubscription.
    assert [e.seq for e in b.seen] in ([1, 3], [1, 2, 3])
    assert a.seen[2].kind == "typing"  # delivered here, where it is not stale


async def test_dropped_subscription_is_restored(
    make_node: Callable[[str, str], Awaitable[Node]], own_redis: RedisServer, redis_prefix: str
) -> None:
    a = await make_node(own_redis.url, redis_prefix)
    b = await make_node(own_redis.url, redis_prefix)
    assert b.resubscribed == 1
    admin = redis.asyncio.Redis.from_url(own_redis.url)
    try:
        await admin.execute_command("CLIENT", "KILL", "TYPE", "pubsub")
    finally:
        await admin.aclose()
    await until(lambda: b.resubscribed >= 2)
    await a.broker.publish(envelope(1))
    await until(lambda: len(b.seen) == 1)


async def test_start_fails_loudly_without_redis(redis_prefix: str) -> None:
    with socket.socket() as nobody:  # bound and never listening: connections are refused
        nobody.bind(("127.0.0.1", 0))
        url = f"redis://127.0.0.1:{nobody.getsockname()[1]}/0"
        broker = RedisBroker(url, prefix=redis_prefix, node_id="x", start_timeout=0.5)
        with pytest.raises(ConnectionError):
            await broker.start(lambda envelope: None)


async def test_redis_counters_follow_the_traffic(
    make_node: Callable[[str, str], Awaitable[Node]], redis_prefix: str
) -> None:
    """What /metrics reads (papote_broker_*), with Redis there all along."""
    a = await make_node(REDIS_URL, redis_prefix)
    b = await make_node(REDIS_URL, redis_prefix)
    for seq in range(1, 6):
        await a.broker.publish(envelope(seq))
    await until(lambda: len(b.seen) == 5 and a.broker.published == 5)
    assert (a.broker.received, b.broker.received, b.broker.published) == (0, 5, 0)
    for broker in (a.broker, b.broker):
        assert broker.outbox_depth == 0
        assert broker.publish_failures == broker.resubscriptions == broker.dropped == 0


async def test_redis_counters_during_an_outage(
    make_node: Callable[[str, str], Awaitable[Node]], own_redis: RedisServer, redis_prefix: str
) -> None:
    a = await make_node(own_redis.url, redis_prefix)
    own_redis.stop()
    await a.broker.publish(envelope(1))
    await a.broker.publish(envelope(2))
    await until(lambda: a.broker.publish_failures >= 1)
    # Both wait for Redis, whether in the outbox or in the batch being tried again.
    assert a.broker.outbox_depth == 2
    assert a.broker.published == 0
    await asyncio.to_thread(own_redis.start)
    await until(lambda: a.broker.outbox_depth == 0 and a.broker.resubscriptions == 1)
    assert a.broker.published == 2
    assert a.broker.dropped == 0


async def test_each_address_reaches_the_other_nodes_as_sent(
    make_node: Callable[[str, str], Awaitable[Node]], redis_prefix: str
) -> None:
    a = await make_node(REDIS_URL, redis_prefix)
    b = await make_node(REDIS_URL, redis_prefix)
    for item in EVERY_KIND:
        await a.broker.publish(item)
    await until(lambda: len(b.seen) == len(EVERY_KIND))
    assert b.seen == [replace(e, origin=a.broker.node_id) for e in EVERY_KIND]
    assert a.seen == EVERY_KIND


def test_the_address_on_the_channel_keeps_the_older_strings() -> None:
    """Older nodes read the address as one string: a rolling upgrade mixes versions
    (docs/operations.md, "What crosses Redis")."""
    from papote.broker.redis import wire_entry

    assert [wire_entry(e)[0] for e in EVERY_KIND] == [
        "salon:a",
        "salon:a",
        "salon:a",
        "dm:ab",
        "user:u4",
        "*",
    ]


def test_an_envelope_of_an_unknown_kind_is_refused_on_decoding() -> None:
    """Issue 15.3: the kinds crossing Redis are a closed list (ports.EnvelopeKind)."""
    from papote.broker.redis import decode_envelope, encode_envelope

    for sample in EVERY_KIND:
        assert decode_envelope(encode_envelope(sample, "n1")) == replace(sample, origin="n1")
    unknown = msgspec.msgpack.encode(("salon:a", "shout", "u", b"{}", 0, "n1"))
    with pytest.raises(msgspec.ValidationError):
        decode_envelope(unknown)
    not_a_person = msgspec.msgpack.encode(("salon:a", "direct", "u", b"{}", 0, "n1"))
    with pytest.raises(msgspec.ValidationError):
        decode_envelope(not_a_person)


async def test_a_burst_crosses_redis_in_batches_gathered_on_arrival(
    make_node: Callable[[str, str], Awaitable[Node]], redis_prefix: str
) -> None:
    """What one node publishes at once (a group commit) is one PUBLISH per batch, and the
    other node delivers a batch between its ``gather`` hooks (the hub's hold/release)."""
    a = await make_node(REDIS_URL, redis_prefix)
    b = await make_node(REDIS_URL, redis_prefix)
    marks: list[str] = []
    b.broker.gather = (lambda: marks.append("hold"), lambda: marks.append("release"))
    listener = redis.asyncio.Redis.from_url(REDIS_URL)
    pubsub = listener.pubsub()
    await pubsub.subscribe(a.broker.channel)
    try:
        for seq in range(1, 1201):  # no await in between: one burst, as a commit is
            await a.broker.publish(envelope(seq))
        await until(lambda: len(b.seen) == 1200)
        channel_messages = 0
        while (m := await pubsub.get_message(timeout=0.2 * UNIT)) is not None:
            channel_messages += m["type"] == "message"
    finally:
        await pubsub.aclose()
        await listener.aclose()
    assert [e.seq for e in b.seen] == list(range(1, 1201))
    assert 3 <= channel_messages <= 10  # 500 envelopes at most per PUBLISH
    assert marks[:2] == ["hold", "release"]
    assert len(marks) == 2 * channel_messages
    assert a.broker.published == b.broker.received == 1200


def test_a_batch_and_an_older_nodes_single_envelope_both_decode() -> None:
    from papote.broker.redis import (
        WireEntry,
        decode_batch,
        encode_batch,
        encode_envelope,
        wire_entry,
    )

    sent = [envelope(1), envelope(2, "presence"), envelope(3, "direct", UserAddress("u"))]
    got, refused = decode_batch(encode_batch([wire_entry(e) for e in sent], "n1"))
    assert got == [replace(e, origin="n1") for e in sent]
    assert refused == 0
    (old,), _ = decode_batch(encode_envelope(sent[0], "n0"))
    assert old == replace(sent[0], origin="n0")
    # Older nodes sent some control messages to "user:<id>": every control goes to
    # every node.
    older_control: WireEntry = ("user:u", "control", "u", b'{"op":"ended","user":"u"}', 0)
    (control,), _ = decode_batch(encode_batch([older_control], "n0"))
    assert control.to == ALL_NODES
    with pytest.raises(msgspec.ValidationError):
        decode_batch(msgspec.msgpack.encode((3, "n1", [])))


def test_an_entry_this_node_cannot_read_is_skipped_alone() -> None:
    """A newer node's kind (a rolling upgrade), or a person's address without its
    prefix: refused and counted, the rest of the batch delivered."""
    from papote.broker.redis import BATCH, decode_batch, wire_entry

    entries: list[tuple[str, str, str, bytes, int]] = [
        wire_entry(envelope(1)),
        ("salon:a", "shout", "u", b"{}", 0),
        ("u7", "direct", "u", b"{}", 0),
        wire_entry(envelope(2)),
    ]
    got, refused = decode_batch(msgspec.msgpack.encode((BATCH, "n9", entries)))
    assert [e.seq for e in got] == [1, 2]
    assert refused == 2


async def test_a_node_counts_what_it_could_not_read_and_goes_on(
    make_node: Callable[[str, str], Awaitable[Node]], redis_prefix: str
) -> None:
    from papote.broker.redis import BATCH, wire_entry

    b = await make_node(REDIS_URL, redis_prefix)
    entries: list[tuple[str, str, str, bytes, int]] = [
        ("salon:a", "shout", "u", b"{}", 0),
        wire_entry(envelope(1)),
    ]
    newer = msgspec.msgpack.encode((BATCH, "newer-node", entries))
    client = redis.asyncio.Redis.from_url(REDIS_URL)
    try:
        await client.publish(b.broker.channel, newer)
        await client.publish(b.broker.channel, b"\xc1 not msgpack")
    finally:
        await client.aclose()
    await until(lambda: b.broker.refused == 2)
    assert [e.seq for e in b.seen] == [1]
    assert b.broker.received == 1
