"""WebSocket endpoint: authenticate, then read frames, dispatch, and drain the outbound queue.

Only bytes move here: decoding is the sans-I/O codec, decisions are the services'. Two
front ends share this endpoint: the native listener (``papote.transport.wsnative``, the
default: writes each connection's queue once per event-loop pass) and the ASGI one below
(any ASGI server; one task pair per connection). docs/performance.md compares them.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import structlog
from starlette.websockets import WebSocket, WebSocketDisconnect

from papote.config import Limits
from papote.domain.errors import DomainError
from papote.domain.ratelimit import TokenBucket
from papote.ports import Clock, Origin
from papote.protocol import wire
from papote.protocol.codec import JsonCodec
from papote.protocol.connection import (
    CLOSE_UNAUTHORIZED,
    Authenticate,
    Close,
    Event,
    Request,
    ServerSession,
    error_frame,
)
from papote.service.calls import CallService
from papote.service.chat import ChatService, user_info
from papote.service.hub import (
    CLOSE_BANNED,
    CLOSE_FLOODING,
    CLOSE_SLOW_CONSUMER,
    Connection,
    Hub,
    UserState,
)
from papote.service.sessions import DEVICE_COOKIE, SessionService
from papote.service.voice import VoiceService
from papote.transport.http import peer

log = structlog.get_logger(__name__)

CLOSE_INTERNAL = 1011  # RFC 6455 §7.4.1: an unexpected condition on the server

Handler = Callable[[Connection, Any], Awaitable[wire.ServerFrame | None]]
Soon = Callable[[Connection, Any], "asyncio.Future[Any]"]  # a future of a wire.ServerFrame


@dataclass(frozen=True, slots=True)
class Command:
    """One row of the dispatch table (ergo style).

    ``soon``, when set, is used instead of ``handler``: it checks the frame at once
    (raising its refusal) and returns a future for the reply, which is sent when it
    completes while the connection's next frames are already being handled.
    """

    handler: Handler
    soon: Soon | None = None


def dispatch_table(
    chat: ChatService, voice: VoiceService, calls: CallService | None = None
) -> dict[type, Command]:
    """Frame type -> handler; every client frame type but ``auth`` has exactly one row
    (calls switched off: their frames answer ``calls_disabled``)."""
    call_rows: dict[type, Command] = {
        wire.CallRequest: Command(calls.do_call_request if calls else _no_calls),
        wire.CallAccept: Command(calls.do_call_accept if calls else _no_calls),
        wire.CallDecline: Command(calls.do_call_decline if calls else _no_calls),
        wire.CallHangup: Command(calls.do_call_hangup if calls else _no_calls),
        wire.CallResume: Command(calls.do_call_resume if calls else _no_calls),
        wire.CallSdp: Command(calls.do_call_sdp if calls else _no_calls),
        wire.CallIce: Command(calls.do_call_ice if calls else _no_calls),
        wire.CallMedia: Command(calls.do_call_media if calls else _no_calls),
    }
    return {
        **call_rows,
        wire.Join: Command(chat.do_join),
        wire.Leave: Command(chat.do_leave),
        wire.Say: Command(chat.do_say, soon=chat.say_soon),
        wire.Members: Command(chat.do_members),
        wire.Typing: Command(chat.do_typing),
        wire.History: Command(chat.do_history),
        wire.CreateRoom: Command(chat.do_create_room),
        wire.Invite: Command(chat.do_invite),
        wire.InviteLink: Command(chat.do_invite_link),
        wire.JoinInvite: Command(chat.do_join_invite),
        wire.DmRequest: Command(chat.do_dm_request),
        wire.DmAccept: Command(chat.do_dm_accept),
        wire.DmDecline: Command(chat.do_dm_decline),
        wire.DmWithdraw: Command(chat.do_dm_withdraw),
        wire.Block: Command(chat.do_block),
        wire.Unblock: Command(chat.do_unblock),
        wire.Ping: Command(chat.do_ping),
        wire.PhotoConsent: Command(chat.do_photo_consent),
        wire.Report: Command(chat.do_report),
        wire.Notices: Command(chat.do_notices),
        wire.VoiceJoin: Command(voice.do_voice_join),
        wire.VoiceLeave: Command(voice.do_voice_leave),
        wire.VoiceMute: Command(voice.do_voice_mute),
        wire.VoiceEnable: Command(voice.do_voice_enable),
    }


async def _no_calls(conn: Connection, frame: Any) -> None:
    raise DomainError("calls_disabled")


class Refused(Exception):
    """A socket that may not go on: the error frame to send, then the close code."""

    def __init__(self, error: wire.Error, close_code: int) -> None:
        super().__init__(close_code)
        self.error = error
        self.close_code = close_code


class AsgiConnection(Connection):
    """A connection of the ASGI front end: a pump task drains ``queue`` when woken."""

    __slots__ = ("wake",)

    def __init__(
        self, user: UserState, max_frames: int, frame_bucket: TokenBucket, flood_bucket: TokenBucket
    ) -> None:
        super().__init__(user, max_frames, frame_bucket, flood_bucket)
        self.wake = asyncio.Event()

    def push(self, data: bytes) -> None:
        super().push(data)
        self.wake.set()


NewConnection = Callable[[UserState, int, TokenBucket, TokenBucket], Connection]


class WsEndpoint:
    """The ``/ws`` endpoint: what both front ends share, and the ASGI front end."""

    def __init__(
        self,
        *,
        chat: ChatService,
        voice: VoiceService,
        sessions: SessionService,
        hub: Hub,
        codec: JsonCodec,
        limits: Limits,
        clock: Clock,
        on_disconnect: Callable[[str], Awaitable[None]],
        calls: CallService | None = None,
    ) -> None:
        self.chat = chat
        self.sessions = sessions
        self.hub = hub
        self.codec = codec
        self.limits = limits
        self.clock = clock
        self.table = dispatch_table(chat, voice, calls)
        self.on_disconnect = on_disconnect
        # Counters read by /metrics (plain ints: nothing to pay on the hot path).
        self.open_connections = 0
        self.slow_closed = 0
        self.frames_in = 0
        # Connections whose hello has DMs, requests or notices to read (Arrival.more):
        # the others' hello is answered from memory.
        self._hello_reads: set[int] = set()

    def flush(self, session: ServerSession, conn: Connection) -> None:
        """Move what the session queued for its client onto the connection's queue."""
        for payload in session.data_to_send():
            conn.send(payload)

    async def open(
        self,
        session: ServerSession,
        auth: Authenticate,
        origin: Origin,
        device_cookie: str | None,
        new: NewConnection,
    ) -> Connection | Close:
        """Authentication, for both front ends: resolve the token, build the connection,
        admit the person, attach it. Then ``greet`` it (a separate step, so that the
        transport holds the connection before anything else is awaited).

        Returns the connection, or the ``Close`` to act on (the session queued the error
        frame saying why: a bad token 4001, a suspended or banned person 4003, a fault
        1011).
        """
        try:
            return await self._authenticate(auth.token, origin, device_cookie, new)
        except Refused as refused:
            return session.refused(refused.error, refused.close_code)
        except Exception:
            log.exception("authentication failed")
            return session.close(CLOSE_INTERNAL)

    async def greet(
        self, session: ServerSession, conn: Connection, auth: Authenticate
    ) -> list[str]:
        """Send ``hello`` (answering the auth frame's id). Returns the text frames the client
        sent while its token was checked, to handle now, in order."""
        more = conn.id in self._hello_reads
        self._hello_reads.discard(conn.id)
        try:
            first: wire.ServerFrame = await self.chat.hello(conn, auth.re, more=more)
        except DomainError as exc:
            first = error_frame(exc.code, auth.re, exc.field, exc.params)
        held = session.accepted(first)
        self.flush(session, conn)
        return held

    async def _authenticate(
        self, token: str, origin: Origin, device_cookie: str | None, new: NewConnection
    ) -> Connection:
        """Raises:
        Refused: bad token (close 4001), or a suspended or banned person (4003).
        """
        try:
            arrival = await self.sessions.arrive(token, lambda uid: uid in self.hub.users)
        except DomainError as exc:
            raise Refused(error_frame(exc.code), CLOSE_UNAUTHORIZED) from None
        state = self.hub.user_state(user_info(arrival.user), set(arrival.blocked))
        limits = self.limits
        now = self.clock.monotonic()
        conn = new(
            state,
            limits.outbound_queue_frames,
            TokenBucket(limits.frame_burst, limits.frame_rate, updated=now),
            TokenBucket(limits.flood_close_after, limits.frame_rate, updated=now),
        )
        ip_hash, device_hash = self.sessions.person_hashes(origin.ip, device_cookie)
        try:
            await self.chat.admit(conn, origin, device_hash, ip_hash)
        except DomainError as exc:  # suspended or banned: say why, then close
            self.hub.detach(conn)
            raise Refused(error_frame(exc.code, params=exc.params), CLOSE_BANNED) from None
        self.hub.attach(conn)
        self.open_connections += 1
        if arrival.more:
            self._hello_reads.add(conn.id)
        return conn

    async def release(self, conn: Connection) -> None:
        """The socket is gone (or going): leave its rooms, free the pseudo's hold."""
        self.open_connections -= 1
        self._hello_reads.discard(conn.id)
        await self.chat.disconnect(conn)
        if conn.user.info.id not in self.hub.users:
            await self.on_disconnect(conn.user.info.id)

    def admit_frame(self, session: ServerSession, conn: Connection, text: str) -> bool:
        """The frame rate limit, checked as a frame arrives; False: the frame is refused
        (an error is queued, with the frame's ``id`` as ``re``, and on a flood
        ``close_code`` is set)."""
        now = self.clock.monotonic()
        if conn.frame_bucket.take(now):
            return True
        if not conn.flood_bucket.take(now):
            # Persistently over the frame rate: not a burst, a flood. The error is queued
            # before close_code is set (a closing connection queues nothing more).
            session.send(error_frame("flooding"))
            self.flush(session, conn)
            conn.close_code = CLOSE_FLOODING
            return False
        retry = round(conn.frame_bucket.retry_after(), 2)
        re = session.codec.request_id(text)
        session.send(error_frame("rate_limited", re, params={"retry_after": retry}))
        self.flush(session, conn)
        return False

    def binary(self, session: ServerSession, conn: Connection) -> None:
        """A binary frame: refused, the connection goes on (docs/protocol.md §2.5)."""
        session.send(error_frame("binary_not_supported"))
        self.flush(session, conn)

    async def handle(self, websocket: WebSocket) -> None:
        """The ASGI front end: one reader task and one pump task per connection."""
        await websocket.accept()
        session = ServerSession(self.codec)
        token = websocket.query_params.get("token")
        event: Event | None
        if token:
            event = session.token_in_url(token)
        else:  # docs/protocol.md §2: then the first frame must be `auth`, within 10 s
            try:
                text = await asyncio.wait_for(
                    websocket.receive_text(), self.limits.auth_timeout_seconds
                )
            except (WebSocketDisconnect, TimeoutError):
                with contextlib.suppress(Exception):
                    await websocket.close(CLOSE_UNAUTHORIZED)
                return
            event = session.receive_text(text)
        ip, port = peer(
            (websocket.client.host, websocket.client.port) if websocket.client else None,
            websocket.headers,
        )
        origin = Origin(ip=ip, port=port, protocol=websocket.url.scheme)
        if isinstance(event, Authenticate):
            cookie = websocket.cookies.get(DEVICE_COOKIE)
            opened = await self.open(session, event, origin, cookie, AsgiConnection)
        else:
            opened = event if isinstance(event, Close) else session.close(CLOSE_UNAUTHORIZED)
        if isinstance(opened, Close):
            with contextlib.suppress(Exception):
                for payload in session.data_to_send():
                    await websocket.send_text(payload.decode())
                await websocket.close(opened.code)
            return
        conn = opened
        assert isinstance(conn, AsgiConnection)
        assert isinstance(event, Authenticate)
        pump = asyncio.create_task(self._pump(websocket, conn))
        reader = asyncio.create_task(self._read(websocket, session, conn))

        def abort(code: int) -> None:
            if code == CLOSE_SLOW_CONSUMER:
                self.slow_closed += 1
                log.info("closing slow consumer", user=conn.user.info.id, conn=conn.id)
            reader.cancel()
            pump.cancel()

        conn.abort = abort
        try:
            await self.greet(session, conn, event)
            await asyncio.wait({reader, pump}, return_when=asyncio.FIRST_COMPLETED)
            failed = reader.done() and not reader.cancelled() and reader.exception()
            if failed and conn.close_code is None:
                # A dead reader must not leave the socket open (issue 10 §14).
                log.error("reader failed", user=conn.user.info.id, exc_info=failed)
                conn.close_code = CLOSE_INTERNAL
        finally:
            reader.cancel()
            pump.cancel()
            await asyncio.gather(reader, pump, return_exceptions=True)
            try:
                await self.release(conn)
            finally:
                if conn.close_code is not None:
                    session.close(conn.close_code)
                    await self._close(websocket, conn)

    async def _close(self, websocket: WebSocket, conn: Connection) -> None:
        """Close with the connection's code; a flooder still gets its last error frame."""
        assert conn.close_code is not None
        with contextlib.suppress(Exception):
            if conn.close_code != CLOSE_SLOW_CONSUMER:
                async with asyncio.timeout(1.0):
                    while conn.queue:
                        await websocket.send_text(conn.queue.popleft().decode())
            await asyncio.wait_for(websocket.close(conn.close_code), 2.0)

    async def _pump(self, websocket: WebSocket, conn: AsgiConnection) -> None:
        """Drain the outbound queue; blocks (TCP back-pressure) when the client is slow."""
        queue = conn.queue
        while True:
            await conn.wake.wait()
            conn.wake.clear()
            while queue:
                await websocket.send_text(queue.popleft().decode())

    async def _read(self, websocket: WebSocket, session: ServerSession, conn: Connection) -> None:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            if text is None:
                self.binary(session, conn)
                continue
            self.frames_in += 1
            if not self.admit_frame(session, conn, text):
                if conn.close_code is not None:
                    return
                continue
            await self.handle_frame(session, conn, text)

    def handle_at_once(self, session: ServerSession, conn: Connection, text: str) -> Request | None:
        """A text frame that nothing of its socket's is ahead of: a command answered from
        a future (``say``) is handled here and now, with no task (at 100 salons of 100,
        500 messages/s are 500 tasks/s less). Returns the decoded request if it must be
        awaited (``handle_frame``), None if it was handled (or refused)."""
        event = session.receive_text(text)
        if not isinstance(event, Request):  # refused by the session: its error is queued
            self.flush(session, conn)
            return None
        if self.table[type(event.frame)].soon is None:
            return event
        self._soon(session, conn, event.frame)
        return None

    def _soon(self, session: ServerSession, conn: Connection, frame: wire.ClientFrame) -> None:
        """Run a ``soon`` command: its checks now, its reply when its future is done."""
        soon = self.table[type(frame)].soon
        assert soon is not None
        try:
            later = soon(conn, frame)
        except Exception as exc:
            self._refuse(session, conn, frame, exc)
            return
        later.add_done_callback(functools.partial(self._answer, session, conn, frame))

    async def handle_frame(
        self, session: ServerSession, conn: Connection, text: str | Request
    ) -> None:
        """Decode one text frame (the session; already decoded by ``handle_at_once``),
        run its handler, queue the reply or the error."""
        event = text if isinstance(text, Request) else session.receive_text(text)
        if not isinstance(event, Request):  # refused by the session: its error is queued
            self.flush(session, conn)
            return
        frame = event.frame
        command = self.table[type(frame)]
        if command.soon is not None:
            self._soon(session, conn, frame)
            return
        try:
            reply = await command.handler(conn, frame)
        except Exception as exc:
            self._refuse(session, conn, frame, exc)
            return
        if reply is not None:
            session.send(reply)
            self.flush(session, conn)

    def _refuse(
        self,
        session: ServerSession,
        conn: Connection,
        frame: wire.ClientFrame,
        exc: BaseException,
    ) -> None:
        """The error frame for a command that failed: its refusal, or ``internal``."""
        if isinstance(exc, DomainError):
            session.send(error_frame(exc.code, frame.id, exc.field, exc.params))
        else:
            log.error("handler failed", type=type(frame).__name__, exc_info=exc)
            session.send(error_frame("internal", frame.id))
        self.flush(session, conn)

    def _answer(
        self,
        session: ServerSession,
        conn: Connection,
        frame: wire.ClientFrame,
        later: asyncio.Future[Any],
    ) -> None:
        """Send the reply of a ``soon`` command once it is known."""
        if later.cancelled():
            return
        exc = later.exception()
        if exc is None:
            session.send(later.result())
            self.flush(session, conn)
        else:
            self._refuse(session, conn, frame, exc)
