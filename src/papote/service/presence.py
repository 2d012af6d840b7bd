"""In-process presence: who is in which room, for a single node (the embedded default).

Several nodes use the Redis implementation (papote.broker.redis.RedisPresence) behind the
same Presence port (papote.ports.Presence); both pass tests/contract/test_presence.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from papote.protocol.wire import UserInfo


class _Entry:
    __slots__ = ("conns", "info")

    def __init__(self, info: UserInfo) -> None:
        self.info = info
        self.conns = 1


class InProcessPresence:
    """The Presence port when this process is the only node."""

    def __init__(self) -> None:
        # room id -> user id -> that user's profile and connection count in the room
        self._rooms: dict[str, dict[str, _Entry]] = {}

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        self._rooms.clear()

    async def enter(self, room_id: str, user: UserInfo) -> bool:
        members = self._rooms.setdefault(room_id, {})
        entry = members.get(user.id)
        if entry is None:
            members[user.id] = _Entry(user)
            return True
        entry.info = user  # the newest profile wins, as in Redis
        entry.conns += 1
        return False

    async def exit(self, room_id: str, user_id: str) -> bool:
        members = self._rooms.get(room_id)
        entry = members.get(user_id) if members is not None else None
        if members is None or entry is None:
            return False
        entry.conns -= 1
        if entry.conns > 0:
            return False
        del members[user_id]
        if not members:
            del self._rooms[room_id]
        return True

    async def members(self, room_id: str) -> list[UserInfo]:
        return [entry.info for entry in self._rooms.get(room_id, {}).values()]

    async def present(self, room_id: str, user_ids: Sequence[str]) -> set[str]:
        members = self._rooms.get(room_id, {})
        return {user_id for user_id in user_ids if user_id in members}

    async def counts(self, room_ids: Sequence[str]) -> dict[str, int]:
        rooms = self._rooms
        return {room_id: len(rooms.get(room_id, ())) for room_id in room_ids}
