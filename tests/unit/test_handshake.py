"""papote.transport.handshake (the plain upgrade request, pure) against websockets itself,
and wsnative.open_after_handshake (websockets' private parser state, pinned version)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from websockets.frames import Frame, Opcode
from websockets.http11 import Request
from websockets.protocol import State
from websockets.server import ServerProtocol

from papote.transport.handshake import accept_response, parse_upgrade, query_token
from papote.transport.wsnative import at_frame_boundary, open_after_handshake
from tests.unit.test_frames import client_frame

DATE = "Thu, 03 Dec 2026 10:00:00 GMT"
KEY = "dGhlIHNhbXBsZSBub25jZQ=="

PLAIN = [
    ("Host", "127.0.0.1:8000"),
    ("Upgrade", "websocket"),
    ("Connection", "Upgrade"),
    ("Sec-WebSocket-Key", KEY),
    ("Sec-WebSocket-Version", "13"),
]


def request(headers: list[tuple[str, str]], target: str = "/ws?token=abc") -> bytes:
    lines = [f"GET {target} HTTP/1.1", *(f"{n}: {v}" for n, v in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def websockets_answer(data: bytes) -> tuple[bytes, Request | None]:
    """What websockets sends for ``data`` (its Date replaced by ``DATE``), and the
    request it parsed."""
    ws = ServerProtocol()
    ws.receive_data(data)
    events = ws.events_received()
    if not events or not isinstance(events[0], Request):
        return b"".join(ws.data_to_send()), None
    response = ws.accept(events[0])
    if "Date" in response.headers:
        del response.headers["Date"]
        response.headers["Date"] = DATE
    # websockets puts Date first: the same order as accept_response.
    headers = list(response.headers.raw_items())
    headers.sort(key=lambda item: item[0] != "Date")
    response.headers.clear()
    for name, value in headers:
        response.headers[name] = value
    return response.serialize(), events[0]


def test_the_plain_request_gets_websockets_own_response() -> None:
    for headers in (
        PLAIN,
        [(n.lower(), v) for n, v in PLAIN],
        [*PLAIN[:2], ("Connection", "keep-alive, Upgrade"), *PLAIN[3:]],
        [*PLAIN, ("Origin", "http://127.0.0.1:8000"), ("Cookie", "papote_device=abc.1.x")],
        [*PLAIN, ("X-Forwarded-For", "192.0.2.1, 198.51.100.2"), ("User-Agent", "Zoé")],
        # What Chromium sends: an offer of permessage-deflate, declined (none here).
        [*PLAIN, ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")],
    ):
        data = request(headers)
        upgrade = parse_upgrade(data)
        assert upgrade is not None, headers
        expected, parsed = websockets_answer(data)
        assert parsed is not None and expected.startswith(b"HTTP/1.1 101 ")
        assert accept_response(upgrade.key, DATE) == expected
        # Every header reads as websockets reads it.
        for name, value in parsed.headers.raw_items():
            assert upgrade.get(name, "") == value
            assert upgrade.get(name.upper(), "") == value


def test_anything_else_goes_to_websockets() -> None:
    without = {name: [h for h in PLAIN if h[0] != name] for name, _ in PLAIN}
    for data in (
        request(without["Upgrade"]),
        request(without["Connection"]),
        request(without["Sec-WebSocket-Key"]),
        request(without["Sec-WebSocket-Version"]),
        request([*PLAIN[:4], ("Sec-WebSocket-Version", "8")]),
        request([*PLAIN[:3], ("Sec-WebSocket-Key", "c2hvcnQ="), PLAIN[4]]),  # not 16 bytes
        request([*PLAIN[:3], ("Sec-WebSocket-Key", "not base64!"), PLAIN[4]]),
        request([*PLAIN[:1], ("Upgrade", "websocket, h2c"), *PLAIN[2:]]),
        request([*PLAIN[:2], ("Connection", "keep-alive"), *PLAIN[3:]]),
        request([*PLAIN, ("Sec-WebSocket-Extensions", "a"), ("Sec-WebSocket-Extensions", "b")]),
        request([*PLAIN, ("Sec-WebSocket-Protocol", "chat")]),
        request([*PLAIN, ("X-Forwarded-For", "192.0.2.1"), ("X-Forwarded-For", "192.0.2.2")]),
        request([*PLAIN, ("Bad Name", "x")]),
        request(PLAIN, target="/ws?token=a#fragment"),
        request(PLAIN, target="ws"),
        request(PLAIN).replace(b"GET ", b"POST "),
        request(PLAIN).replace(b"HTTP/1.1", b"HTTP/1.0"),
        request(PLAIN)[:-2],  # not all of it
        request(PLAIN) + b"\x81",  # something after it
        request([*PLAIN, ("X-Long", "x" * 9000)]),
    ):
        assert parse_upgrade(data) is None, data


names = st.sampled_from(
    [
        "Host",
        "Upgrade",
        "Connection",
        "Sec-WebSocket-Key",
        "Sec-WebSocket-Version",
        "Origin",
        "Sec-WebSocket-Extensions",
        "Sec-WebSocket-Protocol",
    ]
)
values = st.sampled_from(
    [
        "websocket",
        "WebSocket",
        "Upgrade",
        "upgrade, x",
        "13",
        KEY,
        "",
        " 13 ",
        "a\tb",
        "é",
        "permessage-deflate; client_max_window_bits",
        "x;;=",
    ]
)


@given(st.lists(st.tuples(names, values), max_size=8), st.permutations(PLAIN))
def test_what_parse_upgrade_accepts_websockets_accepts_the_same_way(
    extra: list[tuple[str, str]], plain: list[tuple[str, str]]
) -> None:
    data = request([*plain, *extra])
    upgrade = parse_upgrade(data)
    if upgrade is not None:
        expected, _ = websockets_answer(data)
        assert accept_response(upgrade.key, DATE) == expected


def test_query_token() -> None:
    assert query_token("token=abc-_") == "abc-_"
    assert query_token("") == ""
    assert query_token("token=") == ""
    assert query_token("x=1&token=a%2Bb&token=c") == "a+b"
    assert query_token("token=a+b") == "a b"  # as parse_qs reads it


def test_open_after_handshake_reads_frames_as_after_accept() -> None:
    ws = ServerProtocol()
    open_after_handshake(ws)
    assert ws.state.name == "OPEN"  # (not `is`: mypy would narrow it for good)
    assert at_frame_boundary(ws)
    ws.receive_data(client_frame(Opcode.TEXT, b"salut"))
    assert [f.data for f in ws.events_received() if isinstance(f, Frame)] == [b"salut"]
    assert at_frame_boundary(ws)
    ws.receive_data(client_frame(Opcode.CLOSE, (1000).to_bytes(2, "big")))
    ws.events_received()
    assert ws.state is State.CLOSING
    assert ws.data_to_send()[0].startswith(b"\x88")  # the close answered
