"""Inviting to a private room from inside it, and invitation links (issue 10 point 9)."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import expect

from tests.e2e.helpers import Person


def test_inviter_from_inside_the_room_and_a_link_that_joins(
    person: Callable[..., Person],
) -> None:
    owner = person().enter("Sophie")
    karim = person().enter("Karim", gender="m")
    lea = person().enter("Léa")
    page = owner.page
    page.get_by_role("button", name="Créer un salon privé").click()
    dialog = page.locator("#create-room-dialog")
    dialog.get_by_label("Nom du salon").fill("Les Niçois")
    page.locator("#create-room-password").fill("soleil06")
    dialog.get_by_role("button", name="Créer").click()
    expect(page.locator("#room-title")).to_have_text(re.compile("Les Niçois"))

    # "Inviter" in the room's header: the people she can see, not a raw id.
    page.locator("#room-actions").get_by_role("button", name="Inviter").click()
    invite = page.locator("#invite-dialog")
    expect(invite.locator("#invite-title")).to_have_text("Inviter dans « Les Niçois »")
    expect(invite.locator(".invite-person")).to_have_count(2)
    # The list follows who comes and goes while it is open.
    person().enter("Zoé")
    expect(invite.locator(".invite-person")).to_have_count(3)
    invite.locator("#invite-filter").fill("kar")
    expect(invite.locator(".invite-person")).to_have_count(1)
    invite.get_by_role("button", name="Inviter Karim").click()
    expect(invite.get_by_role("button", name="Inviter Karim")).to_have_text("Invité·e")
    karim.notifications().locator(".notif-item", has_text="Les Niçois").get_by_role(
        "button", name="Rejoindre"
    ).click()
    expect(karim.page.locator("#room-title")).to_have_text(re.compile("Les Niçois"))

    # A link that expires, to share anywhere.
    invite.get_by_role("button", name="Créer un lien").click()
    link = invite.locator("#invite-link")
    expect(link).to_have_value(re.compile(r"^http://127\.0\.0\.1:\d+/#invite=[\w.-]+$"))
    expect(invite.locator("#invite-link-until")).to_contain_text("Valable jusqu'au")
    url = link.input_value()
    invite.get_by_role("button", name="Fermer").click()

    # Léa, already in the chat, opens it: she is in the room (no password asked).
    lea.page.goto(url)
    expect(lea.page.locator("#room-title")).to_have_text(re.compile("Les Niçois"))
    assert "#invite" not in lea.page.url
    lea.say("Merci pour le lien !")
    expect(owner.message("Merci pour le lien !")).to_be_visible()

    # Someone new opens it: the entry page first, then straight into the room.
    newcomer = person()
    newcomer.page.goto(url)
    newcomer.fill_entry("Nouveau", gender="x")
    expect(newcomer.page.locator("#room-title")).to_have_text(re.compile("Les Niçois"))
