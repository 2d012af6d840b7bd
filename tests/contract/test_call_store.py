"""The CallStore contract, on SQLite and PostgreSQL: a call is answered once and ends
once, whichever node tries first."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from papote.ports import CallRow
from papote.storage.calls_sql import SqlCallStore
from papote.storage.migrate import upgrade


@pytest.fixture
async def calls(bare_engine: AsyncEngine) -> SqlCallStore:
    await upgrade(bare_engine)
    return SqlCallStore(bare_engine)


def ringing(call_id: str, caller: str = "a", callee: str = "b", at: float = 100.0) -> CallRow:
    return CallRow(
        id=call_id,
        room_id="dm:1",
        caller_id=caller,
        callee_id=callee,
        state="ringing",
        created_at=at,
        caller_conn="n1:1",
    )


async def test_a_call_is_answered_once_and_ended_once(calls: SqlCallStore) -> None:
    await calls.create_call(ringing("c1"))
    assert [c.id for c in await calls.live_calls_of("b")] == ["c1"]
    assert await calls.answer_call("c1", "n2:7", 101.0)
    assert not await calls.answer_call("c1", "n2:8", 102.0)  # another tab, too late
    # A ring timeout arriving after the answer changes nothing.
    assert await calls.end_call("c1", "timeout", "", 130.0, ringing_only=True) is None
    before = await calls.end_call("c1", "hangup", "a", 160.0)
    assert before is not None and before.state == "active" and before.callee_conn == "n2:7"
    assert await calls.end_call("c1", "hangup", "b", 161.0) is None
    row = await calls.get_call("c1")
    assert row is not None
    assert (row.state, row.answered_at, row.ended_at, row.end_reason, row.ended_by) == (
        "ended",
        101.0,
        160.0,
        "hangup",
        "a",
    )
    assert await calls.live_calls_of("a") == []


async def test_listing_video_and_purge(calls: SqlCallStore) -> None:
    await calls.create_call(ringing("old", at=10.0))
    await calls.create_call(ringing("new", caller="c", callee="d", at=20.0))
    await calls.mark_video("new")
    assert [c.id for c in await calls.list_calls(live=True, limit=10)] == ["new", "old"]
    await calls.end_call("old", "timeout", "", 40.0)
    assert [c.id for c in await calls.list_calls(live=True, limit=10)] == ["new"]
    assert [c.id for c in await calls.list_calls(live=False, limit=1)] == ["new"]
    new = await calls.get_call("new")
    assert new is not None and new.video and not new.hidden
    assert await calls.purge_calls(30.0, ()) == 0  # ended at 40: not yet
    assert await calls.purge_calls(50.0, ("old",)) == 0  # kept
    assert await calls.purge_calls(50.0, ()) == 1
    assert await calls.get_call("old") is None


async def test_a_side_moves_to_a_new_socket_and_a_held_end_misses_a_moved_call(
    calls: SqlCallStore,
) -> None:
    await calls.create_call(ringing("c1"))
    assert not await calls.move_call("c1", "a", "n3:1")  # ringing: nothing to take back
    assert await calls.answer_call("c1", "n2:7", 101.0)
    assert not await calls.move_call("c1", "z", "n3:1")  # not theirs
    assert await calls.move_call("c1", "b", "n1_x:9")  # the callee's tab came back
    row = await calls.get_call("c1")
    assert row is not None and (row.caller_conn, row.callee_conn) == ("n1:1", "n1_x:9")
    # The grace of the socket that dropped runs out: it no longer holds the call.
    assert await calls.end_call("c1", "disconnected", "b", 120.0, held_by="n2:7") is None
    # Calls held on a node, by prefix: "n1_x" does not match "n1yx" (LIKE's _ escaped).
    await calls.create_call(replace(ringing("c2", "c", "d"), caller_conn="n1yx:3"))
    assert [c.id for c in await calls.live_calls_held_on("n1")] == ["c1"]
    assert [c.id for c in await calls.live_calls_held_on("n1_x")] == ["c1"]
    assert [c.id for c in await calls.live_calls_held_on("n1yx")] == ["c2"]
    assert await calls.live_calls_held_on("n2") == []
    assert await calls.live_calls_held_on("n1x") == []
    ended = await calls.end_call("c1", "disconnected", "a", 121.0, held_by="n1:1")
    assert ended is not None
    assert await calls.live_calls_held_on("n1") == []
    assert not await calls.move_call("c1", "b", "n3:1")  # over
