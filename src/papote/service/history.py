"""Per-room in-memory rings of recent messages, loaded from the store on first use."""

from __future__ import annotations

import asyncio
import bisect
from collections import deque
from collections.abc import Callable
from dataclasses import replace

from papote.ports import Store, StoredMessage


class _Ring:
    __slots__ = ("items", "last_release", "loaded", "lock", "pending")

    def __init__(self, size: int) -> None:
        self.items: deque[StoredMessage] = deque(maxlen=size)
        self.loaded = False
        self.pending: list[StoredMessage] = []
        self.lock = asyncio.Lock()
        # The room's newest seq at its latest release of a held message (None: none
        # known): a resume with `since` above it has no late message to fetch.
        self.last_release: int | None = None


class HistoryCache:
    """Recent history per room: joins read memory, not the database (DESIGN.md)."""

    def __init__(self, store: Store, size: int) -> None:
        self.store = store
        self.size = size
        self._rings: dict[str, _Ring] = {}
        # Told (room, newest seq) each time a ring is loaded: the relay between nodes
        # (service/relay.py) starts keeping that room in order from there.
        self.on_load: Callable[[str, int], None] | None = None
        # Told (room) when a ring is dropped: the relay stops keeping that room in order.
        self.on_forget: Callable[[str], None] | None = None

    def _ring(self, room_id: str) -> _Ring:
        ring = self._rings.get(room_id)
        if ring is None:
            ring = self._rings[room_id] = _Ring(self.size)
        return ring

    def add(self, message: StoredMessage) -> None:
        """Record a stored message (normally in seq order after each commit).

        A room with no ring here is skipped: its first join reads the store. A ring that
        is loading keeps the message aside and merges it when the load completes.
        """
        ring = self._rings.get(message.room_id)
        if ring is None:
            return
        if not ring.loaded:
            ring.pending.append(message)
            return
        items = ring.items
        if not items or message.seq > items[-1].seq:
            items.append(message)
            return
        # Several nodes: a message written elsewhere can be learnt after a newer local one
        # (the relay fills such gaps from the store); slot it in so the ring has no hole.
        index = bisect.bisect_left(items, message.seq, key=lambda m: m.seq)
        if items[index].seq == message.seq:
            return  # already in it
        if len(items) == items.maxlen:
            if index == 0:
                return  # older than the newest `size` the ring keeps
            items.popleft()
            index -= 1
        items.insert(index, message)

    def keeps(self, room_id: str) -> bool:
        """Whether this node has (or is loading) a ring for the room."""
        return room_id in self._rings

    def observe(self, message: StoredMessage) -> None:
        """Record a message learnt from another node, if this node keeps that room's ring
        (otherwise a later load reads it from the store)."""
        if message.room_id in self._rings:
            self.add(message)

    def last_seq(self, room_id: str) -> int | None:
        """The newest seq in a loaded ring (0 for an empty room); None if not loaded."""
        ring = self._rings.get(room_id)
        if ring is None or not ring.loaded:
            return None
        return ring.items[-1].seq if ring.items else 0

    def loaded_rooms(self) -> list[str]:
        return [room_id for room_id, ring in self._rings.items() if ring.loaded]

    async def _load(self, room_id: str) -> _Ring:
        ring = self._ring(room_id)
        if ring.loaded:
            return ring
        async with ring.lock:
            if ring.loaded:
                return ring
            rows = await self.store.messages_before(room_id, None, self.size)
            last_release = await self.store.last_release(room_id)
            ring.last_release = _latest(ring.last_release, last_release)
            ring.items.extend(rows)
            last = rows[-1].seq if rows else 0
            for message in sorted(ring.pending, key=lambda m: m.seq):
                if message.seq > last:
                    ring.items.append(message)
                    last = message.seq
            ring.pending.clear()
            ring.loaded = True
            if self.on_load is not None:
                self.on_load(room_id, last)
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
        ``seq`` were left out (the client then offers to load them with ``history``).

        With them, the messages of seq ``seq`` or less that were released (held, then
        delivered) when the room had reached ``seq`` or more: whoever saw up to ``seq``
        may have been away then. Each is placed where it was released (after the message
        that was newest then). Only a room that had such a release reads the store."""
        newest = await self.latest(room_id, limit)
        newer = [m for m in newest if m.seq > seq]
        skipped = len(newer) == len(newest) and bool(newer) and newer[0].seq > seq + 1
        ring = self._rings.get(room_id)
        if ring is None or ring.last_release is None or ring.last_release < seq:
            return newer, skipped
        late = await self.store.messages_released_since(room_id, seq, limit)
        if not late:
            return newer, skipped

        def place(m: StoredMessage) -> float:
            if m.seq > seq or m.released_seq is None:
                return m.seq
            return m.released_seq + 0.5

        return sorted(newer + late, key=place), skipped

    def forget(self, room_id: str) -> None:
        """Drop a room's ring (a later join reads the store again)."""
        if self._rings.pop(room_id, None) is not None and self.on_forget is not None:
            self.on_forget(room_id)

    def remove(self, room_id: str, msg_id: str) -> None:
        """Drop one message (deleted by moderation) from the ring, if it is there."""
        ring = self._rings.get(room_id)
        if ring is None:
            return
        kept = [m for m in ring.items if m.msg_id != msg_id]
        if len(kept) != len(ring.items):
            ring.items.clear()
            ring.items.extend(kept)
        ring.pending = [m for m in ring.pending if m.msg_id != msg_id]

    def release(self, room_id: str, msg_id: str, at: int | None = None) -> bool:
        """A held message was delivered (docs/detection.md "Held messages"): it stays at
        its place in the ring, now seen by everyone. False if the ring keeps the room but
        not the message (it was refused and withdrawn, then an appeal delivered it): the
        caller reads it back from the store and ``add`` slots it in at its place."""
        ring = self._rings.get(room_id)
        if ring is None:
            return True  # a later load reads the store
        ring.last_release = _latest(ring.last_release, at)
        for i, message in enumerate(ring.items):
            if message.msg_id == msg_id:
                ring.items[i] = replace(message, held=None, released_seq=at)
                return True
        found = any(m.msg_id == msg_id for m in ring.pending)
        ring.pending = [
            replace(m, held=None, released_seq=at) if m.msg_id == msg_id else m
            for m in ring.pending
        ]
        return found or not ring.loaded


def _latest(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)
