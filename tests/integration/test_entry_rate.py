"""Entry rate on a real server: a household or a carrier's shared address gets 50 people
in within a minute; a script creating sessions from one address is slowed (issue 10 §6)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from papote.domain.entry_rate import pow_solves
from tests.conftest import LiveServer, start_server

PROFILE = {"gender": "x", "age": 30, "postal_code": "75011"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    """Default entry limits (the live_server fixture lifts them)."""
    live = start_server(tmp_path / "d", env={"PAPOTE_DEVICE_TRUST_AFTER_SECONDS": "0"})
    try:
        yield live
    finally:
        live.stop()


def solve(challenge: str, bits: int) -> str:
    return next(str(n) for n in itertools.count() if pow_solves(challenge, str(n), bits))


def enter_like_a_browser(http: httpx.Client, pseudo: str) -> tuple[httpx.Response, int]:
    """What web/js/entry.js does: on 429 pow_required, solve and send again. Returns the
    last answer and the difficulty of the work asked (0: none)."""
    body: dict[str, object] = {"pseudo": pseudo, **PROFILE}
    response = http.post("/api/session", json=body)
    bits = 0
    if response.status_code == 429 and response.json()["error"]["code"] == "pow_required":
        work = response.json()["pow"]
        bits = work["bits"]
        body["pow"] = {"challenge": work["challenge"], "nonce": solve(work["challenge"], bits)}
        response = http.post("/api/session", json=body)
    return response, bits


def test_fifty_people_behind_one_address_enter_within_a_minute(server: LiveServer) -> None:
    """Within a minute, whatever the machine: past the free burst each pays the first
    difficulty only (14 bits, about 16,000 hashes, tens of milliseconds in a phone's
    browser; docs/operations.md, "Entry rate"), never a harder one."""
    asked = []
    for n in range(50):
        with httpx.Client(base_url=server.url) as browser:  # one browser each, no cookie yet
            response, bits = enter_like_a_browser(browser, f"Voisin_{n}")
            assert response.status_code == 201, (n, response.text)
            asked.append(bits)
    assert asked[:30] == [0] * 30  # the free burst per address (entry_burst_per_ip)
    assert 14 in asked[30:] and set(asked[30:]) <= {0, 14}  # 0: the bucket refilled meanwhile


def test_a_script_without_work_is_stopped_after_the_burst(server: LiveServer) -> None:
    refused = None
    with httpx.Client(base_url=server.url) as script:
        for n in range(40):
            script.cookies.clear()  # a fresh "device" each time
            response = script.post("/api/session", json={"pseudo": f"Bot_{n}", **PROFILE})
            if response.status_code != 201:
                refused = (n, response)
                break
    assert refused is not None
    n, response = refused
    assert n == 30  # the free burst per address (entry_burst_per_ip)
    assert response.status_code == 429
    body = response.json()
    assert body["error"]["code"] == "pow_required" and body["error"]["message"]
    assert body["pow"]["bits"] >= 14


def test_a_proof_of_work_is_bound_to_its_address_and_used_once(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as script:
        for n in range(30):
            script.cookies.clear()
            assert script.post("/api/session", json={"pseudo": f"Bot_{n}", **PROFILE}).is_success
        script.cookies.clear()
        work = script.post("/api/session", json={"pseudo": "Bot_x", **PROFILE}).json()["pow"]
        proof = {"challenge": work["challenge"], "nonce": solve(work["challenge"], work["bits"])}
        script.cookies.clear()
        first = script.post("/api/session", json={"pseudo": "Bot_x", **PROFILE, "pow": proof})
        assert first.status_code == 201
        script.cookies.clear()
        replay = script.post("/api/session", json={"pseudo": "Xavier", **PROFILE, "pow": proof})
        assert replay.json()["error"]["code"] == "pow_required"
        forged = {"challenge": work["challenge"][:-1] + "0", "nonce": proof["nonce"]}
        script.cookies.clear()
        again = script.post("/api/session", json={"pseudo": "Yannick", **PROFILE, "pow": forged})
        assert again.json()["error"]["code"] == "pow_required"
        wrong = {"challenge": replay.json()["pow"]["challenge"], "nonce": "nope"}
        script.cookies.clear()
        bad = script.post("/api/session", json={"pseudo": "Yannick", **PROFILE, "pow": wrong})
        assert bad.json()["error"]["code"] == "pow_required"


def test_a_known_device_enters_without_spending_the_address_budget(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as phone:
        assert phone.post("/api/session", json={"pseudo": "Maman", **PROFILE}).status_code == 201
        cookie = phone.cookies.get("papote_device")
        assert cookie and cookie.count(".") == 2  # random.issued.signature
    with httpx.Client(base_url=server.url) as script:
        for n in range(29):  # the rest of the address's burst
            script.cookies.clear()
            assert script.post("/api/session", json={"pseudo": f"Bot_{n}", **PROFILE}).is_success
        script.cookies.clear()
        assert script.post("/api/session", json={"pseudo": "Bot_x", **PROFILE}).status_code == 429
    with httpx.Client(base_url=server.url, cookies={"papote_device": cookie}) as phone:
        response = phone.post("/api/session", json={"pseudo": "Maman_2", **PROFILE})
        assert response.status_code == 201, response.text
    forged = cookie.rpartition(".")[0] + ".0123456789abcdef0123456789abcdef"
    with httpx.Client(base_url=server.url, cookies={"papote_device": forged}) as fake:
        response = fake.post("/api/session", json={"pseudo": "Faux", **PROFILE})
        assert response.status_code == 429
