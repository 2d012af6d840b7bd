"""The retention purge (LCEN art. 6, décret 2021-1362, GDPR art. 5(1)(e)): the table of
docs/moderation.md §8 applied to every kind of record."""

from __future__ import annotations

from dataclasses import dataclass

from papote.domain import moderation as rules
from papote.ports import Clock, ModerationStore, Store
from papote.service.moderation.audit import Audit


@dataclass(kw_only=True, eq=False)
class RetentionPurge:
    store: Store
    mstore: ModerationStore
    clock: Clock
    retention: rules.Retention
    audit: Audit

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
            await self.audit.audit("system", "purge", "retention", counts)
        return counts
