"""papote.transport.frames (RFC 6455 §5.2 headers, pure) and the one function reading
the websockets parser's private state (papote.transport.wsnative.at_frame_boundary)."""

from __future__ import annotations

import gc
import weakref
from importlib.metadata import version

from hypothesis import given
from hypothesis import strategies as st
from websockets.frames import Frame, Opcode
from websockets.http11 import Request
from websockets.protocol import State
from websockets.server import ServerProtocol

from papote.transport.frames import (
    INCOMPLETE,
    OTHER,
    TEXT,
    TOO_LARGE,
    frame_text,
    locate,
    unmask_text,
)
from papote.transport.wsnative import at_frame_boundary, unlink_parser


def client_frame(opcode: Opcode, payload: bytes, *, fin: bool = True, mask: bool = True) -> bytes:
    """A frame as a client sends it (masked), built by websockets itself."""
    return Frame(opcode, payload, fin=fin).serialize(mask=mask, extensions=[])


@given(st.binary(max_size=70_000), st.binary(max_size=300))
def test_a_masked_text_frame_is_found_whole_at_any_length(payload: bytes, after: bytes) -> None:
    data = client_frame(Opcode.TEXT, payload) + after
    kind, head, end = locate(data, 0, None)
    assert kind == TEXT
    assert unmask_text(data, head, end) == payload
    assert data[end:] == after


@given(st.binary(max_size=70_000), st.integers(min_value=0, max_value=200))
def test_a_cut_frame_is_incomplete_until_its_last_byte(payload: bytes, cut: int) -> None:
    data = client_frame(Opcode.TEXT, payload)
    cut = min(cut, len(data) - 1)
    assert locate(data[: len(data) - 1 - cut], 0, None) == (INCOMPLETE, 0, 0)


def test_other_frames_are_passed_on_whole() -> None:
    for frame in (
        client_frame(Opcode.BINARY, b"\x00\x01"),
        client_frame(Opcode.PING, b"abc"),
        client_frame(Opcode.TEXT, b"frag", fin=False),
        client_frame(Opcode.TEXT, b"plain", mask=False),
        client_frame(Opcode.CLOSE, b"\x03\xe8"),
    ):
        data = b"\x00" * 3 + frame
        kind, _, end = locate(data, 3, None)
        assert (kind, end) == (OTHER, len(data))


def test_a_header_over_the_limit_is_too_large_before_the_payload_arrives() -> None:
    header_only = client_frame(Opcode.TEXT, b"x" * 70_000)[:14]
    assert locate(header_only, 0, 65_536)[0] == TOO_LARGE
    assert locate(header_only, 0, None)[0] == INCOMPLETE


@given(st.binary(max_size=70_000))
def test_frame_text_is_what_websockets_parses(payload: bytes) -> None:
    data = frame_text(payload)
    assert locate(data, 0, None) == (OTHER, len(data) - len(payload), len(data))  # unmasked
    assert Frame(Opcode.TEXT, payload).serialize(mask=False, extensions=[]) == data


# ---------------------------------------------------------------- websockets' private state

# at_frame_boundary reads the parser generator of this exact version: upgrading websockets
# means checking it again (the tests below) and then moving this pin.
CHECKED_WEBSOCKETS = "17.4"


def open_protocol() -> ServerProtocol:
    ws = ServerProtocol()
    ws.receive_data(
        b"GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    [request] = ws.events_received()
    assert isinstance(request, Request)
    ws.send_response(ws.accept(request))
    assert ws.state is State.OPEN
    return ws


def test_the_websockets_version_is_the_one_checked() -> None:
    assert version("websockets") == CHECKED_WEBSOCKETS


def test_at_frame_boundary_follows_the_parser() -> None:
    ws = open_protocol()
    assert at_frame_boundary(ws)  # right after the handshake
    whole = client_frame(Opcode.TEXT, b"salut")
    ws.receive_data(whole[:3])  # in the middle of a frame
    assert not at_frame_boundary(ws)
    ws.receive_data(whole[3:])
    assert [f.data for f in ws.events_received() if isinstance(f, Frame)] == [b"salut"]
    assert at_frame_boundary(ws)
    ws.receive_data(client_frame(Opcode.TEXT, b"debut", fin=False))  # a fragmented message
    ws.events_received()
    assert not at_frame_boundary(ws)
    ws.receive_data(client_frame(Opcode.CONT, b" fin"))
    ws.events_received()
    assert at_frame_boundary(ws)


def test_unlink_parser_lets_reference_counting_free_a_closed_protocol() -> None:
    gc.disable()  # only reference counting: a cycle stays until a full collection
    try:
        kept, freed = open_protocol(), open_protocol()
        kept_ref, freed_ref = weakref.ref(kept), weakref.ref(freed)
        unlink_parser(freed)
        del kept, freed
        assert kept_ref() is not None  # the parser generator and its protocol: a cycle
        assert freed_ref() is None
    finally:
        gc.enable()
