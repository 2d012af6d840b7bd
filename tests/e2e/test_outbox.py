"""Nothing a person writes is lost (issue 10.2): lines typed offline or left unacknowledged
go again by themselves once the link is back, exactly once (`say.cid`), even after a
reload."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Locator, expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e

# Lose what the test says, as a dying mobile link would: outgoing `say` frames
# (window.__dropSay) or the answers to them (window.__dropAnswers: `sent` and the echo of
# one's own message). A reload starts clean.
LOSSY = """
(() => {
  const Native = window.WebSocket;
  window.__dropSay = false;
  window.__dropAnswers = false;
  window.WebSocket = class extends Native {
    send(data) {
      if (window.__dropSay && String(data).includes('"type":"say"')) return;
      super.send(data);
    }
    addEventListener(type, listener, options) {
      if (type !== "message") return super.addEventListener(type, listener, options);
      return super.addEventListener(type, (event) => {
        if (window.__dropAnswers) {
          const frame = JSON.parse(event.data);
          const own = frame.type === "message" && frame.from?.pseudo === "Anna";
          if (frame.type === "sent" || own) return;
        }
        listener(event);
      }, options);
    }
  };
})();
"""


def _mine(someone: Person, text: str) -> Locator:
    return someone.page.locator(".msg.mine .msg-text").filter(has_text=text)


def test_lines_typed_offline_go_when_the_link_is_back(person: Callable[..., Person]) -> None:
    anna = person().enter("Anna", gender="f", age=33, postal_code="31000")
    ben = person().enter("Ben", gender="m", age=36, postal_code="31400")
    anna.context.set_offline(True)
    state = anna.page.locator("#conn-state")
    expect(state).not_to_have_attribute("data-conn-state", "online")
    box = anna.page.locator("#composer-input")
    for text in ("Dans le métro", "Ça capte mal"):
        box.fill(text)
        box.press("Enter")
    waiting = anna.page.locator(".msg.mine.pending .msg-status")
    expect(waiting).to_have_text(["En attente du réseau…", "En attente du réseau…"])

    anna.context.set_offline(False)
    expect(state).to_have_attribute("data-conn-state", "online", timeout=20_000)
    expect(anna.page.locator(".msg.mine.pending")).to_have_count(0)
    expect(ben.message("Dans le métro")).to_have_count(1)
    expect(ben.message("Ça capte mal")).to_have_count(1)
    texts = ben.page.locator("#messages .msg:not(.mine) .msg-text").all_inner_texts()
    assert texts[-2:] == ["Dans le métro", "Ça capte mal"]
    assert _mine(anna, "Dans le métro").count() == 1


def test_an_unsent_line_survives_a_reload(person: Callable[..., Person]) -> None:
    anna = person()
    anna.context.add_init_script(LOSSY)
    anna.enter("Anna", gender="f", age=33, postal_code="31000")
    ben = person().enter("Ben", gender="m", age=36, postal_code="31400")
    anna.page.evaluate("() => { window.__dropSay = true }")
    box = anna.page.locator("#composer-input")
    box.fill("Tu as reçu ?")
    box.press("Enter")
    expect(anna.page.locator(".msg.mine.pending")).to_have_count(1)

    anna.page.reload()
    expect(anna.page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
    expect(ben.message("Tu as reçu ?")).to_have_count(1)
    expect(anna.page.locator(".msg.mine.pending")).to_have_count(0)
    expect(_mine(anna, "Tu as reçu ?")).to_have_count(1)


def test_a_line_stored_but_not_acknowledged_is_stored_once(
    person: Callable[..., Person],
) -> None:
    anna = person()
    anna.context.add_init_script(LOSSY)
    anna.enter("Anna", gender="f", age=33, postal_code="31000")
    ben = person().enter("Ben", gender="m", age=36, postal_code="31400")
    # The server stores the line, but neither its `sent` nor its echo reaches Anna.
    anna.page.evaluate("() => { window.__dropAnswers = true }")
    box = anna.page.locator("#composer-input")
    box.fill("Une seule fois")
    box.press("Enter")
    expect(ben.message("Une seule fois")).to_have_count(1)
    expect(anna.page.locator(".msg.mine.pending")).to_have_count(1)

    # She reloads: the outbox sends it again with the same cid; the server answers the
    # first `sent` and stores nothing twice.
    anna.page.reload()
    expect(anna.page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
    expect(anna.page.locator(".msg.mine.pending")).to_have_count(0)
    expect(_mine(anna, "Une seule fois")).to_have_count(1)
    ben.say("Reçu")
    expect(anna.message("Reçu")).to_be_visible()
    expect(ben.message("Une seule fois")).to_have_count(1)
