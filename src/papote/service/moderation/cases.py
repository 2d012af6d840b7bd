"""Cases as moderators see them: the queue, a case's file, own-initiative cases, and the
threat-to-life escalation (DSA art. 18)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import CaseStatus, Source
from papote.ports import CaseRow, Clock, ModerationStore, StaffRow, Store
from papote.service.moderation.audit import Audit
from papote.service.moderation.evidence import Evidence, profile, public
from papote.service.moderation.export import Exports
from papote.service.moderation.held import HeldMessages


@dataclass(kw_only=True, eq=False)
class Cases:
    store: Store
    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    evidence: Evidence
    audit: Audit
    exports: Exports
    held: HeldMessages | None = None  # which cases hold salon messages (the queue marks them)
    # A held message unread this long: its case rises one band (0: no limit).
    held_max_seconds: float = 0.0

    async def do_open_case(
        self, staff: StaffRow, target_type: str, target_id: str, category: str
    ) -> CaseRow:
        """An own-initiative case (source: voluntary); evidence is sealed the same way."""
        kind, cat, _, _ = rules.check_report(target_type, category, "", None)
        now = self.clock.now()
        target = await self.evidence.target(kind, target_id, None)
        case = CaseRow(
            id=self.new_id(),
            target_type=kind.value,
            target_id=target_id,
            target_user_id=target.user_id,
            room_id=target.room_id,
            category=cat.value,
            severity=rules.SEVERITY[cat],
            status=CaseStatus.OPEN.value,
            urgent=False,
            source=Source.VOLUNTARY.value,
            created_at=now,
        )
        await self.mstore.create_case(case)
        await self.evidence.seal(
            case.id,
            {
                "reason": "own_initiative",
                "target_type": kind.value,
                "target_id": target_id,
                **target.content,
            },
            now,
        )
        await self.audit.audit(
            staff.id, "open_case", case.id, {"target": target_id, "category": cat.value}
        )
        return case

    async def queue(self, statuses: Sequence[str], limit: int = 200) -> list[dict[str, Any]]:
        """The moderation queue with, for each case, who it is about, how many reports, and
        how many salon messages it holds before their delivery (``held``, the oldest one's
        time ``held_since``, ``held_overdue`` past the time limit), in the order of
        ``rules.queue_rank``: the store ranks by urgency, severity and score, and a held
        case moves up within that (the store is asked for twice ``limit`` so that a held
        case just past it is not left out)."""
        now = self.clock.now()
        ranked = []
        for case in await self.mstore.list_cases(statuses, 2 * limit):
            target = await self.store.get_user(case.target_user_id) if case.target_user_id else None
            reports = await self.mstore.reports_of_case(case.id)
            waiting = await self.held.of_case(case) if self.held is not None else []
            since = min((m.ts / 1000 for m in waiting), default=None)
            overdue = (
                since is not None
                and self.held_max_seconds > 0
                and now - since >= self.held_max_seconds
            )
            item = {
                **public(case),
                "target_pseudo": target.pseudo if target else None,
                "reports": len(reports),
                "held": len(waiting),
                "held_since": since,
                "held_overdue": overdue,
            }
            rank = rules.queue_rank(
                urgent=case.urgent,
                severity=case.severity,
                score=case.score,
                created_at=case.created_at,
                holds=len(waiting),
                overdue=overdue,
            )
            ranked.append((rank, item))
        ranked.sort(key=lambda pair: pair[0])
        return [item for _, item in ranked[:limit]]

    async def case_detail(self, staff: StaffRow, case_id: str) -> dict[str, Any]:
        case = await self.mstore.get_case(case_id)
        if case is None:
            raise DomainError("no_such_case")
        evidence = []
        for row in await self.mstore.evidence_of_case(case_id):
            content = json.loads(row.content)
            evidence.append(
                {
                    "id": row.id,
                    "sha256": row.sha256,
                    "sealed_at": row.sealed_at,
                    "intact": rules.seal(content) == row.sha256,
                    "content": content,
                }
            )
        history: dict[str, Any] = {"cases": [], "sanctions": []}
        if case.target_user_id:
            target = await self.store.get_user(case.target_user_id)
            history["user"] = profile(target)
            history["cases"] = [
                public(c) for c in await self.mstore.cases_of_user(case.target_user_id)
            ]
            history["sanctions"] = [
                public(s)
                for s in await self.mstore.sanctions_matching(
                    case.target_user_id,
                    target.device_hash if target else None,
                    target.ip_hash if target else None,
                )
            ]
        reports = [
            {
                "id": r.id,
                "category": r.category,
                "explanation": r.explanation,
                "created_at": r.created_at,
                "has_contact": r.contact is not None,
            }
            for r in await self.mstore.reports_of_case(case_id)
        ]
        await self.audit.audit(staff.id, "view_case", case_id, {})
        return {"case": public(case), "reports": reports, "evidence": evidence, "history": history}

    async def do_escalate(self, staff: StaffRow, case_id: str, request_ref: str) -> Path:
        """Threat to life or safety (DSA art. 18): mark urgent and produce the bundle for
        the authorities (in France: PHAROS / the police).

        Raises:
            DomainError: ``missing_field`` (a blank reference: checked before anything
                happens), ``no_such_case``.
        """
        request_ref = self.exports.check_request_ref(request_ref)
        case = await self.mstore.get_case(case_id)
        if case is None:
            raise DomainError("no_such_case")
        await self.mstore.update_case(case_id, urgent=True)
        await self.mstore.extend_evidence(case_id, self.clock.now() + 365 * rules.DAY)
        await self.audit.audit(staff.id, "escalate", case_id, {"request_ref": request_ref})
        if case.target_user_id:
            return await self.exports.export(staff.id, request_ref, user_id=case.target_user_id)
        return await self.exports.export(staff.id, request_ref, content_id=case.target_id)
