"""A closing socket asks the call store only if it was given a call (CallService)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from papote.config import CallSettings
from papote.ports import CallRow
from papote.protocol import wire
from papote.service.calls import CallService
from papote.storage.calls_sql import SqlCallStore
from tests.service.conftest import World, close_world, frames, make_world


class CountingCalls(SqlCallStore):
    """The SQL call store, counting the reads a disconnect would make."""

    reads = 0

    async def live_calls_of(self, user_id: str) -> list[CallRow]:
        self.reads += 1
        return await super().live_calls_of(user_id)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    world = await make_world(tmp_path, ["ana", "ben"])
    await world.open_dm("ana", "ben")
    yield world
    await close_world(world)


def call_service(world: World, store: CountingCalls, grace: float = 20.0) -> CallService:
    ids = iter(range(1, 1000))
    return CallService(
        calls=store,
        chat=world.chat,
        clock=world.clock,
        new_id=lambda: f"call{next(ids)}",
        settings=CallSettings(reconnect_grace_seconds=grace),
        turn_secret=b"",
        node_id="n0",
    )


def of_type(conn: Any, kind: str) -> list[dict[str, Any]]:
    return [f for f in frames(conn) if f["type"] == kind]


async def test_sockets_without_a_call_close_without_asking_the_store(world: World) -> None:
    store = CountingCalls(world.store.engine)
    calls = call_service(world, store)
    ana, ben = await world.connect("ana"), await world.connect("ben")
    await calls.on_disconnect(ana)
    await calls.on_disconnect(ben)
    assert store.reads == 0


async def test_a_socket_that_placed_or_answered_a_call_still_ends_or_holds_it(
    world: World,
) -> None:
    store = CountingCalls(world.store.engine)
    calls = call_service(world, store)
    ana, ben = await world.connect("ana"), await world.connect("ben")
    # A ringing call ends when the caller's socket closes.
    placed = await calls.do_call_request(ana, wire.CallRequest(room="dm:ana-ben"))
    await calls.on_disconnect(ana)
    assert (await store.get_call(placed.call)).state == "ended"  # type: ignore[union-attr]
    assert [f["reason"] for f in of_type(ben, "call_ended")] == ["missed"]
    # An answered call is held for the callee's socket, which then asked the store once.
    ana = await world.connect("ana")
    ringing = await calls.do_call_request(ana, wire.CallRequest(room="dm:ana-ben"))
    await calls.do_call_accept(ben, wire.CallAccept(call=ringing.call))
    reads = store.reads
    await calls.on_disconnect(ben)
    assert store.reads == reads + 1
    assert ringing.call in calls._held
    # A call that ended is forgotten by the sockets that held it: ana's close asks nothing.
    await calls.do_call_hangup(ana, wire.CallHangup(call=ringing.call))
    reads = store.reads
    await calls.on_disconnect(ana)
    assert store.reads == reads
    await calls.close()
