"""Static checks of the web UI (no browser): safety rules and locale completeness."""

from __future__ import annotations

import json
import re
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "src" / "papote" / "web"
SCRIPTS = sorted((WEB / "js").glob("*.js"))


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


def _locale(code: str) -> dict[str, object]:
    return json.loads((WEB / "locales" / f"{code}.json").read_text("utf-8"))


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
    html = (WEB / "index.html").read_text("utf-8")
    assert "<script>" not in html  # scripts are files (CSP script-src 'self')
    assert not re.search(r"\son[a-z]+=", html)  # no inline event handlers
    assert "style=" not in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # everything served by Papote


def test_locales_have_the_same_keys() -> None:
    assert _keys(_locale("fr")) == _keys(_locale("en"))


def test_every_string_the_ui_uses_is_in_the_locales() -> None:
    keys = _keys(_locale("fr"))
    html = (WEB / "index.html").read_text("utf-8")
    used = set(re.findall(r'data-i18n="([^"]+)"', html))
    for attrs in re.findall(r'data-i18n-attr="([^"]+)"', html):
        used |= {pair.split("=", 1)[1] for pair in attrs.split(";")}
    for path in SCRIPTS:
        used |= set(re.findall(r'\bt\("([a-z_]+\.[a-z_.]+)"', path.read_text("utf-8")))
    missing = sorted(key for key in used if key not in keys)
    assert not missing


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
        if p.is_file() and p.name not in {"sw.js"}
    }
    assert files <= shell | {"/index.html"}, sorted(files - shell)
    assert not [path for path in shell if path.startswith("/api")]
