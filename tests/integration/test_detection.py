"""Risk detection's actions end to end over a real WebSocket (docs/detection.md)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import LiveServer, start_server
from tests.integration.client import Client
from tests.waiting import until


async def open_dm(a: Client, b: Client, text: str) -> str:
    await a.request({"type": "dm_request", "to": b.id, "text": text})
    request = await b.expect("dm_request")
    room: str = (await b.request({"type": "dm_accept", "request_id": request["request_id"]}))[
        "room"
    ]
    await a.expect("dm_opened")
    await a.join(room)
    await b.join(room)
    return room


async def quiet(client: Client) -> list[str]:
    """The kinds of the safety cards a client got so far (after a round trip). Call it once
    a later card has arrived: messages are scored in order, so what was due was sent."""
    await client.request({"type": "ping"})
    return [f["kind"] for f in client.frames if f.get("type") == "safety_card"]


async def test_grooming_in_a_dm_shows_a_safety_card_to_the_other_person(
    live_server: LiveServer,
) -> None:
    marc = await Client.enter(live_server.url, "Marc", gender="m", age=45)
    lea = await Client.enter(live_server.url, "Lea", gender="f", age=18)
    room = await open_dm(marc, lea, "salut")
    await marc.say(room, "t'as quel âge ?")
    await lea.say(room, "13")
    said = await marc.say(room, "t'es trop mignonne, envoie une photo")
    card = await lea.expect("safety_card")
    assert card == {
        "type": "safety_card",
        "kind": "warning",
        "room": room,
        "about": {"id": marc.id, "pseudo": "Marc"},
        "moves": ["age", "photo"],
        "msg_id": said["msg_id"],
    }
    # Delivered, not held: detection runs after the message went out.
    assert (await lea.expect("message", msg_id=said["msg_id"]))["text"].startswith("t'es")
    assert await quiet(marc) == []
    for client in (marc, lea):
        await client.close()


async def test_a_threat_in_a_dm_warns_the_person_threatened(live_server: LiveServer) -> None:
    marc = await Client.enter(live_server.url, "Marc")
    lea = await Client.enter(live_server.url, "Lea")
    room = await open_dm(marc, lea, "coucou")
    await marc.say(room, "je sais où tu habites")
    card = await lea.expect("safety_card")
    assert (card["kind"], card["moves"], card["about"]["id"]) == ("warning", ["threat"], marc.id)
    for client in (marc, lea):
        await client.close()


async def test_distress_gets_a_private_help_card_never_a_sanction(tmp_path: Path) -> None:
    # With the embedding model on, as in production (the other tests use the rules alone).
    server = start_server(tmp_path / "data", env={"PAPOTE_DETECTION_MODEL": "true"})
    try:
        # The model loads in the background after start-up (~1.5 s on a quiet core).
        await until(lambda: "risk detector ready" in server.log(), within=60, what="model")
        alice = await Client.enter(server.url, "Alice")
        bob = await Client.enter(server.url, "Bob")
        await alice.join("salon:general")
        await bob.join("salon:general")
        said = await alice.say("salon:general", "j'ai envie de mourir")
        card = await alice.expect("safety_card")
        assert (card["kind"], card["room"], card["msg_id"]) == (
            "help",
            "salon:general",
            said["msg_id"],
        )
        assert "about" not in card
        # Everyone still reads it (never held, never removed), and only its writer gets a card.
        assert (await bob.expect("message", msg_id=said["msg_id"]))["text"] == (
            "j'ai envie de mourir"
        )
        assert await quiet(bob) == []
        # The writer can go on talking: nothing restricts them.
        await alice.say("salon:general", "merci")
        for client in (alice, bob):
            await client.close()
    finally:
        server.stop()


async def test_ordinary_and_hard_negative_chat_sends_no_card(live_server: LiveServer) -> None:
    marc = await Client.enter(live_server.url, "Marc")
    lea = await Client.enter(live_server.url, "Lea")
    room = await open_dm(marc, lea, "bonsoir")
    for who, text in [
        (marc, "mon fils a 14 ans"),
        (lea, "mort de rire"),
        (marc, "je suis prof de 4e"),
        (lea, "asv ?"),
    ]:
        await who.say(room, text)
    # Scored in order: once the sentinel's help card is here, the lines before were scored.
    await lea.say(room, "j'ai plus envie de vivre")
    help_card = await lea.expect("safety_card")
    assert help_card["kind"] == "help"
    assert await quiet(marc) == [] and await quiet(lea) == ["help"]
    for client in (marc, lea):
        await client.close()
