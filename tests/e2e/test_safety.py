"""User text is only ever text: classic XSS payloads are shown literally and never run."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e

PAYLOADS = [
    '<img src=x onerror="window.__xss = 1">',
    "<script>window.__xss = 2</script>",
    '"><svg onload="window.__xss = 3">',
    # Not "clique ici" + a link: the rules hold that in a salon as spam (docs/detection.md),
    # and the reader would not see it; this test is about rendering, not detection.
    '<a href="javascript:window.__xss = 4">regarde</a> javascript:window.__xss=5',
    "<iframe src=\"javascript:alert('xss')\"></iframe><b onmouseover=alert(6)>gras</b>",
]


def test_xss_payloads_are_inert_text(person: Callable[..., Person]) -> None:
    reader = person().enter("Lecteur", gender="f", age=30, postal_code="75001")
    attacker = person().enter("Pirate", gender="m", age=30, postal_code="75002")
    for page in (reader.page, attacker.page):
        page.evaluate("() => { window.__xss = 0 }")

    for payload in PAYLOADS:
        attacker.say(payload)
    for payload in PAYLOADS:
        expect(reader.page.locator("#messages .msg-text").filter(has_text=payload)).to_have_count(1)
    texts = reader.page.locator("#messages .msg-text").all_text_contents()
    assert texts[-len(PAYLOADS) :] == PAYLOADS

    reader.page.locator("#messages .msg-text").last.hover()
    for page in (reader.page, attacker.page):
        injected = page.locator(
            "#messages img, #messages script, #messages svg:not(.icon), "
            "#messages iframe, #messages a, #messages b"
        )
        expect(injected).to_have_count(0)
        assert page.evaluate("() => window.__xss") == 0
    # `javascript:` is never turned into something clickable.
    expect(reader.page.locator("#messages .msg-link")).to_have_count(0)
    # The typing and notification paths show pseudos and texts as text too.
    assert reader.dialogs == attacker.dialogs == []
    assert reader.page_errors == attacker.page_errors == []


def test_links_open_only_after_confirming_leaving(person: Callable[..., Person]) -> None:
    reader = person().enter("Prudente", gender="f", age=41, postal_code="44000")
    sender = person().enter("Partageur", gender="m", age=39, postal_code="44100")
    target = f"{reader.base_url}/api/health"
    sender.say(f"Regarde ça : {target} !")

    link = reader.page.locator("#messages .msg-link")
    expect(link).to_have_text(target)
    expect(link).to_have_js_property("tagName", "BUTTON")  # not an <a href>
    link.click()
    dialog = reader.page.locator("#link-dialog")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Quitter Papote ?")
    expect(dialog.locator("#link-url")).to_have_text(target)
    dialog.get_by_role("button", name="Annuler").click()
    expect(dialog).to_be_hidden()
    assert len(reader.context.pages) == 1

    link.click()
    with reader.context.expect_page() as opened:
        dialog.get_by_role("button", name="Ouvrir le lien").click()
    new_page = opened.value
    new_page.wait_for_load_state()
    assert new_page.url == target
    assert len(reader.context.pages) == 2
