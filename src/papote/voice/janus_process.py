"""A private Janus for one Papote process or one test run (docs/operations.md "Voice").

Janus (Debian package ``janus``, GPL-3) is started as a child process with a configuration
written here into its own directory: only the AudioBridge plugin and the WebSocket
transport are loaded (from folders of symlinks, so no other plugin can be attached), every
socket is on loopback (the API port chosen free, ICE restricted to ``lo``), the API and the
AudioBridge admin key are random secrets that never leave the server. Several test runs and
worktrees therefore never share a port, a secret or a room.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

JANUS_BIN = "/usr/bin/janus"
PR_SET_PDEATHSIG = 1  # prctl(2)
PLUGIN_DIR = Path("/usr/lib/x86_64-linux-gnu/janus/plugins")
TRANSPORT_DIR = Path("/usr/lib/x86_64-linux-gnu/janus/transports")


@dataclass(frozen=True, slots=True)
class JanusConfig:
    """How to reach a Janus and the secrets it was configured with."""

    url: str  # ws://host:port of its WebSocket transport
    api_secret: str  # every Janus API request carries it
    admin_key: str  # AudioBridge: needed to create a room


def _die_with_parent() -> None:
    """In the child before exec: Janus gets SIGTERM when the thread that started it ends,
    so a Papote (or a test run) killed with SIGKILL leaves no Janus behind."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def janus_installed(binary: str = JANUS_BIN) -> bool:
    return os.access(binary, os.X_OK) and (PLUGIN_DIR / "libjanus_audiobridge.so").exists()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _lib(folder: Path, name: str) -> Path:
    """The real file of a plugin or transport (the .so symlink chain resolved)."""
    return (folder / name).resolve()


def write_config(
    directory: Path, port: int, api_secret: str, admin_key: str, rtp_ports: str, interface: str
) -> Path:
    """Write janus.jcfg and the two plugin/transport files into ``directory``; return it."""
    plugins = directory / "plugins"
    transports = directory / "transports"
    empty = directory / "empty"
    for folder in (plugins, transports, empty):
        folder.mkdir(parents=True, exist_ok=True)
    link = plugins / "libjanus_audiobridge.so"
    if not link.exists():
        link.symlink_to(_lib(PLUGIN_DIR, "libjanus_audiobridge.so"))
    link = transports / "libjanus_websockets.so"
    if not link.exists():
        link.symlink_to(_lib(TRANSPORT_DIR, "libjanus_websockets.so"))
    (directory / "janus.jcfg").write_text(
        f"""general: {{
    configs_folder = "{directory}"
    plugins_folder = "{plugins}"
    transports_folder = "{transports}"
    events_folder = "{empty}"
    loggers_folder = "{empty}"
    debug_level = 3
    debug_timestamps = true
    api_secret = "{api_secret}"
    session_timeout = 60
    server_name = "papote-janus"
    protected_folders = ["/bin", "/boot", "/dev", "/etc", "/lib", "/proc", "/sbin", "/sys",
                         "/usr", "/var"]
}}
media: {{
    ipv6 = false
    rtp_port_range = "{rtp_ports}"
    no_media_timer = 1
}}
nat: {{
    nice_debug = false
    ice_enforce_list = "{interface}"
    ignore_mdns = true
}}
plugins: {{
}}
transports: {{
}}
events: {{
    broadcast = false
}}
"""
    )
    (directory / "janus.transport.websockets.jcfg").write_text(
        f"""general: {{
    json = "compact"
    ws = true
    ws_port = {port}
    ws_ip = "127.0.0.1"
    wss = false
}}
admin: {{
    admin_ws = false
    admin_wss = false
}}
"""
    )
    (directory / "janus.plugin.audiobridge.jcfg").write_text(
        f"""general: {{
    admin_key = "{admin_key}"
    lock_rtp_forward = true
    lock_play_file = true
    string_ids = true
    events = false
}}
"""
    )
    return directory


class JanusProcess:
    """A running private Janus: ``config`` says how to reach it; ``stop()`` ends it."""

    def __init__(self, directory: Path, config: JanusConfig, process: subprocess.Popen[bytes]):
        self.directory = directory
        self.config = config
        self.process = process
        self.log_path = directory / "janus.log"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_janus(
    directory: Path,
    *,
    rtp_ports: str = "",
    interface: str = "lo",
    binary: str = JANUS_BIN,
    timeout: float = 20.0,
    wrapper: tuple[str, ...] = (),
) -> JanusProcess:
    """Start a Janus with a freshly written config in ``directory`` (created, then owned by
    it); wait until its WebSocket transport accepts connections.

    Args:
        rtp_ports: "min-max" UDP ports for media; default: a range derived from the free
            API port, so two instances rarely even try the same ports (libnice skips a
            taken one anyway).
        interface: the only interface ICE gathers on ("lo": loopback, nothing else listens).
        wrapper: a command to run Janus under (the benchmark pins it: ("taskset", "-c", "1")).

    Raises:
        RuntimeError: Janus exited or did not listen in time (its log is in the message).
    """
    directory.mkdir(parents=True, exist_ok=True)
    last = ""
    for _ in range(3):  # the free port may be taken between our probe and Janus's bind
        port = _free_port()
        low = 20000 + (port * 37) % 40000
        ports = rtp_ports or f"{low}-{min(low + 2000, 65000)}"
        config = JanusConfig(
            url=f"ws://127.0.0.1:{port}",
            api_secret=secrets.token_urlsafe(24),
            admin_key=secrets.token_urlsafe(24),
        )
        write_config(directory, port, config.api_secret, config.admin_key, ports, interface)
        log_file = (directory / "janus.log").open("wb")
        process = subprocess.Popen(
            [*wrapper, binary, "-F", str(directory), "-C", str(directory / "janus.jcfg"), "-o"],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,  # runs in the child before exec: no thread there
            cwd=directory,  # a crash's core file stays in its own directory, removed with it
        )
        log_file.close()
        janus = JanusProcess(directory, config, process)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                return janus  # the WebSocket transport listens: the plugin is loaded before it
            time.sleep(0.05)
        last = janus.log()
        janus.stop()
    raise RuntimeError(f"Janus did not start:\n{last[-3000:]}")


def cleanup(directory: Path) -> None:
    shutil.rmtree(directory, ignore_errors=True)
