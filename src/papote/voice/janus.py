"""The MediaServer port on Janus's AudioBridge plugin, over Janus's WebSocket API.

Papote is Janus's only API client (docs/operations.md "Voice"): one WebSocket and one Janus
session per node, one plugin handle for room administration and one handle per person
connected through this node. Every request carries the API secret; creating a room needs
the AudioBridge admin key; every room is private, has a secret (derived from the server
secret, so every node of a deployment knows it) and an ``allowed`` list of one-time tokens
that Papote adds per person (``authorise``) and removes when they leave or are removed.
The browser never sees a secret or a token: it sends its SDP offer to Papote and gets the
answer; its media then flows to Janus's RTP ports (ICE, DTLS-SRTP).

AudioBridge mixes each room so every listener receives one Opus stream (all but their own
voice): a listener's bandwidth does not grow with the room (docs/performance.md "Voice").
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from typing import Any

import structlog
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException

from papote.domain.errors import DomainError
from papote.ports import VoiceEvent, VoiceParticipant
from papote.voice.janus_process import JanusConfig

log = structlog.get_logger(__name__)

PLUGIN = "janus.plugin.audiobridge"
ERROR_NO_SUCH_ROOM = 485  # JANUS_AUDIOBRIDGE_ERROR_NO_SUCH_ROOM
ERROR_ROOM_EXISTS = 486  # JANUS_AUDIOBRIDGE_ERROR_ROOM_EXISTS
JANUS_ERROR_JSEP_INVALID_SDP = 465  # Janus core: the offer does not parse
ERROR_NO_SUCH_USER = 492  # "No such user" (the codes as Janus 1.1.2 sends them)
KEEPALIVE_SECONDS = 25.0  # under Janus's session_timeout (60 s)
REQUEST_SECONDS = 10.0


class JanusError(Exception):
    """Janus or its plugin refused a request (``code`` as Janus numbers it)."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"janus error {code}: {reason}")
        self.code = code
        self.reason = reason


class JanusClient:
    """One WebSocket to Janus with one session: transactions in, events out.

    ``on_handle_event(handle_id, message)`` receives every asynchronous message addressed
    to a handle (plugin events without a transaction of ours, hangup, detached); when the
    WebSocket closes it receives ``{"janus": "detached"}`` for every handle.
    """

    def __init__(
        self, config: JanusConfig, on_handle_event: Callable[[int, dict[str, Any]], None]
    ) -> None:
        self.config = config
        self.on_handle_event = on_handle_event
        self._ws: ClientConnection | None = None
        self._session: int | None = None
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._handles: set[int] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._lock = asyncio.Lock()

    @property
    def connected(self) -> bool:
        return self._ws is not None and self._session is not None

    async def ensure(self) -> int:
        """Connect and create the session if needed; the session id."""
        async with self._lock:
            if self._ws is not None and self._session is not None:
                return self._session
            try:
                self._ws = await connect(
                    self.config.url,
                    subprotocols=["janus-protocol"],  # type: ignore[list-item]
                    open_timeout=REQUEST_SECONDS,
                    max_size=2**22,
                )
            except (OSError, WebSocketException, TimeoutError) as exc:
                raise JanusError(0, f"cannot reach Janus: {exc}") from None
            self._tasks = [
                asyncio.create_task(self._read(self._ws)),
                asyncio.create_task(self._keepalive()),
            ]
            reply = await self._call({"janus": "create"})
            self._session = int(reply["data"]["id"])
            return self._session

    async def close(self) -> None:
        ws, self._ws = self._ws, None  # the reader's end must not think it was lost
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()
        self._lost()

    def _lost(self) -> None:
        self._ws = None
        self._session = None
        for future in self._pending.values():
            if not future.done():
                future.set_exception(JanusError(0, "connection to Janus lost"))
        self._pending.clear()
        handles, self._handles = self._handles, set()
        for handle in handles:
            self.on_handle_event(handle, {"janus": "detached"})

    async def _read(self, ws: ClientConnection) -> None:
        try:
            async for raw in ws:
                message = json.loads(raw)
                transaction = message.get("transaction")
                kind = message.get("janus")
                future = self._pending.get(transaction) if transaction else None
                if future is not None:
                    if kind == "ack":
                        continue  # an asynchronous request: its event follows
                    self._pending.pop(transaction, None)
                    if not future.done():
                        future.set_result(message)
                    continue
                sender = message.get("sender")
                if sender is not None and kind != "ack":
                    self.on_handle_event(int(sender), message)
        except (WebSocketException, OSError) as exc:
            log.warning("janus_connection_lost", error=str(exc))
        finally:
            if self._ws is ws:
                self._lost()

    async def _keepalive(self) -> None:
        while True:
            await asyncio.sleep(KEEPALIVE_SECONDS)
            if self._session is not None:
                with contextlib.suppress(JanusError):
                    await self._call({"janus": "keepalive", "session_id": self._session})

    async def _call(self, message: dict[str, Any]) -> dict[str, Any]:
        ws = self._ws
        if ws is None:
            raise JanusError(0, "not connected to Janus")
        transaction = secrets.token_hex(8)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[transaction] = future
        try:
            await ws.send(
                json.dumps(
                    {**message, "transaction": transaction, "apisecret": self.config.api_secret}
                )
            )
            reply = await asyncio.wait_for(future, REQUEST_SECONDS)
        except (WebSocketException, OSError, TimeoutError) as exc:
            raise JanusError(0, f"Janus did not answer: {exc!r}") from None
        finally:
            self._pending.pop(transaction, None)
        if reply.get("janus") == "error":
            error = reply.get("error", {})
            raise JanusError(int(error.get("code", 0)), str(error.get("reason", "")))
        return reply

    async def attach(self) -> int:
        session = await self.ensure()
        reply = await self._call({"janus": "attach", "session_id": session, "plugin": PLUGIN})
        handle = int(reply["data"]["id"])
        self._handles.add(handle)
        return handle

    async def detach(self, handle: int) -> None:
        if handle not in self._handles or self._session is None:
            return
        self._handles.discard(handle)
        with contextlib.suppress(JanusError):
            await self._call({"janus": "detach", "session_id": self._session, "handle_id": handle})

    async def message(
        self, handle: int, body: dict[str, Any], jsep: dict[str, Any] | None = None
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """A plugin request on ``handle``: its data (raises on a plugin error) and jsep."""
        session = await self.ensure()
        request: dict[str, Any] = {
            "janus": "message",
            "session_id": session,
            "handle_id": handle,
            "body": body,
        }
        if jsep is not None:
            request["jsep"] = jsep
        reply = await self._call(request)
        data: dict[str, Any] = reply.get("plugindata", {}).get("data", {})
        if "error_code" in data:
            raise JanusError(int(data["error_code"]), str(data.get("error", "")))
        return data, reply.get("jsep")


class JanusMediaServer:
    """MediaServer on Janus AudioBridge (see the module docstring)."""

    def __init__(self, config: JanusConfig, *, sampling_rate: int = 16000) -> None:
        self.config = config
        # Room secrets derive from Janus's own secrets: every node (and every restart of
        # Papote) using this Janus agrees on them, and nobody else can compute them.
        self.secret_key = f"{config.api_secret}\n{config.admin_key}".encode()
        self.sampling_rate = sampling_rate
        self.client = JanusClient(config, self._handle_event)
        self._admin: int | None = None
        # This node's connected participants: (room, person) -> handle, and back.
        self._handles: dict[tuple[str, str], int] = {}
        self._who: dict[int, tuple[str, str]] = {}
        self._tokens: dict[tuple[str, str], str] = {}
        self._detaching: set[asyncio.Task[None]] = set()
        self._on_event: Callable[[VoiceEvent], None] = lambda _event: None

    def room_secret(self, room_id: str) -> str:
        """The room's AudioBridge secret: the same on every node, never sent to a client."""
        mac = hmac.new(self.secret_key, b"janus-room:" + room_id.encode(), hashlib.sha256)
        return mac.hexdigest()[:40]

    async def start(self, on_event: Callable[[VoiceEvent], None]) -> None:
        self._on_event = on_event
        await self._admin_handle()

    async def close(self) -> None:
        await self.client.close()
        self._admin = None

    async def _admin_handle(self) -> int:
        if self._admin is None or not self.client.connected:
            self._admin = await self.client.attach()
        return self._admin

    async def _admin_request(self, body: dict[str, Any]) -> dict[str, Any]:
        try:
            data, _ = await self.client.message(await self._admin_handle(), body)
        except JanusError as exc:
            if exc.code == 0:
                raise DomainError("voice_unavailable") from None
            raise
        return data

    # ------------------------------------------------------------------ rooms

    def room_options(self, room_id: str) -> dict[str, Any]:
        """The AudioBridge ``create`` request of a voice room."""
        return {
            "request": "create",
            "room": room_id,
            "admin_key": self.config.admin_key,
            "secret": self.room_secret(room_id),
            "is_private": True,
            "permanent": False,
            "allowed": [],  # an empty list: nobody without a token
            "sampling_rate": self.sampling_rate,
            "audiolevel_event": True,
            "audio_active_packets": 15,  # 0.3 s of packets per talking decision
            "audio_level_average": 70,  # dBov below 0 (127: silence); 25 is Janus's default
            "record": False,
        }

    async def create_room(self, room_id: str, **extra: Any) -> None:
        """Create the room if it does not exist; ``extra``: more AudioBridge options
        (bench/voice_load.py allows plain-RTP participants)."""
        try:
            await self._admin_request({**self.room_options(room_id), **extra})
        except JanusError as exc:
            if exc.code != ERROR_ROOM_EXISTS:
                raise DomainError("voice_unavailable") from None

    async def destroy_room(self, room_id: str) -> None:
        try:
            await self._admin_request(
                {"request": "destroy", "room": room_id, "secret": self.room_secret(room_id)}
            )
        except JanusError as exc:
            if exc.code != ERROR_NO_SUCH_ROOM:
                raise DomainError("voice_unavailable") from None

    async def authorise(self, room_id: str, participant_id: str) -> str:
        token = secrets.token_urlsafe(18)
        await self._allowed(room_id, "add", [token])
        self._tokens[(room_id, participant_id)] = token
        return token

    async def _allowed(self, room_id: str, action: str, tokens: list[str]) -> None:
        try:
            await self._admin_request(
                {
                    "request": "allowed",
                    "room": room_id,
                    "secret": self.room_secret(room_id),
                    "action": action,
                    "allowed": tokens,
                }
            )
        except JanusError as exc:
            if exc.code != ERROR_NO_SUCH_ROOM:
                raise DomainError("voice_unavailable") from None

    # ------------------------------------------------------------------ participants

    async def join(
        self,
        room_id: str,
        participant_id: str,
        display: str,
        since: int,
        token: str,
        offer_sdp: str,
        muted: bool,
    ) -> str:
        key = (room_id, participant_id)
        await self.leave(room_id, participant_id, revoke=False)  # a second tab replaces
        try:
            handle = await self.client.attach()
        except JanusError:
            raise DomainError("voice_unavailable") from None
        self._handles[key] = handle
        self._who[handle] = key
        try:
            _data, jsep = await self.client.message(
                handle,
                {
                    "request": "join",
                    "room": room_id,
                    "id": participant_id,
                    # Janus keeps what every node must know about a participant.
                    "display": json.dumps({"p": display, "t": since}),
                    "token": token,
                    "muted": muted,
                },
                {"type": "offer", "sdp": offer_sdp},
            )
        except JanusError as exc:
            log.warning("janus_join_refused", room=room_id, code=exc.code, reason=exc.reason)
            await self._forget(handle)
            if exc.code == JANUS_ERROR_JSEP_INVALID_SDP:
                raise DomainError("bad_sdp", field="sdp") from None
            raise DomainError("voice_unavailable") from None
        # In: the token is spent (a kicked person cannot come back with it).
        with contextlib.suppress(DomainError):
            await self._allowed(room_id, "remove", [token])
        self._tokens.pop(key, None)
        if not jsep or jsep.get("type") != "answer":
            await self.leave(room_id, participant_id)
            raise DomainError("voice_unavailable")
        return str(jsep["sdp"])

    async def set_muted(self, room_id: str, participant_id: str, muted: bool) -> None:
        try:
            await self._admin_request(
                {
                    "request": "mute" if muted else "unmute",
                    "room": room_id,
                    "secret": self.room_secret(room_id),
                    "id": participant_id,
                }
            )
        except JanusError as exc:
            if exc.code not in (ERROR_NO_SUCH_ROOM, ERROR_NO_SUCH_USER):
                raise DomainError("voice_unavailable") from None

    async def _forget(self, handle: int) -> None:
        key = self._who.pop(handle, None)
        if key is not None and self._handles.get(key) == handle:
            del self._handles[key]
        await self.client.detach(handle)

    async def leave(self, room_id: str, participant_id: str, revoke: bool = True) -> None:
        key = (room_id, participant_id)
        handle = self._handles.pop(key, None)
        if handle is not None:
            self._who.pop(handle, None)  # what this handle says now is no news to anyone
            with contextlib.suppress(JanusError):
                await self.client.message(handle, {"request": "leave"})
            await self.client.detach(handle)
        token = self._tokens.pop(key, None) if revoke else None
        if token is not None:
            with contextlib.suppress(DomainError):
                await self._allowed(room_id, "remove", [token])

    async def kick(self, room_id: str, participant_id: str) -> None:
        try:
            await self._admin_request(
                {
                    "request": "kick",
                    "room": room_id,
                    "secret": self.room_secret(room_id),
                    "id": participant_id,
                }
            )
        except JanusError as exc:
            if exc.code not in (ERROR_NO_SUCH_ROOM, ERROR_NO_SUCH_USER):
                log.warning("janus_kick_failed", room=room_id, code=exc.code, reason=exc.reason)
                raise DomainError("voice_unavailable") from None
        await self.leave(room_id, participant_id)

    async def participants(self, room_id: str) -> list[VoiceParticipant]:
        try:
            data = await self._admin_request({"request": "listparticipants", "room": room_id})
        except JanusError as exc:
            if exc.code == ERROR_NO_SUCH_ROOM:
                return []
            raise DomainError("voice_unavailable") from None
        return [_participant(p) for p in data.get("participants", [])]

    async def rooms(self) -> list[str]:
        data = await self._admin_request({"request": "list", "admin_key": self.config.admin_key})
        return sorted(str(r["room"]) for r in data.get("list", []))

    # ------------------------------------------------------------------ events

    def _handle_event(self, handle: int, message: dict[str, Any]) -> None:
        key = self._who.get(handle)
        if key is None:
            return
        room_id, participant_id = key
        kind = message.get("janus")
        if kind in ("hangup", "detached"):
            self._who.pop(handle, None)
            if self._handles.get(key) == handle:
                del self._handles[key]
            if kind == "hangup":  # the PeerConnection ended: free the handle too
                task = asyncio.get_running_loop().create_task(self.client.detach(handle))
                self._detaching.add(task)
                task.add_done_callback(self._detaching.discard)
            self._on_event(VoiceEvent(room_id, participant_id, "gone"))
            return
        data = message.get("plugindata", {}).get("data", {})
        event = data.get("audiobridge")
        if event in ("talking", "stopped-talking") and str(data.get("id")) == participant_id:
            talking = event == "talking"
            self._on_event(
                VoiceEvent(room_id, participant_id, "talking" if talking else "stopped_talking")
            )
        elif event == "roomdestroyed" or (
            event == "event" and str(data.get("kicked", "")) == participant_id
        ):
            self._on_event(VoiceEvent(room_id, participant_id, "gone"))


def _participant(p: dict[str, Any]) -> VoiceParticipant:
    try:
        meta = json.loads(p.get("display", ""))
        display, since = str(meta["p"]), int(meta["t"])
    except (ValueError, TypeError, KeyError):
        display, since = str(p.get("display", "")), 0
    return VoiceParticipant(
        id=str(p["id"]),
        display=display,
        muted=bool(p.get("muted", False)),
        talking=bool(p.get("talking", False)),
        since=since,
    )
