"""The ModerationStore contract: SQLite and PostgreSQL behave the same."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from papote.domain.moderation import GENESIS, verify_chain
from papote.ports import (
    AppealRow,
    CaseRow,
    ContentLogRow,
    EvidenceRow,
    NoticeRow,
    SanctionRow,
    StaffRow,
    StatementRow,
)
from papote.storage.moderation_sql import SqlModerationStore
from papote.storage.sql import SqlStore

NOW = 1_800_000_000.0


@pytest.fixture
def mstore(store: SqlStore) -> SqlModerationStore:
    return SqlModerationStore(store.engine)


def case(
    cid: str, severity: int, created: float, urgent: bool = False, status: str = "open"
) -> CaseRow:
    return CaseRow(
        id=cid,
        target_type="message",
        target_id=f"m-{cid}",
        target_user_id="u1",
        room_id="salon:a",
        category="hate",
        severity=severity,
        status=status,
        urgent=urgent,
        source="SOURCE_ARTICLE_16",
        created_at=created,
    )


def sanction(
    sid: str,
    *,
    ends: float | None,
    user: str | None = "u1",
    room: str | None = None,
    revoked: float | None = None,
    case_id: str | None = None,
) -> SanctionRow:
    return SanctionRow(
        id=sid,
        case_id=case_id,
        action="mute",
        user_id=user,
        room_id=room,
        device_hash="dev" if user else None,
        ip_hash="ip" if user else None,
        starts_at=NOW,
        ends_at=ends,
        revoked_at=revoked,
        created_by="mod",
        statement_id=f"st-{sid}",
    )


async def test_staff_and_sessions(mstore: SqlModerationStore) -> None:
    staff = StaffRow(id="s1", login="alice", password_hash="h", role="moderator", created_at=NOW)
    await mstore.create_staff(staff)
    assert await mstore.get_staff_by_login("alice") == staff
    await mstore.create_staff_session("tok", "s1", NOW, NOW + 10)
    assert await mstore.staff_for_session("tok", NOW + 5) == staff
    assert await mstore.staff_for_session("tok", NOW + 11) is None
    assert await mstore.staff_for_session("other", NOW) is None
    await mstore.delete_staff_session("tok")
    assert await mstore.staff_for_session("tok", NOW + 5) is None


async def test_queue_order_urgent_then_severity_then_age(mstore: SqlModerationStore) -> None:
    await mstore.create_case(case("spam-old", 3, NOW - 100))
    await mstore.create_case(case("hate", 1, NOW - 50))
    await mstore.create_case(case("child", 0, NOW - 10))
    await mstore.create_case(case("child-older", 0, NOW - 20))
    await mstore.create_case(case("urgent-spam", 3, NOW, urgent=True))
    await mstore.create_case(case("done", 0, NOW - 500, status="decided"))
    queue = [c.id for c in await mstore.list_cases(["open"], 10)]
    assert queue == ["urgent-spam", "child-older", "child", "hate", "spam-old"]
    assert (await mstore.open_case_for("message", "m-hate")).id == "hate"  # type: ignore[union-attr]
    await mstore.update_case("hate", status="decided", decided_at=NOW, urgent=True)
    got = await mstore.get_case("hate")
    assert got is not None and got.status == "decided" and got.urgent is True
    assert await mstore.open_case_for("message", "m-hate") is None


async def test_active_sanctions_and_matching(mstore: SqlModerationStore) -> None:
    await mstore.add_sanction(sanction("live", ends=NOW + 100))
    await mstore.add_sanction(sanction("ended", ends=NOW - 1))
    await mstore.add_sanction(sanction("forever", ends=None, user="u2"))
    await mstore.add_sanction(sanction("revoked", ends=None, revoked=NOW - 5))
    await mstore.add_sanction(sanction("room", ends=NOW + 100, user=None, room="salon:a"))
    active = {s.id for s in await mstore.active_sanctions(NOW)}
    assert active == {"live", "forever", "room"}
    matching = {s.id for s in await mstore.sanctions_matching(None, "dev", None)}
    assert matching == {"live", "ended", "forever", "revoked"}
    await mstore.revoke_sanction("live", NOW + 1)
    assert {s.id for s in await mstore.active_sanctions(NOW + 2)} == {"forever", "room"}


async def test_audit_chain_is_linear_even_under_concurrency(mstore: SqlModerationStore) -> None:
    await asyncio.gather(
        *[mstore.append_audit(NOW + i, "mod", "act", f"s{i}", "{}") for i in range(20)]
    )
    rows = await mstore.audit_entries()
    assert [r.seq for r in rows] == list(range(1, 21))
    assert rows[0].prev_hash == GENESIS
    assert (
        verify_chain(
            [
                (
                    r.seq,
                    r.prev_hash,
                    r.hash,
                    {
                        "seq": r.seq,
                        "at": r.at,
                        "actor": r.actor,
                        "action": r.action,
                        "subject": r.subject,
                        "details": r.details,
                    },
                )
                for r in rows
            ]
        )
        == []
    )
    assert await mstore.audit_head() == (20, rows[-1].hash)


async def test_notices_appeals_statements(mstore: SqlModerationStore) -> None:
    await mstore.add_statement(
        StatementRow(
            id="p1",
            case_id="c1",
            sanction_id="s1",
            user_id="u1",
            body="{}",
            decided_by="m1",
            created_at=NOW,
        )
    )
    notice = NoticeRow(
        id="n1",
        user_id="u1",
        key_hash="k",
        kind="statement_of_reasons",
        title="t",
        body="b",
        statement_id="p1",
        case_id="c1",
        created_at=NOW,
    )
    await mstore.add_notice(notice)
    assert await mstore.notices_of_user("u1") == [notice]
    await mstore.mark_notice_read("n1", NOW + 1)
    assert (await mstore.get_notice("n1")).read_at == NOW + 1  # type: ignore[union-attr]
    appeal = AppealRow(
        id="a1",
        statement_id="p1",
        notice_id="n1",
        user_id="u1",
        text="non",
        state="pending",
        created_at=NOW + 2,
    )
    await mstore.add_appeal(appeal)
    assert await mstore.appeal_for_statement("p1") == appeal
    assert await mstore.list_appeals("pending") == [appeal]
    await mstore.decide_appeal("a1", "reversed", "m2", NOW + 3, "ok")
    assert await mstore.list_appeals("pending") == []
    assert (await mstore.get_appeal("a1")).state == "reversed"  # type: ignore[union-attr]
    assert len(await mstore.appeals_between(NOW, NOW + 10)) == 1
    # A reporter's appeal contests a decision without statement (a dismissal).
    reporter = dataclasses.replace(
        appeal, id="a2", statement_id=None, notice_id="n2", user_id="u2", case_id="c1"
    )
    await mstore.add_appeal(reporter)
    assert await mstore.appeal_for_notice("n2") == reporter
    assert await mstore.appeal_for_notice("n1") == dataclasses.replace(
        appeal, state="reversed", decided_by="m2", decided_at=NOW + 3, explanation="ok"
    )
    assert [a.id for a in await mstore.appeals_of_case("c1")] == ["a2"]


async def test_purge_follows_the_retention_table(mstore: SqlModerationStore) -> None:
    year = 365 * 86400.0
    log = ContentLogRow(
        at=NOW - year - 1,
        user_id="u1",
        pseudo="P",
        ip="192.0.2.1",
        port=4,
        protocol="ws",
        content_type="message",
        content_id="m1",
        operation="create",
    )
    await mstore.log_content([log, dataclasses.replace(log, at=NOW, content_id="m2")])
    await mstore.create_case(case("closed", 1, NOW - 2 * year, status="decided"))
    await mstore.create_case(case("open", 1, NOW - 2 * year))
    for cid in ("closed", "open"):
        await mstore.add_evidence(
            EvidenceRow(
                id=f"e-{cid}",
                case_id=cid,
                content="{}",
                sha256="x",
                sealed_at=NOW - 2 * year,
                retain_until=NOW - year,
            )
        )
    await mstore.add_sanction(sanction("old", ends=NOW - year - 10, case_id="closed"))
    await mstore.add_sanction(sanction("recent", ends=NOW - 10, case_id="closed"))
    await mstore.add_statement(
        StatementRow(
            id="st-old",
            case_id="closed",
            sanction_id="old",
            user_id="u1",
            body="{}",
            decided_by="m",
            created_at=NOW - 2 * year,
        )
    )
    counts = await mstore.purge(
        NOW,
        {
            "content_log": NOW - year,
            "sanctions": NOW - year,
            "cases": NOW - year,
            "labels": NOW - year,
        },
    )
    assert counts["content_log"] == 1
    assert [r.content_id for r in await mstore.content_log_for(user_id="u1")] == ["m2"]
    assert counts["evidence"] == 1  # the open case keeps its evidence
    assert [e.id for e in await mstore.evidence_of_case("open")] == ["e-open"]
    assert counts["sanctions"] == 1
    assert await mstore.get_sanction("old") is None
    assert await mstore.get_sanction("recent") is not None
    assert await mstore.get_statement("st-old") is None
    assert counts["cases"] == 0  # one holds a recent sanction, the other is open
    assert set(await mstore.users_to_keep()) == {"u1"}
