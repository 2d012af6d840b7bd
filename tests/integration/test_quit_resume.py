"""Leaving frees the pseudo at once; a lost tab gets its own pseudo back (issue 10 point 4)."""

from __future__ import annotations

import json

import httpx
import pytest
import websockets

from tests.conftest import LiveServer
from tests.integration.client import Client, new_session

VALID = {"pseudo": "Alice_75", "gender": "f", "age": 27, "postal_code": "75011"}


def post(server: LiveServer, body: object) -> httpx.Response:
    return httpx.post(f"{server.url}/api/session", json=body)


def quit_(server: LiveServer, token: str) -> httpx.Response:
    return httpx.delete(f"{server.url}/api/session", headers={"Authorization": f"Bearer {token}"})


async def test_quitting_frees_the_pseudo_and_closes_every_socket(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice_75")
    await alice.join("salon:general")
    assert post(live_server, VALID).status_code == 409  # still hers
    assert quit_(live_server, alice.session["token"]).status_code == 204
    error = await alice.expect("error", code="session_ended")
    assert error["message"]
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await alice.ws.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 4001
    # At once, for anyone: no 10-minute wait.
    again = post(live_server, VALID)
    assert again.status_code == 201, again.text
    # The old token and the old resume secret are dead.
    assert quit_(live_server, alice.session["token"]).status_code == 401
    url = live_server.url.replace("http://", "ws://") + "/ws?token=" + alice.session["token"]
    async with websockets.connect(url) as ws:
        assert json.loads(await ws.recv())["code"] == "unauthorized"
        with pytest.raises(websockets.ConnectionClosed) as refused:
            await ws.recv()
        assert refused.value.rcvd is not None and refused.value.rcvd.code == 4001


def test_quit_needs_a_valid_bearer_token(live_server: LiveServer) -> None:
    assert httpx.delete(f"{live_server.url}/api/session").status_code == 401
    assert quit_(live_server, "nope").status_code == 401


async def test_a_lost_tab_gets_its_own_pseudo_back_with_the_resume_secret(
    live_server: LiveServer,
) -> None:
    first = await new_session(live_server.url, "Alice_75")
    assert first["resume"] and first["resumed"] is False
    # The tab is gone (no socket); the pseudo is still reserved for the grace period.
    stranger = post(live_server, {**VALID, "pseudo": "ALICE-75", "resume": "guess"})
    assert stranger.status_code == 409
    back = post(live_server, {**VALID, "pseudo": "alice_75", "resume": first["resume"]})
    assert back.status_code == 201, back.text
    data = back.json()
    assert data["resumed"] is True
    assert data["user"] == first["user"]  # the same person: same id, same pseudo
    assert data["token"] != first["token"] and data["resume"] != first["resume"]
    client = await Client.connect(live_server.url, data)  # the new token works
    await client.close()
    # The secret is single-use: the old one no longer opens the session.
    replay = post(live_server, {**VALID, "resume": first["resume"]})
    assert replay.status_code == 409
    # The old token neither.
    assert quit_(live_server, first["token"]).status_code == 401
