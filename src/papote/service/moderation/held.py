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

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from papote.domain.risk.hold import REJECTED, held_labels
from papote.ports import CaseRow, ModerationStore, Store, StoredMessage

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
