"""The native WebSocket listener: /ws without ASGI, on the same port as the HTTP API.

uvicorn parses HTTP and, on an ``Upgrade: websocket`` request, hands the socket to the
protocol class it was given (``uvicorn.run(ws=...)``); we give it ``NativeWsProtocol``.
The handshake and the frame parsing are the sans-I/O ``websockets.server.ServerProtocol``
(RFC 6455: masking, control frames, close handshake, 1009 over the size limit); the bytes
to send for a broadcast are framed once by the hub (``frame_text``), and everything queued
for a connection during one event-loop pass goes out in a single ``transport.write``
(``Flusher``). That is what makes fan-out cheap: per recipient one append, per connection
and pass one write (docs/performance.md has the numbers).

Per connection there is no task while it is idle: a task runs only while frames it sent
are being handled, and one timer serves every connection's keep-alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import ipaddress
import logging
import socket
import time
from collections import deque
from http.cookies import CookieError, SimpleCookie
from typing import Any, Protocol
from urllib.parse import urlsplit

import structlog
from websockets.frames import Frame, Opcode
from websockets.http11 import Request
from websockets.protocol import State
from websockets.server import ServerProtocol

from papote.domain.ratelimit import TokenBucket
from papote.ports import Origin
from papote.protocol.connection import Authenticate, Close, ServerSession
from papote.protocol.connection import Request as Decoded
from papote.service.hub import (
    CLOSE_SLOW_CONSUMER,
    Connection,
    Hub,
    UserState,
    no_abort,
)
from papote.service.sessions import DEVICE_COOKIE
from papote.transport.frames import (
    INCOMPLETE,
    PING,
    TEXT,
    TOO_LARGE,
    frame_text,
    locate,
    unmask_text,
)
from papote.transport.handshake import accept_response, parse_upgrade, query_token
from papote.transport.http import peer
from papote.transport.ws import CLOSE_INTERNAL, WsEndpoint

log = structlog.get_logger(__name__)


class HeaderLookup(Protocol):
    """A request's headers by name, whatever the case: websockets' ``Headers``, or a
    plain request's (``transport.handshake.Upgrade``)."""

    def get(self, name: str, default: str, /) -> str: ...


CLOSE_GOING_AWAY = 1001
CLOSE_INVALID_DATA = 1007
CLOSE_RESTART = 1012
CLOSE_TIMEOUT = 2.0  # seconds a peer has to answer our close frame before we drop it
INBOX_PAUSE = 64  # frames waiting to be handled before we stop reading the socket
INBOX_RESUME = 8
FLUSH_CHUNK = 128  # connections written per loop callback
KEEPALIVE_SWEEP = 10.0  # seconds; ping after 2 silent sweeps, drop after 4
# A sweep walks its sockets in this many slices spread over its KEEPALIVE_SWEEP seconds:
# at once, pinging 9,000 silent sockets held the loop for tens of milliseconds every 10 s
# (and their 9,000 pongs came back together), which was the p99 of every message then.
KEEPALIVE_SLICES = 40

# websockets logs each closed connection at INFO: far too chatty for thousands of them.
_protocol_logger = logging.getLogger("papote.wsnative.protocol")
_protocol_logger.setLevel(logging.WARNING)


def at_frame_boundary(ws: ServerProtocol) -> bool:
    """Whether the sans-I/O parser waits for the first byte of a frame, outside any
    fragmented message (so that we may split the stream into whole frames from here on,
    and handle a whole text frame ourselves).

    The one place that reads ``websockets``' private state: the parser generator's
    current sub-generator and ``current_size``. tests/unit/test_frames.py pins the
    websockets version this was checked against; a new version must pass it first.
    """
    # The innermost generator the parser waits in: ServerProtocol.parse yields from
    # Protocol.parse, which yields from StreamReader.at_eof between frames. (Reading one
    # level only, as this did before, never saw at_eof with websockets 17: the split
    # below was never used.)
    gen = getattr(ws, "parser", None)
    for _ in range(8):
        inner = getattr(gen, "gi_yieldfrom", None)
        if inner is None:
            break
        gen = inner
    code = getattr(gen, "gi_code", None)
    return (
        code is not None
        and code.co_name == "at_eof"
        and not ws.reader.buffer
        and getattr(ws, "current_size", 0) is None
        and not ws.extensions
    )


def open_after_handshake(ws: ServerProtocol) -> None:
    """Put a protocol that has not seen the request (``quick_handshake`` answered it) in
    the state websockets' own ``accept`` and ``send_response`` leave: OPEN, its parser
    waiting for the first frame. Replaces ``parser``, private state of the websockets
    version pinned in tests/unit/test_frames.py (like ``at_frame_boundary``)."""
    unlink_parser(ws)  # the request parser, never used
    ws.state = State.OPEN
    ws.parser = ws.parse()  # OPEN: ServerProtocol.parse reads frames only
    next(ws.parser)


def unlink_parser(ws: ServerProtocol) -> None:
    """Close the sans-I/O parser of a connection that is gone (no byte will come again).

    The parser is a generator of the protocol object that holds it: a reference cycle,
    which only the collector's rare full collections would free once the connection lived
    long (docs/performance.md, "Soak"). Closing the generator releases its frame, and with
    it the cycle: the protocol, its buffers and handshake are freed when the last
    reference goes. Reads ``parser``, private state of the websockets version pinned in
    tests/unit/test_frames.py.
    """
    parser = getattr(ws, "parser", None)
    close = getattr(parser, "close", None)
    if close is not None:
        close()


class Flusher:
    """Writes every connection touched during an event-loop pass once, at its end."""

    __slots__ = ("dirty", "frames_out", "loop", "scheduled", "writes")

    def __init__(self) -> None:
        self.dirty: list[SocketConnection] = []
        self.scheduled = False
        self.loop: asyncio.AbstractEventLoop | None = None
        self.frames_out = 0  # counters read by /metrics
        self.writes = 0

    def schedule(self) -> None:
        if not self.scheduled and self.dirty:
            self.scheduled = True
            if self.loop is None:
                self.loop = asyncio.get_running_loop()
            self.loop.call_soon(self.flush)

    def flush(self) -> None:
        dirty = self.dirty
        if len(dirty) > FLUSH_CHUNK:
            # A big room: write it in slices, and let the loop breathe in between (store
            # round trips, reads) instead of holding it for the whole room.
            batch = dirty[:FLUSH_CHUNK]
            del dirty[:FLUSH_CHUNK]
            assert self.loop is not None
            self.loop.call_soon(self.flush)
        else:
            batch = dirty
            self.dirty = []
            self.scheduled = False
        # SocketConnection.flush, inlined: this loop runs once per connection and pass.
        frames = writes = 0
        for conn in batch:
            queue = conn.queue
            if not queue or conn.paused or conn.close_code is not None:
                continue
            data = queue[0] if len(queue) == 1 else b"".join(queue)
            queue.clear()
            frames += conn.frames
            conn.frames = 0
            writes += 1
            conn.transport.write(data)  # may pause conn (pause_writing) before it returns
        self.frames_out += frames
        self.writes += writes


class SocketConnection(Connection):
    """A connection whose queue holds whole frames and is written once per pass.

    An entry of the queue may hold several frames (``push_batch``): ``frames`` counts
    the frames queued, for the bound and the metrics. The bound (``max_frames``) applies
    once the transport's own buffer is full (``paused``): that is a client that stopped
    reading. Until then the queue only holds what the current passes produced, which
    the next flush writes: a busy room's group commit, or many ``sent`` replies to a
    fast sender, may exceed it without the client being slow."""

    __slots__ = ("flusher", "frames", "paused", "transport")

    def __init__(
        self,
        user: UserState,
        max_frames: int,
        frame_bucket: TokenBucket,
        flood_bucket: TokenBucket,
        proto: NativeWsProtocol,
        flusher: Flusher,
    ) -> None:
        super().__init__(user, max_frames, frame_bucket, flood_bucket)
        self.flusher = flusher
        self.paused = False  # the transport's buffer is over its high-water mark
        self.frames = 0  # frames in ``queue`` (an entry may hold several)
        assert proto.transport is not None
        self.transport = proto.transport

    def send(self, payload: bytes) -> None:
        self.push(frame_text(payload))
        self.flusher.schedule()

    def push(self, data: bytes) -> None:
        # The fan-out hot path: keep it to a few attribute reads and one append.
        if self.close_code is not None:
            return
        queue = self.queue
        if not queue:
            if not self.paused:
                self.flusher.dirty.append(self)
        elif self.paused and self.frames >= self.max_frames:
            self.overflow()
            return
        queue.append(data)
        self.frames += 1

    def push_batch(self, data: bytes, count: int) -> None:
        """``count`` whole frames joined in one bytes (``Hub.release``)."""
        if self.close_code is not None:
            return
        queue = self.queue
        if not queue:
            if not self.paused:
                self.flusher.dirty.append(self)
        elif self.paused and self.frames + count > self.max_frames:
            self.overflow()
            return
        queue.append(data)
        self.frames += count

    def overflow(self) -> None:
        self.frames = 0
        super().overflow()

    def flush(self) -> None:
        # close_code is set before the transport closes (NativeWsProtocol): a closed
        # transport is never written to.
        queue = self.queue
        if not queue or self.paused or self.close_code is not None:
            return
        data = queue[0] if len(queue) == 1 else b"".join(queue)
        queue.clear()
        self.flusher.frames_out += self.frames
        self.flusher.writes += 1
        self.frames = 0
        self.transport.write(data)  # may pause us (pause_writing) before it returns


class NativeWsProtocol(asyncio.Protocol):
    """One socket of the native listener, from the handshake to the close."""

    __slots__ = (
        "closing",
        "conn",
        "device",
        "endpoint",
        "fragments",
        "idle",
        "inbox",
        "listener",
        "origin",
        "rbuf",
        "reading_paused",
        "released",
        "session",
        "task",
        "timer",
        "transport",
        "ws",
    )

    def __init__(self, listener: NativeListener) -> None:
        self.listener = listener
        self.endpoint = listener.endpoint
        self.ws = ServerProtocol(
            max_size=listener.endpoint.limits.transport_max_frame_bytes,
            logger=_protocol_logger,
        )
        self.transport: asyncio.Transport | None = None
        self.session = ServerSession(listener.endpoint.codec, INBOX_PAUSE)
        self.conn: SocketConnection | None = None
        self.origin = Origin(ip="0.0.0.0", port=0, protocol="ws")  # noqa: S104
        self.inbox: deque[str | Decoded] = deque()  # text, or decoded by handle_at_once
        self.task: asyncio.Task[None] | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.fragments: bytearray | None = None  # a fragmented message being received
        self.device: str | None = None  # the device cookie, until authenticated
        self.closing = False
        self.released = False
        self.reading_paused = False
        self.idle = 0  # keep-alive sweeps since the peer last sent anything
        # Once open: None until we split the stream into frames ourselves (read_frames),
        # then the bytes of an incomplete frame (b"" when none).
        self.rbuf: bytes | None = None

    # ------------------------------------------------------------------ asyncio callbacks

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        send_buffer = self.endpoint.limits.socket_send_buffer
        sock = transport.get_extra_info("socket")
        if send_buffer > 0 and sock is not None:  # else: the kernel's autotuning
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, send_buffer)
        self.listener.opened(self)
        peer = transport.get_extra_info("peername")
        if isinstance(peer, tuple) and len(peer) >= 2:
            scheme = "wss" if transport.get_extra_info("sslcontext") else "ws"
            self.origin = Origin(ip=str(peer[0]), port=int(peer[1]), protocol=scheme)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closing = True
        if self.conn is not None and self.conn.close_code is None:
            self.conn.close_code = CLOSE_GOING_AWAY
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        self.listener.closed(self)
        self.release()
        # Nothing of the socket may hold on to this protocol now, so that reference
        # counting frees it all when the last task using ``conn`` is done: a cycle would
        # wait for a full collection (runtime.FullCollections).
        if self.conn is not None:
            self.conn.abort = no_abort
        unlink_parser(self.ws)

    def pause_writing(self) -> None:
        if self.conn is not None:
            self.conn.paused = True

    def resume_writing(self) -> None:
        conn = self.conn
        if conn is not None:
            conn.paused = False
            conn.flush()

    def data_received(self, data: bytes) -> None:
        self.idle = 0
        if self.rbuf is None:
            if self.ws.state is State.CONNECTING and self.quick_handshake(data):
                return
            if self.ws.state is not State.OPEN or not at_frame_boundary(self.ws):
                self.receive(data)
                return
            self.rbuf = b""
        self.read_frames(data)

    def read_frames(self, data: bytes) -> None:
        """The open socket's bytes, split into whole frames here (``frames.locate``). A
        complete, masked, unfragmented text frame (what clients send) is unmasked and
        handled at once; any other frame goes whole to the sans-I/O protocol (so it is
        always at a frame boundary): control frames, fragments, binary, invalid UTF-8,
        the closing handshake. A frame over the size limit and everything after a close
        go to it as they come (it fails the connection with 1009, or ends it)."""
        rbuf = self.rbuf
        if rbuf:
            data = rbuf + data
        ws = self.ws
        max_size = ws.max_message_size
        pos = 0
        while True:
            if ws.state is not State.OPEN or self.closing:
                self.rbuf = None
                if pos < len(data):
                    self.receive(data[pos:])
                return
            kind, head, end = locate(data, pos, max_size)
            if kind == INCOMPLETE:
                break
            if kind == TOO_LARGE:
                self.rbuf = None
                self.receive(data[pos:])  # 1009
                return
            if kind == TEXT and ws.current_size is None:
                try:
                    text = unmask_text(data, head, end).decode()
                except UnicodeDecodeError:
                    self.receive(data[pos:end])  # the protocol fails it: 1007
                else:
                    self.on_text(text)
            else:
                self.receive(data[pos:end])
            pos = end
        if self.rbuf is not None:
            self.rbuf = data[pos:] if pos < len(data) else b""

    def receive(self, data: bytes) -> None:
        """Bytes for the sans-I/O protocol: the handshake, then whatever frames
        ``read_frames`` does not handle itself."""
        ws = self.ws
        ws.receive_data(data)
        for event in ws.events_received():
            if isinstance(event, Request):
                self.handshake(event)
            elif isinstance(event, Frame):
                self.on_frame(event)
        if ws.state is State.CONNECTING and ws.handshake_exc is not None:
            ws.send_response(ws.reject(400, "Failed to open a WebSocket connection.\n"))
        self.write_protocol()
        if (ws.state is State.CLOSING or ws.state is State.CLOSED) and not self.closing:
            self.closing = True  # 1009, 1007, a protocol error, or the peer's close
            if self.conn is not None and self.conn.close_code is None:
                self.conn.close_code = ws.close_code or CLOSE_GOING_AWAY
            self.release()
            self.close_later()

    def shutdown(self) -> None:
        """uvicorn is stopping: say so (1012) and let the peer reconnect elsewhere."""
        self.close(CLOSE_RESTART, "server restart")

    # ------------------------------------------------------------------ writing

    def write(self, data: bytes) -> None:
        transport = self.transport
        if transport is not None and not transport.is_closing():
            transport.write(data)

    def write_protocol(self) -> None:
        """What the sans-I/O protocol wants sent; an empty chunk means: end TCP. It is
        half-closed (as websockets' own connection does), not closed: a client still
        sending (the rest of a frame over the size limit) would otherwise get a reset
        that destroys the close frame (1009, 1007...) before it reads it. The peer's
        FIN, or ``close_later``'s timer, ends the connection; what comes meanwhile is
        discarded by the protocol."""
        for data in self.ws.data_to_send():
            if data:
                self.write(data)
            elif self.transport is not None:
                transport = self.transport
                if transport.can_write_eof() and not transport.is_closing():
                    try:
                        transport.write_eof()
                    except (OSError, RuntimeError):  # uvloop may raise RuntimeError
                        transport.close()
                    self.close_later()
                else:
                    transport.close()

    def close_later(self) -> None:
        """Give the peer CLOSE_TIMEOUT seconds to finish the closing handshake."""
        if self.timer is None and self.transport is not None:
            self.timer = asyncio.get_running_loop().call_later(CLOSE_TIMEOUT, self.transport.abort)

    def close(self, code: int, reason: str = "") -> None:
        """Close with ``code``; what was queued goes first, except for a slow consumer."""
        if self.closing:
            return
        self.closing = True
        self.session.close(code)
        conn = self.conn
        if conn is not None:
            if conn.close_code is None:
                conn.close_code = code
            queue = conn.queue
            if code != CLOSE_SLOW_CONSUMER and queue:
                self.write(b"".join(queue))
            queue.clear()
            conn.frames = 0
        if self.ws.state is State.OPEN:
            self.ws.send_close(code, reason)
        self.write_protocol()
        self.release()
        self.close_later()

    def abort(self, code: int) -> None:
        """``Connection.abort``: the hub (4008), moderation (4003) or we end the socket."""
        if code == CLOSE_SLOW_CONSUMER:
            self.endpoint.slow_closed += 1
            if self.conn is not None:
                log.info("closing slow consumer", user=self.conn.user.info.id, conn=self.conn.id)
        self.close(code)

    def release(self) -> None:
        """Leave the rooms now (once), not when the socket is finally gone."""
        if self.released:
            return
        self.released = True
        if self.task is not None and self.conn is not None:
            self.task.cancel()
        self.inbox.clear()
        if self.conn is not None:
            self.listener.spawn(self.endpoint.release(self.conn))

    # ------------------------------------------------------------------ reading

    def quick_handshake(self, data: bytes) -> bool:
        """The plain upgrade request every browser sends, answered without websockets'
        general parser (``transport.handshake``: same response bytes); False for any
        other request, which then goes to websockets as before (``handshake``)."""
        if self.ws.reader.buffer:
            return False  # part of a request already went to websockets
        upgrade = parse_upgrade(data)
        if upgrade is None or upgrade.path != "/ws":
            return False
        self.write(accept_response(upgrade.key, self.listener.http_date()))
        open_after_handshake(self.ws)
        self.opened(upgrade.query, upgrade)
        return True

    def handshake(self, request: Request) -> None:
        ws = self.ws
        url = urlsplit(request.path)
        if url.path != "/ws":
            ws.send_response(ws.reject(404, "Not Found\n"))
            return
        response = ws.accept(request)
        ws.send_response(response)
        if response.status_code != 101:
            return
        self.opened(url.query, request.headers)

    def opened(self, query: str, headers: HeaderLookup) -> None:
        """The handshake is done: where the client is, its token (in the URL, or the
        first frame's), its device cookie."""
        self.origin = self.listener.origin_of(self.origin, headers)
        token = query_token(query)
        device = _cookie(headers.get("Cookie", ""), DEVICE_COOKIE)
        if token:
            auth = self.session.token_in_url(token)
            self.task = self.listener.spawn(self.authenticate(auth, device))
        else:  # docs/protocol.md §2: then the first frame must be `auth`, within 10 s
            self.device = device
            self.timer = asyncio.get_running_loop().call_later(
                self.endpoint.limits.auth_timeout_seconds, self.auth_timeout
            )

    def on_frame(self, frame: Frame) -> None:
        opcode = frame.opcode
        if opcode is Opcode.TEXT or opcode is Opcode.CONT or opcode is Opcode.BINARY:
            if opcode is Opcode.BINARY or (opcode is Opcode.CONT and self.fragments is None):
                if frame.fin:
                    self.on_binary()
                return
            if not frame.fin:
                if self.fragments is None:
                    self.fragments = bytearray()
                self.fragments += frame.data
                return
            data = bytes(frame.data)
            if self.fragments is not None:
                self.fragments += data
                data, self.fragments = bytes(self.fragments), None
            try:
                text = data.decode()
            except UnicodeDecodeError:
                # RFC 6455 §8.1: invalid UTF-8 in a text message fails the connection.
                self.ws.fail(CLOSE_INVALID_DATA, "invalid UTF-8")
                return
            self.on_text(text)
        elif opcode is Opcode.CLOSE and self.conn is not None:
            code = self.ws.close_code
            self.conn.close_code = code if code is not None else CLOSE_GOING_AWAY

    def on_binary(self) -> None:
        if self.conn is not None:
            self.endpoint.binary(self.session, self.conn)

    def on_text(self, text: str) -> None:
        endpoint = self.endpoint
        endpoint.frames_in += 1
        conn = self.conn
        if conn is None:
            if not self.closing:
                self.before_ready(text)
            return
        if not endpoint.admit_frame(self.session, conn, text):
            if conn.close_code is not None:
                self.close(conn.close_code)
            return
        inbox = self.inbox
        if self.task is None and not inbox:
            # Nothing of this socket's is being handled: a `say` is handled now, without
            # a task; any other frame is handed to one, already decoded.
            request = endpoint.handle_at_once(self.session, conn, text)
            if request is None:
                return
            inbox.append(request)
        else:
            inbox.append(text)
        if self.task is None:
            self.task = self.listener.spawn(self.run_inbox())
        if len(inbox) >= INBOX_PAUSE and not self.reading_paused and self.transport is not None:
            self.reading_paused = True
            self.transport.pause_reading()

    async def run_inbox(self) -> None:
        """Handle this socket's frames one after the other, then end (no idle task)."""
        conn = self.conn
        assert conn is not None
        inbox = self.inbox
        try:
            while inbox and conn.close_code is None:
                await self.endpoint.handle_frame(self.session, conn, inbox.popleft())
                if self.reading_paused and len(inbox) <= INBOX_RESUME:
                    self.reading_paused = False
                    if self.transport is not None and not self.closing:
                        self.transport.resume_reading()
        except Exception:
            # A fault outside any handler: a socket whose inbox nobody reads any more
            # must not stay open (issue 10 §14), so say so and close it.
            log.exception("inbox failed", user=conn.user.info.id)
            self.close(CLOSE_INTERNAL)
        finally:
            self.task = None

    # ------------------------------------------------------------------ authentication

    def auth_timeout(self) -> None:
        self.timer = None
        event = self.session.auth_timeout()
        if event is not None:
            self.close(event.code)

    def before_ready(self, text: str) -> None:
        """A text frame before ``hello``: the session says whether it is the awaited
        ``auth`` (then check its token), a refusal, or a frame to hold until ready."""
        event = self.session.receive_text(text)
        if isinstance(event, Authenticate):
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            device, self.device = self.device, None
            self.task = self.listener.spawn(self.authenticate(event, device))
        elif isinstance(event, Close):
            self.refuse(event)

    def refuse(self, close: Close) -> None:
        """Write what the session queued (the error saying why), then close."""
        for payload in self.session.data_to_send():
            self.write(frame_text(payload))
        self.close(close.code)

    async def authenticate(self, auth: Authenticate, device: str | None) -> None:
        endpoint = self.endpoint
        listener = self.listener

        def new(
            user: UserState, max_frames: int, frame_bucket: TokenBucket, flood: TokenBucket
        ) -> Connection:
            return SocketConnection(user, max_frames, frame_bucket, flood, self, listener.flusher)

        opened = await endpoint.open(self.session, auth, self.origin, device, new)
        if isinstance(opened, Close):
            self.task = None
            self.refuse(opened)
            return
        assert isinstance(opened, SocketConnection)
        conn = self.conn = opened
        conn.abort = self.abort
        if self.closing:  # the peer left while we were checking the token
            self.task = None
            self.released = False
            self.release()
            return
        held = await endpoint.greet(self.session, conn, auth)
        self.inbox.extend(held)
        self.task = None
        if self.inbox and not self.closing:
            self.task = listener.spawn(self.run_inbox())


def _cookie(header: str, name: str) -> str | None:
    if not header:
        return None
    try:
        morsel = SimpleCookie(header).get(name)
    except CookieError:
        return None
    return morsel.value if morsel is not None else None


class NativeListener:
    """Everything the native sockets share: the flusher, the keep-alive timer, the
    set of open sockets (for uvicorn's graceful shutdown) and the background tasks."""

    def __init__(self, endpoint: WsEndpoint, forwarded_allow_ips: str = "") -> None:
        self.endpoint = endpoint
        self.flusher = Flusher()
        self.protocols: set[NativeWsProtocol] = set()
        self.tasks: set[asyncio.Task[None]] = set()
        self.server_connections: set[Any] | None = None
        self.hub: Hub | None = None
        self.sweeper: asyncio.TimerHandle | None = None
        self._round: list[NativeWsProtocol] = []  # the sockets of the sweep under way
        self._slice = KEEPALIVE_SLICES  # the next slice of it (all done: a new round)
        trusted = [p.strip() for p in forwarded_allow_ips.split(",") if p.strip()]
        self.trust_all = "*" in trusted
        self.trusted = {t for t in trusted if t != "*"}
        self._date: tuple[int, str] = (0, "")  # (second, Date header): http_date

    def install(self, hub: Hub) -> None:
        """The hub whose broadcasts we frame and write, once we serve a socket (until
        then the hub keeps plain payloads: an ASGI server without ``ws=`` still works)."""
        self.hub = hub

    def protocol_factory(self, **uvicorn_kwargs: Any) -> NativeWsProtocol:
        """What uvicorn calls on an upgrade request (``ws=``): config, server_state..."""
        state = uvicorn_kwargs.get("server_state")
        if state is not None:
            self.server_connections = state.connections
        hub = self.hub
        if hub is not None and hub.on_fanout != self.flusher.schedule:
            hub.framer = frame_text  # frame each broadcast once, for every recipient
            hub.joins_frames = True  # whole frames may be joined in one queue entry
            hub.on_fanout = self.flusher.schedule
        return NativeWsProtocol(self)

    def opened(self, proto: NativeWsProtocol) -> None:
        self.protocols.add(proto)
        if self.server_connections is not None:
            self.server_connections.add(proto)  # uvicorn calls shutdown() on these
        if self.sweeper is None:
            self.sweeper = asyncio.get_running_loop().call_later(
                KEEPALIVE_SWEEP / KEEPALIVE_SLICES, self.sweep
            )

    def closed(self, proto: NativeWsProtocol) -> None:
        self.protocols.discard(proto)
        if self.server_connections is not None:
            self.server_connections.discard(proto)

    def spawn(self, coro: Any) -> asyncio.Task[None]:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    def sweep(self) -> None:
        """One timer for every socket: ping the silent ones, drop the dead ones. Each
        socket is looked at once every ``KEEPALIVE_SWEEP`` seconds (a round), the round's
        sockets in ``KEEPALIVE_SLICES`` slices, one slice each time the timer fires; a
        socket opened during a round waits for the next one."""
        self.sweeper = None
        if self._slice >= KEEPALIVE_SLICES:
            self._round, self._slice = list(self.protocols), 0
        n = len(self._round)
        start, end = n * self._slice // KEEPALIVE_SLICES, n * (self._slice + 1) // KEEPALIVE_SLICES
        self._slice += 1
        for proto in self._round[start:end]:
            if proto.closing or proto.ws.state is not State.OPEN:
                continue
            proto.idle += 1
            if proto.idle >= 4:
                proto.close(CLOSE_INTERNAL, "keepalive ping timeout")
            elif proto.idle >= 2:
                proto.write(PING)
        if self._slice >= KEEPALIVE_SLICES:
            self._round = []  # no reference kept to sockets closed since
        if self.protocols or self._round:
            self.sweeper = asyncio.get_running_loop().call_later(
                KEEPALIVE_SWEEP / KEEPALIVE_SLICES, self.sweep
            )

    def http_date(self) -> str:
        """The Date header of a handshake response, formatted once a second."""
        now = int(time.time())
        if now != self._date[0]:
            self._date = (now, email.utils.formatdate(now, usegmt=True))
        return self._date[1]

    def origin_of(self, origin: Origin, headers: HeaderLookup) -> Origin:
        """The client's address: the peer's, or X-Forwarded-For's last hop when the peer
        is a trusted proxy (``forwarded_allow_ips``, as uvicorn does for HTTP)."""
        if not (self.trust_all or origin.ip in self.trusted):
            return origin
        forwarded = headers.get("X-Forwarded-For", "")
        hops = [h.strip() for h in forwarded.split(",") if h.strip()]
        if not hops:
            return origin
        with contextlib.suppress(ValueError):
            ip = str(ipaddress.ip_address(hops[-1]))
            proto = headers.get("X-Forwarded-Proto", "")
            scheme = {"https": "wss", "wss": "wss", "http": "ws", "ws": "ws"}.get(
                proto.lower(), origin.protocol
            )
            # Port 0 from a proxy: X-Real-Port, as for HTTP (transport.http.peer).
            ip, port = peer((ip, 0), {"x-real-port": headers.get("X-Real-Port", "")})
            return Origin(ip=ip, port=port, protocol=scheme)
        return origin
