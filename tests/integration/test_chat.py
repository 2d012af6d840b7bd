"""Salons, private rooms and private messages over a real WebSocket."""

from __future__ import annotations

import asyncio

from tests.conftest import LiveServer, start_server
from tests.integration.client import Client, get_json


async def test_two_people_meet_in_a_salon(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice", gender="f", age=30)
    bob = await Client.enter(live_server.url, "Bob", gender="m", age=41, postal_code="20000")
    joined = await alice.join("salon:general")
    assert joined["name"] == "Général"
    assert [m["pseudo"] for m in joined["members"]] == ["Alice"]
    joined = await bob.join("salon:general")
    assert {m["pseudo"] for m in joined["members"]} == {"Alice", "Bob"}
    assert await alice.presence("joined", bob.id) == {
        "id": bob.id,
        "pseudo": "Bob",
        "gender": "m",
        "age": 41,
        "departement": "2A",
    }

    sent = await alice.say("salon:general", "Bonjour <b>tout</b> le monde")
    for person in (alice, bob):
        message = await person.expect("message", msg_id=sent["msg_id"])
        assert message["seq"] == sent["seq"] == 1
        assert message["from"] == {"id": alice.id, "pseudo": "Alice"}
        assert message["text"] == "Bonjour <b>tout</b> le monde"
    second = await bob.say("salon:general", "Salut Alice")
    assert second["seq"] == 2

    await bob.send({"type": "typing", "room": "salon:general"})
    typing = await alice.expect("typing")
    assert typing == {
        "type": "typing",
        "room": "salon:general",
        "user": {"id": bob.id, "pseudo": "Bob"},
    }
    assert not [f for f in await bob.drain() if f["type"] == "typing"]

    left = await bob.request({"type": "leave", "room": "salon:general"})
    assert left == {"type": "left", "room": "salon:general", "re": left["re"]}
    await alice.presence("left", bob.id)
    await bob.join("salon:general")
    await alice.presence("joined", bob.id)
    await bob.close()
    await alice.presence("left", bob.id)
    await alice.close()


async def test_history_on_join_and_resume_after_reconnect(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    await alice.join("salon:sport")
    # 60 messages from 12 people: 5 each stays within the say burst.
    writers = [await Client.enter(live_server.url, f"Ecrivain{i}") for i in range(12)]
    for index, writer in enumerate(writers):
        await writer.join("salon:sport")
        for n in range(5):
            await writer.say("salon:sport", f"m{index * 5 + n + 1}")
    bob = await Client.enter(live_server.url, "Bob")
    joined = await bob.join("salon:sport")
    assert [m["text"] for m in joined["history"]] == [f"m{i}" for i in range(11, 61)]
    assert [m["seq"] for m in joined["history"]] == list(range(11, 61))
    assert joined["has_more"] is True
    older = await bob.request(
        {"type": "history", "room": "salon:sport", "before": 11, "limit": 100}
    )
    assert [m["seq"] for m in older["messages"]] == list(range(1, 11))
    assert older["has_more"] is False

    # Bob drops; 3 more messages; he comes back with the same token and resumes.
    await bob.close()
    late = [await Client.enter(live_server.url, f"Retard{i}") for i in range(3)]
    for writer in late:
        await writer.join("salon:sport")
        await writer.say("salon:sport", "pendant ton absence")
    bob = await Client.connect(live_server.url, bob.session)
    resumed = await bob.join("salon:sport", since=60)
    assert [m["seq"] for m in resumed["history"]] == [61, 62, 63]
    assert resumed["has_more"] is False
    for client in [alice, bob, *writers, *late]:
        await client.close()


async def test_private_room_by_invitation_and_by_password(live_server: LiveServer) -> None:
    owner = await Client.enter(live_server.url, "Owner")
    guest = await Client.enter(live_server.url, "Guest")
    stranger = await Client.enter(live_server.url, "Stranger")
    created = await owner.request({"type": "create_room", "name": "Les amis"})
    assert created["type"] == "room_created"
    assert created["room"].startswith("room:")
    assert created["has_password"] is False
    room = created["room"]
    await owner.join(room)
    refused = await stranger.request({"type": "join", "room": room})
    assert refused["code"] == "forbidden"
    ok = await owner.request({"type": "invite", "room": room, "user": guest.id})
    assert ok["type"] == "ok"
    invited = await guest.expect("invited")
    assert invited == {
        "type": "invited",
        "room": room,
        "name": "Les amis",
        "by": {"id": owner.id, "pseudo": "Owner"},
    }
    await guest.join(room)
    sent = await guest.say(room, "merci !")
    assert (await owner.expect("message", msg_id=sent["msg_id"]))["text"] == "merci !"
    refused = await stranger.request({"type": "invite", "room": room, "user": stranger.id})
    assert refused["code"] == "not_member"

    locked = await owner.request({"type": "create_room", "name": "Secret", "password": "sesame"})
    assert locked["has_password"] is True
    wrong = await stranger.request({"type": "join", "room": locked["room"], "password": "nope"})
    assert (wrong["code"], wrong["field"]) == ("bad_password", "password")
    assert (await stranger.request({"type": "join", "room": locked["room"]}))["code"] == (
        "bad_password"
    )
    await stranger.join(locked["room"], password="sesame")
    # Once admitted, no password is needed again.
    await stranger.request({"type": "leave", "room": locked["room"]})
    await stranger.join(locked["room"])
    salons = await get_json(f"{live_server.url}/api/salons")
    assert all(not s["id"].startswith("room:") for s in salons)
    for client in (owner, guest, stranger):
        await client.close()


async def test_dm_needs_consent_then_works(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    bob = await Client.enter(live_server.url, "Bob")
    sent = await bob.request({"type": "dm_request", "to": alice.id, "text": "On discute ?"})
    assert sent["type"] == "dm_request_sent"
    request = await alice.expect("dm_request")
    assert request["from"]["pseudo"] == "Bob"
    assert request["text"] == "On discute ?"
    again = await bob.request({"type": "dm_request", "to": alice.id, "text": "Allô ?"})
    assert again["code"] == "request_pending"

    opened = await alice.request({"type": "dm_accept", "request_id": request["request_id"]})
    assert opened["type"] == "dm_opened"
    assert opened["with"]["id"] == bob.id
    room = opened["room"]
    assert room.startswith("dm:")
    bob_opened = await bob.expect("dm_opened")
    assert bob_opened["room"] == room
    assert bob_opened["with"]["id"] == alice.id
    joined = await alice.join(room)
    # The request's text opens the conversation.
    assert [(m["text"], m["from"]["id"]) for m in joined["history"]] == [("On discute ?", bob.id)]
    await bob.join(room)
    said = await bob.say(room, "Merci d'avoir accepté")
    assert (await alice.expect("message", msg_id=said["msg_id"]))["text"] == (
        "Merci d'avoir accepté"
    )

    # A third person can never enter the DM.
    eve = await Client.enter(live_server.url, "Eve")
    assert (await eve.request({"type": "join", "room": room}))["code"] == "forbidden"
    # Asking again gives the open DM back.
    reopened = await bob.request({"type": "dm_request", "to": alice.id, "text": "re"})
    assert (reopened["type"], reopened["room"]) == ("dm_opened", room)
    # After reconnecting, hello lists the DM.
    await alice.close()
    alice = await Client.connect(live_server.url, alice.session)
    hello = alice.frames[0]
    assert [d["room"] for d in hello["dms"]] == [room]
    for client in (alice, bob, eve):
        await client.close()


async def test_declined_request_is_not_revealed(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    bob = await Client.enter(live_server.url, "Bob")
    await bob.request({"type": "dm_request", "to": alice.id, "text": "?"})
    request = await alice.expect("dm_request")
    declined = await alice.request({"type": "dm_decline", "request_id": request["request_id"]})
    assert declined["type"] == "ok"
    assert not [f for f in await bob.drain() if f["type"] != "pong"]
    twice = await alice.request({"type": "dm_decline", "request_id": request["request_id"]})
    assert twice["code"] == "bad_request_state"
    other = await bob.request({"type": "dm_accept", "request_id": request["request_id"]})
    assert other["code"] == "no_such_request"
    await alice.close()
    await bob.close()


async def test_block_silences_everything_and_is_not_revealed(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    troll = await Client.enter(live_server.url, "Troll")
    carol = await Client.enter(live_server.url, "Carol")
    for client in (alice, troll, carol):
        await client.join("salon:general")
    ok = await alice.request({"type": "block", "user": troll.id})
    assert ok["type"] == "ok"

    sent = await troll.say("salon:general", "tu ne me lis plus")
    await troll.send({"type": "typing", "room": "salon:general"})
    assert (await carol.expect("message", msg_id=sent["msg_id"]))["text"] == "tu ne me lis plus"
    request_ack = await troll.request({"type": "dm_request", "to": alice.id, "text": "ouvre"})
    assert request_ack["type"] == "dm_request_sent"  # the troll is not told
    created = await troll.request({"type": "create_room", "name": "Piège"})
    await troll.request({"type": "invite", "room": created["room"], "user": alice.id})
    await troll.close()  # presence "left" from the troll must not reach Alice either
    marker = await carol.say("salon:general", "fin")
    await alice.expect("message", msg_id=marker["msg_id"])
    # Presence goes out once per tick and in order: once Alice hears of Dave, who came
    # after the troll left, the troll's departure would have reached her too.
    dave = await Client.enter(live_server.url, "Dave")
    await dave.join("salon:general")
    await alice.presence("joined", dave.id)
    received = alice.frames
    assert all(troll.id not in str(frame) for frame in received[received.index(ok) :]), received

    # The member list and the history left out the troll for Alice.
    troll = await Client.connect(live_server.url, troll.session)
    await troll.join("salon:general")
    bob = await Client.enter(live_server.url, "Bob")
    await alice.request({"type": "leave", "room": "salon:general"})
    joined = await alice.join("salon:general")
    assert troll.id not in {m["id"] for m in joined["members"]}
    assert "tu ne me lis plus" not in [m["text"] for m in joined["history"]]
    alice_tab2 = await Client.connect(live_server.url, alice.session)
    hello = alice_tab2.frames[0]
    assert hello["blocked"] == [troll.id]
    assert hello["requests"] == []
    await alice_tab2.close()

    # Unblock: messages flow again.
    await alice.request({"type": "unblock", "user": troll.id})
    sent = await troll.say("salon:general", "re")
    assert (await alice.expect("message", msg_id=sent["msg_id"]))["text"] == "re"
    for client in (alice, troll, carol, bob, dave):
        await client.close()


async def test_history_and_private_rooms_survive_a_restart(tmp_path: object) -> None:
    from pathlib import Path

    data = Path(str(tmp_path)) / "data"
    server = start_server(data)
    try:
        owner = await Client.enter(server.url, "Owner")
        created = await owner.request(
            {"type": "create_room", "name": "Durable", "password": "motdepasse"}
        )
        room = created["room"]
        await owner.join(room)
        await owner.join("salon:general")
        await owner.say(room, "gardé")
        await owner.say("salon:general", "aussi gardé")
        await owner.close()
    finally:
        server.stop()
    server = start_server(data)
    try:
        # The old token still works within its grace period; history and rooms are back.
        owner = await Client.connect(server.url, owner.session)
        assert [m["text"] for m in (await owner.join(room))["history"]] == ["gardé"]
        general = await owner.join("salon:general")
        assert [m["text"] for m in general["history"]] == ["aussi gardé"]
        newcomer = await Client.enter(server.url, "Newcomer")
        assert (await newcomer.request({"type": "join", "room": room}))["code"] == ("bad_password")
        await newcomer.join(room, password="motdepasse")
        sent = await newcomer.say(room, "suite")
        assert sent["seq"] == 2
        await owner.close()
        await newcomer.close()
    finally:
        server.stop()


async def test_several_tabs_are_one_presence(live_server: LiveServer) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    bob_tab1 = await Client.enter(live_server.url, "Bob")
    bob_tab2 = await Client.connect(live_server.url, bob_tab1.session)
    await alice.join("salon:general")
    await bob_tab1.join("salon:general")
    await bob_tab2.join("salon:general")
    await alice.presence("joined", bob_tab1.id)
    await bob_tab1.close()
    sent = await bob_tab2.say("salon:general", "toujours là")
    await alice.expect("message", msg_id=sent["msg_id"])
    carol = await Client.enter(live_server.url, "Carol")  # a later tick: Bob's would be out
    await carol.join("salon:general")
    await alice.presence("joined", carol.id)
    about_bob = [
        (key, u["id"])
        for f in alice.frames
        if f["type"] == "presence"
        for key in ("joined", "left")
        for u in f[key]
        if u["id"] == bob_tab1.id
    ]
    assert about_bob == [("joined", bob_tab1.id)]
    await bob_tab2.close()
    await alice.presence("left", bob_tab1.id)
    await carol.close()
    await asyncio.sleep(0)
    await alice.close()


async def test_a_say_resent_with_its_cid_after_a_reconnect_is_stored_once(
    live_server: LiveServer,
) -> None:
    """Issue 10 §2 (server side): the browser's outbox resends what was not acknowledged."""
    alice = await Client.enter(live_server.url, "Alice")
    bob = await Client.enter(live_server.url, "Bob")
    for person in (alice, bob):
        await person.join("salon:general")
    say = {"type": "say", "room": "salon:general", "text": "bien arrivé ?", "cid": "o-42"}
    first = await alice.request(say)
    assert (first["type"], first["cid"]) == ("sent", "o-42")
    await alice.close()  # as if `sent` had been lost with the connection
    again_alice = await Client.connect(live_server.url, alice.session)
    await again_alice.join("salon:general")
    again = await again_alice.request(say)
    assert again["type"] == "sent"
    assert (again["seq"], again["msg_id"], again["cid"]) == (first["seq"], first["msg_id"], "o-42")
    after = await again_alice.say("salon:general", "et ensuite")
    assert after["seq"] == first["seq"] + 1
    await bob.expect("message", text="et ensuite")
    assert [f["text"] for f in bob.frames if f.get("type") == "message"] == [
        "bien arrivé ?",
        "et ensuite",
    ]
    await again_alice.close()
    await bob.close()
