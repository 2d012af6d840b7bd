"""The native /ws listener at the edges of RFC 6455, and the ASGI front end still working."""

from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import pytest
import websockets
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.conftest import UNIT, LiveServer, start_server
from tests.integration.client import Client


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
