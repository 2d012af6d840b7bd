"""Guest entry over HTTP (POST /api/session) and the salon list, on a real server.

Refusals, and the look-alike pairs (each claims a pseudo no other test uses), share one
server (``shared_server``); a test that needs an empty server takes ``live_server``."""

from __future__ import annotations

import httpx
import pytest

from papote.protocol.wire import PROTOCOL_VERSION
from tests.conftest import LiveServer, start_server
from tests.integration.client import Client, get_json

VALID = {"pseudo": "Élodie", "gender": "f", "age": 27, "postal_code": "75011"}


def post(server: LiveServer, body: object, **kwargs: object) -> httpx.Response:
    return httpx.post(f"{server.url}/api/session", json=body, **kwargs)  # type: ignore[arg-type]


def test_entry_returns_a_token_and_the_public_profile(live_server: LiveServer) -> None:
    response = post(live_server, VALID)
    assert response.status_code == 201
    data = response.json()
    assert len(data["token"]) >= 40
    assert data["user"] == {
        "id": data["user"]["id"],
        "pseudo": "Élodie",
        "gender": "f",
        "age": 27,
        "departement": "75",
    }


@pytest.mark.parametrize(
    ("changes", "status", "code", "field"),
    [
        ({"age": 16}, 422, "age_minor", "age"),
        ({"age": 120}, 422, "age_invalid", "age"),
        ({"age": "vingt"}, 422, "age_invalid", "age"),
        ({"pseudo": "ab"}, 422, "pseudo_invalid", "pseudo"),
        ({"pseudo": "Modérateur"}, 422, "pseudo_reserved", "pseudo"),
        ({"pseudo": "admin"}, 422, "pseudo_reserved", "pseudo"),
        ({"pseudo": "nazi_88"}, 422, "pseudo_refused", "pseudo"),
        ({"pseudo": "P3d0_13"}, 422, "pseudo_refused", "pseudo"),
        ({"pseudo": "Lea14ans"}, 422, "pseudo_minor", "pseudo"),
        ({"pseudo": "collegienne"}, 422, "pseudo_minor", "pseudo"),
        ({"gender": "z"}, 422, "gender_invalid", "gender"),
        ({"postal_code": "123"}, 422, "postal_code_invalid", "postal_code"),
        ({"postal_code": None}, 422, "postal_code_invalid", "postal_code"),
    ],
)
def test_refusals_are_french_json_with_the_field(
    shared_server: LiveServer, changes: dict[str, object], status: int, code: str, field: str
) -> None:
    response = post(shared_server, {**VALID, **changes})
    assert response.status_code == status
    error = response.json()["error"]
    assert (error["code"], error["field"]) == (code, field)
    assert error["message"] and error["message"][0].isupper()


def test_minor_message_is_french_and_english_on_request(shared_server: LiveServer) -> None:
    fr = post(shared_server, {**VALID, "age": 15}).json()["error"]["message"]
    assert "réservé aux adultes" in fr
    en = post(shared_server, {**VALID, "age": 15}, headers={"Accept-Language": "en-GB"}).json()[
        "error"
    ]["message"]
    assert "adults only" in en


def test_pseudo_unique_after_case_and_accent_folding(live_server: LiveServer) -> None:
    assert post(live_server, VALID).status_code == 201
    response = post(live_server, {**VALID, "pseudo": "ELODIE"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "pseudo_taken"


@pytest.mark.parametrize(
    ("present", "newcomer"),
    [
        ("Alice_75", "ALICE-75"),
        ("Chloé_13", "Chloe-13"),
        ("Bruno69", "Brun\u043e69"),  # Cyrillic о
        ("Sophie", "S0ph1e"),
        ("Lucas", "Lu\u200bcas"),  # zero-width space
    ],
)
def test_look_alike_pseudos_are_taken(
    shared_server: LiveServer, present: str, newcomer: str
) -> None:
    """Issue 10 point 5: the claim is on the TR39-style skeleton (look-alikes included)."""
    assert post(shared_server, {**VALID, "pseudo": present}).status_code == 201
    response = post(shared_server, {**VALID, "pseudo": newcomer})
    assert (response.status_code, response.json()["error"]["code"]) in {
        (409, "pseudo_taken"),
        (422, "pseudo_invalid"),  # the Cyrillic letter is refused before the claim
    }


def test_zalgo_pseudo_is_refused(shared_server: LiveServer) -> None:
    response = post(shared_server, {**VALID, "pseudo": "Z\u0351\u0352\u0353\u0354algo"})
    assert (response.status_code, response.json()["error"]["code"]) == (422, "pseudo_invalid")


@pytest.mark.parametrize("body", [b"{not json", b"[]", b"\xff\xfe", b"", b'"x"', b"x" * 5000])
def test_malformed_bodies_are_4xx_never_500(shared_server: LiveServer, body: bytes) -> None:
    response = httpx.post(
        f"{shared_server.url}/api/session",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert 400 <= response.status_code < 500
    assert response.json()["error"]["code"] in {"invalid_json", "payload_too_large"}


def test_missing_field_is_named(shared_server: LiveServer) -> None:
    response = post(shared_server, {"pseudo": "Zoé", "gender": "f", "age": 22})
    assert response.status_code == 422
    assert response.json()["error"] == {
        "code": "missing_field",
        "field": "postal_code",
        "message": response.json()["error"]["message"],
    }


def test_sessions_per_ip_are_limited(tmp_path: object) -> None:
    from pathlib import Path

    server = start_server(Path(str(tmp_path)) / "d", env={"PAPOTE_SESSIONS_PER_IP": "3"})
    try:
        for i in range(3):
            assert post(server, {**VALID, "pseudo": f"Zoe{i}x"}).status_code == 201
        response = post(server, {**VALID, "pseudo": "Zoe9x"})
        assert response.status_code == 429
        assert response.json()["error"]["code"] == "too_many_sessions"
        assert int(response.headers["retry-after"]) > 0
    finally:
        server.stop()


async def test_salons_list_with_member_counts(live_server: LiveServer) -> None:
    salons = await get_json(f"{live_server.url}/api/salons")
    assert salons[0]["id"] == "salon:general"
    assert {s["name"] for s in salons} >= {"Général", "Cinéma & séries", "Bretagne"}
    assert all(s["members"] == 0 for s in salons)
    alice = await Client.enter(live_server.url, "Alice")
    await alice.join("salon:musique")
    counts = {s["id"]: s["members"] for s in await get_json(f"{live_server.url}/api/salons")}
    assert counts["salon:musique"] == 1
    await alice.close()


def test_security_headers_and_health(shared_server: LiveServer) -> None:
    response = httpx.get(f"{shared_server.url}/api/health")
    assert response.json() == {"status": "ok", "protocol": PROTOCOL_VERSION}
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
