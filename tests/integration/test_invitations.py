"""Invitations to private rooms (issue 10 point 9): "Inviter" from inside the room and a
shareable, expiring invitation link instead of a raw room id and password."""

from __future__ import annotations

import asyncio
import base64
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import LiveServer, start_server
from tests.integration.client import Client


async def test_an_invitation_link_opens_the_room_even_with_a_password(
    live_server: LiveServer,
) -> None:
    owner = await Client.enter(live_server.url, "Owner")
    friend = await Client.enter(live_server.url, "Friend")
    outsider = await Client.enter(live_server.url, "Outsider")
    room = (await owner.request({"type": "create_room", "name": "Apéro", "password": "sesame"}))[
        "room"
    ]
    await owner.join(room)
    link = await owner.request({"type": "invite_link", "room": room})
    assert link["type"] == "invite_link" and link["room"] == room
    assert link["expires_at"] > time.time() * 1000 + 23 * 3600 * 1000  # a day by default
    assert "/" not in link["token"] and "#" not in link["token"] and "&" not in link["token"]
    joined = await friend.request({"type": "join_invite", "token": link["token"]})
    assert (joined["type"], joined["room"], joined["name"]) == ("joined", room, "Apéro")
    said = await friend.say(room, "Merci pour le lien")
    assert (await owner.expect("message", msg_id=said["msg_id"]))["text"] == "Merci pour le lien"
    # Once in, a plain join works again later (the link made them a member).
    await friend.request({"type": "leave", "room": room})
    await friend.join(room)
    # Only members can make links; a forged or tampered token opens nothing.
    assert (await outsider.request({"type": "invite_link", "room": room}))["code"] == "not_member"
    forged_room = base64.urlsafe_b64encode(room.encode()).decode().rstrip("=")
    forged = f"{forged_room}.{int(time.time()) + 3600}.{'0' * 32}"
    for token in (forged, link["token"][:-1] + "x", "nope", "a.b.c"):
        refused = await outsider.request({"type": "join_invite", "token": token})
        assert refused["code"] == "bad_invite", token
    assert (await outsider.request({"type": "join", "room": room}))["code"] == "bad_password"
    # Salons have no invitation links.
    salon = await owner.request({"type": "invite_link", "room": "salon:general"})
    assert salon["code"] == "forbidden"
    for client in (owner, friend, outsider):
        await client.close()


@pytest.fixture
def short_links(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_server(tmp_path / "d", env={"PAPOTE_INVITE_LINK_SECONDS": "1"})
    try:
        yield live
    finally:
        live.stop()


async def test_an_invitation_link_expires(short_links: LiveServer) -> None:
    owner = await Client.enter(short_links.url, "Owner")
    late = await Client.enter(short_links.url, "Late")
    room = (await owner.request({"type": "create_room", "name": "Vite"}))["room"]
    link = await owner.request({"type": "invite_link", "room": room})
    deadline = link["expires_at"] / 1000
    await asyncio.sleep(max(0.0, deadline - time.time()) + 0.1)
    refused = await late.request({"type": "join_invite", "token": link["token"]})
    assert (refused["code"], refused["message"]) == ("invite_expired", refused["message"])
    assert "expiré" in refused["message"]
    assert (await late.request({"type": "join", "room": room}))["code"] == "forbidden"
    for client in (owner, late):
        await client.close()
