"""Held salon messages on a real store with a fake clock (docs/detection.md "Held
messages"): the ring gets a refused message back when an appeal delivers it, and a held
message unread past ``held_max_minutes`` raises its case and tells its writer once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from papote.ports import NewMessage
from papote.service.history import HistoryCache
from papote.service.moderation.automated import Flag
from tests.service.conftest import close_world, make_world
from tests.service.test_moderation_service import moderated_world, report_user


def _message(n: int, held: str | None = None) -> NewMessage:
    return NewMessage(
        room_id="salon:a",
        msg_id=f"m{n}",
        user_id="ana",
        pseudo="Ana",
        text=f"message {n}",
        ts=n * 1000,
        held=held,
    )


async def test_a_refused_message_delivered_by_an_appeal_goes_back_to_its_place_in_the_ring(
    tmp_path: Path,
) -> None:
    world = await make_world(tmp_path, ["ana"])
    try:
        store = world.store
        await store.append_messages([_message(1), _message(2, held="drugs"), _message(3)])
        ring = HistoryCache(store, 10)
        assert [m.seq for m in await ring.latest("salon:a", 10)] == [1, 2, 3]
        # Refused: withdrawn from the ring, kept in the store as evidence.
        await store.set_message_held("m2", "rejected")
        ring.remove("salon:a", "m2")
        assert [m.seq for m in await ring.latest("salon:a", 10)] == [1, 3]
        # An appeal reverses the refusal: the ring does not have it, says so, and takes
        # it back at its place from the store.
        delivered = await store.set_message_held("m2", None)
        assert delivered is not None
        assert ring.release("salon:a", "m2") is False
        ring.add(delivered)
        assert [(m.seq, m.held) for m in await ring.latest("salon:a", 10)] == [
            (1, None),
            (2, None),
            (3, None),
        ]
        # A message the ring still has, or a room it does not keep: nothing to read back.
        assert ring.release("salon:a", "m1") is True
        assert ring.release("salon:b", "m9") is True
    finally:
        await close_world(world)


async def test_a_held_message_unread_past_the_limit_raises_its_case_and_its_writer_is_told_once(
    tmp_path: Path,
) -> None:
    world, moderation = await moderated_world(tmp_path)
    try:
        moderation.cases.held_max_seconds = moderation.reminders.max_seconds = 3600
        clock = world.clock
        # Another case first, one band graver: a harassment report.
        harassment = await report_user(world, moderation, "cyd", "ben")
        (held,) = await world.store.append_messages(
            [replace(_message(1, held="drugs"), ts=int(clock.t * 1000))]
        )
        flag = Flag(
            label="drugs", score=0.8, message=held, suspect="ana", dm=False, detector="rules"
        )
        case = await moderation.automated.do_flag(flag)

        async def queue() -> list[dict[str, object]]:
            return await moderation.cases.queue(["open", "appealed"])

        first = await queue()
        assert [c["id"] for c in first] == [harassment, case.id]
        assert (first[1]["held"], first[1]["held_overdue"]) == (1, False)
        clock.t += 59 * 60  # not yet: nobody is told, nothing moves
        assert await moderation.reminders.do_remind() == 0
        assert await moderation.mstore.notices_of_user("ana") == []
        clock.t += 2 * 60
        assert await moderation.reminders.do_remind() == 1
        (notice,) = await moderation.mstore.notices_of_user("ana")
        assert notice.kind == "held_waiting" and notice.case_id == case.id
        assert "attend la vérification" in notice.body
        assert notice.appealable_until is None  # not a decision: nothing to appeal
        # The case rises one band, above the harassment report; never published unread.
        late = await queue()
        assert [c["id"] for c in late] == [case.id, harassment]
        assert late[0]["held_overdue"] is True
        still = await world.store.get_message(held.msg_id)
        assert still is not None and still.held == "drugs"
        # Told once, however long it still waits.
        clock.t += 3600
        assert await moderation.reminders.do_remind() == 0
        assert len(await moderation.mstore.notices_of_user("ana")) == 1
        # No limit configured: nobody is told.
        moderation.reminders.max_seconds = 0
        assert await moderation.reminders.do_remind() == 0
    finally:
        await close_world(world)
