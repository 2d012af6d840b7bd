"""What a person notices after a while (issue 10.12): no arrival lines where they mean
nothing, and a phone screen without a flag beside every bubble."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import PHONE, Person
from tests.e2e.test_live import TRACK_SOCKETS

pytestmark = pytest.mark.e2e


def _arrivals(someone: Person, pseudo: str) -> int:
    lines = someone.page.locator("#messages .sys", has_text=re.compile(f"{pseudo} est arrivé"))
    return lines.count()


def test_reconnections_and_dms_add_no_arrival_lines(person: Callable[..., Person]) -> None:
    anna = person()
    anna.context.add_init_script(TRACK_SOCKETS)
    anna.enter("Anna", gender="f", age=33, postal_code="31000")
    ben = person()
    ben.context.add_init_script(TRACK_SOCKETS)
    ben.enter("Ben", gender="m", age=36, postal_code="31400")
    arrival = anna.page.locator("#messages .sys", has_text="Ben est arrivé")
    expect(arrival).to_have_count(1)
    ben.say("Bonjour")
    expect(anna.message("Bonjour")).to_be_visible()

    # Ben's link drops and comes back: he is returning, not arriving.
    ben.page.evaluate("() => window.__sockets.at(-1).close()")
    expect(ben.page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
    expect(anna.member("Ben")).to_be_visible()
    # Anna's own link drops: her rejoin does not announce everyone again either.
    anna.page.evaluate("() => window.__sockets.at(-1).close()")
    expect(anna.page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
    expect(anna.member("Ben")).to_be_visible()
    ben.say("Je suis revenu")
    expect(anna.message("Je suis revenu")).to_be_visible()
    assert _arrivals(anna, "Ben") == 1
    assert _arrivals(ben, "Anna") == 0

    # A 1:1 DM: the other person "arriving" in it is no news.
    anna.open_dm(ben, "Anna", "Ben", "On parle en privé ?")
    expect(anna.message("On parle en privé ?")).to_be_visible()
    # One writes a message to someone, in a salon (issue 10.10).
    expect(anna.page.locator("#composer-input")).to_have_attribute("placeholder", "Message à Ben")
    expect(ben.page.locator("#composer-input")).to_have_attribute("placeholder", "Message à Anna")
    ben.say("Oui")
    expect(anna.message("Oui")).to_be_visible()
    expect(anna.page.locator("#messages .sys")).to_have_count(0)
    expect(ben.page.locator("#messages .sys")).to_have_count(0)


def test_on_a_phone_the_report_flag_comes_with_a_long_press(
    person: Callable[..., Person],
) -> None:
    jade = person().enter("Jade", gender="f", age=23, postal_code="59000")
    hugo = person(**PHONE).enter("Hugo", gender="m", age=25, postal_code="59800")
    jade.say("Premier message")
    jade.say("Second message")
    page = hugo.page
    first = page.locator(".msg", has_text="Premier message")
    second = page.locator(".msg", has_text="Second message")
    expect(second).to_be_visible()
    # No flag beside every bubble.
    expect(page.locator(".msg-report")).to_have_count(2)
    for flag in page.locator(".msg-report").all():
        expect(flag).to_be_hidden()

    # A long press on a bubble (the touch pointer held still) shows that message's flag.
    bubble = first.locator(".bubble")
    bubble.dispatch_event("pointerdown", {"pointerType": "touch", "isPrimary": True})
    page.wait_for_timeout(700)
    bubble.dispatch_event("pointerup", {"pointerType": "touch", "isPrimary": True})
    expect(first.locator(".msg-report")).to_be_visible()
    expect(second.locator(".msg-report")).to_be_hidden()

    # The context menu a long press opens on Android does the same, for one bubble at a time.
    second.locator(".bubble").dispatch_event("contextmenu")
    expect(second.locator(".msg-report")).to_be_visible()
    expect(first.locator(".msg-report")).to_be_hidden()
    second.locator(".msg-report").click()
    expect(page.locator("#report-title")).to_have_text("Signaler un message de Jade")
    expect(page.locator("#report-quote")).to_have_text("Second message")


def test_french_agreement_and_elision(person: Callable[..., Person]) -> None:
    # Issue 10.10: "arrivée" for a woman, "arrivé" for a man, the inclusive form only for x;
    # "d'Anna", never "de Anna"; "Tout le monde" in the gender filter.
    oscar = person().enter("Oscar", gender="m", age=40, postal_code="44000")
    expect(oscar.page.locator("#composer-input")).to_have_attribute(
        "placeholder", "Message dans Général"
    )
    person().enter("Anna", gender="f", age=31, postal_code="44100").say("Bonjour")
    person().enter("Bruno69", gender="m", age=45, postal_code="69001")
    person().enter("Sam", gender="x", age=29, postal_code="69002")
    lines = oscar.page.locator("#messages .sys span")
    expect(lines).to_have_text(["Anna est arrivée", "Bruno69 est arrivé", "Sam est arrivé·e"])

    flag = oscar.page.locator(".msg", has_text="Bonjour").locator(".msg-report")
    expect(flag).to_have_attribute("aria-label", "Signaler ce message d'Anna")
    flag.click()
    expect(oscar.page.locator("#report-title")).to_have_text("Signaler un message d'Anna")
    oscar.page.keyboard.press("Escape")
    expect(oscar.page.locator("#member-filters")).to_contain_text("Tout le monde")
