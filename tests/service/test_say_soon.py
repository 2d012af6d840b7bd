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


async def test_a_resent_say_gets_the_first_sent_and_is_stored_once(tmp_path: Path) -> None:
    """Issue 10 §2: the outbox resends what was not acknowledged; the server answers the
    first `sent` (same seq and msg_id, `re` of the resend) and stores nothing new."""
    world = await make_world(tmp_path, ["ana", "ben"])
    try:
        ana, ben = await world.connect("ana"), await world.connect("ben")
        for conn in (ana, ben):
            await world.chat.do_join(conn, wire.Join(room="salon:a"))
        first = await world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", cid="c-1", id=1))
        assert (first.seq, first.re, first.cid) == (1, 1, "c-1")
        frames(ben)
        # The connection dropped before `sent` arrived: a new one sends it again.
        again_conn = await world.connect("ana")
        again = await world.chat.say_soon(
            again_conn, wire.Say(room="salon:a", text="un", cid="c-1", id=7)
        )
        assert again == wire.Sent(room="salon:a", seq=1, msg_id=first.msg_id, re=7, cid="c-1")
        other = await world.chat.say_soon(ana, wire.Say(room="salon:a", text="deux", cid="c-2"))
        assert other.seq == 2  # nothing was stored for the resend
        assert [m["seq"] for m in frames(ben) if m["type"] == "message"] == [2]
        # Past the window, the same cid is a new message.
        world.clock.t += 601
        late = await world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", cid="c-1"))
        assert late.seq == 3
    finally:
        await close_world(world)


async def test_a_resend_while_the_first_is_being_written_waits_for_it(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana"])
    gate = asyncio.Event()
    store = world.chat.writer.store
    append = store.append_messages
    calls: list[int] = []

    async def slow_append(messages: Sequence[NewMessage]) -> list[StoredMessage]:
        calls.append(len(messages))
        await gate.wait()
        return await append(messages)

    store.append_messages = slow_append  # type: ignore[method-assign]
    try:
        ana = await world.connect("ana")
        await world.chat.do_join(ana, wire.Join(room="salon:a"))
        first = world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", cid="x", id=1))
        second = world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", cid="x", id=2))
        await asyncio.sleep(0)
        assert not second.done()
        gate.set()
        assert ((await first).seq, (await second).seq, (await second).re) == (1, 1, 2)
        assert calls == [1]
    finally:
        gate.set()
        await close_world(world)


async def test_a_failed_say_can_be_resent_with_its_cid(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana"])
    store = world.chat.writer.store
    append = store.append_messages
    broken = [True]

    async def flaky(messages: Sequence[NewMessage]) -> list[StoredMessage]:
        if broken.pop() if broken else False:
            raise OSError("disk full")
        return await append(messages)

    store.append_messages = flaky  # type: ignore[method-assign]
    try:
        ana = await world.connect("ana")
        await world.chat.do_join(ana, wire.Join(room="salon:a"))
        with pytest.raises(OSError):
            await world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", cid="x"))
        assert (await world.chat.say_soon(ana, wire.Say(room="salon:a", text="un", cid="x"))).seq
    finally:
        await close_world(world)


async def test_what_follows_a_photo_waits_for_it_and_a_refused_one_holds_nothing(
    tmp_path: Path,
) -> None:
    """Issue 11 §6: a photo is checked (a round trip) before it is queued; the text said
    after it by the same person in that room is stored after it, not before."""
    world = await make_world(tmp_path, ["ana", "ben"])
    gate = asyncio.Event()

    async def attach(user_id: str, room_id: str, media_id: str, msg_id: str) -> wire.MediaRef:
        await gate.wait()  # the photo's row is being checked
        if media_id == "bad":
            raise DomainError("no_such_media", field="media")
        return wire.MediaRef(id=media_id, w=10, h=10, thumb=wire.MediaThumb(w=5, h=5))

    world.chat.attach_media = attach
    try:
        ana, ben = await world.connect("ana"), await world.connect("ben")
        for conn in (ana, ben):
            await world.chat.do_join(conn, wire.Join(room="salon:a"))
        frames(ben)
        photo = world.chat.say_soon(ana, wire.Say(room="salon:a", text="", media="p1", id=1))
        after = world.chat.say_soon(ana, wire.Say(room="salon:a", text="la suite", id=2))
        refused = world.chat.say_soon(ana, wire.Say(room="salon:a", text="", media="bad", id=3))
        last = world.chat.say_soon(ana, wire.Say(room="salon:a", text="fin", id=4))
        # Someone else is not held up by Ana's photo.
        other = await world.chat.say_soon(ben, wire.Say(room="salon:a", text="salut", id=5))
        assert other.seq == 1 and not after.done()
        gate.set()
        assert [(await photo).seq, (await after).seq] == [2, 3]
        with pytest.raises(DomainError):
            await refused
        assert (await last).seq == 4
        received = [f for f in frames(ben) if f["type"] == "message"]
        assert [(m["text"], "media" in m) for m in received] == [
            ("salut", False),
            ("", True),
            ("la suite", False),
            ("fin", False),
        ]
        await until(lambda: not world.chat._unqueued)  # nothing left waiting
    finally:
        gate.set()
        await close_world(world)
