"""Moderation in the browser: a report made in the chat reaches the console at /mod/, the
moderator acts on it, and the person concerned reads the decision and appeals it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import MOD_PASSWORD, LiveServer
from tests.e2e.helpers import PHONE, Person

pytestmark = pytest.mark.e2e

DESKTOP = {"viewport": {"width": 1280, "height": 860}}


@pytest.fixture
def live_server(staffed_server: LiveServer) -> LiveServer:
    """Every test opens the console: the moderators alice and bruno exist from the start."""
    return staffed_server


def open_console(moderator: Person, login: str) -> Page:
    """Log in to the console; returns its page."""
    page = moderator.page
    moderator.label = f"mod:{login}"
    page.goto("/mod")
    expect(page).to_have_url(re.compile(r"/mod/$"))  # /mod redirects to /mod/
    expect(page.get_by_role("heading", name="Console de modération")).to_be_visible()
    page.get_by_label("Identifiant").fill(login)
    page.get_by_label("Mot de passe").fill(MOD_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.locator("#console")).to_be_visible()
    viewport = page.viewport_size
    if viewport is not None and viewport["width"] > 640:  # hidden on a phone
        expect(page.locator("#me-login")).to_have_text(f"Connecté·e : {login}")
    return page


def test_report_from_the_chat_delete_and_ban(
    person: Callable[..., Person],
) -> None:
    temoin = person().enter("Temoin", gender="f", age=30, postal_code="75011")
    fauteur = person().enter("Fauteur", gender="m", age=35, postal_code="69001")
    threat = "Je sais où tu habites, tu vas le regretter"
    fauteur.say(threat)

    # The witness reports the message from its own "Signaler" button.
    bubble = temoin.messages_from("Fauteur").filter(has_text=threat)
    bubble.hover()
    bubble.get_by_role("button", name="Signaler ce message de Fauteur").click()
    report = temoin.page.locator("#report-dialog")
    expect(report.locator("#report-title")).to_have_text("Signaler un message de Fauteur")
    expect(report.locator("#report-quote")).to_have_text(threat)
    report.get_by_role("button", name="Envoyer le signalement").click()
    expect(report.locator("#report-category-error")).to_have_text(
        "Choisissez le motif du signalement."
    )
    report.get_by_label("Motif").select_option("threat")
    report.locator("#report-text").fill("Il menace une autre personne du salon.")
    report.get_by_role("button", name="Envoyer le signalement").click()
    expect(report).to_be_hidden()
    expect(temoin.page.locator("#toasts")).to_contain_text("Signalement envoyé")
    expect(temoin.page.locator("#inbox-count")).to_have_text("1")  # "Signalement reçu"

    # The moderator finds it first in the queue, with its sealed evidence.
    console = open_console(person(**DESKTOP), "alice")
    item = console.locator(".queue-item").first
    expect(item).to_contain_text("Critique")
    expect(item).to_contain_text("Menace ou violence")
    expect(item).to_contain_text("salon:general")
    item.click()
    case = console.locator("#case-view")
    expect(case.get_by_role("heading", level=2)).to_have_text("Menace ou violence · Message")
    expect(case.locator(".report-item")).to_contain_text("Il menace une autre personne du salon.")
    # Sealed by the report, and by the risk detector too (the threat): one case, two seals.
    for seal in case.locator(".seal-state").all():
        expect(seal).to_have_text("Intacte")
    expect(case.locator(".seal-hash").first).to_have_text(re.compile(r"[0-9a-f]{64}$"))
    expect(case.locator(".ev-msg.reported .ev-text").first).to_contain_text(threat)
    expect(case.locator("#decide-reference")).to_have_value("Code pénal art. 222-17 et 222-18")
    expect(case.locator("#decide-facts")).to_have_value(re.compile("Menaces de violence"))

    # One click deletes the message: the witness's view drops it at once.
    case.get_by_role("button", name="Supprimer le message").click()
    expect(console.locator("#toasts")).to_contain_text("Décision enregistrée : message supprimé")
    expect(temoin.message(threat)).to_have_count(0)
    expect(fauteur.page.locator("#toasts")).to_contain_text("Un de vos messages a été supprimé")
    expect(case.locator(".decided-note")).to_contain_text("message supprimé")

    # A second measure needs its own case; the ban asks once more before it applies.
    case.get_by_role("button", name="Ouvrir un nouveau dossier sur cette personne").click()
    expect(case.locator(".case-meta")).to_contain_text("Initiative de la modération")
    case.locator("#decide-category").select_option("threat")
    case.get_by_role("button", name="Bannir définitivement").click()
    case.get_by_role("button", name="Confirmer le bannissement").click()
    expect(console.locator("#toasts")).to_contain_text("bannissement définitif")

    # The author's chat closes on the ban, with the link to the decision.
    expect(fauteur.page.locator("#entry")).to_be_visible()
    expect(fauteur.page.locator("#entry-notice")).to_contain_text(
        "Votre accès à Papote est suspendu"
    )
    expect(fauteur.page.locator("#entry-decision-link")).to_have_attribute(
        "href", re.compile(r"^/notice\.html\?id=[\w-]+&key=\w+$")
    )
    # A new pseudo from the same device is refused at the door (HTTP 403 banned).
    fauteur.fill_entry("Innocent", gender="m", age=35, postal_code="69001")
    expect(fauteur.page.locator("#entry-form-error")).to_contain_text("suspendu par la modération")
    expect(fauteur.page.locator("#entry-decision-link")).to_be_visible()

    # The audit chain is intact.
    console.get_by_role("button", name="Vérifier l'audit").click()
    expect(console.locator("#banner")).to_contain_text("Journal d'audit intact")


def test_notice_page_appeal_and_review_by_another_moderator(
    person: Callable[..., Person],
) -> None:
    temoin = person().enter("Temoin", gender="f", age=30, postal_code="75011")
    bruyant = person().enter("Bruyant", gender="m", age=41, postal_code="13001")
    bruyant.say("Vous êtes tous nuls")

    # A report on the person, from the profile card.
    card = temoin.open_profile("Bruyant")
    card.get_by_role("button", name="Signaler").click()
    report = temoin.page.locator("#report-dialog")
    expect(report.locator("#report-title")).to_have_text("Signaler Bruyant")
    report.get_by_label("Motif").select_option("harassment")
    report.get_by_role("button", name="Envoyer le signalement").click()
    expect(temoin.page.locator("#toasts")).to_contain_text("Signalement envoyé")

    # Alice mutes him for an hour, in one click.
    alice = open_console(person(**DESKTOP), "alice")
    alice.locator(".queue-item", has_text="Harcèlement").click()
    decide = alice.locator("#case-view .decide")
    decide.locator(".act-row", has_text="Rendre muet·te").get_by_role("button", name="1 h").click()
    expect(alice.locator("#toasts")).to_contain_text("mise en sourdine")

    # He is told, and cannot write any more.
    page = bruyant.page
    expect(page.locator("#toasts")).to_contain_text("Nouvel avis de modération")
    expect(page.locator("#inbox-count")).to_have_text("1")
    page.locator("#composer-input").fill("Et maintenant ?")
    page.locator("#composer-input").press("Enter")
    expect(page.locator(".msg.failed")).to_contain_text("Vous ne pouvez pas écrire pour le moment")

    # From his inbox, the notice opens on its own page, with the statement of reasons.
    page.locator("#inbox-btn").click()
    inbox = page.locator("#inbox-dialog")
    entry = inbox.locator(".inbox-item", has_text="Décision de modération")
    expect(entry).to_contain_text("Vous ne pouvez plus écrire pour un temps")
    # The inbox already says what it is about, as the notice page does (issue 10 §13).
    expect(entry.locator(".inbox-about")).to_have_text(
        "Cet avis concerne un compte (profil ou messages), pas un message en particulier."
    )
    with bruyant.context.expect_page() as opened:
        entry.get_by_role("link", name="Lire l'avis").click()
    notice = opened.value
    notice_errors: list[str] = []
    notice.on("pageerror", lambda error: notice_errors.append(str(error)))
    expect(notice.locator("#notice-title")).to_have_text("Vous ne pouvez plus écrire pour un temps")
    # What it is about, as he may see it: his account, never who reported (issue 10 §13).
    expect(notice.locator("#notice-about")).to_have_text(
        "Cet avis concerne un compte (profil ou messages), pas un message en particulier."
    )
    fields = notice.locator("#statement-fields")
    expected = {
        "action": "Interdiction temporaire d'écrire",
        "restriction": "Compte suspendu",
        "category": "Harcèlement ou insultes",
        "decision_ground": "Contenu illicite",
        "legal_ground": "Code pénal art. 222-33-2-2",
        "automated_detection": "Non",
        "automated_decision": "Non",
        "source_type": "Signalement d'un·e utilisateur·ice (art. 16 DSA)",
    }
    for field, value in expected.items():
        expect(fields.locator(f'[data-field="{field}"] dd')).to_have_text(value)
    expect(fields.locator('[data-field="decision_facts"] dd')).to_contain_text("Propos insultants")
    expect(entry).not_to_have_class(re.compile(r"\bunread\b"))  # opened: read

    notice.get_by_label("Pourquoi contestez-vous cette décision ?").fill(
        "Je plaisantais avec des amis, personne n'était visé."
    )
    notice.get_by_role("button", name="Envoyer la contestation").click()
    expect(notice.locator("#appeal-done")).to_contain_text("Contestation enregistrée")
    # The same link again: the page knows the appeal is filed and offers no second form
    # (the server would refuse it anyway: 409 already_appealed, tested in integration).
    notice.reload()
    expect(notice.locator("#appeal-done")).to_contain_text("Contestation enregistrée")
    expect(notice.locator("#appeal-form")).to_be_hidden()

    # Alice decided, so she may not review the appeal: the console says why.
    alice.get_by_role("tab", name=re.compile("Contestations")).click()
    appeal = alice.locator(".appeal-card").first
    expect(appeal).to_contain_text("Je plaisantais avec des amis")
    expect(appeal).to_contain_text("Vous avez pris cette décision")
    appeal.get_by_role("button", name="Annuler la mesure").click()
    expect(appeal.locator(".form-error")).to_have_text(
        "Une contestation doit être examinée par une autre personne que celle qui a décidé."
    )

    # Bruno, on his phone, reverses it.
    bruno = open_console(person(**PHONE), "bruno")
    bruno.get_by_role("tab", name=re.compile("Contestations")).click()
    card = bruno.locator(".appeal-card").first
    card.get_by_label("Motivation de votre réponse").fill(
        "Propos sans cible, mesure disproportionnée."
    )
    card.get_by_role("button", name="Annuler la mesure").click()
    expect(bruno.locator("#toasts")).to_contain_text("mesure annulée")
    expect(bruno.locator("#appeals-status")).to_have_text("Aucune contestation en attente.")

    # He is told, and can write again.
    expect(page.locator("#toasts")).to_contain_text("Décision sur votre contestation")
    inbox.get_by_role("button", name="Fermer").last.click()
    expect(inbox).to_be_hidden()
    bruyant.say("Merci, je ferai attention")
    assert not notice_errors


def test_kick_and_slow_mode_are_explained_to_the_people_concerned(
    person: Callable[..., Person],
) -> None:
    temoin = person().enter("Temoin", gender="f", age=30, postal_code="75011")
    lourd = person().enter("Lourd", gender="m", age=29, postal_code="33000")
    temoin.open_room("Sport")
    lourd.open_room("Sport")
    lourd.say("Les supporters de l'autre équipe sont des déchets")

    bubble = temoin.messages_from("Lourd").filter(has_text="déchets")
    bubble.hover()
    bubble.get_by_role("button", name="Signaler ce message de Lourd").click()
    report = temoin.page.locator("#report-dialog")
    report.get_by_label("Motif").select_option("hate")
    report.get_by_role("button", name="Envoyer le signalement").click()
    expect(report).to_be_hidden()
    # And the salon itself, from its header.
    temoin.page.locator("#room-actions").get_by_role("button", name="Signaler Sport").click()
    expect(report.locator("#report-title")).to_have_text("Signaler le salon « Sport »")
    report.get_by_label("Motif").select_option("spam")
    report.get_by_role("button", name="Envoyer le signalement").click()
    expect(report).to_be_hidden()

    console = open_console(person(**DESKTOP), "alice")
    console.locator(".queue-item", has_text="Haine").click()
    kick = console.locator("#case-view .act-row", has_text="Exclure du salon")
    kick.get_by_role("button", name="1 h").click()
    expect(console.locator("#toasts")).to_contain_text("exclusion du salon")

    # The kicked person leaves the salon with an explanation, and cannot come back yet.
    removed = lourd.page.locator("#removed-dialog")
    expect(removed.locator("#removed-title")).to_have_text("Vous avez été exclu d'un salon")
    expect(removed.locator("#removed-text")).to_have_text(
        "La modération vous a exclu du salon « Sport »."
    )
    expect(removed.locator("#removed-until")).to_contain_text("Vous pourrez y revenir à partir du")
    removed.get_by_role("button", name="J'ai compris").click()
    expect(lourd.tab("Sport")).to_have_count(0)
    lourd.page.locator("#sidebar .side-item", has_text="Sport").first.click()
    expect(lourd.page.locator("#toasts")).to_contain_text("exclu de ce salon")

    # Slow mode on the reported salon: the second message waits, and says so.
    console.locator(".queue-item", has_text="Spam").click()
    expect(console.locator("#case-view h2")).to_have_text("Spam · Salon")
    console.locator("#slow-seconds").fill("30")
    console.get_by_role("button", name="Activer le mode lent").click()
    expect(console.locator("#toasts")).to_contain_text("mode lent")
    temoin.say("Premier message")
    box = temoin.page.locator("#composer-input")
    box.fill("Second message")
    box.press("Enter")
    expect(temoin.page.locator(".msg.failed")).to_contain_text("Mode lent dans ce salon")
