"""Moderation end to end on a real server: reports, the queue, sanctions that bind the
person, statements of reasons, appeals, the audit chain, exports (DSA, LCEN)."""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from papote.transport.mod_http import ModApi
from tests.conftest import (
    UNIT,
    LiveServer,
    StaffedCopy,
    admin_cli,
    moderator_login,
    start_server,
)
from tests.integration.client import Client, new_session
from tests.waiting import until


@dataclass
class Desk:
    server: LiveServer
    http: httpx.AsyncClient
    alice: str  # moderator tokens
    bruno: str

    async def call(
        self, method: str, path: str, token: str | None = None, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token or self.alice}"}
        return await self.http.request(
            method, f"{self.server.url}{path}", json=body, headers=headers
        )

    async def queue(self) -> list[dict[str, Any]]:
        response = await self.call("GET", "/api/mod/cases")
        assert response.status_code == 200, response.text
        cases: list[dict[str, Any]] = response.json()
        return cases

    async def decide(
        self, case_id: str, token: str | None = None, **decision: Any
    ) -> httpx.Response:
        return await self.call(
            "POST",
            f"/api/mod/cases/{case_id}/decision",
            token,
            {"facts": "Constaté dans les messages signalés.", **decision},
        )


@pytest.fixture
async def desk(tmp_path: Path, staffed_data: StaffedCopy) -> AsyncIterator[Desk]:
    # Generous flood guards: these tests exercise moderation, not the say rate limit.
    env = {
        "PAPOTE_SESSIONS_PER_IP": "1000",
        "PAPOTE_ENTRY_BURST_PER_IP": "1000",
        "PAPOTE_SAY_BURST": "100",
    }
    # A fresh database per test, with the two moderators the CLI created once for the run.
    server = start_server(staffed_data(tmp_path / "data", ("alice", "bruno")), env=env)
    try:
        tokens = [
            await asyncio.to_thread(moderator_login, server, login) for login in ("alice", "bruno")
        ]
        async with httpx.AsyncClient() as http:
            yield Desk(server=server, http=http, alice=tokens[0], bruno=tokens[1])
    finally:
        server.stop()


async def enter_with_cookies(
    server: LiveServer, pseudo: str, cookies: httpx.Cookies
) -> httpx.Response:
    async with httpx.AsyncClient(cookies=cookies) as http:
        response = await http.post(
            f"{server.url}/api/session",
            json={"pseudo": pseudo, "gender": "m", "age": 33, "postal_code": "69001"},
        )
        cookies.update(response.cookies)
    return response


async def test_moderator_endpoints_refuse_guest_tokens_and_no_token(desk: Desk) -> None:
    guest = await new_session(desk.server.url, "Curieux")
    for method, path in ModApi.GUARDED_PATHS:
        for headers in ({"Authorization": f"Bearer {guest['token']}"}, {}):
            response = await desk.http.request(
                method, f"{desk.server.url}{path}", headers=headers, json={}
            )
            assert response.status_code == 401, (method, path, response.text)
            assert response.json()["error"]["code"] == "staff_unauthorized"
    wrong = await desk.http.post(
        f"{desk.server.url}/api/mod/login", json={"login": "alice", "password": "devine"}
    )
    assert wrong.status_code == 401
    assert (await desk.call("GET", "/api/mod/me")).json()["login"] == "alice"


async def test_report_seals_evidence_and_the_queue_puts_child_safety_first(desk: Desk) -> None:
    url = desk.server.url
    reporter = await Client.enter(url, "Temoin")
    author = await Client.enter(url, "Auteur")
    for client in (reporter, author):
        await client.join("salon:general")
    sent = []
    for i in range(14):
        speaker = author if i % 2 else reporter
        sent.append(await speaker.say("salon:general", f"message {i}"))
    target = sent[7]  # written by the author
    spam = await reporter.request(
        {"type": "report", "target_type": "user", "target_id": author.id, "category": "spam"}
    )
    assert spam["type"] == "report_ack"
    ack = await reporter.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": target["msg_id"],
            "category": "grooming",
            "explanation": "Il demande l'âge et propose de se voir.",
            "contact": "temoin@example.org",
        }
    )
    assert ack["type"] == "report_ack"
    notice = await reporter.expect("notice")
    assert notice["notice"]["kind"] == "report_received"
    bad = await reporter.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": target["msg_id"],
            "category": "rudeness",
        }
    )
    assert bad["code"] == "bad_category"

    queue = await desk.queue()
    assert [c["category"] for c in queue] == ["grooming", "spam"]
    assert [(c["target_pseudo"], c["reports"]) for c in queue] == [("Auteur", 1), ("Auteur", 1)]
    detail = (await desk.call("GET", f"/api/mod/cases/{queue[0]['id']}")).json()
    evidence = detail["evidence"][0]
    assert evidence["intact"] is True
    content = evidence["content"]
    assert content["message"]["msg_id"] == target["msg_id"]
    assert [m["text"] for m in content["context"]] == [f"message {i}" for i in range(14)]
    assert (
        hashlib.sha256(
            json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        ).hexdigest()
        == (evidence["sha256"])
    )
    assert detail["reports"][0]["has_contact"] is True
    assert detail["history"]["user"]["pseudo"] == "Auteur"
    for client in (reporter, author):
        await client.close()


async def test_ban_binds_device_and_address_not_the_pseudo(desk: Desk) -> None:
    url = desk.server.url
    cookies = httpx.Cookies()
    entered = await enter_with_cookies(desk.server, "Fauteur", cookies)
    assert entered.status_code == 201
    assert "papote_device" in cookies
    troll = await Client.connect(url, entered.json())
    witness = await Client.enter(url, "Temoin")
    await troll.join("salon:general")
    await witness.join("salon:general")
    said = await troll.say("salon:general", "menace de mort")
    await witness.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": said["msg_id"],
            "category": "threat",
        }
    )
    case_id = (await desk.queue())[0]["id"]
    decided = await desk.decide(
        case_id, action="ban", category="threat", reference="Code pénal art. 222-17"
    )
    assert decided.status_code == 200, decided.text
    # The troll's socket is told why and closed with 4003.
    error = await troll.expect("error")
    assert error["code"] == "banned"
    statement = (await troll.expect("notice"))["notice"]
    assert statement["kind"] == "statement_of_reasons"
    assert statement["statement"]["decision_account"] == "DECISION_ACCOUNT_TERMINATED"
    assert statement["statement"]["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
    assert statement["statement"]["source_type"] == "SOURCE_ARTICLE_16"
    # New pseudo, same device: refused.
    again = await enter_with_cookies(desk.server, "Innocent", cookies)
    assert again.status_code == 403
    assert again.json()["error"]["code"] == "banned"
    # New device, same address (every test client is 127.0.0.1): refused too.
    fresh = await enter_with_cookies(desk.server, "Nouveau", httpx.Cookies())
    assert fresh.status_code == 403
    # The reporter is told the outcome.
    outcome = await witness.next(
        lambda f: f.get("type") == "notice" and f["notice"]["kind"] == "report_decision"
    )
    assert "mesure a été prise" in outcome["notice"]["body"]
    await witness.close()
    await troll.close()


async def test_mute_expires_by_itself_and_kick_removes_from_the_room(desk: Desk) -> None:
    url = desk.server.url
    noisy = await Client.enter(url, "Bruyant")
    witness = await Client.enter(url, "Temoin")
    await noisy.join("salon:general")
    await witness.join("salon:general")
    await witness.request(
        {"type": "report", "target_type": "user", "target_id": noisy.id, "category": "harassment"}
    )
    case_id = (await desk.queue())[0]["id"]
    assert (
        await desk.decide(case_id, action="mute", duration=1.5 * UNIT, category="harassment")
    ).status_code == 200
    await noisy.expect("notice")
    muted = await noisy.request({"type": "say", "room": "salon:general", "text": "chut ?"})
    assert muted["code"] == "muted"

    async def freed() -> bool:  # poll until the mute has run out
        reply = await noisy.request({"type": "say", "room": "salon:general", "text": "libre"})
        assert reply["type"] == "sent" or reply["code"] == "muted", reply
        return reply["type"] == "sent"

    await until(freed, within=10, every=0.2)

    await witness.request(
        {"type": "report", "target_type": "user", "target_id": noisy.id, "category": "spam"}
    )
    case_id = (await desk.queue())[0]["id"]
    response = await desk.decide(case_id, action="kick", duration=3600, category="spam")
    # A report on a person names no room: a kick needs one (a reported message has it).
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "bad_action"
    for client in (noisy, witness):
        await client.close()


async def test_kick_from_a_reported_message_and_room_actions(desk: Desk) -> None:
    url = desk.server.url
    rude = await Client.enter(url, "Grossier")
    witness = await Client.enter(url, "Temoin")
    late = await Client.enter(url, "Retard")
    for client in (rude, witness):
        await client.join("salon:sport")
    said = await rude.say("salon:sport", "insulte")
    await witness.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": said["msg_id"],
            "category": "harassment",
        }
    )
    case_id = (await desk.queue())[0]["id"]
    assert (await desk.decide(case_id, action="kick", duration=600)).status_code == 200
    removed = await rude.expect("removed")
    assert (removed["room"], removed["reason"]) == ("salon:sport", "kicked")
    # Issue 15.3: the end of the kick in epoch milliseconds, not French prose.
    assert isinstance(removed["until"], int)
    assert abs(removed["until"] / 1000 - (time.time() + 600)) < 120
    await witness.presence("left", rude.id)
    refused = await rude.request({"type": "join", "room": "salon:sport"})
    assert refused["code"] == "kicked"
    await rude.join("salon:general")  # only that room

    # Room actions through an own-initiative case on the room: slow mode, then lock.
    opened = await desk.call(
        "POST",
        "/api/mod/cases",
        body={"target_type": "room", "target_id": "salon:sport", "category": "spam"},
    )
    assert opened.status_code == 201, opened.text
    response = await desk.decide(
        opened.json()["id"], action="room_slow", duration=600, slow_seconds=30
    )
    assert response.status_code == 200, response.text

    async def slowed() -> bool:  # once the control envelope has reloaded the index
        reply = await witness.request({"type": "say", "room": "salon:sport", "text": "encore"})
        assert reply["type"] == "sent" or reply["code"] == "slow_mode", reply
        return reply["type"] != "sent"  # refused: a say of this poll came under 30 s ago

    await until(slowed)
    opened = await desk.call(
        "POST",
        "/api/mod/cases",
        body={"target_type": "room", "target_id": "salon:sport", "category": "spam"},
    )
    await desk.decide(opened.json()["id"], action="room_lock", duration=600)

    async def locked() -> bool:  # once the control envelope has reloaded the index
        reply = await late.request({"type": "join", "room": "salon:sport"})
        if reply["type"] == "joined":  # not yet: out again, to knock once more
            assert (await late.request({"type": "leave", "room": "salon:sport"}))["type"] == "left"
            return False
        assert reply["code"] == "room_locked", reply
        return True

    await until(locked)
    await witness.join("salon:sport")  # already inside: still fine
    for client in (rude, witness, late):
        await client.close()


async def test_delete_message_and_appeal_decided_by_another_moderator(desk: Desk) -> None:
    url = desk.server.url
    author = await Client.enter(url, "Auteur")
    witness = await Client.enter(url, "Temoin")
    for client in (author, witness):
        await client.join("salon:general")
    said = await author.say("salon:general", "contenu douteux")
    await witness.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": said["msg_id"],
            "category": "sexual_content",
        }
    )
    case_id = (await desk.queue())[0]["id"]
    assert (
        await desk.decide(case_id, action="delete_message", ground="incompatible")
    ).status_code == 200
    deleted = await witness.expect("message_deleted")
    assert deleted == {"type": "message_deleted", "room": "salon:general", "msg_id": said["msg_id"]}
    await witness.request({"type": "leave", "room": "salon:general"})
    history = (await witness.join("salon:general"))["history"]
    assert said["msg_id"] not in [m["msg_id"] for m in history]
    # The evidence still holds it, sealed.
    detail = (await desk.call("GET", f"/api/mod/cases/{case_id}")).json()
    assert detail["evidence"][0]["content"]["message"]["text"] == "contenu douteux"

    notice = (await author.expect("notice"))["notice"]
    assert notice["statement"]["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    page = await desk.http.get(
        f"{url}/api/notices/{notice['id']}", params={"key": notice["url"].split("key=")[1]}
    )
    assert page.status_code == 200
    assert page.json()["statement"]["puid"] == notice["statement"]["puid"]
    forged = await desk.http.get(f"{url}/api/notices/{notice['id']}", params={"key": "x"})
    assert forged.status_code == 404
    inbox = await author.request({"type": "notices"})
    assert [n["id"] for n in inbox["items"]] == [notice["id"]]
    assert (await author.request({"type": "notices"}))["items"][0]["read"] is True

    key = notice["url"].split("key=")[1]
    appeal = await desk.http.post(
        f"{url}/api/notices/{notice['id']}/appeal",
        json={"key": key, "text": "C'était une citation."},
    )
    assert appeal.status_code == 201
    twice = await desk.http.post(
        f"{url}/api/notices/{notice['id']}/appeal", json={"key": key, "text": "encore"}
    )
    assert twice.json()["error"]["code"] == "already_appealed"
    reopened = await desk.http.get(f"{url}/api/notices/{notice['id']}", params={"key": key})
    assert reopened.json()["appeal"] == "pending"
    appeals = (await desk.call("GET", "/api/mod/appeals")).json()
    assert len(appeals) == 1
    same = await desk.call(
        "POST",
        f"/api/mod/appeals/{appeals[0]['id']}/decision",
        body={"outcome": "reverse", "explanation": "ok"},
    )
    assert same.status_code == 409
    assert same.json()["error"]["code"] == "same_moderator"
    other = await desk.call(
        "POST",
        f"/api/mod/appeals/{appeals[0]['id']}/decision",
        desk.bruno,
        {"outcome": "reverse", "explanation": "Citation."},
    )
    assert other.status_code == 200
    assert other.json()["state"] == "reversed"
    outcome = await author.next(
        lambda f: f.get("type") == "notice" and f["notice"]["kind"] == "appeal_decision"
    )
    assert "annulée" in outcome["notice"]["body"]
    for client in (author, witness):
        await client.close()


async def test_moderators_read_dms_only_through_a_report(desk: Desk) -> None:
    url = desk.server.url
    alice = await Client.enter(url, "Alice")
    bob = await Client.enter(url, "Bob")
    await bob.request({"type": "dm_request", "to": alice.id, "text": "salut"})
    request = await alice.expect("dm_request")
    room = (await alice.request({"type": "dm_accept", "request_id": request["request_id"]}))["room"]
    await alice.join(room)
    await bob.join(room)
    said = await bob.say(room, "message privé déplacé")
    # A moderator cannot open a DM on their own initiative.
    refused = await desk.call(
        "POST", "/api/mod/cases", body={"target_type": "dm", "target_id": room, "category": "other"}
    )
    assert refused.status_code == 403
    # An outsider cannot report into it; a participant can, and then it is evidence.
    eve = await Client.enter(url, "Eve")
    outsider = await eve.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": said["msg_id"],
            "category": "harassment",
        }
    )
    assert outsider["code"] == "not_member"
    await alice.request(
        {"type": "report", "target_type": "dm", "target_id": room, "category": "harassment"}
    )
    case_id = (await desk.queue())[0]["id"]
    detail = (await desk.call("GET", f"/api/mod/cases/{case_id}")).json()
    assert [m["text"] for m in detail["evidence"][0]["content"]["recent"]] == [
        "salut",  # the accepted request opens the DM
        "message privé déplacé",
    ]
    for client in (alice, bob, eve):
        await client.close()


async def test_audit_chain_export_and_transparency_from_the_cli(desk: Desk) -> None:
    url = desk.server.url
    author = await Client.enter(url, "Auteur")
    witness = await Client.enter(url, "Temoin")
    await author.join("salon:general")
    await witness.join("salon:general")
    said = await author.say("salon:general", "arnaque au virement")
    await witness.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": said["msg_id"],
            "category": "scam",
        }
    )
    case_id = (await desk.queue())[0]["id"]
    await desk.decide(case_id, action="warning", category="scam")
    await author.close()
    await witness.close()

    verified = admin_cli(desk.server, "verify-audit")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "intact" in verified.stdout

    export = admin_cli(desk.server, "export", "--user", author.id, "--request-ref", "PV-2026-042")
    assert export.returncode == 0, export.stderr
    out = Path(export.stdout.strip())
    manifest = json.loads((out / "manifest.json").read_text())
    bundle_bytes = (out / "bundle.json").read_bytes()
    assert manifest["files"]["bundle.json"] == hashlib.sha256(bundle_bytes).hexdigest()
    bundle = json.loads(bundle_bytes)
    assert bundle["request_ref"] == "PV-2026-042"
    operations = {(r["content_type"], r["operation"]) for r in bundle["connection_records"]}
    assert {("profile", "create"), ("message", "create")} <= operations
    record = next(r for r in bundle["connection_records"] if r["content_type"] == "message")
    assert record["ip"] == "127.0.0.1" and record["port"] > 0 and record["protocol"] == "ws"
    assert record["content_id"] == said["msg_id"]
    assert bundle["evidence"][0]["intact"] is True

    figures = admin_cli(desk.server, "transparency", "--from", "2000-01-01", "--to", "2100-01-01")
    report = json.loads(figures.stdout)
    assert report["by_category"] == {"scam": 1}
    assert report["by_source"] == {"SOURCE_ARTICLE_16": 1}
    assert report["median_seconds_to_action"] >= 0
    csv_out = admin_cli(
        desk.server, "transparency", "--from", "2000-01-01", "--to", "2100-01-01", "--format", "csv"
    ).stdout
    assert "by_category,scam,1" in csv_out

    # Tamper with the database: the chain says so.
    db = sqlite3.connect(desk.server.data_dir / "papote.db")
    with db:
        db.execute(
            "UPDATE audit_log SET details = '{\"action\":\"dismiss\"}' WHERE action = 'decide'"
        )
    altered = admin_cli(desk.server, "verify-audit")
    assert altered.returncode == 1
    assert "ALTÉRÉ" in altered.stdout
    with db:
        db.execute("DELETE FROM audit_log WHERE action = 'decide'")
    removed = admin_cli(desk.server, "verify-audit")
    assert removed.returncode == 1
    db.close()


async def test_threat_to_life_escalation_marks_urgent_and_writes_the_bundle(desk: Desk) -> None:
    url = desk.server.url
    author = await Client.enter(url, "Menaceur")
    witness = await Client.enter(url, "Temoin")
    await author.join("salon:general")
    await witness.join("salon:general")
    said = await author.say("salon:general", "demain je passe à l'acte")
    await witness.request(
        {"type": "report", "target_type": "user", "target_id": author.id, "category": "spam"}
    )
    await witness.request(
        {
            "type": "report",
            "target_type": "message",
            "target_id": said["msg_id"],
            "category": "threat",
        }
    )
    queue = await desk.queue()
    spam = next(c for c in queue if c["category"] == "spam")
    missing = await desk.call("POST", f"/api/mod/cases/{spam['id']}/escalate", body={})
    assert missing.status_code == 422  # a request reference is required
    response = await desk.call(
        "POST", f"/api/mod/cases/{spam['id']}/escalate", body={"request_ref": "PHAROS-2026-77"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["urgent"] is True
    bundle_dir = Path(response.json()["export"])
    manifest = json.loads((bundle_dir / "manifest.json").read_text())
    assert manifest["request_ref"] == "PHAROS-2026-77"
    bundle = json.loads((bundle_dir / "bundle.json").read_text())
    assert bundle["subject"] == {"type": "user", "id": author.id}
    assert any(r["content_id"] == said["msg_id"] for r in bundle["connection_records"])
    # Urgent cases come first, whatever their category.
    assert (await desk.queue())[0]["id"] == spam["id"]
    verified = admin_cli(desk.server, "verify-audit")
    assert verified.returncode == 0
    for client in (author, witness):
        await client.close()


async def test_bad_decision_bodies_are_refused_and_change_nothing(desk: Desk) -> None:
    """Issue 10 §19, §22: a value of the wrong type or unknown is refused with a clear
    error, never silently dropped or defaulted, and a refused request has no effect."""
    url = desk.server.url
    author = await Client.enter(url, "Auteur")
    witness = await Client.enter(url, "Temoin")
    await witness.request(
        {"type": "report", "target_type": "user", "target_id": author.id, "category": "spam"}
    )
    case_id = (await desk.queue())[0]["id"]
    refused: list[tuple[dict[str, Any], str, str]] = [
        ({"action": "mute", "duration": "3600"}, "bad_duration", "duration"),
        ({"action": "mute", "duration": 10**30}, "out_of_range", "duration"),
        ({"action": "ban", "duration": 3600}, "bad_duration", "duration"),
        ({"action": "room_slow", "slow_seconds": "30"}, "bad_duration", "slow_seconds"),
        ({"action": "warning", "ground": "illegitimate"}, "bad_ground", "ground"),
        ({"action": "warning", "length": 3600}, "unknown_field", "length"),
        ({"action": "warning", "reference": 7}, "wrong_type", "reference"),
        ({"action": "smite"}, "bad_action", "action"),
    ]
    for body, code, field in refused:
        response = await desk.decide(case_id, **body)
        assert response.status_code == 422, (body, response.text)
        error = response.json()["error"]
        assert (error["code"], error.get("field")) == (code, field), body
    blank = await desk.call(
        "POST", f"/api/mod/cases/{case_id}/escalate", body={"request_ref": "  "}
    )
    assert blank.status_code == 422
    bogus = await desk.call("GET", "/api/mod/cases?status=bogus")
    assert bogus.json()["error"]["code"] == "bad_state"
    case = (await desk.queue())[0]
    assert (case["id"], case["status"], case["urgent"]) == (case_id, "open", False)
    assert (await desk.decide(case_id, action="warning", ground="incompatible")).status_code == 200
    for client in (author, witness):
        await client.close()


async def test_out_of_range_numbers_are_refused_before_any_effect(desk: Desk) -> None:
    """Issue 10 §15: a `slow_seconds` of 10**30 answered 500 and dropped the connection."""
    opened = await desk.call(
        "POST",
        "/api/mod/cases",
        body={"target_type": "room", "target_id": "salon:sport", "category": "spam"},
    )
    case_id = opened.json()["id"]
    refused: list[dict[str, Any]] = [
        {"slow_seconds": 10**30},
        {"slow_seconds": 0},
        {"slow_seconds": 3601},
        {"slow_seconds": 30, "duration": 10**30},
        {"slow_seconds": 30, "duration": -5},
    ]
    for fields in refused:
        response = await desk.decide(case_id, action="room_slow", **fields)
        assert response.status_code == 422, (fields, response.text)
        assert response.json()["error"]["code"] == "out_of_range"
    case = await desk.call("GET", f"/api/mod/cases/{case_id}")
    assert case.json()["case"]["status"] == "open"
    assert (await desk.decide(case_id, action="room_slow", slow_seconds=30)).status_code == 200
