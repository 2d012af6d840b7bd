"""Leaving and coming back in a real browser (issue 10 point 4), and the entry's proof of
work when many people arrive from one address (point 6)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.conftest import UNIT, LiveServer, start_server
from tests.e2e.helpers import Person


def test_quitter_frees_the_pseudo_at_once(person: Callable[..., Person]) -> None:
    alice = person().enter("Alice_75")
    # A duplicated tab (the browser copies its sessionStorage): the same session, two sockets.
    stored = alice.page.evaluate("() => JSON.stringify(Object.entries(sessionStorage))")
    second_tab = alice.context.new_page()
    second_tab.goto(alice.page.url)
    second_tab.evaluate(
        "(s) => { for (const [k, v] of JSON.parse(s)) sessionStorage.setItem(k, v); }", stored
    )
    second_tab.reload()
    expect(second_tab.locator("#me-pseudo")).to_contain_text("Alice_75")
    alice.page.locator("#logout-btn").click()
    expect(alice.page.locator("#entry")).to_be_visible()
    # The other tab is told why it is back at the entry: not "session expired".
    expect(second_tab.locator("#entry-notice")).to_have_text(
        "Vous avez quitté le tchat depuis un autre onglet."
    )
    # Someone else, on another browser, takes the pseudo at once (no 10-minute wait).
    other = person().enter("Alice_75", gender="x", age=40)
    expect(other.page.locator("#me-pseudo")).to_contain_text("Alice_75")


def test_a_lost_tab_gets_its_own_pseudo_back(person: Callable[..., Person]) -> None:
    alice = person().enter("Alice_75")
    bob = person().enter("Bob_13", gender="m")
    alice.page.close()  # the tab is gone; the browser (its localStorage) stays
    page = alice.context.new_page()
    alice.page = page
    page.goto("/")
    expect(page.locator("#entry")).to_be_visible()
    expect(page.locator("#entry-pseudo")).to_have_value("Alice_75")  # ready to take back
    alice.enter("Alice_75")
    expect(page.locator("#entry")).to_be_hidden()
    # Someone else trying a look-alike is still refused.
    bob_twin = person()
    bob_twin.fill_entry("ALICE-75", gender="m")
    expect(bob_twin.page.locator("#entry-pseudo-error")).to_contain_text("déjà utilisé")
    assert bob.page.locator("#app").is_visible()


@pytest.fixture
def strict_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A server whose free entry budget per address is 1: every later entry from
    127.0.0.1 must show a proof of work."""
    live = start_server(tmp_path / "d", env={"PAPOTE_ENTRY_BURST_PER_IP": "1"})
    try:
        yield live
    finally:
        live.stop()


def test_the_browser_solves_the_proof_of_work_without_the_person_noticing(
    browser: Browser, strict_server: LiveServer
) -> None:
    people = [Person.open(browser, strict_server.url, timeout_ms=10_000 * UNIT) for _ in range(3)]
    try:
        for n, someone in enumerate(people):
            someone.enter(f"Voisine_{n}")
            expect(someone.page.locator("#room-title")).to_have_text(re.compile("Général"))
        assert not [e for p in people for e in p.page_errors]
    finally:
        for someone in people:
            someone.close()
