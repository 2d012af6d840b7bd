"""Fixtures for the browser tests: Debian's Chromium driven by Playwright (sync API).

The browser is never downloaded: `scripts/ensure-chromium.sh` installs Chromium's headless
shell (/usr/bin/chromium-headless-shell) with apt (the Makefile runs it before the tests).
Each test gets a fresh server (`live_server` from tests/conftest.py) and opens as many
browser contexts (people) as it needs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Playwright, expect, sync_playwright

from tests.conftest import UNIT, LiveServer, StaffedCopy, serving
from tests.e2e.helpers import CHROMIUM_ARGS, FAKE_MEDIA, HEADLESS_SHELL, Person

expect.set_options(timeout=10_000 * UNIT)


# One driver and one Chromium for the whole of tests/e2e (a launch costs about a second
# of CPU): every person is a new browser context, isolated from the others (cookies,
# storage, service workers). Modules that need other launch flags (fake media devices)
# launch their own browser from this driver.
@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    if not os.access(HEADLESS_SHELL, os.X_OK):
        pytest.fail(
            f"{HEADLESS_SHELL} is missing: run `bash scripts/ensure-chromium.sh`"
            " (or `make browser`)"
        )
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=HEADLESS_SHELL, args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture(scope="module")
def media_browser(playwright: Playwright) -> Iterator[Browser]:
    """A Chromium with a fake microphone and camera (FAKE_MEDIA), for a module's voice
    salons and calls."""
    browser = playwright.chromium.launch(
        executable_path=HEADLESS_SHELL, args=CHROMIUM_ARGS + FAKE_MEDIA
    )
    try:
        yield browser
    finally:
        browser.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    # Remember each phase's outcome so a fixture can tell whether its test failed.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def person(
    request: pytest.FixtureRequest, browser: Browser, live_server: LiveServer
) -> Iterator[Callable[..., Person]]:
    """Factory: `person()` opens a new browser context (one human) on the live server."""
    people: list[Person] = []

    def make(**options: Any) -> Person:
        someone = Person.open(browser, live_server.url, timeout_ms=10_000 * UNIT, **options)
        people.append(someone)
        return someone

    try:
        yield make
    finally:
        call = getattr(request.node, "report_call", None)
        if call is not None and call.failed:
            # Shown under "Captured stdout teardown": what the server said during the test.
            print(f"--- server log ({live_server.log_path}) ---")
            print(live_server.log()[-6000:])
        errors = [(p.label, e) for p in people for e in p.page_errors]
        for someone in people:
            someone.close()
        assert not errors, f"JavaScript errors in the page: {errors}"


@pytest.fixture
def staffed_server(tmp_path: Path, staffed_data: StaffedCopy) -> Iterator[LiveServer]:
    """A fresh server whose database already holds the moderators alice and bruno
    (password MOD_PASSWORD), made by `papote admin create-moderator` once for the run.
    A module whose tests open the console makes it its ``live_server``."""
    with serving(staffed_data(tmp_path / "data", ("alice", "bruno"))) as server:
        yield server
