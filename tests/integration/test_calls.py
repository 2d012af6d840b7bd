"""1:1 calls over the real WebSocket (docs/protocol.md §2.6): every signalling rule.

No call without an open DM; a blocked person's call never rings; SDP and ICE go only to
the other party, only from the socket that holds the call, only once it is accepted;
blocking or a ban hangs up; call requests are rate limited; oversized SDP is refused with
a clear error. One server for the module (each test uses its own people).
"""

from __future__ import annotations

import asyncio
import io
import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.conftest import LiveServer, create_moderator, start_server
from tests.integration.client import Client, Frame

_names = itertools.count(1)

GRACE = 1.5  # seconds an active call waits for a dropped socket (reconnect_grace_seconds)

OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
CANDIDATE = {
    "candidate": "candidate:1 1 udp 2122260223 192.0.2.2 50000 typ host",
    "sdpMid": "0",
    "sdpMLineIndex": 0,
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(
        tmp_path_factory.mktemp("calls") / "data",
        env={
            "PAPOTE_SESSIONS_PER_IP": "1000",
            "PAPOTE_ENTRY_BURST_PER_IP": "1000",
            "PAPOTE_CALLS_RING_SECONDS": "2",
            "PAPOTE_CALLS_STUN_URLS": "stun:stun.example.org:3478",
            "PAPOTE_CALLS_TURN_URLS": "turn:turn.example.org:3478?transport=udp",
            "PAPOTE_CALLS_TURN_SECRET": "north-wind",
            "PAPOTE_CALLS_MAX_SDP_BYTES": "4096",
            "PAPOTE_CALLS_RECONNECT_GRACE_SECONDS": str(GRACE),
            "PAPOTE_MEDIA_CLASSIFIER": "",  # no nudity model to load for a test still
        },
    )
    try:
        yield live
    finally:
        live.stop()


async def people(server: LiveServer, count: int) -> list[Client]:
    return [await Client.enter(server.url, f"Appel{next(_names)}") for _ in range(count)]


async def open_dm(a: Client, b: Client) -> str:
    await a.request({"type": "dm_request", "to": b.id, "text": "Salut"})
    request = await b.expect("dm_request")
    opened = await b.request({"type": "dm_accept", "request_id": request["request_id"]})
    await a.expect("dm_opened")
    room: str = opened["room"]
    return room


async def ring(caller: Client, callee: Client, room: str) -> str:
    placed = await caller.request({"type": "call_request", "room": room})
    assert placed["type"] == "call_placed", placed
    incoming = await callee.expect("call_incoming", call=placed["call"])
    assert incoming["from"]["id"] == caller.id and incoming["room"] == room
    call: str = placed["call"]
    return call


async def connected(caller: Client, callee: Client, room: str) -> str:
    call = await ring(caller, callee, room)
    accepted = await callee.request({"type": "call_accept", "call": call})
    assert accepted["type"] == "call_accepted", accepted
    await caller.expect("call_accepted", call=call)
    return call


async def close_all(*clients: Client) -> None:
    for client in clients:
        await client.close()


def of_type(frames: list[Frame], kind: str) -> list[Frame]:
    return [f for f in frames if f.get("type") == kind]


async def test_a_call_after_consent_relays_sdp_and_ice_only_between_the_two(
    server: LiveServer,
) -> None:
    alice, bob, eve = await people(server, 3)
    room = await open_dm(alice, bob)
    assert alice.frames[0]["calls"] is True
    # Ringing carries nothing but the call: an offer before the answer is refused.
    call = await ring(alice, bob, room)
    early = await alice.request({"type": "call_sdp", "call": call, "kind": "offer", "sdp": OFFER})
    assert early["code"] == "call_over"
    accepted = await bob.request({"type": "call_accept", "call": call})
    # Each side gets its own TURN credentials: "<expiry>:<user>", HMAC-SHA1 of it.
    turn = accepted["ice"]["servers"][1]
    assert turn["username"].endswith(f":{bob.id}") and len(turn["credential"]) == 28
    assert accepted["ice"]["servers"][0] == {"urls": ["stun:stun.example.org:3478"]}
    await alice.expect("call_accepted", call=call)

    await alice.send({"type": "call_sdp", "call": call, "kind": "offer", "sdp": OFFER})
    assert (await bob.expect("call_sdp", call=call))["sdp"] == OFFER
    await bob.send({"type": "call_sdp", "call": call, "kind": "answer", "sdp": OFFER})
    assert (await alice.expect("call_sdp", call=call))["kind"] == "answer"
    await bob.send({"type": "call_ice", "call": call, "candidates": [CANDIDATE]})
    assert (await alice.expect("call_ice", call=call))["candidates"] == [CANDIDATE]
    await alice.send({"type": "call_media", "call": call, "camera": True, "mic": False})
    assert (await bob.expect("call_media", call=call))["camera"] is True

    # A stranger can neither see nor touch the call, and heard nothing of it.
    stranger = await eve.request({"type": "call_ice", "call": call, "candidates": [CANDIDATE]})
    assert stranger["code"] == "no_such_call"
    assert (await eve.request({"type": "call_hangup", "call": call}))["code"] == "no_such_call"
    assert not [f for f in await eve.drain() if f["type"].startswith("call_")]

    # Bob's second tab did not take the call: it cannot speak for it.
    bob_tab = await Client.connect(server.url, bob.session)
    other = await bob_tab.request({"type": "call_ice", "call": call, "candidates": [CANDIDATE]})
    assert other["code"] == "not_in_call"

    assert (await alice.request({"type": "call_hangup", "call": call}))["type"] == "ok"
    ended = await bob.expect("call_ended", call=call)
    assert ended["reason"] == "hangup" and ended["duration"] >= 0
    late = await alice.request({"type": "call_ice", "call": call, "candidates": [CANDIDATE]})
    assert late["code"] == "call_over"
    await close_all(alice, bob, bob_tab, eve)


async def test_no_call_without_an_open_dm(server: LiveServer) -> None:
    alice, bob, carol = await people(server, 3)
    room = await open_dm(alice, bob)
    for target in ("salon:general", room.replace("dm:", "room:"), "dm:nope"):
        refused = await carol.request({"type": "call_request", "room": target})
        assert refused["code"] == "call_needs_dm", (target, refused)
    # Someone else's DM: refused as well, and neither of them hears a thing.
    assert (await carol.request({"type": "call_request", "room": room}))["code"] == "call_needs_dm"
    bad = await carol.request({"type": "call_request", "room": "nimporte"})
    assert bad["code"] == "bad_room"
    assert not of_type(await bob.drain(), "call_incoming")
    # A request still waiting for its answer is no open DM either.
    await carol.request({"type": "dm_request", "to": alice.id, "text": "Coucou"})
    assert not [f for f in await alice.drain() if f["type"] == "dm_opened"]
    await close_all(alice, bob, carol)


async def test_a_blocked_persons_call_never_rings_and_gets_no_answer(server: LiveServer) -> None:
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    assert (await alice.request({"type": "block", "user": bob.id}))["type"] == "ok"
    placed = await bob.request({"type": "call_request", "room": room})
    assert placed["type"] == "call_placed"  # Bob is never told he is blocked
    ended = await bob.expect("call_ended", call=placed["call"])  # after ring_seconds
    assert ended["reason"] == "no_answer"
    assert not [f for f in await alice.drain() if f["type"].startswith("call_")]
    # Alice cannot even answer a call that never rang for her.
    answer = await alice.request({"type": "call_accept", "call": placed["call"]})
    assert answer["code"] == "no_such_call"
    # The one who blocked cannot call either, until she unblocks.
    refused = await alice.request({"type": "call_request", "room": room})
    assert refused["code"] == "call_blocked"
    await close_all(alice, bob)


async def test_declined_unanswered_and_cancelled_calls(server: LiveServer) -> None:
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    bob_tab = await Client.connect(server.url, bob.session)
    call = await ring(alice, bob, room)
    await bob_tab.expect("call_incoming", call=call)  # every tab rings
    assert (await bob.request({"type": "call_decline", "call": call}))["type"] == "ok"
    assert (await alice.expect("call_ended", call=call))["reason"] == "no_answer"
    assert (await bob_tab.expect("call_ended", call=call))["reason"] == "declined"
    assert (await bob_tab.request({"type": "call_accept", "call": call}))["code"] == "call_over"

    unanswered = await ring(alice, bob, room)
    assert (await alice.expect("call_ended", call=unanswered))["reason"] == "no_answer"
    assert (await bob.expect("call_ended", call=unanswered))["reason"] == "missed"

    cancelled = await ring(bob, alice, room)
    await bob.request({"type": "call_hangup", "call": cancelled})
    assert (await alice.expect("call_ended", call=cancelled))["reason"] == "missed"
    assert (await bob.expect("call_ended", call=cancelled))["reason"] == "cancelled"

    # Answered in one tab: the other stops ringing.
    answered = await ring(alice, bob, room)
    await bob_tab.request({"type": "call_accept", "call": answered})
    await bob.expect("call_accepted", call=answered)
    assert (await bob.request({"type": "call_accept", "call": answered}))["code"] == "call_over"
    # Busy: a third person calling either of them.
    carol = (await people(server, 1))[0]
    carol_room = await open_dm(carol, alice)
    busy = await carol.request({"type": "call_request", "room": carol_room})
    assert (await carol.expect("call_ended", call=busy["call"]))["reason"] == "busy"
    again = await alice.request({"type": "call_request", "room": room})
    assert again["code"] == "call_busy"
    # The tab that held the call closes and does not come back: after the grace, the
    # call ends for the other side.
    await bob_tab.close()
    assert (await alice.expect("call_ended", call=answered))["reason"] == "disconnected"
    await close_all(alice, bob, carol)


async def test_a_call_survives_a_socket_drop_within_the_grace_and_ends_after_it(
    server: LiveServer,
) -> None:
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    call = await connected(alice, bob, room)
    await alice.send({"type": "call_sdp", "call": call, "kind": "offer", "sdp": OFFER})
    await bob.expect("call_sdp", call=call)
    # Bob's socket drops; his tab reconnects with the same session and takes the call
    # back: signalling goes on from the new socket, both ways, and nothing ended it.
    await bob.close()
    bob = await Client.connect(server.url, bob.session)
    assert (await bob.request({"type": "call_resume", "call": call}))["type"] == "ok"
    await alice.send({"type": "call_sdp", "call": call, "kind": "offer", "sdp": OFFER})
    assert (await bob.expect("call_sdp", call=call))["kind"] == "offer"
    await bob.send({"type": "call_ice", "call": call, "candidates": [CANDIDATE]})
    assert (await alice.expect("call_ice", call=call))["candidates"] == [CANDIDATE]
    # Past the first socket's grace: the call still goes on (its timer was disarmed).
    # Nothing to wait for here but time: what is checked is that nothing happens.
    await asyncio.sleep(GRACE * 1.5)
    await bob.send({"type": "call_media", "call": call, "camera": False, "mic": True})
    await alice.expect("call_media", call=call)
    assert of_type(await alice.drain(), "call_ended") == []
    # Someone else cannot take it over.
    eve = (await people(server, 1))[0]
    assert (await eve.request({"type": "call_resume", "call": call}))["code"] == "no_such_call"
    # Alice's socket drops and she does not come back: Bob's call ends after the grace,
    # and her late tab is told it is over.
    session = alice.session
    await alice.close()
    assert (await bob.expect("call_ended", call=call))["reason"] == "disconnected"
    alice = await Client.connect(server.url, session)
    assert (await alice.request({"type": "call_resume", "call": call}))["code"] == "call_over"
    # A ringing call does not wait: the caller's socket drops, it stops ringing at once.
    ringing = await ring(alice, bob, room)
    await alice.close()
    assert (await bob.expect("call_ended", call=ringing))["reason"] == "missed"
    await close_all(bob, eve)


async def test_blocking_hangs_up_at_once(server: LiveServer) -> None:
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    call = await connected(alice, bob, room)
    await bob.request({"type": "block", "user": alice.id})
    assert (await bob.expect("call_ended", call=call))["reason"] == "blocked"
    # Alice hears a plain hang-up, never that she was blocked.
    assert (await alice.expect("call_ended", call=call))["reason"] == "hangup"
    # Blocking from the ringing card ("bloquer et signaler") ends the ringing too.
    carol = (await people(server, 1))[0]
    carol_room = await open_dm(carol, alice)
    ringing = await ring(carol, alice, carol_room)
    await alice.request({"type": "block", "user": carol.id})
    assert (await carol.expect("call_ended", call=ringing))["reason"] == "no_answer"
    await close_all(alice, bob, carol)


async def test_call_requests_are_rate_limited(server: LiveServer) -> None:
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    for _ in range(3):  # the burst
        call = await ring(alice, bob, room)
        await alice.request({"type": "call_hangup", "call": call})
    refused = await alice.request({"type": "call_request", "room": room})
    assert refused["code"] == "rate_limited" and refused["retry_after"] > 0
    await close_all(alice, bob)


async def test_bad_signalling_sizes_are_refused_with_a_clear_error(server: LiveServer) -> None:
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    call = await connected(alice, bob, room)
    # Over max_sdp_bytes (4096 here) but within the frame cap: refused by the service.
    big = await alice.request(
        {"type": "call_sdp", "call": call, "kind": "offer", "sdp": "a" * 5000}
    )
    assert big["code"] == "sdp_too_large" and big["field"] == "sdp"
    assert "4096" in big["message"]
    # Far over: refused by the codec before it is parsed, the id still echoed.
    huge = await alice.request(
        {"type": "call_sdp", "call": call, "kind": "offer", "sdp": "a" * 30000}
    )
    assert huge["code"] == "sdp_too_large"
    # Any other frame over max_frame_bytes is still frame_too_large.
    await alice.send(
        {"type": "call_media", "call": call, "camera": True, "mic": True, "x": "a" * 9000}
    )
    await alice.expect("error", code="frame_too_large")
    many = await alice.request({"type": "call_ice", "call": call, "candidates": [CANDIDATE] * 21})
    assert many["code"] == "too_many_candidates"
    long_candidate = {**CANDIDATE, "candidate": "c" * 2000}
    bad = await alice.request({"type": "call_ice", "call": call, "candidates": [long_candidate]})
    assert bad["code"] == "out_of_range"
    wrong = await alice.request({"type": "call_sdp", "call": call, "kind": "pranswer", "sdp": "x"})
    assert wrong["code"] == "wrong_type"
    # Nothing of it reached Bob; the call goes on.
    assert not of_type(await bob.drain(), "call_sdp")
    await alice.send({"type": "call_sdp", "call": call, "kind": "offer", "sdp": OFFER})
    await bob.expect("call_sdp", call=call)
    await close_all(alice, bob)


async def test_report_a_call_with_a_still_and_moderators_see_metadata_and_end_calls(
    server: LiveServer,
) -> None:
    token = await asyncio.to_thread(create_moderator, server, f"modo{next(_names)}")
    headers = {"Authorization": f"Bearer {token}"}
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    call = await connected(alice, bob, room)
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        live = (await http.get("/api/mod/calls?live=1", headers=headers)).json()
        mine = [c for c in live if c["id"] == call]
        assert mine and mine[0]["state"] == "active"
        assert mine[0]["caller"]["id"] == alice.id and mine[0]["callee"]["id"] == bob.id
        assert set(mine[0]) >= {"rang_at", "answered_at", "duration", "room"}
        assert "sdp" not in str(mine[0])  # metadata, never content

        # Bob captures a still of his own screen and uploads it as evidence.
        picture = io.BytesIO()
        Image.new("RGB", (64, 48), (200, 30, 30)).save(picture, "PNG")
        user_headers = {"Authorization": f"Bearer {bob.session['token']}"}
        uploaded = await http.post(
            f"/api/media?room={room}&evidence=1",
            content=picture.getvalue(),
            headers={**user_headers, "Content-Type": "image/png"},
        )
        assert uploaded.status_code == 201, uploaded.text
        still = uploaded.json()["id"]
        # Evidence is never a message.
        await bob.join(room)
        sent = await bob.request({"type": "say", "room": room, "text": "", "media": still})
        assert sent["code"] == "no_such_media"
        ack = await bob.request(
            {
                "type": "report",
                "target_type": "call",
                "target_id": call,
                "category": "sexual_content",
                "still": still,
            }
        )
        assert ack["type"] == "report_ack", ack
        # Not a party: nothing to report; someone else's still: refused.
        eve = (await people(server, 1))[0]
        nope = await eve.request(
            {"type": "report", "target_type": "call", "target_id": call, "category": "spam"}
        )
        assert nope["code"] == "no_such_target"
        theirs = await alice.request(
            {
                "type": "report",
                "target_type": "call",
                "target_id": call,
                "category": "spam",
                "still": still,
            }
        )
        assert theirs["code"] == "still_invalid"

        cases = (await http.get("/api/mod/cases", headers=headers)).json()
        case = next(c for c in cases if c["target_id"] == call)
        assert case["target_type"] == "call" and case["target_user_id"] == alice.id
        detail = (await http.get(f"/api/mod/cases/{case['id']}", headers=headers)).json()
        sealed: dict[str, Any] = detail["evidence"][0]["content"]
        assert sealed["call"]["caller"] == alice.id and sealed["call"]["answered_at"]
        assert sealed["still"]["uploader_id"] == bob.id and sealed["still"]["evidence_blob"]

        ended = await http.post(f"/api/mod/calls/{call}/end", headers=headers)
        assert ended.status_code == 200, ended.text
        assert (await alice.expect("call_ended", call=call))["reason"] == "moderation"
        assert (await bob.expect("call_ended", call=call))["reason"] == "moderation"
        again = await http.post(f"/api/mod/calls/{call}/end", headers=headers)
        assert again.status_code == 409
    await close_all(alice, bob, eve)


async def test_a_ban_ends_the_call(server: LiveServer) -> None:
    token = await asyncio.to_thread(create_moderator, server, f"modo{next(_names)}")
    headers = {"Authorization": f"Bearer {token}"}
    alice, bob = await people(server, 2)
    room = await open_dm(alice, bob)
    call = await connected(alice, bob, room)
    async with httpx.AsyncClient(base_url=server.url) as http:
        opened = await http.post(
            "/api/mod/cases",
            json={"target_type": "user", "target_id": alice.id, "category": "harassment"},
            headers=headers,
        )
        assert opened.status_code == 201, opened.text
        decided = await http.post(
            f"/api/mod/cases/{opened.json()['id']}/decision",
            json={"action": "suspension", "duration": 3600, "facts": "Harcèlement en appel."},
            headers=headers,
        )
        assert decided.status_code == 200, decided.text
    assert (await bob.expect("call_ended", call=call))["reason"] == "moderation"
    assert (await alice.expect("error"))["code"] == "banned"
    await close_all(alice, bob)
