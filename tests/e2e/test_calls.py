"""1:1 calls in real Chromium with fake devices (issue 13 §1): two people set up a call
after consent and each side's RTCPeerConnection.getStats() shows inbound audio growing,
then video once a camera is on (blurred until "Voir la caméra"); a call goes on across a
dropped socket; a declined call never creates a peer connection; a blocked person's call
never rings.

One Chromium for the module, launched with a fake microphone and camera; every
RTCPeerConnection a page creates is kept in ``window.__pcs`` (an init script), so the
tests read the real getStats() and can tell that none was created.

``PAPOTE_UPDATE_SCREENSHOTS=1`` also writes docs/screenshots/call-ringing.png and
call-blurred.png from the run.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Playwright, expect

from tests.conftest import UNIT, LiveServer, create_moderator
from tests.e2e.a11y import ready_for_axe
from tests.e2e.helpers import CHROMIUM_ARGS, HEADLESS_SHELL, Person, shoot
from tests.e2e.test_moderation import open_console

COUNT_PEERS = """
window.__pcs = [];
const Native = window.RTCPeerConnection;
window.RTCPeerConnection = class extends Native {
  constructor(...args) { super(...args); window.__pcs.push(this); }
};
"""

# Every WebSocket the page opens is kept in ``window.__sockets`` (to drop one on purpose).
KEEP_SOCKETS = """
window.__sockets = [];
const NativeSocket = window.WebSocket;
window.WebSocket = class extends NativeSocket {
  constructor(...args) { super(...args); window.__sockets.push(this); }
};
"""

# Bytes received so far by every peer connection of the page, for one kind of media.
INBOUND = """async (kind) => {
  let total = 0;
  for (const pc of window.__pcs) {
    (await pc.getStats()).forEach((s) => {
      if (s.type === "inbound-rtp" && s.kind === kind) total += s.bytesReceived || 0;
    });
  }
  return total;
}"""
# Wait (Playwright polls the page) until more than `after` bytes of `kind` came in.
MORE_THAN = f"""async ([kind, after]) => {{
  const total = await ({INBOUND})(kind);
  return total > after ? total : false;
}}"""


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """This module's Chromium: media permission granted, a fake microphone (a beep) and a
    fake camera (a moving pattern)."""
    args = [*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]
    browser = playwright.chromium.launch(executable_path=HEADLESS_SHELL, args=args)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def caller(person: Callable[..., Person]) -> Callable[..., Person]:
    def make(**options: Any) -> Person:
        someone = person(permissions=["microphone", "camera"], **options)
        someone.context.add_init_script(COUNT_PEERS)
        return someone

    return make


def peers(page: Page) -> int:
    count: int = page.evaluate("window.__pcs.length")
    return count


def inbound(page: Page, kind: str) -> int:
    total: int = page.evaluate(INBOUND, kind)
    return total


def grows(page: Page, kind: str) -> None:
    """Inbound bytes of ``kind`` are there, and more keep coming (getStats, polled)."""
    timeout = 20_000 * UNIT
    first = page.wait_for_function(MORE_THAN, arg=[kind, 0], timeout=timeout).json_value()
    page.wait_for_function(MORE_THAN, arg=[kind, first], timeout=timeout)


def call_violations(page: Page) -> list[str]:
    """axe-core's serious and critical WCAG 2.2 A/AA findings inside the call layer (the
    ringing card and the call panel; the rest of the screen is test_a11y.py's)."""
    ready_for_axe(page)
    found: list[str] = page.evaluate(
        """async () => {
            const result = await window.axe.run({ include: [["#call-layer"]] }, {
                runOnly: { type: "tag", values: [
                    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
                resultTypes: ["violations"],
            });
            return result.violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "));
        }"""
    )
    return found


def call_button(someone: Person, pseudo: str) -> Any:
    return someone.page.get_by_role("button", name=re.compile(f"^Appeler {pseudo}"))


def test_a_call_after_consent_carries_audio_then_video_blurred_until_shown(
    caller: Callable[..., Person], person: Callable[..., Person], live_server: LiveServer
) -> None:
    alice = caller().enter("Alice")
    bob = caller().enter("Bob")
    alice.open_dm(bob, "Alice", "Bob", "On s'appelle ?")
    call_button(alice, "Bob").click()
    ring = bob.page.locator("#call-ring")
    expect(ring).to_be_visible()
    expect(ring.locator("h2")).to_have_text("Appel d'Alice")
    expect(alice.page.locator("#call-panel .call-phase")).to_have_text("Sonnerie…")
    # Nothing exists between them before Bob answers.
    assert peers(alice.page) == 0 and peers(bob.page) == 0
    shoot(bob.page, "call-ringing.png")
    assert call_violations(bob.page) == []

    ring.get_by_role("button", name="Répondre").click()
    expect(ring).to_be_hidden()
    for someone in (alice, bob):
        expect(someone.page.locator("#call-panel .call-phase")).to_have_text("En appel")
        expect(someone.page.locator("#call-panel .call-timer")).to_have_text(
            re.compile(r"^\d+:\d\d$")
        )
    grows(alice.page, "audio")
    grows(bob.page, "audio")
    # The camera is off on both sides until someone turns theirs on.
    assert inbound(alice.page, "video") == 0 and inbound(bob.page, "video") == 0
    camera = alice.page.get_by_role("button", name="Allumer la caméra")
    expect(camera).to_have_attribute("aria-pressed", "false")
    camera.click()
    expect(alice.page.get_by_role("button", name="Éteindre la caméra")).to_have_attribute(
        "aria-pressed", "true"
    )
    remote = bob.page.locator("#call-panel .call-remote")
    expect(remote).to_be_visible()
    expect(remote).to_have_attribute("data-blurred", "true")
    grows(bob.page, "video")
    # Frames are decoded and painted (under the blur).
    bob.page.wait_for_function(
        "() => document.querySelector('#call-panel .call-remote-video').videoWidth > 0"
    )
    shoot(bob.page, "call-blurred.png")
    assert call_violations(bob.page) == []
    bob.page.get_by_role("button", name="Voir la caméra").click()
    expect(remote).to_have_attribute("data-blurred", "false")
    # Muting is told to the other side.
    alice.page.get_by_role("button", name="Couper le micro").click()
    expect(bob.page.locator("#call-panel .call-remote-state")).to_contain_text(
        "Micro d'Alice coupé"
    )

    alice.page.get_by_role("button", name="Raccrocher").click()
    expect(bob.page.locator("#call-panel")).to_be_hidden()
    expect(bob.page.locator(".toast", has_text="Alice a raccroché.")).to_be_visible()
    expect(alice.page.locator("#call-panel")).to_be_hidden()

    # A moderator sees the calls going on (who, since when; never their content) and
    # ends one: both sides are told.
    call_button(alice, "Bob").click()
    ring.get_by_role("button", name="Répondre").click()
    expect(alice.page.locator("#call-panel .call-phase")).to_have_text("En appel")
    create_moderator(live_server, "modo")
    console = open_console(person(), "modo")
    console.get_by_role("tab", name=re.compile("Appels")).click()
    card = console.locator("#calls-list li", has_text="Alice → Bob")
    expect(card).to_contain_text("En cours")
    # (A loaded machine decodes and encodes the calls' media in the same browser.)
    card.get_by_role("button", name="Terminer l'appel entre Alice et Bob").click(
        timeout=30_000 * UNIT
    )
    for someone in (alice, bob):
        expect(
            someone.page.locator(".toast", has_text="Appel terminé par la modération.")
        ).to_be_visible()
        expect(someone.page.locator("#call-panel")).to_be_hidden()
    expect(console.locator("#calls-status")).to_have_text("Aucun appel.")


def test_a_call_goes_on_across_a_dropped_socket(caller: Callable[..., Person]) -> None:
    """The media is browser to browser: Bob's WebSocket closing does not stop it, and
    his page takes the call back on its new socket (``call_resume``) within the grace."""
    alice = caller().enter("Alice")
    bob = caller()
    bob.context.add_init_script(KEEP_SOCKETS)
    bob.enter("Bob")
    alice.open_dm(bob, "Alice", "Bob", "On s'appelle ?")
    call_button(alice, "Bob").click()
    bob.page.locator("#call-ring").get_by_role("button", name="Répondre").click()
    for someone in (alice, bob):
        expect(someone.page.locator("#call-panel .call-phase")).to_have_text("En appel")
    grows(bob.page, "audio")
    before = inbound(bob.page, "audio")

    bob.page.evaluate("() => window.__sockets.at(-1).close()")
    # A new socket, online again, and the call still on: the audio bytes keep growing.
    bob.page.wait_for_function(
        "() => window.__sockets.length >= 2 && window.__sockets.at(-1).readyState === 1",
        timeout=20_000 * UNIT,
    )
    expect(bob.page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
    expect(bob.page.locator("#call-panel .call-phase")).to_have_text("En appel")
    bob.page.wait_for_function(MORE_THAN, arg=["audio", before], timeout=20_000 * UNIT)
    # The new socket holds the call: what Bob's page signals reaches Alice (the server
    # takes it only from the socket holding the call), here his camera.
    bob.page.get_by_role("button", name="Allumer la caméra").click()
    expect(alice.page.locator("#call-panel .call-remote")).to_be_visible()
    grows(alice.page, "video")
    for someone in (alice, bob):
        expect(someone.page.locator(".toast", has_text="connexion a été perdue")).to_have_count(0)
        expect(someone.page.locator("#call-panel")).to_be_visible()
    assert peers(bob.page) == 1  # the same peer connection all along
    alice.page.get_by_role("button", name="Raccrocher").click()
    expect(bob.page.locator(".toast", has_text="Alice a raccroché.")).to_be_visible()


def test_a_declined_call_creates_no_connection_and_a_blocked_persons_call_never_rings(
    caller: Callable[..., Person],
) -> None:
    alice = caller().enter("Alice")
    bob = caller()
    heard: list[str] = []  # the type of every frame Bob's page receives, in order
    bob.page.on(
        "websocket",
        lambda ws: ws.on(
            "framereceived", lambda payload: heard.append(json.loads(payload).get("type", ""))
        ),
    )
    bob.enter("Bob")
    alice.open_dm(bob, "Alice", "Bob", "Coucou")

    # Bob is on a phone: the card spans the top of the screen, every button in reach.
    bob.page.set_viewport_size({"width": 390, "height": 844})
    call_button(alice, "Bob").click()
    ring = bob.page.locator("#call-ring")
    expect(ring).to_be_visible()
    box = ring.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    for name in ("Répondre", "Refuser", "Bloquer et signaler"):
        button = ring.get_by_role("button", name=name).bounding_box()
        assert (
            button is not None and button["height"] >= 44 and button["x"] + button["width"] <= 390
        )
    assert call_violations(bob.page) == []
    ring.get_by_role("button", name="Refuser").click()
    expect(alice.page.locator(".toast", has_text="Pas de réponse de Bob.")).to_be_visible()
    expect(alice.page.locator("#call-panel")).to_be_hidden()
    assert peers(alice.page) == 0 and peers(bob.page) == 0
    assert heard.count("call_incoming") == 1

    # Bloquer et signaler, from the ringing card: the call ends, the report form opens.
    call_button(alice, "Bob").click()
    ring.get_by_role("button", name="Bloquer et signaler").click()
    dialog = bob.page.locator("#report-dialog")
    expect(dialog.locator("h2")).to_have_text("Signaler l'appel avec Alice")
    dialog.locator("#report-category").select_option("harassment")
    dialog.get_by_role("button", name="Envoyer le signalement").click()
    expect(bob.page.locator(".toast", has_text="Signalement envoyé")).to_be_visible()
    expect(alice.page.locator(".toast", has_text="Pas de réponse de Bob.").last).to_be_visible()
    assert heard.count("call_incoming") == 2

    # Alice, blocked, calls again: it seems to ring for her, never for Bob. The server
    # would have queued Bob's `call_incoming` before answering Alice; anything Bob's page
    # receives after that (his heartbeat's pong at the latest) comes after it.
    call_button(alice, "Bob").click()
    expect(alice.page.locator("#call-panel .call-phase")).to_have_text("Sonnerie…")
    seen = len(heard)
    for _ in range(int(100 * UNIT)):  # Playwright delivers the page's frames while it waits
        if len(heard) > seen:
            break
        bob.page.wait_for_timeout(100)
    assert len(heard) > seen, "Bob's page heard nothing more (not even a pong)"
    assert heard.count("call_incoming") == 2
    expect(ring).to_be_hidden()
    alice.page.get_by_role("button", name="Annuler l'appel").click()
    expect(alice.page.locator("#call-panel")).to_be_hidden()
    assert peers(alice.page) == 0 and peers(bob.page) == 0


# The ICE username fragment of a page's (only) peer connection's local or remote
# description: a new one means an ICE restart went through.
UFRAG = """(which) => {
  const description = window.__pcs[0] && window.__pcs[0][which];
  const found = description && description.sdp.match(/a=ice-ufrag:(\\S+)/);
  return found ? found[1] : null;
}"""
CHANGED = f"""([which, old]) => {{
  const now = ({UFRAG})(which);
  return now && now !== old;
}}"""
CONNECTED = """() => ["connected", "completed"].includes(window.__pcs[0].iceConnectionState)"""


def ufrag(page: Page, which: str) -> str:
    value: str = page.evaluate(UFRAG, which)
    return value


def test_a_call_restarts_ice_instead_of_dying(caller: Callable[..., Person]) -> None:
    """A call's network path changes (the browser says it is online on a new network) or
    ICE is restarted by the other side (as on a failure): a new offer goes through the
    server's relay with new ICE credentials, the same peer connection reconnects, and the
    audio keeps coming both ways."""
    alice = caller().enter("Alice")
    bob = caller().enter("Bob")
    alice.open_dm(bob, "Alice", "Bob", "On s'appelle ?")
    call_button(alice, "Bob").click()
    bob.page.locator("#call-ring").get_by_role("button", name="Répondre").click()
    for someone in (alice, bob):
        expect(someone.page.locator("#call-panel .call-phase")).to_have_text("En appel")
        grows(someone.page, "audio")
    timeout = 20_000 * UNIT

    # Alice's network changes: her page restarts ICE (the caller's new offer).
    sent, got = ufrag(alice.page, "localDescription"), ufrag(bob.page, "remoteDescription")
    assert sent == got
    heard = inbound(bob.page, "audio")
    alice.page.evaluate("() => window.dispatchEvent(new Event('online'))")
    bob.page.wait_for_function(CHANGED, arg=["remoteDescription", got], timeout=timeout)
    assert ufrag(alice.page, "localDescription") == ufrag(bob.page, "remoteDescription") != sent
    for someone in (alice, bob):
        someone.page.wait_for_function(CONNECTED, timeout=timeout)
    bob.page.wait_for_function(MORE_THAN, arg=["audio", heard], timeout=timeout)

    # Bob's side restarts ICE (pc.restartIce(), as the page does on a failure): the
    # callee's offer reaches Alice, who answers; the audio goes on both ways.
    got = ufrag(alice.page, "remoteDescription")
    heard_before = [inbound(someone.page, "audio") for someone in (alice, bob)]
    bob.page.evaluate("() => window.__pcs[0].restartIce()")
    alice.page.wait_for_function(CHANGED, arg=["remoteDescription", got], timeout=timeout)
    assert ufrag(bob.page, "localDescription") == ufrag(alice.page, "remoteDescription")
    for someone, before in zip((alice, bob), heard_before, strict=True):
        someone.page.wait_for_function(CONNECTED, timeout=timeout)
        someone.page.wait_for_function(MORE_THAN, arg=["audio", before], timeout=timeout)
        expect(someone.page.locator("#call-panel .call-phase")).to_have_text("En appel")
        expect(someone.page.locator(".toast", has_text="a échoué")).to_have_count(0)
        assert peers(someone.page) == 1  # the same peer connection all along
    alice.page.get_by_role("button", name="Raccrocher").click()
    expect(bob.page.locator(".toast", has_text="Alice a raccroché.")).to_be_visible()
