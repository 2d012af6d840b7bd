"""The domain imports only the standard library (STYLE.md convention 1)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import papote.domain

DOMAIN = Path(papote.domain.__file__).parent
FORBIDDEN_STDLIB = {"asyncio", "socket", "sqlite3", "time", "random", "secrets", "uuid", "os"}
# datetime may format a timestamp it is given, never read the clock.
CLOCK_CALLS = (".now(", ".utcnow(", ".today(", "time.time(")


def test_domain_imports_only_the_standard_library_and_itself() -> None:
    offenders = []
    for path in DOMAIN.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if name.startswith("papote.domain") or top == "__future__":
                    continue
                if top not in sys.stdlib_module_names or top in FORBIDDEN_STDLIB:
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_domain_never_reads_the_clock() -> None:
    for path in DOMAIN.rglob("*.py"):
        source = path.read_text()
        assert not [call for call in CLOCK_CALLS if call in source], path.name
