"""Held salon messages on a real store with a fake clock (docs/detection.md "Held
messages"): the ring gets a refused message back when an appeal delivers it, and a held
message unread past ``held_max_minutes`` raises its case and tells its writer once."""

from __future__ import annotations

from pathlib import Path

from papote.ports import NewMessage
from papote.service.history import HistoryCache
from tests.service.conftest import close_world, make_world


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
