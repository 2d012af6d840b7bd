"""The native /ws listener at the edges of RFC 6455, and the ASGI front end still working."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from pathlib import Path

import pytest
import websockets
from websockets.client import ClientProtocol
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.frames import Frame as WsFrame
from websockets.frames import Opcode
from websockets.uri import parse_uri

from tests.conftest import UNIT, LiveServer, start_server
from tests.integration.client import Client, new_session


async def test_only_ws_upgrades_and_other_paths_get_404(live_server: LiveServer) -> None:
    with pytest.raises(InvalidStatus) as refused:
        await websockets.connect(f"ws://127.0.0.1:{live_server.port}/autre")
    assert refused.value.response.status_code == 404


async def test_fragmented_text_pings_and_many_frames_in_order(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    bruno = await Client.enter(live_server.url, "Bruno")
    # RFC 6455 §5.4: a message in several fragments is one frame for the application.
    await alice.ws.send(['{"type":"ping",', '"id":"frag"}'])
    assert (await alice.expect("pong"))["re"] == "frag"
    # §5.5.2: a ping gets a pong.
    await asyncio.wait_for(await alice.ws.ping(b"abc"), 5 * UNIT)
    await alice.join("salon:general")
    await bruno.join("salon:general")
    # Sent without waiting: the server writes what one pass queued in one write; the
    # frames still arrive whole and in order.
    for i in range(5):  # the say burst
        await alice.send({"type": "say", "room": "salon:general", "text": f"n°{i}"})
    for i in range(5):  # the say burst
        message = await bruno.expect("message")
        assert message["text"] == f"n°{i}"
    await alice.close()
    await bruno.close()


async def test_auth_as_first_frame_must_come_in_time(tmp_path: Path) -> None:
    server = start_server(tmp_path / "d", env={"PAPOTE_AUTH_TIMEOUT_SECONDS": "1"})
    try:
        async with websockets.connect(server.ws_url) as ws:
            with pytest.raises(ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 10 * UNIT)
            assert closed.value.rcvd is not None
            assert closed.value.rcvd.code == 4001
    finally:
        server.stop()


async def test_stopping_the_server_closes_sockets_with_1012(tmp_path: Path) -> None:
    server = start_server(tmp_path / "d", plain=True)
    try:
        alice = await Client.enter(server.url, "Alice")
        server.process.terminate()
        with pytest.raises(ConnectionClosed) as closed:
            await alice.next(lambda f: False, timeout=10 * UNIT)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 1012
        server.process.wait(10 * UNIT)  # uvicorn re-raises SIGTERM once it has shut down
    finally:
        server.stop()


def test_a_client_that_never_answers_the_close_does_not_keep_the_server_running(
    tmp_path: Path,
) -> None:
    """SIGTERM with a socket whose peer reads nothing (a frozen tab, a dead link): the
    node waits ``shutdown_grace_seconds`` for the close handshake, then stops anyway (it
    used to wait forever, until SIGKILL)."""
    server = start_server(tmp_path / "d", env={"PAPOTE_SHUTDOWN_GRACE_SECONDS": "1"}, plain=True)
    try:
        with socket.create_connection(("127.0.0.1", server.port)) as peer:
            peer.sendall(
                b"GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                b"Sec-WebSocket-Version: 13\r\n\r\n"
            )
            assert peer.recv(12) == b"HTTP/1.1 101"  # upgraded; from now on it stays mute
            server.process.terminate()
            server.process.wait(30 * UNIT)  # raises TimeoutExpired if it hangs
        assert "timeout graceful shutdown exceeded" in server.log()
    finally:
        server.stop()


async def test_the_asgi_front_end_still_serves_ws(tmp_path: Path) -> None:
    server = start_server(tmp_path / "d", env={"PAPOTE_WS_IMPL": "websockets-sansio"})
    try:
        alice = await Client.enter(server.url, "Alice")
        bruno = await Client.enter(server.url, "Bruno")
        await alice.join("salon:general")
        await bruno.join("salon:general")
        await alice.say("salon:general", "par ASGI")
        assert (await bruno.expect("message"))["text"] == "par ASGI"
        await bruno.ws.send(json.dumps({"type": "say", "room": "salon:general", "text": "x" * 501}))
        assert (await bruno.expect("error"))["code"] == "text_too_long"
        await alice.close()
        await bruno.close()
    finally:
        server.stop()


# ---------------------------------------------------------------- raw clients (no library)


def upgrade_request(port: int, query: str = "") -> bytes:
    """A browser's upgrade request, as bytes."""
    return ClientProtocol(parse_uri(f"ws://127.0.0.1:{port}/ws{query}")).connect().serialize()


def masked_text(payload: bytes) -> bytes:
    return WsFrame(Opcode.TEXT, payload).serialize(mask=True)


async def read_frame(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """One server frame (never masked): its opcode and payload."""
    head = await asyncio.wait_for(reader.readexactly(2), 10 * UNIT)
    size = head[1] & 0x7F
    if size == 126:
        size = int.from_bytes(await reader.readexactly(2), "big")
    elif size == 127:
        size = int.from_bytes(await reader.readexactly(8), "big")
    return head[0] & 0x0F, await reader.readexactly(size)


@pytest.mark.parametrize("impl", ["native", "websockets-sansio"])
async def test_frames_written_with_the_upgrade_request_are_not_lost(
    tmp_path: Path, impl: str
) -> None:
    """RFC 6455 §4.1 asks a client to wait for the 101, but one that writes its `auth`
    and first frames with the request (some load tools do) must not wait forever for
    answers to frames the server dropped: uvicorn's own httptools protocol dropped
    every byte after the request (transport.upgrade)."""
    server = start_server(tmp_path / "d", env={"PAPOTE_WS_IMPL": impl})
    try:
        session = await new_session(server.url, "Alice")
        auth = {"type": "auth", "token": session["token"], "id": "a"}
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(
            upgrade_request(server.port)
            + masked_text(json.dumps(auth).encode())
            + masked_text(b'{"type":"ping","id":"p1"}')
            + masked_text(b'{"type":"ping","id":"p2"}')
        )
        status = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10 * UNIT)
        assert status.startswith(b"HTTP/1.1 101 ")
        frames = [json.loads((await read_frame(reader))[1]) for _ in range(3)]
        assert [(f["type"], f.get("re")) for f in frames] == [
            ("hello", "a"),
            ("pong", "p1"),
            ("pong", "p2"),
        ]
        writer.close()
    finally:
        server.stop()


async def test_a_frame_over_the_limit_gets_its_1009_while_the_client_still_writes_it(
    live_server: LiveServer,
) -> None:
    """The server stops reading a frame over the size limit at its header and fails the
    connection with 1009; the client is still writing the rest. Closing the socket with
    those bytes unread made the kernel answer with a reset, which destroyed the close
    frame before the client read it: the server half-closes instead and discards what
    still comes (transport.wsnative ``write_protocol``)."""
    session = await new_session(live_server.url, "Alice")
    reader, writer = await asyncio.open_connection("127.0.0.1", live_server.port)
    writer.write(upgrade_request(live_server.port, "?token=" + session["token"]))
    await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10 * UNIT)
    assert json.loads((await read_frame(reader))[1])["type"] == "hello"

    async def write_it() -> None:
        with contextlib.suppress(ConnectionError):
            writer.write(masked_text(b"x" * (4 << 20)))
            await writer.drain()

    writing = asyncio.create_task(write_it())
    opcode, payload = await read_frame(reader)
    assert opcode == Opcode.CLOSE.value
    assert int.from_bytes(payload[:2], "big") == 1009
    assert b"exceeds limit" in payload
    await writing
    writer.close()
