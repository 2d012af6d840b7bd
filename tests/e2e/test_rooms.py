"""Private rooms (create, invite, password) and the member list filters."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e


def test_private_room_invitation_and_password(person: Callable[..., Person]) -> None:
    owner = person().enter("Sophie", gender="f", age=38, postal_code="06000")
    guest = person().enter("Karim", gender="m", age=40, postal_code="06100")
    walker = person().enter("Lea", gender="f", age=26, postal_code="83000")

    # Sophie creates a private room with a password.
    page = owner.page
    page.get_by_role("button", name="Créer un salon privé").click()
    dialog = page.locator("#create-room-dialog")
    dialog.get_by_label("Nom du salon").fill("x")
    dialog.get_by_role("button", name="Créer").click()
    expect(page.locator("#create-room-name-error")).to_contain_text("2 à 40 caractères")
    dialog.get_by_label("Nom du salon").fill("Les Niçois")
    page.locator("#create-room-password").fill("soleil06")
    dialog.get_by_role("button", name="Créer").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#room-title")).to_have_text(re.compile("Les Niçois"))
    expect(page.locator("#private-list")).to_contain_text("Les Niçois")
    room_id = page.locator("#room-topic .room-id").inner_text()
    assert room_id.startswith("room:")

    # She invites Karim from the member list of #Général.
    owner.tab("Général").locator("[role=tab]").click()
    card = owner.open_profile("Karim")
    expect(card.locator("#profile-invite-room")).to_have_value(room_id)
    card.get_by_role("button", name="Inviter").click()
    expect(page.locator("#toasts")).to_contain_text("Invitation envoyée à Karim")

    invitation = guest.notifications().locator(".notif-item", has_text="Les Niçois")
    expect(invitation).to_contain_text("Sophie vous invite")
    invitation.get_by_role("button", name="Rejoindre").click()
    expect(guest.page.locator("#room-title")).to_have_text(re.compile("Les Niçois"))
    guest.say("Merci pour l'invitation !")
    owner.page.locator("#private-list .side-item", has_text="Les Niçois").click()
    expect(owner.message("Merci pour l'invitation !")).to_be_visible()
    expect(owner.member("Karim")).to_be_visible()

    # Léa joins with the room id and the password; a wrong password is refused inline.
    walker.page.get_by_role("button", name="Rejoindre un salon privé").click()
    join = walker.page.locator("#join-room-dialog")
    join.get_by_label("Identifiant du salon").fill(room_id)
    join.get_by_label("Mot de passe").fill("pluie")
    join.get_by_role("button", name="Rejoindre").click()
    expect(walker.page.locator("#join-room-password-error")).to_have_text("Mot de passe incorrect.")
    join.get_by_label("Mot de passe").fill("soleil06")
    join.get_by_role("button", name="Rejoindre").click()
    expect(join).to_be_hidden()
    expect(walker.page.locator("#room-title")).to_have_text(re.compile("Les Niçois"))
    expect(walker.message("Merci pour l'invitation !")).to_be_visible()  # history on join
    expect(owner.member("Lea")).to_be_visible()


def test_member_filters(person: Callable[..., Person]) -> None:
    viewer = person().enter("Observateur", gender="x", age=50, postal_code="29200")
    person().enter("Manon", gender="f", age=22, postal_code="29000")
    person().enter("Paul", gender="m", age=45, postal_code="75015")
    person().enter("Ines", gender="f", age=61, postal_code="97400")
    page = viewer.page
    members = page.locator("#member-list .member")
    expect(members).to_have_count(4)
    expect(page.locator("#members-count")).to_have_text("4")

    filters = page.locator("#member-filters")
    filters.get_by_role("radio", name="Femmes").check()
    expect(members).to_have_count(2)
    expect(page.locator("#members-count")).to_have_text("2 sur 4")
    page.locator("#filter-age-max").fill("30")
    expect(members).to_have_count(1)
    expect(members.first).to_contain_text("Manon")

    filters.get_by_role("button", name="Effacer les filtres").click()
    expect(members).to_have_count(4)
    page.locator("#filter-dept").select_option("974")
    expect(members).to_have_count(1)
    expect(members.first).to_contain_text("Ines")
    expect(members.first).to_contain_text("974")
    page.locator("#filter-dept").select_option("")
    page.locator("#filter-age-min").fill("40")
    filters.get_by_role("radio", name="Hommes").check()
    expect(members).to_have_count(1)
    expect(members.first).to_contain_text("Paul")
