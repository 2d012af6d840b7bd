"""Appeals (DSA art. 20): filed from a notice's link within six months, decided by another
moderator than the one who decided."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import AppealState, CaseEvent, CaseStatus
from papote.messages import notice_text
from papote.ports import AppealRow, Clock, ModerationStore, StaffRow
from papote.service.moderation.audit import Audit
from papote.service.moderation.evidence import public
from papote.service.moderation.guard import Guard
from papote.service.moderation.held import HeldMessages
from papote.service.moderation.notices import Notices


@dataclass(kw_only=True, eq=False)
class Appeals:
    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    guard: Guard
    notices: Notices
    audit: Audit
    held: HeldMessages | None = None  # a refusal of held messages reversed: delivered

    async def do_appeal(self, notice_id: str, key: str, text: str) -> AppealRow:
        """Contest the decision a notice carries: a statement of reasons (the person
        restricted) or the decision on a report (the reporter, art. 20(1): a decision not
        to act included).

        Raises:
            DomainError: ``no_such_notice``, ``not_appealable``, ``already_appealed``,
                ``appeal_window_closed``, ``empty_text``.
        """
        notice = await self.notices.check_notice(notice_id, key)
        now = self.clock.now()
        await self.mstore.mark_notice_read(notice.id, now)
        statement = (
            await self.mstore.get_statement(notice.statement_id) if notice.statement_id else None
        )
        if statement is None and (notice.appealable_until is None or notice.case_id is None):
            raise DomainError("not_appealable")
        existing = await self.mstore.appeal_for_notice(notice.id)
        if statement is not None and existing is None:
            existing = await self.mstore.appeal_for_statement(statement.id)
        decided_at = statement.created_at if statement is not None else notice.created_at
        rules.check_can_appeal(decided_at, now, existing is not None)
        body = text.strip()[: rules.EXPLANATION_MAX]
        if not body:
            raise DomainError("empty_text", field="text")
        case_id = statement.case_id if statement is not None else notice.case_id
        case = await self.mstore.get_case(case_id) if case_id else None
        status = rules.next_case_status(case.status, CaseEvent.APPEAL) if case else None
        appeal = AppealRow(
            id=self.new_id(),
            statement_id=statement.id if statement is not None else None,
            notice_id=notice.id,
            user_id=notice.user_id,
            text=body,
            state=AppealState.PENDING.value,
            created_at=now,
            case_id=case_id,
        )
        await self.mstore.add_appeal(appeal)
        if case is not None and status is not None:
            await self.mstore.update_case(case.id, status=status.value)
        subject = statement.id if statement is not None else f"case:{case_id}"
        await self.audit.audit("user", "appeal", subject, {"appeal": appeal.id})
        return appeal

    async def listing(self, state: str) -> list[dict[str, Any]]:
        """The appeals in ``state`` with what each contests: the statement of reasons, or
        for a reporter's appeal the decision on the case (there may be no statement).

        Raises:
            DomainError: ``bad_state`` for an unknown state.
        """
        try:
            wanted = AppealState(state)
        except ValueError:
            raise DomainError("bad_state", field="state") from None
        out = []
        for appeal in await self.mstore.list_appeals(wanted.value):
            statement = (
                await self.mstore.get_statement(appeal.statement_id)
                if appeal.statement_id
                else None
            )
            case = await self.mstore.get_case(appeal.case_id) if appeal.case_id else None
            out.append(
                {
                    **public(appeal),
                    "statement": json.loads(statement.body) if statement else None,
                    "from_reporter": statement is None,
                    "decision": (
                        {"action": case.decision, "category": case.category}
                        if case is not None
                        else None
                    ),
                    "decided_by_original": (
                        statement.decided_by if statement else case.decided_by if case else None
                    ),
                }
            )
        return out

    async def do_decide_appeal(
        self, staff: StaffRow, appeal_id: str, outcome: str, explanation: str
    ) -> AppealRow:
        """Uphold or reverse. Reversing a person's appeal revokes the sanction on every
        node at once, and delivers the salon messages the decision refused (held before
        delivery: published at their place, as a moderator's Publier would, and the
        writer is told); reversing a reporter's reopens the case for a new decision.

        Raises:
            DomainError: ``no_such_appeal``, ``bad_outcome``, ``same_moderator``,
                ``bad_request_state``.
        """
        appeal = await self.mstore.get_appeal(appeal_id)
        if appeal is None:
            raise DomainError("no_such_appeal")
        chosen = rules.check_outcome(outcome)
        statement = (
            await self.mstore.get_statement(appeal.statement_id) if appeal.statement_id else None
        )
        case_id = statement.case_id if statement is not None else appeal.case_id
        case = await self.mstore.get_case(case_id) if case_id else None
        if statement is not None:
            original = statement.decided_by
        else:
            original = case.decided_by or "" if case is not None else ""
        state = rules.decide_appeal(
            AppealState(appeal.state), chosen.value, decider=staff.id, original_decider=original
        )
        reopen = statement is None and state is AppealState.REVERSED
        status: CaseStatus | None = None
        if case is not None and case.status == CaseStatus.APPEALED:
            # Reopened for a new decision, or closed once its last pending appeal is
            # decided (a case already reopened waits for that decision).
            pending = [
                a
                for a in await self.mstore.appeals_of_case(case.id)
                if a.id != appeal.id and a.state == AppealState.PENDING
            ]
            if reopen or not pending:
                event = CaseEvent.REOPEN if reopen else CaseEvent.REVIEW
                status = rules.next_case_status(case.status, event)
        now = self.clock.now()
        await self.mstore.decide_appeal(appeal.id, state.value, staff.id, now, explanation)
        if state is AppealState.REVERSED and statement is not None and statement.sanction_id:
            await self.mstore.revoke_statement(statement.id, now)
            await self.guard.reload()
            await self.guard.changed()
        released: list[str] = []
        held = self.held if state is AppealState.REVERSED and statement is not None else None
        if held is not None and case is not None:
            for message in await held.refused_of_case(case):
                if await held.do_release(message) is not None:
                    released.append(message.msg_id)
        if case is not None and status is not None:
            await self.mstore.update_case(case.id, status=status.value)
        text = notice_text(
            "appeal_decision.reopened"
            if reopen
            else "appeal_decision.reversed"
            if state is AppealState.REVERSED
            else "appeal_decision.upheld"
        )
        if released:
            many = len(released) > 1
            text += " " + notice_text(
                "appeal_decision.released_many" if many else "appeal_decision.released_one",
                count=len(released),
            )
        await self.notices.notify(
            appeal.user_id,
            "appeal_decision",
            notice_text("appeal_decision.title"),
            f"{text} {explanation}".strip(),
            case_id=case_id,
        )
        await self.audit.audit(
            staff.id,
            "decide_appeal",
            appeal.id,
            {"outcome": state.value, **({"released": released} if released else {})},
        )
        decided = await self.mstore.get_appeal(appeal.id)
        assert decided is not None
        return decided
