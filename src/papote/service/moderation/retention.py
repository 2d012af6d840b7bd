"""The retention purge (LCEN art. 6, décret 2021-1362, GDPR art. 5(1)(e)): the table of
docs/moderation.md §8 applied to every kind of record."""

from __future__ import annotations

import asyncio
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

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
    export_dir: Path

    async def purge(self) -> dict[str, int]:
        """Apply the retention table; run hourly and by `papote admin purge`."""
        now = self.clock.now()
        r = self.retention
        counts = await self.mstore.purge(
            now,
            {
                "content_log": r.horizon(r.content_log_days, now),
                "sanctions": r.horizon(r.sanctions_days, now),
                "cases": r.horizon(r.cases_days, now),
                "labels": r.horizon(r.evidence_days, now),
            },
        )
        counts["messages"] = await self.store.purge_messages(
            int(r.horizon(r.messages_days, now) * 1000)
        )
        keep = await self.mstore.users_to_keep()
        counts["guests"] = await self.store.purge_guests(r.horizon(r.guests_days, now), keep)
        counts["exports"] = await asyncio.to_thread(
            _purge_exports, self.export_dir, r.horizon(r.exports_days, now)
        )
        if any(counts.values()):
            await self.audit.audit("system", "purge", "retention", counts)
        return counts


def _purge_exports(export_dir: Path, before: float) -> int:
    """Remove the export bundles written before ``before`` (their manifest's date)."""
    removed = 0
    for bundle in sorted(export_dir.glob("export-*")) if export_dir.is_dir() else []:
        try:
            created = float(json.loads((bundle / "manifest.json").read_text())["created_at"])
        except (OSError, ValueError, KeyError, TypeError):
            continue  # not a bundle this code wrote: left to the operator
        if created < before:
            shutil.rmtree(bundle)
            removed += 1
    return removed
