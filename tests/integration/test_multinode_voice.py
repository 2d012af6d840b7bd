"""Voice rooms across two `papote serve` nodes sharing PostgreSQL, Redis and one Janus.

Alice's voice goes through node 0, Bob's through node 1 (each node holds the Janus handles
of its own people and sees only their speaking turns); both send Chromium's fake
microphone (a tone with beeps: Janus detects speech). A report taken on node 0 about Bob
seals the turns of both, Bob's asked from node 1 (``speech_ask`` / ``speech`` controls,
docs/moderation.md "Voice rooms").
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from playwright.async_api import Browser, async_playwright

from papote.voice.janus_process import JanusProcess
from tests.conftest import REDIS_URL, UNIT, LiveServer, create_moderator, janus_env, unique_name
from tests.e2e.helpers import CHROMIUM_ARGS, HEADLESS_SHELL
from tests.integration.client import Client, Frame
from tests.integration.test_multinode import cluster_env, running_cluster

pytestmark = pytest.mark.e2e

VOCAL = "salon:vocal-general"

# One RTCPeerConnection per person, sending the fake microphone; its offer once gathered.
OFFER = """async () => {
  window.peers = window.peers || [];
  const stream = await navigator.mediaDevices.getUserMedia({audio: true});
  const pc = new RTCPeerConnection();
  pc.addTrack(stream.getAudioTracks()[0], stream);
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((r) => {
    if (pc.iceGatheringState === "complete") return r();
    pc.onicegatheringstatechange = () => pc.iceGatheringState === "complete" && r();
    setTimeout(r, 2000);
  });
  window.peers.push(pc);
  return [window.peers.length - 1, pc.localDescription.sdp];
}"""
ANSWER = """async ([i, sdp]) => window.peers[i].setRemoteDescription({type: "answer", sdp})"""


@pytest.fixture(scope="module")
def two_nodes(tmp_path_factory: pytest.TempPathFactory, janus: JanusProcess) -> Iterator[Any]:
    env = {
        **cluster_env(unique_name("v"), unique_name("rv"), REDIS_URL),
        **janus_env(janus),
    }
    with running_cluster(tmp_path_factory.mktemp("voice-cluster"), 2, env, migrate=True) as nodes:
        yield nodes


async def in_voice(browser_page: Any, client: Client) -> None:
    index, offer = await browser_page.evaluate(OFFER)
    joined = await client.request({"type": "voice_join", "room": VOCAL, "sdp": offer})
    assert joined["type"] == "voice_joined", joined
    await browser_page.evaluate(ANSWER, [index, joined["sdp"]])


async def media_browser() -> tuple[Any, Browser]:
    pw = await async_playwright().start()
    browser = await pw.chromium.launch(
        executable_path=HEADLESS_SHELL,
        args=[
            *CHROMIUM_ARGS,
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            "--allow-loopback-in-peer-connection",
        ],
    )
    return pw, browser


async def test_a_voice_report_seals_the_turns_of_speakers_held_by_another_node(
    two_nodes: list[LiveServer],
) -> None:
    n0, n1 = two_nodes
    alice = await Client.enter(n0.url, "Alice")
    bob = await Client.enter(n1.url, "Bob")
    carol = await Client.enter(n0.url, "Carol")  # the reporter, not in voice
    for someone in (alice, bob, carol):
        await someone.join(VOCAL)
    pw, browser = await media_browser()
    try:
        page = await browser.new_page()
        await page.route("http://127.0.0.1:9/", lambda r: r.fulfill(body="<html></html>"))
        await page.goto("http://127.0.0.1:9/")
        await in_voice(page, alice)
        await in_voice(page, bob)
        # Both speak (the fake microphone's beeps); Carol, on node 0, hears of each turn.
        for who in (alice.id, bob.id):

            def talks(frame: Frame, who: str = who) -> bool:
                return frame.get("type") == "voice_talking" and frame["user"] == who

            await carol.next(talks, timeout=20 * UNIT)
        report = await carol.request(
            {
                "type": "report",
                "target_type": "voice",
                "target_id": f"{VOCAL}/{bob.id}",
                "category": "harassment",
            }
        )
        assert report["type"] == "report_ack", report
    finally:
        await browser.close()
        await pw.stop()

    token = await asyncio.to_thread(create_moderator, n0, "vocalmod")
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=n0.url, timeout=10) as http:
        cases = (await http.get("/api/mod/cases", headers=headers)).json()
        case = next(c for c in cases if c["target_id"] == f"{VOCAL}/{bob.id}")
        detail = (await http.get(f"/api/mod/cases/{case['id']}", headers=headers)).json()
    sealed = detail["evidence"][0]["content"]["voice"]
    assert sealed["participant"] == {"id": bob.id, "pseudo": "Bob"}
    assert sealed["speech_nodes_missing"] == []
    speakers = {turn["id"]: turn["pseudo"] for turn in sealed["speech"]}
    # Bob's turns come from node 1 (which holds his voice), Alice's from node 0.
    assert speakers == {alice.id: "Alice", bob.id: "Bob"}
    starts = [turn["from"] for turn in sealed["speech"]]
    assert starts == sorted(starts)
    for client in (alice, bob, carol):
        await client.close()
