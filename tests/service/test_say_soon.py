"""A `say` does not hold up its connection's next frames while the database writes.

The transport answers `sent` from ``ChatService.say_soon``'s future; meanwhile the
connection's other frames are handled. Refusals still come at once, and one person's
messages keep their order.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

import pytest

from papote.config import Limits
from papote.domain.errors import DomainError
from papote.ports import NewMessage, StoredMessage
from papote.protocol import wire
from tests.service.conftest import close_world, frames, make_world
from tests.waiting import until


async def test_says_are_answered_later_in_order_and_refusals_at_once(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana", "ben"])
    gate = asyncio.Event()
    store = world.chat.writer.store
    append = store.append_messages

    async def slow_append(messages: Sequence[NewMessage]) -> list[StoredMessage]:
        await gate.wait()  # the database is busy
        return await append(messages)

    store.append_messages = slow_append  # type: ignore[method-assign]
    try:
        ana, ben = await world.connect("ana"), await world.connect("ben")
        for conn in (ana, ben):
            await world.chat.do_join(conn, wire.Join(room="salon:a"))
        first = world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", id=1))
        second = world.chat.say_soon(ana, wire.Say(room="salon:a", text="deux", id=2))
        # The next frame of the same connection is handled while both wait.
        assert await world.chat.do_ping(ana, wire.Ping(id=3)) == wire.Pong(re=3)
        with pytest.raises(DomainError) as refused:  # refusals do not wait
            world.chat.say_soon(ana, wire.Say(room="salon:b", text="x", id=4))
        assert refused.value.code == "not_member"
        await asyncio.sleep(0)
        assert not first.done() and not second.done()
        frames(ben)

        gate.set()
        sent = [await first, await second]
        assert [(s.seq, s.re) for s in sent] == [(1, 1), (2, 2)]
        received = [f for f in frames(ben) if f["type"] == "message"]
        assert [(m["seq"], m["text"]) for m in received] == [(1, "un"), (2, "deux")]
    finally:
        gate.set()
        await close_world(world)


async def test_a_failed_write_fails_the_answer(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana"])
    store = world.chat.writer.store

    async def broken(messages: Sequence[NewMessage]) -> list[StoredMessage]:
        raise OSError("disk full")

    store.append_messages = broken  # type: ignore[method-assign]
    try:
        ana = await world.connect("ana")
        await world.chat.do_join(ana, wire.Join(room="salon:a"))
        later = world.chat.say_soon(ana, wire.Say(room="salon:a", text="perdu", id=1))
        with pytest.raises(OSError, match="disk full"):
            await later
    finally:
        await close_world(world)


async def test_a_full_writer_queue_refuses_says_without_spending_a_token(tmp_path: Path) -> None:
    limits = Limits(say_burst=5, say_rate=1.0, writer_queue_max=2)
    world = await make_world(tmp_path, ["ana"], limits)
    gate, taken = asyncio.Event(), asyncio.Event()
    store = world.chat.writer.store
    append = store.append_messages

    async def slow_append(messages: Sequence[NewMessage]) -> list[StoredMessage]:
        taken.set()
        await gate.wait()
        return await append(messages)

    store.append_messages = slow_append  # type: ignore[method-assign]
    try:
        ana = await world.connect("ana")
        await world.chat.do_join(ana, wire.Join(room="salon:a"))
        queued = [world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", id=1))]
        await until(taken.is_set)  # the writer took the first one and waits on the database
        queued += [
            world.chat.say_soon(ana, wire.Say(room="salon:a", text=t, id=i))
            for i, t in ((2, "deux"), (3, "trois"))
        ]
        with pytest.raises(DomainError) as busy:
            world.chat.say_soon(ana, wire.Say(room="salon:a", text="quatre", id=4))
        assert (busy.value.code, busy.value.params["retry_after"]) == ("server_busy", 1.0)
        assert ana.user.say_buckets["salon:a"].tokens == 2  # 5 - 3: the refusal spent nothing

        gate.set()
        assert [(await f).seq for f in queued] == [1, 2, 3]
        again = await world.chat.do_say(ana, wire.Say(room="salon:a", text="quatre", id=5))
        assert again.seq == 4
    finally:
        gate.set()
        await close_world(world)
