"""Local fan-out: the connections of this node, by room and by user.

A broadcast arrives as one pre-encoded payload (encoded once); the hub writes the same
string to each recipient's bounded outbound queue, skipping recipients who blocked the
sender. A connection whose queue overflows is aborted (close 4008), so one slow reader
never stalls a room (DESIGN.md, Performance shape).
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import msgspec

from papote.domain.ratelimit import TokenBucket
from papote.ports import Envelope
from papote.protocol.wire import UserInfo, UserRef

CLOSE_SLOW_CONSUMER = 4008
CLOSE_FLOODING = 4029
CLOSE_UNAUTHORIZED = 4001

_conn_ids = itertools.count(1)


@dataclass(eq=False, slots=True)
class UserState:
    """One person as seen by this node: profile, blocks, live connections."""

    info: UserInfo
    ref: UserRef
    blocked: set[str] = field(default_factory=set)
    conns: set[Connection] = field(default_factory=set)
    say_buckets: dict[str, TokenBucket] = field(default_factory=dict)


class Connection:
    """One live socket: a bounded outbound queue and the rooms it joined.

    The transport drains ``queue`` when ``wake`` is set and provides ``abort``.
    """

    __slots__ = (
        "abort",
        "close_code",
        "flood_bucket",
        "frame_bucket",
        "id",
        "max_frames",
        "queue",
        "rooms",
        "user",
        "wake",
    )

    def __init__(
        self, user: UserState, max_frames: int, frame_bucket: TokenBucket, flood_bucket: TokenBucket
    ) -> None:
        self.id = next(_conn_ids)
        self.user = user
        self.max_frames = max_frames
        self.queue: deque[str] = deque()
        self.wake = asyncio.Event()
        self.rooms: set[str] = set()
        self.close_code: int | None = None
        self.frame_bucket = frame_bucket  # every frame takes a token
        self.flood_bucket = flood_bucket  # every refused frame takes one: empty = flooding
        self.abort: Callable[[int], None] = lambda code: None

    def send(self, data: str) -> None:
        """Queue one encoded frame; abort the connection if the client stopped reading."""
        if self.close_code is not None:
            return
        if len(self.queue) >= self.max_frames:
            self.close_code = CLOSE_SLOW_CONSUMER
            self.queue.clear()
            self.abort(CLOSE_SLOW_CONSUMER)
            return
        self.queue.append(data)
        self.wake.set()


class Hub:
    """Where envelopes from the broker meet this node's connections."""

    def __init__(self) -> None:
        self.users: dict[str, UserState] = {}
        # room id -> user id -> that user's connections in the room (on this node)
        self.rooms: dict[str, dict[str, set[Connection]]] = {}
        self.on_control: Callable[[Envelope], None] = lambda envelope: None
        self.deliveries = 0

    # ------------------------------------------------------------------ membership

    def user_state(self, info: UserInfo, blocked: set[str]) -> UserState:
        state = self.users.get(info.id)
        if state is None:
            state = UserState(
                info=info, ref=UserRef(id=info.id, pseudo=info.pseudo), blocked=set(blocked)
            )
            self.users[info.id] = state
        return state

    def attach(self, conn: Connection) -> None:
        conn.user.conns.add(conn)

    def detach(self, conn: Connection) -> None:
        state = conn.user
        state.conns.discard(conn)
        if not state.conns:
            self.users.pop(state.info.id, None)

    def enter(self, room_id: str, conn: Connection) -> bool:
        """Add ``conn`` to a room; True if it is the user's first connection there."""
        members = self.rooms.setdefault(room_id, {})
        conns = members.setdefault(conn.user.info.id, set())
        first = not conns
        conns.add(conn)
        conn.rooms.add(room_id)
        return first

    def exit(self, room_id: str, conn: Connection) -> bool:
        """Remove ``conn`` from a room; True if the user has no connection left there."""
        conn.rooms.discard(room_id)
        members = self.rooms.get(room_id)
        if members is None:
            return False
        conns = members.get(conn.user.info.id)
        if conns is None:
            return False
        conns.discard(conn)
        if conns:
            return False
        del members[conn.user.info.id]
        if not members:
            del self.rooms[room_id]
        return True

    def members(self, room_id: str) -> list[UserInfo]:
        return [self.users[uid].info for uid in self.rooms.get(room_id, {}) if uid in self.users]

    def count(self, room_id: str) -> int:
        return len(self.rooms.get(room_id, ()))

    # ------------------------------------------------------------------ fan-out

    def deliver(self, envelope: Envelope) -> None:
        """Write one envelope to every local recipient (the Broker's Deliver callback)."""
        if envelope.kind == "control":
            self.on_control(envelope)
            return
        sender = envelope.sender_id
        skip_sender = envelope.kind in ("typing", "presence")
        text = envelope.payload.decode()  # once per broadcast, not per recipient
        room_id = envelope.room_id
        if room_id.startswith("user:"):
            state = self.users.get(room_id[5:])
            targets = [state] if state is not None else []
            n = 0
            for state in targets:
                if sender in state.blocked:
                    continue
                for conn in state.conns:
                    conn.send(text)
                    n += 1
            self.deliveries += n
            return
        members = self.rooms.get(room_id)
        if not members:
            return
        n = 0
        users = self.users
        for uid, conns in list(members.items()):
            if skip_sender and uid == sender:
                continue
            state = users.get(uid)
            if state is None or sender in state.blocked:
                continue
            for conn in conns:
                conn.send(text)
                n += 1
        self.deliveries += n


def encode_control(op: str, **values: str) -> bytes:
    """Payload of a control envelope (internal, node to node)."""
    return msgspec.json.encode({"op": op, **values})


def decode_control(payload: bytes) -> dict[str, str]:
    value = msgspec.json.decode(payload)
    if not isinstance(value, dict):
        raise ValueError("bad control payload")
    return {str(k): str(v) for k, v in value.items()}
