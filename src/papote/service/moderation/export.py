"""Lawful-request exports (LCEN art. 6-II, a réquisition judiciaire): the bundle, its
SHA-256 manifest, and the request in the audit log (the chain of custody)."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import TargetType
from papote.ports import Clock, ModerationStore, Store
from papote.service.moderation.audit import Audit
from papote.service.moderation.evidence import profile, public


@dataclass(kw_only=True, eq=False)
class Exports:
    store: Store
    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    audit: Audit
    export_dir: Path

    @staticmethod
    def check_request_ref(request_ref: str) -> str:
        """The requisition's reference, stripped. Raises DomainError ``missing_field``
        when blank: an export always says which request it answers."""
        if not request_ref.strip():
            raise DomainError("missing_field", field="request_ref")
        return request_ref.strip()

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
        request_ref = self.check_request_ref(request_ref)
        bundle: dict[str, Any] = {"request_ref": request_ref, "generated_at": self.clock.now()}
        if user_id is not None:
            user = await self.store.get_user(user_id)
            if user is None and not await self.mstore.content_log_for(user_id=user_id):
                raise DomainError("no_such_target")
            bundle["subject"] = {"type": "user", "id": user_id}
            bundle["identifiers"] = profile(user, full=True)
            bundle["connection_records"] = [
                public(r) for r in await self.mstore.content_log_for(user_id=user_id)
            ]
            cases = await self.mstore.cases_of_user(user_id)
            bundle["sanctions"] = [
                public(s)
                for s in await self.mstore.sanctions_matching(
                    user_id, user.device_hash if user else None, user.ip_hash if user else None
                )
            ]
        else:
            assert content_id is not None
            bundle["subject"] = {"type": "content", "id": content_id}
            records = await self.mstore.content_log_for(content_id=content_id)
            bundle["connection_records"] = [public(r) for r in records]
            authors = {r.user_id for r in records}
            bundle["identifiers"] = [
                profile(await self.store.get_user(a), full=True) for a in sorted(authors)
            ]
            cases = [
                c
                for c in [await self.mstore.open_case_for(t.value, content_id) for t in TargetType]
                if c is not None
            ]
            bundle["sanctions"] = []
        bundle["cases"] = [public(c) for c in cases]
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
        await self.audit.audit(
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


def _write_bundle(out: Path, files: dict[str, bytes], manifest: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=False)
    for name, data in files.items():
        (out / name).write_bytes(data)
    (out / "manifest.json").write_bytes(rules.canonical_json(manifest))
