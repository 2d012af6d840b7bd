"""Decisions on cases: the sanction, the statement of reasons (DSA art. 17) in the person's
notice inbox, the reporters told (art. 16(5)), the audit entry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import Action, CaseEvent, Category, Ground, Source, TargetType
from papote.messages import notice_text, until_text
from papote.ports import (
    CaseRow,
    Clock,
    ContentLogRow,
    Envelope,
    ModerationStore,
    RoomAddress,
    SanctionRow,
    StaffRow,
    StatementRow,
    Store,
    StoredMessage,
)
from papote.protocol import wire
from papote.protocol.codec import encode_frame
from papote.service.control import Forget, control_envelope
from papote.service.moderation.audit import Audit
from papote.service.moderation.automated import AutomatedCases
from papote.service.moderation.guard import PERSON_ACTIONS, Guard, Publish, sanction_rows
from papote.service.moderation.held import HeldMessages
from papote.service.moderation.notices import Notices


@dataclass(frozen=True, slots=True)
class Decision:
    """What a moderator decided on a case."""

    action: Action
    category: Category
    ground: Ground
    reference: str
    facts: str
    duration: float | None = None  # seconds, for timed rungs
    slow_seconds: int | None = None  # for room_slow


@dataclass(kw_only=True, eq=False)
class Decisions:
    store: Store
    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    guard: Guard
    notices: Notices
    audit: Audit
    publish: Publish
    node_id: str
    automated: AutomatedCases | None = None  # keeps decisions on its cases as labels
    held: HeldMessages | None = None  # the case's held messages: released or refused

    async def do_decide(self, staff: StaffRow, case_id: str, decision: Decision) -> CaseRow:
        """Apply a decision: sanction, statement of reasons, notices, audit.

        Raises:
            DomainError: ``no_such_case``, ``case_closed``, ``bad_duration``, ``bad_action``,
                ``never_sanctioned`` (a restriction on a person in danger).
        """
        case = await self.mstore.get_case(case_id)
        if case is None:
            raise DomainError("no_such_case")
        status = rules.next_case_status(case.status, CaseEvent.DECIDE)
        now = self.clock.now()
        action = decision.action
        rules.check_can_restrict(decision.category, action)
        ends = rules.sanction_end(action, now, decision.duration)
        statement: StatementRow | None = None
        held = (
            await self.held.of_case(case)
            if self.held is not None and case.detected is not None
            else []
        )
        if action in rules.ROOM_ACTIONS:
            await self._room_action(staff, case, decision, ends, now)
        elif action is not Action.DISMISS:
            statement = await self._restrict(staff, case, decision, ends, now, held)
        await self.mstore.update_case(
            case.id,
            status=status.value,
            decided_at=now,
            decided_by=staff.id,
            decision=action.value,
        )
        await self._tell_reporters(case, action)
        released = (
            await self.automated.do_release_requests(case)
            if action is Action.DISMISS and self.automated is not None
            else []
        )
        for message in held:  # no violation: delivered; anything else: refused
            assert self.held is not None
            if action is Action.DISMISS:
                await self.held.do_release(message)
            else:
                await self.held.do_reject(message)
        held_outcome = "released" if action is Action.DISMISS else "refused"
        labels = 0
        if case.detected is not None and self.automated is not None:
            labels = len(
                await self.automated.do_record_labels(staff, case, action, decision.category)
            )
        await self.audit.audit(
            staff.id,
            "decide",
            case.id,
            {
                "action": action.value,
                "category": decision.category.value,
                "ground": decision.ground.value,
                "reference": decision.reference,
                "duration": decision.duration,
                "statement": statement.id if statement else None,
                **({"labels": labels} if labels else {}),
                **({held_outcome: [m.msg_id for m in held]} if held else {}),
                **({"requests_released": [r.id for r in released]} if released else {}),
            },
        )
        if action is not Action.DISMISS:
            await self.guard.changed()
        updated = await self.mstore.get_case(case.id)
        assert updated is not None
        return updated

    async def _restrict(
        self,
        staff: StaffRow,
        case: CaseRow,
        decision: Decision,
        ends: float | None,
        now: float,
        held: list[StoredMessage],
    ) -> StatementRow:
        action = decision.action
        user_id = case.target_user_id
        if user_id is None:
            raise DomainError("bad_action", field="action")
        if action in rules.IN_ROOM and case.room_id is None:
            raise DomainError("bad_action", field="action")  # a kick is out of one room
        voice = case.target_type == TargetType.VOICE.value
        if action is Action.VOICE_REMOVE and not voice:
            raise DomainError("bad_action", field="action")  # only a voice participant
        target = await self.store.get_user(user_id)
        content_date: float | None = None
        if action is Action.DELETE_MESSAGE:
            if case.target_type != TargetType.MESSAGE.value:
                raise DomainError("bad_action", field="action")
            waiting = next((m for m in held if m.msg_id == case.target_id), None)
            # A held message is refused, not deleted: kept as evidence (do_decide).
            deleted = None if waiting else await self.store.delete_message(case.target_id)
            if waiting is not None:
                content_date = waiting.ts / 1000
            elif deleted is not None:
                content_date = deleted.ts / 1000
                await self._message_deleted(deleted)
                await self.mstore.log_content(
                    [
                        ContentLogRow(
                            at=now,
                            user_id=staff.id,
                            pseudo=f"staff:{staff.login}",
                            ip="-",
                            port=0,
                            protocol="moderation",
                            content_type="message",
                            content_id=deleted.msg_id,
                            operation="delete",
                        )
                    ]
                )
        sanction_id = self.new_id()
        puid = f"papote-{self.new_id()}"
        body = rules.statement_of_reasons(
            puid=puid,
            action=action,
            category=decision.category,
            ground=decision.ground,
            reference=decision.reference,
            facts=decision.facts,
            source=Source(case.source),
            content_type="CONTENT_TYPE_AUDIO" if voice else "CONTENT_TYPE_TEXT",
            content_date=content_date,
            application_date=now,
            end_date=ends,
            automated_detection=case.detected is not None,
        )
        statement = StatementRow(
            id=puid,
            case_id=case.id,
            sanction_id=sanction_id,
            user_id=user_id,
            body=rules.canonical_json(body).decode(),
            decided_by=staff.id,
            created_at=now,
        )
        await self.mstore.add_statement(statement)
        # A mute, suspension or ban binds the person: their id, the device (and, for the
        # categories of rules.ADDRESS_BOUND, the address) of the session's creation, and
        # those they are connected from right now (they may differ), one row each. Other
        # restrictions bind the id alone.
        bindings = (
            self.guard.bindings(
                user_id, target, addresses=rules.binds_addresses(action, decision.category)
            )
            if action in PERSON_ACTIONS
            else [(None, None)]
        )
        await self.guard.add_sanctions(
            sanction_rows(
                sanction_id,
                bindings,
                case_id=case.id,
                action=action,
                user_id=user_id,
                room_id=case.room_id if action in rules.IN_ROOM else None,
                starts_at=now,
                ends_at=now if action in rules.ONE_OFF else ends,
                created_by=staff.id,
                statement_id=puid,
            )
        )
        timed = ends is not None or action in PERSON_ACTIONS
        await self.notices.notify(
            user_id,
            "statement_of_reasons",
            notice_text(f"title.{action.value}"),
            notice_text(
                "statement.body",
                facts=decision.facts,
                reference=decision.reference,
                duration=notice_text("statement.duration", until=until_text(ends)) if timed else "",
            )
            + (notice_text("statement.detected") if case.detected is not None else ""),
            statement=statement,
            case_id=case.id,
            appealable=True,
        )
        return statement

    async def _room_action(
        self, staff: StaffRow, case: CaseRow, decision: Decision, ends: float | None, now: float
    ) -> None:
        room_id = case.room_id or (case.target_id if case.target_type in ("room", "dm") else None)
        if room_id is None:
            raise DomainError("bad_action", field="action")
        if decision.action is Action.ROOM_SLOW and not (decision.slow_seconds or 0) > 0:
            raise DomainError("bad_duration", field="slow_seconds")
        await self.guard.add_sanctions(
            [
                SanctionRow(
                    id=self.new_id(),
                    case_id=case.id,
                    action=decision.action.value,
                    user_id=None,
                    room_id=room_id,
                    device_hash=None,
                    ip_hash=None,
                    starts_at=now,
                    ends_at=ends,
                    revoked_at=None,
                    created_by=staff.id,
                    param=decision.slow_seconds,
                )
            ]
        )

    async def _message_deleted(self, message: StoredMessage) -> None:
        """Take the message off every screen and out of every node's history ring."""
        frame = wire.MessageDeleted(room=message.room_id, msg_id=message.msg_id)
        await self.publish(
            Envelope(
                to=RoomAddress(message.room_id),
                kind="notice",
                sender_id="system",
                payload=encode_frame(frame),
                origin=self.node_id,
            )
        )
        await self.publish(
            control_envelope(Forget(room=message.room_id, msg_id=message.msg_id), self.node_id)
        )

    async def _tell_reporters(self, case: CaseRow, action: Action) -> None:
        """DSA art. 16(5): the person who reported is told the decision."""
        outcome = (
            "report_decision.dismiss" if action is Action.DISMISS else "report_decision.action"
        )
        # DSA art. 20(1): the reporter may contest it too (a decision not to act
        # included), and is told how, with the other ways of redress (art. 21, courts).
        body = notice_text(outcome) + " " + notice_text("report_decision.redress")
        for report in await self.mstore.reports_of_case(case.id):
            await self.notices.notify(
                report.reporter_id,
                "report_decision",
                notice_text("report_decision.title"),
                body,
                case_id=case.id,
                appealable=report.reporter_id is not None,
            )
