"""DM requests as people use them (issue 10 point 8): their time, withdrawing one,
expiry ("sans réponse", never "refusée"), reporting and blocking from a request."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import LiveServer, start_server
from tests.integration.client import Client


async def test_a_request_carries_its_time_and_the_sender_can_withdraw_it(
    live_server: LiveServer,
) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    bob = await Client.enter(live_server.url, "Bob")
    before = int(time.time() * 1000)
    sent = await bob.request({"type": "dm_request", "to": alice.id, "text": "Salut !"})
    assert sent["type"] == "dm_request_sent"
    assert before - 1000 <= sent["ts"] <= int(time.time() * 1000) + 1000
    assert sent["expires_at"] == sent["ts"] + 3600 * 1000
    incoming = await alice.expect("dm_request")
    assert incoming["ts"] == sent["ts"] and incoming["expires_at"] == sent["expires_at"]

    # After a reload the sender still sees it, pending.
    bob_again = await Client.connect(live_server.url, bob.session)
    outgoing = bob_again.frames[0]["outgoing"]
    assert [(o["request_id"], o["to"]["id"], o["text"]) for o in outgoing] == [
        (sent["request_id"], alice.id, "Salut !")
    ]
    await bob_again.close()

    assert (await bob.request({"type": "dm_withdraw", "request_id": sent["request_id"]}))[
        "type"
    ] == "ok"
    ended = await alice.expect("dm_request_ended")
    assert ended == {
        "type": "dm_request_ended",
        "request_id": sent["request_id"],
        "reason": "withdrawn",
    }
    late = await alice.request({"type": "dm_accept", "request_id": sent["request_id"]})
    assert late["code"] == "bad_request_state"
    # Only the sender can withdraw; a new request can be sent after withdrawing.
    assert (await alice.request({"type": "dm_withdraw", "request_id": sent["request_id"]}))[
        "code"
    ] == "no_such_request"
    again = await bob.request({"type": "dm_request", "to": alice.id, "text": "Pardon"})
    assert again["type"] == "dm_request_sent"
    alice_again = await Client.connect(live_server.url, alice.session)
    assert [r["text"] for r in alice_again.frames[0]["requests"]] == ["Pardon"]
    for client in (alice, alice_again, bob):
        await client.close()


@pytest.fixture
def quick_expiry(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_server(
        tmp_path / "d",
        env={"PAPOTE_DM_REQUEST_TTL_SECONDS": "2", "PAPOTE_ENTRY_BURST_PER_IP": "100"},
    )
    try:
        yield live
    finally:
        live.stop()


async def test_unanswered_requests_expire_and_the_sender_cannot_tell_a_decline(
    quick_expiry: LiveServer,
) -> None:
    alice = await Client.enter(quick_expiry.url, "Alice")
    carol = await Client.enter(quick_expiry.url, "Carol")
    bob = await Client.enter(quick_expiry.url, "Bob")
    to_alice = await bob.request({"type": "dm_request", "to": alice.id, "text": "Coucou"})
    to_carol = await bob.request({"type": "dm_request", "to": carol.id, "text": "Coucou"})
    ignored = await alice.expect("dm_request")
    declined = await carol.expect("dm_request")
    await carol.request({"type": "dm_decline", "request_id": declined["request_id"]})

    ends = [await bob.expect("dm_request_ended", reason="expired") for _ in range(2)]
    assert {e["request_id"] for e in ends} == {to_alice["request_id"], to_carol["request_id"]}
    # The addressee who had not answered sees it go; the one who declined had it gone.
    assert (await alice.expect("dm_request_ended"))["request_id"] == ignored["request_id"]
    assert (await alice.request({"type": "dm_accept", "request_id": ignored["request_id"]}))[
        "code"
    ] == "bad_request_state"
    await carol.drain()
    assert not [f for f in carol.frames if f["type"] == "dm_request_ended"]
    reloaded = await Client.connect(quick_expiry.url, bob.session)
    assert reloaded.frames[0]["outgoing"] == []
    for client in (alice, bob, carol, reloaded):
        await client.close()


async def test_a_request_can_be_reported_and_blocked_by_its_addressee(
    live_server: LiveServer,
) -> None:
    alice = await Client.enter(live_server.url, "Alice")
    troll = await Client.enter(live_server.url, "Troll")
    eve = await Client.enter(live_server.url, "Eve")
    sent = await troll.request({"type": "dm_request", "to": alice.id, "text": "Arnaque ici"})
    await alice.expect("dm_request")
    report = {
        "type": "report",
        "target_type": "dm_request",
        "target_id": sent["request_id"],
        "category": "scam",
    }
    # Only the addressee can point at a request.
    assert (await eve.request(report))["code"] == "no_such_target"
    ack = await alice.request(report)
    assert ack["type"] == "report_ack", ack
    assert (await alice.request({"type": "block", "user": troll.id}))["type"] == "ok"
    reloaded = await Client.connect(live_server.url, alice.session)
    assert reloaded.frames[0]["requests"] == []
    # The troll is never told: its side still shows the request pending.
    troll_again = await Client.connect(live_server.url, troll.session)
    assert [o["request_id"] for o in troll_again.frames[0]["outgoing"]] == [sent["request_id"]]
    for client in (alice, troll, eve, reloaded, troll_again):
        await client.close()


async def test_an_accepted_request_opens_the_dm_in_every_tab_of_both(
    live_server: LiveServer,
) -> None:
    # docs/protocol.md §2.2: `dm_opened` to both people, every live connection; the
    # accepter's other tab was left with the request and no DM until its next hello.
    alice = await Client.enter(live_server.url, "Alice")
    alice_tab = await Client.connect(live_server.url, alice.session)
    bob = await Client.enter(live_server.url, "Bob")
    bob_tab = await Client.connect(live_server.url, bob.session)
    await bob.request({"type": "dm_request", "to": alice.id, "text": "Salut !"})
    request = await alice.expect("dm_request")
    await alice_tab.expect("dm_request")
    opened = await alice.request({"type": "dm_accept", "request_id": request["request_id"]})
    assert opened["type"] == "dm_opened" and opened["with"]["id"] == bob.id
    told = await alice_tab.expect("dm_opened")
    assert (told["room"], told["with"]["id"]) == (opened["room"], bob.id)
    assert "re" not in told
    for tab in (bob, bob_tab):
        assert (await tab.expect("dm_opened"))["room"] == opened["room"]
    for client in (alice, alice_tab, bob, bob_tab):
        await client.close()
