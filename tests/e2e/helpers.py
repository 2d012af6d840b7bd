"""One person in a browser: a Playwright context and page, with the steps a human takes."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from playwright.sync_api import Browser, BrowserContext, Dialog, Locator, Page, expect

CHROMIUM = "/usr/bin/chromium"  # the full browser, with a window (scripts/screenreader.py)
# The tests' browser: the same Chromium's headless shell (Debian's chromium-headless-shell,
# the same version, Blink and V8, without the full browser's windows, tab strip and WebUI
# renderers), which Playwright itself runs headless by default. The full browser in
# headless mode took twice the CPU per person: 4 people entering and saying one line,
# 19.6 s of CPU against 8.8 s (docs/development.md).
HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def shoot(target: Page | Locator, name: str) -> None:
    """Write docs/screenshots/<name> only when PAPOTE_UPDATE_SCREENSHOTS=1: a test run never
    changes tracked files (a fresh clone stays clean after `make test`)."""
    if os.environ.get("PAPOTE_UPDATE_SCREENSHOTS") == "1":
        target.screenshot(path=str(SCREENSHOTS / name), animations="disabled")


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# A Chromium for calls and voice salons: the microphone and camera are granted and fake.
FAKE_MEDIA = [
    "--use-fake-ui-for-media-stream",  # the microphone permission is granted
    "--use-fake-device-for-media-stream",  # a generated tone instead of a real microphone
    "--allow-loopback-in-peer-connection",  # ICE may use 127.0.0.1 (Janus listens there only)
]

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}


@dataclass
class Person:
    context: BrowserContext
    page: Page
    base_url: str
    label: str = "?"
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @classmethod
    def open(
        cls,
        browser: Browser,
        base_url: str,
        *,
        timeout_ms: float = 10_000,
        service_workers: Literal["allow", "block"] = "block",
        **options: Any,
    ) -> Person:
        context = browser.new_context(
            base_url=base_url, locale="fr-FR", service_workers=service_workers, **options
        )
        context.set_default_timeout(timeout_ms)
        page = context.new_page()
        person = cls(context=context, page=page, base_url=base_url)
        page.on("pageerror", lambda error: person.page_errors.append(str(error)))
        # The page's Content-Security-Policy must never have to block anything of ours.
        page.on(
            "console",
            lambda msg: (
                person.page_errors.append(msg.text)
                if msg.type == "error" and "Content Security Policy" in msg.text
                else None
            ),
        )

        # Any alert/confirm/prompt is a failure for Papote (it never uses them): record it.
        def refuse(dialog: Dialog) -> None:
            person.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", refuse)
        return person

    def close(self) -> None:
        self.context.close()

    # ------------------------------------------------------------------ entry

    def fill_entry(
        self,
        pseudo: str,
        gender: str = "f",
        age: int | str = 27,
        postal_code: str = "75011",
        charter: bool = True,
    ) -> None:
        page = self.page
        if not page.url.startswith(self.base_url):
            page.goto("/")
        expect(page.locator("#entry")).to_be_visible()
        page.locator("#entry-pseudo").fill(pseudo)
        page.locator(f"input[name=gender][value={gender}]").check()
        page.locator("#entry-age").fill(str(age))
        page.locator("#entry-postal").fill(postal_code)
        if charter:
            page.locator("#entry-charter").check()
        page.get_by_role("button", name="Entrer", exact=True).click()

    def enter(self, pseudo: str, **profile: Any) -> Person:
        """Go through the entry page and wait until the chat is connected in #Général."""
        self.label = pseudo
        self.fill_entry(pseudo, **profile)
        expect(self.page.locator("#app")).to_be_visible()
        expect(self.page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
        expect(self.page.locator("#room-title")).to_have_text(re.compile("Général"))
        return self

    # ------------------------------------------------------------------ chat

    def say(self, text: str) -> Locator:
        """Type and send a message; returns its bubble once the server stored it."""
        box = self.page.locator("#composer-input")
        box.fill(text)
        box.press("Enter")
        mine = self.page.locator(".msg.mine:not(.pending):not(.failed)").filter(has_text=text).last
        expect(mine).to_be_visible()
        return mine

    def messages_from(self, pseudo: str) -> Locator:
        return self.page.locator(".msg:not(.mine)").filter(
            has=self.page.locator(".msg-author", has_text=pseudo)
        )

    def message(self, text: str) -> Locator:
        return self.page.locator("#messages .msg-text").filter(has_text=text)

    def member(self, pseudo: str) -> Locator:
        return self.page.locator("#member-list .member").filter(has_text=pseudo)

    def open_profile(self, pseudo: str) -> Locator:
        self.member(pseudo).click()
        dialog = self.page.locator("#profile-dialog")
        expect(dialog).to_be_visible()
        expect(dialog.locator("#profile-pseudo")).to_have_text(pseudo)
        return dialog

    def open_dm(self, other: Person, pseudo: str, other_pseudo: str, text: str) -> None:
        """Ask ``other`` (``other_pseudo``) for a DM with ``text``; they accept, and both
        have the DM open (``pseudo`` is this person's, as the other sees it)."""
        card = self.open_profile(other_pseudo)
        card.get_by_role("button", name="Message privé").click()
        self.page.locator("#dm-dialog textarea").fill(text)
        self.page.locator("#dm-dialog").get_by_role("button", name="Envoyer la demande").click()
        notif = other.notifications().locator(".notif-item", has_text=pseudo)
        notif.get_by_role("button", name="Accepter").click()
        expect(other.page.locator("#room-title")).to_contain_text(pseudo)
        self.tab(other_pseudo).locator("[role=tab]").click()

    def open_room(self, name: str) -> None:
        self.page.locator("#sidebar .side-item").filter(has_text=name).first.click()
        expect(self.page.locator("#room-title")).to_have_text(re.compile(re.escape(name)))
        expect(self.page.locator(f'#tabs .tab.active:has-text("{name}")')).to_be_visible()

    def invite_to_new_room(self, room: str, pseudo: str) -> None:
        """Create the private room ``room`` and invite ``pseudo`` to it from its Inviter
        dialog (the invitation reaches them as a notification)."""
        page = self.page
        page.locator("#create-room-btn").click()
        page.locator("#create-room-name").fill(room)
        page.locator("#create-room-dialog").get_by_role("button", name="Créer").click()
        page.locator("#room-actions [data-act=invite]").click()
        page.locator("#invite-dialog").get_by_role("button", name=f"Inviter {pseudo}").click()

    def notifications(self) -> Locator:
        """Open the bell's panel (it never opens by itself: issue 10 §8) and return it."""
        panel = self.page.locator("#notif-panel")
        expect(self.page.locator("#notif-count")).to_be_visible()
        if not panel.is_visible():
            self.page.locator("#notif-btn").click()
        expect(panel).to_be_visible()
        return panel

    def tab(self, name: str) -> Locator:
        return self.page.locator("#tabs .tab").filter(has_text=name)
