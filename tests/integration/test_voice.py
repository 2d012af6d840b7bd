"""Voice rooms over a real WebSocket and a real Janus: `make run`'s private Janus
(`media_server = "auto"`) starts and stops with the server; a hostile client's SDP gets a
clear error and costs nothing; multi-tab; the moderator API."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from papote.voice.janus_process import JanusProcess
from tests.conftest import LiveServer, create_moderator, janus_env, start_server
from tests.contract.test_media_server import audio_offer
from tests.integration.client import Client, get_json
from tests.waiting import until

VOCAL = "salon:vocal-general"


@pytest.fixture
def voice_server(tmp_path: Path, janus: JanusProcess) -> Iterator[LiveServer]:
    server = start_server(tmp_path / "data", env=janus_env(janus))
    try:
        yield server
    finally:
        server.stop()


def janus_children(server: LiveServer) -> list[str]:
    """The janus processes whose config lives in a private directory of this server."""
    out = subprocess.run(["ps", "-eo", "pid,ppid,args"], capture_output=True, text=True).stdout
    return [
        line
        for line in out.splitlines()
        if "/usr/bin/janus" in line and f" {server.process.pid} " in f" {line} "
    ]


async def test_auto_starts_a_private_janus_with_the_server_and_stops_it(tmp_path: Path) -> None:
    server = start_server(tmp_path / "data", env={"PAPOTE_VOICE_MEDIA_SERVER": "auto"})
    try:
        salons = await get_json(f"{server.url}/api/salons")
        assert {s["id"] for s in salons if s.get("voice")} == {VOCAL, "salon:vocal-gaming"}
        alice = await Client.enter(server.url, "Alice")
        hello = next(f for f in alice.frames if f["type"] == "hello")
        assert hello["voice"] is True
        joined = await alice.join(VOCAL)
        assert joined["voice"] == {"cap": 25, "participants": []}
        answer = await alice.request({"type": "voice_join", "room": VOCAL, "sdp": audio_offer()})
        assert answer["type"] == "voice_joined" and answer["sdp"].startswith("v=0")
        assert [p["user"]["pseudo"] for p in answer["voice"]["participants"]] == ["Alice"]
        (child,) = janus_children(server)
        # Janus dies (it crashed under a starved CPU in the load runs): Alice is told, a
        # new private Janus starts, and voice works again.
        os.kill(int(child.split()[0]), signal.SIGKILL)
        ended = await alice.expect("voice_ended", room=VOCAL)
        assert ended["reason"] == "disconnected"

        async def joins_again() -> bool:
            reply = await alice.request({"type": "voice_join", "room": VOCAL, "sdp": audio_offer()})
            return reply["type"] == "voice_joined"

        await until(joins_again, within=20, every=0.5, what="voice back after Janus restarted")
        (again,) = janus_children(server)
        await alice.close()
        # Papote killed outright (SIGKILL: no shutdown at all): its Janus goes with it.
        server.process.kill()
        server.process.wait()
        pid = int(again.split()[0])
        await until(lambda: not Path(f"/proc/{pid}").exists(), what="Janus ends with Papote")
    finally:
        server.stop()


async def test_a_hostile_offer_is_refused_clearly(voice_server: LiveServer) -> None:
    mallory = await Client.enter(voice_server.url, "Mallory")
    await mallory.join(VOCAL)
    bad = await mallory.request({"type": "voice_join", "room": VOCAL, "sdp": "v=0\r\nnonsense"})
    assert (bad["type"], bad["code"]) == ("error", "bad_sdp")
    await mallory.send({"type": "voice_join", "room": VOCAL, "sdp": "x" * 20000})
    await mallory.expect("error", code="frame_too_large")  # too big to read its id
    not_in = await mallory.request({"type": "voice_join", "room": "salon:general", "sdp": "v=0"})
    assert not_in["code"] == "not_member"
    no_voice = await mallory.join("salon:general")
    assert "voice" not in no_voice  # a room without a voice room
    refused = await mallory.request(
        {"type": "voice_join", "room": "salon:general", "sdp": audio_offer()}
    )
    assert refused["code"] == "voice_disabled"
    mute = await mallory.request({"type": "voice_mute", "room": VOCAL, "muted": False})
    assert mute["code"] == "voice_not_in"
    token = create_moderator(voice_server, "vmod")
    async with httpx.AsyncClient() as http:
        reply = await http.get(
            f"{voice_server.url}/api/mod/voice", headers={"authorization": f"Bearer {token}"}
        )
    live = reply.json()
    assert all(r["room"] != VOCAL for r in live["rooms"])  # nobody got in
    await mallory.close()


async def test_a_second_tab_takes_over_and_the_first_is_told(voice_server: LiveServer) -> None:
    first = await Client.enter(voice_server.url, "Nadia")
    second = await Client.connect(voice_server.url, first.session)
    for tab in (first, second):
        await tab.join(VOCAL)
    await first.request({"type": "voice_join", "room": VOCAL, "sdp": audio_offer()})
    joined = await second.request({"type": "voice_join", "room": VOCAL, "sdp": audio_offer()})
    assert joined["type"] == "voice_joined", joined
    assert [p["user"]["pseudo"] for p in joined["voice"]["participants"]] == ["Nadia"]
    ended = await first.expect("voice_ended", room=VOCAL)
    assert ended["reason"] == "disconnected"
    # the voice room's state reaches everyone in the room, the first tab too
    state = await first.expect("voice_state", room=VOCAL)
    assert len(state["voice"]["participants"]) == 1
    await second.request({"type": "leave", "room": VOCAL})
    await first.next(lambda f: f.get("type") == "voice_state" and f["voice"]["participants"] == [])
    for tab in (first, second):
        await tab.close()
