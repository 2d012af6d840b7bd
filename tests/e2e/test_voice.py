"""Voice salons in Chromium with fake microphones, through the run's real Janus: three
people in "Vocal Général" each receive audio (getStats inbound bytes growing); a person a
moderator removes stops receiving (kicked through Janus's API, even if their page kept its
connection open) while the others go on; without a media server the voice salons are
hidden with a notice."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from papote.voice.janus_process import JanusProcess
from tests.conftest import UNIT, LiveServer, create_moderator, janus_env, start_server
from tests.e2e.a11y import violations
from tests.e2e.helpers import PHONE, Person
from tests.e2e.test_moderation import open_console

pytestmark = pytest.mark.e2e

DESKTOP: dict[str, Any] = {"viewport": {"width": 1280, "height": 860}}

# Sum of the audio bytes a page's voice connection has received (-1 while none exists);
# `kept`: the connection the test kept open after the page was told it was removed.
INBOUND = """async (kept) => {
  const pc = kept ? window.keptPc : window.papoteVoice && window.papoteVoice.pc;
  if (!pc) return -1;
  let bytes = 0;
  (await pc.getStats()).forEach((r) => {
    if (r.type === "inbound-rtp" && r.kind === "audio") bytes += r.bytesReceived;
  });
  return bytes;
}"""


@pytest.fixture
def voice_server(tmp_path: Path, janus: JanusProcess) -> Iterator[LiveServer]:
    server = start_server(
        tmp_path / "data",
        env={
            **janus_env(janus),
            "PAPOTE_SESSIONS_PER_IP": "1000",
            "PAPOTE_ENTRY_BURST_PER_IP": "1000",
        },
    )
    try:
        yield server
    finally:
        server.stop()


def inbound(page: Page, kept: bool = False) -> int:
    value: int = page.evaluate(INBOUND, kept)
    return value


def grows(page: Page, what: str) -> None:
    """The page's inbound audio bytes increase (sampled until they do)."""
    first = inbound(page)
    deadline = time.monotonic() + 15 * UNIT
    while time.monotonic() < deadline:
        if inbound(page) > max(first, 0):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{what}: no audio received ({first} bytes)")


def join_voice(someone: Person) -> None:
    nav = someone.page.locator("#open-nav")
    if nav.is_visible():  # a phone: the salon list is a drawer
        nav.click()
    someone.open_room("Vocal Général")
    bar = someone.page.locator("#voice-bar")
    expect(bar).to_be_visible()
    bar.get_by_role("button", name="Rejoindre le vocal").click()
    expect(bar.get_by_role("button", name="Quitter le vocal")).to_be_visible()


def test_three_people_hear_each_other_and_a_removed_one_stops_receiving(
    media_browser: Browser, voice_server: LiveServer
) -> None:
    people: list[Person] = []
    try:
        for pseudo, postal in (("Amandine", "69001"), ("Bilal", "13001"), ("Chloe", "33000")):
            options = PHONE if pseudo == "Amandine" else DESKTOP
            someone = Person.open(
                media_browser, voice_server.url, timeout_ms=10_000 * UNIT, **options
            )
            people.append(someone)
            someone.enter(pseudo, postal_code=postal)
            expect(someone.page.locator("#sidebar")).to_contain_text("Vocal Général")
        for someone in people:
            join_voice(someone)
        amandine, bilal, chloe = people
        for someone in people:
            expect(someone.page.locator("#voice-bar .voice-person")).to_have_count(3)
        for someone in people:
            grows(someone.page, someone.label)
        # the speaking indicator (the fake microphone beeps) reaches the others
        expect(amandine.page.locator("#voice-bar .voice-person.speaking").first).to_be_visible()
        # the voice bar on a phone passes axe (WCAG 2.2 AA, serious and critical)
        assert [v for v in violations(amandine.page) if "voice" in v] == []
        # push-to-talk: held on the button it speaks, released it is muted again
        bar = bilal.page.locator("#voice-bar")
        bar.get_by_label("Appuyer pour parler").check()
        ptt = bar.get_by_role("button", name="Maintenir pour parler")
        expect(ptt).to_have_attribute("aria-pressed", "false")
        expect(
            amandine.page.locator("[data-voice-user] .voice-state", has_text="micro coupé")
        ).to_have_count(1)
        ptt.focus()
        bilal.page.keyboard.down("Space")
        expect(bar.get_by_role("button", name="Vous parlez…")).to_have_attribute(
            "aria-pressed", "true"
        )
        expect(
            amandine.page.locator("[data-voice-user] .voice-state", has_text="micro coupé")
        ).to_have_count(0)
        bilal.page.keyboard.up("Space")
        expect(
            amandine.page.locator("[data-voice-user] .voice-state", has_text="micro coupé")
        ).to_have_count(1)
        bar.get_by_label("Micro ouvert").check()
        expect(
            amandine.page.locator("[data-voice-user] .voice-state", has_text="micro coupé")
        ).to_have_count(0)

        # Bilal reports Chloé from the voice bar: no picture to attach in a voice room
        # (nothing is recorded), the note says what is sealed instead.
        bilal.page.locator("#voice-bar").get_by_role(
            "button", name="Signaler Chloe dans le salon vocal"
        ).click()
        report = bilal.page.locator("#report-dialog")
        expect(report.locator("#report-title")).to_have_text("Signaler Chloe dans le salon vocal")
        expect(report.locator("#report-voice-note")).to_contain_text("la voix n'est jamais")
        expect(report.locator("#report-still")).to_be_hidden()
        report.get_by_label("Motif").select_option("harassment")
        report.get_by_role("button", name="Envoyer le signalement").click()
        expect(report).to_be_hidden()
        expect(bilal.page.locator("#toasts")).to_contain_text("Signalement envoyé")

        # A moderator sees the live voice room (metadata only) and removes Chloé.
        token = create_moderator(voice_server, "vocalmod")
        auth = {"authorization": f"Bearer {token}"}
        live = httpx.get(f"{voice_server.url}/api/mod/voice", headers=auth, timeout=10).json()
        (room,) = live["rooms"]
        assert room["room"] == "salon:vocal-general"
        assert sorted(p["pseudo"] for p in room["participants"]) == ["Amandine", "Bilal", "Chloe"]
        # Chloé's page keeps its connection open (as a modified client would): what stops
        # her receiving must be the media server.
        chloe.page.evaluate(
            "() => { window.keptPc = window.papoteVoice.pc; window.keptPc.close = () => {}; }"
        )
        grows(chloe.page, "Chloe before removal")
        # The moderator removes her from the console's "Salons vocaux" tab.
        moderator = Person.open(media_browser, voice_server.url, **DESKTOP)
        people.append(moderator)
        console = open_console(moderator, "vocalmod")
        # Bilal's report is in the queue, its seal holding who spoke when (the fake
        # microphones beep: everyone "speaks").
        console.locator(".queue-item", has_text="Harcèlement").first.click()
        case = console.locator("#case-view")
        expect(case.locator(".voice-speech .voice-turn").first).to_be_visible()
        console.get_by_role("tab", name="Salons vocaux").click()
        card = console.locator("[data-voice-room='salon:vocal-general']")
        expect(card).to_contain_text("3 / 25 personnes")
        remove = card.get_by_role("button", name="Retirer Chloe du salon vocal Vocal Général")
        expect(remove).to_be_visible()
        # The removal asks for its reasons: they are her statement of reasons.
        remove.click()
        form = card.locator(".voice-remove-form")
        expect(form).to_contain_text("Retirer Chloe du salon vocal pendant 10 minutes")
        form.get_by_label("Motif retenu").select_option("harassment")
        form.get_by_label("Faits constatés (envoyés à la personne)").fill(
            "Insultes répétées envers Bilal dans le vocal."
        )
        previous = inbound(chloe.page, kept=True)
        kicked_at = time.monotonic()
        form.get_by_role("button", name="Retirer pour 10 minutes").click()

        # Stopped: two samples 300 ms apart are equal; bounded by 2 s (scaled by UNIT).
        stopped_after = None
        while time.monotonic() - kicked_at < 2 * UNIT + 0.3:
            chloe.page.wait_for_timeout(300)
            now = inbound(chloe.page, kept=True)
            if now == previous:
                stopped_after = time.monotonic() - kicked_at
                break
            previous = now
        assert stopped_after is not None, "the removed person still receives audio after 2 s"
        print(f"removed participant stopped receiving within {stopped_after:.2f} s")
        expect(console.locator("#toasts")).to_contain_text("Chloe a été retiré·e du salon vocal")
        expect(chloe.page.locator("#toasts")).to_contain_text("retiré·e du salon vocal")
        expect(
            chloe.page.locator("#voice-bar").get_by_role("button", name="Rejoindre le vocal")
        ).to_be_visible()
        for someone in (amandine, bilal):
            expect(someone.page.locator("#voice-bar .voice-person")).to_have_count(2)
            grows(someone.page, f"{someone.label} after the removal")
        # She cannot come straight back.
        chloe.page.locator("#voice-bar").get_by_role("button", name="Rejoindre le vocal").click()
        expect(chloe.page.locator("#toasts")).to_contain_text("retiré·e de ce salon vocal")
        # Her statement of reasons is in her notices (DSA art. 17): facts, duration, appeal.
        expect(chloe.page.locator("#inbox-count")).to_have_text("1")
        chloe.page.locator("#inbox-btn").click()
        entry = chloe.page.locator("#inbox-dialog .inbox-item", has_text="Décision de modération")
        expect(entry).to_contain_text("Vous avez été retiré·e d'un salon vocal")
        expect(entry).to_contain_text("Insultes répétées envers Bilal dans le vocal.")
        expect(entry).to_contain_text("Durée")
        expect(entry.locator(".inbox-about")).to_contain_text("salon vocal")
        # Bilal, who reported her, is told of the decision on his report.
        expect(bilal.page.locator("#inbox-count")).to_have_text("2")
    finally:
        errors = [(p.label, e) for p in people for e in p.page_errors]
        for someone in people:
            someone.close()
    assert not errors, errors


def test_without_a_media_server_voice_salons_are_hidden_with_a_notice(
    person: Callable[..., Person], live_server: LiveServer
) -> None:
    someone = person().enter("Dora")
    expect(someone.page.locator("#voice-unavailable")).to_contain_text(
        "Les salons vocaux ne sont pas disponibles sur ce serveur"
    )
    expect(someone.page.locator("#sidebar")).not_to_contain_text("Vocal Général")


def block(someone: Person, pseudo: str) -> None:
    """Block ``pseudo`` from their profile card (the member list of the open salon)."""
    someone.open_profile(pseudo).get_by_role("button", name="Bloquer").click()
    someone.page.locator("#block-dialog").get_by_role("button", name="Bloquer").click()
    expect(someone.page.locator("#toasts")).to_contain_text(f"{pseudo} est bloqué")


def test_someone_blocked_in_the_voice_room_is_announced_with_a_way_out(
    media_browser: Browser, voice_server: LiveServer
) -> None:
    """Blocking cannot take a voice out of the room's mix (docs/moderation.md "Voice
    rooms"): before joining a voice room where someone you blocked is, you are told and
    nothing is opened until you choose; in it, a blocked person (blocked then, or coming
    back in) is announced with "Quitter le vocal", "Signaler" and "Rester"."""
    people: list[Person] = []
    try:
        for pseudo, postal in (("Amandine", "69001"), ("Bilal", "13001"), ("Chloe", "33000")):
            someone = Person.open(
                media_browser, voice_server.url, timeout_ms=10_000 * UNIT, **DESKTOP
            )
            people.append(someone)
            someone.enter(pseudo, postal_code=postal)
        amandine, bilal, chloe = people
        join_voice(bilal)
        amandine.open_room("Vocal Général")
        block(amandine, "Bilal")
        bar = amandine.page.locator("#voice-bar")
        bar.get_by_role("button", name="Rejoindre le vocal").click()
        panel = bar.locator(".voice-blocked")
        expect(panel).to_contain_text(
            "Quelqu'un que vous avez bloqué est dans ce salon vocal : Bilal."
        )
        expect(panel).to_contain_text("Le blocage ne coupe pas le son")
        assert amandine.page.evaluate("() => window.papoteVoice || null") is None  # nothing opened
        panel.get_by_role("button", name="Ne pas rejoindre").click()
        expect(panel).to_have_count(0)
        expect(bar.get_by_role("button", name="Rejoindre le vocal")).to_be_visible()
        bar.get_by_role("button", name="Rejoindre le vocal").click()
        panel.get_by_role("button", name="Rejoindre quand même").click()
        expect(bar.get_by_role("button", name="Quitter le vocal")).to_be_visible()
        expect(panel).to_have_count(0)  # told before joining: not again
        expect(bar.locator("[data-voice-user] .voice-state", has_text="bloqué·e")).to_have_count(1)
        grows(amandine.page, "Amandine, who chose to join")
        # "Couper le son" (deafen): the room is no longer played here, and the microphone
        # is cut with it; "Réactiver le son" plays it again (the microphone stays cut).
        deafen = bar.get_by_role("button", name="Couper le son")
        expect(deafen).to_have_attribute("aria-pressed", "false")
        deafen.click()
        expect(bar.get_by_role("button", name="Réactiver le son")).to_have_attribute(
            "aria-pressed", "true"
        )
        assert amandine.page.evaluate("() => document.getElementById('voice-audio').muted")
        expect(bar.get_by_role("button", name="Réactiver mon micro")).to_be_visible()
        bar.get_by_role("button", name="Réactiver le son").click()
        assert not amandine.page.evaluate("() => document.getElementById('voice-audio').muted")
        bar.get_by_role("button", name="Réactiver mon micro").click()
        expect(bar.get_by_role("button", name="Couper mon micro")).to_be_visible()

        # In voice, she blocks Chloé, who is there too: announced, with a way out.
        join_voice(chloe)
        expect(bar.locator(".voice-person")).to_have_count(3)
        block(amandine, "Chloe")
        expect(panel).to_contain_text(
            "Quelqu'un que vous avez bloqué est dans le vocal avec vous : Chloe."
        )
        for name in ("Quitter le vocal", "Signaler Chloe dans le salon vocal", "Rester"):
            expect(panel.get_by_role("button", name=name)).to_be_visible()
        assert [v for v in violations(amandine.page) if "voice" in v] == []
        panel.get_by_role("button", name="Rester").click()
        expect(panel).to_have_count(0)
        # Chloé leaves the voice room and comes back: told again, and Amandine leaves.
        chloe.page.locator("#voice-bar").get_by_role("button", name="Quitter le vocal").click()
        expect(bar.locator(".voice-person")).to_have_count(2)
        chloe.page.locator("#voice-bar").get_by_role("button", name="Rejoindre le vocal").click()
        expect(panel).to_contain_text("dans le vocal avec vous : Chloe.")
        panel.get_by_role("button", name="Quitter le vocal").click()
        expect(bar.get_by_role("button", name="Rejoindre le vocal")).to_be_visible()
        expect(panel).to_have_count(0)
    finally:
        errors = [(p.label, e) for p in people for e in p.page_errors]
        for someone in people:
            someone.close()
    assert not errors, errors
