"""Member lists in windows (docs/protocol.md §2.3, protocol 21).

A client holds a window of a room's list (the first page from `joined`, or the one it
asked for with `members`, filtered by the server) and applies each `presence` frame to it
as set operations. Zulip's check: the window built from the frames equals a fresh page
asked for afterwards, and equals what the room's members say when sorted and filtered
independently, whatever arrives, leaves, reconnects or is blocked meanwhile.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from papote.config import Limits
from papote.domain.errors import DomainError
from papote.domain.roster import MemberFilter
from papote.ports import UserRow
from papote.protocol import wire
from papote.service.chat import user_info
from papote.service.hub import Connection
from tests.service.conftest import World, close_world, frames, make_world

SALON = "salon:a"
DEPTS = ["75", "13", "2A", "69"]

# The tests call flush_presence() themselves: the node's own timer (a tick of 0.25 s) must
# not publish a frame between two of their steps on a slow machine (it did, at a load of 30:
# a frame counted a tick that the test had not finished).


def limits(member_page: int) -> Limits:
    return Limits(
        say_burst=10**6,
        say_rate=10**6,
        member_page=member_page,
        presence_tick=3600.0,
        presence_tick_max=3600.0,
    )


async def add_people(world: World, n: int) -> list[str]:
    """``n`` people of every gender, age and département, pseudos in no particular order."""
    uids = []
    for i in range(n):
        uid = f"q{i:02d}"
        pseudo = f"{'BcaEdF'[i % 6]}{'zyx'[i % 3]}{i:02d}"
        row = UserRow(
            id=uid,
            pseudo=pseudo,
            pseudo_folded=pseudo.lower(),
            gender="fmx"[i % 3],
            age=18 + (i * 7) % 50,
            departement=DEPTS[i % 4],
            token_hash=f"t-{uid}",
            created_at=0.0,
            active_until=world.clock.t + 600,
        )
        await world.store.create_user(row)
        world.users[uid] = row
        uids.append(uid)
    return uids


def apply(window: dict[str, dict[str, Any]], frame: dict[str, Any], me: str) -> None:
    """What the client does with a `presence` frame (state.js applyPresence)."""
    for user in frame["left"]:
        if user["id"] != me:
            window.pop(user["id"], None)
    for user in frame["joined"]:
        if user["id"] != me:
            window[user["id"]] = user


async def expected(world: World, conn: Connection, flt: MemberFilter, limit: int) -> set[str]:
    """The window computed independently: everyone present, sorted by pseudo without
    case, filtered, the first ``limit``, less the blocked, plus oneself if one passes."""
    people = await world.chat.presence.members(SALON)
    people.sort(key=lambda u: (u.pseudo.casefold(), u.id))
    shown = [u.id for u in people if flt.matches(u)][:limit]
    me = conn.user.info
    ids = {uid for uid in shown if uid not in conn.user.blocked}
    if flt.matches(me):
        ids.add(me.id)
    return ids


VIEWS: list[tuple[dict[str, Any], MemberFilter, int]] = [
    ({}, MemberFilter(), 5),  # the first page of `joined`
    ({"gender": "f", "limit": 4}, MemberFilter(gender="f"), 4),
    (
        {"age_min": 25, "age_max": 50, "departement": "75", "limit": 3},
        MemberFilter(age_min=25, age_max=50, departement="75"),
        3,
    ),
    ({"limit": 500}, MemberFilter(), 500),
]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
async def test_windows_built_from_frames_equal_a_fresh_page(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    world = await make_world(tmp_path, [], limits(5))
    try:
        uids = await add_people(world, 36)
        viewers = uids[:4]
        others = uids[4:]
        present: dict[str, Connection] = {}
        for uid in rng.sample(others, 12):
            present[uid] = await world.connect(uid)
            await world.chat.do_join(present[uid], wire.Join(room=SALON))
        await world.chat.flush_presence()
        windows: list[tuple[Connection, dict[str, dict[str, Any]], MemberFilter, int]] = []
        for uid, (ask, flt, limit) in zip(viewers, VIEWS, strict=True):
            conn = await world.connect(uid)
            joined = await world.chat.do_join(conn, wire.Join(room=SALON))
            members = {u.id: u for u in joined.members}
            if ask:
                out = await world.chat.do_members(conn, wire.Members(room=SALON, **ask))
                members = {u.id: u for u in out.members}
                assert out.limit == limit
            window = {uid: {"id": u.id} for uid, u in members.items()}
            windows.append((conn, window, flt, limit))
        for conn, *_ in windows:
            frames(conn)  # the answers themselves

        for tick in range(15):
            for _ in range(rng.randint(1, 8)):
                uid = rng.choice(others)
                roll = rng.random()
                if uid in present and roll < 0.45:
                    await world.chat.disconnect(present.pop(uid))
                elif uid in present and roll < 0.6:  # a reconnect within the tick
                    await world.chat.disconnect(present.pop(uid))
                    present[uid] = await world.connect(uid)
                    await world.chat.do_join(present[uid], wire.Join(room=SALON))
                elif uid not in present:
                    present[uid] = await world.connect(uid)
                    await world.chat.do_join(present[uid], wire.Join(room=SALON))
            if tick % 5 == 2:  # someone blocks someone: the client drops them at once
                conn, window, _, _ = rng.choice(windows)
                target = rng.choice(others)
                await world.chat.do_block(conn, wire.Block(user=target))
                window.pop(target, None)
            await world.chat.flush_presence()
            for conn, window, flt, limit in windows:
                for frame in frames(conn):
                    if frame["type"] == "presence":
                        apply(window, frame, conn.user.info.id)
                        people = await world.chat.presence.members(SALON)
                        assert frame["count"] == len(people)
                        assert frame["matching"] == sum(1 for u in people if flt.matches(u))
                want = await expected(world, conn, flt, limit)
                assert set(window) | ({conn.user.info.id} & want) == want, (seed, tick)
                ask = next(a for a, f, n in VIEWS if f == flt and n == limit)
                fresh = await world.chat.do_members(conn, wire.Members(room=SALON, **ask))
                assert {u.id for u in fresh.members} == want
                frames(conn)  # the answer itself
    finally:
        await close_world(world)


async def test_a_join_gets_the_first_page_and_the_count(tmp_path: Path) -> None:
    world = await make_world(tmp_path, [], limits(3))
    try:
        uids = await add_people(world, 10)
        for uid in uids[:9]:
            conn = await world.connect(uid)
            await world.chat.do_join(conn, wire.Join(room=SALON))
        await world.chat.flush_presence()
        last = await world.connect(uids[9])
        joined = await world.chat.do_join(last, wire.Join(room=SALON))
        # Three people in pseudo order, and the newcomer (who is counted already).
        people = sorted(
            (world.users[u] for u in uids[:9]), key=lambda r: (r.pseudo.casefold(), r.id)
        )
        assert [u.id for u in joined.members[:3]] == [r.id for r in people[:3]]
        assert joined.members[3:] == [last.user.info]
        assert joined.member_count == 10
        hello = await world.chat.hello(last)
        assert hello.limits["member_page"] == 3
    finally:
        await close_world(world)


async def test_members_checks_its_filters_and_the_membership(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana"])
    try:
        ana = await world.connect("ana")
        with pytest.raises(DomainError) as outside:
            await world.chat.do_members(ana, wire.Members(room=SALON))
        assert outside.value.code == "not_member"
        await world.chat.do_join(ana, wire.Join(room=SALON))
        for bad in (
            wire.Members(room=SALON, age_min=12),
            wire.Members(room=SALON, age_min=40, age_max=30),
            wire.Members(room=SALON, departement="7 5"),
        ):
            with pytest.raises(DomainError) as refused:
                await world.chat.do_members(ana, bad)
            assert refused.value.code == "bad_filter"
        out = await world.chat.do_members(ana, wire.Members(room=SALON, gender="x", limit=2))
        assert ([u.id for u in out.members], out.count, out.matching) == (["ana"], 1, 1)
    finally:
        await close_world(world)


async def test_lost_presence_envelopes_are_made_good_by_a_resync(tmp_path: Path) -> None:
    world = await make_world(tmp_path, [], limits(3))
    try:
        uids = await add_people(world, 6)
        conns = {uid: await world.connect(uid) for uid in uids[:4]}
        for conn in conns.values():
            await world.chat.do_join(conn, wire.Join(room=SALON))
        await world.chat.flush_presence()
        viewer = conns[uids[0]]
        window = {
            u.id: {"id": u.id}
            for u in world.hub.page(SALON, viewer, world.hub.default_view()).members
        }
        frames(viewer)
        # An arrival whose envelope never came (Redis away): the Presence port knows. Its
        # pseudo sorts first, so it enters the window and pushes the third one out.
        late = UserRow(
            id="late",
            pseudo="Aaron",
            pseudo_folded="aaron",
            gender="m",
            age=40,
            departement="75",
            token_hash="t-late",
            created_at=0.0,
            active_until=world.clock.t + 600,
        )
        await world.store.create_user(late)
        await world.chat.presence.enter(SALON, user_info(late))
        await world.chat.resync_member_lists()
        (frame,) = frames(viewer)
        apply(window, frame, viewer.user.info.id)
        assert frame["count"] == 5
        assert "late" in window
        assert set(window) | {viewer.user.info.id} == await expected(
            world, viewer, MemberFilter(), 3
        )
        # A Presence port that answers nobody (a Redis restarted empty) takes nobody out.
        await world.chat.presence.close()
        await world.chat.resync_member_lists()
        assert frames(viewer) == []
    finally:
        await close_world(world)
