"""Risk detection's actions end to end over a real WebSocket (docs/detection.md)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import UNIT, LiveServer, admin_cli, create_moderator, start_server
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
    await lea.say(room, "pourquoi ?")  # no answer: a disclosure would show her out
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
    # With the classifier head on (model = true; the other tests use the rules alone).
    server = start_server(tmp_path / "data", env={"PAPOTE_DETECTION_MODEL": "true"})
    try:
        # The head loads in the background after start-up.
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


# ---------------------------------------------------------------- actions (issue 12 §4-5)


@dataclass
class Desk:
    """A server with a moderator logged in, for the actions that reach the queue."""

    server: LiveServer
    http: httpx.AsyncClient
    token: str

    async def call(
        self, method: str, path: str, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        return await self.http.request(
            method,
            f"{self.server.url}{path}",
            json=body,
            headers={"Authorization": f"Bearer {self.token}"},
        )

    async def queue(self) -> list[dict[str, Any]]:
        response = await self.call("GET", "/api/mod/cases")
        assert response.status_code == 200, response.text
        cases: list[dict[str, Any]] = response.json()
        return cases

    async def case_where(self, what: str, **fields: Any) -> dict[str, Any]:
        """The first case of the queue whose fields match (waiting for the worker)."""

        async def find() -> dict[str, Any] | None:
            return next(
                (c for c in await self.queue() if all(c[k] == v for k, v in fields.items())),
                None,
            )

        found = await until(find, what=what)
        assert found is not None  # until returns only a true value
        return found

    async def detail(self, case_id: str) -> dict[str, Any]:
        response = await self.call("GET", f"/api/mod/cases/{case_id}")
        assert response.status_code == 200, response.text
        detail: dict[str, Any] = response.json()
        return detail

    async def decide(self, case_id: str, **decision: Any) -> httpx.Response:
        return await self.call(
            "POST",
            f"/api/mod/cases/{case_id}/decision",
            {"facts": "Constaté dans la conversation.", **decision},
        )

    def labels(self) -> list[dict[str, Any]]:
        done = admin_cli(self.server, "labels", "export")
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    env = {
        "PAPOTE_SESSIONS_PER_IP": "1000",
        "PAPOTE_ENTRY_BURST_PER_IP": "1000",
        "PAPOTE_SAY_BURST": "100",
        "PAPOTE_DETECTION_REPEAT_AFTER": "2",
    }
    server = start_server(tmp_path / "data", env=env)
    try:
        token = await asyncio.to_thread(create_moderator, server, "alice")
        async with httpx.AsyncClient() as http:
            yield Desk(server=server, http=http, token=token)
    finally:
        server.stop()


def spans_of(detail: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for e in detail["evidence"] for s in e["content"]["detection"]["spans"]]


async def test_grooming_opens_an_urgent_case_first_seals_the_dm_and_holds_requests(
    desk: Desk,
) -> None:
    url = desk.server.url
    marc = await Client.enter(url, "Marc", gender="m", age=45)
    lea = await Client.enter(url, "Lea", gender="f", age=18)
    zoe = await Client.enter(url, "Zoe")
    temoin = await Client.enter(url, "Temoin")
    # A report and an insult first: the grooming case must still come first.
    await temoin.request(
        {"type": "report", "target_type": "user", "target_id": zoe.id, "category": "spam"}
    )
    await zoe.join("salon:general")
    await zoe.say("salon:general", "t'es un connard")
    await desk.case_where("insult", category="harassment")
    room = await open_dm(marc, lea, "salut")
    await marc.say(room, "t'as quel âge ?")
    await lea.say(room, "pourquoi ?")
    await marc.say(room, "t'es trop mignonne")
    said = await marc.say(room, "t'as snap ?")
    assert (await lea.expect("safety_card"))["about"]["id"] == marc.id

    case = await desk.case_where("grooming case", category="grooming")
    queue = await desk.queue()
    assert queue[0]["id"] == case["id"]  # child safety first, ahead of the older cases
    assert [c["category"] for c in queue[1:]] == ["harassment", "spam"]
    assert case["urgent"] and case["source"] == "SOURCE_VOLUNTARY"
    assert case["target_type"] == "dm" and case["target_id"] == room
    assert case["target_user_id"] == marc.id and case["detected"] == "grooming"
    assert case["score"] is not None and case["score"] >= 0.5
    # The DM is sealed as a report's evidence is, with the spans the detector matched.
    detail = await desk.detail(case["id"])
    (evidence,) = detail["evidence"]
    assert evidence["intact"] and evidence["content"]["reason"] == "automated_detection"
    assert evidence["content"]["message"]["msg_id"] == said["msg_id"]
    texts = {m["msg_id"]: m["text"] for m in evidence["content"]["context"]}
    assert len(texts) == 5  # the whole conversation so far
    spans = spans_of(detail)
    for span in spans:
        assert texts[span["msg_id"]][span["start"] : span["end"]] == span["text"]
    assert {s.get("move") for s in spans} >= {"age_question", "compliment"}
    assert any(s["label"] == "off_platform" and "snap" in s["text"] for s in spans)

    # While the case is open, Marc's new DM requests are held: sent for him, unseen.
    sent = await marc.request({"type": "dm_request", "to": zoe.id, "text": "coucou"})
    assert sent["type"] == "dm_request_sent"
    assert [f for f in await zoe.drain() if f["type"] == "dm_request"] == []
    again = await marc.request({"type": "dm_request", "to": zoe.id, "text": "coucou ?"})
    assert again["code"] == "request_pending"  # as if it were waiting for an answer
    # Zoe can still write to Marc (the pause is on him, not on people reaching him).
    asked = await zoe.request({"type": "dm_request", "to": marc.id, "text": "salut"})
    assert asked["type"] == "dm_request_sent"

    # A moderator decides: the statement says automated detection flagged it.
    decided = await desk.decide(case["id"], action="warning", category="grooming")
    assert decided.status_code == 200, decided.text
    notice = (await marc.expect("notice"))["notice"]
    assert notice["statement"]["automated_detection"] == "Yes"
    assert notice["statement"]["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
    assert "détection automatique" in notice["body"] and notice["appealable_until"]
    # ... and is kept as a label for training: the turns, no id, no pseudo.
    (label,) = [x for x in desk.labels() if x["case_id"] == case["id"]]
    assert (label["label"], label["verdict"], label["action"]) == (
        "grooming",
        "confirmed",
        "warning",
    )
    assert [t["speaker"] for t in label["turns"]] == ["A", "A", "B", "A", "A"]
    assert label["turns"][-1]["text"] == "t'as snap ?"
    assert marc.id not in json.dumps(label) and "Marc" not in json.dumps(label)
    for client in (marc, lea, zoe, temoin):
        await client.close()


async def test_dismissing_the_case_shows_the_suspect_s_held_requests_after_all(
    desk: Desk,
) -> None:
    url = desk.server.url
    marc = await Client.enter(url, "Marc", gender="m", age=45)
    lea = await Client.enter(url, "Lea", gender="f", age=18)
    zoe = await Client.enter(url, "Zoe")
    ines = await Client.enter(url, "Ines")
    room = await open_dm(marc, lea, "salut")
    await marc.say(room, "je sais où tu habites, tu vas le regretter")
    case = await desk.case_where("threat case", category="threat")
    # Paused while the case is open: Zoe never sees his request; Ines blocks him meanwhile.
    held = await marc.request({"type": "dm_request", "to": zoe.id, "text": "coucou"})
    blocked = await marc.request({"type": "dm_request", "to": ines.id, "text": "salut"})
    assert held["type"] == blocked["type"] == "dm_request_sent"
    assert (await ines.request({"type": "block", "user": marc.id}))["type"] == "ok"
    assert [f for f in await zoe.drain() if f["type"] == "dm_request"] == []
    # A false alarm: dismissed. Zoe gets the request now, and can answer it.
    done = await desk.decide(case["id"], action="dismiss", category="threat")
    assert done.status_code == 200, done.text
    shown = await zoe.expect("dm_request", request_id=held["request_id"])
    assert shown["from"]["id"] == marc.id and shown["text"] == "coucou"
    assert shown["expires_at"] == held["expires_at"]  # not a day more than it had
    accepted = await zoe.request({"type": "dm_accept", "request_id": held["request_id"]})
    assert accepted["type"] == "dm_opened"
    # Ines blocked him while it was held: it stays unseen.
    assert [f for f in await ines.drain() if f["type"] == "dm_request"] == []
    # No longer paused: his next request is shown at once.
    paul = await Client.enter(url, "Paul")
    sent = await marc.request({"type": "dm_request", "to": paul.id, "text": "bonjour"})
    await paul.expect("dm_request", request_id=sent["request_id"])
    for client in (marc, lea, zoe, ines, paul):
        await client.close()


async def test_a_minor_is_shown_out_with_a_statement_and_a_cool_down(desk: Desk) -> None:
    url = desk.server.url
    cookies = httpx.Cookies()
    async with httpx.AsyncClient(cookies=cookies) as http:
        entered = await http.post(
            f"{url}/api/session",
            json={"pseudo": "Lea", "gender": "f", "age": 18, "postal_code": "69001"},
        )
        assert entered.status_code == 201
        cookies.update(entered.cookies)
    lea = await Client.connect(url, entered.json())
    marc = await Client.enter(url, "Marc", gender="m", age=45)
    room = await open_dm(marc, lea, "salut")
    await lea.say(room, "j'ai 14 ans")

    # Shown out: the statement in her inbox, then "adults only" and the socket closed.
    notice = (await lea.expect("notice"))["notice"]
    assert notice["kind"] == "statement_of_reasons" and notice["appealable_until"]
    assert notice["statement"]["automated_detection"] == "Yes"
    assert notice["statement"]["automated_decision"] == "AUTOMATED_DECISION_FULLY"
    assert notice["statement"]["category_specification"] == "minor_on_site"
    assert "3018" in notice["body"]
    error = await lea.expect("error")
    assert error["code"] == "adults_only" and "3018" in error["message"]
    # The device and the address are kept out for the cool-down, whatever the pseudo.
    async with httpx.AsyncClient(cookies=cookies) as http:
        back = await http.post(
            f"{url}/api/session",
            json={"pseudo": "Lou", "gender": "f", "age": 19, "postal_code": "69001"},
        )
    assert back.status_code == 403 and back.json()["error"]["code"] == "adults_only"

    # Two cases: the DM with an adult, urgent, about him; and hers, for a person to review.
    dm_case = await desk.case_where("DM case", target_type="dm")
    assert dm_case["urgent"] and dm_case["target_user_id"] == marc.id
    assert dm_case["target_id"] == room and dm_case["category"] == "minor_on_site"
    her_case = await desk.case_where("her case", target_type="user", target_user_id=lea.id)
    assert not her_case["urgent"] and her_case["detected"] == "minor_disclosure"
    assert (await desk.queue())[0]["id"] == dm_case["id"]
    detail = await desk.detail(her_case["id"])
    (sanction,) = {s["statement_id"]: s for s in detail["history"]["sanctions"]}.values()
    assert sanction["action"] == "suspension" and sanction["created_by"] == "system:minor-cooldown"
    assert sanction["ends_at"] - sanction["starts_at"] == 24 * 3600
    assert "14 ans" in next(s["text"] for s in spans_of(detail))
    # Marc is not shown out: he is reviewed by a person.
    assert (await marc.request({"type": "ping"}))["type"] == "pong"
    await marc.close()
    await lea.close()


async def test_distress_opens_a_person_in_danger_case_that_is_never_a_sanction(
    desk: Desk,
) -> None:
    alice = await Client.enter(desk.server.url, "Alice")
    await alice.join("salon:general")
    await alice.say("salon:general", "j'ai envie de mourir")
    assert (await alice.expect("safety_card"))["kind"] == "help"
    case = await desk.case_where("self-harm case", category="self_harm")
    assert case["urgent"] and case["target_type"] == "message"
    for action in ("warning", "mute", "ban"):
        refused = await desk.decide(case["id"], action=action, category="self_harm")
        assert refused.status_code == 422
        assert refused.json()["error"]["code"] == "never_sanctioned"
    # Nothing happened to her, and the case is still open.
    await alice.say("salon:general", "merci")
    assert (await desk.detail(case["id"]))["case"]["status"] == "open"
    done = await desk.decide(case["id"], action="dismiss", category="self_harm")
    assert done.status_code == 200, done.text
    (label,) = desk.labels()
    assert (label["label"], label["verdict"]) == ("self_harm", "confirmed")
    assert label["text"] == "j'ai envie de mourir"
    await alice.close()


async def test_insults_go_to_the_queue_ranked_and_a_repeat_offender_is_slowed(
    desk: Desk,
) -> None:
    bob = await Client.enter(desk.server.url, "Bob")
    await bob.join("salon:general")
    first = await bob.say("salon:general", "t'es un connard")
    case = await desk.case_where("harassment case", category="harassment")
    assert not case["urgent"] and case["target_id"] == first["msg_id"]
    # The second one (repeat_after = 2 here) joins his case and slows him down.
    second = await bob.say("salon:general", "ferme ta gueule connard")

    async def slowed() -> bool:
        reply = await bob.request({"type": "say", "room": "salon:general", "text": "bon"})
        return reply.get("code") == "slow_mode"

    await until(slowed, what="slow mode")
    detail = await desk.detail(case["id"])
    assert [e["content"]["message"]["msg_id"] for e in detail["evidence"]] == [
        first["msg_id"],
        second["msg_id"],
    ]
    assert len(await desk.queue()) == 1
    # Dismissed as a false alarm: the labels say so.
    done = await desk.decide(case["id"], action="dismiss", category="harassment")
    assert done.status_code == 200
    assert {x["verdict"] for x in desk.labels()} == {"rejected"}
    await bob.close()


async def test_contact_details_in_a_recent_dm_are_masked_for_the_recipient(
    live_server: LiveServer,
) -> None:
    marc = await Client.enter(live_server.url, "Marc")
    lea = await Client.enter(live_server.url, "Lea")
    room = await open_dm(marc, lea, "bonsoir")
    text = "😀 mon snap c'est lea_2010, ou le 06 12 34 56 78, ou marc@example.test"
    said = await marc.say(room, text)
    got = await lea.expect("message", msg_id=said["msg_id"])
    assert got["text"] == text  # masked by the recipient's client, never altered
    kinds = [m["kind"] for m in got["mask"]]
    assert kinds == ["handle", "phone", "email"]
    # Offsets count code points (the emoji is one), as Python strings do.
    shown = [text[m["start"] : m["end"]] for m in got["mask"]]
    assert "lea_2010" in shown[0] and shown[1] == "06 12 34 56 78"
    assert shown[2] == "marc@example.test"
    card = await lea.expect("safety_card")
    assert (card["kind"], card["moves"], card["about"]["id"]) == ("warning", ["contact"], marc.id)
    # The same mask comes back with the history; asking for a handle masks nothing.
    history = await lea.request({"type": "history", "room": room, "before": 10**6, "limit": 10})
    assert [m.get("mask") is not None for m in history["messages"]] == [False, True]
    plain = await marc.say(room, "t'as snap ?")
    assert "mask" not in await lea.expect("message", msg_id=plain["msg_id"])
    assert await quiet(lea) == ["warning"]  # one card per DM and writer
    for client in (marc, lea):
        await client.close()


async def test_contact_details_are_not_masked_in_salons_or_when_switched_off(
    tmp_path: Path,
) -> None:
    server = start_server(tmp_path / "data", env={"PAPOTE_DETECTION_MASK_CONTACTS_DAYS": "0"})
    try:
        marc = await Client.enter(server.url, "Marc")
        lea = await Client.enter(server.url, "Lea")
        room = await open_dm(marc, lea, "bonsoir")
        said = await marc.say(room, "appelle moi au 06 12 34 56 78")
        assert "mask" not in await lea.expect("message", msg_id=said["msg_id"])
        await lea.join("salon:general")
        await marc.join("salon:general")
        said = await marc.say("salon:general", "mon mail marc@example.test")
        assert "mask" not in await lea.expect("message", msg_id=said["msg_id"])
        for client in (marc, lea):
            await client.close()
    finally:
        server.stop()


# ---------------------------------------------------------------- held in salons (§4)


async def in_salon(url: str, room: str, *pseudos: str) -> list[Client]:
    """People who entered and joined ``room``, in order."""
    clients = [await Client.enter(url, pseudo) for pseudo in pseudos]
    for client in clients:
        await client.join(room)
    return clients


def said_ids(frames: list[dict[str, Any]]) -> list[str]:
    return [f["msg_id"] for f in frames if f.get("type") == "message"]


async def test_a_dealer_s_salon_message_is_held_until_a_moderator_releases_it(
    desk: Desk,
) -> None:
    url, room = desk.server.url, "salon:general"
    ana = await Client.enter(url, "Ana")
    sam = await Client.enter(url, "Sam")
    ben = await Client.enter(url, "Ben")
    for client in (ana, sam, ben):
        await client.join(room)
    before = await ana.say(room, "bonjour tout le monde")
    held = await sam.say(room, "je vends de la beuh, dispo ce soir")
    after = await ana.say(room, "quelqu'un a vu le match ?")
    # The writer sees it sent, like any message; the others never get it.
    echo = await sam.expect("message", msg_id=held["msg_id"])
    assert echo["seq"] == held["seq"] == before["seq"] + 1 and "released" not in echo
    await ben.expect("message", msg_id=after["msg_id"])
    assert held["msg_id"] not in said_ids(ben.frames) + said_ids(ana.frames)
    # Nor does anyone who joins or loads the history meanwhile, but its writer.
    cleo = await Client.enter(url, "Cleo")
    joined = await cleo.join(room)
    assert [m["msg_id"] for m in joined["history"]] == [before["msg_id"], after["msg_id"]]
    mine = await sam.request({"type": "history", "room": room, "before": 1000, "limit": 10})
    assert held["msg_id"] in [m["msg_id"] for m in mine["messages"]]

    case = await desk.case_where("held message case", category="drugs")
    assert case["target_id"] == held["msg_id"] and case["detected"] == "drugs"
    (evidence,) = (await desk.detail(case["id"]))["evidence"]
    assert evidence["content"]["message"]["held"] == "drugs"
    # No violation: the message is delivered, late, at its own place.
    done = await desk.decide(case["id"], action="dismiss", category="drugs")
    assert done.status_code == 200, done.text
    for client in (ana, ben, cleo):
        late = await client.expect("message", msg_id=held["msg_id"])
        assert late["released"] is True and late["seq"] == held["seq"]
        assert late["text"] == "je vends de la beuh, dispo ce soir"
    dana = await Client.enter(url, "Dana")
    history = (await dana.join(room))["history"]
    assert [m["seq"] for m in history] == [before["seq"], held["seq"], after["seq"]]
    assert all("released" not in m for m in history)  # in the history, a message like any
    for client in (ana, sam, ben, cleo, dana):
        await client.close()


async def test_the_queue_marks_a_case_that_holds_messages_and_ranks_it_first_of_its_category(
    desk: Desk,
) -> None:
    room = "salon:general"
    ana, sam = await in_salon(desk.server.url, room, "Ana", "Sam")
    # An ordinary drugs case first: a report (it counts as certain, and it is older).
    line = await ana.say(room, "on se retrouve ce soir au parc ?")
    await sam.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": line["msg_id"],
            "category": "drugs",
        }
    )
    reported = await desk.case_where("reported case", target_id=line["msg_id"])
    assert reported["held"] == 0 and reported["held_since"] is None
    first = await sam.say(room, "je vends de la beuh, dispo ce soir")
    second = await sam.say(room, "beuh dispo, livraison rapide")
    case = await desk.case_where("held case", target_id=first["msg_id"])
    # Both held messages join one case; the queue shows the count and the oldest's time.
    await until(lambda: _held_count(desk, case["id"], 2), what="the second message joins the case")
    queue = await desk.queue()
    ids = [c["id"] for c in queue]
    held = queue[ids.index(case["id"])]
    assert held["held"] == 2 and held["held_overdue"] is False
    echo = await sam.expect("message", msg_id=first["msg_id"])
    assert held["held_since"] == pytest.approx(echo["ts"] / 1000, abs=0.01)
    assert second["msg_id"] in (await desk.detail(case["id"]))["held"]
    # Same category: the held case ranks above the report, though younger and less sure.
    assert ids.index(case["id"]) < ids.index(reported["id"])
    # Decided: nothing is held any more.
    done = await desk.decide(case["id"], action="dismiss", category="drugs")
    assert done.status_code == 200, done.text
    for client in (ana, sam):
        await client.close()


async def test_an_appeal_that_reverses_a_refusal_publishes_the_held_message(desk: Desk) -> None:
    room = "salon:general"
    sam, ben = await in_salon(desk.server.url, room, "Sam", "Ben")
    before = await ben.say(room, "qui vient au concert samedi ?")
    held = await sam.say(room, "j'ai 2 places a vendre, livraison discrete de beuh en plus")
    after = await ben.say(room, "moi je viens")
    case = await desk.case_where("held case", target_id=held["msg_id"])
    refused = await desk.decide(case["id"], action="delete_message", category="drugs")
    assert refused.status_code == 200, refused.text
    await sam.expect("message_deleted", msg_id=held["msg_id"])
    notice = (await sam.expect("notice"))["notice"]
    key = notice["url"].split("key=")[1]
    url = desk.server.url
    filed = await desk.http.post(
        f"{url}/api/notices/{notice['id']}/appeal",
        json={"key": key, "text": "Je parlais de places de concert, la beuh c'etait une blague."},
    )
    assert filed.status_code == 201, filed.text
    (appeal,) = (await desk.call("GET", "/api/mod/appeals")).json()
    # Another moderator reverses the refusal: the message is published at its place.
    bruno = await asyncio.to_thread(create_moderator, desk.server, "bruno")
    reversed_ = await desk.http.post(
        f"{url}/api/mod/appeals/{appeal['id']}/decision",
        json={"outcome": "reverse", "explanation": "Contexte de concert."},
        headers={"Authorization": f"Bearer {bruno}"},
    )
    assert reversed_.status_code == 200, reversed_.text
    late = await ben.expect("message", msg_id=held["msg_id"])
    assert late["released"] is True and late["seq"] == held["seq"]
    # Its writer too (their screen had dropped it with the refusal).
    await sam.next(lambda f: f.get("msg_id") == held["msg_id"] and f.get("released") is True)
    outcome = await sam.next(
        lambda f: f.get("type") == "notice" and f["notice"]["kind"] == "appeal_decision"
    )
    assert "annulée" in outcome["notice"]["body"]
    assert "publié dans le salon" in outcome["notice"]["body"]
    # Everyone's history has it at its place from now on (the ring had withdrawn it).
    cleo = await Client.enter(url, "Cleo")
    history = (await cleo.join(room))["history"]
    assert [m["msg_id"] for m in history][-3:] == [
        before["msg_id"],
        held["msg_id"],
        after["msg_id"],
    ]
    detail = await desk.detail(case["id"])
    assert detail["held"] == []  # nothing waits any more
    for client in (sam, ben, cleo):
        await client.close()


async def test_someone_away_during_a_release_gets_it_when_they_resume_with_since(
    desk: Desk,
) -> None:
    room = "salon:general"
    ana, sam, ben = await in_salon(desk.server.url, room, "Ana", "Sam", "Ben")
    held = await sam.say(room, "je vends de la beuh, dispo ce soir")
    seen = await ben.say(room, "on joue ce soir ?")
    await ana.expect("message", msg_id=seen["msg_id"])
    await ana.close()  # away: Ana saw up to `seen`
    case = await desk.case_where("held case", target_id=held["msg_id"])
    done = await desk.decide(case["id"], action="dismiss", category="drugs")
    assert done.status_code == 200, done.text
    await ben.expect("message", msg_id=held["msg_id"])
    later = await ben.say(room, "ah bah finalement non")
    # Ana comes back (her reconnect resumes from the last seq she saw): the message
    # released meanwhile comes with what was said since, where it was released.
    back = await Client.enter(desk.server.url, "Ana2")
    resumed = await back.join(room, since=seen["seq"])
    got = [(m["msg_id"], m.get("released", False)) for m in resumed["history"]]
    assert got == [(held["msg_id"], True), (later["msg_id"], False)]
    assert resumed["has_more"] is False
    # Who saw what came after the release gets nothing twice; a full load has it in place.
    cleo = await Client.enter(desk.server.url, "Cleo")
    assert (await cleo.join(room, since=later["seq"]))["history"] == []
    await cleo.request({"type": "leave", "room": room})
    full = [m["msg_id"] for m in (await cleo.join(room))["history"]][-3:]
    assert full == [held["msg_id"], seen["msg_id"], later["msg_id"]]
    for client in (sam, ben, back, cleo):
        await client.close()


async def test_a_held_message_unread_too_long_tells_its_writer_it_still_waits(
    tmp_path: Path,
) -> None:
    # held_max_minutes of 1.2 s: the reminder runs every second (the timing itself is
    # tested on a fake clock in tests/service/test_held_messages.py).
    server = start_server(tmp_path / "data", env={"PAPOTE_DETECTION_HELD_MAX_MINUTES": "0.02"})
    try:
        room = "salon:general"
        sam, ben = await in_salon(server.url, room, "Sam", "Ben")
        held = await sam.say(room, "je vends de la beuh, dispo ce soir")
        waiting = await sam.next(lambda f: f.get("type") == "notice", timeout=10 * UNIT)
        notice = waiting["notice"]
        assert notice["kind"] == "held_waiting" and notice.get("appealable_until") is None
        assert "attend la vérification" in notice["body"]
        assert notice["about"]["quote"] == "je vends de la beuh, dispo ce soir"
        # Still held: never published unread.
        await ben.say(room, "ping")
        assert held["msg_id"] not in said_ids(await ben.drain())
        for client in (sam, ben):
            await client.close()
    finally:
        server.stop()


async def _held_count(desk: Desk, case_id: str, count: int) -> bool:
    return any(c["id"] == case_id and c["held"] == count for c in await desk.queue())


async def test_a_refused_held_message_stays_out_and_its_writer_is_told_why(desk: Desk) -> None:
    room = "salon:general"
    sam, ben = await in_salon(desk.server.url, room, "Sam", "Ben")
    held = await sam.say(room, "felicitations tu as gagne, reclame ton cadeau ici")
    await sam.expect("message", msg_id=held["msg_id"])
    case = await desk.case_where("scam case", category="scam")
    done = await desk.decide(case["id"], action="delete_message", category="scam")
    assert done.status_code == 200, done.text
    # Off its writer's screen, with a statement of reasons: automated detection, appealable.
    await sam.expect("message_deleted", msg_id=held["msg_id"])
    notice = (await sam.expect("notice"))["notice"]
    assert notice["statement"]["automated_detection"] == "Yes"
    assert notice["statement"]["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
    assert notice["appealable_until"]
    # Never delivered, in nobody's history, its writer's included; kept as evidence.
    assert held["msg_id"] not in said_ids(await ben.drain())
    for client in (sam, ben):
        reply = await client.request({"type": "history", "room": room, "before": 1000, "limit": 10})
        assert held["msg_id"] not in [m["msg_id"] for m in reply["messages"]]
    (evidence,) = (await desk.detail(case["id"]))["evidence"]
    assert evidence["intact"] and evidence["content"]["message"]["msg_id"] == held["msg_id"]
    for client in (sam, ben):
        await client.close()
