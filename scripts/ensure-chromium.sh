#!/usr/bin/env bash
# Make sure Debian's Chromium is there for the e2e tests (its headless shell at
# /usr/bin/chromium-headless-shell, which they drive, and the full browser at
# /usr/bin/chromium for `make screenreader`), and Node.js with npm for the UI's node tests
# and axe-core. The e2e tests never download a browser (no `playwright install`).
set -euo pipefail

CHROMIUM=/usr/bin/chromium
HEADLESS_SHELL=/usr/bin/chromium-headless-shell

# What the browser tests need from Debian: Chromium itself, and Node.js with npm (the
# pure UI modules' node tests in tests/js, and axe-core from tests/e2e/axe).
MISSING=()
[ -x "$CHROMIUM" ] || MISSING+=(chromium fonts-dejavu-core fonts-inter)
[ -x "$HEADLESS_SHELL" ] || MISSING+=(chromium-headless-shell)
command -v node >/dev/null 2>&1 || MISSING+=(nodejs)
command -v npm >/dev/null 2>&1 || MISSING+=(npm)

if [ ${#MISSING[@]} -eq 0 ]; then
    echo "ensure-chromium: $CHROMIUM is present ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown')), node $(node --version)"
    exit 0
fi

# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install ensure-chromium "${MISSING[@]}"

if [ ! -x "$CHROMIUM" ] || [ ! -x "$HEADLESS_SHELL" ] || ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "ensure-chromium: apt-get finished but chromium, its headless shell, node or npm is still missing" >&2
    exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium), node $(node --version)"
