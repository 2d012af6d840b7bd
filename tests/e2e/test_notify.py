"""Being told while Papote is not the visible tab (issue 10.7): notifications asked for
after a first DM request (never on load), a sound, the count in the title and on the
app's icon, and a room that can be muted."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e

# The browser's notification, audio, badge and visibility, recorded instead of shown: a
# headless browser has no screen to show them on and no one to switch tabs.
RECORD = """
(() => {
  window.__asked = 0;
  window.__notes = [];
  window.__chimes = 0;
  window.__badge = null;
  window.__hidden = false;
  class FakeNotification {
    static permission = "default";
    static requestPermission() {
      window.__asked += 1;
      FakeNotification.permission = "granted";
      return Promise.resolve("granted");
    }
    constructor(title, options = {}) { window.__notes.push({ title, body: options.body }); }
    close() {}
  }
  window.Notification = FakeNotification;
  class FakeAudio {
    constructor() { this.currentTime = 0; this.destination = {}; }
    createOscillator() {
      window.__chimes += 1;
      return { frequency: {}, connect: (n) => n, start() {}, stop() {} };
    }
    createGain() {
      const gain = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
      return { gain, connect: (n) => n };
    }
  }
  window.AudioContext = FakeAudio;
  navigator.setAppBadge = (n) => { window.__badge = n; return Promise.resolve(); };
  navigator.clearAppBadge = () => { window.__badge = 0; return Promise.resolve(); };
  Object.defineProperty(Document.prototype, "hidden", { get: () => window.__hidden });
  Object.defineProperty(Document.prototype, "visibilityState", {
    get: () => (window.__hidden ? "hidden" : "visible"),
  });
})();
"""


def _hide(someone: Person, hidden: bool = True) -> None:
    someone.page.evaluate(
        "(h) => { window.__hidden = h; document.dispatchEvent(new Event('visibilitychange')) }",
        hidden,
    )


def _notes(someone: Person) -> list[dict[str, str]]:
    notes: list[dict[str, str]] = someone.page.evaluate("() => window.__notes")
    return notes


def test_notifications_sound_title_badge_and_mute(person: Callable[..., Person]) -> None:
    anna = person()
    anna.context.add_init_script(RECORD)
    anna.enter("Anna", gender="f", age=33, postal_code="31000")
    ben = person()
    ben.context.add_init_script(RECORD)
    ben.enter("Ben", gender="m", age=36, postal_code="31400")
    # Never asked on load.
    assert anna.page.evaluate("() => window.__asked") == 0
    assert ben.page.evaluate("() => window.__asked") == 0

    # Anna sends a DM request: now the question makes sense, once.
    card = anna.open_profile("Ben")
    card.get_by_role("button", name="Message privé").click()
    anna.page.locator("#dm-dialog textarea").fill("On parle en privé ?")
    _hide(ben)
    anna.page.locator("#dm-dialog").get_by_role("button", name="Envoyer la demande").click()
    expect(anna.page.locator("#toasts")).to_contain_text("Demande envoyée à Ben")
    assert anna.page.evaluate("() => window.__asked") == 1

    # Ben, on another tab, is told of the request: the title and the badge count it. He has
    # not allowed notifications yet, so only the sound and the count.
    expect(ben.page).to_have_title(re.compile(r"^\(1\) "))
    assert ben.page.evaluate("() => window.__badge") == 1
    assert ben.page.evaluate("() => window.__chimes") > 0
    assert _notes(ben) == []

    # He comes back and accepts (and is asked about notifications then).
    _hide(ben, False)
    ben.notifications().locator(".notif-item", has_text="Anna").get_by_role(
        "button", name="Accepter"
    ).click()
    expect(ben.page.locator("#room-title")).to_contain_text("Anna")
    assert ben.page.evaluate("() => window.__asked") == 1
    expect(ben.page).not_to_have_title(re.compile(r"^\("))
    assert ben.page.evaluate("() => window.__badge") == 0

    # Ben switches tabs; Anna writes in the DM, then names him in #Général.
    _hide(ben)
    anna.tab("Ben").locator("[role=tab]").click()
    anna.say("Tu es là ?")
    ben.page.wait_for_function("() => window.__notes.length >= 1")
    assert _notes(ben)[0] == {"title": "Anna vous écrit", "body": "Tu es là ?"}
    expect(ben.page).to_have_title(re.compile(r"^\(1\) "))
    anna.tab("Général").locator("[role=tab]").click()
    anna.say("Ben, tu viens ?")
    ben.page.wait_for_function("() => window.__notes.length >= 2")
    assert _notes(ben)[1] == {"title": "Anna parle de vous dans Général", "body": "Ben, tu viens ?"}
    assert ben.page.evaluate("() => window.__badge") == 2

    # A muted DM tells nothing: no notification, no sound, not in the count.
    _hide(ben, False)
    ben.tab("Anna").locator("[role=tab]").click()
    mute = ben.page.locator("#room-actions [data-act=mute]")
    mute.click()
    expect(mute).to_have_attribute("aria-pressed", "true")
    expect(ben.page.locator("#toasts")).to_contain_text("Anna est en sourdine")
    ben.tab("Général").locator("[role=tab]").click()
    _hide(ben)
    chimes = ben.page.evaluate("() => window.__chimes")
    anna.tab("Ben").locator("[role=tab]").click()
    anna.say("Tu dors ?")
    anna.tab("Général").locator("[role=tab]").click()
    anna.say("Bon, j'y vais")
    expect(ben.message("Bon, j'y vais")).to_be_attached()
    expect(ben.tab("Anna").locator(".badge")).to_have_text("1")
    assert len(_notes(ben)) == 2
    assert ben.page.evaluate("() => window.__chimes") == chimes
    # The title counts the unread line in #Général (the page is hidden), not the muted DM.
    expect(ben.page).to_have_title(re.compile(r"^\(1\) Général"))

    # The sound can be turned off in the settings, and stays off.
    _hide(ben, False)
    ben.page.locator("#settings-btn").click()
    sound = ben.page.locator("#settings-sound")
    expect(sound).to_be_checked()
    sound.uncheck()
    assert ben.page.evaluate("() => localStorage.getItem('papote.sound')") == "off"
