"""The moderation service on a real store with a fake clock: sanctions bind and expire,
retention purges follow the table as time moves, and (property) a muted, suspended or
banned person never gets a message into a room."""

from __future__ import annotations

import asyncio
import itertools
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.ports import Origin, StaffRow
from papote.protocol import wire
from papote.service.hub import CLOSE_BANNED, Connection
from papote.service.moderation import Decision, Moderation, build_moderation
from papote.storage.moderation_sql import SqlModerationStore
from tests.service.conftest import World, close_world, frames, make_world

DAY = rules.DAY
USERS = ["ana", "ben", "cyd"]
MOD = StaffRow(id="mod1", login="mod", password_hash="x", role="moderator", created_at=0.0)


async def moderated_world(tmp: Path) -> tuple[World, Moderation]:
    world = await make_world(tmp, USERS)
    mstore = SqlModerationStore(world.store.engine)
    counter = itertools.count(1)
    moderation = build_moderation(
        store=world.store,
        mstore=mstore,
        clock=world.clock,
        new_id=lambda: f"m{next(counter)}",
        secret=b"secret",
        retention=rules.Retention(),
        publish=world.chat.broker.publish,
        live_keys=world.hub.keys_of,
        export_dir=tmp / "exports",
        node_id="test",
    )
    # app.py passes these to the ChatService's constructor; the world's chat exists already
    world.chat.guard = moderation.guard
    world.chat.reports = moderation.reports
    world.chat.notices = moderation.notices
    world.chat.content_log = mstore.log_content
    await moderation.start()
    return world, moderation


async def admitted(world: World, uid: str) -> Connection:
    conn = await world.connect(uid)
    await world.chat.admit(
        conn, Origin(ip="192.0.2.7", port=50000, protocol="ws"), f"dev-{uid}", f"ip-{uid}"
    )
    return conn


async def settle(world: World) -> None:
    await world.chat.settle()  # control envelopes reload the index in a task


async def report_user(
    world: World,
    moderation: Moderation,
    reporter: str,
    target: str,
    category: str = "harassment",
) -> str:
    user = await world.store.get_user(reporter)
    assert user is not None
    await moderation.reports.do_report(
        user, set(), wire.Report(target_type="user", target_id=target, category=category)
    )
    case = await moderation.mstore.open_case_for("user", target)
    assert case is not None
    return case.id


def decision(action: rules.Action, duration: float | None = None) -> Decision:
    return Decision(
        action=action,
        category=rules.Category.HARASSMENT,
        ground=rules.Ground.ILLEGAL,
        reference="Code pénal art. 222-33-2-2",
        facts="Messages insultants répétés.",
        duration=duration,
    )


async def _retention_scenario(tmp: Path) -> None:
    world, moderation = await moderated_world(tmp)
    try:
        ana, ben = await admitted(world, "ana"), await admitted(world, "ben")
        for conn in (ana, ben):
            await world.chat.do_join(conn, wire.Join(room="salon:a"))
        sent = [
            await world.chat.do_say(ben, wire.Say(room="salon:a", text=f"m{i}")) for i in range(3)
        ]
        user = await world.store.get_user("ana")
        assert user is not None
        await moderation.reports.do_report(
            user,
            {"salon:a"},
            wire.Report(target_type="message", target_id=sent[1].msg_id, category="hate"),
        )
        case = await moderation.mstore.open_case_for("message", sent[1].msg_id)
        assert case is not None
        log = await moderation.mstore.content_log_for(user_id="ben")
        assert {r.content_id for r in log} == {s.msg_id for s in sent}
        assert all((r.ip, r.port, r.protocol) == ("192.0.2.7", 50000, "ws") for r in log)

        world.clock.t += 8 * DAY  # past the 7-day message retention
        counts = await moderation.retention.purge()
        assert counts["messages"] == 3
        assert await world.store.get_message(sent[1].msg_id) is None
        evidence = await moderation.mstore.evidence_of_case(case.id)
        assert [e["text"] for e in [__import__("json").loads(evidence[0].content)["message"]]] == [
            "m1"
        ]
        assert len(await moderation.mstore.content_log_for(user_id="ben")) == 3  # 1 year

        world.clock.t += 366 * DAY
        counts = await moderation.retention.purge()
        assert counts["content_log"] >= 3
        assert await moderation.mstore.content_log_for(user_id="ben") == []
        # The case is still open: its evidence stays, whatever its date.
        assert len(await moderation.mstore.evidence_of_case(case.id)) == 1
        await moderation.decisions.do_decide(MOD, case.id, decision(rules.Action.WARNING))
        world.clock.t += 366 * DAY
        counts = await moderation.retention.purge()
        assert counts["evidence"] == 1
        assert await moderation.mstore.evidence_of_case(case.id) == []
        assert await moderation.audit.verify_audit() == []
    finally:
        await close_world(world)


def test_retention_purges_follow_the_clock() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_retention_scenario(Path(tmp)))


async def _binding_scenario(tmp: Path) -> None:
    world, moderation = await moderated_world(tmp)
    try:
        ana, ben = await admitted(world, "ana"), await admitted(world, "ben")
        case_id = await report_user(world, moderation, "ana", "ben")
        # A threat: a category that binds addresses too (rules.ADDRESS_BOUND).
        threat = replace(decision(rules.Action.SUSPENSION, 2 * DAY), category=rules.Category.THREAT)
        await moderation.decisions.do_decide(MOD, case_id, threat)
        await settle(world)
        assert ben.close_code == CLOSE_BANNED
        assert ana.close_code is None
        banned = [f for f in frames(ben) if f["type"] == "error"]
        assert banned[0]["code"] == "banned"
        # A new pseudo on the same device is refused, so is another device on the address.
        for device, address in (("dev-ben", "ip-new"), ("dev-new", "ip-ben")):
            newcomer = await world.connect("cyd")
            try:
                await world.chat.admit(newcomer, Origin("198.51.100.1", 1, "ws"), device, address)
                raise AssertionError("admitted")
            except DomainError as exc:
                assert exc.code == "banned"
            world.hub.detach(newcomer)  # refused: the socket closes, its keys go
        world.clock.t += 2 * DAY + 1  # the suspension runs out by itself
        again = await admitted(world, "ben")
        assert again.close_code is None
    finally:
        await close_world(world)


def test_sanctions_bind_device_and_address_and_expire() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_binding_scenario(Path(tmp)))


action = st.one_of(
    st.tuples(st.just("say"), st.sampled_from(USERS)),
    st.tuples(st.just("mute"), st.sampled_from(USERS)),
    st.tuples(st.just("suspend"), st.sampled_from(USERS)),
    st.tuples(st.just("ban"), st.sampled_from(USERS)),
    st.tuples(st.just("reverse"), st.sampled_from(USERS)),
    st.tuples(st.just("wait"), st.sampled_from([60.0, 3600.0, 2 * DAY])),
)


async def _never_scenario(tmp: Path, actions: list[tuple[str, Any]]) -> None:
    world, moderation = await moderated_world(tmp)
    reviewer = StaffRow(
        id="mod2", login="mod2", password_hash="x", role="moderator", created_at=0.0
    )
    # Independent model: each person's sanctions as (start, end or None, statement id).
    model: dict[str, list[tuple[float, float | None, str]]] = {u: [] for u in USERS}

    def restricted(uid: str) -> bool:
        now = world.clock.t
        return any(start <= now and (end is None or now < end) for start, end, _ in model[uid])

    try:
        conns = {u: await admitted(world, u) for u in USERS}
        for conn in conns.values():
            await world.chat.do_join(conn, wire.Join(room="salon:a"))

        async def try_say(uid: str) -> None:
            conn = conns[uid]
            if conn.close_code is not None:  # a closed socket says nothing; reconnect
                try:
                    conns[uid] = conn = await admitted(world, uid)
                    await world.chat.do_join(conn, wire.Join(room="salon:a"))
                except DomainError as exc:
                    assert exc.code == "banned"
                    assert restricted(uid)
                    return
            try:
                await world.chat.do_say(conn, wire.Say(room="salon:a", text="x"))
            except DomainError as exc:
                assert exc.code in {"muted", "banned"}
                assert restricted(uid)
            else:
                assert not restricted(uid), (uid, model[uid], world.clock.t)

        async def reverse(uid: str) -> None:
            for _, _, puid in list(model[uid]):
                notice = next(
                    n
                    for n in await moderation.mstore.notices_of_user(uid)
                    if n.statement_id == puid
                )
                appeal = await moderation.appeals.do_appeal(
                    notice.id, moderation.notices.notice_key(notice.id), "non"
                )
                await moderation.appeals.do_decide_appeal(reviewer, appeal.id, "reverse", "ok")
                model[uid] = [m for m in model[uid] if m[2] != puid]

        async def sanction(kind: str, uid: str) -> None:
            reporter = next(u for u in USERS if u != uid)
            case_id = await report_user(world, moderation, reporter, uid)
            chosen, duration = {
                "mute": (rules.Action.MUTE, 3600.0),
                "suspend": (rules.Action.SUSPENSION, DAY),
                "ban": (rules.Action.BAN, None),
            }[kind]
            await moderation.decisions.do_decide(MOD, case_id, decision(chosen, duration))
            puid = (await moderation.mstore.notices_of_user(uid))[0].statement_id
            assert puid is not None
            now = world.clock.t
            model[uid].append((now, None if duration is None else now + duration, puid))
            await settle(world)
            if kind in ("suspend", "ban"):
                assert conns[uid].close_code == CLOSE_BANNED

        for kind, arg in actions:
            if kind == "wait":
                world.clock.t += arg
            elif kind == "say":
                await try_say(arg)
            elif kind == "reverse":
                await reverse(arg)
                await settle(world)
            else:
                await sanction(kind, arg)
            for uid in USERS:  # after every step, everyone tries to speak
                await try_say(uid)
    finally:
        await close_world(world)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(action, min_size=1, max_size=12))
def test_a_sanctioned_person_never_gets_a_message_into_a_room(
    actions: list[tuple[str, Any]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(_never_scenario(Path(tmp), actions))
