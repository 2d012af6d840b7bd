"""Appeals (DSA art. 20): filed from a notice's link within six months, decided by another
moderator than the one who decided."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import AppealState, CaseEvent
from papote.messages import notice_text
from papote.ports import AppealRow, Clock, ModerationStore, StaffRow
from papote.service.moderation.audit import Audit
from papote.service.moderation.guard import Guard
from papote.service.moderation.notices import Notices


@dataclass(kw_only=True, eq=False)
class Appeals:
    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    guard: Guard
    notices: Notices
    audit: Audit

    async def do_appeal(self, notice_id: str, key: str, text: str) -> AppealRow:
        """Contest the decision a notice carries.

        Raises:
            DomainError: ``no_such_notice``, ``not_appealable``, ``already_appealed``,
                ``appeal_window_closed``, ``empty_text``.
        """
        notice = await self.notices.check_notice(notice_id, key)
        now = self.clock.now()
        await self.mstore.mark_notice_read(notice.id, now)
        if notice.statement_id is None:
            raise DomainError("not_appealable")
        statement = await self.mstore.get_statement(notice.statement_id)
        assert statement is not None
        existing = await self.mstore.appeal_for_statement(statement.id)
        rules.check_can_appeal(statement.created_at, now, existing is not None)
        body = text.strip()[: rules.EXPLANATION_MAX]
        if not body:
            raise DomainError("empty_text", field="text")
        case = await self.mstore.get_case(statement.case_id) if statement.case_id else None
        status = rules.next_case_status(case.status, CaseEvent.APPEAL) if case else None
        appeal = AppealRow(
            id=self.new_id(),
            statement_id=statement.id,
            notice_id=notice.id,
            user_id=notice.user_id,
            text=body,
            state=AppealState.PENDING.value,
            created_at=now,
        )
        await self.mstore.add_appeal(appeal)
        if case is not None and status is not None:
            await self.mstore.update_case(case.id, status=status.value)
        await self.audit.audit("user", "appeal", statement.id, {"appeal": appeal.id})
        return appeal

    async def do_decide_appeal(
        self, staff: StaffRow, appeal_id: str, outcome: str, explanation: str
    ) -> AppealRow:
        """Uphold or reverse; a reversal revokes the sanction on every node at once.

        Raises:
            DomainError: ``no_such_appeal``, ``same_moderator``, ``bad_request_state``.
        """
        appeal = await self.mstore.get_appeal(appeal_id)
        if appeal is None:
            raise DomainError("no_such_appeal")
        statement = await self.mstore.get_statement(appeal.statement_id)
        assert statement is not None
        state = rules.decide_appeal(
            AppealState(appeal.state),
            outcome,
            decider=staff.id,
            original_decider=statement.decided_by,
        )
        case = await self.mstore.get_case(statement.case_id) if statement.case_id else None
        status = rules.next_case_status(case.status, CaseEvent.REVIEW) if case else None
        now = self.clock.now()
        await self.mstore.decide_appeal(appeal.id, state.value, staff.id, now, explanation)
        if state is AppealState.REVERSED and statement.sanction_id:
            await self.mstore.revoke_statement(statement.id, now)
            await self.guard.reload()
            await self.guard.changed()
        if case is not None and status is not None:
            await self.mstore.update_case(case.id, status=status.value)
        text = notice_text(
            "appeal_decision.reversed"
            if state is AppealState.REVERSED
            else "appeal_decision.upheld"
        )
        await self.notices.notify(
            appeal.user_id,
            "appeal_decision",
            notice_text("appeal_decision.title"),
            f"{text} {explanation}".strip(),
            case_id=statement.case_id,
        )
        await self.audit.audit(staff.id, "decide_appeal", appeal.id, {"outcome": state.value})
        decided = await self.mstore.get_appeal(appeal.id)
        assert decided is not None
        return decided
