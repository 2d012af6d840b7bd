"""A phone-sized screen (390x844): the panels become drawers, and the chat stays usable."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import PHONE, Person

pytestmark = pytest.mark.e2e


def test_phone_drawers_and_sending(person: Callable[..., Person]) -> None:
    friend = person().enter("Jade", gender="f", age=23, postal_code="59000")
    phone = person(**PHONE).enter("Hugo", gender="m", age=25, postal_code="59800")
    page = phone.page

    # Side panels are off-screen drawers; the conversation has the whole width.
    sidebar = page.locator("#sidebar")
    members = page.locator("#members-panel")
    expect(sidebar).to_be_hidden()
    expect(members).to_be_hidden()
    composer = page.locator("#composer-input")
    box = composer.bounding_box()
    assert box is not None
    assert box["width"] > 280

    # The salon drawer opens from the menu button and closes after a choice.
    menu = page.get_by_role("button", name="Ouvrir la liste des salons")
    menu.click()
    expect(sidebar).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "true")
    sidebar.locator(".side-item", has_text="Sport").click()
    expect(sidebar).to_be_hidden()
    expect(page.locator("#room-title")).to_have_text(re.compile("Sport"))

    # Escape closes a drawer too.
    menu.click()
    expect(sidebar).to_be_visible()
    page.keyboard.press("Escape")
    expect(sidebar).to_be_hidden()

    # Back to #Général through the tabs, send a message, the friend on a desktop reads it.
    phone.tab("Général").locator("[role=tab]").click()
    phone.say("Coucou depuis mon téléphone")
    expect(
        friend.messages_from("Hugo").filter(has_text="Coucou depuis mon téléphone")
    ).to_be_visible()
    friend.say("Bien reçu !")
    expect(phone.message("Bien reçu !")).to_be_visible()

    # The member drawer lists the friend; her profile card opens from it.
    page.get_by_role("button", name="Afficher les membres").click()
    expect(members).to_be_visible()
    phone.member("Jade").click()
    expect(page.locator("#profile-dialog")).to_contain_text("Femme · 23 ans · Nord (59)")
    page.keyboard.press("Escape")
    expect(page.locator("#profile-dialog")).to_be_hidden()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
