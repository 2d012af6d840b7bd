"""Reports from users (notice and action, DSA art. 16): seal, open or join a case,
acknowledge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import structlog

from papote.domain import moderation as rules
from papote.domain.moderation import CaseStatus, Source
from papote.messages import notice_text
from papote.ports import CaseRow, Clock, ModerationStore, ReportRow, UserRow
from papote.protocol import wire
from papote.service.moderation.evidence import Evidence
from papote.service.moderation.notices import Notices

log = structlog.get_logger(__name__)


@dataclass(kw_only=True, eq=False)
class Reports:
    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    evidence: Evidence
    notices: Notices

    async def do_report(
        self, user: UserRow, in_rooms: set[str], frame: wire.Report
    ) -> wire.ReportAck:
        """A notice from a user: seal the evidence, open or join a case, acknowledge.

        The reporter can only point at what they could see: a message of a room they are
        in, a user, a room they are in, or one of their own DMs.
        """
        kind, category, explanation, contact = rules.check_report(
            frame.target_type, frame.category, frame.explanation, frame.contact
        )
        now = self.clock.now()
        target = await self.evidence.target(
            kind, frame.target_id, in_rooms, user.id, still=frame.still
        )
        case = await self.mstore.open_case_for(kind.value, frame.target_id)
        severity = rules.SEVERITY[category]
        if case is None:
            case = CaseRow(
                id=self.new_id(),
                target_type=kind.value,
                target_id=frame.target_id,
                target_user_id=target.user_id,
                room_id=target.room_id,
                category=category.value,
                severity=severity,
                status=CaseStatus.OPEN.value,
                urgent=False,
                source=Source.ARTICLE_16.value,
                created_at=now,
            )
            await self.mstore.create_case(case)
        elif severity < case.severity:
            await self.mstore.update_case(case.id, severity=severity, category=category.value)
        await self.evidence.seal(
            case.id,
            {
                "reason": "report",
                "target_type": kind.value,
                "target_id": frame.target_id,
                **target.content,
            },
            now,
        )
        report_id, ack_id = self.new_id(), self.new_id()
        # The report first: its acknowledgement says which report it answers.
        await self.mstore.add_report(
            ReportRow(
                id=report_id,
                case_id=case.id,
                reporter_id=user.id,
                category=category.value,
                explanation=explanation,
                contact=contact,
                created_at=now,
                notice_id=ack_id,
            )
        )
        ack = await self.notices.notify(
            user.id,
            "report_received",
            notice_text("report_received.title"),
            notice_text("report_received.body"),
            case_id=case.id,
            notice_id=ack_id,
        )
        log.info("report received", case=case.id, category=category.value)
        return wire.ReportAck(report_id=report_id, notice_id=ack.id, re=frame.id)
