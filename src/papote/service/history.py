"""Per-room in-memory rings of recent messages, loaded from the store on first use."""

from __future__ import annotations

import asyncio
from collections import deque

from papote.ports import Store, StoredMessage


class _Ring:
    __slots__ = ("items", "loaded", "lock", "pending")

    def __init__(self, size: int) -> None:
        self.items: deque[StoredMessage] = deque(maxlen=size)
        self.loaded = False
        self.pending: list[StoredMessage] = []
        self.lock = asyncio.Lock()


class HistoryCache:
    """Recent history per room: joins read memory, not the database (DESIGN.md)."""

    def __init__(self, store: Store, size: int) -> None:
        self.store = store
        self.size = size
        self._rings: dict[str, _Ring] = {}

    def _ring(self, room_id: str) -> _Ring:
        ring = self._rings.get(room_id)
        if ring is None:
            ring = self._rings[room_id] = _Ring(self.size)
        return ring

    def add(self, message: StoredMessage) -> None:
        """Record a stored message (called in seq order after each commit)."""
        ring = self._ring(message.room_id)
        if not ring.loaded:
            ring.pending.append(message)
            return
        if not ring.items or message.seq > ring.items[-1].seq:
            ring.items.append(message)

    async def _load(self, room_id: str) -> _Ring:
        ring = self._ring(room_id)
        if ring.loaded:
            return ring
        async with ring.lock:
            if ring.loaded:
                return ring
            rows = await self.store.messages_before(room_id, None, self.size)
            ring.items.extend(rows)
            last = rows[-1].seq if rows else 0
            for message in sorted(ring.pending, key=lambda m: m.seq):
                if message.seq > last:
                    ring.items.append(message)
                    last = message.seq
            ring.pending.clear()
            ring.loaded = True
        return ring

    async def latest(self, room_id: str, limit: int) -> list[StoredMessage]:
        """The ``limit`` newest messages, oldest first."""
        ring = await self._load(room_id)
        if limit <= 0:
            return []
        if limit <= len(ring.items) or len(ring.items) < self.size:
            # Either enough in memory, or the ring never filled: it holds the whole room.
            return list(ring.items)[-limit:]
        return await self.store.messages_before(room_id, None, limit)

    async def after(self, room_id: str, seq: int, limit: int) -> tuple[list[StoredMessage], bool]:
        """The newest ``limit`` messages with seq > ``seq``, and whether older ones after
        ``seq`` were left out (the client then offers to load them with ``history``)."""
        newest = await self.latest(room_id, limit)
        newer = [m for m in newest if m.seq > seq]
        skipped = len(newer) == len(newest) and bool(newer) and newer[0].seq > seq + 1
        return newer, skipped

    def forget(self, room_id: str) -> None:
        self._rings.pop(room_id, None)
