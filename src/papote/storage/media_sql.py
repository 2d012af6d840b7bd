"""Photos on SQLAlchemy Core: the MediaCatalog (rows, known-image lists) and the SQL
MediaStore (content-addressed bytes in 256 KiB chunks of a bytea, for several nodes)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from papote.ports import MediaRow
from papote.storage import schema as t
from papote.storage.rows import from_row, to_values

CHUNK = 256 * 1024  # measured: docs/performance.md "Photos"
INSERT_BATCH = 500


class SqlMediaCatalog:
    """The MediaCatalog port (papote.ports.MediaCatalog)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def add_media(self, row: MediaRow) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(insert(t.media).values(**to_values(row)))

    async def _rows(self, query: object) -> list[MediaRow]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()  # type: ignore[call-overload]
        return [from_row(MediaRow, row) for row in rows]

    async def get_media(self, media_id: str) -> MediaRow | None:
        rows = await self._rows(select(t.media).where(t.media.c.id == media_id))
        return rows[0] if rows else None

    async def media_by_hash(self, sha256: str) -> list[MediaRow]:
        return await self._rows(
            select(t.media).where(or_(t.media.c.sha256 == sha256, t.media.c.thumb_sha256 == sha256))
        )

    async def bytes_uploaded_since(self, uploader_id: str, since: float) -> int:
        query = select(func.coalesce(func.sum(t.media.c.size), 0)).where(
            and_(t.media.c.uploader_id == uploader_id, t.media.c.created_at >= since)
        )
        async with self.engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one())

    async def delete_media(self, media_id: str) -> MediaRow | None:
        async with self.engine.begin() as conn:
            row = (await conn.execute(select(t.media).where(t.media.c.id == media_id))).first()
            if row is None:
                return None
            await conn.execute(delete(t.media).where(t.media.c.id == media_id))
        return from_row(MediaRow, row)

    async def attach_media(self, media_id: str, msg_id: str) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(t.media)
                .where(and_(t.media.c.id == media_id, t.media.c.msg_id.is_(None)))
                .values(msg_id=msg_id)
            )
        return bool(result.rowcount)

    async def expired_media(self, before: float, keep: Sequence[str], limit: int) -> list[MediaRow]:
        query = select(t.media).where(t.media.c.created_at < before)
        if keep:
            query = query.where(t.media.c.id.not_in(list(keep)))
        return await self._rows(query.order_by(t.media.c.created_at).limit(limit))

    async def hash_in_use(self, sha256: str) -> bool:
        query = select(func.count()).where(
            or_(t.media.c.sha256 == sha256, t.media.c.thumb_sha256 == sha256)
        )
        async with self.engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one()) > 0

    async def add_hashes(self, list_name: str, kind: str, hashes: Sequence[str], now: float) -> int:
        table = t.hash_lists
        added = 0
        async with self.engine.begin() as conn:
            existing = set(
                (
                    await conn.execute(
                        select(table.c.hash).where(
                            and_(table.c.kind == kind, table.c.list_name == list_name)
                        )
                    )
                ).scalars()
            )
            fresh = [h for h in hashes if h not in existing]
            for start in range(0, len(fresh), INSERT_BATCH):
                batch = fresh[start : start + INSERT_BATCH]
                await conn.execute(
                    insert(table),
                    [
                        {"kind": kind, "hash": h, "list_name": list_name, "added_at": now}
                        for h in batch
                    ],
                )
                added += len(batch)
        return added

    async def remove_list(self, list_name: str) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                delete(t.hash_lists).where(t.hash_lists.c.list_name == list_name)
            )
        return int(result.rowcount or 0)

    async def all_hashes(self, kind: str) -> list[tuple[str, str]]:
        table = t.hash_lists
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(table.c.list_name, table.c.hash)
                    .where(table.c.kind == kind)
                    .order_by(table.c.list_name, table.c.hash)
                )
            ).all()
        return [(row.list_name, row.hash) for row in rows]

    async def hash_lists_version(self) -> tuple[int, float]:
        table = t.hash_lists
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(func.count(), func.coalesce(func.max(table.c.added_at), 0.0))
                )
            ).one()
        return int(row[0]), float(row[1])

    # ------------------------------------------------------------------ kept bytes

    async def keep_blob(
        self, area: str, sha256: str, media_id: str | None, now: float, until: float | None
    ) -> None:
        table = t.media_kept
        where = and_(table.c.area == area, table.c.sha256 == sha256)
        async with self.engine.begin() as conn:
            row = (await conn.execute(select(table.c.until).where(where))).first()
            if row is None:
                await conn.execute(
                    insert(table).values(
                        area=area, sha256=sha256, media_id=media_id, kept_at=now, until=until
                    )
                )
                return
            # Kept already: the later horizon wins, and "no horizon" (evidence) beats any.
            if row.until is not None and (until is None or until > row.until):
                await conn.execute(update(table).where(where).values(until=until, kept_at=now))

    async def kept_for(self, area: str, media_id: str) -> str | None:
        table = t.media_kept
        async with self.engine.connect() as conn:
            return (
                await conn.execute(
                    select(table.c.sha256)
                    .where(and_(table.c.area == area, table.c.media_id == media_id))
                    .limit(1)
                )
            ).scalar()

    async def expired_kept(self, area: str, now: float, limit: int) -> list[str]:
        table = t.media_kept
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(table.c.sha256)
                .where(and_(table.c.area == area, table.c.until < now))
                .order_by(table.c.until)
                .limit(limit)
            )
            return [str(sha) for sha in rows.scalars()]

    async def unsealed_evidence(self, kept_before: float, limit: int) -> list[str]:
        # The evidence table is the moderation store's; read here, never written: a copy
        # goes when no sealed evidence (kept while its case needs it) names its hash.
        table = t.media_kept
        named = (
            select(t.evidence.c.id).where(t.evidence.c.content.contains(table.c.sha256)).exists()
        )
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(table.c.sha256)
                .where(and_(table.c.area == "evidence", table.c.kept_at < kept_before, ~named))
                .order_by(table.c.kept_at)
                .limit(limit)
            )
            return [str(sha) for sha in rows.scalars()]

    async def forget_kept(self, area: str, sha256: str) -> None:
        table = t.media_kept
        async with self.engine.begin() as conn:
            await conn.execute(
                delete(table).where(and_(table.c.area == area, table.c.sha256 == sha256))
            )

    # ------------------------------------------------------------------ automated decisions

    async def add_decision(
        self,
        at: float,
        detector: str,
        action: str,
        room_kind: str,
        score: float | None,
        model: str,
    ) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                insert(t.media_decisions).values(
                    at=at,
                    detector=detector,
                    action=action,
                    room_kind=room_kind,
                    score=score,
                    model=model,
                )
            )

    async def decisions_between(self, start: float, end: float) -> dict[str, int]:
        table = t.media_decisions
        query = (
            select(table.c.detector, table.c.action, table.c.room_kind, func.count())
            .where(and_(table.c.at >= start, table.c.at < end))
            .group_by(table.c.detector, table.c.action, table.c.room_kind)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return {f"{d}_{a}_{k}": int(n) for d, a, k, n in sorted(rows)}


class SqlMediaStore:
    """The MediaStore port in the database: one row per 256 KiB chunk."""

    def __init__(self, engine: AsyncEngine, chunk: int = CHUNK) -> None:
        self.engine = engine
        self.chunk = chunk

    @staticmethod
    def _first_chunk(sha256: str, area: str) -> Any:
        table = t.media_blobs
        return select(func.count()).where(
            and_(table.c.area == area, table.c.sha256 == sha256, table.c.chunk == 0)
        )

    async def put(self, data: bytes, area: str = "media") -> str:
        digest = hashlib.sha256(data).hexdigest()
        table = t.media_blobs
        async with self.engine.begin() as conn:
            there = (await conn.execute(self._first_chunk(digest, area))).scalar_one()
            if not there:
                rows = [
                    {
                        "area": area,
                        "sha256": digest,
                        "chunk": n,
                        "data": data[start : start + self.chunk],
                    }
                    for n, start in enumerate(range(0, max(len(data), 1), self.chunk))
                ]
                await conn.execute(insert(table), rows)
        return digest

    async def get(self, sha256: str, area: str = "media") -> bytes | None:
        table = t.media_blobs
        async with self.engine.connect() as conn:
            parts = (
                (
                    await conn.execute(
                        select(table.c.data)
                        .where(and_(table.c.area == area, table.c.sha256 == sha256))
                        .order_by(table.c.chunk)
                    )
                )
                .scalars()
                .all()
            )
        return b"".join(parts) if parts else None

    async def has(self, sha256: str, area: str = "media") -> bool:
        async with self.engine.connect() as conn:
            count = (await conn.execute(self._first_chunk(sha256, area))).scalar_one()
        return bool(count)

    async def delete(self, sha256: str, area: str = "media") -> bool:
        table = t.media_blobs
        async with self.engine.begin() as conn:
            result = await conn.execute(
                delete(table).where(and_(table.c.area == area, table.c.sha256 == sha256))
            )
        return bool(result.rowcount)

    async def list(self, area: str = "media") -> list[str]:
        table = t.media_blobs
        async with self.engine.connect() as conn:
            rows = (
                (
                    await conn.execute(
                        select(table.c.sha256)
                        .where(and_(table.c.area == area, table.c.chunk == 0))
                        .order_by(table.c.sha256)
                    )
                )
                .scalars()
                .all()
            )
        return list(rows)

    async def close(self) -> None:
        return None
