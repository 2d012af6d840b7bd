"""Moderation: the chat's guard, reports and the notice inbox, cases and decisions,
appeals, and compliance (audit, retention, lawful exports, transparency).

Each module is one handler with one job; ``build_moderation`` wires them for a node. The
chat depends on the guard (a port it is given at construction), never the other way
round: a sanction's change reaches every node's chat as a ``sanctions`` control message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from papote.domain import moderation as rules
from papote.domain.moderation import TargetType
from papote.ports import CaseRow, Clock, ModerationStore, StaffRow, Store
from papote.service.moderation.appeals import Appeals
from papote.service.moderation.audit import Audit
from papote.service.moderation.automated import AutomatedCases
from papote.service.moderation.cases import Cases
from papote.service.moderation.decisions import Decision, Decisions
from papote.service.moderation.evidence import Evidence
from papote.service.moderation.export import Exports
from papote.service.moderation.guard import Guard, Publish, SanctionIndex
from papote.service.moderation.held import HeldMessages, HeldReminders
from papote.service.moderation.notices import Notices
from papote.service.moderation.reports import Reports
from papote.service.moderation.retention import RetentionPurge


@dataclass(frozen=True, slots=True)
class Moderation:
    """The moderation handlers of one node."""

    mstore: ModerationStore
    guard: Guard
    notices: Notices
    reports: Reports
    cases: Cases
    decisions: Decisions
    appeals: Appeals
    audit: Audit
    automated: AutomatedCases
    held: HeldMessages
    reminders: HeldReminders
    exports: Exports
    retention: RetentionPurge

    async def start(self) -> None:
        await self.guard.reload()

    async def do_voice_removal(
        self, staff: StaffRow, room_id: str, user_id: str, decision: Decision
    ) -> CaseRow:
        """A moderator removes someone from a voice room, live: the open case of a report
        on that participant, or else one of the moderation's own initiative (their
        metadata sealed as for a report), then
        the decision ``voice_remove`` on it, so the person gets a statement of reasons in
        their notices like for any other restriction (DSA art. 17) and may appeal; the
        sanction reaches every node, and the one holding their voice disconnects them.

        Raises:
            DomainError: ``no_such_target`` (not in that voice room lately), and what
                ``Decisions.do_decide`` raises.
        """
        target = f"{room_id}/{user_id}"
        # Someone reported them there: that case is the one decided (its reporters are
        # told, art. 16(5)); otherwise one of the moderation's own initiative.
        case = await self.mstore.open_case_for(TargetType.VOICE.value, target)
        if case is None:
            case = await self.cases.do_open_case(
                staff, TargetType.VOICE.value, target, decision.category.value
            )
        return await self.decisions.do_decide(staff, case.id, decision)


def build_moderation(
    *,
    store: Store,
    mstore: ModerationStore,
    clock: Clock,
    new_id: Callable[[], str],
    secret: bytes,
    retention: rules.Retention,
    publish: Publish,
    live_keys: Callable[[str], set[str]],
    export_dir: Path,
    node_id: str,
    held_max_minutes: float = 0.0,
) -> Moderation:
    """Wire the handlers; each gets only what it uses."""
    audit = Audit(mstore=mstore, clock=clock)
    guard = Guard(
        mstore=mstore,
        clock=clock,
        new_id=new_id,
        publish=publish,
        live_keys=live_keys,
        node_id=node_id,
    )
    notices = Notices(
        mstore=mstore, clock=clock, new_id=new_id, secret=secret, publish=publish, node_id=node_id
    )
    evidence = Evidence(store=store, mstore=mstore, new_id=new_id, retention=retention)
    exports = Exports(
        store=store, mstore=mstore, clock=clock, new_id=new_id, audit=audit, export_dir=export_dir
    )
    held = HeldMessages(store=store, mstore=mstore)
    automated = AutomatedCases(
        store=store,
        mstore=mstore,
        clock=clock,
        new_id=new_id,
        evidence=evidence,
        guard=guard,
        notices=notices,
        audit=audit,
    )
    return Moderation(
        mstore=mstore,
        guard=guard,
        notices=notices,
        reports=Reports(
            mstore=mstore, clock=clock, new_id=new_id, evidence=evidence, notices=notices
        ),
        cases=Cases(
            store=store,
            mstore=mstore,
            clock=clock,
            new_id=new_id,
            evidence=evidence,
            audit=audit,
            exports=exports,
            held=held,
            held_max_seconds=held_max_minutes * 60,
        ),
        decisions=Decisions(
            store=store,
            mstore=mstore,
            clock=clock,
            new_id=new_id,
            guard=guard,
            notices=notices,
            audit=audit,
            publish=publish,
            node_id=node_id,
            automated=automated,
            held=held,
        ),
        appeals=Appeals(
            mstore=mstore,
            clock=clock,
            new_id=new_id,
            guard=guard,
            notices=notices,
            audit=audit,
            held=held,
        ),
        audit=audit,
        automated=automated,
        held=held,
        reminders=HeldReminders(
            held=held,
            mstore=mstore,
            clock=clock,
            notices=notices,
            audit=audit,
            max_seconds=held_max_minutes * 60,
        ),
        exports=exports,
        retention=RetentionPurge(
            store=store,
            mstore=mstore,
            clock=clock,
            retention=retention,
            audit=audit,
            export_dir=export_dir,
        ),
    )


__all__ = ["Decision", "Guard", "Moderation", "SanctionIndex", "build_moderation"]
