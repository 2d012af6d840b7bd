"""The Presence contract: global member lists and counts, on one node or several.

The in-process and the Redis implementations run the same tests (for the in-process one,
"two nodes" are one registry, which is what one process is). The Redis one is also
tested for node liveness: a dead node's people are swept, a node taken for dead puts
its people back, and a Redis restart loses nobody.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from papote.broker.redis import RedisPresence
from papote.ports import Presence
from papote.protocol.wire import UserInfo
from papote.service.presence import InProcessPresence
from tests.conftest import REDIS_URL, UNIT, RedisServer
from tests.waiting import until

ALICE = UserInfo(id="ua", pseudo="Alice", gender="f", age=30, departement="75")
BOB = UserInfo(id="ub", pseudo="Bob", gender="m", age=41, departement="2A")
CAROL = UserInfo(id="uc", pseudo="Carole", gender="x", age=25, departement="974")
ROOM = "salon:general"

_node_ids = itertools.count(1)
Changes = list[tuple[str, str, str]]


@pytest.fixture(params=["inprocess", "redis"])
async def nodes(
    request: pytest.FixtureRequest, redis_prefix: str
) -> AsyncIterator[tuple[Presence, Presence]]:
    if request.param == "inprocess":
        single = InProcessPresence()
        await single.start()
        yield single, single
        await single.close()
        return
    pair = [
        RedisPresence(REDIS_URL, prefix=redis_prefix, node_id=f"n{next(_node_ids)}")
        for _ in range(2)
    ]
    for node in pair:
        await node.start()
    yield pair[0], pair[1]
    for node in pair:
        await node.close()


async def ids(presence: Presence, room: str = ROOM) -> set[str]:
    return {m.id for m in await presence.members(room)}


async def test_first_and_last_connection(nodes: tuple[Presence, Presence]) -> None:
    node, _ = nodes
    assert await node.enter(ROOM, ALICE) is True
    assert await node.enter(ROOM, ALICE) is False  # a second tab
    assert await node.enter(ROOM, BOB) is True
    assert await ids(node) == {"ua", "ub"}
    assert await node.counts([ROOM, "salon:other"]) == {ROOM: 2, "salon:other": 0}
    assert await node.exit(ROOM, "ua") is False  # one tab still there
    assert await ids(node) == {"ua", "ub"}
    assert await node.exit(ROOM, "ua") is True
    assert await node.exit(ROOM, "ua") is False  # not there any more
    assert await ids(node) == {"ub"}
    assert await node.exit(ROOM, "ub") is True
    assert await node.members(ROOM) == []
    assert await node.counts([ROOM]) == {ROOM: 0}


async def test_present_answers_for_every_node(nodes: tuple[Presence, Presence]) -> None:
    one, two = nodes
    assert await one.present(ROOM, []) == set()
    await one.enter(ROOM, ALICE)
    await two.enter(ROOM, BOB)
    await two.enter("salon:other", CAROL)
    for node in nodes:
        assert await node.present(ROOM, ["ua", "ub", "uc", "nobody"]) == {"ua", "ub"}
    await two.enter(ROOM, ALICE)  # a second tab, on the other node
    await one.exit(ROOM, "ua")
    assert await one.present(ROOM, ["ua"]) == {"ua"}  # still there through the other node
    await two.exit(ROOM, "ua")
    assert await one.present(ROOM, ["ua", "ub"]) == {"ub"}


async def test_profiles_come_back_whole(nodes: tuple[Presence, Presence]) -> None:
    node, other = nodes
    await node.enter(ROOM, ALICE)
    await other.enter(ROOM, CAROL)
    for presence in nodes:
        members = sorted(await presence.members(ROOM), key=lambda m: m.id)
        assert members == [ALICE, CAROL]


async def test_a_person_is_counted_once_across_nodes(nodes: tuple[Presence, Presence]) -> None:
    a, b = nodes
    assert await a.enter(ROOM, ALICE) is True
    assert await b.enter(ROOM, ALICE) is False  # already here, through another node
    assert await b.enter(ROOM, BOB) is True
    assert await ids(a) == await ids(b) == {"ua", "ub"}
    assert await a.counts([ROOM]) == await b.counts([ROOM]) == {ROOM: 2}
    assert await a.exit(ROOM, "ua") is False  # still here through b
    assert await ids(b) == {"ua", "ub"}
    assert await b.exit(ROOM, "ua") is True
    assert await ids(a) == {"ub"}


async def test_rooms_are_separate(nodes: tuple[Presence, Presence]) -> None:
    a, b = nodes
    assert await a.enter("salon:a", ALICE) is True
    assert await b.enter("salon:b", ALICE) is True
    assert await a.enter("dm:x", BOB) is True
    assert await a.counts(["salon:a", "salon:b", "dm:x"]) == {"salon:a": 1, "salon:b": 1, "dm:x": 1}
    assert await a.exit("salon:a", "ua") is True
    assert await ids(b, "salon:b") == {"ua"}


# ---------------------------------------------------------------- node liveness (Redis)


def recorder(presence: RedisPresence) -> Changes:
    changes: Changes = []

    async def record(room_id: str, user: UserInfo, state: str) -> None:
        changes.append((room_id, user.id, state))

    presence.on_change = record
    return changes


@pytest.fixture
async def make_node() -> AsyncIterator[Callable[..., Awaitable[RedisPresence]]]:
    made: list[RedisPresence] = []

    async def make(url: str, prefix: str, timeout: float = 60.0) -> RedisPresence:
        node = RedisPresence(
            url, prefix=prefix, node_id=f"n{next(_node_ids)}", node_timeout=timeout
        )
        await node.start()
        made.append(node)
        return node

    yield make
    for node in made:
        await node.close()


async def test_a_dead_node_is_swept(
    make_node: Callable[..., Awaitable[RedisPresence]], redis_prefix: str
) -> None:
    a = await make_node(REDIS_URL, redis_prefix, 0.6 * UNIT)
    b = await make_node(REDIS_URL, redis_prefix, 0.6 * UNIT)
    changes = recorder(a)
    await a.enter(ROOM, BOB)
    await b.enter(ROOM, BOB)
    await b.enter(ROOM, ALICE)
    await b.close(leave=False)  # a crash: no goodbye
    await until(lambda: _lacks(a, "ua"))
    assert await ids(a) == {"ub"}  # Bob is still held by a
    assert changes == [(ROOM, "ua", "left")]


async def _lacks(presence: Presence, user_id: str) -> bool:
    return user_id not in await ids(presence)


async def test_a_node_taken_for_dead_comes_back(
    make_node: Callable[..., Awaitable[RedisPresence]], redis_prefix: str
) -> None:
    a = await make_node(REDIS_URL, redis_prefix)
    b = await make_node(REDIS_URL, redis_prefix)
    a_changes, b_changes = recorder(a), recorder(b)
    await a.enter(ROOM, ALICE)
    # a was paused longer than the timeout: its key expired and b swept it.
    assert a._client is not None
    await a._client.delete(a.alive_key)
    await b.beat()
    assert b_changes == [(ROOM, "ua", "left")]
    assert await ids(b) == set()
    await a.beat()  # a notices and puts Alice back; the others must hear she is here
    assert await ids(b) == {"ua"}
    assert a_changes == [(ROOM, "ua", "joined")]


async def test_a_redis_restart_loses_nobody(
    make_node: Callable[..., Awaitable[RedisPresence]], own_redis: RedisServer, redis_prefix: str
) -> None:
    a = await make_node(own_redis.url, redis_prefix)
    b = await make_node(own_redis.url, redis_prefix)
    a_changes, b_changes = recorder(a), recorder(b)
    await a.enter(ROOM, ALICE)
    await b.enter(ROOM, BOB)
    await b.enter("salon:other", BOB)
    own_redis.stop()
    await asyncio.to_thread(own_redis.start)  # empty: Redis keeps nothing on disk here
    assert await ids(a) == set()
    await a.beat()
    await b.beat()
    assert await ids(a) == await ids(b) == {"ua", "ub"}
    assert await a.counts([ROOM, "salon:other"]) == {ROOM: 2, "salon:other": 1}
    # Each node tells that its own people are still there (the member lists every node
    # keeps from presence envelopes heal from it); nobody is said to have left.
    assert sorted(a_changes) == [(ROOM, "ua", "joined")]
    assert sorted(b_changes) == [(ROOM, "ub", "joined"), ("salon:other", "ub", "joined")]


async def test_changes_while_redis_is_away_are_caught_up(
    make_node: Callable[..., Awaitable[RedisPresence]], own_redis: RedisServer, redis_prefix: str
) -> None:
    a = await make_node(own_redis.url, redis_prefix)
    b = await make_node(own_redis.url, redis_prefix)
    await a.enter(ROOM, ALICE)
    await b.enter(ROOM, CAROL)
    # Redis unreachable for a's updates: a answers from what it knows alone.
    own_redis.stop()
    assert await a.enter(ROOM, BOB) is True
    assert await a.exit(ROOM, "ua") is True
    assert await ids(a) == {"ub"}
    await asyncio.to_thread(own_redis.start)
    await a.beat()
    await b.beat()
    assert await ids(a) == await ids(b) == {"ub", "uc"}
