"""WebSocket frame headers (RFC 6455 §5.2), pure: where a frame lies in a byte stream.

The native listener (``transport.wsnative``) splits an open socket's stream into whole
frames with ``locate`` and unmasks plain client text frames itself (the common case, kept
cheap); every other frame goes whole to the sans-I/O ``websockets`` protocol. Framing
belongs to the transport, below Papote's JSON protocol (``papote.protocol``), so this
module lives here. No I/O and no state: bytes and offsets in, offsets out.
"""

from __future__ import annotations

try:
    from websockets.speedups import apply_mask  # C, shipped with websockets
except ImportError:  # pragma: no cover - a pure-Python websockets build
    from websockets.utils import apply_mask

# What ``locate`` found at a position of the stream.
INCOMPLETE = 0  # not all of the frame is there yet: wait for more bytes
TEXT = 1  # a whole, final, masked text frame (what a browser sends): ``unmask_text``
OTHER = 2  # any other whole frame (control, fragment, binary, unmasked): pass it on
TOO_LARGE = 3  # the header announces more than the size limit (the protocol says 1009)

PING = b"\x89\x00"  # an empty ping frame (RFC 6455 §5.5.2), the same bytes for everyone


def frame_text(payload: bytes) -> bytes:
    """One unmasked, unfragmented text frame (RFC 6455 §5.2; a server never masks)."""
    n = len(payload)
    if n < 126:
        return bytes((0x81, n)) + payload
    if n < 65536:
        return b"\x81\x7e" + n.to_bytes(2, "big") + payload
    return b"\x81\x7f" + n.to_bytes(8, "big") + payload


def locate(data: bytes, pos: int, max_size: int | None) -> tuple[int, int, int]:
    """The frame starting at ``data[pos]``: ``(kind, head, end)``.

    ``head`` is where the header's length fields end (a masked frame's 4-byte key starts
    there), ``end`` where the frame ends; both are 0 unless ``kind`` is TEXT or OTHER.
    """
    size = len(data)
    if size - pos < 2:
        return INCOMPLETE, 0, 0
    b1 = data[pos + 1]
    n = b1 & 0x7F  # §5.2 "Payload length": 7 bits, or 126 + 16 bits, or 127 + 64 bits
    head = pos + 2
    if n == 126:
        if size - pos < 4:
            return INCOMPLETE, 0, 0
        n = int.from_bytes(data[pos + 2 : pos + 4], "big")
        head = pos + 4
    elif n == 127:
        if size - pos < 10:
            return INCOMPLETE, 0, 0
        n = int.from_bytes(data[pos + 2 : pos + 10], "big")
        head = pos + 10
    if max_size is not None and n > max_size:
        return TOO_LARGE, 0, 0
    masked = b1 & 0x80
    end = head + (4 if masked else 0) + n
    if end > size:
        return INCOMPLETE, 0, 0
    # 0x81: FIN set, no RSV bit, opcode 1 (text).
    return (TEXT if data[pos] == 0x81 and masked else OTHER), head, end


def unmask_text(data: bytes, head: int, end: int) -> bytes:
    """The payload of the TEXT frame ``locate`` found (§5.3: XOR with the 4-byte key)."""
    return apply_mask(data[head + 4 : end], data[head : head + 4])
