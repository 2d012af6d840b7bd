"""Two people meet in a salon, talk, open a private conversation, and one blocks the other."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e


def test_two_people_meet_talk_in_private_and_block(person: Callable[..., Person]) -> None:
    elodie = person().enter("Élodie_75", gender="f", age=27, postal_code="75011")
    marc = person().enter("Marc13", gender="m", age=34, postal_code="13001")

    # They meet in #Général: each sees the other in the member list, with age and département.
    expect(elodie.member("Marc13")).to_contain_text("34 ans")
    expect(elodie.member("Marc13")).to_contain_text("13")
    expect(marc.member("Élodie_75")).to_contain_text("Femme · 27 ans")
    expect(elodie.page.locator("#sidebar .side-item", has_text="Général")).to_contain_text("2")

    # They talk: own messages are marked as such, the other's carry a pseudo and a time.
    elodie.say("Salut Marc, ça va ?")
    from_elodie = marc.messages_from("Élodie_75").filter(has_text="Salut Marc, ça va ?")
    expect(from_elodie).to_be_visible()
    expect(from_elodie.locator("time")).to_have_text(re.compile(r"^\d{2}:\d{2}$"))
    marc.say("Très bien, et toi ?")
    expect(elodie.messages_from("Marc13").filter(has_text="Très bien, et toi ?")).to_be_visible()

    # Typing indicator.
    marc.page.locator("#composer-input").press_sequentially("J'écris", delay=20)
    expect(elodie.page.locator("#typing")).to_have_text("Marc13 écrit…")
    marc.page.locator("#composer-input").fill("")

    # Élodie asks Marc for a private conversation from his profile card.
    card = elodie.open_profile("Marc13")
    expect(card).to_contain_text("Homme · 34 ans · Bouches-du-Rhône (13)")
    card.get_by_role("button", name="Message privé").click()
    dm_dialog = elodie.page.locator("#dm-dialog")
    dm_dialog.locator("textarea").fill("On continue en privé ?")
    dm_dialog.get_by_role("button", name="Envoyer la demande").click()
    expect(elodie.page.locator("#toasts")).to_contain_text("Demande envoyée à Marc13")
    expect(elodie.page.locator("#dm-list")).to_contain_text("en attente")

    # Marc gets a notification he can accept, ignore or block; he accepts.
    notification = marc.notifications().locator(".notif-item", has_text="Élodie_75")
    expect(notification).to_contain_text("On continue en privé ?")
    expect(notification.get_by_role("button", name="Ignorer")).to_be_visible()
    expect(notification.get_by_role("button", name="Bloquer")).to_be_visible()
    notification.get_by_role("button", name="Accepter").click()
    expect(marc.tab("Élodie_75")).to_have_class(re.compile(r"\bactive\b"))
    expect(marc.page.locator("#room-title")).to_contain_text("Élodie_75")
    # The request's text is the conversation's first message (protocol v2).
    opening = marc.messages_from("Élodie_75").filter(has_text="On continue en privé ?")
    expect(opening).to_be_visible()

    # Élodie is told, and the conversation appears as a tab with an unread count.
    expect(elodie.page.locator("#toasts")).to_contain_text("Marc13 a accepté")
    expect(elodie.tab("Marc13")).to_be_visible()
    marc.say("Avec plaisir !")
    expect(elodie.tab("Marc13").locator(".badge")).to_have_text("1")
    elodie.tab("Marc13").locator("[role=tab]").click()
    expect(elodie.messages_from("Marc13").filter(has_text="Avec plaisir !")).to_be_visible()
    expect(elodie.tab("Marc13").locator(".badge")).to_have_count(0)
    elodie.say("Super !")
    expect(marc.message("Super !")).to_be_visible()

    # The conversation itself can be reported from its header (a DM is reported as such).
    elodie.page.locator("#room-actions").get_by_role("button", name="Signaler Marc13").click()
    report = elodie.page.locator("#report-dialog")
    expect(report.locator("#report-title")).to_have_text("Signaler la conversation avec Marc13")
    report.get_by_label("Motif").select_option("sexual_content")
    report.get_by_role("button", name="Envoyer le signalement").click()
    expect(report).to_be_hidden()
    expect(elodie.page.locator("#toasts")).to_contain_text("Signalement envoyé")

    # Élodie blocks Marc: he disappears from her view, everywhere.
    elodie.page.locator("#room-actions").get_by_role("button", name="Profil").click()
    elodie.page.locator("#profile-dialog").get_by_role("button", name="Bloquer").click()
    expect(elodie.page.locator("#block-dialog")).to_contain_text("Bloquer Marc13 ?")
    elodie.page.locator("#block-dialog").get_by_role("button", name="Bloquer").click()
    expect(elodie.page.locator("#toasts")).to_contain_text("Marc13 est bloqué :")
    expect(elodie.tab("Marc13")).to_have_count(0)
    expect(elodie.page.locator("#dm-list")).not_to_contain_text("Marc13")
    expect(elodie.page.locator("#room-title")).to_have_text(re.compile("Général"))
    expect(elodie.member("Marc13")).to_have_count(0)
    expect(elodie.message("Très bien, et toi ?")).to_have_count(0)

    # Marc is not told; what he says no longer reaches her. Her own later message arrives
    # after his (seq order in the room), so his would have been shown by then.
    marc.tab("Général").locator("[role=tab]").click()
    marc.say("Tu m'entends encore ?")
    elodie.say("Je suis toujours là")
    expect(marc.message("Je suis toujours là")).to_be_visible()
    expect(elodie.message("Tu m'entends encore ?")).to_have_count(0)
    expect(elodie.page.locator("#messages")).not_to_contain_text("Marc13")

    # The blocked list in the settings can undo it.
    elodie.page.locator("#settings-btn").click()
    expect(elodie.page.locator("#blocked-list")).to_contain_text("Marc13")
    assert not elodie.dialogs
    assert not marc.dialogs


def test_reload_keeps_the_session_and_the_conversation(person: Callable[..., Person]) -> None:
    nina = person().enter("Nina", gender="x", age=45, postal_code="69003")
    nina.open_room("Musique")
    nina.say("Quelqu'un écoute du jazz ?")
    marker = nina.page.evaluate("() => { window.__notReloaded = true; return 1 }")
    assert marker == 1

    nina.page.reload()
    expect(nina.page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
    expect(nina.page.locator("#entry")).to_be_hidden()
    assert nina.page.evaluate("() => window.__notReloaded") is None  # a real reload
    expect(nina.page.locator("#room-title")).to_have_text(re.compile("Musique"))
    expect(nina.tab("Général")).to_be_visible()
    expect(nina.message("Quelqu'un écoute du jazz ?")).to_be_visible()
    expect(nina.page.locator("#me-pseudo")).to_have_text("Nina")


def test_an_expired_session_goes_back_to_the_entry_page(person: Callable[..., Person]) -> None:
    someone = person()
    someone.context.add_init_script(
        "sessionStorage.setItem('papote.session', JSON.stringify("
        "{token: 'expired-token', user: {id: 'u1', pseudo: 'Ancien', gender: 'f', age: 30,"
        " departement: '75'}}))"
    )
    someone.page.goto("/")
    expect(someone.page.locator("#entry")).to_be_visible()
    expect(someone.page.locator("#entry-notice")).to_contain_text("Votre session a expiré")
    expect(someone.page.locator("#entry-pseudo")).to_have_value("Ancien")
