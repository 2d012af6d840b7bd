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
from papote.messages import describe
from papote.ports import Clock, Origin
from papote.protocol import wire
from papote.protocol.codec import JsonCodec, ProtocolError
from papote.service.chat import ChatService, user_info
from papote.service.hub import (
    CLOSE_BANNED,
    CLOSE_FLOODING,
    CLOSE_SLOW_CONSUMER,
    CLOSE_UNAUTHORIZED,
    Connection,
    Hub,
    UserState,
)
from papote.service.sessions import DEVICE_COOKIE, SessionService
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


def dispatch_table(chat: ChatService) -> dict[type, Command]:
    """Frame type -> handler; every client frame type but ``auth`` has exactly one row."""
    return {
        wire.Join: Command(chat.do_join),
        wire.Leave: Command(chat.do_leave),
        wire.Say: Command(chat.do_say, soon=chat.say_soon),
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
        wire.Report: Command(chat.do_report),
        wire.Notices: Command(chat.do_notices),
    }


class Refused(Exception):
    """A socket that may not go on: the error frame to send, then the close code."""

    def __init__(self, frame: str, close_code: int) -> None:
        super().__init__(close_code)
        self.frame = frame
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
        sessions: SessionService,
        hub: Hub,
        codec: JsonCodec,
        limits: Limits,
        clock: Clock,
        on_disconnect: Callable[[str], Awaitable[None]],
    ) -> None:
        self.chat = chat
        self.sessions = sessions
        self.hub = hub
        self.codec = codec
        self.limits = limits
        self.clock = clock
        self.table = dispatch_table(chat)
        self.on_disconnect = on_disconnect
        # Counters read by /metrics (plain ints: nothing to pay on the hot path).
        self.open_connections = 0
        self.slow_closed = 0
        self.frames_in = 0

    def error(
        self,
        code: str,
        re: wire.RequestId = None,
        field: str | None = None,
        params: dict[str, object] | None = None,
    ) -> str:
        retry = params.get("retry_after") if params else None
        return self.chat.encode(
            wire.Error(
                code=code,
                message=describe(code, params),
                re=re,
                field=field,
                retry_after=float(retry) if isinstance(retry, int | float) else None,
            )
        )

    async def authenticate(
        self, token: str, origin: Origin, device_cookie: str | None, new: NewConnection
    ) -> Connection:
        """Resolve the token, build the connection, admit the person, attach it.

        Raises:
            Refused: bad token (close 4001), or a suspended or banned person (4003).
        """
        try:
            user = await self.sessions.check_token(token, lambda uid: uid in self.hub.users)
        except DomainError as exc:
            raise Refused(self.error(exc.code), CLOSE_UNAUTHORIZED) from None
        blocked = await self.chat.store.blocked_by(user.id)
        state = self.hub.user_state(user_info(user), blocked)
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
            raise Refused(self.error(exc.code, params=exc.params), CLOSE_BANNED) from None
        self.hub.attach(conn)
        self.open_connections += 1
        return conn

    async def release(self, conn: Connection) -> None:
        """The socket is gone (or going): leave its rooms, free the pseudo's hold."""
        self.open_connections -= 1
        await self.chat.disconnect(conn)
        if conn.user.info.id not in self.hub.users:
            await self.on_disconnect(conn.user.info.id)

    def admit_frame(self, conn: Connection) -> bool:
        """The frame rate limit, checked as a frame arrives; False: the frame is refused
        (an error is queued, and on a flood ``close_code`` is set)."""
        now = self.clock.monotonic()
        if conn.frame_bucket.take(now):
            return True
        if not conn.flood_bucket.take(now):
            # Persistently over the frame rate: not a burst, a flood.
            conn.send(self.error("flooding"))
            conn.close_code = CLOSE_FLOODING
            return False
        conn.send(
            self.error(
                "rate_limited",
                params={"retry_after": round(conn.frame_bucket.retry_after(), 2)},
            )
        )
        return False

    async def handle(self, websocket: WebSocket) -> None:
        """The ASGI front end: one reader task and one pump task per connection."""
        await websocket.accept()
        try:
            token, re = await self._token(websocket)
        except (WebSocketDisconnect, TimeoutError, ProtocolError):
            with contextlib.suppress(Exception):
                await websocket.close(CLOSE_UNAUTHORIZED)
            return
        ip, port = peer(
            (websocket.client.host, websocket.client.port) if websocket.client else None,
            websocket.headers,
        )
        origin = Origin(ip=ip, port=port, protocol=websocket.url.scheme)
        try:
            conn = await self.authenticate(
                token, origin, websocket.cookies.get(DEVICE_COOKIE), AsgiConnection
            )
        except Refused as refused:
            await websocket.send_text(refused.frame)
            await websocket.close(refused.close_code)
            return
        assert isinstance(conn, AsgiConnection)
        pump = asyncio.create_task(self._pump(websocket, conn))
        reader = asyncio.create_task(self._read(websocket, conn))

        def abort(code: int) -> None:
            if code == CLOSE_SLOW_CONSUMER:
                self.slow_closed += 1
                log.info("closing slow consumer", user=conn.user.info.id, conn=conn.id)
            reader.cancel()
            pump.cancel()

        conn.abort = abort
        try:
            conn.send(self.chat.encode(await self.chat.hello(conn, re)))
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

    async def _token(self, websocket: WebSocket) -> tuple[str, wire.RequestId]:
        token = websocket.query_params.get("token")
        if token:
            return token, None
        text = await asyncio.wait_for(websocket.receive_text(), self.limits.auth_timeout_seconds)
        try:
            frame = self.codec.decode(text)
        except ProtocolError as exc:
            await websocket.send_text(self.error(exc.code, exc.re, exc.field))
            raise
        if not isinstance(frame, wire.Auth):
            await websocket.send_text(self.error("not_authenticated", getattr(frame, "id", None)))
            raise ProtocolError("not_authenticated")
        return frame.token, frame.id

    async def _pump(self, websocket: WebSocket, conn: AsgiConnection) -> None:
        """Drain the outbound queue; blocks (TCP back-pressure) when the client is slow."""
        queue = conn.queue
        while True:
            await conn.wake.wait()
            conn.wake.clear()
            while queue:
                await websocket.send_text(queue.popleft().decode())

    async def _read(self, websocket: WebSocket, conn: Connection) -> None:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            if text is None:
                conn.send(self.error("binary_not_supported"))
                continue
            self.frames_in += 1
            if not self.admit_frame(conn):
                if conn.close_code is not None:
                    return
                continue
            await self.handle_frame(conn, text)

    async def handle_frame(self, conn: Connection, text: str) -> None:
        """Decode one text frame, run its handler, queue the reply or the error."""
        try:
            frame = self.codec.decode(text)
        except ProtocolError as exc:
            params: dict[str, object] = {"max": self.limits.max_frame_bytes}
            conn.send(self.error(exc.code, exc.re, exc.field, params))
            return
        if isinstance(frame, wire.Auth):
            conn.send(self.error("already_authenticated", frame.id))
            return
        command = self.table[type(frame)]
        try:
            if command.soon is not None:
                later = command.soon(conn, frame)
                later.add_done_callback(functools.partial(self._answer, conn, frame))
                return
            reply = await command.handler(conn, frame)
        except Exception as exc:
            self._refuse(conn, frame, exc)
            return
        if reply is not None:
            conn.send(self.chat.encode(reply))

    def _refuse(self, conn: Connection, frame: wire.ClientFrame, exc: BaseException) -> None:
        """The error frame for a command that failed: its refusal, or ``internal``."""
        if isinstance(exc, DomainError):
            conn.send(self.error(exc.code, frame.id, exc.field, exc.params))
            return
        log.error("handler failed", type=type(frame).__name__, exc_info=exc)
        conn.send(self.error("internal", frame.id))

    def _answer(
        self, conn: Connection, frame: wire.ClientFrame, later: asyncio.Future[Any]
    ) -> None:
        """Send the reply of a ``soon`` command once it is known."""
        if later.cancelled():
            return
        exc = later.exception()
        if exc is None:
            conn.send(self.chat.encode(later.result()))
        else:
            self._refuse(conn, frame, exc)
