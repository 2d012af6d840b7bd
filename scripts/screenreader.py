"""A real screen-reader run: what Orca says when a message, a DM request, a mention and an
invitation arrive.

    bash scripts/ensure-screenreader.sh                   # Orca, speech-dispatcher, Xvfb
    .venv/bin/python scripts/screenreader.py              # prints the transcript
    .venv/bin/python scripts/screenreader.py --keep       # and keeps its logs (Orca debug)

It starts `papote serve` on a free port, a virtual X server (Xvfb), a private session
D-Bus with the AT-SPI accessibility bus, and Orca (with its own throwaway preferences,
speaking through speech-dispatcher and espeak-ng). Anaïs enters in a visible Chromium
(Debian's, with --force-renderer-accessibility, so Orca reads it through AT-SPI); Bruno,
in a second, headless Chromium, says something in Général, sends Anaïs a DM request,
names her in Général, then invites her to a private room of his. What Orca speaks is read
from its debug file (the `SPEECH OUTPUT` lines, written as Orca hands each utterance to
speech-dispatcher) and printed one block per event. Exit status 1 when an event produced no speech.

Not part of `make test`: it needs Orca and a minute of CPU. docs/ui.md holds a transcript.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # one way to start a server and a browser: the tests' own

from tests.conftest import start_server  # noqa: E402
from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, Person  # noqa: E402

NEEDED = ("Xvfb", "dbus-daemon", "orca", "speech-dispatcher")
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*)'\{")
QUIET_S = 2.0  # Orca has said everything it had to say when it is silent this long
SPEAK_WAIT_S = 20.0


def fail(message: str) -> None:
    print(f"screenreader: {message}", file=sys.stderr)
    raise SystemExit(2)


@contextmanager
def process(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A child process for the length of the block, its output in ``log``; stopped after."""
    with log.open("wb") as out:
        child = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield child
        finally:
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def wait_for(what: str, check: Callable[[], bool], timeout_s: float) -> None:
    """Poll ``check`` until it holds (a child process coming up has no event to wait on)."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            fail(f"timed out waiting for {what}")
        time.sleep(0.1)


def session_env(tmp: Path) -> dict[str, str]:
    """Everything in ``tmp``: home, preferences, runtime dir; nothing of the caller's."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in ("PATH", "LANG", "LC_ALL", "VIRTUAL_ENV", "PYTHONPATH")
    }
    for name in ("home", "config", "data", "cache", "runtime"):
        (tmp / name).mkdir(mode=0o700)
    env |= {
        "HOME": str(tmp / "home"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"),
        "LANG": "C.UTF-8",
        "GTK_MODULES": "gail:atk-bridge",
        "NO_AT_BRIDGE": "0",
        "ACCESSIBILITY_ENABLED": "1",
        "GSETTINGS_BACKEND": "memory",
    }
    # speech-dispatcher speaks French through espeak-ng (into no sound card: what Orca
    # says is read from Orca's debug file, which logs each utterance it hands over).
    speechd = tmp / "config" / "speech-dispatcher"
    speechd.mkdir()
    (speechd / "speechd.conf").write_text(
        'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n'
        'DefaultModule "espeak-ng"\n'
        'DefaultLanguage "fr"\n'
        'AudioOutputMethod "libao"\n',
        "utf-8",
    )
    return env


def start_x(tmp: Path, env: dict[str, str], stack: ExitStack) -> None:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        env=env,
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=(tmp / "xvfb.log").open("wb"),
    )
    os.close(write)
    stack.callback(lambda: (xvfb.terminate(), xvfb.wait()))
    with os.fdopen(read) as display:
        number = display.readline().strip()
    if not number:
        fail("Xvfb did not start (see xvfb.log)")
    env["DISPLAY"] = f":{number}"


def start_dbus(env: dict[str, str], stack: ExitStack) -> None:
    done = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    address, pid = done.stdout.split()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    stack.callback(lambda: os.kill(int(pid), 15))


def stop_session_children(tmp: Path) -> None:
    """Stop what Orca spawned for this session (speech-dispatcher and its espeak-ng module
    outlive Orca): the processes whose command line names this run's ``tmp``, and only
    those."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if str(tmp).encode() in cmdline:
            with suppress(ProcessLookupError):
                os.kill(int(entry.name), signal.SIGTERM)


def spoken(debug: Path, start: int) -> list[str]:
    text = debug.read_text("utf-8", errors="replace")[start:] if debug.exists() else ""
    return [match.group(1) for match in SPEECH.finditer(text)]


def size(path: Path) -> int:
    return len(path.read_text("utf-8", errors="replace")) if path.exists() else 0


def main() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        fail(f"missing {', '.join(missing)}: run scripts/ensure-screenreader.sh")
    keep = "--keep" in sys.argv
    tmp = Path(tempfile.mkdtemp(prefix="papote-orca-"))
    transcript: dict[str, list[str]] = {}
    with ExitStack() as stack:
        if not keep:
            stack.callback(shutil.rmtree, tmp, True)
        stack.callback(stop_session_children, tmp)
        server = start_server(tmp / "server", env={"PAPOTE_LOG_LEVEL": "warning"})
        stack.callback(server.stop)
        env = session_env(tmp)
        start_x(tmp, env, stack)
        start_dbus(env, stack)
        stack.enter_context(
            process(
                ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                env,
                tmp / "at-spi.log",
            )
        )
        debug = tmp / "orca-debug.out"
        stack.enter_context(
            process(["orca", "--replace", "--debug-file", str(debug)], env, tmp / "orca.log")
        )
        wait_for(
            "Orca", lambda: "SPEECH OUTPUT" in (debug.read_text() if debug.exists() else ""), 60
        )

        playwright = stack.enter_context(sync_playwright())
        visible = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=False,
            args=[*CHROMIUM_ARGS, "--force-renderer-accessibility"],
            env=env,
        )
        stack.callback(visible.close)
        hidden = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        stack.callback(hidden.close)
        ana = Person.open(visible, server.url, timeout_ms=15_000, no_viewport=True).enter("Anaïs")
        bruno = Person.open(hidden, server.url, timeout_ms=15_000).enter(
            "Bruno", gender="m", age=40
        )
        stack.callback(ana.close)
        stack.callback(bruno.close)
        expect(ana.member("Bruno")).to_have_count(1)
        # Anaïs sits in the composer (the page puts focus there once she has entered).
        # Orca usually says so ("Votre message entry ..."), but not always: with no window
        # manager it does not always take Chromium's window for the active one. The
        # events come after that or after SPEAK_WAIT_S; the first waits for silence.
        ana.page.bring_to_front()
        ana.page.locator("#composer-input").focus()
        deadline = time.monotonic() + SPEAK_WAIT_S
        while not any("Votre message" in line for line in spoken(debug, 0)):
            if time.monotonic() > deadline:
                print("screenreader: Orca did not read the composer", file=sys.stderr)
                break
            time.sleep(0.2)

        def settle() -> None:
            """Wait until Orca has been silent for QUIET_S (it finishes what focus and
            page load made it say before the next event)."""
            last, since = size(debug), time.monotonic()
            while time.monotonic() - since < QUIET_S:
                time.sleep(0.2)
                now = size(debug)
                if len(spoken(debug, last)):
                    last, since = now, time.monotonic()

        def event(name: str, act: Callable[[], None], expected: str) -> None:
            settle()
            start = size(debug)
            act()
            deadline = time.monotonic() + SPEAK_WAIT_S
            while time.monotonic() < deadline:
                said = spoken(debug, start)
                if any(expected in line for line in said):
                    break
                time.sleep(0.2)
            settle()  # and whatever Orca says about it afterwards
            transcript[name] = spoken(debug, start)

        def dm_request() -> None:
            bruno.open_profile("Anaïs").locator("#profile-dm").click()
            bruno.page.locator("#dm-text").fill("On papote ?")
            bruno.page.get_by_role("button", name="Envoyer la demande").click()

        event("message", lambda: bruno.say("Quelqu'un a vu le match ?"), "match")
        event("dm request", dm_request, "On papote")
        event("mention", lambda: bruno.say("Anaïs, tu es là ?"), "tu es")
        event("invitation", lambda: bruno.invite_to_new_room("Les Niçois", "Anaïs"), "Les Niçois")

    for name, lines in transcript.items():
        print(f"## {name}")
        for line in lines or ["(nothing spoken)"]:
            print(f"  {line}")
    if keep:
        print(f"kept {tmp}", file=sys.stderr)
    if not all(transcript.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
