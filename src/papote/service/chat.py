"""The chat service: join, leave, say, typing, history, private rooms, DMs, blocks.

Each ``do_*`` takes the calling connection and a decoded frame, applies the domain
rules, stores, publishes through the broker, and returns the reply for the caller.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import hmac
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import replace
from typing import Protocol, assert_never, cast

import msgspec
import structlog

from papote.config import Limits
from papote.domain import dm as dm_rules
from papote.domain.dedup import RecentIds
from papote.domain.errors import DomainError
from papote.domain.ratelimit import TokenBucket
from papote.domain.risk.detector import MessageAnalysis
from papote.domain.risk.hold import visible_to
from papote.domain.rooms import (
    Access,
    Room,
    RoomKind,
    check_can_join,
    check_membership_count,
    check_room_name,
    check_room_password,
    check_text,
    parse_room_id,
)
from papote.domain.roster import check_member_filter
from papote.messages import describe
from papote.ports import (
    Address,
    Broker,
    Clock,
    ContentLogRow,
    DmRequestRow,
    Envelope,
    EnvelopeKind,
    NewMessage,
    Origin,
    PasswordHasher,
    Presence,
    RoomAddress,
    RoomRow,
    Store,
    StoredMessage,
    UserAddress,
    UserRow,
)
from papote.protocol import wire
from papote.protocol.codec import encode_frame
from papote.service.control import (
    Blocked,
    Forget,
    Released,
    RepeatHit,
    SanctionsChanged,
    SessionEnded,
    Slowed,
    SpeechAsked,
    SpeechTold,
    Unblocked,
    VoiceControl,
    VoiceSwitched,
    control_envelope,
    decode_control,
)
from papote.service.detection import DetectionService
from papote.service.history import HistoryCache
from papote.service.hub import (
    CLOSE_BANNED,
    CLOSE_UNAUTHORIZED,
    Connection,
    Hub,
    PresenceChange,
    UserState,
    ViewKey,
)
from papote.service.presence import InProcessPresence
from papote.service.tasks import BackgroundTasks
from papote.service.writer import MessageWriter

log = structlog.get_logger(__name__)


class Guard(Protocol):
    """Moderation checks on the hot path (papote.service.moderation.guard implements it)."""

    def check_enter(self, keys: Iterable[str]) -> None: ...
    def check_join(self, keys: Iterable[str], room_id: str, already_in: bool) -> None: ...
    def check_say(self, keys: Iterable[str], user_id: str, room_id: str) -> None: ...
    def check_speak(self, keys: Iterable[str]) -> None: ...
    def check_voice(self, keys: Iterable[str], room_id: str) -> None: ...
    async def reload(self) -> None: ...
    async def bind_live(self, user_id: str, keys: Iterable[str]) -> bool: ...


class ReportDesk(Protocol):
    """Where a person's reports go (papote.service.moderation.reports)."""

    async def do_report(
        self, user: UserRow, in_rooms: set[str], frame: wire.Report
    ) -> wire.ReportAck: ...


class NoticeInbox(Protocol):
    """A person's notices (papote.service.moderation.notices)."""

    async def do_list_notices(self, user_id: str, re: wire.RequestId) -> wire.NoticesOut: ...
    async def unread_notices(self, user_id: str) -> int: ...


ContentLogger = Callable[[list[ContentLogRow]], Awaitable[None]]


def user_info(row: UserRow) -> wire.UserInfo:
    gender = row.gender if row.gender in ("f", "m", "x") else "x"
    return wire.UserInfo(
        id=row.id,
        pseudo=row.pseudo,
        gender=gender,  # type: ignore[arg-type]
        age=row.age,
        departement=row.departement,
    )


_media_decoder = msgspec.json.Decoder(wire.MediaRef)


def media_json(media: wire.MediaRef | None) -> str | None:
    """A message's photo as stored (JSON of its wire form), or None."""
    return None if media is None else msgspec.json.encode(media).decode()


_mask_decoder = msgspec.json.Decoder(list[wire.MaskSpan])


def mask_json(mask: list[wire.MaskSpan] | None) -> str | None:
    """A message's masked contact details as stored (JSON of their wire form), or None."""
    return None if not mask else msgspec.json.encode(mask).decode()


def to_wire(message: StoredMessage, *, released: bool = False) -> wire.Message:
    return wire.Message(
        room=message.room_id,
        seq=message.seq,
        msg_id=message.msg_id,
        from_=wire.UserRef(id=message.user_id, pseudo=message.pseudo),
        text=message.text,
        ts=message.ts,
        media=_media_decoder.decode(message.media) if message.media else None,
        mask=_mask_decoder.decode(message.mask) if message.mask else None,
        released=released,
    )


def _room(row: RoomRow) -> Room:
    return Room(
        id=row.id,
        kind=RoomKind(row.kind),
        name=row.name,
        owner_id=row.owner_id,
        has_password=row.password_hash is not None,
        topic=row.topic,
    )


# A resent `say` (same `cid`, same person) is recognised for this long, at most this many
# per person and in all (docs/protocol.md §2.2): in memory, on this node.
SAY_CID_WINDOW = 600.0
SAY_CID_PER_PERSON = 256
SAY_CID_TOTAL = 500_000


def presence_delay(limits: Limits, frames: int) -> float:
    """Seconds until the next presence tick after one that told ``frames`` members: the
    tick, stretched to keep presence frames under ``presence_frames_per_second`` (at most
    ``presence_tick_max``). While 100 salons of 100 fill, every member of each gets a
    frame every tick whatever the tick: its length is what sets their number."""
    tick = limits.presence_tick
    budget = frames / max(1, limits.presence_frames_per_second)
    return min(max(tick, budget), max(tick, limits.presence_tick_max))


def _ms(seconds: object) -> int | None:
    """Epoch seconds (a sanction's end) as the wire's epoch milliseconds; None: none."""
    return int(seconds * 1000) if isinstance(seconds, int | float) else None


def _answer_again(
    first: asyncio.Future[wire.Sent], re: wire.RequestId
) -> asyncio.Future[wire.Sent]:
    """The ``sent`` of a resent ``say``: the first one's, answering the new request id."""
    again: asyncio.Future[wire.Sent] = first.get_loop().create_future()

    def copy(done: asyncio.Future[wire.Sent]) -> None:
        if again.done():
            return
        if done.cancelled():
            again.cancel()
        elif (exc := done.exception()) is not None:
            again.set_exception(exc)
        else:
            again.set_result(msgspec.structs.replace(done.result(), re=re))

    if first.done():
        copy(first)
    else:
        first.add_done_callback(copy)
    return again


class ChatService:
    """Everything a connected person can do in rooms and DMs."""

    def __init__(
        self,
        *,
        store: Store,
        broker: Broker,
        hub: Hub,
        clock: Clock,
        limits: Limits,
        hasher: PasswordHasher,
        new_id: Callable[[], str],
        node_id: str,
        presence: Presence | None = None,
        guard: Guard | None = None,
        reports: ReportDesk | None = None,
        notices: NoticeInbox | None = None,
        content_log: ContentLogger | None = None,
    ) -> None:
        self.store = store
        self.broker = broker
        self.hub = hub
        self.clock = clock
        self.limits = limits
        self._hello_limits = {  # one dict for every hello (it is only encoded)
            "max_text_chars": limits.max_text_chars,
            "say_burst": limits.say_burst,
            "max_rooms": limits.max_rooms_per_user,
            "history_on_join": limits.history_on_join,
            "max_frame_bytes": limits.max_frame_bytes,
            "member_page": limits.member_page,
        }
        self.hasher = hasher
        self.new_id = new_id
        self.node_id = node_id
        # Who is in which room on every node (member lists, counts, presence events);
        # the hub only knows this node's connections, for fan-out.
        self.presence: Presence = presence if presence is not None else InProcessPresence()
        self.history = HistoryCache(store, limits.history_ring)
        self.writer = MessageWriter(store, self._publish_stored)
        # `say.cid` -> the future of its `sent`, per person (docs/protocol.md §2.2).
        self.recent_says: RecentIds[asyncio.Future[wire.Sent]] = RecentIds(
            SAY_CID_WINDOW, SAY_CID_PER_PERSON, SAY_CID_TOTAL
        )
        self._rooms: dict[str, RoomRow] = {}
        self._room_reads: dict[str, asyncio.Future[RoomRow | None]] = {}
        # (person, room) -> set once their last photo there is in the writer's queue: what
        # they say after it waits for that (issue 11 §6, messages in the order said).
        self._unqueued: dict[tuple[str, str], asyncio.Future[None]] = {}
        hub.on_control = self._on_control
        self.guard = guard
        self.invite_secret = b""  # signs invitation links (app.py: the server secret)
        self.reports = reports
        self.notices = notices
        self.content_log = content_log
        # Photos (MediaService.do_attach): (user, room, media id, msg id) -> its wire form.
        self.attach_media: Callable[[str, str, str, str], Awaitable[wire.MediaRef]] | None = None
        # Risk detection (docs/detection.md): handed each stored message, off the send path.
        self.detection: DetectionService | None = None
        # Salon messages are read by the rules before they are queued (docs/detection.md
        # "Held messages"): the analysis, and what the message is held for (None: it is
        # delivered). The analysis goes on to the detection worker, which does not redo it.
        self.screen: Callable[[str], tuple[MessageAnalysis, str | None]] | None = None
        self._screened: dict[str, MessageAnalysis] = {}
        # Per connection: where it comes from (LCEN).
        self.origins: dict[int, Origin] = {}
        # Repeat offenders slowed down by risk detection: user -> [seconds, until, last].
        self._slowed: dict[str, list[float]] = {}
        # Whether a person's new DM requests are held (an automated case is open).
        self.dm_requests_paused: Callable[[str], Awaitable[bool]] | None = None
        # Contact details in a text, (start, end, kind) (domain.contacts), masked for the
        # recipient of a DM opened less than contact_mask_seconds ago; None: never.
        self.contacts: Callable[[str], list[tuple[int, int, str]]] | None = None
        self.contact_mask_seconds = 0.0
        self._contact_warned: set[tuple[str, str]] = set()
        # Calls (papote.service.calls): told of blocks, sanctions and closed sockets.
        self.calls_enabled = False
        self.on_block: Callable[[str, str], Awaitable[None]] | None = None
        self.on_sanctioned: Callable[[str], Awaitable[None]] | None = None
        self.on_disconnect: Callable[[Connection], Awaitable[None]] | None = None
        self._tasks = BackgroundTasks()
        # Presence changes waiting for the next tick (DESIGN.md: presence is the hidden
        # N-squared): room id -> user id -> profile. One frame per room per tick.
        self._presence_pending: dict[str, dict[str, wire.UserInfo]] = {}
        self._presence_timer: asyncio.TimerHandle | None = None
        self._presence_lock = asyncio.Lock()
        self._presence_delay = limits.presence_tick  # stretched when crowds move
        hub.member_page = limits.member_page
        # Voice rooms (service/voice.py wires these): its control messages, what a
        # room's voice room is for `joined`, leaving a room, sanctions changed.
        self.on_voice_control: Callable[[VoiceControl], None] | None = None
        self.controls_refused = 0  # control messages not understood (metrics)
        self.voice_available = False
        self.voice_room: Callable[[RoomRow], Awaitable[wire.VoiceRoom | None]] | None = None
        # The ICE servers of a person's browser for a voice room (app.py: the calls' STUN
        # and TURN, with policy "all": the other end is our media server, not a stranger).
        self.voice_ice: Callable[[str], wire.IceConfig] | None = None
        self.on_room_exit: Callable[[Connection, str], Awaitable[None]] | None = None
        self.after_sanctions: Callable[[], Awaitable[None]] | None = None

    async def start(self) -> None:
        await self.broker.start(self.hub.deliver)  # the writer runs when messages wait

    async def stop(self) -> None:
        await self.flush_presence()  # the last arrivals and departures still go out
        await self.writer.stop()
        await self.broker.close()
        # Nothing new arrives once the broker is closed; what control envelopes started
        # (a sanctions reload reads the store) ends here, before whoever stopped us
        # closes the store under it.
        if cancelled := await self._tasks.finish():
            log.warning("background work still running at stop, cancelled", tasks=cancelled)
        if self._presence_timer is not None:
            self._presence_timer.cancel()
            self._presence_timer = None

    # ------------------------------------------------------------------ helpers

    def encode(self, frame: wire.ServerFrame) -> bytes:
        return encode_frame(frame)

    def reply(self, conn: Connection, frame: wire.ServerFrame) -> None:
        conn.send(self.encode(frame))

    async def _get_room(self, room_id: str) -> RoomRow:
        parse_room_id(room_id)
        row = self._rooms.get(room_id)
        if row is None:
            reading = self._room_reads.get(room_id)
            if reading is None:
                # One read per room at a time: a crowd joining a salon this node has not
                # read yet waits for one row, instead of one query each.
                reading = asyncio.ensure_future(self.store.get_room(room_id))
                self._room_reads[room_id] = reading
                reading.add_done_callback(functools.partial(self._room_read, room_id))
            row = await asyncio.shield(reading)  # one join cancelled: the others still wait
            if row is None:
                raise DomainError("no_such_room", field="room")
            self._rooms[room_id] = row
        return row

    def _room_read(self, room_id: str, reading: asyncio.Future[RoomRow | None]) -> None:
        self._room_reads.pop(room_id, None)
        if not reading.cancelled():
            reading.exception()  # retrieved: its waiters (if any are left) raise it

    def _check_in_room(self, conn: Connection, room_id: str) -> None:
        parse_room_id(room_id)
        if room_id not in conn.rooms:
            raise DomainError("not_member", field="room")

    async def _publish(
        self,
        to: Address,
        kind: EnvelopeKind,
        sender_id: str,
        frame: wire.ServerFrame,
        seq: int = 0,
    ) -> None:
        await self.broker.publish(
            Envelope(
                to=to,
                kind=kind,
                sender_id=sender_id,
                payload=encode_frame(frame),
                seq=seq,
                origin=self.node_id,
            )
        )

    async def send_direct(self, user_id: str, frame: wire.ServerFrame) -> None:
        """A frame from the server itself to every connection of one person (any node)."""
        await self._to_user(user_id, "", frame)

    async def send_to(self, user_id: str, sender_id: str, frame: wire.ServerFrame) -> None:
        """A frame from ``sender_id`` to every connection of one person (any node),
        dropped if they blocked the sender."""
        await self._to_user(user_id, sender_id, frame)

    async def _to_user(self, user_id: str, sender_id: str, frame: wire.ServerFrame) -> None:
        """Deliver to every connection of one person (any node), unless they blocked sender."""
        await self._publish(UserAddress(user_id), "direct", sender_id, frame)

    async def _publish_stored(self, stored: Sequence[StoredMessage]) -> None:
        hub = self.hub
        hub.hold()  # one queue entry per room and recipient for the whole commit
        try:
            for message in stored:
                self.history.add(message)
                if message.held is not None:
                    # Held for review: its writer alone sees it, on every node; the
                    # others' nodes learn its seq from the store (service/relay.py).
                    await self._to_user(message.user_id, "", to_wire(message))
                    continue
                await self._publish(
                    RoomAddress(message.room_id),
                    "message",
                    message.user_id,
                    to_wire(message),
                    seq=message.seq,
                )
        finally:
            hub.release()
        for message in stored:
            if message.mask:
                await self._contact_card(message)
        screened = self._screened
        if self.detection is not None:
            for message in stored:
                self.detection.submit(
                    message,
                    dm=message.room_id.startswith("dm:"),
                    analysis=screened.pop(message.msg_id, None) if screened else None,
                )
        elif screened:
            for message in stored:
                screened.pop(message.msg_id, None)

    async def _contact_card(self, message: StoredMessage) -> None:
        """Contact details were masked in a recent DM: the recipient gets the safety card
        (once per DM and writer on this node), beside "Afficher quand même"."""
        key = (message.room_id, message.user_id)
        if key in self._contact_warned:
            return
        if len(self._contact_warned) > 50_000:
            self._contact_warned.clear()
        self._contact_warned.add(key)
        card = wire.SafetyCard(
            kind="warning",
            room=message.room_id,
            about=wire.UserRef(id=message.user_id, pseudo=message.pseudo),
            moves=["contact"],
            msg_id=message.msg_id,
        )
        for member in await self.store.room_member_ids(message.room_id):
            if member != message.user_id:
                await self._to_user(member, message.user_id, card)

    def _visible(
        self, state: UserState, messages: list[StoredMessage], since: int | None = None
    ) -> list[wire.Message]:
        """What ``state`` may see of ``messages``; in a resume after ``since``, a message
        up to ``since`` was released since (HistoryCache.after): ``released``, as live."""
        blocked, me = state.blocked, state.info.id
        return [
            to_wire(m, released=since is not None and m.seq <= since)
            for m in messages
            if m.user_id not in blocked and (m.held is None or visible_to(m.held, m.user_id, me))
        ]

    def _on_control(self, envelope: Envelope) -> None:
        """Node-to-node state changes: blocks, sanctions and deletions made on any node
        apply on this one too."""
        try:
            control = decode_control(envelope.payload)
        except msgspec.DecodeError as exc:
            # A node of another version (a rolling deploy) may send a control this one
            # does not know: counted, logged, and the node goes on (docs/operations.md).
            self.controls_refused += 1
            log.warning("control message not understood", origin=envelope.origin, error=str(exc))
            return
        match control:
            case SanctionsChanged():
                self._tasks.spawn(self._sanctions_changed())
            case Forget(room=room_id, msg_id=msg_id):  # a message deleted by moderation
                self.history.remove(room_id, msg_id)
            case Released(room=room_id, msg_id=msg_id, at=at):  # a held message delivered
                if not self.history.release(room_id, msg_id, at):
                    self._tasks.spawn(self._restore(msg_id))  # delivered after a refusal
            case RepeatHit(user=user_id, node=node):  # counted where it was scored
                if node != self.node_id and self.detection is not None:
                    self.detection.hit_elsewhere(user_id)
            case SessionEnded(user=user_id):
                self._end_local(user_id)
            case Slowed(user=user_id, seconds=seconds, until=until):
                now = self.clock.now()
                self._slowed = {k: v for k, v in self._slowed.items() if v[1] > now}
                self._slowed[user_id] = [float(seconds), until, float("-inf")]  # last said
            case Blocked(user=user_id, target=target):
                if (state := self.hub.users.get(user_id)) is not None:
                    state.blocked.add(target)
            case Unblocked(user=user_id, target=target):
                if (state := self.hub.users.get(user_id)) is not None:
                    state.blocked.discard(target)
            case VoiceSwitched() | SpeechAsked() | SpeechTold():
                if self.on_voice_control is not None:
                    self.on_voice_control(control)
            case _:
                assert_never(control)

    async def settle(self) -> None:
        """Wait for the background work triggered by control envelopes (tests, shutdown)."""
        await self._tasks.settle()

    async def _sanctions_changed(self) -> None:
        """Reload the sanctions, then enforce them on this node's connections at once."""
        if self.guard is None:
            return
        await self.guard.reload()
        for state in list(self.hub.users.values()):
            keys = self.keys_of(state)
            # Decided on another node, a sanction knows only the connections seen there.
            await self.guard.bind_live(state.info.id, keys)
            try:
                self.guard.check_enter(keys)
            except DomainError as exc:
                if self.on_sanctioned is not None:  # a ban ends calls
                    await self.on_sanctioned(state.info.id)
                for conn in list(state.conns):
                    self.reply(
                        conn, wire.Error(code=exc.code, message=describe(exc.code, exc.params))
                    )
                    conn.close_code = CLOSE_BANNED
                    conn.abort(CLOSE_BANNED)
                continue
            for conn in list(state.conns):
                for room_id in list(conn.rooms):
                    try:
                        self.guard.check_join(keys, room_id, already_in=True)
                    except DomainError as exc:
                        await self._leave(conn, room_id)
                        self.reply(
                            conn,
                            wire.Removed(
                                room=room_id,
                                reason=cast(wire.RemovedReason, exc.code),
                                until=_ms(exc.params.get("ends_at")),
                            ),
                        )
        if self.after_sanctions is not None:
            await self.after_sanctions()  # a mute mutes voice too

    # ------------------------------------------------------------------ connection life

    async def hello(
        self, conn: Connection, re: wire.RequestId = None, *, more: bool = True
    ) -> wire.Hello:
        """The first frame of a socket. ``more=False`` (``Arrival.more``: no DM request
        from or to this person, no unread notice) answers from memory: no DM rooms, no
        requests, nothing unread, and nothing read from the database."""
        state = conn.user
        dms: list[wire.DmSummary] = []
        requests: list[wire.IncomingDmRequest] = []
        outgoing: list[wire.OutgoingDmRequest] = []
        unread = 0
        if more:
            rooms = await self.store.dm_rooms_of(state.info.id)
            ids = [other for _, other in rooms]
            others = {u.id: u for u in await self.store.get_users(ids)}
            for room_id, other in rooms:
                if other in others:
                    dms.append(wire.DmSummary(room=room_id, with_=user_info(others[other])))
            requests = await self._pending_requests(state)
            outgoing = await self._outgoing_requests(state)
            unread = await self.notices.unread_notices(state.info.id) if self.notices else 0
        return wire.Hello(
            protocol=wire.PROTOCOL_VERSION,
            user=state.info,
            blocked=sorted(state.blocked),
            dms=dms,
            requests=requests,
            outgoing=outgoing,
            re=re,
            unread_notices=unread,
            voice=self.voice_available,
            calls=self.calls_enabled,
            limits=self._hello_limits,
        )

    async def _pending_requests(self, state: UserState) -> list[wire.IncomingDmRequest]:
        rows = [
            r
            for r in await self.store.pending_dm_requests_to(state.info.id)
            if r.from_id not in state.blocked
        ]
        senders = {u.id: u for u in await self.store.get_users([r.from_id for r in rows])}
        return [
            self._incoming(r, user_info(senders[r.from_id])) for r in rows if r.from_id in senders
        ]

    def _incoming(self, request: DmRequestRow, sender: wire.UserInfo) -> wire.IncomingDmRequest:
        return wire.IncomingDmRequest(
            request_id=request.id,
            from_=sender,
            text=request.text,
            ts=int(request.created_at * 1000),
            expires_at=self._expires_at(request.created_at),
        )

    async def do_show_request(self, request: DmRequestRow) -> None:
        """A held DM request released by moderation (its case was dismissed): its
        addressee gets it now, on every connection."""
        sender = await self.store.get_user(request.from_id)
        if sender is not None:
            await self._to_user(
                request.to_id, sender.id, self._incoming(request, user_info(sender))
            )

    def _expires_at(self, created_at: float) -> int:
        """When a request made at ``created_at`` ends unanswered, in ms."""
        return int((created_at + self.limits.dm_request_ttl_seconds) * 1000)

    async def _outgoing_requests(self, state: UserState) -> list[wire.OutgoingDmRequest]:
        rows = await self.store.open_dm_requests_from(state.info.id)
        targets = {u.id: u for u in await self.store.get_users([r.to_id for r in rows])}
        return [
            wire.OutgoingDmRequest(
                request_id=r.id,
                to=user_info(targets[r.to_id]),
                text=r.text,
                ts=int(r.created_at * 1000),
                expires_at=self._expires_at(r.created_at),
            )
            for r in rows
            if r.to_id in targets
        ]

    async def admit(
        self, conn: Connection, origin: Origin, device_hash: str | None, ip_hash: str | None
    ) -> None:
        """A socket opens: remember where it comes from; refuse a suspended or banned
        person, whatever pseudo they use now.

        Raises:
            DomainError: ``banned``.
        """
        user_id = conn.user.info.id
        keys = conn.user.keys
        keys.add(f"u:{user_id}")
        keys |= {f"d:{device_hash}"} if device_hash else set()
        keys |= {f"i:{ip_hash}"} if ip_hash else set()
        if self.guard is not None:
            self.guard.check_enter(keys)
        self.origins[conn.id] = origin

    async def disconnect(self, conn: Connection) -> None:
        """The socket closed: leave every room it was in, end the calls it held."""
        for room_id in list(conn.rooms):
            await self._leave(conn, room_id)
        if self.on_disconnect is not None:
            await self.on_disconnect(conn)
        self.origins.pop(conn.id, None)
        self.hub.detach(conn)  # the person's keys go with their last connection

    def keys_of(self, state: UserState) -> set[str]:
        """What sanctions bind to for this person (their id, devices, addresses)."""
        return state.keys or {f"u:{state.info.id}"}

    async def _log_content(
        self, conn: Connection, content_type: str, content_id: str, operation: str = "create"
    ) -> None:
        """LCEN art. 6: who created which content, from which address and port."""
        origin = self.origins.get(conn.id)
        if self.content_log is None or origin is None:
            return
        await self.content_log(
            [
                ContentLogRow(
                    at=self.clock.now(),
                    user_id=conn.user.info.id,
                    pseudo=conn.user.info.pseudo,
                    ip=origin.ip,
                    port=origin.port,
                    protocol=origin.protocol,
                    content_type=content_type,
                    content_id=content_id,
                    operation=operation,
                )
            ]
        )

    # ------------------------------------------------------------------ rooms

    async def do_join(self, conn: Connection, frame: wire.Join) -> wire.Joined:
        row = await self._get_room(frame.room)
        room = _room(row)
        state = conn.user
        if self.guard is not None:
            self.guard.check_join(self.keys_of(state), frame.room, frame.room in conn.rooms)
        if frame.room not in conn.rooms:
            check_membership_count(len(conn.rooms), self.limits.max_rooms_per_user)
            await self._check_access(state, row, room, frame.password)
        accepts = (
            room.kind is RoomKind.DM
            and state.info.id in await self.store.sensitive_photos_accepted(frame.room)
        )
        entering = frame.room not in conn.rooms
        hub = self.hub
        pinned = False
        try:
            if entering and await self.presence.enter(frame.room, state.info):
                self.presence_changed(frame.room, state.info)
            if not hub.has_list(frame.room):  # the first person here in this room
                hub.load_list(frame.room, await self.presence.members(frame.room))
            hub.pin_list(frame.room)  # kept until we are in, whoever leaves meanwhile
            pinned = True
            # The voice room is read first: after the history, nothing may be awaited.
            voice = await self.voice_room(row) if self.voice_room is not None else None
            messages, has_more = await self._join_history(frame)
        except BaseException:  # also cancelled (socket closed): undo the enter
            if pinned:
                hub.unpin_list(frame.room)
            if entering:
                await self._presence_exit(frame.room, state.info)
            raise
        # Nothing is awaited between reading the history and entering the hub: no message
        # falls between the two, and none reaches the socket before `joined`. The member
        # list is a window (the first page), and `presence` frames change it from here.
        key = hub.default_view()
        hub.enter(frame.room, conn, key)
        hub.unpin_list(frame.room)
        page = hub.page(frame.room, conn, key)
        return wire.Joined(
            room=frame.room,
            name=row.name,
            kind=cast(wire.RoomKindName, row.kind),  # a RoomKind value (the id's prefix)
            topic=row.topic,
            members=page.members,
            member_count=page.count,
            history=self._visible(state, messages, frame.since),
            has_more=has_more,
            re=frame.id,
            voice=voice,
            ice=self.voice_ice(state.info.id) if voice is not None and self.voice_ice else None,
            sensitive_photos=accepts,
        )

    async def do_members(self, conn: Connection, frame: wire.Members) -> wire.MembersOut:
        """A window of the member list of a room one is in, filtered by the server; the
        room's ``presence`` frames then tell how this window changes."""
        self._check_in_room(conn, frame.room)
        member_filter = check_member_filter(
            frame.gender, frame.age_min, frame.age_max, frame.departement
        )
        limit = frame.limit if frame.limit is not None else self.limits.member_page
        page = self.hub.page(frame.room, conn, ViewKey(member_filter, limit))
        return wire.MembersOut(
            room=frame.room,
            members=page.members,
            count=page.count,
            matching=page.matching,
            limit=page.limit,
            re=frame.id,
        )

    async def _join_history(self, frame: wire.Join) -> tuple[list[StoredMessage], bool]:
        if frame.since is not None:
            return await self.history.after(frame.room, frame.since, self.limits.history_resume_max)
        messages = await self.history.latest(frame.room, self.limits.history_on_join)
        return messages, bool(messages) and messages[0].seq > 1

    async def _check_access(
        self, state: UserState, row: RoomRow, room: Room, password: str | None
    ) -> None:
        if room.kind is RoomKind.SALON:
            return
        role = await self.store.member_role(row.id, state.info.id)
        password_ok = False
        if role is None and row.password_hash is not None and password:
            password_ok = await asyncio.to_thread(self.hasher.verify, row.password_hash, password)
        check_can_join(room, Access(is_member=role is not None, password_ok=password_ok))
        if role in (None, "invited"):
            await self.store.add_member(row.id, state.info.id, "member", self.clock.now())

    async def do_leave(self, conn: Connection, frame: wire.Leave) -> wire.Left:
        self._check_in_room(conn, frame.room)
        await self._leave(conn, frame.room)
        return wire.Left(room=frame.room, re=frame.id)

    async def _leave(self, conn: Connection, room_id: str) -> None:
        was_in = room_id in conn.rooms
        self.hub.exit(room_id, conn)
        if was_in:
            await self._presence_exit(room_id, conn.user.info)
            if not self.hub.count(room_id) and not room_id.startswith("salon:"):
                # Nobody here any more in a DM or a private room: keep nothing of it (its
                # ring, its row; the next join reads the store). Salons are few and kept.
                # Without this a node's memory grew with every DM it ever carried.
                self.history.forget(room_id)
                self._rooms.pop(room_id, None)
        if self.on_room_exit is not None:
            await self.on_room_exit(conn, room_id)

    async def _presence_exit(self, room_id: str, info: wire.UserInfo) -> None:
        """One connection of ``info`` left the room; tell the room if it was their last."""
        if await self.presence.exit(room_id, info.id):
            self.presence_changed(room_id, info)

    def presence_changed(self, room_id: str, info: wire.UserInfo) -> None:
        """``info`` arrived in or left the room (on any node, as far as this node knows):
        the room hears of it at the next presence tick, with everyone else's changes."""
        self._presence_pending.setdefault(room_id, {})[info.id] = info
        if self._presence_timer is None:
            loop = asyncio.get_running_loop()
            self._presence_timer = loop.call_later(self._presence_delay, self._presence_due)

    def _presence_due(self) -> None:
        self._presence_timer = None
        self._tasks.spawn(self.flush_presence())

    async def flush_presence(self) -> None:
        """Publish one ``presence`` frame per room for the changes since the last tick.

        Whether each person is in or out is read from the Presence port at flush time,
        not taken from the change that was noted: a person who left one node and
        reconnected to another within a tick is told as present by both nodes' frames,
        whichever arrives last. Flushes are serialised so this node's frames go out in
        the order their answers were read.
        """
        if self._presence_timer is not None:
            self._presence_timer.cancel()
            self._presence_timer = None
        async with self._presence_lock:
            pending, self._presence_pending = self._presence_pending, {}
            # This node's members of the rooms that changed: the frames this tick costs
            # here. The next tick waits long enough to keep them under the budget.
            hub = self.hub
            self._presence_delay = presence_delay(
                self.limits, sum(hub.count(room_id) for room_id in pending)
            )
            for room_id, people in pending.items():
                here = await self.presence.present(room_id, list(people))
                change = PresenceChange(
                    room=room_id,
                    joined=[info for uid, info in people.items() if uid in here],
                    left=[info for uid, info in people.items() if uid not in here],
                )
                await self.broker.publish(
                    Envelope(
                        to=RoomAddress(room_id),
                        kind="presence",
                        sender_id="",
                        payload=msgspec.json.encode(change),
                        origin=self.node_id,
                    )
                )

    async def resync_member_lists(self) -> None:
        """After the broker lost envelopes (a Redis resubscription, service/relay.py): read
        again who is in each room this node keeps a list of, and send each window the
        arrivals it missed (a departure missed stays listed until that person's next
        change: see ``Hub.resync_list``)."""
        for room_id in list(self.hub.lists):
            people = await self.presence.members(room_id)
            self.hub.resync_list(room_id, people)

    async def do_say(self, conn: Connection, frame: wire.Say) -> wire.Sent:
        return await self.say_soon(conn, frame)

    def say_soon(self, conn: Connection, frame: wire.Say) -> asyncio.Future[wire.Sent]:
        """Check a ``say`` and queue it for the next group commit without waiting for it:
        the future gives ``sent`` once the message is stored and published. The transport
        answers from the future, so a connection's next frames are not held up by the
        database (its messages still commit in the order they were said: the writer is
        first in, first out). Refusals (not a member, muted, rate limited...) are raised
        here, before anything is queued.

        A ``say`` whose ``cid`` this person used within ``SAY_CID_WINDOW`` is a resend
        (its ``sent`` was lost with a connection): it gets the first one's ``sent``, once
        that is known, and is neither checked, stored nor delivered again."""
        state = conn.user
        cid = frame.cid
        if cid is not None:
            first = self.recent_says.get(state.info.id, cid, self.clock.monotonic())
            if first is not None:
                return _answer_again(first, frame.id)
        self._check_in_room(conn, frame.room)
        if frame.media is not None and not frame.text.strip():
            text = ""  # a photo without a caption
        else:
            text = check_text(frame.text, self.limits.max_text_chars)
        now = self.clock.monotonic()
        bucket = state.say_buckets.get(frame.room)
        if bucket is None:
            bucket = state.say_buckets[frame.room] = TokenBucket(
                capacity=self.limits.say_burst, rate=self.limits.say_rate, updated=now
            )
        if self.guard is not None:  # a muted person is told so, and spends no token
            self.guard.check_say(self.keys_of(state), state.info.id, frame.room)
        if self._slowed:
            self._check_slow(state.info.id, now)
        if self.writer.pending() >= self.limits.writer_queue_max:  # before spending a token
            raise DomainError("server_busy", retry_after=1.0)
        if frame.media is not None and self.attach_media is None:
            raise DomainError("no_such_media", field="media")
        if not bucket.take(now):
            raise DomainError("rate_limited", retry_after=round(bucket.retry_after(), 2))
        message = NewMessage(
            room_id=frame.room,
            msg_id=self.new_id(),
            user_id=state.info.id,
            pseudo=state.info.pseudo,
            text=text,
            ts=int(self.clock.now() * 1000),
            origin=self.origins.get(conn.id),
            mask=self._mask(frame.room, text),
        )
        if self.screen is not None and text and not frame.room.startswith("dm:"):
            analysis, held = self.screen(text)
            if len(self._screened) > 50_000:  # only if publications failed en masse
                self._screened.clear()
            self._screened[message.msg_id] = analysis
            if held is not None:
                message = replace(message, held=held)
        stored: asyncio.Future[StoredMessage]
        key = (state.info.id, frame.room)
        before = self._unqueued.get(key)
        if frame.media is None and before is None:
            stored = self.writer.enqueue(message)
        else:
            # A photo is checked and marked as sent (a database round trip) before it is
            # queued; what this person says after it in this room waits for its turn, so
            # their messages are stored in the order they said them (issue 11 §6).
            queued: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._unqueued[key] = queued
            queued.add_done_callback(lambda done: self._turn_done(key, done))
            stored = asyncio.ensure_future(self._say_after(before, message, frame.media, queued))
        sent: asyncio.Future[wire.Sent] = stored.get_loop().create_future()
        if cid is not None:
            self.recent_says.remember(state.info.id, cid, sent, now)

        def answer(done: asyncio.Future[StoredMessage]) -> None:
            if sent.done():
                return
            failed = done.cancelled() or done.exception() is not None
            if failed:
                self._screened.pop(message.msg_id, None)
            if failed and cid is not None:  # nothing was stored: a resend must go through
                self.recent_says.forget(state.info.id, cid)
            if done.cancelled():
                sent.cancel()
            elif (exc := done.exception()) is not None:
                sent.set_exception(exc)
            else:
                row = done.result()
                sent.set_result(
                    wire.Sent(room=frame.room, seq=row.seq, msg_id=row.msg_id, re=frame.id, cid=cid)
                )

        stored.add_done_callback(answer)
        return sent

    def _turn_done(self, key: tuple[str, str], queued: asyncio.Future[None]) -> None:
        if self._unqueued.get(key) is queued:
            del self._unqueued[key]

    async def _say_after(
        self,
        before: asyncio.Future[None] | None,
        message: NewMessage,
        media_id: str | None,
        queued: asyncio.Future[None],
    ) -> StoredMessage:
        """Queue ``message`` once the one said before it (``before``) is queued, checking
        and attaching its photo first; ``queued`` is set once it is in the writer's
        queue, or refused (the next one's turn then comes all the same)."""
        try:
            if before is not None:
                await asyncio.shield(before)
            if media_id is not None:
                assert self.attach_media is not None
                ref = await self.attach_media(
                    message.user_id, message.room_id, media_id, message.msg_id
                )
                message = replace(message, media=media_json(ref))
            stored = self.writer.enqueue(message)
        finally:
            if not queued.done():
                queued.set_result(None)
        return await stored

    def _mask(self, room_id: str, text: str) -> str | None:
        """Contact details to mask in a DM between people who met less than
        ``contact_mask_seconds`` ago (the DM was opened then): issue 12 §4. Only DMs pay
        for the check (the rules on one message, well under a millisecond)."""
        if self.contacts is None or not text or not room_id.startswith("dm:"):
            return None
        row = self._rooms.get(room_id)
        if row is None or row.created_at < self.clock.now() - self.contact_mask_seconds:
            return None
        spans = [
            wire.MaskSpan(start=start, end=end, kind=kind)  # type: ignore[arg-type]
            for start, end, kind in self.contacts(text)
        ]
        return mask_json(spans)

    def _check_slow(self, user_id: str, now: float) -> None:
        """A repeat offender slowed down by risk detection: one message every N seconds,
        in every room, until the slow-down ends (``slow_mode``). Kept per person on
        each node (a reconnection does not lift it); ended ones are dropped here."""
        slow = self._slowed.get(user_id)
        if slow is None:
            return
        seconds, until, last = slow
        if until <= self.clock.now():
            del self._slowed[user_id]
            return
        wait = seconds - (now - last)
        if wait > 0:
            raise DomainError("slow_mode", retry_after=round(wait, 2), seconds=int(seconds))
        slow[2] = now

    async def do_slow_person(self, user_id: str, seconds: int, duration: float) -> None:
        """Slow ``user_id`` down on every node (risk detection: repeat offenders)."""
        until = self.clock.now() + duration
        await self.broker.publish(
            control_envelope(Slowed(user=user_id, seconds=seconds, until=until), self.node_id)
        )

    async def do_deliver_released(self, message: StoredMessage) -> None:
        """A held message released by a moderator (docs/detection.md "Held messages"):
        every node's ring shows it at its place, and those in the room now get it as a
        late ``message`` (``released``, its own seq and time). The envelope has no seq:
        the relay hands it on as it is, it is not the room's next position."""
        released = Released(room=message.room_id, msg_id=message.msg_id, at=message.released_seq)
        await self.broker.publish(control_envelope(released, self.node_id))
        await self._publish(
            RoomAddress(message.room_id),
            "message",
            message.user_id,
            to_wire(message, released=True),
        )

    async def _restore(self, msg_id: str) -> None:
        """A message withdrawn from the ring (refused) and delivered since (an appeal
        reversed the refusal): back at its place in the ring, as the store has it now."""
        message = await self.store.get_message(msg_id)
        if message is not None and message.held is None:
            self.history.add(message)

    async def do_withdraw_rejected(self, message: StoredMessage) -> None:
        """A held message refused by a moderator: out of every ring, off its writer's
        screens (nobody else ever saw it); the row stays as evidence."""
        await self.broker.publish(
            control_envelope(Forget(room=message.room_id, msg_id=message.msg_id), self.node_id)
        )
        await self._to_user(
            message.user_id, "", wire.MessageDeleted(room=message.room_id, msg_id=message.msg_id)
        )

    async def do_typing(self, conn: Connection, frame: wire.Typing) -> None:
        self._check_in_room(conn, frame.room)
        await self._publish(
            RoomAddress(frame.room),
            "typing",
            conn.user.info.id,
            wire.TypingOut(room=frame.room, user=conn.user.ref),
        )

    async def do_history(self, conn: Connection, frame: wire.History) -> wire.HistoryOut:
        self._check_in_room(conn, frame.room)
        limit = max(1, min(100, frame.limit))
        rows = await self.store.messages_before(frame.room, frame.before, limit + 1)
        has_more = len(rows) > limit
        rows = rows[-limit:]
        return wire.HistoryOut(
            room=frame.room, messages=self._visible(conn.user, rows), has_more=has_more, re=frame.id
        )

    async def do_create_room(self, conn: Connection, frame: wire.CreateRoom) -> wire.RoomCreated:
        name = check_room_name(frame.name)
        password = check_room_password(frame.password)
        owner = conn.user.info.id
        owned = await self.store.count_rooms_owned(owner, RoomKind.ROOM.value)
        if owned >= self.limits.max_private_rooms_per_user:
            raise DomainError("too_many_private_rooms", max=self.limits.max_private_rooms_per_user)
        hashed = await asyncio.to_thread(self.hasher.hash, password) if password else None
        now = self.clock.now()
        row = RoomRow(
            id=f"room:{self.new_id()}",
            kind=RoomKind.ROOM.value,
            name=name,
            topic="",
            owner_id=owner,
            password_hash=hashed,
            created_at=now,
        )
        await self.store.create_room(row)
        await self.store.add_member(row.id, owner, "owner", now)
        await self._log_content(conn, "room", row.id)
        self._rooms[row.id] = row
        return wire.RoomCreated(
            room=row.id, name=name, has_password=hashed is not None, re=frame.id
        )

    async def do_invite(self, conn: Connection, frame: wire.Invite) -> wire.Ok:
        row = await self._get_room(frame.room)
        inviter = conn.user
        if row.kind != RoomKind.ROOM.value:
            raise DomainError("forbidden", field="room")
        if await self.store.member_role(row.id, inviter.info.id) not in ("owner", "member"):
            raise DomainError("not_member", field="room")
        if frame.user == inviter.info.id:
            raise DomainError("self_request", field="user")
        target = await self.store.get_user(frame.user)
        if target is None:
            raise DomainError("no_such_user", field="user")
        await self.store.add_member(row.id, target.id, "invited", self.clock.now())
        # The hub drops it if the invitee blocked the inviter; the inviter is not told.
        await self._to_user(
            target.id, inviter.info.id, wire.Invited(room=row.id, name=row.name, by=inviter.ref)
        )
        return wire.Ok(re=frame.id)

    def _invite_mac(self, room_id: str, expires: int) -> str:
        mac = hmac.new(self.invite_secret, f"invite:{room_id}:{expires}".encode(), "sha256")
        return mac.hexdigest()[:32]

    async def do_invite_link(self, conn: Connection, frame: wire.InviteLink) -> wire.InviteLinkOut:
        """A shareable link to a private room, signed and dated (no table: it cannot be
        revoked, so it is short-lived, ``invite_link_seconds``)."""
        row = await self._get_room(frame.room)
        if row.kind != RoomKind.ROOM.value:
            raise DomainError("forbidden", field="room")
        if await self.store.member_role(row.id, conn.user.info.id) not in ("owner", "member"):
            raise DomainError("not_member", field="room")
        expires = int(self.clock.now()) + self.limits.invite_link_seconds
        room = base64.urlsafe_b64encode(row.id.encode()).decode().rstrip("=")
        token = f"{room}.{expires}.{self._invite_mac(row.id, expires)}"
        return wire.InviteLinkOut(room=row.id, token=token, expires_at=expires * 1000, re=frame.id)

    async def do_join_invite(self, conn: Connection, frame: wire.JoinInvite) -> wire.Joined:
        """Join the private room an invitation link names (password or not).

        Raises:
            DomainError: ``bad_invite`` (not a link of ours), ``invite_expired``, or what
                ``join`` raises (closed room, kick...).
        """
        parts = frame.token.split(".")
        if len(parts) != 3 or not parts[1].isdigit() or len(frame.token) > 300:
            raise DomainError("bad_invite", field="token")
        try:
            padded = parts[0] + "=" * (-len(parts[0]) % 4)
            room_id = base64.urlsafe_b64decode(padded.encode()).decode()
        except (ValueError, UnicodeDecodeError):
            raise DomainError("bad_invite", field="token") from None
        expires = int(parts[1])
        if not hmac.compare_digest(parts[2], self._invite_mac(room_id, expires)):
            raise DomainError("bad_invite", field="token")
        if expires <= self.clock.now():
            raise DomainError("invite_expired", field="token")
        row = await self._get_room(room_id)
        await self.store.add_member(row.id, conn.user.info.id, "invited", self.clock.now())
        return await self.do_join(conn, wire.Join(room=row.id, id=frame.id))

    # ------------------------------------------------------------------ private messages

    async def do_dm_request(
        self, conn: Connection, frame: wire.DmRequest
    ) -> wire.DmRequestSent | wire.DmOpened:
        sender = conn.user
        text = check_text(frame.text, self.limits.max_text_chars)
        target = await self.store.get_user(frame.to) if frame.to != sender.info.id else None
        existing = await self.store.find_dm_request_between(sender.info.id, frame.to)
        if existing is not None:
            if existing.state == dm_rules.DmState.ACCEPTED and existing.room_id:
                assert target is not None
                return wire.DmOpened(room=existing.room_id, with_=user_info(target), re=frame.id)
            if existing.state == dm_rules.DmState.HELD and existing.from_id == sender.info.id:
                raise DomainError("request_pending", field="to")  # as if still pending
            if existing.state == dm_rules.DmState.REQUESTED:
                if existing.from_id == sender.info.id:
                    raise DomainError("request_pending", field="to")
                # They asked first: asking back is accepting.
                return await self._accept(sender, existing, frame.id)
        pending = await self.store.count_pending_dm_requests_from(sender.info.id)
        dm_rules.check_can_request(
            sender.info.id,
            frame.to,
            target_exists=target is not None,
            open_requests_from_sender=pending,
            max_open_requests=self.limits.max_pending_dm_requests,
        )
        assert target is not None
        now = self.clock.now()
        blocked_by_target = sender.info.id in await self.store.blocked_by(target.id)
        # A request to someone who blocked the sender is kept (evidence) but never shown;
        # so is one sent while the sender's requests are paused (an automated case of
        # grooming or threat about them is open: docs/moderation.md). The sender sees
        # it sent either way, and later "sans réponse".
        held = self.dm_requests_paused is not None and await self.dm_requests_paused(sender.info.id)
        state = (
            dm_rules.DmState.BLOCKED
            if blocked_by_target
            else dm_rules.DmState.HELD
            if held
            else dm_rules.DmState.REQUESTED
        )
        request = DmRequestRow(
            id=self.new_id(),
            from_id=sender.info.id,
            to_id=target.id,
            text=text,
            state=state.value,
            created_at=now,
            updated_at=now,
        )
        await self.store.create_dm_request(request)
        await self._log_content(conn, "dm_request", request.id)
        if state is dm_rules.DmState.REQUESTED:
            await self._to_user(target.id, sender.info.id, self._incoming(request, sender.info))
        return wire.DmRequestSent(
            request_id=request.id,
            to=target.id,
            ts=int(now * 1000),
            expires_at=self._expires_at(now),
            re=frame.id,
        )

    async def _addressed_to_me(self, state: UserState, request_id: str) -> DmRequestRow:
        request = await self.store.get_dm_request(request_id)
        if request is None or request.to_id != state.info.id:
            raise DomainError("no_such_request", field="request_id")
        return request

    async def do_dm_accept(self, conn: Connection, frame: wire.DmAccept) -> wire.DmOpened:
        request = await self._addressed_to_me(conn.user, frame.request_id)
        return await self._accept(conn.user, request, frame.id)

    async def _accept(
        self, state: UserState, request: DmRequestRow, re: wire.RequestId
    ) -> wire.DmOpened:
        dm_rules.next_state(dm_rules.DmState(request.state), dm_rules.DmEvent.ACCEPT)
        requester = await self.store.get_user(request.from_id)
        if requester is None:
            raise DomainError("no_such_user")
        now = self.clock.now()
        room = RoomRow(
            id=f"dm:{self.new_id()}",
            kind=RoomKind.DM.value,
            name="",
            topic="",
            owner_id=None,
            password_hash=None,
            created_at=now,
        )
        await self.store.create_room(room)
        await self.store.add_member(room.id, request.from_id, "member", now)
        await self.store.add_member(room.id, request.to_id, "member", now)
        await self.store.update_dm_request(
            request.id, dm_rules.DmState.ACCEPTED.value, now, room_id=room.id
        )
        self._rooms[room.id] = room
        # The request's text opens the conversation, so it is in the DM history for both.
        await self.writer.submit(
            NewMessage(
                room_id=room.id,
                msg_id=self.new_id(),
                user_id=requester.id,
                pseudo=requester.pseudo,
                text=request.text,
                ts=int(request.created_at * 1000),
            )
        )
        await self._to_user(
            requester.id, state.info.id, wire.DmOpened(room=room.id, with_=state.info)
        )
        # Every tab of the accepter too (the accepting one also gets the reply, with re).
        with_ = user_info(requester)
        await self._to_user(state.info.id, "", wire.DmOpened(room=room.id, with_=with_))
        return wire.DmOpened(room=room.id, with_=with_, re=re)

    async def do_dm_decline(self, conn: Connection, frame: wire.DmDecline) -> wire.Ok:
        request = await self._addressed_to_me(conn.user, frame.request_id)
        new = dm_rules.next_state(dm_rules.DmState(request.state), dm_rules.DmEvent.DECLINE)
        await self.store.update_dm_request(request.id, new.value, self.clock.now())
        return wire.Ok(re=frame.id)

    async def do_dm_withdraw(self, conn: Connection, frame: wire.DmWithdraw) -> wire.Ok:
        """The sender takes back a request with no answer they know of; its addressee's
        list drops it (``dm_request_ended {reason: "withdrawn"}``)."""
        request = await self.store.get_dm_request(frame.request_id)
        if request is None or request.from_id != conn.user.info.id:
            raise DomainError("no_such_request", field="request_id")
        old = dm_rules.DmState(request.state)
        if old is dm_rules.DmState.BLOCKED:  # kept as it is; the sender is never told
            return wire.Ok(re=frame.id)
        new = dm_rules.next_state(old, dm_rules.DmEvent.WITHDRAW)
        await self.store.update_dm_request(request.id, new.value, self.clock.now())
        if old is dm_rules.DmState.REQUESTED:  # only then was it on their list
            await self._to_user(
                request.to_id,
                request.from_id,
                wire.DmRequestEnded(request_id=request.id, reason="withdrawn"),
            )
        return wire.Ok(re=frame.id)

    async def expire_dm_requests(self) -> int:
        """End the requests unanswered for ``dm_request_ttl_seconds``: the sender is told
        "expired" (shown "sans réponse": declined, blocked and ignored look the same), the
        addressee's list drops it. Run every minute on every node; each request is
        expired, and announced, once."""
        now = self.clock.now()
        rows = await self.store.expire_dm_requests(now - self.limits.dm_request_ttl_seconds, now)
        for row in rows:
            ended = wire.DmRequestEnded(request_id=row.id, reason="expired")
            await self._to_user(row.from_id, row.to_id, ended)
            if row.state == dm_rules.DmState.REQUESTED.value:
                await self._to_user(row.to_id, row.from_id, ended)
        return len(rows)

    # ------------------------------------------------------------------ blocks

    async def do_block(self, conn: Connection, frame: wire.Block) -> wire.Ok:
        state = conn.user
        if frame.user == state.info.id:
            raise DomainError("self_request", field="user")
        if await self.store.get_user(frame.user) is None:
            raise DomainError("no_such_user", field="user")
        now = self.clock.now()
        await self.store.add_block(state.info.id, frame.user, now)
        state.blocked.add(frame.user)
        for request in await self.store.pending_dm_requests_to(state.info.id):
            if request.from_id == frame.user:
                await self.store.update_dm_request(request.id, dm_rules.DmState.BLOCKED.value, now)
        await self._publish_blocks(Blocked(user=state.info.id, target=frame.user))
        if self.on_block is not None:  # blocking hangs up at once
            await self.on_block(state.info.id, frame.user)
        return wire.Ok(re=frame.id)

    async def do_unblock(self, conn: Connection, frame: wire.Unblock) -> wire.Ok:
        state = conn.user
        await self.store.remove_block(state.info.id, frame.user)
        state.blocked.discard(frame.user)
        await self._publish_blocks(Unblocked(user=state.info.id, target=frame.user))
        return wire.Ok(re=frame.id)

    # ------------------------------------------------------------------ photos sensibles

    async def do_photo_consent(self, conn: Connection, frame: wire.PhotoConsent) -> wire.Ok:
        """A member of a DM accepts, or stops accepting, the photos the detector flags as
        sensitive there (issue 11 §3: allowed in a DM only after the recipient accepted;
        still blurred for both). Every connection of theirs is told (``photo_consent``).

        Raises:
            DomainError: ``bad_room`` (not a DM), ``forbidden`` (not your DM).
        """
        kind, _ = parse_room_id(frame.room)
        if kind is not RoomKind.DM:
            raise DomainError("bad_room", field="room")
        user_id = conn.user.info.id
        at = self.clock.now() if frame.accept else None
        if not await self.store.set_sensitive_photos(frame.room, user_id, at):
            raise DomainError("forbidden", field="room")
        await self.send_direct(user_id, wire.PhotoConsentOut(room=frame.room, accept=frame.accept))
        return wire.Ok(re=frame.id)

    async def _publish_blocks(self, change: Blocked | Unblocked) -> None:
        """Tell every node (the user may have tabs on several) about a block change."""
        await self.broker.publish(control_envelope(change, self.node_id))

    async def do_end_session(self, user_id: str) -> None:
        """The person left ("Quitter le tchat"): close their sockets on every node."""
        self._end_local(user_id)
        await self.broker.publish(control_envelope(SessionEnded(user=user_id), self.node_id))

    def _end_local(self, user_id: str) -> None:
        """Each of the user's sockets here gets ``session_ended``, then close 4001."""
        state = self.hub.users.get(user_id)
        if state is None:
            return
        for conn in list(state.conns):
            self.reply(conn, wire.Error(code="session_ended", message=describe("session_ended")))
            conn.close_code = CLOSE_UNAUTHORIZED
            conn.abort(CLOSE_UNAUTHORIZED)

    async def do_ping(self, conn: Connection, frame: wire.Ping) -> wire.Pong:
        return wire.Pong(re=frame.id)

    # ------------------------------------------------------------------ salons listing

    async def salons(self) -> list[dict[str, object]]:
        """The public salons; voice salons only while a media server answers (the web
        client says why they are missing: ``hello.voice``)."""
        rows = [
            r
            for r in await self.store.list_rooms(RoomKind.SALON.value)
            if self.voice_available or not r.voice
        ]
        counts = await self.presence.counts([r.id for r in rows])
        return [
            {
                "id": r.id,
                "name": r.name,
                "topic": r.topic,
                "category": r.category,
                "members": counts.get(r.id, 0),
                **({"voice": True} if r.voice else {}),
            }
            for r in rows
        ]

    # ------------------------------------------------------------------ moderation desk

    async def do_report(self, conn: Connection, frame: wire.Report) -> wire.ReportAck:
        if self.reports is None:
            raise DomainError("internal")
        user = await self.store.get_user(conn.user.info.id)
        if user is None:
            raise DomainError("unauthorized")
        return await self.reports.do_report(user, set(conn.rooms), frame)

    async def do_notices(self, conn: Connection, frame: wire.Notices) -> wire.NoticesOut:
        if self.notices is None:
            return wire.NoticesOut(items=[], re=frame.id)
        return await self.notices.do_list_notices(conn.user.info.id, frame.id)
