"""A node keeps nothing of a DM or private room nobody on it is in (issue 14.6, the soak):
without this its memory grew with every conversation it ever carried."""

from __future__ import annotations

from pathlib import Path

from papote.protocol import wire
from tests.service.conftest import close_world, frames, make_world


async def test_a_dm_everyone_left_is_forgotten_and_reads_the_store_again(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana", "ben"])
    try:
        ana, ben = await world.connect("ana"), await world.connect("ben")
        sent = await world.chat.do_dm_request(ana, wire.DmRequest(to="ben", text="salut"))
        assert isinstance(sent, wire.DmRequestSent)
        opened = await world.chat.do_dm_accept(ben, wire.DmAccept(request_id=sent.request_id))
        room = opened.room
        for conn in (ana, ben):
            await world.chat.do_join(conn, wire.Join(room=room))
        said = await world.chat.do_say(ana, wire.Say(room=room, text="ça va ?"))
        await world.chat.do_join(ana, wire.Join(room="salon:a"))
        assert world.chat.history.keeps(room)

        await world.chat.do_leave(ana, wire.Leave(room=room))
        assert world.chat.history.keeps(room)  # Ben is still in it
        await world.chat.disconnect(ben)
        assert not world.chat.history.keeps(room)
        await world.chat.do_leave(ana, wire.Leave(room="salon:a"))
        assert world.chat.history.keeps("salon:a")  # salons are kept

        # Coming back reads it all from the store, nothing lost.
        frames(ana)
        joined = await world.chat.do_join(ana, wire.Join(room=room))
        assert [m.msg_id for m in joined.history][-1] == said.msg_id
        assert [m.text for m in joined.history] == ["salut", "ça va ?"]  # the request first
    finally:
        await close_world(world)
