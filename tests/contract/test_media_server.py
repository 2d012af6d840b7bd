"""The MediaServer contract, run against the real Janus (the run's private instance, see
tests/conftest.py `janus`) and the in-memory fake the service tests use.

Media itself (audio flowing, a kicked person no longer receiving) is proven in Chromium:
tests/e2e/test_voice.py. Here the control plane: rooms, tokens, participants, mute, kick.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import AsyncIterator

import pytest

from papote.domain.errors import DomainError
from papote.ports import MediaServer, VoiceEvent
from papote.voice.fake import FakeMediaServer
from papote.voice.janus import JanusMediaServer
from papote.voice.janus_process import JanusProcess
from tests.waiting import until


def audio_offer() -> str:
    """A minimal WebRTC audio offer (what a browser sends, without the candidates):
    enough for Janus to negotiate and answer."""
    fingerprint = ":".join(f"{b:02X}" for b in hashlib.sha256(secrets.token_bytes(8)).digest())
    return (
        "\r\n".join(
            [
                "v=0",
                "o=- 4611731400430051336 2 IN IP4 127.0.0.1",
                "s=-",
                "t=0 0",
                "a=group:BUNDLE 0",
                "a=msid-semantic: WMS",
                "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                "c=IN IP4 0.0.0.0",
                "a=rtcp:9 IN IP4 0.0.0.0",
                f"a=ice-ufrag:{secrets.token_hex(2)}",
                f"a=ice-pwd:{secrets.token_hex(12)}",
                "a=ice-options:trickle",
                f"a=fingerprint:sha-256 {fingerprint}",
                "a=setup:actpass",
                "a=mid:0",
                "a=sendrecv",
                "a=rtcp-mux",
                "a=rtpmap:111 opus/48000/2",
                "a=fmtp:111 minptime=10;useinbandfec=1",
            ]
        )
        + "\r\n"
    )


@pytest.fixture(params=["janus", "fake"])
async def media(
    request: pytest.FixtureRequest,
) -> AsyncIterator[tuple[MediaServer, list[VoiceEvent]]]:
    events: list[VoiceEvent] = []
    server: MediaServer
    if request.param == "janus":
        janus: JanusProcess = request.getfixturevalue("janus")
        server = JanusMediaServer(janus.config)
    else:
        server = FakeMediaServer()
    await server.start(events.append)
    try:
        yield server, events
    finally:
        await server.close()


def room_name() -> str:
    return f"salon:c-{secrets.token_hex(6)}"


async def test_rooms_are_created_once_listed_and_destroyed(
    media: tuple[MediaServer, list[VoiceEvent]],
) -> None:
    server, _ = media
    room = room_name()
    await server.create_room(room)
    await server.create_room(room)  # idempotent: another node may have made it
    assert room in await server.rooms()
    assert await server.participants(room) == []
    await server.destroy_room(room)
    await server.destroy_room(room)  # absent: no error
    assert room not in await server.rooms()
    assert await server.participants(room) == []


async def test_only_a_token_issued_for_the_room_joins_and_only_once(
    media: tuple[MediaServer, list[VoiceEvent]],
) -> None:
    server, _ = media
    room, other = room_name(), room_name()
    await server.create_room(room)
    await server.create_room(other)
    with pytest.raises(DomainError) as forged:
        await server.join(room, "u1", "Ana", 1000, "forged-token", audio_offer(), False)
    assert forged.value.code == "voice_unavailable"
    elsewhere = await server.authorise(other, "u1")
    with pytest.raises(DomainError):
        await server.join(room, "u1", "Ana", 1000, elsewhere, audio_offer(), False)
    token = await server.authorise(room, "u1")
    with pytest.raises(DomainError) as garbage:
        await server.join(room, "u1", "Ana", 1000, token, "v=0\r\nnonsense\r\n", False)
    assert garbage.value.code == "bad_sdp"
    token = await server.authorise(room, "u1")
    answer = await server.join(room, "u1", "Ana", 1000, token, audio_offer(), False)
    assert answer
    (ana,) = await server.participants(room)
    assert (ana.id, ana.display, ana.since, ana.muted) == ("u1", "Ana", 1000, False)
    await server.leave(room, "u1")
    with pytest.raises(DomainError):  # spent
        await server.join(room, "u1", "Ana", 1000, token, audio_offer(), False)
    await server.destroy_room(room)
    await server.destroy_room(other)


async def test_mute_and_kick_act_on_the_server(
    media: tuple[MediaServer, list[VoiceEvent]],
) -> None:
    server, events = media
    room = room_name()
    await server.create_room(room)
    for uid, pseudo in (("u1", "Ana"), ("u2", "Ben")):
        token = await server.authorise(room, uid)
        await server.join(room, uid, pseudo, 1000, token, audio_offer(), uid == "u2")
    assert {p.id: p.muted for p in await server.participants(room)} == {"u1": False, "u2": True}
    await server.set_muted(room, "u1", True)
    assert {p.id: p.muted for p in await server.participants(room)}["u1"] is True
    await server.set_muted(room, "u1", False)
    assert {p.id: p.muted for p in await server.participants(room)}["u1"] is False
    await server.kick(room, "u1")
    assert [p.id for p in await server.participants(room)] == ["u2"]
    await until(lambda: VoiceEvent(room, "u1", "gone") in events, what="gone event")
    await server.kick(room, "nobody")  # not there: nothing happens
    await server.destroy_room(room)
