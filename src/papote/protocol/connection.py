"""The server side of one WebSocket session, sans I/O (docs/protocol.md §2).

As h11's ``Connection`` keeps its own state instead of letting the transport guess it,
``ServerSession`` knows which phase a socket is in and what a text frame means there;
both front ends (``transport.ws`` for ASGI, ``transport.wsnative``) drive it the same
way: text in, events and JSON payloads out. No sockets, no clock, no services here:
checking a token and dispatching a request are the caller's.

Phases and what moves between them (the table ``_NEXT`` below)::

    AWAITING_AUTH --auth frame / token in the URL--> AUTHENTICATING
    AUTHENTICATING --accepted(hello)--> READY
    any phase --refused(...) / bad first frame / auth timeout / close(code)--> CLOSING

Every outgoing frame is encoded here, once (``send``); broadcasts are encoded once by the
services for all their recipients.
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass

from papote.messages import describe
from papote.protocol import wire
from papote.protocol.codec import JsonCodec, ProtocolError

CLOSE_UNAUTHORIZED = 4001


class Phase(enum.Enum):
    AWAITING_AUTH = "awaiting_auth"  # opened without a token: the first frame must be auth
    AUTHENTICATING = "authenticating"  # a token is being checked: frames wait for it
    READY = "ready"  # hello sent: frames are requests
    CLOSING = "closing"  # nothing more is read; what is queued is still sent


@dataclass(frozen=True, slots=True)
class Authenticate:
    """Check ``token``; then call ``accepted`` with the hello, or ``refused``."""

    token: str
    re: wire.RequestId


@dataclass(frozen=True, slots=True)
class Request:
    """A client frame to dispatch (READY only)."""

    frame: wire.ClientFrame


@dataclass(frozen=True, slots=True)
class Close:
    """Close the socket with ``code`` once ``data_to_send`` is written."""

    code: int


Event = Authenticate | Request | Close

# (phase, what happened) -> next phase; anything else is a programming error.
_NEXT: dict[tuple[Phase, str], Phase] = {
    (Phase.AWAITING_AUTH, "auth"): Phase.AUTHENTICATING,
    (Phase.AUTHENTICATING, "accepted"): Phase.READY,
    (Phase.AWAITING_AUTH, "close"): Phase.CLOSING,
    (Phase.AUTHENTICATING, "close"): Phase.CLOSING,
    (Phase.READY, "close"): Phase.CLOSING,
    (Phase.CLOSING, "close"): Phase.CLOSING,
}


def error_frame(
    code: str,
    re: wire.RequestId = None,
    field: str | None = None,
    params: dict[str, object] | None = None,
) -> wire.Error:
    """The ``error`` frame for ``code`` (docs/protocol.md §2.5), in French."""
    retry = params.get("retry_after") if params else None
    return wire.Error(
        code=code,
        message=describe(code, params),
        re=re,
        field=field,
        retry_after=float(retry) if isinstance(retry, int | float) else None,
    )


class ServerSession:
    """One socket's protocol state. Feed it with ``receive_text``, ``token_in_url``,
    ``accepted``, ``refused``, ``auth_timeout`` and ``close``; act on the events they
    return; write what ``data_to_send`` gives (JSON payloads of text frames, in order).

    Args:
        codec: the shared JSON codec (stateless).
        max_held: frames a client may send while its token is checked (more: close).
    """

    __slots__ = ("_held", "_out", "codec", "max_held", "phase")

    def __init__(self, codec: JsonCodec, max_held: int = 64) -> None:
        self.codec = codec
        self.max_held = max_held
        self.phase = Phase.AWAITING_AUTH
        self._held: deque[str] = deque()  # text frames received while AUTHENTICATING
        self._out: list[bytes] = []

    def _move(self, happened: str) -> None:
        self.phase = _NEXT[(self.phase, happened)]

    # ------------------------------------------------------------------ in

    def token_in_url(self, token: str) -> Authenticate:
        """docs/protocol.md §2: ``/ws?token=...`` authenticates without an auth frame."""
        self._move("auth")
        return Authenticate(token, None)

    def receive_text(self, text: str) -> Event | None:
        """One text frame from the client: what to do about it (None: nothing, an error
        may be queued)."""
        phase = self.phase
        if phase is Phase.READY:
            try:
                frame = self.codec.decode(text)
            except ProtocolError as exc:
                max_bytes = (
                    self.codec.max_sdp_frame_bytes
                    if exc.code == "sdp_too_large"
                    else self.codec.max_frame_bytes
                )
                self.send(error_frame(exc.code, exc.re, exc.field, {"max": max_bytes}))
                return None
            if isinstance(frame, wire.Auth):
                self.send(error_frame("already_authenticated", frame.id))
                return None
            return Request(frame)
        if phase is Phase.AWAITING_AUTH:
            return self._first_frame(text)
        if phase is Phase.AUTHENTICATING:
            if len(self._held) >= self.max_held:
                return self.close(CLOSE_UNAUTHORIZED)
            self._held.append(text)  # handled once the token is accepted
        return None

    def _first_frame(self, text: str) -> Event:
        """docs/protocol.md §2: without a token in the URL the first frame is ``auth``."""
        try:
            frame = self.codec.decode(text)
        except ProtocolError as exc:
            return self.refused(error_frame(exc.code, exc.re, exc.field), CLOSE_UNAUTHORIZED)
        if not isinstance(frame, wire.Auth):
            error = error_frame("not_authenticated", getattr(frame, "id", None))
            return self.refused(error, CLOSE_UNAUTHORIZED)
        self._move("auth")
        return Authenticate(frame.token, frame.id)

    def accepted(self, hello: wire.ServerFrame) -> list[str]:
        """The token was good: ``hello`` goes out first. Returns the text frames received
        while it was checked, to handle now (with ``receive_text``), in order."""
        self._move("accepted")
        self.send(hello)
        held = list(self._held)
        self._held.clear()
        return held

    def refused(self, error: wire.Error, code: int) -> Close:
        """The token or the person was refused: say why, then close with ``code``."""
        self.send(error)
        return self.close(code)

    def auth_timeout(self) -> Close | None:
        """The auth frame did not come in time (a token being checked is not late)."""
        if self.phase is Phase.AWAITING_AUTH:
            return self.close(CLOSE_UNAUTHORIZED)
        return None

    def close(self, code: int) -> Close:
        """Nothing more is read from this socket; it closes with ``code``."""
        self._move("close")
        self._held.clear()
        return Close(code)

    # ------------------------------------------------------------------ out

    def send(self, frame: wire.ServerFrame) -> None:
        """Queue one frame for this client alone (a reply, an error, the hello)."""
        self._out.append(self.codec.encode(frame))

    def data_to_send(self) -> list[bytes]:
        """The JSON payloads queued since the last call, in order (then forgotten)."""
        out, self._out = self._out, []
        return out
