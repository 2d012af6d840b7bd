# Sourced by the scripts/ensure-*.sh: `apt_install NAME PACKAGE...` installs Debian
# packages with apt-get, as root or through sudo, or says why it cannot (NAME prefixes
# the messages) and exits 1.
apt_install() {
    local name="$1"
    shift
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "$name: missing $* and apt-get is not available: install them by hand" >&2
        exit 1
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "$name: missing $* and we are not root (no sudo): cannot install them" >&2
            exit 1
        fi
    fi
    echo "$name: installing $* with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update
    $sudo apt-get install -y --no-install-recommends "$@"
}
