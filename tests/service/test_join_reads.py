"""A crowd joining a salon this node has not read yet reads its row once, not once each."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from papote.domain.errors import DomainError
from papote.ports import RoomRow
from papote.protocol import wire
from tests.service.conftest import close_world, make_world

PEOPLE = [f"p{i:02d}" for i in range(12)]


async def test_concurrent_first_joins_read_the_room_once(tmp_path: Path) -> None:
    world = await make_world(tmp_path, PEOPLE)
    store = world.chat.store
    get_room = store.get_room
    reads: list[str] = []
    gate = asyncio.Event()

    async def counted(room_id: str) -> RoomRow | None:
        reads.append(room_id)
        await gate.wait()  # every join arrives while the first read is out
        return await get_room(room_id)

    store.get_room = counted  # type: ignore[method-assign]
    try:
        conns = [await world.connect(uid) for uid in PEOPLE]
        joins = [
            asyncio.ensure_future(world.chat.do_join(c, wire.Join(room="salon:a"))) for c in conns
        ]
        missing = [
            asyncio.ensure_future(world.chat.do_join(c, wire.Join(room="salon:zz")))
            for c in conns[:3]
        ]
        await asyncio.sleep(0)
        gate.set()
        joined = await asyncio.gather(*joins)
        assert [j.room for j in joined] == ["salon:a"] * len(PEOPLE)
        for refused in missing:  # a room that does not exist is refused to each of them
            with pytest.raises(DomainError) as exc:
                await refused
            assert exc.value.code == "no_such_room"
        assert sorted(reads) == ["salon:a", "salon:zz"]
        # Read once, then kept: later joins read nothing.
        await world.chat.do_join(conns[0], wire.Join(room="salon:a"))
        assert sorted(reads) == ["salon:a", "salon:zz"]
    finally:
        await close_world(world)
