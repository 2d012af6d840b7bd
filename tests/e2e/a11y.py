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


def animations_ended(page: Page) -> None:
    """Wait for every finite animation of the page to end: a card fading in (opacity)
    would be measured at half contrast, a drawer sliding in at the wrong place."""
    page.evaluate(
        """() => Promise.all(document.getAnimations()
            .filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
            .map((a) => a.finished.catch(() => null)))"""
    )


def ready_for_axe(page: Page) -> None:
    """Load axe-core into the page once, and let every finite animation end first."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    animations_ended(page)


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


# What takes a pointer's press: a control, a link, or the label around a checkbox or radio
# (a press on the label toggles it); in the open modal dialog only, when there is one.
# Disabled, inert, invisible (or visually hidden) and off-page elements are not targets.
# A JS function body: `collect()` returns [{el, r}] with r the bounding box.
COLLECT = """
    const collect = () => {
        const SELECTOR = "a[href], button, input:not([type=hidden]), select, textarea, summary, " +
            "[role=button], [role=tab], [role=link], [role=checkbox], [role=radio], " +
            "[role=switch], [role=menuitem], [role=option], [tabindex]:not([tabindex='-1'])";
        const modal = [...document.querySelectorAll("dialog[open]")]
            .filter((d) => d.matches(":modal")).pop();
        const out = [];
        const seen = new Set();
        for (const control of (modal || document).querySelectorAll(SELECTOR)) {
            if (control.disabled || control.closest("[inert]")) continue;
            const label = control.matches("input[type=checkbox], input[type=radio]")
                && control.closest("label");
            const el = label || control;
            if (seen.has(el)) continue;
            seen.add(el);
            if (!el.checkVisibility({ visibilityProperty: true })) continue;
            const r = el.getBoundingClientRect();
            if (r.width <= 1 || r.height <= 1 || r.bottom <= 0 || r.right <= 0) continue;
            out.push({ el, r });
        }
        return out;
    };
    const describe = (el) => {
        const id = el.id ? "#" + el.id : el.tagName.toLowerCase() +
            [...el.classList].slice(0, 2).map((c) => "." + c).join("");
        const label = (el.getAttribute("aria-label") || el.textContent || "").trim()
            .replace(/\\s+/g, " ");
        return label ? `${id} "${label.slice(0, 30)}"` : id;
    };
    const size = (r) => `${Math.round(r.width * 10) / 10}x${Math.round(r.height * 10) / 10}`;
"""

# WCAG 2.2 SC 2.5.8 Target Size (Minimum): each target is `minimum` CSS px each way, or an
# undersized one is spaced so that a circle of `minimum` diameter on its centre meets no
# other target nor the circle of another undersized target; a link within a sentence is
# exempt (the inline exception). A target covered at its centre by something else (a panel
# over the page) is not pressable now and is left out.
TARGETS = (
    "([minimum, primary, primaryMinimum]) => {"
    + COLLECT
    + """
    const targets = [];
    for (const { el, r } of collect()) {
        const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
        if (cx >= 0 && cy >= 0 && cx < innerWidth && cy < innerHeight) {
            const hit = document.elementFromPoint(cx, cy);
            if (hit && !el.contains(hit) && !hit.contains(el)) continue;
        }
        const inline = getComputedStyle(el).display === "inline" &&
            [...el.parentElement.childNodes].some((n) => n !== el &&
                n.nodeType === Node.TEXT_NODE && n.textContent.trim());
        const small = r.width < minimum - 0.01 || r.height < minimum - 0.01;
        targets.push({ el, r, cx, cy, inline, small });
    }
    const toRect = (x, y, r) => Math.hypot(
        Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    const found = [];
    for (const t of targets) {
        if (primary && t.el.matches(primary) &&
            (t.r.width < primaryMinimum - 0.01 || t.r.height < primaryMinimum - 0.01)) {
            found.push(`${describe(t.el)}: ${size(t.r)}, a primary control under ` +
                `${primaryMinimum}x${primaryMinimum}`);
        }
        if (!t.small || t.inline) continue;
        const near = targets.find((o) => o !== t && !o.el.contains(t.el) && !t.el.contains(o.el) &&
            (toRect(t.cx, t.cy, o.r) < minimum / 2 ||
             (o.small && !o.inline && Math.hypot(o.cx - t.cx, o.cy - t.cy) < minimum)));
        if (near) found.push(`${describe(t.el)}: ${size(t.r)}, too close to ${describe(near.el)}`);
    }
    return found;
}"""
)


def small_targets(
    page: Page, *, minimum: float = 24, primary: str = "", primary_minimum: float = 44
) -> list[str]:
    """Targets smaller than ``minimum`` CSS px (either side) that the spacing exception does
    not save (WCAG 2.2 SC 2.5.8), and controls matching ``primary`` under
    ``primary_minimum`` on either side; one line each."""
    animations_ended(page)  # boxes measured where they rest
    found: list[str] = page.evaluate(TARGETS, [minimum, primary, primary_minimum])
    return found


# WCAG 1.4.10 Reflow: no sideways scrolling, and every target can be brought on screen
# (scrolled into view, it lies within the viewport).
UNREACHABLE = (
    "() => {"
    + COLLECT
    + """
    const width = document.documentElement.clientWidth, height = innerHeight;
    const found = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) {
        // What sticks out: the innermost elements past the right edge (the first three).
        const past = [...document.body.querySelectorAll("*")].filter((el) =>
            el.getBoundingClientRect().right > width + 0.5 && el.getClientRects().length);
        const innermost = past.filter((el) => !past.some((o) => o !== el && el.contains(o)));
        const what = innermost.slice(0, 3).map((el) =>
            `${describe(el)} (right ${Math.round(el.getBoundingClientRect().right)})`);
        found.push(`the page scrolls sideways: ${scrollWidth} > ${width}: ${what.join(", ")}`);
    }
    const outside = (r) =>
        r.left < -0.5 || r.top < -0.5 || r.right > width + 0.5 || r.bottom > height + 0.5;
    for (const { el } of collect()) {
        el.scrollIntoView({ block: "nearest", inline: "nearest" });
        let r = el.getBoundingClientRect();
        if (outside(r) && document.activeElement !== el) {  // shown on focus (the skip link)
            const before = document.activeElement;
            el.focus({ preventScroll: true });
            r = el.getBoundingClientRect();
            before?.focus({ preventScroll: true });
        }
        if (outside(r)) {
            found.push(`${describe(el)}: ${size(r)} at (${Math.round(r.left)}, ` +
                `${Math.round(r.top)}), not on screen once scrolled to`);
        }
    }
    return found;
}"""
)


def unreachable(page: Page) -> list[str]:
    """What WCAG 1.4.10 (reflow) forbids on the page now: sideways scrolling, and targets
    that cannot be scrolled on screen; one line each."""
    animations_ended(page)
    found: list[str] = page.evaluate(UNREACHABLE)
    return found
