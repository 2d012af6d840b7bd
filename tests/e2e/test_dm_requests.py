"""DM requests in the browser (issue 10 point 8): a badge, never a panel that opens by
itself; each request shows its time, "Bloquer" and "Signaler"; the sender withdraws a
pending request; an expired one reads "sans réponse", never "refusée"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.conftest import UNIT, LiveServer, start_server
from tests.e2e.helpers import Person


def ask(sender: Person, pseudo: str, text: str) -> None:
    card = sender.open_profile(pseudo)
    card.get_by_role("button", name="Message privé").click()
    dialog = sender.page.locator("#dm-dialog")
    dialog.locator("textarea").fill(text)
    dialog.get_by_role("button", name="Envoyer la demande").click()
    expect(sender.page.locator("#dm-list")).to_contain_text("en attente")


def test_a_request_waits_behind_a_badge_with_its_time_block_and_report(
    person: Callable[..., Person],
) -> None:
    alice = person().enter("Alice_75")
    bob = person().enter("Bob_13", gender="m")
    ask(bob, "Alice_75", "On papote en privé ?")
    badge = alice.page.locator("#notif-count")
    expect(badge).to_have_text("1")
    expect(alice.page.locator("#notif-panel")).to_be_hidden()  # never opens by itself
    item = alice.notifications().locator(".notif-item", has_text="Bob_13")
    expect(item).to_contain_text("On papote en privé ?")
    expect(item.locator("time.notif-time")).to_have_text(re.compile(r"^\d{2}:\d{2}$"))
    expect(item.get_by_role("button", name="Bloquer")).to_be_visible()
    item.get_by_role("button", name="Signaler").click()
    report = alice.page.locator("#report-dialog")
    expect(report.locator("#report-title")).to_have_text("Signaler la demande de Bob_13")
    expect(report).to_contain_text("On papote en privé ?")
    report.locator("#report-category").select_option("harassment")
    report.get_by_role("button", name=re.compile("^Envoyer")).click()
    expect(report).to_be_hidden()
    expect(alice.page.locator("#toasts")).to_contain_text("Signalement")

    # Bob takes it back: it leaves Alice's list and her badge.
    row = bob.page.locator("#dm-list .side-item", has_text="Alice_75")
    row.get_by_role("button", name="Retirer").click()
    expect(bob.page.locator("#dm-list")).not_to_contain_text("Alice_75")
    expect(alice.page.locator(".notif-item", has_text="Bob_13")).to_have_count(0)
    expect(badge).to_be_hidden()


@pytest.fixture
def quick_expiry(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_server(
        tmp_path / "d",
        env={"PAPOTE_DM_REQUEST_TTL_SECONDS": "3", "PAPOTE_ENTRY_BURST_PER_IP": "100"},
    )
    try:
        yield live
    finally:
        live.stop()


def test_an_unanswered_request_reads_sans_reponse(
    browser: Browser, quick_expiry: LiveServer
) -> None:
    people = [Person.open(browser, quick_expiry.url, timeout_ms=10_000 * UNIT) for _ in range(2)]
    alice, bob = people
    try:
        alice.enter("Alice_75")
        bob.enter("Bob_13", gender="m")
        ask(bob, "Alice_75", "Tu es là ?")
        item = alice.notifications().locator(".notif-item", has_text="Bob_13")
        item.get_by_role("button", name="Ignorer").click()  # declined: Bob is never told
        row = bob.page.locator("#dm-list .side-item", has_text="Alice_75")
        expect(row).to_contain_text("sans réponse")
        expect(bob.page.locator("body")).not_to_contain_text("refusée")
        expect(bob.page.locator("#toasts")).to_contain_text("sans réponse")
        row.get_by_role("button", name="Effacer").click()
        expect(bob.page.locator("#dm-list")).not_to_contain_text("Alice_75")
        assert not [e for p in people for e in p.page_errors]
    finally:
        for someone in people:
            someone.close()
