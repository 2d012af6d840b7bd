"""Live feel: the connection state is visible, and a dropped link resumes where it was."""

from __future__ import annotations

import re
import signal
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.conftest import UNIT, LiveServer
from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e

# Keep a handle on the page's WebSocket so the test can cut it like a network drop would.
TRACK_SOCKETS = """
(() => {
  const Native = window.WebSocket;
  window.__sockets = [];
  window.WebSocket = class extends Native {
    constructor(...args) { super(...args); window.__sockets.push(this); }
  };
})();
"""


def test_reconnect_after_a_network_drop_resumes_history(person: Callable[..., Person]) -> None:
    anna = person()
    anna.context.add_init_script(TRACK_SOCKETS)
    anna.enter("Anna", gender="f", age=33, postal_code="31000")
    anna.open_room("Cinéma")
    ben = person().enter("Ben", gender="m", age=36, postal_code="31400")
    ben.open_room("Cinéma")
    expect(anna.member("Ben")).to_be_visible()
    ben.say("Vu le dernier film ?")
    expect(anna.message("Vu le dernier film ?")).to_be_visible()
    anna.say("Pas encore !")

    # The network goes away and the socket drops.
    anna.context.set_offline(True)
    anna.page.evaluate("() => window.__sockets.at(-1).close()")
    state = anna.page.locator("#conn-state")
    expect(state).not_to_have_attribute("data-conn-state", "online")
    expect(state).to_have_text(re.compile("Hors ligne|Reconnexion"))
    expect(anna.page.locator("#conn-banner")).to_be_visible()
    expect(anna.page.locator("#composer-send")).to_be_disabled()
    expect(ben.member("Anna")).to_have_count(0)  # presence: Anna left

    # Meanwhile the conversation goes on without her.
    ben.say("Il est génial")

    # The network comes back: the same tabs, and what was missed shows up once.
    anna.context.set_offline(False)
    expect(state).to_have_attribute("data-conn-state", "online", timeout=20_000)
    expect(state).to_have_text("Connecté")
    expect(anna.page.locator("#conn-banner")).to_be_hidden()
    expect(anna.page.locator("#room-title")).to_have_text(re.compile("Cinéma"))
    expect(anna.tab("Général")).to_be_visible()
    expect(anna.message("Il est génial")).to_have_count(1)
    expect(anna.message("Vu le dernier film ?")).to_have_count(1)
    expect(anna.message("Pas encore !")).to_have_count(1)
    expect(ben.member("Anna")).to_be_visible()  # presence: back
    assert anna.page.evaluate("() => window.__sockets.length") >= 2

    # And the conversation goes on.
    anna.say("Je le vois ce soir")
    expect(ben.message("Je le vois ce soir")).to_be_visible()


def test_composer_limits_and_rate_limit_pacing(person: Callable[..., Person]) -> None:
    someone = person().enter("Bavard", gender="m", age=52, postal_code="67000")
    page = someone.page
    box = page.locator("#composer-input")
    counter = page.locator("#composer-count")

    # Over 500 characters cannot be typed; near the limit the counter says where you are.
    box.fill("a" * 600)
    assert len(box.input_value()) == 500
    expect(counter).to_have_text("500/500")
    expect(counter).to_have_class(re.compile(r"\bfull\b"))
    # Far from the limit it stays out of the way (issue 10.12); it shows in the last fifth.
    box.fill("Bonjour")
    expect(counter).to_be_hidden()
    box.fill("b" * 420)
    expect(counter).to_be_visible()
    expect(counter).to_have_text("420/500")
    box.fill("Bonjour")
    expect(counter).to_be_hidden()

    # A burst of messages: past the server's say burst (5) the rate limit paces them
    # (issue 10.3): the lines wait their turn, say when they will go, and all arrive, in
    # the order typed, none refused.
    for n in range(8):
        box.fill(f"message {n}")
        box.press("Enter")
    waiting = page.locator(".msg.mine.pending .msg-status").filter(
        has_text=re.compile(r"Envoi dans \d+ s")
    )
    expect(waiting.first).to_be_visible()
    sent = page.locator(".msg.mine:not(.pending):not(.failed)")
    expect(sent).to_have_count(8, timeout=20_000 * UNIT)
    assert sent.locator(".msg-text").all_inner_texts() == [f"message {n}" for n in range(8)]
    seqs = [int(s) for s in sent.evaluate_all("(nodes) => nodes.map((n) => n.dataset.seq)")]
    assert seqs == sorted(seqs)
    expect(page.locator(".msg.failed")).to_have_count(0)
    expect(page.locator("#composer-status")).to_have_text("")


def test_a_network_drop_is_noticed_within_5_seconds(person: Callable[..., Person]) -> None:
    # Issue 10.1: the socket is not closed, the network just goes away; the browser's
    # offline event ends the link at once, without waiting for a TCP timeout.
    anna = person()
    anna.context.add_init_script(TRACK_SOCKETS)
    anna.enter("Anna", gender="f", age=33, postal_code="31000")
    state = anna.page.locator("#conn-state")
    anna.context.set_offline(True)
    expect(state).not_to_have_attribute("data-conn-state", "online", timeout=5_000 * UNIT)
    expect(anna.page.locator("#conn-banner")).to_be_visible()
    anna.context.set_offline(False)
    expect(state).to_have_attribute("data-conn-state", "online", timeout=20_000 * UNIT)
    expect(state).to_have_text("Connecté")


def test_a_silent_dead_link_is_noticed_by_the_heartbeat(
    person: Callable[..., Person], live_server: LiveServer
) -> None:
    # Issue 10.1: no offline event, no close: the server stops answering (a frozen
    # process, as behind a dead NAT). The client's heartbeat gives up within 5 s, shows
    # "Reconnexion", and comes back on its own once the server answers again.
    anna = person()
    anna.context.add_init_script(TRACK_SOCKETS)
    anna.enter("Anna", gender="f", age=33, postal_code="31000")
    state = anna.page.locator("#conn-state")
    # A quiet room is not a dead link: the probes are answered, the socket stays.
    anna.page.wait_for_timeout(4_000)
    assert anna.page.evaluate("() => window.__sockets.length") == 1
    expect(state).to_have_attribute("data-conn-state", "online")

    live_server.process.send_signal(signal.SIGSTOP)
    try:
        expect(state).not_to_have_attribute("data-conn-state", "online", timeout=5_000 * UNIT)
        expect(state).to_have_text(re.compile("Reconnexion"))
    finally:
        live_server.process.send_signal(signal.SIGCONT)
    expect(state).to_have_attribute("data-conn-state", "online", timeout=30_000 * UNIT)
    expect(state).to_have_text("Connecté")
