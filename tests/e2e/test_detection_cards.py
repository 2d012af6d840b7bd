"""Risk detection as a person sees it (issue 12): the safety card in a DM and the help
card, in French, with their actions."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.conftest import LiveServer
from tests.e2e.helpers import Person
from tests.e2e.test_moderation import DESKTOP, open_console

pytestmark = pytest.mark.e2e


@pytest.fixture
def live_server(staffed_server: LiveServer) -> LiveServer:
    """The moderator alice (and bruno) exist from the start, for the tests that open the console."""
    return staffed_server


def test_a_grooming_sequence_shows_the_safety_card_and_the_case_comes_first_in_mod(
    person: Callable[..., Person],
) -> None:
    # An older case first: the grooming case must still come before it.
    temoin = person().enter("Temoin", gender="f", age=30, postal_code="75011")
    lea = person().enter("Lea", gender="f", age=18, postal_code="69003")
    marc = person().enter("Marc", gender="m", age=45, postal_code="69007")
    temoin.say("t'es un connard")  # an insult in the salon: a case, below child safety
    marc.open_dm(lea, "Marc", "Lea", "salut")
    marc.say("t'as quel âge ?")
    expect(lea.message("t'as quel âge ?")).to_be_visible()
    lea.say("pourquoi ?")
    expect(marc.message("pourquoi ?")).to_be_visible()
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

    # The case is first in the moderators' queue, urgent, with the moves highlighted.
    console = open_console(person(**DESKTOP), "alice")
    expect(console.locator(".queue-item")).to_have_count(2)
    first = console.locator(".queue-item").first
    expect(first).to_contain_text("Sollicitation d'un mineur")
    expect(first).to_contain_text("Urgent")
    expect(first).to_contain_text("Détection auto")
    expect(console.locator(".queue-item").nth(1)).to_contain_text("Harcèlement")
    first.click()
    case = console.locator("#case-view")
    expect(case.get_by_role("heading", level=2)).to_have_text(
        "Sollicitation d'un mineur · Conversation privée"
    )
    expect(case.locator(".report-list")).to_have_count(0)
    expect(case.locator(".seal-state")).to_have_text("Intacte")
    expect(case.locator(".ev-detection")).to_contain_text("approche d'un·e mineur·e")
    marks = case.locator("mark.ev-span")
    expect(marks.filter(has_text="quel âge")).to_have_count(1)
    expect(marks.filter(has_text="photo").first).to_be_visible()
    expect(marks.first).to_have_attribute("title", re.compile("^Repéré : "))
    assert lea.page_errors == [] and marc.page_errors == [] and temoin.page_errors == []


def test_a_minor_is_shown_out_with_the_adults_only_notice(person: Callable[..., Person]) -> None:
    lea = person().enter("Lea", gender="f", age=18, postal_code="69003")
    marc = person().enter("Marc", gender="m", age=45, postal_code="69007")
    marc.open_dm(lea, "Marc", "Lea", "salut")
    box = lea.page.locator("#composer-input")  # not lea.say: she is shown out at once
    box.fill("j'ai 14 ans")
    box.press("Enter")
    expect(lea.page.locator("#entry")).to_be_visible()
    expect(lea.page.locator("#entry-notice")).to_contain_text("réservé aux adultes")
    expect(lea.page.locator("#entry-notice")).to_contain_text("3018")
    expect(lea.page.locator("#entry-decision-link")).to_have_attribute(
        "href", re.compile(r"^/notice\.html\?id=[\w-]+&key=\w+$")
    )
    # Marc stays (a person reviews the case about him); Lea's device is kept out.
    expect(marc.page.locator("#entry")).to_be_hidden()
    lea.fill_entry("Lou", gender="f", age=19, postal_code="69003")
    expect(lea.page.locator("#entry-form-error")).to_contain_text("réservé aux adultes")


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


def test_contact_details_in_a_new_dm_are_masked_until_shown(
    person: Callable[..., Person],
) -> None:
    lea = person().enter("Lea", gender="f", age=20, postal_code="69003")
    marc = person().enter("Marc", gender="m", age=45, postal_code="69007")
    marc.open_dm(lea, "Marc", "Lea", "salut")
    marc.say("appelle moi au 06 12 34 56 78 ce soir")  # Marc sees his own text
    expect(marc.message("appelle moi au 06 12 34 56 78 ce soir")).to_be_visible()
    bubble = lea.page.locator(".msg:not(.mine)").filter(has_text="appelle moi au")
    expect(bubble).not_to_contain_text("06 12 34 56 78")
    show = bubble.get_by_role("button", name="Coordonnées masquées (numéro) : afficher quand même")
    expect(show).to_be_visible()
    card = lea.page.get_by_role("alertdialog", name="Faites attention")
    expect(card).to_contain_text("Marc vous a donné des coordonnées")
    card.get_by_role("button", name="Fermer").click()
    show.click()
    expect(bubble).to_contain_text("appelle moi au 06 12 34 56 78 ce soir")
    assert lea.page_errors == [] and marc.page_errors == []


def test_highlighted_spans_in_the_console_stay_text(
    person: Callable[..., Person],
) -> None:
    payload = (
        't\'es un connard <img src=x onerror="window.__xss = 1"><script>window.__xss = 2</script>'
    )
    bob = person().enter("Bob", gender="m", age=30, postal_code="75011")
    bob.say(payload)
    console = open_console(person(**DESKTOP), "alice")
    item = console.locator(".queue-item").first
    expect(item).to_contain_text("Harcèlement")
    item.click()
    case = console.locator("#case-view")
    expect(case.locator(".ev-target-text")).to_contain_text(payload)
    expect(case.locator(".ev-target-text mark.ev-span")).to_contain_text("connard")
    assert case.locator(".evidence img, .evidence script").count() == 0
    assert console.evaluate("window.__xss") is None


def test_a_held_salon_message_waits_for_the_moderator_who_publishes_it(
    person: Callable[..., Person],
) -> None:
    ana = person().enter("Ana", gender="f", age=30, postal_code="75011")
    sam = person().enter("Sam", gender="m", age=35, postal_code="93200")
    held = "je vends de la beuh, dispo ce soir"
    sam.say(held)  # sent, as far as Sam can tell
    sam.say("bonne soirée")
    expect(ana.message("bonne soirée")).to_be_visible()
    expect(ana.message(held)).to_have_count(0)  # held: Ana never got it

    console = open_console(person(**DESKTOP), "alice")
    item = console.locator(".queue-item").filter(has_text="Drogue")
    expect(item).to_contain_text("Détection auto")
    # The queue tells a case that holds a message from the others: someone waits on it.
    expect(item.locator(".tag-held")).to_have_text("Message retenu")
    item.click()
    case = console.locator("#case-view")
    expect(case.locator(".tag-held")).to_have_text("Message retenu")
    expect(case.locator(".held-note")).to_contain_text("seul·e son auteur·rice le voit")
    case.get_by_role("button", name="Publier le message").click()
    expect(console.locator(".decided-note")).to_contain_text("classé sans suite")

    # Delivered late to those in the salon: at the bottom, marked as checked.
    late = ana.page.locator(".msg").filter(has_text=held)
    expect(late).to_be_visible()
    expect(late.locator(".msg-late")).to_contain_text("Publié après vérification")
    expect(ana.page.locator("#messages .msg").last).to_contain_text(held)
    assert ana.page_errors == [] and sam.page_errors == []
