"""Installable: a manifest with icons, and a service worker that caches the shell only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import Person

pytestmark = pytest.mark.e2e


def test_manifest_icons_and_service_worker(person: Callable[..., Person]) -> None:
    someone = person(service_workers="allow")
    page = someone.page
    page.goto("/")
    expect(page.locator("link[rel=manifest]")).to_have_attribute("href", "/manifest.webmanifest")

    manifest = page.request.get("/manifest.webmanifest")
    assert manifest.ok
    data = manifest.json()
    assert (data["lang"], data["start_url"], data["display"]) == ("fr", "/", "standalone")
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in data["icons"]:
        response = page.request.get(icon["src"])
        assert response.ok, icon
        if icon["type"] == "image/png":
            assert response.body()[:8] == b"\x89PNG\r\n\x1a\n"

    # The worker installs and caches the shell, never the API.
    cached = page.evaluate(
        """async () => {
            await navigator.serviceWorker.ready;
            const name = (await caches.keys()).find(k => k.startsWith('papote-'));
            const cache = await caches.open(name);
            return (await cache.keys()).map(r => new URL(r.url).pathname);
        }"""
    )
    assert {"/", "/js/chat.js", "/locales/fr.json"} <= set(cached)
    assert not [path for path in cached if path.startswith("/api/") or path == "/ws"]

    # With the worker in control, the chat still reaches the live API.
    page.reload()
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")
    someone.enter("Pwa", gender="f", age=30, postal_code="75001")
    cached_after = page.evaluate(
        """async () => {
            const name = (await caches.keys()).find(k => k.startsWith('papote-'));
            const cache = await caches.open(name);
            return (await cache.keys()).map(r => new URL(r.url).pathname);
        }"""
    )
    assert not [path for path in cached_after if path.startswith("/api/")]
