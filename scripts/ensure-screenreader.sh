#!/usr/bin/env bash
# Make sure the screen-reader run (scripts/screenreader.py) has what it needs from Debian:
# Orca, the AT-SPI bus, speech-dispatcher speaking through espeak-ng, a virtual X server
# and a session D-Bus. Not part of `make test`: only scripts/screenreader.py needs them.
set -euo pipefail

PACKAGES=(orca at-spi2-core speech-dispatcher speech-dispatcher-espeak-ng espeak-ng xvfb dbus-x11)
MISSING=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || MISSING+=("$package")
done

if [ ${#MISSING[@]} -eq 0 ]; then
    echo "ensure-screenreader: present (orca $(dpkg-query -W -f='${Version}' orca))"
    exit 0
fi

# shellcheck source=scripts/apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install ensure-screenreader "${MISSING[@]}"
