"""Calls' metadata on SQLAlchemy Core (the CallStore port): one row per call, changed by
compare-and-set so that two nodes racing on one call (a hang-up and a timeout) agree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from papote.domain.calls import CallState
from papote.ports import CallRow
from papote.storage import schema as t
from papote.storage.rows import from_row, to_values

_LIVE = (CallState.RINGING.value, CallState.ACTIVE.value)


class SqlCallStore:
    """The CallStore port (papote.ports.CallStore)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def _rows(self, query: Any) -> list[CallRow]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [from_row(CallRow, row) for row in rows]

    async def create_call(self, call: CallRow) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(insert(t.calls).values(**to_values(call)))

    async def get_call(self, call_id: str) -> CallRow | None:
        rows = await self._rows(select(t.calls).where(t.calls.c.id == call_id))
        return rows[0] if rows else None

    async def answer_call(self, call_id: str, callee_conn: str, now: float) -> bool:
        c = t.calls.c
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(t.calls)
                .where(and_(c.id == call_id, c.state == CallState.RINGING.value))
                .values(state=CallState.ACTIVE.value, callee_conn=callee_conn, answered_at=now)
            )
        return bool(result.rowcount)

    async def end_call(
        self,
        call_id: str,
        reason: str,
        by: str,
        now: float,
        ringing_only: bool = False,
        held_by: str | None = None,
    ) -> CallRow | None:
        c = t.calls.c
        states = (CallState.RINGING.value,) if ringing_only else _LIVE
        async with self.engine.begin() as conn:
            row = (await conn.execute(select(t.calls).where(c.id == call_id))).first()
            if row is None or row.state not in states:
                return None
            same = and_(c.id == call_id, c.state == row.state)
            if held_by is not None:
                same = and_(same, or_(c.caller_conn == held_by, c.callee_conn == held_by))
            result = await conn.execute(
                update(t.calls)
                .where(same)
                .values(state=CallState.ENDED.value, ended_at=now, end_reason=reason, ended_by=by)
            )
            if not result.rowcount:  # someone else ended (or answered) it meanwhile
                return None
        return from_row(CallRow, row)

    async def move_call(self, call_id: str, user_id: str, conn: str) -> bool:
        c = t.calls.c
        active = and_(c.id == call_id, c.state == CallState.ACTIVE.value)
        async with self.engine.begin() as db:
            moved = 0
            for party, side in ((c.caller_id, "caller_conn"), (c.callee_id, "callee_conn")):
                result = await db.execute(
                    update(t.calls).where(and_(active, party == user_id)).values({side: conn})
                )
                moved += result.rowcount or 0
        return bool(moved)

    async def live_calls_held_on(self, node_id: str) -> list[CallRow]:
        c = t.calls.c
        prefix = node_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"
        return await self._rows(
            select(t.calls).where(
                and_(
                    c.state.in_(_LIVE),
                    or_(
                        c.caller_conn.like(prefix, escape="\\"),
                        c.callee_conn.like(prefix, escape="\\"),
                    ),
                )
            )
        )

    async def mark_video(self, call_id: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(t.calls).where(t.calls.c.id == call_id).values(video=True))

    async def live_calls_of(self, user_id: str) -> list[CallRow]:
        c = t.calls.c
        return await self._rows(
            select(t.calls).where(
                and_(or_(c.caller_id == user_id, c.callee_id == user_id), c.state.in_(_LIVE))
            )
        )

    async def list_calls(self, live: bool, limit: int) -> list[CallRow]:
        query = select(t.calls)
        if live:
            query = query.where(t.calls.c.state.in_(_LIVE))
        return await self._rows(query.order_by(t.calls.c.created_at.desc()).limit(limit))

    async def purge_calls(self, ended_before: float, keep: Sequence[str]) -> int:
        c = t.calls.c
        condition = and_(c.state == CallState.ENDED.value, c.ended_at < ended_before)
        if keep:
            condition = and_(condition, c.id.not_in(list(keep)))
        async with self.engine.begin() as conn:
            result = await conn.execute(delete(t.calls).where(condition))
        return int(result.rowcount or 0)
