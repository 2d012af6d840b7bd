"""Issue 10 §19-21 on the moderation service: a refused escalation has no effect, every
kind of moderation record leaves with the retention table (docs/moderation.md §8), and a
reporter can contest the decision on their report (DSA art. 20(1))."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.ports import StaffRow
from papote.protocol import wire
from papote.service.moderation import Moderation
from tests.service.conftest import World, close_world
from tests.service.test_moderation_service import (
    DAY,
    MOD,
    admitted,
    decision,
    moderated_world,
    report_user,
)

REVIEWER = StaffRow(id="mod2", login="mod2", password_hash="x", role="moderator", created_at=0.0)
YEAR = 365 * DAY

Scenario = Callable[[World, Moderation], Awaitable[None]]


def run(scenario: Scenario) -> None:
    async def main(tmp: Path) -> None:
        world, moderation = await moderated_world(tmp)
        try:
            await scenario(world, moderation)
        finally:
            # The sanctions' control messages reload the index in tasks: let them end
            # before the store closes (else a connection is left to the GC).
            await world.chat.settle()
            await close_world(world)

    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(main(Path(tmp)))


async def _audit_actions(moderation: Moderation) -> list[str]:
    return [e.action for e in await moderation.mstore.audit_entries()]


async def _report_message(world: World, moderation: Moderation, category: str = "hate") -> str:
    ana, ben = await admitted(world, "ana"), await admitted(world, "ben")
    for conn in (ana, ben):
        await world.chat.do_join(conn, wire.Join(room="salon:a"))
    said = await world.chat.do_say(ben, wire.Say(room="salon:a", text="insulte"))
    user = await world.store.get_user("ana")
    assert user is not None
    await moderation.reports.do_report(
        user,
        {"salon:a"},
        wire.Report(target_type="message", target_id=said.msg_id, category=category),
    )
    case = await moderation.mstore.open_case_for("message", said.msg_id)
    assert case is not None
    return case.id


# ---------------------------------------------------------------- §19 escalation


def test_a_refused_escalation_marks_nothing_and_audits_nothing() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        case_id = await report_user(world, moderation, "ana", "ben", "threat")
        before = await moderation.mstore.evidence_of_case(case_id)
        for blank in ("", "   "):
            try:
                await moderation.cases.do_escalate(MOD, case_id, blank)
            except DomainError as exc:
                assert (exc.code, exc.field) == ("missing_field", "request_ref")
            else:
                raise AssertionError("a blank reference was accepted")
        case = await moderation.mstore.get_case(case_id)
        assert case is not None and not case.urgent
        assert await moderation.mstore.evidence_of_case(case_id) == before
        assert "escalate" not in await _audit_actions(moderation)
        assert "lawful_export" not in await _audit_actions(moderation)

    run(scenario)


# ---------------------------------------------------------------- §20 retention, per kind


def test_a_deleted_message_statement_ends_at_once_and_is_purged_a_year_later() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        case_id = await _report_message(world, moderation)
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.DELETE_MESSAGE))
        notice = (await moderation.mstore.notices_of_user("ben"))[0]
        assert notice.statement_id is not None
        # Done once: nothing of it stays in the index the guard reads on every say.
        index = moderation.guard.index.by_key
        assert not [r for rows in index.values() for r in rows if r.action == "delete_message"]
        world.clock.t += YEAR - DAY
        await moderation.retention.purge()
        assert await moderation.mstore.get_statement(notice.statement_id) is not None
        world.clock.t += 2 * DAY
        counts = await moderation.retention.purge()
        assert counts["sanctions"] == 1 and counts["statements"] == 1
        assert await moderation.mstore.get_statement(notice.statement_id) is None
        assert await moderation.mstore.get_notice(notice.id) is None

    run(scenario)


def test_reports_with_contact_and_their_notices_go_a_year_after_the_decision() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        ana = await world.store.get_user("ana")
        assert ana is not None
        await admitted(world, "ben")
        await moderation.reports.do_report(
            ana,
            set(),
            wire.Report(
                target_type="user", target_id="ben", category="spam", contact="ana@example.org"
            ),
        )
        case = await moderation.mstore.open_case_for("user", "ben")
        assert case is not None
        # Undecided for two years: the report, its contact and the acknowledgement stay.
        world.clock.t += 2 * YEAR
        await moderation.retention.purge()
        assert len(await moderation.mstore.reports_of_case(case.id)) == 1
        assert [n.kind for n in await moderation.mstore.notices_of_user("ana")] == [
            "report_received"
        ]
        await moderation.decisions.do_decide(MOD, case.id, decision(rules.Action.DISMISS))
        world.clock.t += YEAR - DAY
        await moderation.retention.purge()
        assert len(await moderation.mstore.reports_of_case(case.id)) == 1
        world.clock.t += 2 * DAY
        counts = await moderation.retention.purge()
        assert counts["reports"] == 1 and counts["cases"] == 1
        assert counts["notices"] == 2  # the acknowledgement and the decision
        assert await moderation.mstore.reports_of_case(case.id) == []
        assert await moderation.mstore.notices_of_user("ana") == []
        assert await moderation.mstore.get_case(case.id) is None

    run(scenario)


def test_a_ban_keeps_its_case_and_reports_while_it_stands() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        await admitted(world, "ben")
        case_id = await report_user(world, moderation, "ana", "ben")
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.BAN))
        world.clock.t += 3 * YEAR
        counts = await moderation.retention.purge()
        assert counts["cases"] == 0 and counts["reports"] == 0
        assert await moderation.mstore.get_case(case_id) is not None
        assert len(await moderation.mstore.reports_of_case(case_id)) == 1

    run(scenario)


def test_appeals_go_with_the_statement_they_contest() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        await admitted(world, "ben")
        case_id = await report_user(world, moderation, "ana", "ben")
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.MUTE, 3600.0))
        notice = (await moderation.mstore.notices_of_user("ben"))[0]
        appeal = await moderation.appeals.do_appeal(
            notice.id, moderation.notices.notice_key(notice.id), "non"
        )
        await moderation.appeals.do_decide_appeal(REVIEWER, appeal.id, "uphold", "")
        world.clock.t += YEAR + DAY
        counts = await moderation.retention.purge()
        assert counts["appeals"] == 1
        assert await moderation.mstore.get_appeal(appeal.id) is None
        assert await moderation.mstore.get_case(case_id) is None

    run(scenario)


def test_export_bundles_go_after_a_year() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        await admitted(world, "ben")
        old = await moderation.exports.export("cli", "PV 1", user_id="ben")
        world.clock.t += 200 * DAY
        recent = await moderation.exports.export("cli", "PV 2", user_id="ben")
        world.clock.t += 200 * DAY
        counts = await moderation.retention.purge()
        assert counts["exports"] == 1
        assert not old.exists() and recent.exists()

    run(scenario)


# ---------------------------------------------------------------- §21 the reporter's appeal


def test_a_reporter_contests_a_dismissal_and_the_case_is_decided_anew() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        await admitted(world, "ben")
        case_id = await report_user(world, moderation, "ana", "ben")
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.DISMISS))
        told = next(
            n for n in await moderation.mstore.notices_of_user("ana") if n.kind == "report_decision"
        )
        assert told.appealable_until is not None
        assert "contester" in told.body and "art. 21" in told.body  # how to seek redress
        key = moderation.notices.notice_key(told.id)
        appeal = await moderation.appeals.do_appeal(told.id, key, "Il continue en privé.")
        assert appeal.statement_id is None and appeal.case_id == case_id
        assert (await moderation.notices.open_notice(told.id, key)).appeal == "pending"
        case = await moderation.mstore.get_case(case_id)
        assert case is not None and case.status == "appealed"
        try:
            await moderation.appeals.do_appeal(told.id, key, "encore")
        except DomainError as exc:
            assert exc.code == "already_appealed"
        else:
            raise AssertionError("appealed twice")
        try:
            await moderation.appeals.do_decide_appeal(MOD, appeal.id, "reverse", "")
        except DomainError as exc:
            assert exc.code == "same_moderator"
        else:
            raise AssertionError("decided by the one who dismissed")
        listed = await moderation.appeals.listing("pending")
        assert listed[0]["from_reporter"] is True
        assert listed[0]["decision"] == {"action": "dismiss", "category": "harassment"}
        await moderation.appeals.do_decide_appeal(REVIEWER, appeal.id, "reverse", "Revu.")
        case = await moderation.mstore.get_case(case_id)
        assert case is not None and case.status == "open"  # back in the queue
        assert case_id in [c["id"] for c in await moderation.cases.queue(["open", "appealed"])]
        outcome = [
            n for n in await moderation.mstore.notices_of_user("ana") if n.kind == "appeal_decision"
        ]
        assert "examiné à nouveau" in outcome[0].body
        decided = await moderation.decisions.do_decide(
            REVIEWER, case_id, decision(rules.Action.WARNING)
        )
        assert decided.status == "decided"

    run(scenario)


def test_a_reporter_appeal_upheld_closes_the_case() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        await admitted(world, "ben")
        case_id = await report_user(world, moderation, "ana", "ben")
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.DISMISS))
        told = next(
            n for n in await moderation.mstore.notices_of_user("ana") if n.kind == "report_decision"
        )
        key = moderation.notices.notice_key(told.id)
        appeal = await moderation.appeals.do_appeal(told.id, key, "Pourquoi ?")
        try:
            await moderation.appeals.do_decide_appeal(REVIEWER, appeal.id, "maybe", "")
        except DomainError as exc:
            assert exc.code == "bad_outcome"
        else:
            raise AssertionError("an unknown outcome was accepted")
        await moderation.appeals.do_decide_appeal(REVIEWER, appeal.id, "uphold", "")
        case = await moderation.mstore.get_case(case_id)
        assert case is not None and case.status == "closed"

    run(scenario)


# ---------------------------------------------------------------- §6 address binding


def test_a_spam_suspension_binds_the_device_not_the_shared_address() -> None:
    """Issue 10 §6: behind a carrier's shared address (CGNAT), a suspension for spam
    must not shut out everyone else leaving by that address."""

    async def scenario(world: World, moderation: Moderation) -> None:
        await admitted(world, "ben")
        case_id = await report_user(world, moderation, "ana", "ben", "spam")
        spam = replace(decision(rules.Action.SUSPENSION, DAY), category=rules.Category.SPAM)
        await moderation.decisions.do_decide(MOD, case_id, spam)
        rows = await moderation.mstore.sanctions_matching("ben", "dev-ben", "ip-ben")
        assert rows and all(r.ip_hash is None for r in rows)
        moderation.guard.check_enter({"d:dev-new", "i:ip-ben"})  # a stranger, same address
        try:
            moderation.guard.check_enter({"d:dev-ben", "i:ip-elsewhere"})
        except DomainError as exc:
            assert exc.code == "banned"
        else:
            raise AssertionError("the device was not bound")
        # Another tab from another device and address: its device is bound, not its
        # address (the statement bound none).
        assert await moderation.guard.bind_live("ben", {"u:ben", "d:dev-tab", "i:ip-tab"})
        moderation.guard.check_enter({"d:dev-other", "i:ip-tab"})
        rows = await moderation.mstore.sanctions_matching("ben", "dev-tab", None)
        assert "dev-tab" in {r.device_hash for r in rows}
        assert all(r.ip_hash is None for r in rows)

    run(scenario)


def test_only_exclusions_in_the_gravest_categories_bind_addresses() -> None:
    bound = {
        (action, category)
        for action in rules.Action
        for category in rules.Category
        if rules.binds_addresses(action, category)
    }
    assert {c for _, c in bound} == rules.ADDRESS_BOUND
    assert {a for a, _ in bound} == {rules.Action.SUSPENSION, rules.Action.BAN}
    assert rules.Category.SPAM not in rules.ADDRESS_BOUND
    assert rules.Category.THREAT in rules.ADDRESS_BOUND


# ---------------------------------------------------------------- §13 what a notice is about


def test_notices_say_which_message_and_which_report_without_exposing_the_rest() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        case_id = await _report_message(world, moderation)  # ana reports ben's "insulte"
        ack = next(
            n for n in await moderation.mstore.notices_of_user("ana") if n.kind == "report_received"
        )
        about = await moderation.notices.about(ack)
        assert about is not None
        assert (about.target_type, about.quote, about.room) == ("message", "insulte", "salon:a")
        assert (about.category, about.reported_at) == ("hate", int(world.clock.t * 1000))
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.DELETE_MESSAGE))
        told = next(
            n for n in await moderation.mstore.notices_of_user("ana") if n.kind == "report_decision"
        )
        key = moderation.notices.notice_key(told.id)
        seen = (await moderation.notices.open_notice(told.id, key)).about
        assert seen is not None and seen.quote == "insulte" and seen.category == "hate"
        # The author sees their own removed message, never who reported it or why.
        statement = (await moderation.mstore.notices_of_user("ben"))[0]
        out = await moderation.notices.open_notice(
            statement.id, moderation.notices.notice_key(statement.id)
        )
        assert out.about is not None and out.about.quote == "insulte"
        assert out.about.reported_at is None and out.about.category is None
        assert "ana" not in str(out.about).lower()

    run(scenario)


def test_a_person_reported_as_a_whole_is_not_shown_the_reporters_view() -> None:
    async def scenario(world: World, moderation: Moderation) -> None:
        await admitted(world, "ben")
        case_id = await report_user(world, moderation, "ana", "ben")
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.WARNING))
        notice = (await moderation.mstore.notices_of_user("ben"))[0]
        about = await moderation.notices.about(notice)
        assert about == wire.NoticeAbout(target_type="user")

    run(scenario)
