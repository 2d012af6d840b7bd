"""The member list pages on with its filters (protocol 21: member lists are windows).

The server here sends pages of 2 (`PAPOTE_MEMBER_PAGE`), so that five people are a
"big" salon: the list shows the first page, "Afficher plus" asks for one page more, and
the filters are applied by the server, the window then kept up to date live.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import LiveServer, serving
from tests.e2e.helpers import Person


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    with serving(tmp_path / "data", PAPOTE_MEMBER_PAGE="2") as server:
        yield server


def test_the_list_pages_on_and_filters_on_the_server(person: Callable[..., Person]) -> None:
    person().enter("Alice", gender="f", age=30, postal_code="75011")
    person().enter("Ines", gender="f", age=61, postal_code="97400")
    person().enter("Manon", gender="f", age=22, postal_code="29000")
    person().enter("Paul", gender="m", age=45, postal_code="75015")
    viewer = person().enter("Observateur", gender="x", age=50, postal_code="29200")
    page = viewer.page
    members = page.locator("#member-list .member")
    more = page.locator("#members-load")

    # The first page (Alice, Ines) and oneself; five people in all.
    expect(page.locator("#members-count")).to_have_text("5")
    expect(members).to_have_count(3)
    expect(viewer.member("Paul")).to_have_count(0)
    expect(more).to_have_text("Afficher plus (2 autres)")
    more.click()
    expect(members).to_have_count(4)  # Alice, Ines, Manon and oneself
    expect(more).to_have_text("Afficher 1 autre personne")
    more.click()
    expect(members).to_have_count(5)
    expect(viewer.member("Paul")).to_be_visible()
    expect(more).to_be_hidden()

    # Filtered by the server: the first page of the women, then one more.
    page.locator("#member-filters").get_by_role("radio", name="Femmes").check()
    expect(page.locator("#members-count")).to_have_text("3 sur 5")
    expect(members).to_have_count(2)
    expect(more).to_have_text("Afficher 1 autre personne")
    more.click()
    expect(members).to_have_count(3)
    expect(more).to_be_hidden()

    # Live: a woman arriving enters the filtered window; a man only changes the count.
    person().enter("Berthe", gender="f", age=33, postal_code="13001")
    expect(page.locator("#members-count")).to_have_text("4 sur 6")
    expect(viewer.member("Berthe")).to_be_visible()
    person().enter("Bruno", gender="m", age=33, postal_code="13001")
    expect(page.locator("#members-count")).to_have_text("4 sur 7")
    expect(viewer.member("Bruno")).to_have_count(0)

    # Every département can be chosen, wherever the people of the window come from.
    page.locator("#member-filters").get_by_role("radio", name="Tout le monde").check()
    page.locator("#filter-dept").select_option("974")
    expect(members).to_have_count(1)
    expect(members.first).to_contain_text("Ines")
    expect(page.locator("#members-count")).to_have_text("1 sur 7")
