"""The WebSocket opening handshake's common case (RFC 6455 §4.2), pure: bytes in, bytes out.

The native listener (``transport.wsnative``) gets each upgrade request from uvicorn as
one block of bytes, already parsed once by uvicorn. ``parse_upgrade`` reads the plain
request browsers send (GET, HTTP/1.1, each header once, no subprotocol asked for; an
offer of extensions is declined, Papote has none) and ``accept_response`` answers it
with the bytes websockets' ``ServerProtocol.accept`` would send; anything else returns
None and goes to websockets, which answers it (or refuses it) as before. In a reconnect
storm the general parser and ``accept`` were a fifth of the server's CPU
(docs/performance.md, "Arrival storms"). No I/O and no state.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

# RFC 6455 §1.3: the GUID appended to the client's key.
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
# RFC 7230 §3.2.6: a token (a Connection option).
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# RFC 7230 §3.2: a header field name, and a value of visible characters, spaces and tabs.
_NAME = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(rb"[\x20-\x7e\x80-\xff\t]*")
# An origin-form request target (RFC 7230 §5.3.1) of visible ASCII, without a fragment.
_TARGET = re.compile(rb"/[\x21-\x22\x24-\x7e]*")
# A header that websockets parses even though Papote offers no subprotocol (a malformed
# one is refused): it decides. An extension offer (every browser sends one for
# permessage-deflate) is not even read when the server has none: declined by leaving
# Sec-WebSocket-Extensions out of the response (RFC 6455 §9.1), as websockets does.
_DECLINED = frozenset((b"sec-websocket-protocol",))
MAX_REQUEST = 8192  # bytes; a longer request goes to websockets and its limits


@dataclass(frozen=True, slots=True)
class Upgrade:
    """A plain WebSocket upgrade request: its target and its headers (names lowercased;
    each header once)."""

    path: str
    query: str
    headers: dict[str, str]
    key: str  # Sec-WebSocket-Key

    def get(self, name: str, default: str = "") -> str:
        """A header by name, whatever its case (like websockets' ``Headers.get``)."""
        return self.headers.get(name.lower(), default)


def parse_upgrade(data: bytes) -> Upgrade | None:
    """The upgrade request ``data`` holds (all of it, nothing after it), or None if it is
    anything but the plain case this module answers: then websockets must see it."""
    if len(data) > MAX_REQUEST or not data.endswith(b"\r\n\r\n"):
        return None
    lines = data[:-4].split(b"\r\n")
    method, _, rest = lines[0].partition(b" ")
    target, _, protocol = rest.partition(b" ")
    if method != b"GET" or protocol != b"HTTP/1.1" or not _TARGET.fullmatch(target):
        return None
    headers: dict[bytes, bytes] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not _NAME.fullmatch(name):
            return None
        name = name.lower()
        value = value.strip(b" \t")
        if name in headers or name in _DECLINED or not _VALUE.fullmatch(value):
            return None
        headers[name] = value
    # Values as websockets decodes them (ISO-8859-1: any byte, reversibly).
    text = {k.decode("ascii"): v.decode("latin-1") for k, v in headers.items()}
    path, _, query = target.decode("ascii").partition("?")
    options = [o.strip() for o in text.get("connection", "").split(",")]
    if not all(_TOKEN.fullmatch(o) for o in options):
        return None
    if "upgrade" not in (o.lower() for o in options):
        return None
    if text.get("upgrade", "").lower() != "websocket":
        return None
    if text.get("sec-websocket-version") != "13":
        return None
    key = text.get("sec-websocket-key", "")
    try:
        if len(base64.b64decode(key.encode(), validate=True)) != 16:
            return None
    except binascii.Error:
        return None
    return Upgrade(path=path, query=query, headers=text, key=key)


def accept_response(key: str, date: str) -> bytes:
    """The 101 response to a plain upgrade (RFC 6455 §4.2.2), as websockets writes it.

    Args:
        key: the request's Sec-WebSocket-Key.
        date: the Date header's value (``email.utils.formatdate(usegmt=True)``).
    """
    accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest())  # noqa: S324
    return (
        b"HTTP/1.1 101 Switching Protocols\r\nDate: "
        + date.encode()
        + b"\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
        + accept
        + b"\r\n\r\n"
    )


def query_token(query: str) -> str:
    """The ``token`` parameter of a query string (the first one), "" if none."""
    if query.startswith("token=") and not any(c in query for c in "&%+;"):
        return query[6:]  # the common case: the query is just the token
    from urllib.parse import parse_qs

    return parse_qs(query).get("token", [""])[0]
