"""Held messages on a case (docs/detection.md "Held messages", issue 12 §4): which of a
case's sealed messages still wait, and what a decision does to them.

A moderator who dismisses the case (no violation) releases them: each is delivered to
its room at its own place in the history. Any other decision refuses them: they stay
stored, out of every screen, as evidence; the writer's screens drop them and the
decision's statement of reasons (automated detection, open to appeal) tells them why.
The chat delivers and withdraws (``on_released``, ``on_rejected``, wired by app.py):
moderation never depends on the chat.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from papote.domain import moderation as rules
from papote.domain.risk.hold import REJECTED, held_labels
from papote.messages import notice_text
from papote.ports import CaseRow, Clock, ModerationStore, Store, StoredMessage
from papote.service.moderation.audit import Audit
from papote.service.moderation.notices import Notices

OnHeld = Callable[[StoredMessage], Awaitable[None]]


@dataclass(kw_only=True, eq=False)
class HeldMessages:
    store: Store
    mstore: ModerationStore
    on_released: OnHeld | None = None
    on_rejected: OnHeld | None = None

    async def of_case(self, case: CaseRow) -> list[StoredMessage]:
        """The messages sealed in ``case`` that are still held, in seq order."""
        return [m for m in await self._sealed(case) if held_labels(m.held)]

    async def refused_of_case(self, case: CaseRow) -> list[StoredMessage]:
        """The messages sealed in ``case`` that a decision refused, in seq order."""
        return [m for m in await self._sealed(case) if m.held == REJECTED]

    async def _sealed(self, case: CaseRow) -> list[StoredMessage]:
        if case.detected is None:  # only the detector's cases hold messages
            return []
        ids: dict[str, None] = {}  # in order, once each
        if case.target_type == "message":
            ids[case.target_id] = None
        for row in await self.mstore.evidence_of_case(case.id):
            message = json.loads(row.content).get("message")
            if isinstance(message, dict) and isinstance(message.get("msg_id"), str):
                ids[message["msg_id"]] = None
        found = [await self.store.get_message(msg_id) for msg_id in ids]
        return sorted((m for m in found if m is not None), key=lambda m: (m.room_id, m.seq))

    async def do_release(self, message: StoredMessage) -> StoredMessage | None:
        """Deliver a held message (a moderator found no violation)."""
        released = await self.store.set_message_held(message.msg_id, None)
        if released is not None and self.on_released is not None:
            await self.on_released(released)
        return released

    async def do_reject(self, message: StoredMessage) -> StoredMessage | None:
        """Refuse a held message: kept as evidence, shown to nobody."""
        rejected = await self.store.set_message_held(message.msg_id, REJECTED)
        if rejected is not None and self.on_rejected is not None:
            await self.on_rejected(rejected)
        return rejected


@dataclass(kw_only=True, eq=False)
class HeldReminders:
    """A held message must not wait for a person forever (docs/detection.md "Held
    messages"): past ``max_seconds`` unread, its case rises in the queue (``Cases.queue``)
    and its writer is told, once per case, that it still waits for a moderator. Nothing
    is published unread: a machine does not clear a dealer's or a pimp's line."""

    held: HeldMessages
    mstore: ModerationStore
    clock: Clock
    notices: Notices
    audit: Audit
    max_seconds: float = 0.0  # 0: no limit

    async def do_remind(self) -> int:
        """Tell the writers of the cases whose oldest held message is past the limit (each
        case once: its notice has an id made from the case's); how many were told."""
        if self.max_seconds <= 0:
            return 0
        now = self.clock.now()
        told = 0
        for case in await self.mstore.list_cases([s.value for s in rules.QUEUE], 10_000):
            if case.detected is None or case.target_type != "message" or not case.target_user_id:
                continue
            waiting = await self.held.of_case(case)
            if not waiting or now - min(m.ts for m in waiting) / 1000 < self.max_seconds:
                continue
            notice_id = reminder_id(case.id)
            if await self.mstore.get_notice(notice_id) is not None:
                continue  # told already (by this node or another)
            await self.notices.notify(
                case.target_user_id,
                "held_waiting",
                notice_text("held_waiting.title"),
                notice_text("held_waiting.many" if len(waiting) > 1 else "held_waiting.one"),
                case_id=case.id,
                notice_id=notice_id,
            )
            await self.audit.audit(
                "system:held",
                "held_overdue",
                case.id,
                {"held": [m.msg_id for m in waiting], "max_minutes": self.max_seconds / 60},
            )
            told += 1
        return told


def reminder_id(case_id: str) -> str:
    """The id of the one "still waiting" notice of a case (32 hex, like any notice's)."""
    return hashlib.sha256(f"held-waiting:{case_id}".encode()).hexdigest()[:32]
