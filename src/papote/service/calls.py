"""1:1 calls: ringing, answering, ending, and relaying WebRTC signalling between the two
people of an open DM (docs/protocol.md §2.6).

The server never carries media: browsers talk to each other (WebRTC); Papote only relays
their session descriptions and ICE candidates, and only once the callee accepted, only
between the two sockets that hold the call. The same block and consent checks as DMs
apply: no call without an open DM, a call to someone who blocked you never rings. The
calls' metadata is in the database (the CallStore port), so any node can answer, end or
relay a call; frames reach people through the broker like DM frames.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

import structlog

from papote.config import CallSettings
from papote.domain import calls as rules
from papote.domain.calls import CallState, EndCause
from papote.domain.errors import DomainError
from papote.domain.ratelimit import TokenBucket
from papote.domain.rooms import RoomKind, parse_room_id
from papote.ports import CallRow, CallStore, Clock
from papote.protocol import wire
from papote.service.chat import ChatService, user_info
from papote.service.hub import Connection
from papote.service.moderation.evidence import profile
from papote.service.tasks import BackgroundTasks

log = structlog.get_logger(__name__)

_K = TypeVar("_K", str, tuple[str, str])

MAX_BUCKETS = 100_000  # per-person request buckets kept in memory (then all refilled)
# A ringing call this much past its ring time is over even if its timer was lost with a
# node that died.
STALE_RING_GRACE = 10.0


class CallService:
    """Everything a connected person can do about calls, and what moderation can."""

    def __init__(
        self,
        *,
        calls: CallStore,
        chat: ChatService,
        clock: Clock,
        new_id: Callable[[], str],
        settings: CallSettings,
        turn_secret: bytes,
        node_id: str,
    ) -> None:
        self.calls = calls
        self.chat = chat
        self.clock = clock
        self.new_id = new_id
        self.settings = settings
        self.turn_secret = turn_secret
        self.node_id = node_id
        self._request_buckets: dict[str, TokenBucket] = {}
        self._signal_buckets: dict[tuple[str, str], TokenBucket] = {}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        # Active calls whose socket on this node dropped: call id -> (that socket's key,
        # its person, the timer ending the call if no tab comes back for it in time).
        self._held: dict[str, tuple[str, str, asyncio.TimerHandle]] = {}
        self._video: set[str] = set()  # calls already marked as having had a camera on
        # The calls each socket of this node was given (its key written as caller_conn or
        # callee_conn: only this node writes its sockets' keys): a socket that closes
        # without one asks the store nothing. A superset: a call another node ended or
        # moved stays listed until the socket closes, and the store then says so.
        self._conn_calls: dict[str, set[str]] = {}
        self._tasks = BackgroundTasks()
        # A report's still (MediaService.keep_still): (media id, reporter, DM) -> the seal.
        self.keep_still: Callable[[str, str, str], Awaitable[dict[str, Any]]] | None = None

    # ------------------------------------------------------------------ helpers

    def conn_key(self, conn: Connection) -> str:
        return f"{self.node_id}:{conn.id}"

    def ice_config(self, user_id: str) -> wire.IceConfig:
        """The ICE servers for one person's browser: STUN as configured, TURN with
        credentials of their own that expire (``turn_ttl_seconds``)."""
        cfg = self.settings
        servers: list[wire.IceServer] = []
        if cfg.stun():
            servers.append(wire.IceServer(urls=cfg.stun()))
        relay = False
        if cfg.turn() and self.turn_secret:
            username, credential = rules.turn_credentials(
                self.turn_secret, user_id, self.clock.now(), cfg.turn_ttl_seconds
            )
            servers.append(
                wire.IceServer(urls=cfg.turn(), username=username, credential=credential)
            )
            relay = cfg.relay_only
        return wire.IceConfig(servers=servers, policy="relay" if relay else "all")

    def _note(self, key: str, call_id: str) -> None:
        """Socket ``key`` (of this node) holds call ``call_id`` from now on."""
        self._conn_calls.setdefault(key, set()).add(call_id)

    def _unnote(self, key: str, call_id: str) -> None:
        held = self._conn_calls.get(key)
        if held is not None:
            held.discard(call_id)
            if not held:
                del self._conn_calls[key]

    def _ring_until(self, row: CallRow) -> int:
        return int((row.created_at + self.settings.ring_seconds) * 1000)

    def _check_enabled(self) -> None:
        if not self.settings.enabled:
            raise DomainError("calls_disabled")

    def _take(self, buckets: dict[_K, TokenBucket], key: _K, burst: int, rate: float) -> None:
        """Raises:
        DomainError: ``rate_limited`` with ``retry_after``.
        """
        now = self.clock.monotonic()
        bucket = buckets.get(key)
        if bucket is None:
            if len(buckets) >= MAX_BUCKETS:
                buckets.clear()
            bucket = buckets[key] = TokenBucket(burst, rate, updated=now)
        if not bucket.take(now):
            raise DomainError("rate_limited", retry_after=round(bucket.retry_after(), 2))

    async def _live_calls_of(self, user_id: str) -> list[CallRow]:
        """``user_id``'s ringing or active calls, ending on the way the ones that are over
        without anyone having said so: a ring past its time, a socket of this node that
        is gone."""
        now = self.clock.now()
        alive = {self.conn_key(c) for state in self.chat.hub.users.values() for c in state.conns}
        live = []
        for row in await self.calls.live_calls_of(user_id):
            stale_ring = (
                row.state == CallState.RINGING.value
                and now > row.created_at + self.settings.ring_seconds + STALE_RING_GRACE
            )
            if stale_ring:
                await self._end(row.id, EndCause.TIMEOUT, "", ringing_only=True)
                continue
            here = f"{self.node_id}:"
            dead = [k for k in (row.caller_conn, row.callee_conn) if k.startswith(here)]
            held = self._held.get(row.id)
            if any(k not in alive and (held is None or held[0] != k) for k in dead):
                await self._end(row.id, EndCause.DISCONNECTED, "")
                continue
            live.append(row)
        return live

    async def _my_call(self, conn: Connection, call_id: str) -> CallRow:
        """The call ``call_id`` if the caller of this frame is a party to it.

        Raises:
            DomainError: ``no_such_call`` (unknown, or someone else's: never told apart).
        """
        row = await self.calls.get_call(call_id) if len(call_id) <= 64 else None
        me = conn.user.info.id
        if row is None or me not in (row.caller_id, row.callee_id):
            raise DomainError("no_such_call", field="call")
        if row.hidden and me == row.callee_id:  # it never rang for them
            raise DomainError("no_such_call", field="call")
        return row

    async def _peer_of(self, conn: Connection, call_id: str) -> tuple[CallRow, str]:
        """An accepted call this very socket holds, and the other person's id.

        Raises:
            DomainError: ``no_such_call``, ``call_over`` (not or no longer active),
                ``not_in_call`` (this person's call, held by another tab).
        """
        row = await self._my_call(conn, call_id)
        if row.state != CallState.ACTIVE.value:
            raise DomainError("call_over", field="call")
        me = conn.user.info.id
        mine = row.caller_conn if me == row.caller_id else row.callee_conn
        if mine != self.conn_key(conn):
            raise DomainError("not_in_call", field="call")
        self._take(
            self._signal_buckets,
            (row.id, me),
            self.settings.signal_burst,
            self.settings.signal_rate,
        )
        return row, row.callee_id if me == row.caller_id else row.caller_id

    # ------------------------------------------------------------------ requests

    async def do_call_request(self, conn: Connection, frame: wire.CallRequest) -> wire.CallPlaced:
        """Ring the other person of the open DM ``frame.room``.

        Raises:
            DomainError: ``calls_disabled``, ``bad_room``, ``call_needs_dm`` (not a DM,
                or not one of yours: a call needs an open DM), ``call_blocked`` (you
                blocked them), a Guard refusal (``banned``, ``muted``), ``call_busy``
                (you are in a call), ``rate_limited``.
        """
        self._check_enabled()
        me = conn.user
        kind, _ = parse_room_id(frame.room)
        store = self.chat.store
        if kind is not RoomKind.DM or await store.member_role(frame.room, me.info.id) is None:
            raise DomainError("call_needs_dm", field="room")
        others = [u for u in await store.room_member_ids(frame.room) if u != me.info.id]
        callee = await store.get_user(others[0]) if others else None
        if callee is None:
            raise DomainError("call_needs_dm", field="room")
        if callee.id in me.blocked:
            raise DomainError("call_blocked", field="room")
        guard = self.chat.guard
        if guard is not None:  # a muted person places no call (docs/moderation.md)
            keys = self.chat.keys_of(me)
            guard.check_enter(keys)
            guard.check_say(keys, me.info.id, frame.room)
        if await self._live_calls_of(me.info.id):
            raise DomainError("call_busy")
        self._take(
            self._request_buckets,
            me.info.id,
            self.settings.request_burst,
            self.settings.request_rate,
        )
        hidden = me.info.id in await store.blocked_by(callee.id)
        busy = not hidden and bool(await self._live_calls_of(callee.id))
        now = self.clock.now()
        row = CallRow(
            id=self.new_id(),
            room_id=frame.room,
            caller_id=me.info.id,
            callee_id=callee.id,
            state=CallState.RINGING.value,
            created_at=now,
            caller_conn=self.conn_key(conn),
            hidden=hidden,
        )
        self._note(row.caller_conn, row.id)  # before the write: a close meanwhile asks
        await self.calls.create_call(row)
        log.info("call placed", call=row.id, hidden=hidden)
        placed = wire.CallPlaced(
            call=row.id,
            room=row.room_id,
            to=user_info(callee),
            ring_until=self._ring_until(row),
            ice=self.ice_config(me.info.id),
            re=frame.id,
        )
        if busy:
            self._tasks.spawn(self._end_quietly(row.id, EndCause.BUSY))
            return placed
        self._arm_timer(row.id)
        if not hidden:
            incoming = wire.CallIncoming(
                call=row.id, room=row.room_id, from_=me.info, ring_until=self._ring_until(row)
            )
            await self.chat.send_to(callee.id, me.info.id, incoming)
        return placed

    def _arm_timer(self, call_id: str) -> None:
        loop = asyncio.get_running_loop()

        def ring_out() -> None:
            self._timers.pop(call_id, None)
            self._tasks.spawn(self._end_quietly(call_id, EndCause.TIMEOUT, ringing_only=True))

        self._timers[call_id] = loop.call_later(self.settings.ring_seconds, ring_out)

    async def do_call_accept(self, conn: Connection, frame: wire.CallAccept) -> wire.CallAccepted:
        """The callee answers, from this tab: the call is this socket's from now on.

        Raises:
            DomainError: ``no_such_call``, ``call_over`` (it stopped ringing, or was
                answered in another tab), ``banned``.
        """
        row = await self._my_call(conn, frame.call)
        if conn.user.info.id != row.callee_id:
            raise DomainError("no_such_call", field="call")
        rules.next_state(CallState(row.state), rules.CallEvent.ACCEPT)
        if self.chat.guard is not None:
            self.chat.guard.check_enter(self.chat.keys_of(conn.user))
        key = self.conn_key(conn)
        self._note(key, row.id)
        if not await self.calls.answer_call(row.id, key, self.clock.now()):
            self._unnote(key, row.id)
            raise DomainError("call_over", field="call")
        self._disarm(row.id)
        log.info("call answered", call=row.id)
        told = wire.CallAccepted(call=row.id, room=row.room_id)
        await self.chat.send_direct(row.caller_id, told)  # the caller sends its offer
        await self.chat.send_direct(row.callee_id, told)  # the callee's other tabs stop
        return wire.CallAccepted(
            call=row.id, room=row.room_id, ice=self.ice_config(row.callee_id), re=frame.id
        )

    async def do_call_decline(self, conn: Connection, frame: wire.CallDecline) -> wire.Ok:
        row = await self._my_call(conn, frame.call)
        if conn.user.info.id != row.callee_id:
            raise DomainError("no_such_call", field="call")
        await self._end(row.id, EndCause.DECLINED, row.callee_id, ringing_only=True)
        return wire.Ok(re=frame.id)

    async def do_call_hangup(self, conn: Connection, frame: wire.CallHangup) -> wire.Ok:
        """Either side, any tab: the call is over for both (an ended call: ``ok`` too)."""
        row = await self._my_call(conn, frame.call)
        await self._end(row.id, EndCause.HANGUP, conn.user.info.id)
        return wire.Ok(re=frame.id)

    async def do_call_resume(self, conn: Connection, frame: wire.CallResume) -> wire.Ok:
        """A tab whose socket dropped is back: its active call goes on from this socket
        (the media never stopped: it goes browser to browser). Another tab of the same
        person may take the call over the same way.

        Raises:
            DomainError: ``no_such_call``, ``call_over`` (it ended meanwhile: the grace
                ran out, the other side hung up), ``rate_limited``.
        """
        row = await self._my_call(conn, frame.call)
        me = conn.user.info.id
        self._take(
            self._signal_buckets,
            (row.id, me),
            self.settings.signal_burst,
            self.settings.signal_rate,
        )
        key = self.conn_key(conn)
        if key not in (row.caller_conn, row.callee_conn):
            self._note(key, row.id)
            if not await self.calls.move_call(row.id, me, key):
                self._unnote(key, row.id)
                raise DomainError("call_over", field="call")
            log.info("call resumed", call=row.id)
        else:
            self._note(key, row.id)
        held = self._held.pop(row.id, None)
        if held is not None:
            held[2].cancel()
        return wire.Ok(re=frame.id)

    async def do_call_sdp(self, conn: Connection, frame: wire.CallSdp) -> None:
        """Relay a session description to the other side of this socket's call.

        Raises:
            DomainError: ``sdp_too_large``, and what ``_peer_of`` raises.
        """
        if len(frame.sdp.encode()) > self.settings.max_sdp_bytes:
            raise DomainError("sdp_too_large", field="sdp", max=self.settings.max_sdp_bytes)
        row, peer = await self._peer_of(conn, frame.call)
        out = wire.CallSdpOut(call=row.id, kind=frame.kind, sdp=frame.sdp)
        await self.chat.send_to(peer, conn.user.info.id, out)

    async def do_call_ice(self, conn: Connection, frame: wire.CallIce) -> None:
        """Relay ICE candidates (a few per frame) to the other side of this socket's call.

        Raises:
            DomainError: ``too_many_candidates``, and what ``_peer_of`` raises.
        """
        if len(frame.candidates) > self.settings.max_candidates:
            raise DomainError(
                "too_many_candidates", field="candidates", max=self.settings.max_candidates
            )
        row, peer = await self._peer_of(conn, frame.call)
        out = wire.CallIceOut(call=row.id, candidates=frame.candidates)
        await self.chat.send_to(peer, conn.user.info.id, out)

    async def do_call_media(self, conn: Connection, frame: wire.CallMedia) -> None:
        """Tell the other side whether this side's camera and microphone are on."""
        row, peer = await self._peer_of(conn, frame.call)
        if frame.camera and row.id not in self._video:
            self._video.add(row.id)
            await self.calls.mark_video(row.id)
        out = wire.CallMediaOut(call=row.id, camera=frame.camera, mic=frame.mic)
        await self.chat.send_to(peer, conn.user.info.id, out)

    # ------------------------------------------------------------------ endings

    def _disarm(self, call_id: str) -> None:
        timer = self._timers.pop(call_id, None)
        if timer is not None:
            timer.cancel()
        held = self._held.pop(call_id, None)
        if held is not None:
            held[2].cancel()

    async def _end_quietly(self, call_id: str, cause: EndCause, ringing_only: bool = False) -> None:
        """``_end`` in the background (a timer's, a busy callee's): logged if it fails."""
        try:
            await self._end(call_id, cause, "", ringing_only)
        except Exception:
            log.exception("ending a call failed", call=call_id)

    async def _end(
        self,
        call_id: str,
        cause: EndCause,
        by: str,
        ringing_only: bool = False,
        held_by: str | None = None,
    ) -> CallRow | None:
        """End a call once (any node may try: the store lets one through) and tell both
        sides, each in their own words (domain.calls.end_reasons). ``held_by``: only if
        that socket still holds one side. Returns the row as it was, or None if it was
        already over (or ``held_by`` no longer holds it)."""
        now = self.clock.now()
        row = await self.calls.end_call(call_id, cause.value, by, now, ringing_only, held_by)
        self._disarm(call_id)
        if row is None:
            return None
        self._unnote(row.caller_conn, call_id)
        self._unnote(row.callee_conn, call_id)
        self._video.discard(call_id)
        for key in [k for k in self._signal_buckets if k[0] == call_id]:
            del self._signal_buckets[key]
        to_caller, to_callee = rules.end_reasons(
            cause, CallState(row.state), by_caller=by == row.caller_id, hidden=row.hidden
        )
        duration = int(now - row.answered_at) if row.answered_at is not None else None
        log.info("call ended", call=call_id, cause=cause.value, duration=duration)
        for user_id, reason in ((row.caller_id, to_caller), (row.callee_id, to_callee)):
            if reason:
                ended = wire.CallEnded(
                    call=call_id, reason=cast(wire.CallEndReason, reason), duration=duration
                )
                await self.chat.send_direct(user_id, ended)
        return row

    async def on_disconnect(self, conn: Connection) -> None:
        """A socket closed. A ringing call it held ends; an active one waits
        ``reconnect_grace_seconds`` for the tab to come back (``call_resume``: the media
        goes on browser to browser meanwhile), then ends (``disconnected`` to the other
        side). A suspension or a ban ends the calls itself (``on_sanctioned``).

        Only a socket that was given a call asks the store (``_conn_calls``): in a
        reconnect storm, 10,000 sockets closing cost it no query."""
        key = self.conn_key(conn)
        if self._conn_calls.pop(key, None) is None:
            return
        user_id = conn.user.info.id
        grace = self.settings.reconnect_grace_seconds
        for row in await self.calls.live_calls_of(user_id):
            if key not in (row.caller_conn, row.callee_conn):
                continue
            if row.state == CallState.ACTIVE.value and grace > 0:
                self._hold(row.id, key, user_id, grace)
            else:
                await self._end(row.id, EndCause.DISCONNECTED, user_id)

    def _hold(self, call_id: str, key: str, user_id: str, grace: float) -> None:
        loop = asyncio.get_running_loop()

        def over() -> None:
            if self._held.get(call_id, ("",))[0] == key:
                del self._held[call_id]
            self._tasks.spawn(self._end_held(call_id, key, user_id))

        previous = self._held.pop(call_id, None)
        if previous is not None:
            previous[2].cancel()
        self._held[call_id] = (key, user_id, loop.call_later(grace, over))
        log.info("call held for a reconnect", call=call_id, grace=grace)

    async def _end_held(self, call_id: str, key: str, user_id: str) -> None:
        """The grace is over: the call ends unless a tab took it back (any node)."""
        try:
            await self._end(call_id, EndCause.DISCONNECTED, user_id, held_by=key)
        except Exception:
            log.exception("ending a held call failed", call=call_id)

    async def end_orphans(self) -> int:
        """The only node starts: the calls earlier processes held are over (they died
        without a word, or stopped while a socket was in its grace)."""
        rows = await self.calls.list_calls(live=True, limit=10_000)
        nodes = {
            key.partition(":")[0]
            for row in rows
            for key in (row.caller_conn, row.callee_conn)
            if key and not key.startswith(f"{self.node_id}:")
        }
        return sum([await self.on_node_dead(node) for node in sorted(nodes)])

    async def on_node_dead(self, node_id: str) -> int:
        """A node died without a clean shutdown (presence swept it): the calls its
        sockets held end (``disconnected`` to the other side), unless their tab took
        them back on another node first. Returns how many ended."""
        ended = 0
        for row in await self.calls.live_calls_held_on(node_id):
            for key, user_id in (
                (row.caller_conn, row.caller_id),
                (row.callee_conn, row.callee_id),
            ):
                if key.startswith(f"{node_id}:"):
                    if await self._end(row.id, EndCause.DISCONNECTED, user_id, held_by=key):
                        ended += 1
                    break
        if ended:
            log.info("calls of a dead node ended", node=node_id, calls=ended)
        return ended

    async def on_block(self, blocker: str, blocked: str) -> None:
        """A block hangs up at once (the blocked person hears a plain hang-up)."""
        for row in await self.calls.live_calls_of(blocker):
            if blocked in (row.caller_id, row.callee_id):
                await self._end(row.id, EndCause.BLOCKED, blocker)

    async def on_sanctioned(self, user_id: str) -> None:
        """A suspension or ban ends the person's calls (``moderation`` to both)."""
        for row in await self.calls.live_calls_of(user_id):
            await self._end(row.id, EndCause.MODERATION, "")

    async def end_by_moderator(self, call_id: str) -> CallRow | None:
        """A moderator ends a call (they see its metadata, never its content)."""
        return await self._end(call_id, EndCause.MODERATION, "")

    async def evidence(
        self, call_id: str, reporter_id: str | None, still: str | None
    ) -> tuple[str, dict[str, Any]]:
        """What a call report seals: the call's metadata (who, when, how long, which DM),
        both profiles, and the reporter's still if they attached one. Returns the person
        concerned (the other party; the caller for a moderator's own case) and that.

        Raises:
            DomainError: ``no_such_target`` (unknown, or a call the reporter was not
                part of), ``still_invalid``.
        """
        row = await self.calls.get_call(call_id) if len(call_id) <= 64 else None
        parties = (row.caller_id, row.callee_id) if row is not None else ()
        if row is None or (reporter_id is not None and reporter_id not in parties):
            raise DomainError("no_such_target", field="target_id")
        if row.hidden and reporter_id == row.callee_id:
            raise DomainError("no_such_target", field="target_id")
        concerned = row.callee_id if reporter_id == row.caller_id else row.caller_id
        users = {u.id: u for u in await self.chat.store.get_users(list(parties))}
        end = row.ended_at if row.ended_at is not None else self.clock.now()
        content: dict[str, Any] = {
            "call": {
                "id": row.id,
                "room": row.room_id,
                "caller": row.caller_id,
                "callee": row.callee_id,
                "state": row.state,
                "rang_at": row.created_at,
                "answered_at": row.answered_at,
                "ended_at": row.ended_at,
                "duration": round(end - row.answered_at) if row.answered_at else None,
                "end_reason": row.end_reason,
                "video": row.video or row.id in self._video,
            },
            "caller": profile(users.get(row.caller_id)),
            "callee": profile(users.get(row.callee_id)),
        }
        if still is not None:
            if self.keep_still is None or reporter_id is None:
                raise DomainError("still_invalid", field="still")
            content["still"] = await self.keep_still(still, reporter_id, row.room_id)
        return concerned, content

    async def listing(self, live: bool, limit: int = 200) -> list[dict[str, Any]]:
        """Calls for the moderator console, newest first: metadata only."""
        rows = await self.calls.list_calls(live, limit)
        ids = {u for r in rows for u in (r.caller_id, r.callee_id)}
        pseudo = {u.id: u.pseudo for u in await self.chat.store.get_users(list(ids))}
        now = self.clock.now()
        return [
            {
                "id": r.id,
                "room": r.room_id,
                "caller": {"id": r.caller_id, "pseudo": pseudo.get(r.caller_id, "")},
                "callee": {"id": r.callee_id, "pseudo": pseudo.get(r.callee_id, "")},
                "state": r.state,
                "rang_at": r.created_at,
                "answered_at": r.answered_at,
                "ended_at": r.ended_at,
                "duration": (round((r.ended_at or now) - r.answered_at) if r.answered_at else None),
                "end_reason": r.end_reason,
                "video": r.video,
                "hidden": r.hidden,
            }
            for r in rows
        ]

    async def purge(self) -> int:
        """Forget the metadata of calls ended ``metadata_days`` ago (a reported call's is
        sealed in the report's evidence)."""
        horizon = self.clock.now() - self.settings.metadata_days * 86400
        return await self.calls.purge_calls(horizon, ())

    async def settle(self) -> None:
        """Wait for endings started in the background (tests)."""
        await self._tasks.settle()

    async def close(self) -> None:
        """Stop. The calls waiting for a socket of this node to come back end now (no
        node would end them once this one is gone)."""
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        for call_id, (key, user_id, timer) in list(self._held.items()):
            timer.cancel()
            await self._end_held(call_id, key, user_id)
        self._held.clear()
        await self._tasks.cancel()
