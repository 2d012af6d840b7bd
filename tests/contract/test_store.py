"""The Store contract (papote.ports.Store): SQLite and PostgreSQL behave the same."""

from __future__ import annotations

import asyncio
from dataclasses import asdict, replace

import pytest
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from papote.ports import DmRequestRow, NewMessage, Origin, RoomRow, UserRow
from papote.storage.migrate import upgrade
from papote.storage.schema import content_log, messages, pseudo_claims, users
from papote.storage.sql import SqlStore


def user(uid: str, pseudo: str, active_until: float = 1000.0) -> UserRow:
    return UserRow(
        id=uid,
        pseudo=pseudo,
        pseudo_folded=pseudo.lower(),
        gender="f",
        age=30,
        departement="75",
        token_hash=f"h-{uid}",
        created_at=1.0,
        active_until=active_until,
        ip_hash="iphash",
    )


def before_0007(row: UserRow) -> dict[str, object]:
    """A user row as the tables were before migration 0007 (no resume secret)."""
    values = asdict(row)
    del values["resume_hash"]
    return values


def room(
    rid: str, kind: str = "room", owner: str | None = "u1", password: str | None = None
) -> RoomRow:
    return RoomRow(
        id=rid,
        kind=kind,
        name=rid.split(":")[1],
        topic="",
        owner_id=owner,
        password_hash=password,
        created_at=1.0,
    )


def msg(room_id: str, n: int, uid: str = "u1") -> NewMessage:
    return NewMessage(
        room_id=room_id,
        msg_id=f"{room_id}-{n}-{uid}",
        user_id=uid,
        pseudo=uid,
        text=f"message {n}",
        ts=n,
    )


async def test_users_and_pseudo_reservation(store: SqlStore) -> None:
    assert await store.create_user_if_pseudo_free(user("u1", "Zoe", active_until=100.0), 0.0)
    assert (await store.get_user("u1")) == user("u1", "Zoe", active_until=100.0)
    assert (await store.get_user_by_token("h-u1")) is not None
    assert await store.get_user("nobody") is None
    assert await store.pseudo_in_use("zoe", now=50.0)
    assert not await store.pseudo_in_use("zoe", now=150.0)
    await store.set_active_until(["u1"], 200.0)  # the keep-alive extends the claim too
    assert await store.pseudo_in_use("zoe", now=150.0)
    assert (await store.get_user("u1")).active_until == 200.0  # type: ignore[union-attr]
    assert [u.id for u in await store.get_users(["u1", "zz"])] == ["u1"]
    assert await store.get_users([]) == []


async def test_concurrent_claims_of_one_pseudo_have_one_winner(store: SqlStore) -> None:
    """Several nodes creating the same pseudo at once: the database picks exactly one."""
    contenders = [user(f"u{i}", "Zoe" if i % 2 else "ZOE") for i in range(12)]
    won = await asyncio.gather(*(store.create_user_if_pseudo_free(u, now=10.0) for u in contenders))
    assert sum(won) == 1
    winner = contenders[won.index(True)]
    created = await store.get_users([u.id for u in contenders])
    assert [u.id for u in created] == [winner.id]  # the losers wrote nothing
    assert await store.pseudo_in_use("zoe", now=10.0)


async def test_an_expired_claim_can_be_taken_over(store: SqlStore) -> None:
    assert await store.create_user_if_pseudo_free(user("a", "Zoe", active_until=100.0), 0.0)
    assert not await store.create_user_if_pseudo_free(user("b", "Zoe", active_until=150.0), 99.0)
    assert await store.get_user("b") is None
    # At its end the reservation is over (as pseudo_in_use says): another may take it.
    assert await store.create_user_if_pseudo_free(user("b", "Zoe", active_until=200.0), 100.0)
    assert await store.pseudo_in_use("zoe", now=150.0)
    # The former holder's keep-alive extends its session, not a claim it lost.
    await store.set_active_until(["a"], 500.0)
    assert (await store.get_user("a")).active_until == 500.0  # type: ignore[union-attr]
    assert not await store.pseudo_in_use("zoe", now=300.0)
    assert await store.create_user_if_pseudo_free(user("c", "Zoe", active_until=900.0), 300.0)


async def test_purging_guests_deletes_their_claims(store: SqlStore) -> None:
    assert await store.create_user_if_pseudo_free(user("old", "Ancien", active_until=10.0), 0.0)
    assert await store.create_user_if_pseudo_free(user("kept", "Garde", active_until=10.0), 0.0)
    assert await store.create_user_if_pseudo_free(user("new", "Recent", active_until=90.0), 0.0)
    assert await store.purge_guests(inactive_before=50.0, keep=["kept"]) == 1
    async with store.engine.connect() as conn:
        claims = (await conn.execute(select(pseudo_claims.c.user_id))).scalars().all()
    assert claims == ["new"]  # also the kept profile's: a case keeps a record, not a pseudo
    assert {u.id for u in await store.get_users(["old", "kept", "new"])} == {"kept", "new"}


async def test_the_migration_claims_the_pseudos_reserved_before_it(
    bare_engine: AsyncEngine,
) -> None:
    """0003 on a database with users: each folded pseudo is claimed once, by its user
    with the latest reservation."""
    await upgrade(bare_engine, "0002")
    rows = [
        user("a1", "Zoe", active_until=100.0),
        user("a2", "ZOE", active_until=300.0),  # the latest holder of "zoe"
        user("a3", "zoe", active_until=200.0),
        user("b1", "Bob", active_until=50.0),
        user("b2", "Bob", active_until=50.0),  # a tie: one row all the same
    ]
    async with bare_engine.begin() as conn:
        await conn.execute(insert(users), [before_0007(r) for r in rows])
    await upgrade(bare_engine)
    async with bare_engine.connect() as conn:
        claims = (
            await conn.execute(
                select(
                    pseudo_claims.c.pseudo_folded,
                    pseudo_claims.c.user_id,
                    pseudo_claims.c.active_until,
                ).order_by(pseudo_claims.c.pseudo_folded)
            )
        ).all()
    assert [tuple(c) for c in claims] == [("bob", "b2", 50.0), ("zoe", "a2", 300.0)]
    store = SqlStore(bare_engine)
    assert not await store.create_user_if_pseudo_free(user("z", "Zoe", active_until=1.0), 250.0)
    assert await store.create_user_if_pseudo_free(user("z", "Zoe", active_until=400.0), 300.0)


async def test_the_skeleton_migration_rekeys_claims_and_keeps_the_longest(
    bare_engine: AsyncEngine,
) -> None:
    """0004: claims made on folded pseudos move to the skeleton of their holder's pseudo;
    of two live look-alikes the one held longest keeps the claim."""
    await upgrade(bare_engine, "0003")
    rows = [
        user("a1", "Alice_75", active_until=300.0),
        user("a2", "ALICE-75", active_until=200.0),  # folded "alice-75": its own claim
        user("c1", "Chloé", active_until=100.0),
    ]
    async with bare_engine.begin() as conn:
        await conn.execute(insert(users), [before_0007(r) for r in rows])
        await conn.execute(
            insert(pseudo_claims),
            [
                {"pseudo_folded": "alice_75", "user_id": "a1", "active_until": 300.0},
                {"pseudo_folded": "alice-75", "user_id": "a2", "active_until": 200.0},
                {"pseudo_folded": "chloe", "user_id": "c1", "active_until": 100.0},
            ],
        )
    await upgrade(bare_engine)
    async with bare_engine.connect() as conn:
        claims = (
            await conn.execute(
                select(pseudo_claims.c.pseudo_folded, pseudo_claims.c.user_id).order_by(
                    pseudo_claims.c.pseudo_folded
                )
            )
        ).all()
        folded = dict((await conn.execute(select(users.c.id, users.c.pseudo_folded))).all())
    assert [tuple(c) for c in claims] == [("allcets", "a1"), ("chloe", "c1")]
    assert folded == {"a1": "allcets", "a2": "allcets", "c1": "chloe"}
    store = SqlStore(bare_engine)
    assert await store.pseudo_in_use("allcets", now=250.0)


async def test_salons_are_upserted_keeping_history(store: SqlStore) -> None:
    salon = RoomRow(
        id="salon:general",
        kind="salon",
        name="Général",
        topic="t",
        owner_id=None,
        password_hash=None,
        created_at=1.0,
        position=0,
        category="general",
    )
    await store.upsert_salons([salon])
    await store.append_messages([msg("salon:general", 1)])
    renamed = RoomRow(
        id="salon:general",
        kind="salon",
        name="Le Général",
        topic="t2",
        owner_id=None,
        password_hash=None,
        created_at=2.0,
        position=3,
        category="general",
    )
    await store.upsert_salons([renamed])
    rows = await store.list_rooms("salon")
    assert [(r.name, r.last_seq, r.position) for r in rows] == [("Le Général", 1, 3)]


async def test_seq_increases_by_one_per_room(store: SqlStore) -> None:
    await store.create_room(room("room:a"))
    await store.create_room(room("room:b"))
    stored = await store.append_messages(
        [msg("room:a", 1), msg("room:b", 1), msg("room:a", 2), msg("room:a", 3)]
    )
    assert [(m.room_id, m.seq) for m in stored] == [
        ("room:a", 1),
        ("room:b", 1),
        ("room:a", 2),
        ("room:a", 3),
    ]
    more = await store.append_messages([msg("room:b", 2)])
    assert more[0].seq == 2
    assert (await store.get_room("room:a")).last_seq == 3  # type: ignore[union-attr]


async def test_concurrent_appends_never_share_a_seq(store: SqlStore) -> None:
    """Several writers (several nodes on PostgreSQL) never collide or skip."""
    await store.create_room(room("room:a"))
    batches = await asyncio.gather(
        *[
            store.append_messages([msg("room:a", i * 10 + j, uid=f"w{i}") for j in range(5)])
            for i in range(8)
        ]
    )
    seqs = sorted(m.seq for batch in batches for m in batch)
    assert seqs == list(range(1, 41))


async def test_every_field_of_a_message_and_its_lcen_record_is_stored(
    store: SqlStore, bare_engine: AsyncEngine
) -> None:
    """Whatever the engine's path (SQLite writes through the driver's own SQL), each
    column holds what was said, and each message with an origin has its content record
    (décret 2021-1362) in the same transaction."""
    await store.create_room(room("room:a"))
    await store.create_room(room("room:b"))
    origin = Origin(ip="203.0.113.7", port=51234, protocol="wss")
    said = [
        replace(msg("room:b", 1), origin=origin, ts=1_700_000_000_123),
        replace(msg("room:a", 2), media='{"id":"m1"}', mask='{"spans":[[0,3]]}', held="drugs"),
        replace(msg("room:a", 3, uid="u2"), origin=origin, text="é\u00a0ok 'quote' ?"),
    ]
    stored = await store.append_messages(said)
    assert [(m.room_id, m.seq) for m in stored] == [("room:b", 1), ("room:a", 1), ("room:a", 2)]
    async with bare_engine.connect() as conn:
        rows = (await conn.execute(select(messages).order_by(messages.c.msg_id))).all()
        logs = (await conn.execute(select(content_log).order_by(content_log.c.id))).all()
    by_id = {r.msg_id: r for r in rows}
    for m, kept in zip(said, stored, strict=True):
        r = by_id[m.msg_id]
        assert (r.room_id, r.seq, r.user_id, r.pseudo, r.text, r.ts) == (
            m.room_id,
            kept.seq,
            m.user_id,
            m.pseudo,
            m.text,
            m.ts,
        )
        assert (r.media, r.mask, r.held) == (m.media, m.mask, m.held)
    assert [
        (r.at, r.user_id, r.pseudo, r.ip, r.port, r.protocol, r.content_type, r.content_id)
        for r in logs
        if r.content_type == "message"
    ] == [
        (m.ts / 1000, m.user_id, m.pseudo, "203.0.113.7", 51234, "wss", "message", m.msg_id)
        for m in said
        if m.origin is not None
    ]
    assert {r.operation for r in logs if r.content_type == "message"} == {"create"}


async def test_append_to_a_missing_room_fails_and_stores_nothing(store: SqlStore) -> None:
    await store.create_room(room("room:a"))
    with pytest.raises(LookupError):
        await store.append_messages([msg("room:a", 1), msg("room:zz", 1)])
    assert await store.messages_after("room:a", 0, 10) == []
    # The failed transaction was rolled back whole (room:a's seq did not advance) and the
    # writer's connection went back to the pool fit for the next commit.
    (again,) = await store.append_messages([msg("room:a", 1)])
    assert again.seq == 1


async def test_history_windows(store: SqlStore) -> None:
    await store.create_room(room("room:a"))
    await store.append_messages([msg("room:a", i) for i in range(1, 11)])
    assert [m.seq for m in await store.messages_before("room:a", None, 3)] == [8, 9, 10]
    assert [m.seq for m in await store.messages_before("room:a", 5, 3)] == [2, 3, 4]
    assert [m.seq for m in await store.messages_after("room:a", 7, 10)] == [8, 9, 10]
    assert [m.seq for m in await store.messages_after("room:a", 2, 2)] == [3, 4]
    first = (await store.messages_after("room:a", 0, 1))[0]
    assert (first.text, first.user_id, first.ts) == ("message 1", "u1", 1)


async def test_a_held_message_keeps_its_seq_through_release_and_refusal(store: SqlStore) -> None:
    await store.create_room(room("room:a"))
    stored = await store.append_messages(
        [msg("room:a", 1), replace(msg("room:a", 2), held="drugs"), msg("room:a", 3)]
    )
    assert [m.held for m in stored] == [None, "drugs", None]
    assert [m.held for m in await store.messages_after("room:a", 0, 10)] == [None, "drugs", None]
    released = await store.set_message_held(stored[1].msg_id, None)
    assert released is not None and (released.seq, released.held) == (2, None)
    refused = await store.set_message_held(stored[1].msg_id, "rejected")
    assert refused is not None and refused.held == "rejected"  # still there: evidence
    assert [m.seq for m in await store.messages_before("room:a", None, 10)] == [1, 2, 3]
    assert await store.set_message_held("nope", None) is None


async def test_a_release_is_found_by_whoever_saw_the_room_up_to_then(store: SqlStore) -> None:
    await store.create_room(room("room:a"))
    stored = await store.append_messages(
        [msg("room:a", 1), replace(msg("room:a", 2), held="drugs"), msg("room:a", 3)]
    )
    assert await store.last_release("room:a") is None
    assert await store.messages_released_since("room:a", 1, 10) == []
    await store.append_messages([msg("room:a", 4)])
    released = await store.set_message_held(stored[1].msg_id, None)
    # Released when the room's newest seq was 4: after message 4, before anything later.
    assert released is not None and released.released_seq == 4
    assert await store.last_release("room:a") == 4
    await store.append_messages([msg("room:a", 5)])
    # Someone who saw up to 2, 3 or 4 may have missed it; up to 5 (or 1: it is newer than
    # that, a plain resume has it) not.
    for since in (2, 3, 4):
        late = await store.messages_released_since("room:a", since, 10)
        assert [(m.seq, m.released_seq, m.held) for m in late] == [(2, 4, None)]
    assert await store.messages_released_since("room:a", 5, 10) == []
    assert await store.messages_released_since("room:a", 1, 10) == []
    # Refused again (evidence), it is not a release any more; released anew, newer.
    await store.set_message_held(stored[1].msg_id, "rejected")
    assert await store.messages_released_since("room:a", 3, 10) == []
    again = await store.set_message_held(stored[1].msg_id, None)
    assert again is not None and again.released_seq == 5
    assert await store.last_release("room:a") == 5
    assert await store.last_release("room:zz") is None


async def test_memberships_never_downgrade(store: SqlStore) -> None:
    await store.create_room(room("room:a"))
    assert await store.member_role("room:a", "u2") is None
    await store.add_member("room:a", "u2", "invited", 1.0)
    assert await store.member_role("room:a", "u2") == "invited"
    await store.add_member("room:a", "u2", "member", 2.0)
    await store.add_member("room:a", "u2", "invited", 3.0)
    assert await store.member_role("room:a", "u2") == "member"
    await store.add_member("room:a", "u1", "owner", 4.0)
    assert await store.room_member_ids("room:a") == ["u2", "u1"]
    assert await store.count_rooms_owned("u1", "room") == 1
    assert await store.count_rooms_owned("u2", "room") == 0


async def test_sensitive_photos_consent_is_per_member_and_revocable(store: SqlStore) -> None:
    await store.create_room(room("dm:a:b", kind="dm"))
    await store.add_member("dm:a:b", "a", "member", 1.0)
    await store.add_member("dm:a:b", "b", "member", 1.0)
    await store.add_member("dm:a:b", "c", "invited", 1.0)
    assert await store.sensitive_photos_accepted("dm:a:b") == set()
    assert await store.set_sensitive_photos("dm:a:b", "b", 5.0)
    assert await store.sensitive_photos_accepted("dm:a:b") == {"b"}
    # Only members: an outsider or someone merely invited cannot accept.
    assert not await store.set_sensitive_photos("dm:a:b", "zz", 5.0)
    assert not await store.set_sensitive_photos("dm:a:b", "c", 5.0)
    assert await store.sensitive_photos_accepted("dm:a:b") == {"b"}
    assert await store.set_sensitive_photos("dm:a:b", "b", None)  # taken back
    assert await store.sensitive_photos_accepted("dm:a:b") == set()


async def test_blocks(store: SqlStore) -> None:
    await store.add_block("a", "b", 1.0)
    await store.add_block("a", "b", 2.0)  # idempotent
    await store.add_block("a", "c", 1.0)
    assert await store.blocked_by("a") == {"b", "c"}
    assert await store.blocked_by("b") == set()
    await store.remove_block("a", "b")
    await store.remove_block("a", "zz")
    assert await store.blocked_by("a") == {"c"}


async def test_dm_requests(store: SqlStore) -> None:
    await store.create_user(user("a", "Alice"))
    await store.create_user(user("b", "Bob"))
    request = DmRequestRow(
        id="r1",
        from_id="a",
        to_id="b",
        text="salut",
        state="requested",
        created_at=1.0,
        updated_at=1.0,
    )
    await store.create_dm_request(request)
    assert await store.get_dm_request("r1") == request
    assert await store.pending_dm_requests_to("b") == [request]
    assert await store.count_pending_dm_requests_from("a") == 1
    assert (await store.find_dm_request_between("b", "a")) == request
    await store.update_dm_request("r1", "accepted", 2.0, room_id="dm:x")
    assert await store.pending_dm_requests_to("b") == []
    assert await store.count_pending_dm_requests_from("a") == 0
    assert await store.dm_rooms_of("a") == [("dm:x", "b")]
    assert await store.dm_rooms_of("b") == [("dm:x", "a")]
    assert await store.get_dm_request("nope") is None


async def test_ending_a_session_frees_its_claim_and_kills_its_token(store: SqlStore) -> None:
    holder = UserRow(**{**asdict(user("u1", "Zoe", active_until=500.0)), "resume_hash": "r1"})
    assert await store.create_user_if_pseudo_free(holder, 0.0)
    await store.end_session("u1", 100.0, "ended:u1")
    assert not await store.pseudo_in_use("zoe", now=100.0)
    assert await store.get_user_by_token("h-u1") is None
    ended = await store.get_user("u1")
    assert ended is not None and ended.active_until == 100.0 and ended.resume_hash is None
    assert await store.resume_session("zoe", "r1", "h-new", "r2", 101.0, 700.0) is None
    assert await store.create_user_if_pseudo_free(user("u2", "Zoe", active_until=900.0), 100.0)


async def test_resuming_needs_the_live_claim_and_its_secret(store: SqlStore) -> None:
    holder = UserRow(**{**asdict(user("u1", "Zoe", active_until=500.0)), "resume_hash": "r1"})
    assert await store.create_user_if_pseudo_free(holder, 0.0)
    assert await store.resume_session("zoe", "wrong", "h-x", "r-x", 10.0, 700.0) is None
    assert await store.resume_session("zoe", "r1", "h-x", "r-x", 600.0, 1200.0) is None  # over
    back = await store.resume_session("zoe", "r1", "h-new", "r2", 10.0, 700.0)
    assert back is not None and back.id == "u1" and back.token_hash == "h-new"
    assert back.resume_hash == "r2" and back.active_until == 700.0
    assert await store.pseudo_in_use("zoe", now=600.0)  # the claim was extended in step
    assert await store.resume_session("zoe", "r1", "h-y", "r3", 20.0, 700.0) is None  # used up
    # Two tabs racing with one secret: one wins.
    results = await asyncio.gather(
        *(store.resume_session("zoe", "r2", f"h-{i}", f"r-{i}", 30.0, 800.0) for i in range(6))
    )
    assert sum(r is not None for r in results) == 1


async def test_arrivals_read_users_blocks_and_whether_hello_reads_more(store: SqlStore) -> None:
    from papote.ports import NoticeRow
    from papote.storage.moderation_sql import SqlModerationStore

    for uid in ("a", "b", "c", "d", "e"):
        await store.create_user(user(uid, f"P{uid}"))
    await store.add_block("a", "b", 1.0)
    await store.add_block("a", "c", 1.0)
    await store.add_block("b", "a", 1.0)
    request = DmRequestRow("r1", "c", "d", "salut", "requested", 1.0, 1.0)
    await store.create_dm_request(request)
    notice = NoticeRow("n1", "e", "k", "warning", "t", "b", None, None, 1.0)
    await SqlModerationStore(store.engine).add_notice(notice)
    asked = ["h-a", "h-b", "nope", "h-c", "h-d", "h-e", "h-a"]
    got = await store.arrivals(asked)
    assert [a.user.id if a else None for a in got] == ["a", "b", None, "c", "d", "e", "a"]
    blocked = {a.user.id: a.blocked for a in got if a}
    assert blocked == {
        "a": {"b", "c"},
        "b": {"a"},
        "c": frozenset(),
        "d": frozenset(),
        "e": frozenset(),
    }
    # More for hello: a DM request from (c) or to (d) them, an unread notice (e).
    assert {a.user.id: a.more for a in got if a} == {
        "a": False,
        "b": False,
        "c": True,
        "d": True,
        "e": True,
    }
    assert got[0] is not None and got[0].user == user("a", "Pa")
    assert await store.arrivals([]) == []
