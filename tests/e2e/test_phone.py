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
    # (The form, not its text box: on a touch screen the send and photo buttons beside it
    # are 44 px wide.)
    box = page.locator("#composer").bounding_box()
    assert box is not None
    assert box["width"] > 360

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


def test_phone_entry_form_keeps_its_layout_and_entrer_is_in_view(
    person: Callable[..., Person],
) -> None:
    # Issue 10.11: at 390x844 "Entrer" is on screen without scrolling, and an error under
    # the age does not stretch the postal code's field.
    someone = person(**PHONE)
    page = someone.page
    page.goto("/")
    expect(page.locator("#entry")).to_be_visible()
    submit = page.get_by_role("button", name="Entrer", exact=True)
    expect(submit).to_be_in_viewport(ratio=1)
    assert page.evaluate("() => window.scrollY") == 0
    postal = page.locator("#entry-postal")
    age = page.locator("#entry-age")
    before = {"postal": postal.bounding_box(), "age": age.bounding_box()}

    someone.fill_entry("Petit_Lou", gender="m", age=16, postal_code="75011")
    expect(page.locator("#entry-age-error")).to_contain_text("3018")
    after = {"postal": postal.bounding_box(), "age": age.bounding_box()}
    for name, box in before.items():
        new = after[name]
        assert box is not None and new is not None
        assert (round(new["width"]), round(new["height"])) == (
            round(box["width"]),
            round(box["height"]),
        ), name
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
