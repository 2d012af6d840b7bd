"""Take the voice salon screenshot (docs/screenshots/voice-phone.png) from a real run: a
private Janus (the same generated config as `papote serve`), a real server using it, three
people in Chromium with fake microphones in "Vocal Général"; the one on a phone is
photographed while the others speak.

    .venv/bin/python scripts/screenshot_voice.py

Needs Debian's Chromium and Janus (scripts/ensure-chromium.sh, scripts/ensure-services.sh).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import janus_env, start_server  # noqa: E402
from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, PHONE, Person  # noqa: E402

from papote.voice.janus_process import start_janus  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
FAKE_MEDIA = [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    "--allow-loopback-in-peer-connection",
]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="papote-voice-shot-") as tmp:
        janus = start_janus(Path(tmp) / "janus")
        server = start_server(
            Path(tmp) / "data",
            env={
                **janus_env(janus),
                "PAPOTE_SESSIONS_PER_IP": "1000",
                "PAPOTE_LOG_LEVEL": "warning",
            },
        )
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path=CHROMIUM, args=CHROMIUM_ARGS + FAKE_MEDIA
                )
                people = []
                for pseudo, gender, postal, options in (
                    ("Camille", "f", "69003", {**PHONE, "color_scheme": "light"}),
                    ("Julien_gg", "m", "31000", {"viewport": {"width": 1280, "height": 800}}),
                    ("Nora", "f", "44000", {"viewport": {"width": 1280, "height": 800}}),
                ):
                    someone = Person.open(browser, server.url, **options)
                    someone.enter(pseudo, gender=gender, postal_code=postal)
                    nav = someone.page.locator("#open-nav")
                    if nav.is_visible():
                        nav.click()
                    someone.open_room("Vocal Général")
                    bar = someone.page.locator("#voice-bar")
                    bar.get_by_role("button", name="Rejoindre le vocal").click()
                    expect(bar.get_by_role("button", name="Quitter le vocal")).to_be_visible()
                    people.append(someone)
                people[1].say("On lance une partie ce soir ?")
                people[2].say("Carrément, je suis dans le vocal !")
                phone = people[0]
                expect(phone.page.locator("#voice-bar .voice-person")).to_have_count(3)
                expect(
                    phone.page.locator("#voice-bar .voice-person.speaking").first
                ).to_be_visible()
                OUT.mkdir(parents=True, exist_ok=True)
                path = OUT / "voice-phone.png"
                phone.page.screenshot(path=str(path), animations="disabled", caret="hide")
                print(f"wrote {path}")
                for someone in people:
                    someone.close()
                browser.close()
        finally:
            server.stop()
            janus.stop()


if __name__ == "__main__":
    main()
