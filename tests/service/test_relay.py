"""The relay between broker and hub: rooms stay in seq order and gap-free on every node.

Real SQLite store and history rings; the inner broker is the in-process one (what this
node publishes), and envelopes "from other nodes" are handed to ``relay.deliver`` as the
Redis broker would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from papote.broker.inprocess import InProcessBroker
from papote.ports import ALL_NODES, Envelope, NewMessage, RoomAddress, RoomRow, StoredMessage
from papote.service.history import HistoryCache
from papote.service.relay import Relay, envelope_from_stored
from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.sql import SqlStore
from tests.waiting import until


class World:
    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.history = HistoryCache(store, 200)
        self.members: set[str] = set()
        self.relay = Relay(
            InProcessBroker(), store, node_id="here", has_members=self.members.__contains__
        )
        self.relay.attach(self.history)
        self.seen: list[Envelope] = []
        self.count = 0

    async def write(self, room: str, n: int = 1) -> list[StoredMessage]:
        """Messages another node wrote (in the store, not yet announced here)."""
        batch = []
        for _ in range(n):
            self.count += 1
            batch.append(
                NewMessage(
                    room_id=room,
                    msg_id=f"m{self.count}",
                    user_id="u",
                    pseudo="U",
                    text=f"t{self.count}",
                    ts=self.count,
                )
            )
        return await self.store.append_messages(batch)

    def seqs(self, room: str = "salon:a") -> list[int]:
        return [e.seq for e in self.seen if e.to == RoomAddress(room) and e.kind == "message"]

    async def ring(self, room: str = "salon:a") -> list[int]:
        return [m.seq for m in await self.history.latest(room, 200)]


def remote(message: StoredMessage) -> Envelope:
    return replace(envelope_from_stored(message), origin="elsewhere")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'relay.db'}")
    await upgrade(engine)
    store = SqlStore(engine)
    await store.upsert_salons(
        [
            RoomRow(
                id=f"salon:{slug}",
                kind="salon",
                name=slug,
                topic="",
                owner_id=None,
                password_hash=None,
                created_at=0.0,
            )
            for slug in ("a", "b")
        ]
    )
    w = World(store)
    await w.relay.start(w.seen.append)
    yield w
    await w.relay.close()
    await store.close()


async def test_in_order_passes_and_duplicates_are_dropped(world: World) -> None:
    await world.history.latest("salon:a", 50)  # someone joined here: the ring is loaded
    one, two = await world.write("salon:a", 2)
    for envelope in (remote(one), remote(two), remote(two), remote(one)):
        world.relay.deliver(envelope)
    assert world.seqs() == [1, 2]
    assert world.relay.duplicates == 2
    assert await world.ring() == [1, 2]  # joins on this node see remote messages


async def test_a_gap_is_filled_from_the_store_before_the_new_message(world: World) -> None:
    await world.history.latest("salon:a", 50)
    written = await world.write("salon:a", 6)
    world.relay.deliver(remote(written[4]))  # 1..4 never arrived
    world.relay.deliver(remote(written[5]))  # arrives while the store is being read
    world.relay.deliver(remote(written[1]))  # a late one, already filled by then
    await world.relay._tasks.settle()  # the fill has ended: nothing more can come
    assert world.seqs() == [1, 2, 3, 4, 5, 6]
    assert [e.payload for e in world.seen] == [envelope_from_stored(m).payload for m in written]
    assert world.relay.filled == 3  # 1, 3 and 4: 2, 5 and 6 came as envelopes
    assert await world.ring() == [1, 2, 3, 4, 5, 6]


async def test_a_held_message_fills_its_gap_in_the_ring_but_is_handed_to_nobody(
    world: World,
) -> None:
    """A held message has no envelope in its room (its writer alone gets it): the next
    one's gap is filled from the store, the ring keeps it at its place for its writer's
    history, the hub never gets it (docs/detection.md "Held messages")."""
    await world.history.latest("salon:a", 50)
    one, two, three = await world.write("salon:a", 3)
    await world.store.set_message_held(two.msg_id, "scam_spam")
    world.relay.deliver(remote(one))
    world.relay.deliver(remote(three))
    await world.relay._tasks.settle()
    assert world.seqs() == [1, 3]
    assert world.relay.skipped == 0
    assert await world.ring() == [1, 2, 3]
    held = [m for m in await world.history.latest("salon:a", 10) if m.seq == 2]
    assert held[0].held == "scam_spam"
    world.history.release("salon:a", two.msg_id)  # a moderator released it
    assert [m.held for m in await world.history.latest("salon:a", 10)] == [None, None, None]


async def test_a_local_message_overtaking_a_remote_one(world: World) -> None:
    """Node B wrote seq 1 and this node seq 2, but B's envelope is late: the ring and the
    hub still get 1 then 2."""
    await world.history.latest("salon:a", 50)
    (theirs,) = await world.write("salon:a")
    (ours,) = await world.write("salon:a")
    world.history.add(ours)  # what ChatService does after its commit, before publishing
    await world.relay.publish(replace(envelope_from_stored(ours), origin="here"))
    await until(lambda: len(world.seqs()) == 2)
    world.relay.deliver(remote(theirs))  # finally arrives: a duplicate now
    assert world.seqs() == [1, 2]
    assert await world.ring() == [1, 2]


async def test_a_gap_the_store_cannot_fill_is_given_up(world: World) -> None:
    await world.history.latest("salon:a", 50)
    written = await world.write("salon:a", 3)
    # Seqs 1 and 2 were purged (retention) before this node heard of them.
    store = world.store
    original = store.messages_after

    async def purged(room_id: str, after_seq: int, limit: int) -> list[StoredMessage]:
        return [m for m in await original(room_id, after_seq, limit) if m.seq > 2]

    store.messages_after = purged  # type: ignore[method-assign]
    world.relay.deliver(remote(written[2]))
    await until(lambda: len(world.seqs()) == 1)
    assert world.seqs() == [3]
    assert world.relay.skipped == 2


async def test_rooms_nobody_here_keeps_are_just_passed_on(world: World) -> None:
    written = await world.write("salon:b", 3)
    world.relay.deliver(remote(written[2]))
    world.relay.deliver(remote(written[0]))
    assert world.seqs("salon:b") == [3, 1]  # no ring here: nobody to keep it for
    assert world.relay.filled == 0


async def test_resync_catches_up_rooms_with_people_and_forgets_the_others(world: World) -> None:
    await world.history.latest("salon:a", 50)
    await world.history.latest("salon:b", 50)
    world.members.add("salon:a")
    # Redis was away: both rooms got messages nobody here heard about.
    await world.write("salon:a", 3)
    await world.write("salon:b", 2)
    await world.relay.resync()
    await until(lambda: len(world.seqs()) == 3)
    assert world.seqs() == [1, 2, 3]
    assert await world.ring() == [1, 2, 3]
    assert world.seqs("salon:b") == []
    assert world.history.last_seq("salon:b") is None  # a later join reads the store
    assert [m.seq for m in await world.history.latest("salon:b", 50)] == [1, 2]


async def test_resync_runs_its_hooks(world: World) -> None:
    ran: list[str] = []

    async def hook() -> None:
        ran.append("blocks")

    world.relay.resync_hooks.append(hook)
    world.relay.resync_soon()
    await until(lambda: ran == ["blocks"])


async def test_other_kinds_pass_straight_through(world: World) -> None:
    presence = Envelope(to=RoomAddress("salon:a"), kind="presence", sender_id="u", payload=b"{}")
    control = Envelope(to=ALL_NODES, kind="control", sender_id="u", payload=b"{}")
    await world.relay.publish(presence)
    world.relay.deliver(control)
    assert world.seen == [presence, control]


async def test_the_ring_slots_a_late_message_in_its_place(world: World) -> None:
    ring = HistoryCache(world.store, 3)
    await ring.latest("salon:a", 3)  # loaded, empty
    written = await world.write("salon:a", 5)
    for seq in (1, 2, 4, 5):
        ring.add(written[seq - 1])
    assert [m.seq for m in await ring.latest("salon:a", 3)] == [2, 4, 5]
    ring.add(written[2])  # 3 learnt late: in its place, the oldest goes
    assert [m.seq for m in await ring.latest("salon:a", 3)] == [3, 4, 5]
    ring.add(written[0])  # older than what a full ring keeps: ignored
    ring.add(written[3])  # already there: ignored
    assert [m.seq for m in await ring.latest("salon:a", 3)] == [3, 4, 5]


async def test_the_counters_say_what_the_relay_did(world: World) -> None:
    """What /metrics reads (papote_relay_*): gaps found, messages read from the store
    for them and for a resync, duplicates dropped, nothing given up."""
    await world.history.latest("salon:a", 50)
    world.members.add("salon:a")
    written = await world.write("salon:a", 6)
    world.relay.deliver(remote(written[0]))  # in order
    world.relay.deliver(remote(written[0]))  # a duplicate
    world.relay.deliver(remote(written[3]))  # 2 and 3 never came: a gap
    await until(lambda: len(world.seqs()) == 4)
    world.relay.deliver(remote(written[5]))  # 5 never came: a second gap
    await until(lambda: len(world.seqs()) == 6)
    assert world.seqs() == [1, 2, 3, 4, 5, 6]
    relay = world.relay
    assert (relay.gaps, relay.filled, relay.duplicates, relay.skipped) == (2, 3, 1, 0)
    await world.write("salon:a", 2)  # while the subscription was down
    await relay.resync()
    await until(lambda: len(world.seqs()) == 8)
    # A resync reads what it missed without there being a gap to see.
    assert (relay.gaps, relay.filled) == (2, 5)
