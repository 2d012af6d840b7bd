"""Local fan-out: the connections of this node, by room and by user.

A broadcast arrives as one pre-encoded payload (encoded once); the hub frames it once
for the transport (``Hub.framer``: a whole WebSocket frame for the native listener) and
pushes the same bytes to each recipient's bounded outbound queue, skipping recipients who
blocked the sender. The per-recipient work is one set lookup and one append. A
connection whose queue overflows is aborted (close 4008), so one slow reader never stalls
a room (DESIGN.md, Performance shape). After a fan-out the hub calls ``Hub.on_fanout``:
the transport then writes each touched connection's queue once for the whole event-loop
pass (docs/performance.md).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import msgspec

from papote.domain.ratelimit import TokenBucket
from papote.domain.roster import NO_FILTER, MemberFilter, Roster
from papote.ports import AllNodes, Envelope, RoomAddress, UserAddress
from papote.protocol import connection
from papote.protocol.codec import encode_frame
from papote.protocol.wire import Presence, UserInfo, UserRef

CLOSE_SLOW_CONSUMER = 4008
CLOSE_FLOODING = 4029
CLOSE_UNAUTHORIZED = connection.CLOSE_UNAUTHORIZED  # defined with the session's phases
CLOSE_BANNED = 4003

_conn_ids = itertools.count(1)


class PresenceChange(msgspec.Struct, frozen=True):
    """A presence envelope's payload, node to node: who arrived in and who left one room
    during one tick (ChatService.flush_presence). Each node turns it into the
    ``presence`` frames of its own connections' member-list windows (``Hub.deliver``)."""

    room: str
    joined: list[UserInfo]
    left: list[UserInfo]


_change_decoder = msgspec.json.Decoder(PresenceChange)


@dataclass(frozen=True, slots=True)
class ViewKey:
    """What a connection sees of a room's member list: the first ``limit`` members in
    display order that pass ``filter`` (docs/protocol.md §2.3)."""

    filter: MemberFilter
    limit: int


class _View:
    """The connections of this node that see one window of one room's list, and that
    window as they last heard of it: one frame per tick is encoded for all of them."""

    __slots__ = ("conns", "count", "matching", "window")

    def __init__(self) -> None:
        self.conns: set[Connection] = set()
        self.window: list[UserInfo] | None = None
        self.count = -1
        self.matching = -1


class _RoomList:
    """One room's member list on this node: everyone in it (on every node), and the
    windows this node's connections see."""

    __slots__ = ("pins", "roster", "view_of", "views")

    def __init__(self, people: list[UserInfo]) -> None:
        self.roster: Roster[UserInfo] = Roster(people)
        self.views: dict[ViewKey, _View] = {}
        self.view_of: dict[Connection, ViewKey] = {}
        self.pins = 0  # joins between loading the list and entering the room


@dataclass(frozen=True, slots=True)
class Page:
    """A window of a room's member list as one person gets it."""

    members: list[UserInfo]
    count: int  # everyone in the room
    matching: int  # those who pass the filters
    limit: int


@dataclass(eq=False, slots=True)
class UserState:
    """One person as seen by this node: profile, blocks, live connections."""

    info: UserInfo
    ref: UserRef
    blocked: set[str] = field(default_factory=set)
    conns: set[Connection] = field(default_factory=set)
    say_buckets: dict[str, TokenBucket] = field(default_factory=dict)
    # What sanctions bind to (``u:``, ``d:<device hash>``, ``i:<address hash>``): the
    # person's id and every device and address their connections here come from.
    keys: set[str] = field(default_factory=set)


class Connection:
    """One live socket: a bounded outbound queue and the rooms it joined.

    This base class only queues (the service tests read ``queue``; the ASGI transport
    drains it). The native transport subclasses it to write each pass's queue in one go.
    ``abort`` is provided by the transport.
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
    )

    def __init__(
        self, user: UserState, max_frames: int, frame_bucket: TokenBucket, flood_bucket: TokenBucket
    ) -> None:
        self.id = next(_conn_ids)
        self.user = user
        self.max_frames = max_frames
        self.queue: deque[bytes] = deque()
        self.rooms: set[str] = set()
        self.close_code: int | None = None
        self.frame_bucket = frame_bucket  # every frame takes a token
        self.flood_bucket = flood_bucket  # every refused frame takes one: empty = flooding
        self.abort: Callable[[int], None] = no_abort

    def send(self, payload: bytes) -> None:
        """Queue one encoded frame for this connection alone (a reply, an error)."""
        self.push(payload)

    def push(self, data: bytes) -> None:
        """Queue one frame (``Hub.framer``'s output for broadcasts); abort the connection
        if the client stopped reading."""
        if self.close_code is not None:
            return
        if len(self.queue) >= self.max_frames:
            self.overflow()
            return
        self.queue.append(data)

    def push_batch(self, data: bytes, count: int) -> None:
        """Queue ``count`` frames already joined into one bytes (``Hub.hold``): only a
        transport whose queue holds whole frames (the native one) is handed these."""
        self.push(data)

    def overflow(self) -> None:
        """The queue is full: the client does not read. Drop it (close 4008)."""
        self.close_code = CLOSE_SLOW_CONSUMER
        self.queue.clear()
        self.abort(CLOSE_SLOW_CONSUMER)


def no_abort(code: int) -> None:
    """``Connection.abort`` of a connection that has no socket (or no more)."""


def _no_framing(payload: bytes) -> bytes:
    return payload


def _nothing() -> None:
    return None


class Hub:
    """Where envelopes from the broker meet this node's connections."""

    def __init__(self) -> None:
        self.users: dict[str, UserState] = {}
        # room id -> user id -> that user's connections in the room (on this node)
        self.rooms: dict[str, dict[str, set[Connection]]] = {}
        self.on_control: Callable[[Envelope], None] = lambda envelope: None
        # Set by the transport: how a payload becomes what a connection queues (once per
        # broadcast), and what to do once a fan-out has queued (schedule the writes).
        self.framer: Callable[[bytes], bytes] = _no_framing
        self.on_fanout: Callable[[], None] = _nothing
        self.deliveries = 0  # frames queued by fan-out (counters read by /metrics)
        self.broadcasts: dict[str, int] = {}  # envelopes delivered here, by kind
        # room id -> flat (user id, that user's block set, connection) rows for fan-out,
        # rebuilt on the first broadcast after a membership change. A block set is
        # changed in place, never replaced, so the rows see new blocks at once.
        self._fanout: dict[str, list[tuple[str, set[str], Connection]]] = {}
        # Set by a transport whose queues hold whole frames: the chat messages of one
        # group commit may then reach each recipient as one joined entry (``hold``).
        self.joins_frames = False
        # While held: room id -> [(sender id, framed bytes)] in arrival order.
        self._held: dict[str, list[tuple[str, bytes]]] | None = None
        # room id -> its member list, for the rooms this node has members in (or is
        # letting someone into): kept from the presence envelopes of every node.
        self.lists: dict[str, _RoomList] = {}
        self.member_page = 100  # the window a join gets (Limits.member_page)

    # ------------------------------------------------------------------ membership

    def user_state(self, info: UserInfo, blocked: set[str]) -> UserState:
        state = self.users.get(info.id)
        if state is None:
            state = UserState(
                info=info, ref=UserRef(id=info.id, pseudo=info.pseudo), blocked=set(blocked)
            )
            self.users[info.id] = state
        return state

    def keys_of(self, user_id: str) -> set[str]:
        """The person keys ``user_id`` is connected from on this node (empty if absent)."""
        state = self.users.get(user_id)
        return set(state.keys) if state is not None else set()

    def attach(self, conn: Connection) -> None:
        conn.user.conns.add(conn)

    def detach(self, conn: Connection) -> None:
        state = conn.user
        state.conns.discard(conn)
        if not state.conns:
            self.users.pop(state.info.id, None)

    def enter(self, room_id: str, conn: Connection, key: ViewKey | None = None) -> bool:
        """Add ``conn`` to a room (seeing ``key``'s window of its list, the first page by
        default); True if it is the user's first connection there. The room's list is
        loaded first (``load_list``; otherwise it starts empty)."""
        members = self.rooms.setdefault(room_id, {})
        conns = members.setdefault(conn.user.info.id, set())
        first = not conns
        conns.add(conn)
        conn.rooms.add(room_id)
        self._fanout.pop(room_id, None)
        room_list = self.lists.get(room_id)
        if room_list is None:
            room_list = self.lists[room_id] = _RoomList([])
        self._set_view(room_list, conn, key or self.default_view())
        return first

    def exit(self, room_id: str, conn: Connection) -> bool:
        """Remove ``conn`` from a room; True if the user has no connection left there."""
        conn.rooms.discard(room_id)
        self._fanout.pop(room_id, None)
        room_list = self.lists.get(room_id)
        if room_list is not None:
            self._leave_view(room_list, conn)
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
            self._drop_list(room_id)
        return True

    # ------------------------------------------------------------------ member lists

    def default_view(self) -> ViewKey:
        return ViewKey(NO_FILTER, self.member_page)

    def has_list(self, room_id: str) -> bool:
        return room_id in self.lists

    def load_list(self, room_id: str, people: list[UserInfo]) -> None:
        """Start keeping a room's member list from everyone in it now (the Presence
        port's answer); the presence envelopes keep it up to date from then on."""
        if room_id not in self.lists:
            self.lists[room_id] = _RoomList(people)

    def pin_list(self, room_id: str) -> None:
        """Keep a loaded list while someone is on their way in (``unpin_list`` after)."""
        self.lists[room_id].pins += 1

    def unpin_list(self, room_id: str) -> None:
        room_list = self.lists.get(room_id)
        if room_list is not None:
            room_list.pins -= 1
            if room_id not in self.rooms:
                self._drop_list(room_id)

    def _drop_list(self, room_id: str) -> None:
        """Nobody here is in the room any more: stop keeping its list (a later join
        loads it again), unless a join is on its way in."""
        room_list = self.lists.get(room_id)
        if room_list is not None and room_list.pins <= 0 and room_id not in self.rooms:
            del self.lists[room_id]

    def page(self, room_id: str, conn: Connection, key: ViewKey) -> Page:
        """The window ``key`` of a room's list for ``conn``'s person, and from now on the
        window their ``presence`` frames change. People they blocked are left out; they
        themselves are in it if they pass the filters, wherever they sort (the client
        keeps itself, docs/protocol.md §2.3)."""
        room_list = self.lists[room_id]
        if conn in room_list.view_of:
            self._set_view(room_list, conn, key)
        view = room_list.views.get(key)
        roster = room_list.roster
        window = view.window if view is not None and view.window is not None else None
        count = len(roster)
        matching = count if key.filter.empty else roster.matching(key.filter)
        if window is None:
            window = roster.window(key.filter, key.limit)
            if view is not None:  # what its viewers know from now on
                view.window, view.count, view.matching = window, count, matching
        me = conn.user.info
        blocked = conn.user.blocked
        members = [u for u in window if u.id not in blocked] if blocked else list(window)
        if me.id not in roster:  # on their way in: the next tick lists them
            count += 1
            if key.filter.matches(me):
                matching += 1
        if key.filter.matches(me) and all(u.id != me.id for u in window):
            members.append(me)
        return Page(members=members, count=count, matching=matching, limit=key.limit)

    def _set_view(self, room_list: _RoomList, conn: Connection, key: ViewKey) -> None:
        if room_list.view_of.get(conn) == key:
            return
        self._leave_view(room_list, conn)
        view = room_list.views.get(key)
        if view is None:
            view = room_list.views[key] = _View()
        view.conns.add(conn)
        room_list.view_of[conn] = key

    def _leave_view(self, room_list: _RoomList, conn: Connection) -> None:
        key = room_list.view_of.pop(conn, None)
        if key is None:
            return
        view = room_list.views.get(key)
        if view is not None:
            view.conns.discard(conn)
            if not view.conns:
                del room_list.views[key]

    def count(self, room_id: str) -> int:
        return len(self.rooms.get(room_id, ()))

    # ------------------------------------------------------------------ fan-out

    def _rows(self, room_id: str) -> list[tuple[str, set[str], Connection]]:
        members = self.rooms.get(room_id)
        if not members:
            return []
        users = self.users
        rows = [
            (uid, state.blocked, conn)
            for uid, conns in members.items()
            if (state := users.get(uid)) is not None
            for conn in conns
        ]
        self._fanout[room_id] = rows
        return rows

    def _fan_presence(self, payload: bytes) -> int:
        """One tick's arrivals and departures in one room (from any node): the room's
        list changes, and each window this node's connections see is told how it
        changed, with the room's count, in one frame encoded once per window. Only the
        few who blocked someone in that frame get one of their own (or none)."""
        return self._apply_change(_change_decoder.decode(payload))

    def resync_list(self, room_id: str, people: list[UserInfo]) -> None:
        """The broker may have lost presence envelopes (a Redis resubscription): add to
        the room's list whoever the Presence port has in it and the list lacks, and tell
        each window. Nobody is taken out: a Redis that restarted empty answers before the
        nodes have put their people back, and would empty every list."""
        if room_id in self.lists:
            change = PresenceChange(room=room_id, joined=people, left=[])
            self._queued(self._apply_change(change))

    def _apply_change(self, change: PresenceChange) -> int:
        room_list = self.lists.get(change.room)
        if room_list is None:
            return 0
        roster = room_list.roster
        views = room_list.views
        for key, view in views.items():
            if view.window is None:  # the window as its viewers last heard of it
                view.window = roster.window(key.filter, key.limit)
                view.count = len(roster)
                view.matching = roster.matching(key.filter)
        for info in change.left:
            roster.remove(info.id)
        for info in change.joined:
            roster.upsert(info)
        count = len(roster)
        framer = self.framer
        n = 0
        for key, view in views.items():
            old = view.window or []
            new = roster.window(key.filter, key.limit)
            view.window = new
            before = {u.id: u for u in old}
            after = {u.id for u in new}
            joined = [u for u in new if before.get(u.id) != u]  # new here, or changed
            left = [u for u in old if u.id not in after]
            matching = count if key.filter.empty else roster.matching(key.filter)
            if not joined and not left and count == view.count and matching == view.matching:
                continue
            view.count, view.matching = count, matching
            frame = Presence(
                room=change.room, joined=joined, left=left, count=count, matching=matching
            )
            data = framer(encode_frame(frame))
            about = {u.id for u in joined}
            about.update(u.id for u in left)
            for conn in view.conns:
                blocked = conn.user.blocked
                if blocked and not blocked.isdisjoint(about):
                    own = Presence(
                        room=change.room,
                        joined=[u for u in joined if u.id not in blocked],
                        left=[u for u in left if u.id not in blocked],
                        count=count,
                        matching=matching,
                    )
                    conn.push(framer(encode_frame(own)))
                else:
                    conn.push(data)
                n += 1
        return n

    def hold(self) -> None:
        """Gather the room messages delivered until ``release`` (a group commit's), so
        that each recipient gets a room's messages as one queue entry, not one per
        message: a commit of 400 messages in 100 rooms is then 1 append per recipient
        instead of 4 (docs/performance.md). Only with ``joins_frames``; anything else
        delivered meanwhile first releases what was held, so the order is kept."""
        if self.joins_frames and self._held is None:
            self._held = {}

    def release(self) -> None:
        """Fan out what ``hold`` gathered, room by room, each room's in order."""
        held = self._held
        if held is None:
            return
        self._held = None
        n = 0
        for room_id, items in held.items():
            rows = self._fanout.get(room_id)
            if rows is None:
                rows = self._rows(room_id)
            if not rows:
                continue
            if len(items) == 1:
                sender, data = items[0]
                for _uid, blocked, conn in rows:
                    if sender not in blocked:
                        conn.push(data)
                        n += 1
                continue
            count = len(items)
            joined = b"".join([data for _, data in items])
            senders = {sender for sender, _ in items}
            for _uid, blocked, conn in rows:
                if not blocked or blocked.isdisjoint(senders):
                    conn.push_batch(joined, count)
                    n += count
                else:  # this recipient blocked one of the senders: only the others
                    for sender, data in items:
                        if sender not in blocked:
                            conn.push(data)
                            n += 1
        self._queued(n)

    def deliver(self, envelope: Envelope) -> None:
        """Write one envelope to every local recipient (the Broker's Deliver callback)."""
        to = envelope.to
        if isinstance(to, AllNodes):  # a control message: for the node, not a connection
            self.on_control(envelope)
            return
        kind = envelope.kind
        counts = self.broadcasts
        counts[kind] = counts.get(kind, 0) + 1
        sender = envelope.sender_id
        data = self.framer(envelope.payload)  # once per broadcast, not per recipient
        held = self._held
        if held is not None:
            if kind == "message" and isinstance(to, RoomAddress):
                items = held.get(to.room_id)
                if items is None:
                    held[to.room_id] = [(sender, data)]
                else:
                    items.append((sender, data))
                return
            self.release()  # keep the order: what was held goes first
            self._held = {}
        n = 0
        if isinstance(to, UserAddress):
            state = self.users.get(to.user_id)
            if state is not None and sender not in state.blocked:
                for conn in state.conns:
                    conn.push(data)
                    n += 1
        elif kind == "presence":
            n = self._fan_presence(envelope.payload)
        else:
            room_id = to.room_id
            rows = self._fanout.get(room_id)
            if rows is None:
                rows = self._rows(room_id)
                if not rows:
                    return
            skip = sender if kind == "typing" else None
            # The hot loop: per recipient one set lookup and one append. ``rows`` is
            # replaced, never changed, when membership changes: iterating it is safe.
            for uid, blocked, conn in rows:
                if sender in blocked or uid == skip:
                    continue
                conn.push(data)
                n += 1
        self._queued(n)

    def _queued(self, n: int) -> None:
        """``n`` frames were queued by a fan-out: count them and schedule the writes."""
        if n:
            self.deliveries += n
            self.on_fanout()
