"""Static checks (no browser) that every error path has somewhere visible to go.

The DM dialog wrote its errors to `#dm-text-error` while the page had `#dm-error`: every
server refusal vanished (issue 16.3). setError now throws on a missing element; these
checks find a mismatch before anybody runs into it.
"""

from __future__ import annotations

import re
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "src" / "papote" / "web"
PAGES = {
    "player": ([WEB / "index.html", WEB / "notice.html"], sorted((WEB / "js").rglob("*.js"))),
    "console": ([WEB / "mod" / "index.html"], sorted((WEB / "mod").glob("*.js"))),
}


def _ids(pages: list[Path], scripts: list[Path] = []) -> set[str]:  # noqa: B006
    """Ids in the pages, and those the scripts create (`h("p", { id: "..." })`)."""
    found = {m for page in pages for m in re.findall(r'\sid="([^"]+)"', page.read_text("utf-8"))}
    for script in scripts:
        found |= set(re.findall(r'\bid: "([\w-]+)"', script.read_text("utf-8")))
    return found


def _error_targets(scripts: list[Path]) -> set[str]:
    """Every element id a script shows an error in."""
    targets: set[str] = set()
    for script in scripts:
        code = script.read_text("utf-8")
        targets |= {f"{i}-error" for i in re.findall(r'fieldError\(\s*"([\w-]+)"', code)}
        targets |= {f"entry-{f}-error" for f in re.findall(r'showFieldError\(\s*"([\w-]+)"', code)}
        targets |= set(re.findall(r'setError\(\s*\$\(\s*"#([\w-]+)"', code))
        targets |= set(re.findall(r'\$\(\s*"#([\w-]*error[\w-]*)"\s*\)', code))
    return targets


def test_every_error_a_script_shows_has_its_element() -> None:
    for name, (pages, scripts) in PAGES.items():
        targets = _error_targets(scripts)
        assert "dm-text-error" in targets or name != "player"
        assert sorted(targets - _ids(pages, scripts)) == [], name


def test_every_field_error_is_tied_to_its_field() -> None:
    """An error paragraph is read with its field (aria-describedby), or is an alert."""
    for pages, _ in PAGES.values():
        for page in pages:
            html = page.read_text("utf-8")
            refs = re.findall(r'aria-describedby="([^"]+)"', html)
            described = {ref for spaced in refs for ref in spaced.split()}
            ids = _ids([page])
            assert sorted(described - ids) == [], page.name
            errors = r"<p [^>]*class=\"[^\"]*(?:field|form)-error[^\"]*\"[^>]*>"
            for tag in re.findall(errors, html):
                error_id = re.search(r'\sid="([^"]+)"', tag)
                assert error_id is not None, tag
                assert error_id.group(1) in described or 'role="alert"' in tag, tag


def test_every_module_of_the_app_is_in_the_offline_shell() -> None:
    """A module missing from sw.js's SHELL breaks the whole app offline (imports fail)."""
    shell = set(re.findall(r'"(/[^"]+)"', (WEB / "sw.js").read_text("utf-8")))
    modules = {"/" + p.relative_to(WEB).as_posix() for p in (WEB / "js").rglob("*.js")}
    assert sorted(modules - shell) == []


def _themes() -> dict[str, dict[str, str]]:
    """app.css's colour tokens (``--name: #rrggbb``) by theme: light (``:root``), and dark
    as the system asks for it and as chosen in the settings (the two must agree)."""
    css = (WEB / "css" / "app.css").read_text("utf-8")
    blocks = {
        "light": re.search(r"^:root \{(.*?)^\}", css, re.S | re.M),
        "dark (system)": re.search(
            r':root:not\(\[data-theme="light"\]\) \{(.*?)^  \}', css, re.S | re.M
        ),
        "dark (chosen)": re.search(r'^:root\[data-theme="dark"\] \{(.*?)^\}', css, re.S | re.M),
    }
    themes = {}
    for name, block in blocks.items():
        assert block is not None, name
        themes[name] = dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", block.group(1)))
    return themes


def _contrast(one: str, two: str) -> float:
    """WCAG 2.2's contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_focus_ring_stands_out_from_every_surface_in_both_themes() -> None:
    """WCAG 2.4.11 / 1.4.11 (issue 16.7, the ring was 1.7:1 and 2.1:1): the focus ring is
    3:1 at least against the page and every surface of its theme, and a gap of the
    surface's colour separates it from the control, so a filled button shows it too.
    (Text contrast is axe's, on every screen of the walk.)"""
    css = (WEB / "css" / "app.css").read_text("utf-8")
    assert "--focus: 0 0 0 2px var(--surface), 0 0 0 4px var(--focus-ring);" in css
    assert re.search(r"^:focus-visible \{[^}]*box-shadow: var\(--focus\)", css, re.M)
    themes = _themes()
    light = themes["light"]  # what a dark block does not set, it inherits
    themes = {name: {**light, **tokens} for name, tokens in themes.items()}
    assert themes["dark (system)"] == themes["dark (chosen)"]
    for name, tokens in themes.items():
        for surface in ("--bg", "--surface", "--surface-2", "--surface-3"):
            ratio = _contrast(tokens["--focus-ring"], tokens[surface])
            assert ratio >= 3, (name, surface, round(ratio, 2))
