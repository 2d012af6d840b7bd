"""Moderation service: reports (DSA art. 16), cases, sanctions that bind the person,
statements of reasons (art. 17) in the notice inbox, appeals (art. 20), the audit chain,
lawful-request exports and threat-to-life escalation (art. 18), retention purges (LCEN).

It is also the chat's Guard: the checks on entry, join and say read an in-memory index of
active sanctions, reloaded on every node when a sanction changes.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import structlog

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import Action, Category, Ground, Source, TargetType, person_keys
from papote.domain.rooms import RoomKind, parse_room_id
from papote.ports import (
    AppealRow,
    CaseRow,
    Clock,
    ContentLogRow,
    Envelope,
    EvidenceRow,
    ModerationStore,
    NoticeRow,
    Origin,
    ReportRow,
    SanctionRow,
    StaffRow,
    StatementRow,
    Store,
    StoredMessage,
    UserRow,
)
from papote.protocol import wire
from papote.service.hub import encode_control

log = structlog.get_logger(__name__)

EVIDENCE_CONTEXT = 10  # messages kept on each side of a reported one (20 in all)
PERSON_ACTIONS = frozenset({Action.MUTE, Action.SUSPENSION, Action.BAN})


class SanctionIndex:
    """Active sanctions by person key and by room, for checks without a database trip."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[SanctionRow]] = {}
        self.by_room: dict[str, list[SanctionRow]] = {}

    def load(self, rows: Iterable[SanctionRow]) -> None:
        by_key: dict[str, list[SanctionRow]] = {}
        by_room: dict[str, list[SanctionRow]] = {}
        for row in rows:
            if row.user_id is None and row.room_id is not None:
                by_room.setdefault(row.room_id, []).append(row)
                continue
            for key in person_keys(row.user_id or "", row.device_hash, row.ip_hash):
                if key != "u:":
                    by_key.setdefault(key, []).append(row)
        self.by_key, self.by_room = by_key, by_room

    def person(
        self,
        keys: Iterable[str],
        actions: frozenset[Action],
        now: float,
        room_id: str | None = None,
    ) -> SanctionRow | None:
        """The longest active sanction among ``actions`` matching any of ``keys``."""
        found: SanctionRow | None = None
        for key in keys:
            for row in self.by_key.get(key, ()):
                if Action(row.action) not in actions or row.room_id != room_id:
                    continue
                if not rules.is_active(row.starts_at, row.ends_at, row.revoked_at, now):
                    continue
                if found is None or (
                    row.ends_at is None
                    or (found.ends_at is not None and row.ends_at > found.ends_at)
                ):
                    found = row
        return found

    def room(self, room_id: str, action: Action, now: float) -> SanctionRow | None:
        for row in self.by_room.get(room_id, ()):
            if row.action == action.value and rules.is_active(
                row.starts_at, row.ends_at, row.revoked_at, now
            ):
                return row
        return None


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


def _until(ts: float | None) -> str:
    if ts is None:
        return "définitive"
    import datetime as dt

    return "jusqu'au " + dt.datetime.fromtimestamp(ts, tz=dt.UTC).strftime("%d/%m/%Y %H:%M UTC")


ACTION_TITLES = {
    Action.DELETE_MESSAGE: "Un de vos messages a été supprimé",
    Action.WARNING: "Avertissement",
    Action.MUTE: "Vous ne pouvez plus écrire pour un temps",
    Action.KICK: "Vous avez été exclu·e d'un salon",
    Action.SUSPENSION: "Votre accès est suspendu",
    Action.BAN: "Votre accès est définitivement fermé",
}


class ModerationService:
    """Everything moderators and reporters do, and the chat's Guard."""

    def __init__(
        self,
        *,
        store: Store,
        mstore: ModerationStore,
        clock: Clock,
        new_id: Callable[[], str],
        secret: bytes,
        retention: rules.Retention,
        publish: Callable[[Envelope], Any],
        live_keys: Callable[[str], set[str]],
        export_dir: Path,
        node_id: str,
    ) -> None:
        self.store = store
        self.mstore = mstore
        self.clock = clock
        self.new_id = new_id
        self.secret = secret
        self.retention = retention
        self._publish = publish
        self.live_keys = live_keys
        self.export_dir = export_dir
        self.node_id = node_id
        self.index = SanctionIndex()
        self.last_say: dict[tuple[str, str], float] = {}

    async def start(self) -> None:
        await self.reload()

    async def reload(self) -> None:
        """Reload the active sanctions (on start and whenever a node changes one)."""
        self.index.load(await self.mstore.active_sanctions(self.clock.now()))

    async def _add_sanctions(self, rows: Sequence[SanctionRow]) -> None:
        """Store sanctions and apply them here at once (other nodes follow on _changed)."""
        for row in rows:
            await self.mstore.add_sanction(row)
        await self.reload()

    def _bindings(
        self, user_id: str, target: UserRow | None
    ) -> list[tuple[str | None, str | None]]:
        """(device hash, address hash) pairs a person sanction binds, the session's first."""
        first = (target.device_hash, target.ip_hash) if target else (None, None)
        live = self.live_keys(user_id)
        devices = sorted({k[2:] for k in live if k.startswith("d:")} - {first[0]})
        addresses = sorted({k[2:] for k in live if k.startswith("i:")} - {first[1]})
        return [first, *itertools.zip_longest(devices, addresses)]

    async def bind_live(self, user_id: str, keys: Iterable[str]) -> bool:
        """Bind the devices and addresses ``user_id`` is connected from on this node to
        their active mutes, suspensions and bans.

        The node that decided a sanction bound the connections it saw; the person may
        have tabs on other nodes from another device or address, which each node adds
        here when it hears of the sanction (with the same statement: an appeal lifts
        them together). Returns True if anything was added (the other nodes are told).
        """
        now = self.clock.now()
        by_statement: dict[str | None, list[SanctionRow]] = {}
        for row in self.index.by_key.get(f"u:{user_id}", ()):
            if (
                row.user_id == user_id
                and row.room_id is None
                and Action(row.action) in PERSON_ACTIONS
                and rules.is_active(row.starts_at, row.ends_at, row.revoked_at, now)
            ):
                by_statement.setdefault(row.statement_id or row.id, []).append(row)
        keys = set(keys)
        added: list[SanctionRow] = []
        for rows in by_statement.values():
            devices = sorted(
                {k[2:] for k in keys if k.startswith("d:")} - {r.device_hash for r in rows}
            )
            addresses = sorted(
                {k[2:] for k in keys if k.startswith("i:")} - {r.ip_hash for r in rows}
            )
            added.extend(
                replace(rows[0], id=self.new_id(), device_hash=device, ip_hash=address)
                for device, address in itertools.zip_longest(devices, addresses)
            )
        if not added:
            return False
        await self._add_sanctions(added)
        await self._changed()
        log.info("sanction bound to live connections", user=user_id, rows=len(added))
        return True

    async def _changed(self) -> None:
        """Tell every node (this one included) that sanctions changed."""
        await self._publish(
            Envelope(
                room_id="*",
                kind="control",
                sender_id="system",
                payload=encode_control("sanctions"),
                origin=self.node_id,
            )
        )

    # ------------------------------------------------------------------ guard (hot path)

    def check_enter(self, keys: Iterable[str]) -> None:
        """Raises DomainError ``banned`` if a suspension or ban binds any of ``keys``."""
        row = self.index.person(keys, rules.EXCLUSIONS, self.clock.now())
        if row is not None:
            raise DomainError("banned", until=_until(row.ends_at), notice=row.statement_id or "")

    def check_join(self, keys: Iterable[str], room_id: str, already_in: bool) -> None:
        now = self.clock.now()
        if self.index.room(room_id, Action.ROOM_CLOSE, now) is not None:
            raise DomainError("room_closed", field="room")
        kicked = self.index.person(keys, frozenset({Action.KICK}), now, room_id=room_id)
        if kicked is not None:
            raise DomainError("kicked", field="room", until=_until(kicked.ends_at))
        if not already_in and self.index.room(room_id, Action.ROOM_LOCK, now) is not None:
            raise DomainError("room_locked", field="room")

    def check_say(self, keys: Iterable[str], user_id: str, room_id: str) -> None:
        now = self.clock.now()
        muted = self.index.person(keys, frozenset({Action.MUTE}), now)
        if muted is not None:
            raise DomainError("muted", until=_until(muted.ends_at))
        if self.index.room(room_id, Action.ROOM_CLOSE, now) is not None:
            raise DomainError("room_closed", field="room")
        slow = self.index.room(room_id, Action.ROOM_SLOW, now)
        if slow is not None and slow.param:
            last = self.last_say.get((user_id, room_id))
            if last is not None and now - last < slow.param:
                raise DomainError(
                    "slow_mode", retry_after=round(slow.param - (now - last), 2), seconds=slow.param
                )
            self.last_say[(user_id, room_id)] = now

    # ------------------------------------------------------------------ notices

    def notice_key(self, notice_id: str) -> str:
        """The secret that opens a notice without a session (a banned person has none)."""
        return hmac.new(self.secret, f"notice:{notice_id}".encode(), hashlib.sha256).hexdigest()[
            :32
        ]

    def notice_url(self, notice_id: str) -> str:
        return f"/notice.html?id={notice_id}&key={self.notice_key(notice_id)}"

    def notice_out(
        self, row: NoticeRow, statement: StatementRow | None, appeal: str | None = None
    ) -> wire.NoticeOut:
        return wire.NoticeOut(
            appeal=appeal,
            id=row.id,
            kind=row.kind,
            title=row.title,
            body=row.body,
            created_at=int(row.created_at * 1000),
            read=row.read_at is not None,
            url=self.notice_url(row.id),
            statement=json.loads(statement.body) if statement else None,
            appealable_until=int(row.appealable_until * 1000) if row.appealable_until else None,
        )

    async def _notify(
        self,
        user_id: str | None,
        kind: str,
        title: str,
        body: str,
        *,
        statement: StatementRow | None = None,
        case_id: str | None = None,
        appealable: bool = False,
    ) -> NoticeRow:
        now = self.clock.now()
        notice_id = self.new_id()
        row = NoticeRow(
            id=notice_id,
            user_id=user_id,
            key_hash=hashlib.sha256(self.notice_key(notice_id).encode()).hexdigest(),
            kind=kind,
            title=title,
            body=body,
            statement_id=statement.id if statement else None,
            case_id=case_id,
            created_at=now,
            appealable_until=now + rules.APPEAL_WINDOW if appealable else None,
        )
        await self.mstore.add_notice(row)
        if user_id is not None:
            frame = wire.NoticeFrame(notice=self.notice_out(row, statement))
            await self._publish(
                Envelope(
                    room_id=f"user:{user_id}",
                    kind="direct",
                    sender_id="system",
                    origin=self.node_id,
                    payload=_encode(frame),
                )
            )
        return row

    async def do_list_notices(self, user_id: str, re: wire.RequestId) -> wire.NoticesOut:
        items = []
        for row in await self.mstore.notices_of_user(user_id):
            statement = (
                await self.mstore.get_statement(row.statement_id) if row.statement_id else None
            )
            appeal = await self.mstore.appeal_for_statement(statement.id) if statement else None
            items.append(self.notice_out(row, statement, appeal.state if appeal else None))
            if row.read_at is None:  # listed in the inbox: seen (the item still says unread)
                await self.mstore.mark_notice_read(row.id, self.clock.now())
        return wire.NoticesOut(items=items, re=re)

    async def unread_notices(self, user_id: str) -> int:
        return sum(1 for n in await self.mstore.notices_of_user(user_id) if n.read_at is None)

    async def open_notice(self, notice_id: str, key: str) -> wire.NoticeOut:
        """A notice opened by its link (no session needed); marks it read.

        Raises:
            DomainError: ``no_such_notice`` for an unknown id or a wrong key.
        """
        row = await self.mstore.get_notice(notice_id)
        if row is None or not hmac.compare_digest(key, self.notice_key(notice_id)):
            raise DomainError("no_such_notice")
        await self.mstore.mark_notice_read(notice_id, self.clock.now())
        statement = await self.mstore.get_statement(row.statement_id) if row.statement_id else None
        appeal = await self.mstore.appeal_for_statement(statement.id) if statement else None
        return self.notice_out(row, statement, appeal.state if appeal else None)

    # ------------------------------------------------------------------ reports (art. 16)

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
        target_user, room_id, content = await self._target(kind, frame.target_id, user, in_rooms)
        case = await self.mstore.open_case_for(kind.value, frame.target_id)
        severity = rules.SEVERITY[category]
        if case is None:
            case = CaseRow(
                id=self.new_id(),
                target_type=kind.value,
                target_id=frame.target_id,
                target_user_id=target_user,
                room_id=room_id,
                category=category.value,
                severity=severity,
                status="open",
                urgent=False,
                source=Source.ARTICLE_16.value,
                created_at=now,
            )
            await self.mstore.create_case(case)
        elif severity < case.severity:
            await self.mstore.update_case(case.id, severity=severity, category=category.value)
        await self._seal(
            case.id,
            {
                "reason": "report",
                "target_type": kind.value,
                "target_id": frame.target_id,
                **content,
            },
            now,
        )
        report_id = self.new_id()
        ack = await self._notify(
            user.id,
            "report_received",
            "Signalement reçu",
            "Merci. Votre signalement a bien été reçu et sera examiné par un·e modérateur·ice. "
            "Vous serez informé·e de la décision.",
            case_id=case.id,
        )
        await self.mstore.add_report(
            ReportRow(
                id=report_id,
                case_id=case.id,
                reporter_id=user.id,
                category=category.value,
                explanation=explanation,
                contact=contact,
                created_at=now,
                notice_id=ack.id,
            )
        )
        log.info("report received", case=case.id, category=category.value)
        return wire.ReportAck(report_id=report_id, notice_id=ack.id, re=frame.id)

    async def _target(
        self, kind: TargetType, target_id: str, user: UserRow | None, in_rooms: set[str] | None
    ) -> tuple[str | None, str | None, dict[str, Any]]:
        """(target user, room, evidence content) for a report or an own-initiative case.

        ``user``/``in_rooms`` None: a moderator opening a case (sees everything but DMs).
        """
        if kind is TargetType.MESSAGE:
            message = await self.store.get_message(target_id)
            if message is None:
                raise DomainError("no_such_target", field="target_id")
            self._check_visible(message.room_id, in_rooms)
            around = await self.store.messages_around(
                message.room_id, message.seq, EVIDENCE_CONTEXT, EVIDENCE_CONTEXT
            )
            author = await self.store.get_user(message.user_id)
            return (
                message.user_id,
                message.room_id,
                {
                    "room": message.room_id,
                    "message": _msg(message),
                    "context": [_msg(m) for m in around],
                    "author": _profile(author),
                },
            )
        if kind is TargetType.USER:
            target = await self.store.get_user(target_id)
            if target is None:
                raise DomainError("no_such_target", field="target_id")
            recent = await self.store.recent_messages_of_user(target_id, 2 * EVIDENCE_CONTEXT)
            if in_rooms is None:  # a moderator: never DMs without a report pointing there
                visible = [m for m in recent if not m.room_id.startswith("dm:")]
            else:  # a reporter: what they could see
                visible = [m for m in recent if m.room_id in in_rooms]
            return (
                target.id,
                None,
                {"profile": _profile(target), "recent": [_msg(m) for m in visible]},
            )
        if kind is TargetType.DM_REQUEST:
            # Only its addressee can point at a request; moderators never open one alone.
            request = await self.store.get_dm_request(target_id)
            if request is None or user is None or request.to_id != user.id:
                raise DomainError("no_such_target", field="target_id")
            author = await self.store.get_user(request.from_id)
            return (
                request.from_id,
                None,
                {
                    "request": {
                        "id": request.id,
                        "from": request.from_id,
                        "text": request.text,
                        "ts": request.created_at,
                    },
                    "author": _profile(author),
                },
            )
        # room or DM: the last messages of that room
        room_kind, _ = parse_room_id(target_id)
        if (kind is TargetType.DM) != (room_kind is RoomKind.DM):
            raise DomainError("bad_target", field="target_type")
        room = await self.store.get_room(target_id)
        if room is None:
            raise DomainError("no_such_target", field="target_id")
        self._check_visible(target_id, in_rooms)
        recent = await self.store.messages_before(target_id, None, 2 * EVIDENCE_CONTEXT)
        return (
            room.owner_id,
            target_id,
            {"room": target_id, "name": room.name, "recent": [_msg(m) for m in recent]},
        )

    @staticmethod
    def _check_visible(room_id: str, in_rooms: set[str] | None) -> None:
        if in_rooms is None:
            if room_id.startswith("dm:"):
                # Moderators read DMs only through a report that points into them.
                raise DomainError("forbidden", field="target_id")
            return
        if room_id not in in_rooms:
            raise DomainError("not_member", field="target_id")

    async def _seal(self, case_id: str, content: dict[str, Any], now: float) -> EvidenceRow:
        content = {**content, "sealed_at": now}
        row = EvidenceRow(
            id=self.new_id(),
            case_id=case_id,
            content=rules.canonical_json(content).decode(),
            sha256=rules.seal(content),
            sealed_at=now,
            retain_until=now + self.retention.evidence_days * rules.DAY,
        )
        await self.mstore.add_evidence(row)
        return row

    # ------------------------------------------------------------------ moderators

    async def do_open_case(
        self, staff: StaffRow, target_type: str, target_id: str, category: str
    ) -> CaseRow:
        """An own-initiative case (source: voluntary); evidence is sealed the same way."""
        kind, cat, _, _ = rules.check_report(target_type, category, "", None)
        now = self.clock.now()
        target_user, room_id, content = await self._target(kind, target_id, None, None)
        case = CaseRow(
            id=self.new_id(),
            target_type=kind.value,
            target_id=target_id,
            target_user_id=target_user,
            room_id=room_id,
            category=cat.value,
            severity=rules.SEVERITY[cat],
            status="open",
            urgent=False,
            source=Source.VOLUNTARY.value,
            created_at=now,
        )
        await self.mstore.create_case(case)
        await self._seal(
            case.id,
            {
                "reason": "own_initiative",
                "target_type": kind.value,
                "target_id": target_id,
                **content,
            },
            now,
        )
        await self.audit(
            staff.id, "open_case", case.id, {"target": target_id, "category": cat.value}
        )
        return case

    async def queue(self, statuses: Sequence[str], limit: int = 200) -> list[dict[str, Any]]:
        """The moderation queue with, for each case, who it is about and how many reports."""
        out = []
        for case in await self.mstore.list_cases(statuses, limit):
            target = await self.store.get_user(case.target_user_id) if case.target_user_id else None
            reports = await self.mstore.reports_of_case(case.id)
            out.append(
                {
                    **_public(case),
                    "target_pseudo": target.pseudo if target else None,
                    "reports": len(reports),
                }
            )
        return out

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
            history["user"] = _profile(target)
            history["cases"] = [
                _public(c) for c in await self.mstore.cases_of_user(case.target_user_id)
            ]
            history["sanctions"] = [
                _public(s)
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
        await self.audit(staff.id, "view_case", case_id, {})
        return {"case": _public(case), "reports": reports, "evidence": evidence, "history": history}

    async def do_decide(self, staff: StaffRow, case_id: str, decision: Decision) -> CaseRow:
        """Apply a decision: sanction, statement of reasons, notices, audit.

        Raises:
            DomainError: ``no_such_case``, ``case_closed``, ``bad_duration``, ``bad_action``.
        """
        case = await self.mstore.get_case(case_id)
        if case is None:
            raise DomainError("no_such_case")
        if case.status != "open":
            raise DomainError("case_closed")
        now = self.clock.now()
        action = decision.action
        ends = rules.sanction_end(action, now, decision.duration)
        statement: StatementRow | None = None
        if action in rules.ROOM_ACTIONS:
            await self._room_action(staff, case, decision, ends, now)
        elif action is not Action.DISMISS:
            statement = await self._restrict(staff, case, decision, ends, now)
        await self.mstore.update_case(
            case.id, status="decided", decided_at=now, decided_by=staff.id, decision=action.value
        )
        await self._tell_reporters(case, action, statement)
        await self.audit(
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
            },
        )
        if action is not Action.DISMISS:
            await self._changed()
        updated = await self.mstore.get_case(case.id)
        assert updated is not None
        return updated

    async def _restrict(
        self, staff: StaffRow, case: CaseRow, decision: Decision, ends: float | None, now: float
    ) -> StatementRow:
        action = decision.action
        user_id = case.target_user_id
        if user_id is None:
            raise DomainError("bad_action", field="action")
        if action is Action.KICK and case.room_id is None:
            raise DomainError("bad_action", field="action")  # a kick is out of one room
        target = await self.store.get_user(user_id)
        content_date: float | None = None
        if action is Action.DELETE_MESSAGE:
            if case.target_type != TargetType.MESSAGE.value:
                raise DomainError("bad_action", field="action")
            deleted = await self.store.delete_message(case.target_id)
            if deleted is not None:
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
            content_type="CONTENT_TYPE_TEXT",
            content_date=content_date,
            application_date=now,
            end_date=ends,
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
        # A mute, suspension or ban binds the person: their id, the device and address of
        # the session's creation, and those they are connected from right now (they may
        # differ), one row each. Other restrictions bind the id alone.
        bindings = self._bindings(user_id, target) if action in PERSON_ACTIONS else [(None, None)]
        await self._add_sanctions(
            [
                SanctionRow(
                    id=sanction_id if n == 0 else f"{sanction_id}-{n}",
                    case_id=case.id,
                    action=action.value,
                    user_id=user_id,
                    room_id=case.room_id if action is Action.KICK else None,
                    device_hash=device,
                    ip_hash=address,
                    starts_at=now,
                    ends_at=ends if action is not Action.WARNING else now,
                    revoked_at=None,
                    created_by=staff.id,
                    statement_id=puid,
                )
                for n, (device, address) in enumerate(bindings)
            ]
        )
        end_text = (
            "" if ends is None and action not in PERSON_ACTIONS else (f" Durée : {_until(ends)}.")
        )
        await self._notify(
            user_id,
            "statement_of_reasons",
            ACTION_TITLES.get(action, "Décision"),
            f"Motif : {decision.facts} Fondement : {decision.reference}.{end_text} "
            "Cette décision a été prise par une personne, pas par un automate. Vous pouvez "
            "la contester dans les 6 mois depuis cette notification.",
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
        await self._add_sanctions(
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
        frame = wire.MessageDeleted(room=message.room_id, msg_id=message.msg_id)
        await self._publish(
            Envelope(
                room_id=message.room_id,
                kind="notice",
                sender_id="system",
                payload=_encode(frame),
                origin=self.node_id,
            )
        )
        await self._publish(
            Envelope(
                room_id="*",
                kind="control",
                sender_id="system",
                payload=encode_control("forget", room=message.room_id, msg_id=message.msg_id),
                origin=self.node_id,
            )
        )

    async def _tell_reporters(
        self, case: CaseRow, action: Action, statement: StatementRow | None
    ) -> None:
        """DSA art. 16(5): the person who reported is told the decision."""
        outcome = (
            "Après examen, aucune infraction n'a été retenue."
            if action is Action.DISMISS
            else "Après examen, une mesure a été prise à l'encontre du contenu ou de la "
            "personne signalée."
        )
        for report in await self.mstore.reports_of_case(case.id):
            await self._notify(
                report.reporter_id,
                "report_decision",
                "Décision sur votre signalement",
                outcome,
                case_id=case.id,
            )

    async def do_escalate(self, staff: StaffRow, case_id: str, request_ref: str) -> Path:
        """Threat to life or safety (DSA art. 18): mark urgent and produce the bundle for
        the authorities (in France: PHAROS / the police)."""
        case = await self.mstore.get_case(case_id)
        if case is None:
            raise DomainError("no_such_case")
        await self.mstore.update_case(case_id, urgent=True)
        await self.mstore.extend_evidence(case_id, self.clock.now() + 365 * rules.DAY)
        await self.audit(staff.id, "escalate", case_id, {"request_ref": request_ref})
        if case.target_user_id:
            return await self.export(staff.id, request_ref, user_id=case.target_user_id)
        return await self.export(staff.id, request_ref, content_id=case.target_id)

    # ------------------------------------------------------------------ appeals (art. 20)

    async def do_appeal(self, notice_id: str, key: str, text: str) -> AppealRow:
        notice_out = await self.open_notice(notice_id, key)
        notice = await self.mstore.get_notice(notice_out.id)
        assert notice is not None
        if notice.statement_id is None:
            raise DomainError("not_appealable")
        statement = await self.mstore.get_statement(notice.statement_id)
        assert statement is not None
        existing = await self.mstore.appeal_for_statement(statement.id)
        now = self.clock.now()
        rules.check_can_appeal(statement.created_at, now, existing is not None)
        body = text.strip()[: rules.EXPLANATION_MAX]
        if not body:
            raise DomainError("empty_text", field="text")
        appeal = AppealRow(
            id=self.new_id(),
            statement_id=statement.id,
            notice_id=notice.id,
            user_id=notice.user_id,
            text=body,
            state="pending",
            created_at=now,
        )
        await self.mstore.add_appeal(appeal)
        if statement.case_id:
            await self.mstore.update_case(statement.case_id, status="appealed")
        await self.audit("user", "appeal", statement.id, {"appeal": appeal.id})
        return appeal

    async def do_decide_appeal(
        self, staff: StaffRow, appeal_id: str, outcome: str, explanation: str
    ) -> AppealRow:
        appeal = await self.mstore.get_appeal(appeal_id)
        if appeal is None:
            raise DomainError("no_such_appeal")
        statement = await self.mstore.get_statement(appeal.statement_id)
        assert statement is not None
        state = rules.decide_appeal(
            rules.AppealState(appeal.state),
            outcome,
            decider=staff.id,
            original_decider=statement.decided_by,
        )
        now = self.clock.now()
        await self.mstore.decide_appeal(appeal.id, state.value, staff.id, now, explanation)
        if state is rules.AppealState.REVERSED and statement.sanction_id:
            await self.mstore.revoke_statement(statement.id, now)
            await self.reload()
            await self._changed()
        if statement.case_id:
            await self.mstore.update_case(statement.case_id, status="closed")
        text = (
            "Votre contestation a été acceptée : la mesure est annulée."
            if state is rules.AppealState.REVERSED
            else "Votre contestation a été examinée : la décision est maintenue."
        )
        await self._notify(
            appeal.user_id,
            "appeal_decision",
            "Décision sur votre contestation",
            f"{text} {explanation}".strip(),
            case_id=statement.case_id,
        )
        await self.audit(staff.id, "decide_appeal", appeal.id, {"outcome": state.value})
        decided = await self.mstore.get_appeal(appeal.id)
        assert decided is not None
        return decided

    # ------------------------------------------------------------------ audit

    async def audit(self, actor: str, action: str, subject: str, details: dict[str, Any]) -> None:
        await self.mstore.append_audit(
            self.clock.now(), actor, action, subject, rules.canonical_json(details).decode()
        )

    async def verify_audit(self) -> list[str]:
        rows = await self.mstore.audit_entries()
        head_seq, head_hash = await self.mstore.audit_head()
        last_seq, last_hash = (rows[-1].seq, rows[-1].hash) if rows else (0, rules.GENESIS)
        problems = []
        if (head_seq, head_hash) != (last_seq, last_hash):
            problems.append(f"the log ends at entry {last_seq} but {head_seq} were written")
        return problems + rules.verify_chain(
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

    # ------------------------------------------------------------------ lawful requests

    async def export(
        self,
        actor: str,
        request_ref: str,
        *,
        user_id: str | None = None,
        content_id: str | None = None,
    ) -> Path:
        """Write the bundle a judicial requisition asks for, with a SHA-256 manifest, and
        record the request in the audit log (the chain of custody)."""
        if not request_ref.strip():
            raise DomainError("missing_field", field="request_ref")
        bundle: dict[str, Any] = {"request_ref": request_ref, "generated_at": self.clock.now()}
        if user_id is not None:
            user = await self.store.get_user(user_id)
            if user is None and not await self.mstore.content_log_for(user_id=user_id):
                raise DomainError("no_such_target")
            bundle["subject"] = {"type": "user", "id": user_id}
            bundle["identifiers"] = _profile(user, full=True)
            bundle["connection_records"] = [
                _public(r) for r in await self.mstore.content_log_for(user_id=user_id)
            ]
            cases = await self.mstore.cases_of_user(user_id)
            bundle["sanctions"] = [
                _public(s)
                for s in await self.mstore.sanctions_matching(
                    user_id, user.device_hash if user else None, user.ip_hash if user else None
                )
            ]
        else:
            assert content_id is not None
            bundle["subject"] = {"type": "content", "id": content_id}
            records = await self.mstore.content_log_for(content_id=content_id)
            bundle["connection_records"] = [_public(r) for r in records]
            authors = {r.user_id for r in records}
            bundle["identifiers"] = [
                _profile(await self.store.get_user(a), full=True) for a in sorted(authors)
            ]
            cases = [
                c
                for c in [await self.mstore.open_case_for(t.value, content_id) for t in TargetType]
                if c is not None
            ]
            bundle["sanctions"] = []
        bundle["cases"] = [_public(c) for c in cases]
        bundle["evidence"] = [
            {
                "case_id": c.id,
                "sha256": e.sha256,
                "sealed_at": e.sealed_at,
                "intact": rules.seal(json.loads(e.content)) == e.sha256,
                "content": json.loads(e.content),
            }
            for c in cases
            for e in await self.mstore.evidence_of_case(c.id)
        ]
        stamp = int(self.clock.now())
        safe_ref = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in request_ref)[:60]
        out = self.export_dir / f"export-{stamp}-{safe_ref}-{self.new_id()[:8]}"
        files = {"bundle.json": rules.canonical_json(bundle)}
        manifest = {
            "request_ref": request_ref,
            "created_at": self.clock.now(),
            "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
        }
        await asyncio.to_thread(_write_bundle, out, files, manifest)
        await self.audit(
            actor,
            "lawful_export",
            request_ref,
            {
                "subject": bundle["subject"],
                "manifest_sha256": hashlib.sha256(rules.canonical_json(manifest)).hexdigest(),
                "path": str(out),
            },
        )
        return out

    # ------------------------------------------------------------------ transparency

    async def transparency(self, start: float, end: float) -> dict[str, Any]:
        """DSA art. 15/24 figures for [start, end)."""
        cases = await self.mstore.cases_between(start, end)
        reports = await self.mstore.reports_between(start, end)
        appeals = await self.mstore.appeals_between(start, end)
        by_category: dict[str, int] = {}
        by_source: dict[str, int] = {}
        by_decision: dict[str, int] = {}
        delays = []
        for case in cases:
            by_category[case.category] = by_category.get(case.category, 0) + 1
            by_source[case.source] = by_source.get(case.source, 0) + 1
            if case.decision:
                by_decision[case.decision] = by_decision.get(case.decision, 0) + 1
            if case.decided_at is not None:
                delays.append(case.decided_at - case.created_at)
        return {
            "period": {"from": start, "to": end},
            "notices_received": len(reports),
            "cases": len(cases),
            "by_category": dict(sorted(by_category.items())),
            "by_source": dict(sorted(by_source.items())),
            "by_decision": dict(sorted(by_decision.items())),
            "median_seconds_to_action": statistics.median(delays) if delays else None,
            "appeals": len(appeals),
            "appeals_reversed": sum(1 for a in appeals if a.state == "reversed"),
            "appeals_upheld": sum(1 for a in appeals if a.state == "upheld"),
            "appeals_pending": sum(1 for a in appeals if a.state == "pending"),
            "automated_decisions": 0,
        }

    # ------------------------------------------------------------------ retention

    async def purge(self) -> dict[str, int]:
        """Apply the retention table; run hourly and by `papote admin purge`."""
        now = self.clock.now()
        r = self.retention
        counts = await self.mstore.purge(
            now,
            {
                "content_log": r.horizon(r.content_log_days, now),
                "sanctions": r.horizon(r.sanctions_days, now),
            },
        )
        counts["messages"] = await self.store.purge_messages(
            int(r.horizon(r.messages_days, now) * 1000)
        )
        keep = await self.mstore.users_to_keep()
        counts["guests"] = await self.store.purge_guests(r.horizon(r.guests_days, now), keep)
        if any(counts.values()):
            await self.audit("system", "purge", "retention", counts)
        return counts


def _write_bundle(out: Path, files: dict[str, bytes], manifest: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=False)
    for name, data in files.items():
        (out / name).write_bytes(data)
    (out / "manifest.json").write_bytes(rules.canonical_json(manifest))


def _encode(frame: wire.ServerFrame) -> bytes:
    import msgspec

    return msgspec.json.encode(frame)


def _msg(message: StoredMessage) -> dict[str, Any]:
    return {
        "room": message.room_id,
        "seq": message.seq,
        "msg_id": message.msg_id,
        "user_id": message.user_id,
        "pseudo": message.pseudo,
        "text": message.text,
        "ts": message.ts,
    }


def _profile(user: UserRow | None, full: bool = False) -> dict[str, Any] | None:
    if user is None:
        return None
    profile: dict[str, Any] = {
        "id": user.id,
        "pseudo": user.pseudo,
        "gender": user.gender,
        "age": user.age,
        "departement": user.departement,
        "created_at": user.created_at,
    }
    if full:
        profile.update(
            ip_hash=user.ip_hash, device_hash=user.device_hash, last_active_until=user.active_until
        )
    return profile


def _public(row: Any) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(row)


__all__ = ["Decision", "ModerationService", "Origin", "SanctionIndex", "person_keys"]
