"""Small Protocols the services depend on (Store, Broker, Clock) and the rows they pass."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    pseudo: str
    pseudo_folded: str
    gender: str
    age: int
    departement: str
    token_hash: str
    created_at: float
    active_until: float
    ip_hash: str | None = None


@dataclass(frozen=True, slots=True)
class RoomRow:
    id: str
    kind: str
    name: str
    topic: str
    owner_id: str | None
    password_hash: str | None
    created_at: float
    last_seq: int = 0
    position: int = 0
    category: str = ""


@dataclass(frozen=True, slots=True)
class NewMessage:
    room_id: str
    msg_id: str
    user_id: str
    pseudo: str
    text: str
    ts: int  # ms since epoch


@dataclass(frozen=True, slots=True)
class StoredMessage:
    room_id: str
    seq: int
    msg_id: str
    user_id: str
    pseudo: str
    text: str
    ts: int


@dataclass(frozen=True, slots=True)
class DmRequestRow:
    id: str
    from_id: str
    to_id: str
    text: str
    state: str
    created_at: float
    updated_at: float
    room_id: str | None = None


class Store(Protocol):
    """Persistence. The database is the source of truth (DESIGN.md, Synapse habit)."""

    async def close(self) -> None: ...

    # users (guest sessions)
    async def create_user(self, user: UserRow) -> None: ...
    async def get_user(self, user_id: str) -> UserRow | None: ...
    async def get_users(self, user_ids: Sequence[str]) -> list[UserRow]: ...
    async def get_user_by_token(self, token_hash: str) -> UserRow | None: ...
    async def pseudo_in_use(self, pseudo_folded: str, now: float) -> bool: ...
    async def set_active_until(self, user_ids: Sequence[str], until: float) -> None: ...

    # rooms and memberships
    async def upsert_salons(self, salons: Sequence[RoomRow]) -> None: ...
    async def list_rooms(self, kind: str) -> list[RoomRow]: ...
    async def get_room(self, room_id: str) -> RoomRow | None: ...
    async def create_room(self, room: RoomRow) -> None: ...
    async def add_member(self, room_id: str, user_id: str, role: str, now: float) -> None: ...
    async def member_role(self, room_id: str, user_id: str) -> str | None: ...
    async def room_member_ids(self, room_id: str) -> list[str]: ...
    async def count_rooms_owned(self, user_id: str, kind: str) -> int: ...

    # messages
    async def append_messages(self, messages: Sequence[NewMessage]) -> list[StoredMessage]:
        """Store messages, assigning each the next ``seq`` of its room, in order."""
        ...

    async def messages_after(
        self, room_id: str, after_seq: int, limit: int
    ) -> list[StoredMessage]: ...
    async def messages_before(
        self, room_id: str, before_seq: int | None, limit: int
    ) -> list[StoredMessage]:
        """The ``limit`` newest messages older than ``before_seq``, oldest first."""
        ...

    # blocks
    async def add_block(self, blocker_id: str, blocked_id: str, now: float) -> None: ...
    async def remove_block(self, blocker_id: str, blocked_id: str) -> None: ...
    async def blocked_by(self, blocker_id: str) -> set[str]: ...

    # DM requests
    async def create_dm_request(self, request: DmRequestRow) -> None: ...
    async def get_dm_request(self, request_id: str) -> DmRequestRow | None: ...
    async def update_dm_request(
        self, request_id: str, state: str, now: float, room_id: str | None = None
    ) -> None: ...
    async def pending_dm_requests_to(self, user_id: str) -> list[DmRequestRow]: ...
    async def count_pending_dm_requests_from(self, user_id: str) -> int: ...
    async def find_dm_request_between(self, a: str, b: str) -> DmRequestRow | None:
        """The latest request between two users, in either direction."""
        ...

    async def dm_rooms_of(self, user_id: str) -> list[tuple[str, str]]:
        """(room_id, other_user_id) for each accepted DM of the user."""
        ...


@dataclass(frozen=True, slots=True)
class Envelope:
    """What crosses the broker: a pre-encoded frame and what fan-out needs to route it.

    ``seq`` is set for chat messages (the room position, Synapse style); a node that
    sees a gap reads the store.
    """

    room_id: str
    kind: str  # "message" | "presence" | "typing" | "control"
    sender_id: str
    payload: bytes
    seq: int = 0
    origin: str = ""


Deliver = Callable[[Envelope], None]


class Broker(Protocol):
    """Fan-out between nodes. Carries positions and small events, never the truth."""

    async def start(self, deliver: Deliver) -> None: ...
    async def publish(self, envelope: Envelope) -> None: ...
    async def close(self) -> None: ...


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the Unix epoch (UTC)."""
        ...

    def monotonic(self) -> float: ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...
    def verify(self, hashed: str, password: str) -> bool: ...


AsyncHook = Callable[[], Awaitable[None]]
