"""Risk detection as a person sees it (issue 12): the safety card in a DM and the help
card, in French, with their actions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e


def test_a_grooming_sequence_shows_the_safety_card_to_the_other_person(
    person: Callable[..., Person],
) -> None:
    lea = person().enter("Lea", gender="f", age=18, postal_code="69003")
    marc = person().enter("Marc", gender="m", age=45, postal_code="69007")
    marc.open_dm(lea, "Marc", "Lea", "salut")
    marc.say("t'as quel âge ?")
    expect(lea.message("t'as quel âge ?")).to_be_visible()
    lea.say("13")
    expect(marc.message("13")).to_be_visible()
    marc.say("t'es trop mignonne, envoie une photo")

    safety = lea.page.get_by_role("alertdialog", name="Faites attention")
    expect(safety).to_contain_text("Marc vous demande votre âge, une photo.")
    expect(safety).to_contain_text("Vous pouvez bloquer et signaler")
    expect(marc.page.locator("[data-safety-card]")).to_have_count(0)
    # "Signaler" opens the report form on this DM; "Bloquer" blocks Marc.
    safety.get_by_role("button", name="Signaler").click()
    expect(lea.page.locator("#report-dialog")).to_be_visible()
    lea.page.locator("#report-dialog").get_by_role("button", name="Annuler").click()
    expect(lea.page.locator("[data-safety-card]")).to_have_count(0)
    assert lea.page_errors == [] and marc.page_errors == []


def test_distress_shows_a_private_help_card(person: Callable[..., Person]) -> None:
    nora = person().enter("Nora", gender="f", age=22, postal_code="44000")
    paul = person().enter("Paul", gender="m", age=30, postal_code="44100")
    nora.say("j'ai envie de mourir")
    expect(paul.message("j'ai envie de mourir")).to_be_visible()
    help_card = nora.page.get_by_role("alertdialog", name="De l'aide, maintenant")
    expect(help_card).to_contain_text("3114")
    expect(help_card.get_by_role("link", name="Appeler le 3114")).to_have_attribute(
        "href", "tel:3114"
    )
    expect(help_card.get_by_role("link", name="Appeler le 3018")).to_have_attribute(
        "href", "tel:3018"
    )
    expect(paul.page.locator("[data-safety-card]")).to_have_count(0)
    help_card.get_by_role("button", name="Fermer").click()
    expect(help_card).to_have_count(0)
