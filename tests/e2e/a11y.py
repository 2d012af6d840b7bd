"""axe-core in the browser tests: run it on the page as it is and list what it finds.

axe-core comes from the npm registry, pinned by tests/e2e/axe/package-lock.json and
installed by `make browser` (`npm ci` there). It is evaluated through the DevTools
protocol, which the page's Content-Security-Policy does not restrict, so the page under
test is the real one (no CSP bypass).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")


def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `make browser` (npm ci in tests/e2e/axe)")
    return AXE.read_text("utf-8")


def ready_for_axe(page: Page) -> None:
    """Load axe-core into the page once, and let every finite animation end first: a card
    fading in (opacity) would otherwise be measured at half contrast."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
            .map((a) => a.finished.catch(() => null)))"""
    )


def violations(page: Page, impacts: tuple[str, ...] = BLOCKING) -> list[str]:
    """axe-core's violations of WCAG 2.2 A/AA (and best practices) on the page now, of
    the given impacts, one line each: rule, impact, and the first offending nodes."""
    ready_for_axe(page)
    found: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const result = await window.axe.run(document, {
                runOnly: { type: "tag", values: [
                    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
                resultTypes: ["violations"],
            });
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact,
                nodes: v.nodes.slice(0, 4).map((n) => n.target.join(" ") + ": " +
                    (n.failureSummary || "").replace(/\\s+/g, " ").slice(0, 160)),
                count: v.nodes.length,
            }));
        }"""
    )
    return [
        f"{v['id']} ({v['impact']}, {v['count']} nodes): " + " | ".join(v["nodes"])
        for v in found
        if v["impact"] in impacts
    ]
