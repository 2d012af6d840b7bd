"""SqlModerationStore: the ModerationStore port on SQLAlchemy Core (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, and_, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql.elements import ColumnElement

from papote.domain import moderation as rules
from papote.domain.moderation import chain_hash
from papote.ports import (
    AppealRow,
    AuditRow,
    CaseRow,
    ContentLogRow,
    EvidenceRow,
    LabelRow,
    NoticeRow,
    ReportRow,
    SanctionRow,
    StaffRow,
    StatementRow,
)
from papote.storage import schema as t
from papote.storage.rows import from_row, to_values

_Row = TypeVar("_Row")


def _to_row(cls: type[_Row], row: Any) -> _Row:
    value = from_row(cls, row)
    if isinstance(value, CaseRow):  # stored as an integer, a bool in the row
        return dataclasses.replace(value, urgent=bool(value.urgent))
    return value


def _values(obj: Any) -> dict[str, Any]:
    values = to_values(obj)
    if "urgent" in values:
        values["urgent"] = int(values["urgent"])
    return values


class SqlModerationStore:
    """The ModerationStore port (papote.ports.ModerationStore)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def _insert(self, table: Table, obj: Any) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(insert(table).values(**_values(obj)))

    async def _one(self, cls: type[_Row], query: Any) -> _Row | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return _to_row(cls, row) if row else None

    async def _all(self, cls: type[_Row], query: Any) -> list[_Row]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [_to_row(cls, r) for r in rows]

    # ------------------------------------------------------------------ staff

    async def create_staff(self, staff: StaffRow) -> None:
        await self._insert(t.staff, staff)

    async def get_staff_by_login(self, login: str) -> StaffRow | None:
        return await self._one(StaffRow, select(t.staff).where(t.staff.c.login == login))

    async def get_staff(self, staff_id: str) -> StaffRow | None:
        return await self._one(StaffRow, select(t.staff).where(t.staff.c.id == staff_id))

    async def create_staff_session(
        self, token_hash: str, staff_id: str, now: float, expires_at: float
    ) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                insert(t.staff_sessions).values(
                    token_hash=token_hash, staff_id=staff_id, created_at=now, expires_at=expires_at
                )
            )

    async def staff_for_session(self, token_hash: str, now: float) -> StaffRow | None:
        query = (
            select(t.staff)
            .join(t.staff_sessions, t.staff_sessions.c.staff_id == t.staff.c.id)
            .where(
                t.staff_sessions.c.token_hash == token_hash,
                t.staff_sessions.c.expires_at > now,
                t.staff.c.disabled_at.is_(None),
            )
        )
        return await self._one(StaffRow, query)

    async def delete_staff_session(self, token_hash: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                delete(t.staff_sessions).where(t.staff_sessions.c.token_hash == token_hash)
            )

    # ------------------------------------------------------------------ content log

    async def log_content(self, rows: Sequence[ContentLogRow]) -> None:
        if rows:
            async with self.engine.begin() as conn:
                await conn.execute(insert(t.content_log), [_values(r) for r in rows])

    async def content_log_for(
        self, *, user_id: str | None = None, content_id: str | None = None
    ) -> list[ContentLogRow]:
        query = select(t.content_log)
        if user_id is not None:
            query = query.where(t.content_log.c.user_id == user_id)
        if content_id is not None:
            query = query.where(t.content_log.c.content_id == content_id)
        return await self._all(
            ContentLogRow, query.order_by(t.content_log.c.at, t.content_log.c.id)
        )

    # ------------------------------------------------------------------ cases and reports

    async def create_case(self, case: CaseRow) -> None:
        await self._insert(t.cases, case)

    async def get_case(self, case_id: str) -> CaseRow | None:
        return await self._one(CaseRow, select(t.cases).where(t.cases.c.id == case_id))

    async def open_case_for(self, target_type: str, target_id: str) -> CaseRow | None:
        return await self._one(
            CaseRow,
            select(t.cases).where(
                t.cases.c.target_type == target_type,
                t.cases.c.target_id == target_id,
                t.cases.c.status == rules.CaseStatus.OPEN.value,
            ),
        )

    async def update_case(self, case_id: str, **values: object) -> None:
        if "urgent" in values:
            values["urgent"] = int(bool(values["urgent"]))
        async with self.engine.begin() as conn:
            await conn.execute(update(t.cases).where(t.cases.c.id == case_id).values(**values))

    async def list_cases(self, statuses: Sequence[str], limit: int) -> list[CaseRow]:
        query = (
            select(t.cases)
            .where(t.cases.c.status.in_(list(statuses)))
            .order_by(
                t.cases.c.urgent.desc(),
                t.cases.c.severity,
                func.coalesce(t.cases.c.score, 1.0).desc(),
                t.cases.c.created_at,
            )
            .limit(limit)
        )
        return await self._all(CaseRow, query)

    async def cases_of_user(self, user_id: str) -> list[CaseRow]:
        return await self._all(
            CaseRow,
            select(t.cases)
            .where(t.cases.c.target_user_id == user_id)
            .order_by(t.cases.c.created_at),
        )

    async def cases_between(self, start: float, end: float) -> list[CaseRow]:
        return await self._all(
            CaseRow,
            select(t.cases).where(t.cases.c.created_at >= start, t.cases.c.created_at < end),
        )

    async def add_labels(self, labels: Sequence[LabelRow]) -> None:
        if labels:
            async with self.engine.begin() as conn:
                await conn.execute(insert(t.detection_labels), [_values(x) for x in labels])

    async def labels_between(self, start: float, end: float) -> list[LabelRow]:
        return await self._all(
            LabelRow,
            select(t.detection_labels)
            .where(t.detection_labels.c.decided_at >= start, t.detection_labels.c.decided_at < end)
            .order_by(t.detection_labels.c.decided_at, t.detection_labels.c.id),
        )

    async def add_report(self, report: ReportRow) -> None:
        await self._insert(t.reports, report)

    async def reports_of_case(self, case_id: str) -> list[ReportRow]:
        return await self._all(
            ReportRow,
            select(t.reports)
            .where(t.reports.c.case_id == case_id)
            .order_by(t.reports.c.created_at),
        )

    async def reports_between(self, start: float, end: float) -> list[ReportRow]:
        return await self._all(
            ReportRow,
            select(t.reports).where(t.reports.c.created_at >= start, t.reports.c.created_at < end),
        )

    # ------------------------------------------------------------------ evidence

    async def add_evidence(self, evidence: EvidenceRow) -> None:
        await self._insert(t.evidence, evidence)

    async def evidence_of_case(self, case_id: str) -> list[EvidenceRow]:
        return await self._all(
            EvidenceRow,
            select(t.evidence)
            .where(t.evidence.c.case_id == case_id)
            .order_by(t.evidence.c.sealed_at),
        )

    async def extend_evidence(self, case_id: str, retain_until: float) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.evidence)
                .where(t.evidence.c.case_id == case_id, t.evidence.c.retain_until < retain_until)
                .values(retain_until=retain_until)
            )

    # ------------------------------------------------------------------ sanctions

    async def add_sanction(self, sanction: SanctionRow) -> None:
        await self._insert(t.sanctions, sanction)

    async def get_sanction(self, sanction_id: str) -> SanctionRow | None:
        return await self._one(
            SanctionRow, select(t.sanctions).where(t.sanctions.c.id == sanction_id)
        )

    async def revoke_sanction(self, sanction_id: str, now: float) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.sanctions).where(t.sanctions.c.id == sanction_id).values(revoked_at=now)
            )

    async def revoke_statement(self, statement_id: str, now: float) -> None:
        """Revoke every sanction row a statement created (one per bound device/address)."""
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.sanctions)
                .where(
                    t.sanctions.c.statement_id == statement_id, t.sanctions.c.revoked_at.is_(None)
                )
                .values(revoked_at=now)
            )

    async def active_sanctions(self, now: float) -> list[SanctionRow]:
        c = t.sanctions.c
        return await self._all(
            SanctionRow,
            select(t.sanctions).where(
                c.starts_at <= now,
                or_(c.ends_at.is_(None), c.ends_at > now),
                c.revoked_at.is_(None),
            ),
        )

    async def sanctions_matching(
        self, user_id: str | None, device_hash: str | None, ip_hash: str | None
    ) -> list[SanctionRow]:
        c = t.sanctions.c
        conditions = [
            col == value
            for col, value in (
                (c.user_id, user_id),
                (c.device_hash, device_hash),
                (c.ip_hash, ip_hash),
            )
            if value
        ]
        if not conditions:
            return []
        return await self._all(
            SanctionRow, select(t.sanctions).where(or_(*conditions)).order_by(c.starts_at)
        )

    # ------------------------------------------------------------------ statements, notices

    async def add_statement(self, statement: StatementRow) -> None:
        await self._insert(t.statements, statement)

    async def get_statement(self, statement_id: str) -> StatementRow | None:
        return await self._one(
            StatementRow, select(t.statements).where(t.statements.c.id == statement_id)
        )

    async def add_notice(self, notice: NoticeRow) -> None:
        await self._insert(t.notices, notice)

    async def get_notice(self, notice_id: str) -> NoticeRow | None:
        return await self._one(NoticeRow, select(t.notices).where(t.notices.c.id == notice_id))

    async def notices_of_user(self, user_id: str) -> list[NoticeRow]:
        return await self._all(
            NoticeRow,
            select(t.notices)
            .where(t.notices.c.user_id == user_id)
            .order_by(t.notices.c.created_at.desc()),
        )

    async def mark_notice_read(self, notice_id: str, now: float) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.notices)
                .where(t.notices.c.id == notice_id, t.notices.c.read_at.is_(None))
                .values(read_at=now)
            )

    # ------------------------------------------------------------------ appeals

    async def add_appeal(self, appeal: AppealRow) -> None:
        await self._insert(t.appeals, appeal)

    async def get_appeal(self, appeal_id: str) -> AppealRow | None:
        return await self._one(AppealRow, select(t.appeals).where(t.appeals.c.id == appeal_id))

    async def appeal_for_statement(self, statement_id: str) -> AppealRow | None:
        return await self._one(
            AppealRow, select(t.appeals).where(t.appeals.c.statement_id == statement_id)
        )

    async def appeal_for_notice(self, notice_id: str) -> AppealRow | None:
        return await self._one(
            AppealRow, select(t.appeals).where(t.appeals.c.notice_id == notice_id)
        )

    async def appeals_of_case(self, case_id: str) -> list[AppealRow]:
        return await self._all(
            AppealRow,
            select(t.appeals)
            .where(t.appeals.c.case_id == case_id)
            .order_by(t.appeals.c.created_at),
        )

    async def list_appeals(self, state: str) -> list[AppealRow]:
        return await self._all(
            AppealRow,
            select(t.appeals).where(t.appeals.c.state == state).order_by(t.appeals.c.created_at),
        )

    async def decide_appeal(
        self, appeal_id: str, state: str, decided_by: str, now: float, explanation: str
    ) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.appeals)
                .where(t.appeals.c.id == appeal_id)
                .values(state=state, decided_by=decided_by, decided_at=now, explanation=explanation)
            )

    async def appeals_between(self, start: float, end: float) -> list[AppealRow]:
        return await self._all(
            AppealRow,
            select(t.appeals).where(t.appeals.c.created_at >= start, t.appeals.c.created_at < end),
        )

    # ------------------------------------------------------------------ audit chain

    async def append_audit(
        self, at: float, actor: str, action: str, subject: str, details: str
    ) -> AuditRow:
        """The UPDATE of the single head row locks it: concurrent writers (several nodes)
        queue up, so the chain never forks."""
        entry = {"at": at, "actor": actor, "action": action, "subject": subject, "details": details}
        async with self.engine.begin() as conn:
            head = (
                await conn.execute(
                    update(t.audit_head)
                    .where(t.audit_head.c.id == 1)
                    .values(seq=t.audit_head.c.seq + 1)
                    .returning(t.audit_head.c.seq, t.audit_head.c.hash)
                )
            ).one()
            seq, prev_hash = int(head.seq), str(head.hash)
            digest = chain_hash(prev_hash, {"seq": seq, **entry})
            await conn.execute(
                update(t.audit_head).where(t.audit_head.c.id == 1).values(hash=digest)
            )
            row = AuditRow(
                seq=seq,
                at=at,
                actor=actor,
                action=action,
                subject=subject,
                details=details,
                prev_hash=prev_hash,
                hash=digest,
            )
            await conn.execute(insert(t.audit_log).values(**_values(row)))
        return row

    async def audit_head(self) -> tuple[int, str]:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(t.audit_head.c.seq, t.audit_head.c.hash).where(t.audit_head.c.id == 1)
                )
            ).one()
        return int(row.seq), str(row.hash)

    async def audit_entries(self) -> list[AuditRow]:
        return await self._all(AuditRow, select(t.audit_log).order_by(t.audit_log.c.seq))

    # ------------------------------------------------------------------ retention

    async def purge(self, now: float, horizons: dict[str, float]) -> dict[str, int]:
        """Apply the retention table (docs/moderation.md). ``horizons`` maps a kind to the
        time before which its records go."""
        counts: dict[str, int] = {}
        async with self.engine.begin() as conn:
            open_cases = select(t.cases.c.id).where(
                t.cases.c.status.in_([s.value for s in rules.UNDER_REVIEW])
            )
            counts["content_log"] = await _delete(
                conn, t.content_log, t.content_log.c.at < horizons["content_log"]
            )
            counts["evidence"] = await _delete(
                conn,
                t.evidence,
                and_(t.evidence.c.retain_until < now, t.evidence.c.case_id.not_in(open_cases)),
            )
            ended = and_(
                or_(
                    t.sanctions.c.ends_at < horizons["sanctions"],
                    t.sanctions.c.revoked_at < horizons["sanctions"],
                ),
                or_(t.sanctions.c.case_id.is_(None), t.sanctions.c.case_id.not_in(open_cases)),
            )
            gone = select(t.sanctions.c.statement_id).where(ended)
            counts["appeals"] = await _delete(conn, t.appeals, t.appeals.c.statement_id.in_(gone))
            counts["notices"] = await _delete(conn, t.notices, t.notices.c.statement_id.in_(gone))
            counts["statements"] = await _delete(conn, t.statements, t.statements.c.id.in_(gone))
            counts["sanctions"] = await _delete(conn, t.sanctions, ended)
            # A case goes a year after its decision once nothing needs it any more (no
            # review pending, no sanction standing or kept, no evidence kept), and with it
            # its reports (the reporters' contacts), its notices and its appeals.
            done = select(t.cases.c.id).where(
                t.cases.c.status.not_in([s.value for s in rules.UNDER_REVIEW]),
                t.cases.c.decided_at < horizons["cases"],
                t.cases.c.id.not_in(
                    select(t.sanctions.c.case_id).where(t.sanctions.c.case_id.is_not(None))
                ),
                t.cases.c.id.not_in(select(t.evidence.c.case_id)),
            )
            counts["reports"] = await _delete(conn, t.reports, t.reports.c.case_id.in_(done))
            counts["notices"] += await _delete(conn, t.notices, t.notices.c.case_id.in_(done))
            counts["appeals"] += await _delete(conn, t.appeals, t.appeals.c.case_id.in_(done))
            counts["cases"] = await _delete(conn, t.cases, t.cases.c.id.in_(done))
            # Training labels hold message text: kept as long as sealed evidence is.
            counts["labels"] = await _delete(
                conn, t.detection_labels, t.detection_labels.c.decided_at < horizons["labels"]
            )
            counts["staff_sessions"] = await _delete(
                conn, t.staff_sessions, t.staff_sessions.c.expires_at < now
            )
        return counts

    async def users_to_keep(self) -> list[str]:
        """Guests referenced by a case or a sanction are kept with them."""
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.cases.c.target_user_id)
                    .where(t.cases.c.target_user_id.is_not(None))
                    .union(select(t.sanctions.c.user_id).where(t.sanctions.c.user_id.is_not(None)))
                )
            ).all()
        return [str(r[0]) for r in rows]


async def _delete(conn: AsyncConnection, table: Table, where: ColumnElement[bool]) -> int:
    """DELETE the rows of ``table`` matching ``where``; how many went."""
    result = await conn.execute(delete(table).where(where))
    return int(result.rowcount or 0)
