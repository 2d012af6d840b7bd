"""Between the broker and the hub: each room's messages in seq order, on every node.

The database is the source of truth and the broker only carries positions (DESIGN.md,
Synapse habit). With several nodes an envelope can be late (two nodes wrote to one room),
duplicated (a publish retried) or lost (Redis restarted). For every room whose history
this node keeps, the relay remembers the last seq it handed to the hub, and:

- drops an envelope whose seq it already handed on (duplicate);
- on a gap (seq > last + 1) holds the room's envelopes, reads the missing messages from
  the store (``messages_after``), and delivers everything in order;
- after Broker resubscription (``resync``) reads every room's newest messages, since
  anything published meanwhile never arrived.

Messages from other nodes also go into the per-room history ring, so a join on any node
sees them. The hub is untouched: the relay is a Broker wrapped around the real one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import msgspec
import structlog

from papote.ports import Broker, Deliver, Envelope, RoomAddress, Store, StoredMessage
from papote.protocol import wire
from papote.protocol.codec import encode_frame
from papote.service.chat import mask_json, media_json, to_wire
from papote.service.history import HistoryCache
from papote.service.tasks import BackgroundTasks

log = structlog.get_logger(__name__)

_message_decoder = msgspec.json.Decoder(wire.Message)

# Store reads retried this many times (seconds between) before a gap is given up.
_READ_RETRIES = (0.1, 0.5, 2.0)


@dataclass(slots=True)
class _Room:
    last: int  # last seq handed to the hub
    filling: bool = False  # a store read is under way: hold the room's envelopes
    resync: bool = False  # read the newest messages once the current fill is done
    pending: list[Envelope] = field(default_factory=list)


def stored_from_envelope(envelope: Envelope) -> StoredMessage:
    """The stored message a ``message`` envelope announces (its payload is the frame)."""
    frame = _message_decoder.decode(envelope.payload)
    return StoredMessage(
        room_id=frame.room,
        seq=frame.seq,
        msg_id=frame.msg_id,
        user_id=frame.from_.id,
        pseudo=frame.from_.pseudo,
        text=frame.text,
        ts=frame.ts,
        media=media_json(frame.media),
        mask=mask_json(frame.mask),
    )


def envelope_from_stored(message: StoredMessage) -> Envelope:
    return Envelope(
        to=RoomAddress(message.room_id),
        kind="message",
        sender_id=message.user_id,
        payload=encode_frame(to_wire(message)),
        seq=message.seq,
        origin="store",
    )


class Relay:
    """A Broker around another one (Redis) that keeps rooms in order and gap-free.

    Args:
        inner: the broker that moves envelopes between nodes.
        store: where missing messages are read.
        node_id: this node (its own envelopes are already in the history ring).
        has_members: whether this node has anyone in a room; on resync, rooms nobody here
            is in drop their ring instead of being filled.
        max_fill: most messages read to fill one gap (older ones are left to ``history``).
    """

    def __init__(
        self,
        inner: Broker,
        store: Store,
        *,
        node_id: str,
        has_members: Callable[[str], bool] | None = None,
        max_fill: int = 500,
    ) -> None:
        self.inner = inner
        self.store = store
        self.node_id = node_id
        self.has_members = has_members
        self.max_fill = max_fill
        self.history: HistoryCache | None = None
        # Run after each resync: re-read state that control envelopes carry (blocks,
        # sanctions), in case one was lost while the subscription was down.
        self.resync_hooks: list[Callable[[], Awaitable[None]]] = []
        self._deliver: Deliver | None = None
        self._rooms: dict[str, _Room] = {}
        self._tasks = BackgroundTasks()
        self._read_slots = asyncio.Semaphore(4)  # resync must not take the whole DB pool
        # counters, read by papote.metrics at scrape time
        self.duplicates = 0  # message envelopes already handed on
        self.gaps = 0  # seq gaps found (each one a store read)
        self.filled = 0  # messages read from the store that no envelope brought
        self.skipped = 0  # missing seqs the store could not give

    def attach(self, history: HistoryCache) -> None:
        """Keep ``history`` up to date, and start ordering a room when its ring loads."""
        self.history = history
        history.on_load = self._track
        history.on_forget = self._untrack

    def _track(self, room_id: str, last_seq: int) -> None:
        # The ring was just read from the store up to last_seq, and nobody here is in the
        # room yet (the joiner enters the hub after reading it): continue from there.
        state = self._rooms.get(room_id)
        if state is None:
            self._rooms[room_id] = _Room(last_seq)
        elif not state.filling:
            state.last = max(state.last, last_seq)

    def _untrack(self, room_id: str) -> None:
        # The ring is gone: nobody here is in the room; a later join reloads it from the
        # store and starts the order again from there (_track).
        state = self._rooms.get(room_id)
        if state is not None and not state.filling:
            del self._rooms[room_id]

    # ------------------------------------------------------------------ Broker

    async def start(self, deliver: Deliver) -> None:
        self._deliver = deliver
        await self.inner.start(self.deliver)

    async def publish(self, envelope: Envelope) -> None:
        await self.inner.publish(envelope)

    async def close(self) -> None:
        await self.inner.close()
        # A fill under way reads the store, which is closed after us.
        await self._tasks.finish()
        self._deliver = None

    # ------------------------------------------------------------------ ordering

    def deliver(self, envelope: Envelope) -> None:
        """The inner broker's Deliver: every envelope, local or remote, comes here."""
        to = envelope.to
        if envelope.kind != "message" or envelope.seq <= 0 or not isinstance(to, RoomAddress):
            self._hand_on(envelope)
            return
        room_id = to.room_id
        state = self._rooms.get(room_id)
        if state is None:
            last = self.history.last_seq(room_id) if self.history is not None else None
            if last is None:
                # Nobody here keeps this room's history: no order to keep, and a later
                # join reads the store.
                self._forward(envelope)
                return
            state = self._rooms[room_id] = _Room(last)
        if state.filling:
            state.pending.append(envelope)
            return
        if envelope.seq <= state.last:
            self.duplicates += 1
            return
        if envelope.seq == state.last + 1:
            state.last = envelope.seq
            self._forward(envelope)
            return
        state.filling = True
        state.pending.append(envelope)
        self._tasks.spawn(self._fill(room_id, state, newest=False))

    def _forward(self, envelope: Envelope) -> None:
        history = self.history
        to = envelope.to
        # Decoded once per node, and only where a ring wants it.
        if (
            envelope.origin != self.node_id
            and history is not None
            and isinstance(to, RoomAddress)
            and history.keeps(to.room_id)
        ):
            try:
                history.observe(stored_from_envelope(envelope))
            except msgspec.DecodeError:
                log.warning("undecodable message envelope", room=to.room_id)
        self._hand_on(envelope)

    def _hand_on(self, envelope: Envelope) -> None:
        assert self._deliver is not None
        try:
            self._deliver(envelope)
        except Exception:
            log.exception("delivering an envelope failed", kind=envelope.kind)

    async def _fill(self, room_id: str, state: _Room, *, newest: bool) -> None:
        """Read what is missing, then deliver it and the held envelopes, in seq order.

        Args:
            newest: read the room's newest messages (resync) rather than up to the
                newest held envelope (gap).
        """
        try:
            while True:
                held = sorted(state.pending, key=lambda e: e.seq)
                state.pending = []
                gapped: list[Envelope] = []
                for envelope in held:  # what follows on needs no read
                    if envelope.seq <= state.last:
                        self.duplicates += 1
                    elif envelope.seq == state.last + 1 and not gapped:
                        state.last = envelope.seq
                        self._forward(envelope)
                    elif not gapped or envelope.seq != gapped[-1].seq:
                        gapped.append(envelope)
                if gapped:
                    self.gaps += 1
                if gapped or newest:
                    upto = None if newest else gapped[-1].seq
                    rows = await self._read(room_id, state.last, upto)
                    self._merge(state, rows, gapped)
                if state.resync:
                    state.resync, newest = False, True
                    continue
                if not state.pending:
                    return
                newest = False
        finally:
            state.filling = False
            state.pending = []  # non-empty only if cancelled (node stopping)

    def _merge(self, state: _Room, rows: list[StoredMessage], held: list[Envelope]) -> None:
        """Deliver what the store returned and the held envelopes, in order, once each."""
        found = {m.seq: m for m in rows if m.seq > state.last}
        waiting = {e.seq: e for e in held if e.seq > state.last}
        for seq in sorted(found.keys() | waiting.keys()):
            if seq > state.last + 1:
                # Not in the store (purged by retention, deleted, or the read failed).
                self.skipped += seq - state.last - 1
            state.last = seq
            message = found.get(seq)
            if message is None:
                self._forward(waiting[seq])
                continue
            if seq not in waiting:
                self.filled += 1
            if self.history is not None:
                self.history.observe(message)
            if message.held is None:  # a held message is for its writer alone (chat.py)
                self._hand_on(envelope_from_stored(message))

    async def _read(self, room_id: str, after: int, upto: int | None) -> list[StoredMessage]:
        """Messages with seq > ``after`` (and < ``upto`` unless None), at most max_fill."""
        if upto is not None and upto <= after + 1:
            return []
        for delay in (*_READ_RETRIES, None):
            try:
                async with self._read_slots:
                    if upto is None:
                        rows = await self.store.messages_before(room_id, None, self.max_fill)
                        return [m for m in rows if m.seq > after]
                    if upto - after - 1 > self.max_fill:
                        # Too far behind: the newest part only; older ones stay readable
                        # with `history`.
                        return await self.store.messages_before(room_id, upto, self.max_fill)
                    return await self.store.messages_after(room_id, after, upto - after - 1)
            except Exception:
                if delay is None:
                    log.exception("gap fill failed, giving the gap up", room=room_id)
                    return []
                log.warning("gap fill read failed, retrying", room=room_id, delay=delay)
                await asyncio.sleep(delay)
        return []  # pragma: no cover - the loop always returns

    # ------------------------------------------------------------------ resync

    def resync_soon(self) -> None:
        """The broker (re)subscribed: schedule a resync (a sync hook for the broker)."""
        if self._deliver is not None:
            self._tasks.spawn(self.resync())

    async def resync(self) -> None:
        """Catch up every room this node keeps, from the store, then run the hooks."""
        history = self.history
        if history is not None:
            loaded = set(history.loaded_rooms())
            for room_id in loaded:
                if self.has_members is not None and not self.has_members(room_id):
                    # Nobody here: forget the ring (a later join reads the store) rather
                    # than fill it.
                    history.forget(room_id)
                    state = self._rooms.get(room_id)
                    if state is None or not state.filling:
                        self._rooms.pop(room_id, None)
                    continue
                state = self._rooms.get(room_id)
                if state is None:
                    last = history.last_seq(room_id)
                    state = self._rooms[room_id] = _Room(last or 0)
                if state.filling:
                    state.resync = True
                    continue
                state.filling = True
                self._tasks.spawn(self._fill(room_id, state, newest=True))
            for room_id, state in list(self._rooms.items()):
                if room_id not in loaded and not state.filling:
                    del self._rooms[room_id]
        for hook in self.resync_hooks:
            try:
                await hook()
            except Exception:
                log.exception("resync hook failed")
