"""Accessibility in real Chromium (issue 16): axe-core on every screen, announcements,
focus, keyboard, reflow.

axe runs on every screen of SCREENS in both themes and both sizes and fails on any
serious or critical violation; a new screen (dialog, drawer, panel) gets checked once
it is added to SCREENS.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import LiveServer, create_moderator
from tests.e2e.a11y import violations
from tests.e2e.helpers import PHONE, Person
from tests.e2e.test_moderation import open_console

pytestmark = pytest.mark.e2e


def click(page: Page, selector: str) -> None:
    """Activate a control wherever it is (a drawer's content included): what is checked
    here is the screen it opens, not how it is reached (the keyboard tests do that)."""
    page.locator(selector).dispatch_event("click")


def dialog(selector: str, *, via: list[str]) -> Callable[[Page], None]:
    def open_it(page: Page) -> None:
        for step in via:
            click(page, step)
        expect(page.locator(selector)).to_be_visible()

    return open_it


def drawer(button: str, panel: str) -> Callable[[Page], None]:
    def open_it(page: Page) -> None:
        page.locator(button).click()
        expect(page.locator(panel)).to_be_visible()

    return open_it


PROFILE = "#member-list .member:not(.is-me)"
# name -> how to open it from the main screen (Escape closes each of them).
SCREENS: dict[str, Callable[[Page], None]] = {
    "notifications": dialog("#notif-panel", via=["#notif-btn"]),
    "profile": dialog("#profile-dialog", via=[PROFILE]),
    "dm request": dialog("#dm-dialog", via=[PROFILE, "#profile-dm"]),
    "block": dialog("#block-dialog", via=[PROFILE, "#profile-block"]),
    "report": dialog("#report-dialog", via=[PROFILE, "#profile-report"]),
    "inbox": dialog("#inbox-dialog", via=["#inbox-btn"]),
    "create room": dialog("#create-room-dialog", via=["#create-room-btn"]),
    "join room": dialog("#join-room-dialog", via=["#join-room-btn"]),
    "settings": dialog("#settings-dialog", via=["#settings-btn"]),
}
PHONE_SCREENS: dict[str, Callable[[Page], None]] = {
    "salons drawer": drawer("#open-nav", "#sidebar"),
    "members drawer": drawer("#open-members", "#members-panel"),
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_axe_finds_nothing_serious_on_any_screen(
    person: Callable[..., Person], live_server: LiveServer, size: str, scheme: str
) -> None:
    phone = size == "phone"
    create_moderator(live_server, "moderatrice")
    found: dict[str, list[str]] = {}
    me = person(color_scheme=scheme, **(PHONE if phone else {}))
    page = me.page
    page.goto("/")
    expect(page.locator("#entry")).to_be_visible()
    found["entry"] = violations(page)
    page.locator("#entry-submit").click()  # every field in error
    expect(page.locator("#entry-pseudo-error")).to_be_visible()
    found["entry errors"] = violations(page)

    me.enter("Anaïs")
    other = person().enter("Bruno", gender="m", age=40)
    other.say("Bonjour à toutes et à tous")
    expect(me.message("Bonjour à toutes et à tous")).to_be_visible()
    found["main"] = violations(page)
    screens = {**SCREENS, **(PHONE_SCREENS if phone else {})}
    for name, open_it in screens.items():
        open_it(page)
        found[name] = violations(page)
        page.keyboard.press("Escape")
        if name == "notifications":
            expect(page.locator("#notif-panel")).to_be_hidden()
        for _ in range(2):  # a dialog opened from the profile card may sit on top of it
            if page.locator("dialog[open]").count():
                page.keyboard.press("Escape")
        expect(page.locator("dialog[open]"), name).to_have_count(0)

    for path, ready in (("/mod/", "#login-form"), ("/notice.html", "#notice-error")):
        page.goto(path)
        expect(page.locator(ready)).to_be_visible()
        found[path] = violations(page)
    open_console(me, "moderatrice")
    found["console"] = violations(page)
    assert {name: v for name, v in found.items() if v} == {}


# ---------------------------------------------------------------- announcements


def two_people(person: Callable[..., Person]) -> tuple[Person, Person]:
    return person().enter("Anaïs"), person().enter("Bruno", gender="m", age=40)


def test_new_messages_are_announced_politely_and_summarized_when_busy(
    person: Callable[..., Person],
) -> None:
    ana, bruno = two_people(person)
    polite = ana.page.locator("#announce-polite")
    expect(polite).to_have_attribute("aria-live", "polite")
    bruno.say("Quelqu'un a vu le match ?")
    expect(polite).to_have_text("Bruno : Quelqu'un a vu le match ?")
    # Busy: more than three within the window become one summary.
    box = bruno.page.locator("#composer-input")
    for n in range(4):  # typed in a row, without waiting for each to be stored
        box.fill(f"rafale {n}")
        box.press("Enter")
    expect(polite).to_have_text(re.compile(r"^4 nouveaux messages dans .*Général"))
    # From here on, everything the region says is recorded.
    ana.page.evaluate(
        """() => {
            const region = document.querySelector("#announce-polite");
            window.spoken = [];
            new MutationObserver(() => region.textContent && window.spoken.push(region.textContent))
                .observe(region, { childList: true, characterData: true, subtree: true });
        }"""
    )
    # Her own messages are not read back to her.
    ana.say("Moi non")
    # The setting turns them off ...
    settings = ana.page.locator("#settings-announce")
    ana.page.locator("#settings-btn").click()
    settings.select_option("off")
    ana.page.keyboard.press("Escape")
    bruno.say("Dommage")
    expect(ana.message("Dommage")).to_be_visible()
    # ... and on again: the next message is spoken alone (had "Dommage" been kept, it
    # would come with it or before it).
    ana.page.locator("#settings-btn").click()
    settings.select_option("messages")
    ana.page.keyboard.press("Escape")
    bruno.say("Revoilà")
    expect(polite).to_have_text("Bruno : Revoilà")
    spoken = ana.page.evaluate("() => window.spoken")
    assert [text for text in spoken if "Dommage" in text or "Moi non" in text] == [], spoken


def test_dm_requests_and_mentions_are_announced_assertively_once(
    person: Callable[..., Person],
) -> None:
    ana, bruno = two_people(person)
    urgent = ana.page.locator("#announce-assertive")
    expect(urgent).to_have_attribute("aria-live", "assertive")
    bruno.say("Anaïs, tu es là ?")
    expect(urgent).to_have_text(re.compile(r"^Bruno vous mentionne dans .*Général : Anaïs, tu es"))
    bruno.open_profile("Anaïs").locator("#profile-dm").click()
    bruno.page.locator("#dm-text").fill("On papote ?")
    bruno.page.get_by_role("button", name="Envoyer la demande").click()
    expect(urgent).to_have_text("Demande de message privé de Bruno : On papote ?")
    # Announced, and counted on the bell: the panel never opens by itself (issue 10 §8).
    expect(ana.page.locator("#notif-count")).to_have_text("1")
    expect(ana.page.locator("#notif-panel")).to_be_hidden()


# ---------------------------------------------------------------- errors, focus, keyboard


def test_the_dm_dialog_shows_and_announces_its_error(person: Callable[..., Person]) -> None:
    ana = person().enter("Anaïs")
    person().enter("Bruno", gender="m", age=40)
    ana.open_profile("Bruno").locator("#profile-dm").click()
    ana.page.get_by_role("button", name="Envoyer la demande").click()
    error = ana.page.locator("#dm-text-error")
    expect(error).to_have_text("Écrivez un premier message.")
    box = ana.page.get_by_role("textbox", name="Premier message")
    expect(box).to_be_focused()
    expect(box).to_have_accessible_description(re.compile("Écrivez un premier message"))
    assert ana.page_errors == []


def test_escape_in_the_notifications_returns_to_the_bell(person: Callable[..., Person]) -> None:
    ana = person().enter("Anaïs")
    bell = ana.page.locator("#notif-btn")
    bell.focus()
    ana.page.keyboard.press("Enter")
    expect(ana.page.locator("#notif-panel")).to_be_visible()
    ana.page.keyboard.press("Escape")
    expect(ana.page.locator("#notif-panel")).to_be_hidden()
    expect(bell).to_be_focused()


DRAWERS = [("#open-nav", "#sidebar"), ("#open-members", "#members-panel")]


@pytest.mark.parametrize(("button", "panel"), DRAWERS)
def test_focus_stays_in_an_open_phone_drawer(
    person: Callable[..., Person], button: str, panel: str
) -> None:
    phone = person(**PHONE).enter("Hugo", gender="m", age=25)
    page = phone.page
    page.locator(button).click()
    expect(page.locator(panel)).to_be_visible()
    expect(page.locator(f"{panel} [data-close-drawer]")).to_be_focused()
    for _ in range(40):
        page.keyboard.press("Tab")
        inside = page.evaluate(
            "(sel) => document.querySelector(sel).contains(document.activeElement)"
            " || document.activeElement === document.body",
            panel,
        )
        assert inside, page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)")
    page.keyboard.press("Escape")
    expect(page.locator(panel)).to_be_hidden()
    expect(page.locator(button)).to_be_focused()


def test_a_message_sent_with_the_keyboard_alone(person: Callable[..., Person]) -> None:
    ana = person().enter("Anaïs")
    page = ana.page
    page.locator("body").focus()
    for _ in range(60):  # Tab until the composer (the skip link leads there first)
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "composer-input":
            break
    expect(page.locator("#composer-input")).to_be_focused()
    page.keyboard.type("Au clavier seulement")
    page.keyboard.press("Enter")
    expect(page.locator(".msg.mine").filter(has_text="Au clavier seulement")).to_be_visible()


@pytest.mark.parametrize(("width", "height"), [(320, 640), (195, 422)])
def test_reflow_at_320_css_pixels_and_narrower(
    person: Callable[..., Person], width: int, height: int
) -> None:
    """WCAG 1.4.10: 320 CSS px wide (a 1280 px screen at 400 %), and the audit's phone at
    200 % zoom (195 x 422): no horizontal scrolling, every control of the top bar and the
    composer on screen."""
    viewport = {"width": width, "height": height}
    small = person(viewport=viewport, is_mobile=True, has_touch=True)
    small.page.goto("/")
    expect(small.page.locator("#entry")).to_be_visible()
    assert small.page.evaluate("() => document.documentElement.scrollWidth") <= width
    small.enter("Zoé")
    page = small.page
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    controls = ("#open-nav", "#conn-state", "#inbox-btn", "#notif-btn", "#theme-btn")
    for control in (*controls, "#open-members", "#composer-input", "#composer-send"):
        box = page.locator(control).bounding_box()
        assert box is not None, control
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, (control, box)
        assert box["y"] >= 0 and box["y"] + box["height"] <= height, (control, box)


def test_the_report_dialog_fits_at_320_css_pixels(person: Callable[..., Person]) -> None:
    person().enter("Bruno", gender="m", age=40)
    small = person(viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True)
    page = small.enter("Zoé").page
    page.locator("#open-members").click()
    small.member("Bruno").click()
    page.locator("#profile-report").click()
    report = page.locator("#report-dialog")
    expect(report).to_be_visible()
    box = report.bounding_box()
    assert box is not None
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320, box
    send = page.get_by_role("button", name="Envoyer le signalement")
    send.scroll_into_view_if_needed()
    expect(send).to_be_in_viewport()


def test_text_follows_the_browsers_font_size(person: Callable[..., Person]) -> None:
    """Text is sized in rem: doubling the root size (the browser's font-size setting)
    doubles it (WCAG 1.4.4)."""
    page = person().enter("Anaïs").page
    measure = """() => ["#composer-input", "#room-title", ".side-title", "#conn-label"].map(
        (s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))"""
    before = page.evaluate(measure)
    page.evaluate("() => { document.documentElement.style.fontSize = '32px'; }")
    after = page.evaluate(measure)
    assert after == [2 * size for size in before]


def test_offline_a_notice_link_opens_the_notice_page(person: Callable[..., Person]) -> None:
    """A moderation notice's link, offline: the notice page's shell (which says it cannot
    load the notice), not the entry page."""
    someone = person(service_workers="allow")
    page = someone.page
    page.goto("/")
    page.evaluate("async () => { await navigator.serviceWorker.ready; }")
    page.reload()
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")
    someone.context.set_offline(True)
    try:
        page.goto("/notice.html?id=n1&key=k1")
        expect(page.locator("#notice-error")).to_have_text(re.compile("connexion|réseau", re.I))
        expect(page.locator("#entry")).to_have_count(0)
    finally:
        someone.context.set_offline(False)


def test_open_tabs_are_a_valid_tablist_closed_with_delete(person: Callable[..., Person]) -> None:
    """Two open conversations show the tab strip: axe finds nothing serious in it (a
    tablist holds only tabs), and Delete on the focused tab leaves that salon."""
    ana = person().enter("Anaïs")
    page = ana.page
    ana.open_room("Cinéma")
    expect(page.locator("#tabs [role=tab]")).to_have_count(2)
    assert violations(page) == []
    cinema = page.locator("#tabs [role=tab]").filter(has_text="Cinéma")
    expect(cinema).to_have_attribute("aria-keyshortcuts", "Delete")
    cinema.focus()
    page.keyboard.press("Delete")
    expect(ana.tab("Cinéma")).to_have_count(0)
    expect(page.locator("#tabs")).to_be_hidden()
