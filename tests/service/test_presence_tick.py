"""Presence is coalesced per tick (DESIGN.md: "Presence is the hidden N-squared").

Arrivals and departures within one tick reach each member as one frame; nobody hears of
themselves or of someone they blocked; the frame says who is in or out when it is sent.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from papote.config import Limits
from papote.protocol import wire
from papote.service.chat import presence_delay
from tests.service.conftest import close_world, frames, make_world
from tests.waiting import until

PEOPLE = [f"p{i:02d}" for i in range(30)]
SALON = "salon:a"


def presence_frames(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in items if f["type"] == "presence"]


def ids(users: list[dict[str, Any]]) -> set[str]:
    return {u["id"] for u in users}


async def test_arrivals_within_a_tick_are_one_frame_per_member(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["watch", *PEOPLE])
    try:
        watcher = await world.connect("watch")
        await world.chat.do_join(watcher, wire.Join(room=SALON))
        await world.chat.flush_presence()
        frames(watcher)
        conns = {uid: await world.connect(uid) for uid in PEOPLE}
        for conn in conns.values():
            await world.chat.do_join(conn, wire.Join(room=SALON))
        deliveries_before = world.hub.deliveries
        await world.chat.flush_presence()

        # One frame for the whole tick, to each of the 31 members: not 30 x 31. Everyone
        # sees the same window, so everyone gets the same frame (the client skips itself).
        assert world.hub.deliveries - deliveries_before == 1 + len(PEOPLE)
        (seen,) = presence_frames(frames(watcher))
        assert (ids(seen["joined"]), seen["left"]) == (set(PEOPLE), [])
        assert (seen["count"], seen["matching"]) == (31, 31)
        for conn in conns.values():
            assert presence_frames(frames(conn)) == [seen]
    finally:
        await close_world(world)


async def test_a_blocked_person_is_left_out_of_the_blockers_frame(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana", "ben", "cyd", "dan"])
    try:
        ana = await world.connect("ana")
        await world.chat.do_join(ana, wire.Join(room=SALON))
        await world.chat.do_block(ana, wire.Block(user="ben"))
        await world.chat.flush_presence()
        frames(ana)
        ben, cyd = await world.connect("ben"), await world.connect("cyd")
        await world.chat.do_join(ben, wire.Join(room=SALON))
        await world.chat.do_join(cyd, wire.Join(room=SALON))
        await world.chat.flush_presence()
        (seen,) = presence_frames(frames(ana))
        assert ids(seen["joined"]) == {"cyd"}
        assert seen["count"] == 3  # the count is the room's
        frames(cyd)

        # A tick with only Ben in it: Ana learns the new count, nothing about Ben.
        await world.chat.do_leave(ben, wire.Leave(room=SALON))
        await world.chat.flush_presence()
        (ana_sees,) = presence_frames(frames(ana))
        assert (ana_sees["joined"], ana_sees["left"], ana_sees["count"]) == ([], [], 2)
        (cyd_sees,) = presence_frames(frames(cyd))
        assert (cyd_sees["joined"], ids(cyd_sees["left"])) == ([], {"ben"})
    finally:
        await close_world(world)


async def test_the_frame_tells_the_state_at_the_end_of_the_tick(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana", "ben", "cyd", "dan"])
    try:
        ana = await world.connect("ana")
        await world.chat.do_join(ana, wire.Join(room=SALON))
        ben = await world.connect("ben")
        await world.chat.do_join(ben, wire.Join(room=SALON))
        await world.chat.flush_presence()
        frames(ana)
        # Cyd comes and goes, Ben goes and comes back (a reconnect), Dan arrives, in one
        # tick: Ana's list only changes by Dan.
        cyd = await world.connect("cyd")
        await world.chat.do_join(cyd, wire.Join(room=SALON))
        await world.chat.disconnect(cyd)
        await world.chat.disconnect(ben)
        ben = await world.connect("ben")
        await world.chat.do_join(ben, wire.Join(room=SALON))
        dan = await world.connect("dan")
        await world.chat.do_join(dan, wire.Join(room=SALON))
        await world.chat.flush_presence()
        (seen,) = presence_frames(frames(ana))
        assert (ids(seen["joined"]), seen["left"], seen["count"]) == ({"dan"}, [], 3)
        # A tick that changes nothing sends nothing.
        await world.chat.disconnect(dan)
        dan = await world.connect("dan")
        await world.chat.do_join(dan, wire.Join(room=SALON))
        await world.chat.flush_presence()
        assert presence_frames(frames(ana)) == []
    finally:
        await close_world(world)


async def test_the_tick_flushes_by_itself(tmp_path: Path) -> None:
    limits = Limits(say_burst=10**6, say_rate=10**6, presence_tick=0.05)
    world = await make_world(tmp_path, ["ana", "ben"], limits)
    try:
        ana = await world.connect("ana")
        await world.chat.do_join(ana, wire.Join(room=SALON))
        await world.chat.flush_presence()
        frames(ana)
        ben = await world.connect("ben")
        await world.chat.do_join(ben, wire.Join(room=SALON))
        assert not [json.loads(item) for item in ana.queue]  # nothing before the tick
        await until(lambda: ana.queue)
        (seen,) = presence_frames(frames(ana))
        assert ids(seen["joined"]) == {"ben"}
    finally:
        await close_world(world)


def test_the_tick_stretches_with_the_frames_it_costs() -> None:
    limits = Limits(presence_tick=0.25, presence_frames_per_second=20_000, presence_tick_max=2.0)
    assert presence_delay(limits, 0) == 0.25
    assert presence_delay(limits, 5_000) == 0.25  # one salon of 5,000: the tick itself
    assert presence_delay(limits, 10_000) == 0.5  # 100 salons of 100 filling at once
    assert presence_delay(limits, 1_000_000) == 2.0  # never longer than the ceiling
    # A ceiling below the tick never shortens it.
    assert presence_delay(Limits(presence_tick=0.25, presence_tick_max=0.1), 10**6) == 0.25


async def test_a_tick_that_told_many_members_makes_the_next_one_wait(tmp_path: Path) -> None:
    # A budget of 10 frames a second: a tick telling the 4 members of a salon makes the
    # next one wait 0.4 s; a quiet tick brings it back to presence_tick.
    limits = Limits(presence_tick=0.05, presence_frames_per_second=10, presence_tick_max=5.0)
    world = await make_world(tmp_path, ["ana", "ben", "cyd", "dan", "eve"], limits)
    try:
        conns = [await world.connect(uid) for uid in ("ana", "ben", "cyd", "dan")]
        for conn in conns:
            await world.chat.do_join(conn, wire.Join(room=SALON))
        await world.chat.flush_presence()
        assert world.chat._presence_delay == 0.4
        eve = await world.connect("eve")
        await world.chat.do_join(eve, wire.Join(room=SALON))
        timer = world.chat._presence_timer
        assert timer is not None
        loop_time = asyncio.get_running_loop().time()
        assert timer.when() - loop_time > 0.3  # scheduled with the stretched delay
        await world.chat.flush_presence()
        assert world.chat._presence_delay == 0.5  # five members told now
        await world.chat.flush_presence()  # nothing changed: back to the tick
        assert world.chat._presence_delay == 0.05
    finally:
        await close_world(world)
