"""Static checks of the web UI (no browser): safety rules and locale completeness."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

WEB = Path(__file__).resolve().parents[2] / "src" / "papote" / "web"
SCRIPTS = sorted((WEB / "js").rglob("*.js")) + sorted((WEB / "mod").glob("*.js"))
PAGES = [WEB / "index.html", WEB / "notice.html", WEB / "mod" / "index.html"]
# The player's pages use locales/; the moderator console has its own mod/locales/.
PLAYER = ([WEB / "index.html", WEB / "notice.html"], sorted((WEB / "js").rglob("*.js")), "locales")
CONSOLE = ([WEB / "mod" / "index.html"], sorted((WEB / "mod").glob("*.js")), "mod/locales")


def _keys(tree: dict[str, object], prefix: str = "") -> set[str]:
    keys: set[str] = set()
    for name, value in tree.items():
        key = f"{prefix}{name}"
        is_plural = isinstance(value, dict) and set(value) <= {
            "zero",
            "one",
            "two",
            "few",
            "many",
            "other",
        }
        if isinstance(value, dict) and not is_plural:
            keys |= _keys(value, f"{key}.")
        else:
            keys.add(key)
    return keys


def _locale(code: str, folder: str = "locales") -> dict[str, Any]:
    return json.loads((WEB / folder / f"{code}.json").read_text("utf-8"))


def test_no_html_parsing_sinks_in_the_ui() -> None:
    # User text must never be parsed as HTML: no innerHTML & co anywhere in the UI code.
    sinks = re.compile(
        r"\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|"
        r"\beval\(|new Function\(|createContextualFragment|DOMParser"
    )
    offenders = [
        f"{path.name}: {m.group(0)}"
        for path in SCRIPTS
        for m in sinks.finditer(path.read_text("utf-8"))
    ]
    assert not offenders


def test_no_inline_script_or_style_or_third_party_resource() -> None:
    for page in PAGES:
        html = page.read_text("utf-8")
        assert "<script>" not in html  # scripts are files (CSP script-src 'self')
        assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
        assert "style=" not in html
        assert not re.search(r"(src|href)=\"(https?:)?//", html)  # everything served by Papote
        assert "Content-Security-Policy" in html and "script-src 'self'" in html, page.name


def test_locales_have_the_same_keys() -> None:
    assert _keys(_locale("fr")) == _keys(_locale("en"))
    assert _keys(_locale("fr", "mod/locales")) == _keys(_locale("en", "mod/locales"))


def _used_keys(pages: list[Path], scripts: list[Path]) -> set[str]:
    used: set[str] = set()
    for page in pages:
        html = page.read_text("utf-8")
        used |= set(re.findall(r'data-i18n="([^"]+)"', html))
        for attrs in re.findall(r'data-i18n-attr="([^"]+)"', html):
            used |= {pair.split("=", 1)[1] for pair in attrs.split(";")}
    for path in scripts:
        used |= set(re.findall(r'\bt\("([a-z_]+\.[a-z_.]+)"', path.read_text("utf-8")))
    return used


def test_every_string_the_ui_uses_is_in_the_locales() -> None:
    for pages, scripts, folder in (PLAYER, CONSOLE):
        keys = _keys(_locale("fr", folder))
        used = _used_keys(pages, scripts)
        assert len(used) > 20
        # A value with gender forms ({f, m, x}, docs/ui.md) is used by its own key.
        missing = sorted(
            key
            for key in used
            if key not in keys and not any(k.startswith(f"{key}.") for k in keys)
        )
        assert not missing, folder


def test_moderation_codes_and_categories_have_french_texts() -> None:
    fr = _locale("fr")
    errors = fr["errors"]
    assert isinstance(errors, dict)
    # What a sanctioned person, a reporter or an appellant can be told (papote.messages).
    codes = {
        "muted", "banned", "kicked", "room_locked", "room_closed", "slow_mode", "bad_category",
        "bad_target", "no_such_target", "explanation_too_long", "contact_too_long",
        "no_such_notice", "not_appealable", "already_appealed", "appeal_window_closed",
    }  # fmt: skip
    assert sorted(codes - set(errors)) == []
    from papote.domain.moderation import Category

    report = fr["report"]
    assert isinstance(report, dict)
    assert set(report["cat"]) == {c.value for c in Category}
    console = _locale("fr", "mod/locales")
    assert set(console["category"]) == {c.value for c in Category}


def test_the_console_mirrors_the_legal_references_and_has_facts_for_every_category() -> None:
    from papote.domain.moderation import LEGAL_REFERENCE, Category

    script = (WEB / "mod" / "mod.js").read_text("utf-8")

    def table(name: str) -> dict[str, str]:
        body = script.split(f"const {name} = {{", 1)[1].split("};", 1)[0]
        return dict(re.findall(r'^\s+(\w+): "([^"]+)",$', body, flags=re.M))

    assert table("LEGAL_REFERENCE") == {c.value: ref for c, ref in LEGAL_REFERENCE.items()}
    assert set(table("DEFAULT_FACTS")) == {c.value for c in Category}


def test_every_documented_error_code_has_a_french_text() -> None:
    protocol = (WEB.parents[2] / "docs" / "protocol.md").read_text("utf-8")
    errors_section = protocol.split("### 2.5 Errors", 1)[1].split("Close codes", 1)[0]
    codes = set(re.findall(r"^\| `([a-z_]+)` \|", errors_section, flags=re.M))
    codes |= set(
        re.findall(
            r"`(pseudo_[a-z]+|age_[a-z]+|gender_invalid|postal_code_invalid|"
            r"too_many_sessions|session_expired|unauthorized)`",
            protocol,
        )
    )
    assert len(codes) > 30
    errors = _locale("fr")["errors"]
    assert isinstance(errors, dict)
    assert sorted(codes - set(errors)) == []


def test_the_service_worker_caches_every_shell_file_and_no_api() -> None:
    worker = (WEB / "sw.js").read_text("utf-8")
    shell = set(re.findall(r'^\s+"(/[^"]*)",$', worker, flags=re.M))
    files = {
        f"/{p.relative_to(WEB).as_posix()}"
        for p in WEB.rglob("*")
        # The moderator console is not part of the player's app: never cached.
        if p.is_file() and p.name not in {"sw.js"} and p.relative_to(WEB).parts[0] != "mod"
    }
    assert files <= shell | {"/index.html"}, sorted(files - shell)
    assert not [path for path in shell if path.startswith(("/api", "/mod"))]
