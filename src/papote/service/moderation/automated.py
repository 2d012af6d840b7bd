"""Cases opened by the risk detector, on the moderation system's own records
(docs/moderation.md "Automated detection", issue 12 §4 and §5).

The detector never decides a sanction but one: a person who writes that they are under
18 is shown out at once (Papote is for adults), with a statement of reasons and a
cool-down on their device and address. Everything else goes to a person: a case in the
queue with the conversation sealed as evidence (the same seal as a report), the matched
spans recorded so the console can highlight them, ranked by category then score. The
moderator's decision on such a case is kept as a label for training the detector
(exported by ``papote admin labels export``, never shipped).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import structlog

from papote.domain import moderation as rules
from papote.domain.dm import DmEvent, DmState, next_state
from papote.domain.moderation import Action, CaseStatus, Category, Ground, Source, TargetType
from papote.messages import notice_text, until_text
from papote.ports import (
    CaseRow,
    Clock,
    DmRequestRow,
    LabelRow,
    ModerationStore,
    StaffRow,
    StatementRow,
    Store,
    StoredMessage,
)
from papote.service.moderation.audit import Audit
from papote.service.moderation.evidence import (
    EVIDENCE_CONTEXT,
    Evidence,
    message_record,
    profile,
)
from papote.service.moderation.guard import MINOR_COOLDOWN, Guard, sanction_rows
from papote.service.moderation.notices import Notices

log = structlog.get_logger(__name__)

SYSTEM = "system:detection"
CONVERSATION_TURNS = 2 * EVIDENCE_CONTEXT  # a DM's last turns sealed with a detection


@dataclass(frozen=True, slots=True)
class Flag:
    """What the risk detector found, handed to moderation.

    ``suspect`` is who the label is about: the writer of ``message``, or for a label
    raised by a DM's conversation (grooming), the speaker whose moves raised it.
    ``spans`` are dicts ``{msg_id, label, start, end, text, source}`` (offsets in the
    message's text as typed).
    """

    label: str
    score: float
    message: StoredMessage
    suspect: str
    dm: bool
    detector: str
    spans: tuple[dict[str, Any], ...] = ()
    alert_turn: int | None = None
    urgent: bool = False


@dataclass(kw_only=True, eq=False)
class AutomatedCases:
    store: Store
    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    evidence: Evidence
    guard: Guard
    notices: Notices
    audit: Audit
    # Case categories during whose open case a suspect's new DM requests are held.
    pause_categories: frozenset[Category] = field(
        default_factory=lambda: frozenset({Category.GROOMING, Category.THREAT})
    )
    # Shows a released DM request to its addressee (app.py: the chat).
    on_request_released: Callable[[DmRequestRow], Awaitable[None]] | None = None

    # ------------------------------------------------------------ cases

    async def do_flag(self, flag: Flag) -> CaseRow:
        """Open (or join) the case for ``flag`` and seal what it points at.

        In a DM the case is about the conversation (one case per DM while it is open);
        in a salon about the message, and a person's further messages of the same
        category join their open automated case (one case per person and category,
        each message sealed with its context).
        """
        category = rules.DETECTED_CATEGORY[flag.label]
        now = self.clock.now()
        case = await self._open_case_for(flag, category)
        if case is None:
            target_type, target_id = (
                (TargetType.DM.value, flag.message.room_id)
                if flag.dm
                else (TargetType.MESSAGE.value, flag.message.msg_id)
            )
            case = CaseRow(
                id=self.new_id(),
                target_type=target_type,
                target_id=target_id,
                target_user_id=flag.suspect,
                room_id=flag.message.room_id,
                category=category.value,
                severity=rules.SEVERITY[category],
                status=CaseStatus.OPEN.value,
                urgent=flag.urgent,
                source=Source.VOLUNTARY.value,  # own initiative, by automated detection
                created_at=now,
                score=round(flag.score, 4),
                detected=flag.label,
            )
            await self.mstore.create_case(case)
        else:
            case = await self._join(case, flag, category)
        await self.evidence.seal(case.id, await self._content(flag), now)
        if category in self.pause_categories:
            await self._hold_requests(flag.suspect, now)
        await self.audit.audit(
            SYSTEM,
            "detect",
            case.id,
            {
                "label": flag.label,
                "score": round(flag.score, 4),
                "msg_id": flag.message.msg_id,
                "detector": flag.detector,
            },
        )
        log.info("automated case", case=case.id, label=flag.label, urgent=case.urgent)
        return case

    async def _open_case_for(self, flag: Flag, category: Category) -> CaseRow | None:
        """The open case this flag joins: the one on the DM, or on the message (a report
        may have come first; a report coming after joins this one the same way)."""
        if flag.dm:
            return await self.mstore.open_case_for(TargetType.DM.value, flag.message.room_id)
        reported = await self.mstore.open_case_for(TargetType.MESSAGE.value, flag.message.msg_id)
        if reported is not None:
            return reported
        for case in await self.mstore.cases_of_user(flag.suspect):
            if (
                case.status == CaseStatus.OPEN.value
                and case.detected is not None
                and case.category == category.value
                and case.room_id is not None
                and not case.room_id.startswith("dm:")
            ):
                return case
        return None

    async def _join(self, case: CaseRow, flag: Flag, category: Category) -> CaseRow:
        labels = _labels(case.detected)
        changes: dict[str, object] = {}
        if flag.label not in labels:
            changes["detected"] = ",".join([*labels, flag.label])
        if case.score is None or flag.score > case.score:
            changes["score"] = round(flag.score, 4)
        if flag.urgent and not case.urgent:
            changes["urgent"] = True
        if rules.SEVERITY[category] < case.severity:  # a DM case turns to the graver label
            changes.update(severity=rules.SEVERITY[category], category=category.value)
        if changes:
            await self.mstore.update_case(case.id, **changes)
            case = replace(case, **changes)  # type: ignore[arg-type]
        return case

    async def _content(self, flag: Flag) -> dict[str, Any]:
        """The sealed evidence: the message and its context (in a DM, the conversation's
        last turns), the person it is about, and what the detector matched."""
        message = flag.message
        if flag.dm:
            context = await self.store.messages_before(message.room_id, None, CONVERSATION_TURNS)
        else:
            context = await self.store.messages_around(
                message.room_id, message.seq, EVIDENCE_CONTEXT, EVIDENCE_CONTEXT
            )
        author = await self.store.get_user(flag.suspect)
        return {
            "reason": "automated_detection",
            "target_type": TargetType.DM.value if flag.dm else TargetType.MESSAGE.value,
            "target_id": message.room_id if flag.dm else message.msg_id,
            "room": message.room_id,
            "message": message_record(message),
            "context": [message_record(m) for m in context],
            "author": profile(author),
            "detection": {
                "label": flag.label,
                "score": round(flag.score, 4),
                "detector": flag.detector,
                "alert_turn": flag.alert_turn,
                "spans": list(flag.spans),
            },
        }

    # ------------------------------------------------------------ a minor on the site

    async def do_minor(
        self, flag: Flag, *, cooldown: float, addresses: bool, adult_in_dm: str | None
    ) -> CaseRow:
        """A person wrote that they are under 18: shown out with the adults-only notice
        and a statement of reasons (automated, open to appeal), their device and
        address kept out for ``cooldown`` seconds; a case for a person to review. If
        they were in a DM with an adult (``adult_in_dm``: that adult's id), that DM is
        sealed in an urgent case about the adult too."""
        now = self.clock.now()
        category = Category.MINOR_ON_SITE
        case = CaseRow(
            id=self.new_id(),
            target_type=TargetType.USER.value,
            target_id=flag.suspect,
            target_user_id=flag.suspect,
            room_id=flag.message.room_id,
            category=category.value,
            severity=rules.SEVERITY[category],
            status=CaseStatus.OPEN.value,
            urgent=False,
            source=Source.VOLUNTARY.value,
            created_at=now,
            score=round(flag.score, 4),
            detected=flag.label,
        )
        await self.mstore.create_case(case)
        await self.evidence.seal(case.id, await self._content(flag), now)
        await self._cool_down(case, flag, now, cooldown, addresses)
        await self.audit.audit(
            SYSTEM,
            "minor_cooldown",
            case.id,
            {"user": flag.suspect, "msg_id": flag.message.msg_id, "seconds": cooldown},
        )
        if adult_in_dm is not None:
            await self.do_flag(replace(flag, suspect=adult_in_dm, urgent=True))
        await self.guard.changed()  # every node shows them out now
        return case

    async def _cool_down(
        self, case: CaseRow, flag: Flag, now: float, cooldown: float, addresses: bool
    ) -> None:
        ends = now + cooldown
        user = await self.store.get_user(flag.suspect)
        await self.do_suspend(
            case,
            user_id=flag.suspect,
            category=Category.MINOR_ON_SITE,
            ground=Ground.INCOMPATIBLE,
            facts=notice_text("minor.facts"),
            content_type="CONTENT_TYPE_TEXT",
            content_date=flag.message.ts / 1000,
            now=now,
            ends=ends,
            pairs=self.guard.bindings(flag.suspect, user, addresses=addresses),
            by=MINOR_COOLDOWN,
            title=notice_text("minor.title"),
            body=notice_text("minor.body", until=until_text(ends)),
        )

    async def do_suspend(
        self,
        case: CaseRow,
        *,
        user_id: str,
        category: Category,
        ground: Ground,
        facts: str,
        content_type: str,
        content_date: float | None,
        now: float,
        ends: float,
        pairs: Sequence[tuple[str | None, str | None]],
        by: str,
        title: str,
        body: str,
    ) -> StatementRow:
        """A suspension decided by the machine (a minor's cool-down, a known abuse
        image): its statement of reasons says so (DSA art. 17(3)(c)), it binds
        ``pairs`` of (device, address), the person gets it in their inbox, open to an
        appeal that a person decides (art. 20(6))."""
        action = Action.SUSPENSION
        sanction_id = self.new_id()
        puid = f"papote-{self.new_id()}"
        statement_body = rules.statement_of_reasons(
            puid=puid,
            action=action,
            category=category,
            ground=ground,
            reference=rules.LEGAL_REFERENCE[category],
            facts=facts,
            source=Source.VOLUNTARY,
            content_type=content_type,
            content_date=content_date,
            application_date=now,
            end_date=ends,
            automated_detection=True,
        )
        statement_body["automated_decision"] = "AUTOMATED_DECISION_FULLY"
        statement = StatementRow(
            id=puid,
            case_id=case.id,
            sanction_id=sanction_id,
            user_id=user_id,
            body=rules.canonical_json(statement_body).decode(),
            decided_by=by,
            created_at=now,
        )
        await self.mstore.add_statement(statement)
        await self.guard.add_sanctions(
            sanction_rows(
                sanction_id,
                pairs,
                case_id=case.id,
                action=action,
                user_id=user_id,
                room_id=None,
                starts_at=now,
                ends_at=ends,
                created_by=by,
                statement_id=puid,
            )
        )
        await self.notices.notify(
            user_id,
            "statement_of_reasons",
            title,
            body,
            statement=statement,
            case_id=case.id,
            appealable=True,
        )
        return statement

    # ------------------------------------------------------------ DM requests

    async def _hold_requests(self, user_id: str, now: float) -> None:
        """The suspect's requests still waiting for an answer are held too: off their
        addressees' lists from their next connection, and refused if accepted now."""
        for request in await self.store.open_dm_requests_from(user_id):
            if request.state == DmState.REQUESTED.value:
                held = next_state(DmState.REQUESTED, DmEvent.HOLD)
                await self.store.update_dm_request(request.id, held.value, now)

    async def do_release_requests(self, case: CaseRow) -> list[DmRequestRow]:
        """``case`` was dismissed: if it was what paused its suspect's DM requests and no
        other such case about them is still open, their held requests are shown to their
        addressees after all (unless the addressee blocked them since: those stay held and
        end "sans réponse"). Returns the requests released."""
        user_id = case.target_user_id
        if (
            user_id is None
            or case.detected is None
            or case.category not in {c.value for c in self.pause_categories}
            or await self.dm_requests_paused(user_id)
        ):
            return []
        now = self.clock.now()
        released = []
        for request in await self.store.open_dm_requests_from(user_id):
            if request.state != DmState.HELD.value:
                continue
            if user_id in await self.store.blocked_by(request.to_id):
                continue
            state = next_state(DmState.HELD, DmEvent.RELEASE)
            await self.store.update_dm_request(request.id, state.value, now)
            request = replace(request, state=state.value, updated_at=now)
            released.append(request)
            if self.on_request_released is not None:
                await self.on_request_released(request)
        if released:
            log.info("held DM requests released", user=user_id, requests=len(released))
        return released

    async def dm_requests_paused(self, user_id: str) -> bool:
        """Whether ``user_id``'s new DM requests are held: an automated case of grooming
        or threat about them is open (or appealed)."""
        categories = {c.value for c in self.pause_categories}
        under_review = {s.value for s in rules.UNDER_REVIEW}
        return any(
            c.detected is not None and c.category in categories and c.status in under_review
            for c in await self.mstore.cases_of_user(user_id)
        )

    # ------------------------------------------------------------ labels (§5)

    async def do_record_labels(
        self, staff: StaffRow, case: CaseRow, action: Action, category: Category
    ) -> list[LabelRow]:
        """Keep a moderator's decision on an automated case as labels for training: one
        per label the detector raised on each sealed message, ``confirmed`` or
        ``rejected`` (rules.verdict_of). Speakers are "A", "B"... in order of
        appearance: no id or pseudo leaves with a label."""
        now = self.clock.now()
        rows: list[LabelRow] = []
        for evidence in await self.mstore.evidence_of_case(case.id):
            content = json.loads(evidence.content)
            detection = content.get("detection")
            if not isinstance(detection, dict):
                continue
            label = str(detection["label"])
            rows.append(
                LabelRow(
                    id=self.new_id(),
                    case_id=case.id,
                    label=label,
                    verdict=rules.verdict_of(label, action, category),
                    category=category.value,
                    action=action.value,
                    sample=json.dumps(_sample(content), ensure_ascii=False, sort_keys=True),
                    detector=str(detection.get("detector", "")),
                    score=float(detection.get("score", 0.0)),
                    decided_by=staff.id,
                    decided_at=now,
                )
            )
        await self.mstore.add_labels(rows)
        return rows


def _labels(detected: str | None) -> list[str]:
    return [x for x in (detected or "").split(",") if x]


def _sample(content: dict[str, Any]) -> dict[str, Any]:
    """The text a label is about, as ``papote detect --jsonl`` reads it: a salon message
    alone (``text``), a DM's turns up to the flagged message (``turns``)."""
    detection = content["detection"]
    message = content["message"]
    spans = [
        {k: s[k] for k in ("label", "start", "end", "text", "source") if k in s}
        for s in detection.get("spans", ())
        if s.get("msg_id") == message["msg_id"]
    ]
    if not str(content.get("room", "")).startswith("dm:"):
        return {"text": message["text"], "spans": spans}
    speakers: dict[str, str] = {}
    turns: list[dict[str, str]] = []
    for record in _upto(content.get("context", []), message["seq"]):
        name = speakers.setdefault(record["user_id"], chr(ord("A") + min(len(speakers), 25)))
        turns.append({"speaker": name, "text": record["text"]})
    return {"turns": turns, "spans": spans, "alert_turn": len(turns) - 1 if turns else None}


def _upto(records: Sequence[dict[str, Any]], seq: int) -> list[dict[str, Any]]:
    return sorted((r for r in records if r["seq"] <= seq), key=lambda r: r["seq"])
