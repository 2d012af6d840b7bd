"""The entry page: the server's refusals appear next to the right field, in French."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e


def test_refusals_are_shown_inline_next_to_their_field(person: Callable[..., Person]) -> None:
    someone = person()
    page = someone.page
    page.goto("/")
    page.evaluate("() => { window.__samePage = true }")

    # Nothing filled in, charter not accepted: each field says what is missing.
    page.get_by_role("button", name="Entrer", exact=True).click()
    expect(page.locator("#entry-pseudo-error")).to_have_text("Choisissez un pseudo.")
    expect(page.locator("#entry-charter-error")).to_have_text("Pour entrer, acceptez la charte.")
    expect(page.locator("#entry-pseudo")).to_have_attribute("aria-invalid", "true")

    # Under 18: the server refuses (age_minor) and the message sits next to the age field.
    someone.fill_entry("Lucas", gender="m", age=16, postal_code="33000")
    age_error = page.locator("#entry-age-error")
    expect(age_error).to_be_visible()
    expect(age_error).to_contain_text("réservé aux adultes")
    expect(age_error).to_contain_text("3018")
    expect(page.locator("#entry-age")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#entry-age")).to_be_focused()
    expect(page.locator("#entry-pseudo-error")).to_be_hidden()
    expect(page.locator("#app")).to_be_hidden()

    # A pseudo imitating the staff: refused next to the pseudo field.
    someone.fill_entry("admin", gender="m", age=30, postal_code="33000")
    expect(page.locator("#entry-pseudo-error")).to_have_text(re.compile("Ce pseudo est réservé"))
    expect(page.locator("#entry-age-error")).to_be_hidden()

    # A bad postal code.
    someone.fill_entry("Lucas", gender="m", age=30, postal_code="123")
    expect(page.locator("#entry-postal_code-error")).to_contain_text("Code postal invalide")

    # Living abroad needs no postal code; then the chat opens without reloading the page.
    page.locator("#entry-postal").fill("")
    page.locator("#entry-abroad").check()
    expect(page.locator("#entry-postal")).to_be_disabled()
    page.get_by_role("button", name="Entrer", exact=True).click()
    expect(page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
    expect(page.locator("#me-info")).to_contain_text("Étranger")
    assert page.evaluate("() => window.__samePage") is True


def test_a_taken_pseudo_is_refused_inline(person: Callable[..., Person]) -> None:
    person().enter("Camille", gender="x", age=29, postal_code="35000")
    other = person()
    other.fill_entry("camille", gender="f", age=40, postal_code="35000")
    expect(other.page.locator("#entry-pseudo-error")).to_contain_text("déjà utilisé")


def test_the_language_switch_translates_the_ui_and_server_refusals(
    person: Callable[..., Person],
) -> None:
    someone = person()
    page = someone.page
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.locator("#entry-lang").select_option("en")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#entry-title")).to_have_text("The free chat for adults, built on respect.")
    expect(page.get_by_role("button", name="Enter", exact=True)).to_be_visible()
    page.locator("#entry-pseudo").fill("Sam")
    page.locator("input[name=gender][value=m]").check()
    page.locator("#entry-age").fill("17")
    page.locator("#entry-postal").fill("75001")
    page.locator("#entry-charter").check()
    page.get_by_role("button", name="Enter", exact=True).click()
    expect(page.locator("#entry-age-error")).to_contain_text("adults only")

    # Back to French, kept for the next visit.
    page.locator("#entry-lang").select_option("fr")
    expect(page.locator("#entry-form-title")).to_have_text("Entrer dans le tchat")
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
