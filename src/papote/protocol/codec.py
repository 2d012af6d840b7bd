"""Sans-I/O JSON codec for the WebSocket protocol: text in -> frame, frame -> bytes.

No sockets here: the transport hands in the text of one WebSocket message and writes
the bytes this returns. Tested as a client/server pair without a network.
"""

from __future__ import annotations

import re

import msgspec

from papote.protocol.wire import ClientFrame, RequestId, ServerFrame

# A value outside a field's closed list (wire.py Literal): the field's own documented
# error code (docs/protocol.md §2.5) rather than a generic one.
_UNLISTED = {"target_type": "bad_target"}


class ProtocolError(Exception):
    """A frame could not be decoded. ``code`` is one of docs/protocol.md §Errors."""

    def __init__(
        self, code: str, detail: str = "", re: RequestId = None, field: str | None = None
    ) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.re = re
        self.field = field


_FIELD_RE = re.compile(r"`\$\.([A-Za-z_][A-Za-z0-9_]*)")
_NAMED_RE = re.compile(r"field `([A-Za-z_][A-Za-z0-9_]*)`")
# msgspec's words for a value of the right type outside its Meta bounds or pattern.
_RANGE_RE = re.compile(r"Expected `(?:int|str)` (?:>=|<=|>|<|of length|matching regex)")


def _classify(message: str) -> tuple[str, str | None]:
    """Map a msgspec validation message to (code, field)."""
    named = _NAMED_RE.search(message)
    at = _FIELD_RE.search(message)
    field = named.group(1) if named else (at.group(1) if at else None)
    if "missing required field `type`" in message:
        return "missing_type", "type"
    if "at `$.type`" in message:
        return "unknown_type", "type"
    if "missing required field" in message:
        return "missing_field", field
    if _RANGE_RE.match(message):
        return "out_of_range", field
    if message.startswith("Invalid enum value") and field in _UNLISTED:
        return _UNLISTED[field], field
    if "unknown field" in message:
        return "unknown_field", field
    if message.startswith("Expected `object`"):
        return "bad_frame", None
    return "wrong_type", field


# Public: the moderator API classifies its request bodies' errors the same way.
classify_validation = _classify

_encoder = msgspec.json.Encoder()


def encode_frame(frame: ServerFrame) -> bytes:
    """Serialise one server frame to JSON: the one encoder of every outgoing frame, a
    reply (``ServerSession.send``) or a broadcast (encoded once for all recipients)."""
    return _encoder.encode(frame)


class JsonCodec:
    """Decode client frames, encode server frames. One instance is shared (stateless).

    Args:
        max_frame_bytes: frames larger than this are refused with ``frame_too_large``
            before any parsing (docs/protocol.md §Limits).
        max_sdp_bytes: a ``call_sdp`` frame may be this much larger than
            ``max_frame_bytes`` allows (a browser's offer with video is 4 to 9 KiB); past
            that it is refused with ``sdp_too_large`` (docs/protocol.md §2.6).
    """

    def __init__(self, max_frame_bytes: int, max_sdp_bytes: int = 0) -> None:
        self.max_frame_bytes = max_frame_bytes
        # The SDP, its JSON escapes (\r\n: two more bytes a line) and the other fields.
        self.max_sdp_frame_bytes = max(max_frame_bytes, max_sdp_bytes * 5 // 4 + 512)
        self._decoder: msgspec.json.Decoder[ClientFrame] = msgspec.json.Decoder(ClientFrame)

    def decode(self, data: str | bytes) -> ClientFrame:
        """Parse one client frame.

        Raises:
            ProtocolError: ``frame_too_large``, ``invalid_json``, ``missing_type``,
                ``unknown_type``, ``missing_field``, ``unknown_field``, ``wrong_type``
                or ``bad_frame``; ``re`` carries the frame's ``id`` when it could be read.
        """
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        if len(raw) > self.max_frame_bytes:
            self._check_large(raw)
        try:
            return self._decoder.decode(raw)
        except msgspec.ValidationError as exc:
            code, field = _classify(str(exc))
            raise ProtocolError(code, str(exc), re=_request_id(raw), field=field) from None
        except (msgspec.DecodeError, UnicodeDecodeError, RecursionError) as exc:
            mended = _mend_surrogates(raw)
            if mended is not None:
                return self.decode(mended)
            # RecursionError: nesting deeper than msgspec goes (`[` x 1,500), raised by
            # its own depth check; an ordinary unreadable frame (issue 10 §14).
            raise ProtocolError("invalid_json", str(exc)) from None

    def request_id(self, data: str) -> RequestId:
        """The ``id`` of a frame refused before it is decoded (the frame rate), to echo
        as ``re``: None for a frame over ``max_frame_bytes`` (never read) or without a
        valid id."""
        if len(data) > self.max_frame_bytes:
            return None
        return _request_id(data.encode("utf-8", "surrogatepass"))

    def encode(self, frame: ServerFrame) -> bytes:
        """``encode_frame``."""
        return encode_frame(frame)

    def _check_large(self, raw: bytes) -> None:
        """A frame over ``max_frame_bytes``: only a ``call_sdp`` within its own cap goes on.

        Raises:
            ProtocolError: ``sdp_too_large`` (a call_sdp over its cap) or
                ``frame_too_large``.
        """
        if b'"call_sdp"' in raw and len(raw) <= self.max_frame_bytes * 8:
            try:
                kind = _type_decoder.decode(raw).type
            except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
                kind = None
            if kind == "call_sdp":
                if len(raw) <= self.max_sdp_frame_bytes:
                    return
                raise ProtocolError("sdp_too_large", "call_sdp", re=_request_id(raw), field="sdp")
        raise ProtocolError("frame_too_large", f"max {self.max_frame_bytes} bytes")


class _IdOnly(msgspec.Struct):
    """Any JSON object, read for its ``id`` alone (other fields are skipped)."""

    id: RequestId = None


_id_decoder = msgspec.json.Decoder(_IdOnly)


class _TypeOnly(msgspec.Struct):
    type: str | None = None


_type_decoder = msgspec.json.Decoder(_TypeOnly)


# A \\uXXXX escape of a UTF-16 surrogate that is not half of a pair. JSON allows it (RFC
# 8259 §8.2), JavaScript's JSON.stringify writes one for a string cut in the middle of an
# emoji, and msgspec refuses it ("Input data was truncated"): it becomes U+FFFD.
_LONE_SURROGATE = re.compile(
    rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    rb"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _mend_surrogates(raw: bytes) -> bytes | None:
    """``raw`` with its lone surrogate escapes as U+FFFD, or None if it has none."""
    if b"\\u" not in raw:
        return None
    mended, count = _LONE_SURROGATE.subn(rb"\\ufffd", raw)
    return mended if count else None


def _request_id(raw: bytes) -> RequestId:
    """Best effort: the ``id`` of a frame that failed validation, to echo as ``re``; None
    when there is none or it is not a valid id (over 64 characters, out of range)."""
    try:
        return _id_decoder.decode(raw).id
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError, RecursionError):
        return None
