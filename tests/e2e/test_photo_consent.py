"""Photos between two people in real Chromium (issue 11 §3-6): a DM request is text only
(dialog and server), "Photos sensibles" is the recipient's revocable choice without which
a nude-flagged photo is refused in their DM, what is typed while a photo uploads comes
after it, and a reported photo reaches the moderator blurred until they click."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Locator, expect

from tests.conftest import LiveServer, create_moderator, start_server
from tests.e2e.helpers import PHONE, Person, shoot
from tests.e2e.test_moderation import DESKTOP, open_console
from tests.unit.test_media_pipeline import encode, photo_like

pytestmark = pytest.mark.e2e

REFUSED_IN_DM = (
    "Cette photo semble dénudée : elle ne peut être envoyée ici que si la personne a "
    "accepté les « photos sensibles » dans cette conversation."
)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """This module's server (the `person` factory opens people on it): its nudity
    classifier flags a magenta top-left corner (tests/e2e/photo_classifier.py), so no test
    needs a real nude picture."""
    server = start_server(
        tmp_path_factory.mktemp("photo-consent") / "data",
        env={
            "PAPOTE_SESSIONS_PER_IP": "1000",
            "PAPOTE_ENTRY_BURST_PER_IP": "1000",
            "PAPOTE_MEDIA_CLASSIFIER": "tests.e2e.photo_classifier:create",
        },
    )
    try:
        yield server
    finally:
        server.stop()


def picture(tmp_path: Path, name: str, seed: int, flagged: bool = False) -> Path:
    image = photo_like(seed)
    if flagged:
        image.paste(Image.new("RGB", (60, 60), (255, 0, 255)), (0, 0))
    path = tmp_path / name
    path.write_bytes(encode(image, "PNG" if flagged else "JPEG"))
    return path


def send_photo(someone: Person, path: Path) -> None:
    page = someone.page
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Envoyer une photo").click()
    chooser.value.set_files(str(path))


def sensitive_toggle(someone: Person) -> Locator:
    return someone.page.locator('#room-actions button[data-act="sensitive"]')


def test_a_dm_request_is_text_only_in_the_dialog_and_on_the_server(
    person: Callable[..., Person], live_server: LiveServer, tmp_path: Path
) -> None:
    jade = person(**PHONE).enter("Jade", gender="f", age=26, postal_code="59000")
    hugo = person().enter("Hugo", gender="m", age=27, postal_code="59800")
    card = hugo.open_profile("Jade")
    card.get_by_role("button", name="Message privé").click()
    dialog = hugo.page.locator("#dm-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("#dm-text-only")).to_have_text(
        "Texte seulement : les photos viendront une fois la conversation acceptée."
    )
    # Nothing in the request can take a file; the composer's button is behind the modal.
    expect(dialog.locator("input[type=file], .photo-btn")).to_have_count(0)
    shoot(hugo.page, "dm-request-text-only.png")
    dialog.locator("textarea").fill("Salut Jade, on parle de la braderie ?")
    dialog.get_by_role("button", name="Envoyer la demande").click()
    expect(dialog).to_be_hidden()
    # The server: a pending request has no conversation a photo could go to.
    token = hugo.page.evaluate("JSON.parse(sessionStorage.getItem('papote.session')).token")
    response = hugo.page.request.post(
        f"{live_server.url}/api/media?room=dm:pending",
        data=picture(tmp_path, "early.jpg", 3).read_bytes(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/octet-stream"},
    )
    assert response.status in (403, 404)
    assert response.json()["error"]["code"] in ("not_member", "no_such_room")
    # Jade sees a request with its text only.
    notif = jade.notifications().locator(".notif-item", has_text="Hugo")
    expect(notif).to_contain_text("Salut Jade, on parle de la braderie ?")
    expect(notif.locator("img, .photo")).to_have_count(0)


def test_sensitive_photos_need_the_recipients_consent_and_reach_moderators_blurred(
    person: Callable[..., Person], live_server: LiveServer, tmp_path: Path
) -> None:
    jade = person(**PHONE).enter("Lea", gender="f", age=31, postal_code="69003")
    hugo = person().enter("Tom", gender="m", age=32, postal_code="69007")
    hugo.open_dm(jade, "Tom", "Lea", "Coucou Léa")
    expect(hugo.page.locator("#room-title")).to_contain_text("Lea")
    # Jade answers once: Tom's ordinary photos are no longer blurred for her.
    jade.say("Salut Tom !")

    # Without Léa's consent, a nude-flagged photo is refused, said plainly to Tom.
    send_photo(hugo, picture(tmp_path, "a.png", 5, flagged=True))
    expect(hugo.page.locator("#composer-status")).to_have_text(REFUSED_IN_DM)
    expect(hugo.page.locator(".msg .photo, .photo-uploading")).to_have_count(0)
    shoot(hugo.page, "photo-sensitive-refused.png")

    # Léa turns "Photos sensibles" on for this conversation (her choice, off by default).
    toggle = sensitive_toggle(jade)
    expect(toggle).to_have_attribute("aria-pressed", "false")
    expect(toggle).to_have_accessible_name("Photos sensibles : non")  # what it shows
    expect(toggle).to_have_accessible_description(
        "Accepter les photos sensibles de Tom dans cette conversation"
    )
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    expect(jade.page.locator("#toasts")).to_contain_text("Vous acceptez les photos sensibles")
    shoot(jade.page, "photo-sensitive-consent.png")
    expect(sensitive_toggle(hugo)).to_have_attribute("aria-pressed", "false")  # his own

    # Now it goes, and what Tom types while it uploads comes after it.
    send_photo(hugo, picture(tmp_path, "b.png", 6, flagged=True))
    hugo.page.locator("#composer-input").fill("Tu en penses quoi ?")
    hugo.page.locator("#composer-input").press("Enter")
    theirs = jade.page.locator("#messages .msg:not(.mine)")  # the DM: Tom's, grouped or not
    expect(theirs.locator(".photo")).to_have_count(1)
    expect(theirs.filter(has_text="Tu en penses quoi ?")).to_have_count(1)
    order = jade.page.eval_on_selector_all(
        ".msg:not(.mine)",
        "nodes => nodes.map(n => n.querySelector('.photo') ? 'photo'"
        " : (n.querySelector('.msg-text')?.textContent || ''))",
    )
    assert order.index("photo") < order.index("Tu en penses quoi ?"), order
    # Still blurred for her until she clicks, and for him too.
    photo = theirs.locator(".photo")
    expect(photo).to_have_class(re.compile(r"\bblurred\b"))
    expect(photo.locator(".photo-veil-text")).to_have_text("Photo sensible floutée")
    expect(hugo.page.locator(".msg.mine .photo")).to_have_class(re.compile(r"\bblurred\b"))
    shoot(jade.page, "photo-sensitive-blurred.png")
    photo.get_by_role("button", name="Photo sensible floutée — Afficher").click()
    expect(photo).not_to_have_class(re.compile(r"\bblurred\b"))

    # She takes it back: the next one is refused again.
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "false")
    send_photo(hugo, picture(tmp_path, "c.png", 7, flagged=True))
    expect(hugo.page.locator("#composer-status")).to_have_text(REFUSED_IN_DM)

    # She reports the photo; the moderator sees it blurred until they click.
    bubble = theirs.filter(has=jade.page.locator(".photo"))
    bubble.locator(".msg-text, .msg-time").first.dispatch_event("contextmenu")  # a long press
    bubble.get_by_role("button", name="Signaler ce message de Tom").click()
    report = jade.page.locator("#report-dialog")
    report.get_by_label("Motif").select_option("sexual_content")
    report.get_by_role("button", name="Envoyer le signalement").click()
    expect(report).to_be_hidden()
    create_moderator(live_server, "nina")
    console = open_console(person(**DESKTOP), "nina")
    console.locator(".queue-item").first.click()
    case = console.locator("#case-view")
    figure = case.locator("figure.ev-photo")
    expect(figure).to_have_class(re.compile(r"\bblurred\b"))
    expect(case.locator(".ev-photo-veil")).to_have_text(
        "Photo signalée floutée : cliquez pour la voir."
    )
    expect(case).to_contain_text("Original tel qu'envoyé conservé comme preuve")
    console.wait_for_function(
        "() => { const i = document.querySelector('.ev-photo-img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    figure.scroll_into_view_if_needed()
    shoot(console, "mod-photo-blurred.png")
    show = case.get_by_role("button", name="Afficher la photo signalée")
    show.click()
    expect(figure).not_to_have_class(re.compile(r"\bblurred\b"))
    expect(case.get_by_role("button", name="Flouter à nouveau")).to_have_attribute(
        "aria-pressed", "true"
    )
