"""Safety invariants of the chat service, checked on random sequences of actions.

- A user who blocked X never receives anything from X (message, typing, presence,
  DM request, invitation, history), whatever else happens.
- A DM room only ever delivers to its two parties, and only after consent.
- A member list built from ``joined`` plus the ``presence`` events equals a fresh one
  (the Zulip habit: events applied to a snapshot == a fresh snapshot).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from papote.domain.errors import DomainError
from papote.protocol import wire
from papote.service.hub import Connection
from tests.service.conftest import World, close_world, frames, make_world

USERS = ["ana", "ben", "cyd", "dan"]
ROOMS = ["salon:a", "salon:b"]

user = st.sampled_from(USERS)
action = st.one_of(
    st.tuples(st.just("join"), user, st.sampled_from(ROOMS)),
    st.tuples(st.just("leave"), user, st.sampled_from(ROOMS)),
    st.tuples(st.just("say"), user, st.sampled_from([*ROOMS, "dm"])),
    st.tuples(st.just("typing"), user, st.sampled_from(ROOMS)),
    st.tuples(st.just("block"), user, user),
    st.tuples(st.just("unblock"), user, user),
    st.tuples(st.just("dm_request"), user, user),
    st.tuples(st.just("dm_accept"), user, st.integers(0, 5)),
    st.tuples(st.just("reconnect"), user, user),
    st.tuples(st.just("invite"), user, user),
)


def senders_in(frame: dict[str, Any]) -> set[str]:
    """Who a received frame comes from (in the sense of "something from X reached me")."""
    kind = frame["type"]
    if kind == "message":
        return {frame["from"]["id"]}
    if kind in ("typing",):
        return {frame["user"]["id"]}
    if kind == "presence":
        return {u["id"] for u in frame["joined"] + frame["left"]}
    if kind == "dm_request":
        return {frame["from"]["id"]}
    if kind == "invited":
        return {frame["by"]["id"]}
    if kind in ("joined", "history"):
        return {m["from"]["id"] for m in frame.get("history", frame.get("messages", []))}
    if kind == "hello":
        return {r["from"]["id"] for r in frame["requests"]}
    return set()


async def run_scenario(tmp: Path, actions: list[tuple[Any, ...]]) -> None:
    world = await make_world(tmp, USERS)
    conns: dict[str, Connection] = {u: await world.connect(u) for u in USERS}
    # Model: the block relation and accepted DM pairs, maintained independently.
    blocks: set[tuple[str, str]] = set()
    requests: list[tuple[str, str, str]] = []  # (request_id, from, to)
    dm_rooms: dict[str, frozenset[str]] = {}
    for conn in conns.values():  # everyone starts in one salon: actions meet quickly
        await world.chat.do_join(conn, wire.Join(room="salon:a"))
    for conn in conns.values():
        frames(conn)
    try:
        for step, (kind, who, arg) in enumerate(actions):
            conn = conns[who]
            world.clock.t += 1.0
            try:
                if kind == "join":
                    await world.chat.do_join(conn, wire.Join(room=arg))
                elif kind == "leave":
                    await world.chat.do_leave(conn, wire.Leave(room=arg))
                elif kind == "say":
                    rooms = [r for r in conn.rooms if r.startswith("dm:")] if arg == "dm" else [arg]
                    for room in rooms[:1]:
                        await world.chat.do_say(conn, wire.Say(room=room, text=f"s{step}"))
                elif kind == "typing":
                    await world.chat.do_typing(conn, wire.Typing(room=arg))
                elif kind == "block":
                    await world.chat.do_block(conn, wire.Block(user=arg))
                    blocks.add((who, arg))
                elif kind == "unblock":
                    await world.chat.do_unblock(conn, wire.Unblock(user=arg))
                    blocks.discard((who, arg))
                elif kind == "dm_request":
                    reply = await world.chat.do_dm_request(conn, wire.DmRequest(to=arg, text="?"))
                    if isinstance(reply, wire.DmRequestSent):
                        requests.append((reply.request_id, who, arg))
                    else:
                        dm_rooms.setdefault(reply.room, frozenset({who, arg}))
                        await world.chat.do_join(conn, wire.Join(room=reply.room))
                elif kind == "dm_accept":
                    mine = [r for r in requests if r[2] == who]
                    if mine:
                        request_id, requester, _ = mine[arg % len(mine)]
                        opened = await world.chat.do_dm_accept(
                            conn, wire.DmAccept(request_id=request_id)
                        )
                        dm_rooms[opened.room] = frozenset({who, requester})
                        await world.chat.do_join(conn, wire.Join(room=opened.room))
                        await world.chat.do_join(conns[requester], wire.Join(room=opened.room))
                elif kind == "invite":
                    created = await world.chat.do_create_room(
                        conn, wire.CreateRoom(name=f"Chez {who}")
                    )
                    await world.chat.do_invite(conn, wire.Invite(room=created.room, user=arg))
                elif kind == "reconnect":
                    await world.chat.disconnect(conn)
                    conns[who] = await world.connect(who)
                    hello = await world.chat.hello(conns[who])
                    conns[who].send(world.chat.encode(hello))
            except DomainError:
                pass  # refusals are fine; what matters is what gets delivered
            await world.chat.flush_presence()  # this step's presence tick
            for receiver, receiver_conn in conns.items():
                for frame in frames(receiver_conn):
                    for sender in senders_in(frame) - {receiver}:
                        assert (receiver, sender) not in blocks, (step, receiver, frame)
                    room = frame.get("room", "")
                    if room.startswith("dm:") and frame["type"] in ("message", "joined"):
                        assert receiver in dm_rooms[room], (receiver, frame)
                    if frame["type"] == "message" and room.startswith("dm:"):
                        assert dm_rooms[room] >= {frame["from"]["id"]}
    finally:
        await close_world(world)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, min_size=1, max_size=25))
@example([("block", "ana", "ben"), ("say", "ben", "salon:a")])
@example([("block", "ana", "ben"), ("invite", "ben", "ana")])
@example([("dm_request", "ben", "ana"), ("block", "ana", "ben"), ("reconnect", "ana", "ana")])
def test_blocks_and_consent_hold_for_any_sequence(actions: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(run_scenario(Path(tmp), actions))


async def _members_from_events(world: World, tmp_actions: list[tuple[str, str]]) -> None:
    watcher = await world.connect("ana")
    joined = await world.chat.do_join(watcher, wire.Join(room="salon:a"))
    members = {m.id for m in joined.members}
    conns = {u: await world.connect(u) for u in USERS[1:]}
    for kind, who in tmp_actions:
        try:
            if kind == "join":
                await world.chat.do_join(conns[who], wire.Join(room="salon:a"))
            elif kind == "leave":
                await world.chat.do_leave(conns[who], wire.Leave(room="salon:a"))
            elif kind == "drop":
                await world.chat.disconnect(conns[who])
                conns[who] = await world.connect(who)
            elif kind == "second_tab":
                extra = await world.connect(who)
                await world.chat.do_join(extra, wire.Join(room="salon:a"))
        except DomainError:
            pass
        await world.chat.flush_presence()
        for frame in frames(watcher):
            if frame["type"] == "presence":
                came = {u["id"] for u in frame["joined"]}
                went = {u["id"] for u in frame["left"]}
                assert not came & went and "ana" not in came | went  # never about oneself
                members = (members - went) | came
    fresh_conn = await world.connect("ana")
    fresh = await world.chat.do_join(fresh_conn, wire.Join(room="salon:a"))
    assert members == {m.id for m in fresh.members}


async def _snapshot_scenario(tmp: Path, actions: list[tuple[str, str]]) -> None:
    world = await make_world(tmp, USERS)
    try:
        await _members_from_events(world, actions)
    finally:
        await close_world(world)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["join", "leave", "drop", "second_tab"]), st.sampled_from(USERS[1:])
        ),
        max_size=20,
    )
)
def test_member_list_from_events_equals_a_fresh_join(actions: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_snapshot_scenario(Path(tmp), actions))
