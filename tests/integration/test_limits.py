"""Bad input and abuse over the real socket: a clear error, nothing lost, never a crash."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import socket
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from tests.conftest import UNIT, LiveServer, start_server
from tests.integration.client import Client, new_session
from tests.waiting import until

# In the slow-consumer test: each sender waits for the reader every PACE messages, until
# it is at most READER_LAG messages behind.
PACE = 25
READER_LAG = 50

_pseudo_numbers = itertools.count(1)


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ('{"type":"shout","id":1}', "unknown_type"),
        ('{"type":"say","room":"salon:general","id":1}', "missing_field"),
        ('{"type":"say","room":5,"text":"x","id":1}', "wrong_type"),
        ('{"type":"say","room":"salon:general","text":"x","bold":true,"id":1}', "unknown_field"),
        ('{"type":"say","room":"salon:general","text":"x","id":1}', "not_member"),
        ('{"type":"join","room":"nowhere","id":1}', "bad_room"),
        ('{"type":"join","room":"salon:atlantide","id":1}', "no_such_room"),
        ('{"type":"auth","token":"x","id":1}', "already_authenticated"),
        ("{nope", "invalid_json"),
        ("[]", "bad_frame"),
    ],
)
async def test_each_error_has_a_code_and_the_connection_survives(
    shared_server: LiveServer, frame: str, code: str
) -> None:
    # One server for all the frames (each refused: nothing changes), one pseudo each.
    alice = await Client.enter(shared_server.url, f"Alice{next(_pseudo_numbers)}")
    await alice.ws.send(frame)
    error = await alice.expect("error")
    assert error["code"] == code
    assert error["message"]
    if '"id":1' in frame:
        assert error["re"] == 1
    assert (await alice.request({"type": "ping"}))["type"] == "pong"
    await alice.close()


async def test_text_limits_and_say_rate(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    await alice.join("salon:general")
    too_long = await alice.request({"type": "say", "room": "salon:general", "text": "x" * 501})
    assert (too_long["code"], too_long["field"]) == ("text_too_long", "text")
    blank = await alice.request({"type": "say", "room": "salon:general", "text": "   "})
    assert blank["code"] == "empty_text"
    for i in range(5):
        await alice.say("salon:general", f"rafale {i}")
    limited = await alice.request({"type": "say", "room": "salon:general", "text": "encore"})
    assert limited["code"] == "rate_limited"
    assert 0 < limited["retry_after"] <= 1.0
    # The limit is per room: another salon still accepts.
    await alice.join("salon:sport")
    await alice.say("salon:sport", "ailleurs")
    await asyncio.sleep(limited["retry_after"] + 0.05)
    await alice.say("salon:general", "après la pause")
    await alice.close()


async def test_oversized_binary_and_invalid_utf8_frames(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    await alice.ws.send("x" * 9000)
    assert (await alice.expect("error"))["code"] == "frame_too_large"
    await alice.ws.send(b"\x00\x01binary")
    assert (await alice.expect("error"))["code"] == "binary_not_supported"
    assert (await alice.request({"type": "ping"}))["type"] == "pong"
    # Over the transport limit: the WebSocket layer closes with 1009.
    await alice.ws.send("y" * 70000)
    with pytest.raises(ConnectionClosed) as closed:
        await alice.next(lambda f: False)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1009

    # Invalid UTF-8 in a text frame: 1007, as RFC 6455 §8.1 requires.
    bob = await Client.enter(live_server.url, "Bob")
    await bob.ws.send(b'{"type":"ping","x":"\xff"}', text=True)
    with pytest.raises(ConnectionClosed) as closed:
        await bob.next(lambda f: False)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 1007


async def test_bad_tokens_are_refused_with_4001(live_server: LiveServer) -> None:
    async with websockets.connect(live_server.ws_url + "?token=forged") as ws:
        error = json.loads(await ws.recv())
        assert error["code"] == "unauthorized"
        with pytest.raises(ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == 4001
    # Token as the first frame works; anything else first is refused.
    session = await new_session(live_server.url, "Alice")
    async with websockets.connect(live_server.ws_url) as ws:
        await ws.send(json.dumps({"type": "auth", "token": session["token"], "id": "a"}))
        hello = json.loads(await ws.recv())
        assert (hello["type"], hello["re"]) == ("hello", "a")
    async with websockets.connect(live_server.ws_url) as ws:
        await ws.send(json.dumps({"type": "ping"}))
        assert json.loads(await ws.recv())["code"] == "not_authenticated"


async def test_flooding_closes_with_4029(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    frame = json.dumps({"type": "ping"})
    with pytest.raises(ConnectionClosed) as closed:
        for _ in range(2000):
            await alice.ws.send(frame)
        await alice.next(lambda f: False, timeout=10 * UNIT)
    assert closed.value.rcvd is not None
    assert closed.value.rcvd.code == 4029
    codes = {f.get("code") for f in alice.frames if f["type"] == "error"}
    assert codes == {"rate_limited", "flooding"}


async def test_room_count_is_limited(tmp_path: Path) -> None:
    server = start_server(tmp_path / "d", env={"PAPOTE_MAX_ROOMS_PER_USER": "3"})
    try:
        alice = await Client.enter(server.url, "Alice")
        for salon in ("general", "sport", "musique"):
            await alice.join(f"salon:{salon}")
        refused = await alice.request({"type": "join", "room": "salon:amitie"})
        assert refused["code"] == "too_many_rooms"
        await alice.join("salon:general")  # re-joining a room one is in is not a new room
        await alice.close()
    finally:
        server.stop()


def _raw_ws_connect(port: int, token: str) -> socket.socket:
    """A WebSocket client that completes the handshake and then never reads."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (
            f"GET /ws?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    )
    response = b""
    while b"\r\n\r\n" not in response:
        response += sock.recv(1)
    assert b" 101 " in response.split(b"\r\n")[0]
    return sock


def _masked_text_frame(text: str) -> bytes:
    payload = text.encode()
    mask = os.urandom(4)
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    assert len(payload) < 126
    return struct.pack("!BB", 0x81, 0x80 | len(payload)) + mask + masked


async def test_a_client_that_stops_reading_is_dropped_and_never_stalls_the_room(
    tmp_path: Path,
) -> None:
    server = start_server(
        tmp_path / "d",
        env={
            # Counted once the socket's buffer is full: slack for the reader, which shares
            # this machine with the flood, far below what the slow socket is sent.
            "PAPOTE_OUTBOUND_QUEUE_FRAMES": "500",
            # A 64 kB kernel send buffer (128 kB reserved) instead of Linux's autotuning up
            # to 4 MB: the slow socket is full after ~100 frames, not ~1,400, so the close
            # comes three times sooner. The reader's owed 300 kB still fit in its buffers
            # and queue (128 + 64 kB, then 500 frames).
            "PAPOTE_SOCKET_SEND_BUFFER": "65536",
            "PAPOTE_SAY_BURST": "100000",
            "PAPOTE_SAY_RATE": "100000",
            "PAPOTE_FRAME_BURST": "100000",
            "PAPOTE_FRAME_RATE": "100000",
        },
    )
    stack = contextlib.ExitStack()  # the raw socket is closed whatever happens
    try:
        slow_session = await new_session(server.url, "Lent")
        slow = await asyncio.to_thread(_raw_ws_connect, server.port, slow_session["token"])
        stack.callback(slow.close)
        slow.sendall(_masked_text_frame('{"type":"join","room":"salon:general"}'))
        senders = [await Client.enter(server.url, f"Bavard{i}") for i in range(4)]
        reader = await Client.enter(server.url, "Lecteur")
        for sender in senders:
            await sender.join("salon:general")
        await reader.join("salon:general")
        # 2 kB frames (4-byte characters), from 4 senders at once so writes batch, until
        # the server has closed the socket nobody reads: how much that takes depends on
        # the kernel's buffers (128 kB of send buffer, as set above) and the transport's,
        # plus 500 frames. The senders stop at the first pacing point after the close (one
        # round more: the room goes on without it), at most `count` messages in all.
        count = int(os.environ.get("PAPOTE_TEST_SLOW_COUNT", "6000"))
        text = "😀" * 495

        seen = [0]  # the newest seq the reader has received
        last = [0]  # the newest seq acknowledged to a sender
        rounds_after_close = [0]

        def dropped() -> bool:
            return "closing slow consumer" in server.log()

        async def read() -> None:
            # The reader reads all the time, as a browser does, until it has got the last
            # message said (known once every sender has stopped).
            while not flooding.done() or (
                not flooding.cancelled() and not flooding.exception() and seen[0] < last[0]
            ):
                try:
                    message = await reader.next(lambda f: f.get("type") == "message", 0.2)
                except TimeoutError:
                    continue
                seen[0] = message["seq"]

        def reader_near(seq: int) -> Callable[[], bool]:
            return lambda: seen[0] >= seq - READER_LAG or reading.done()

        async def flood(sender: Client, n: int) -> None:
            # A say is answered without waiting for the database, so nothing paces a
            # sender but itself. Every PACE messages it waits for its `sent` (queued
            # behind everything fanned out to it before) and until the reader is at most
            # READER_LAG messages behind: on a loaded machine this test's own process
            # reads slower than the server writes, and the reader (or a sender) would
            # otherwise be the one dropped as a slow consumer. What a reader may then owe
            # (READER_LAG + PACE per sender, 300 kB) is far under what it is allowed (500
            # frames past the socket's buffers); the slow socket, which never reads, has
            # everything thrown at it.
            for i in range(n):
                say = {"type": "say", "room": "salon:general", "text": f"{i} {text}"}
                if i % PACE == PACE - 1:
                    sent = await sender.request(say, timeout=60 * UNIT)
                    assert sent["type"] == "sent", sent
                    last[0] = max(last[0], sent["seq"])
                    await until(reader_near(sent["seq"]), within=60, what="the reader keeps up")
                    if dropped():
                        rounds_after_close[0] += 1
                        if rounds_after_close[0] > len(senders):
                            return
                else:
                    await sender.ws.send(json.dumps(say))

        flooding = asyncio.ensure_future(
            asyncio.gather(*(flood(sender, count // 4) for sender in senders))
        )
        reading = asyncio.create_task(read())
        await flooding
        await reading  # every message, or the reason it stopped
        seqs = [f["seq"] for f in reader.frames if f.get("type") == "message"]
        assert seqs == list(range(1, last[0] + 1))  # nothing lost, in order, no stall
        assert dropped()
        assert rounds_after_close[0] > len(senders)  # and the room went on after it
        # The slow socket is closed by the server: reading it to the end terminates.
        slow.settimeout(10 * UNIT)
        data = b""
        with contextlib.suppress(ConnectionResetError):  # a reset is as good as an EOF
            while chunk := await asyncio.to_thread(slow.recv, 1 << 16):
                data += chunk
        assert len(data) < last[0] * 4 * len(text)  # it did not get all that was sent
        for client in (*senders, reader):
            await client.close()
    finally:
        stack.close()
        server.stop()
