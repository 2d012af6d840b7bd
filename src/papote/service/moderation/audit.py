"""The audit log: every moderator action appended to a hash chain, and its check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from papote.domain import moderation as rules
from papote.ports import Clock, ModerationStore


@dataclass(kw_only=True, eq=False)
class Audit:
    mstore: ModerationStore
    clock: Clock

    async def audit(self, actor: str, action: str, subject: str, details: dict[str, Any]) -> None:
        await self.mstore.append_audit(
            self.clock.now(), actor, action, subject, rules.canonical_json(details).decode()
        )

    async def verify_audit(self) -> list[str]:
        """The problems found in the chain (empty: intact)."""
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
