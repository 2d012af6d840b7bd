"""The UI's pure modules (state.js, outbox.js, i18n.js's format), tested by Node's own runner."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JS_TESTS = ROOT / "tests" / "js"


def test_the_pure_web_modules_pass_their_node_tests() -> None:
    node = shutil.which("node")
    # Never a skip: `make browser` (scripts/ensure-chromium.sh) installs Node.js.
    assert node is not None, "node is not installed: run `make browser` (apt-get install nodejs)"
    # The UI's modules are plain ES modules without a package.json: let Node detect that.
    result = subprocess.run(
        [node, "--experimental-detect-module", "--test", str(JS_TESTS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout
    assert "# pass 0" not in result.stdout
