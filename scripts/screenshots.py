"""Take the README screenshots from a real run: a real server, real people in Chromium.

    .venv/bin/python scripts/screenshots.py            # writes docs/screenshots/*.png

It starts `papote serve` on a free port with a fresh data directory, lets a few people
enter through the entry page and talk, then photographs the entry page, the main screen
(desktop 1280x800, light and dark) and the phone layout (390x844, light and dark). Then
someone misbehaves, people report it, and a moderator (created with the CLI, like an
operator does) opens the case in the console at /mod/ (mod-console.png); the person whose
message was removed opens the notice page (notice.png).
Needs Debian's Chromium (scripts/ensure-chromium.sh); never downloads a browser.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test helpers below: one way to start a server, one browser

from tests.conftest import LiveServer, create_moderator, start_server  # noqa: E402
from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "device_scale_factor": 1}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


@contextmanager
def papote_server() -> Iterator[LiveServer]:
    """A real `papote serve` on a free port with a throwaway database."""
    with tempfile.TemporaryDirectory(prefix="papote-shots-") as tmp:
        server = start_server(
            Path(tmp),
            env={
                "PAPOTE_SESSIONS_PER_IP": "1000",
                "PAPOTE_ENTRY_BURST_PER_IP": "1000",
                "PAPOTE_LOG_LEVEL": "warning",
            },
        )
        try:
            yield server
        finally:
            server.stop()


class Someone:
    """One person: a browser context on the server."""

    def __init__(self, browser: Browser, url: str, **options: object) -> None:
        self.context: BrowserContext = browser.new_context(
            base_url=url, locale="fr-FR", service_workers="block", **options
        )
        self.context.set_default_timeout(15_000)
        self.page: Page = self.context.new_page()

    def enter(self, pseudo: str, gender: str, age: int, postal_code: str) -> Someone:
        page = self.page
        page.goto("/")
        page.locator("#entry-pseudo").fill(pseudo)
        page.locator(f"input[name=gender][value={gender}]").check()
        page.locator("#entry-age").fill(str(age))
        page.locator("#entry-postal").fill(postal_code)
        page.locator("#entry-charter").check()
        page.locator("#entry-submit").click()
        expect(page.locator("#conn-state")).to_have_attribute("data-conn-state", "online")
        expect(page.locator("#room-title")).to_contain_text("Général")
        return self

    def say(self, text: str) -> None:
        box = self.page.locator("#composer-input")
        box.fill(text)
        box.press("Enter")
        expect(self.page.locator(".msg.mine:not(.pending)").filter(has_text=text)).to_be_visible()

    def shot(self, name: str, scheme: str = "light") -> None:
        self.page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
        self.page.evaluate("() => document.fonts.ready")
        self.page.wait_for_timeout(150)  # let the colour transition settle
        path = OUT / f"{name}.png"
        self.page.screenshot(path=str(path), animations="disabled", caret="hide")
        print(f"wrote {path.relative_to(ROOT)}")

    def report_message(self, author: str, text: str, category: str, why: str = "") -> None:
        """The "Signaler" button of a message, as a person uses it."""
        bubble = self.page.locator(".msg:not(.mine)", has_text=text)
        expect(bubble.locator(".msg-report")).to_have_attribute(
            "aria-label", f"Signaler ce message de {author}"
        )
        bubble.hover()
        bubble.locator(".msg-report").click()
        self.fill_report(category, why)

    def fill_report(self, category: str, why: str = "") -> None:
        dialog = self.page.locator("#report-dialog")
        dialog.locator("#report-category").select_option(category)
        dialog.locator("#report-text").fill(why)
        dialog.get_by_role("button", name="Envoyer le signalement").click()
        expect(dialog).to_be_hidden()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with papote_server() as server, sync_playwright() as pw:
        url = server.url
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        # 1. The entry page, half filled in.
        visitor = Someone(browser, url, **DESKTOP)
        visitor.page.goto("/")
        visitor.page.locator("#entry-pseudo").fill("Élodie_75")
        visitor.page.locator("input[name=gender][value=f]").check()
        visitor.page.locator("#entry-age").fill("27")
        visitor.page.locator("#entry-postal").fill("75011")
        visitor.page.locator("#entry-pseudo").blur()
        visitor.shot("entry")
        visitor.context.close()

        # 2. A lively #Général seen by Élodie on a desktop.
        elodie = Someone(browser, url, **DESKTOP).enter("Élodie_75", "f", 27, "75011")
        marc = Someone(browser, url, **DESKTOP).enter("Marc13", "m", 34, "13001")
        sophie = Someone(browser, url, **DESKTOP).enter("Sophie06", "f", 38, "06000")
        karim = Someone(browser, url, **DESKTOP).enter("Karim", "m", 41, "06100")
        nina = Someone(browser, url, **DESKTOP).enter("Nina", "x", 45, "69003")
        hugo = Someone(browser, url, **PHONE).enter("Hugo_59", "m", 25, "59800")
        jade = Someone(browser, url, **DESKTOP).enter("Jade", "f", 23, "20000")

        sophie.say("Bonjour à tous ! Quelqu'un de la région niçoise ce soir ?")
        karim.say("Moi ! À Nice depuis dix ans, il fait encore 24° aujourd'hui.")
        marc.say("Marseille ici, pas très loin. Bonsoir tout le monde")
        elodie.say("Coucou ! Parisienne, mais Nice me manque déjà")
        elodie.say("Vous avez des idées de sortie pour le week-end ?")
        nina.say(
            "Le festival du livre de Mouans-Sartoux : https://fr.wikipedia.org/wiki/Mouans-Sartoux"
        )
        jade.say("Élodie_75 viens en Corse, les plages sont encore parfaites en octobre !")
        hugo.say("Je note tout ça, merci !")

        # A private conversation: Marc asked, Élodie accepted; he has just written.
        card = marc.page.locator("#member-list .member", has_text="Élodie_75")
        card.click()
        marc.page.get_by_role("button", name="Message privé").click()
        marc.page.locator("#dm-text").fill("Salut Élodie, on continue en privé ?")
        marc.page.get_by_role("button", name="Envoyer la demande").click()
        # A request waits behind the bell's badge (the panel never opens by itself).
        expect(elodie.page.locator("#notif-count")).to_be_visible()
        elodie.page.locator("#notif-btn").click()
        request = elodie.page.locator(".notif-item", has_text="Marc13")
        request.get_by_role("button", name="Accepter").click()
        expect(elodie.page.locator("#room-title")).to_contain_text("Marc13")
        elodie.page.locator("#tabs .tab", has_text="Général").locator("[role=tab]").click()
        expect(marc.page.locator("#tabs .tab", has_text="Élodie_75")).to_be_visible()
        marc.page.locator("#tabs .tab", has_text="Élodie_75").locator("[role=tab]").click()
        marc.say("Tu connais le Vieux-Port ?")
        marc.say("Je peux te conseiller quelques adresses")
        dm_tab = elodie.page.locator("#tabs .tab", has_text="Marc13")
        expect(dm_tab.locator(".badge")).to_have_text("2")

        # Karim invites her to his private room: a notification waits (the panel is closed).
        karim.page.get_by_role("button", name="Créer un salon privé").click()
        karim.page.locator("#create-room-name").fill("Les Niçois")
        karim.page.locator("#create-room-form").get_by_role("button", name="Créer").click()
        expect(karim.page.locator("#room-title")).to_contain_text("Les Niçois")
        karim.page.locator("#tabs .tab", has_text="Général").locator("[role=tab]").click()
        karim.page.locator("#member-list .member", has_text="Élodie_75").click()
        karim.page.locator("#profile-dialog").get_by_role("button", name="Inviter").click()
        expect(elodie.page.locator("#notif-count")).to_be_visible()
        if not elodie.page.locator("#notif-panel").is_visible():
            elodie.page.locator("#notif-btn").click()
        expect(elodie.page.locator(".notif-item", has_text="Les Niçois")).to_be_visible()
        elodie.page.locator("[data-close-notif]").click()

        # Élodie also joined a private room of her own, and someone is typing.
        elodie.page.get_by_role("button", name="Créer un salon privé").click()
        elodie.page.locator("#create-room-name").fill("Apéro du jeudi")
        elodie.page.locator("#create-room-form").get_by_role("button", name="Créer").click()
        expect(elodie.page.locator("#room-title")).to_contain_text("Apéro du jeudi")
        elodie.page.locator("#tabs .tab", has_text="Général").locator("[role=tab]").click()
        elodie.page.locator("#sidebar .side-item", has_text="Musique").click()
        elodie.page.locator("#tabs .tab", has_text="Général").locator("[role=tab]").click()
        expect(elodie.page.locator("#room-title")).to_contain_text("Général")
        for toast in elodie.page.locator("#toasts .toast").all():
            toast.evaluate("node => node.remove()")
        elodie.page.locator("#composer-input").fill("Avec plaisir Jade")
        sophie.page.locator("#composer-input").press_sequentially("Moi aussi j'ado", delay=15)
        expect(elodie.page.locator("#typing")).to_contain_text("Sophie06")
        elodie.shot("desktop-light", "light")
        elodie.shot("desktop-dark", "dark")

        # 3. The phone: Hugo in #Général, then the salon drawer.
        for toast in hugo.page.locator("#toasts .toast").all():
            toast.evaluate("node => node.remove()")
        hugo.page.locator("#messages-scroll").evaluate("el => { el.scrollTop = el.scrollHeight }")
        hugo.shot("phone-light", "light")
        hugo.shot("phone-dark", "dark")
        hugo.page.get_by_role("button", name="Ouvrir la liste des salons").click()
        expect(hugo.page.locator("#sidebar")).to_be_visible()
        hugo.page.wait_for_timeout(300)  # the drawer slides in
        hugo.shot("phone-drawer", "light")
        hugo.page.get_by_role("button", name="Fermer").first.click()

        # 4. Someone misbehaves; people report it from the chat.
        rodeur = Someone(browser, url, **DESKTOP).enter("Rodeur_77", "m", 36, "77100")
        rodeur.say("Sophie06 je sais où tu habites, tu vas le regretter ce soir")
        rodeur.say(
            "Gagnez 500 € par jour : envoyez vos coordonnées bancaires à gain-facile.example"
        )
        sophie.report_message(
            "Rodeur_77",
            "je sais où tu habites",
            "threat",
            "Il me menace devant tout le monde, alors qu'on ne se connaît pas. J'ai peur.",
        )
        karim.report_message("Rodeur_77", "Gagnez 500 €", "scam", "Arnaque au virement.")
        jade.say("Quelqu'un peut faire quelque chose ?")
        marc.page.locator("#tabs .tab", has_text="Général").locator("[role=tab]").click()
        marc.page.locator("#member-list .member", has_text="Rodeur_77").click()
        marc.page.locator("#profile-dialog").get_by_role("button", name="Signaler").click()
        marc.fill_report("harassment", "Il insulte tout le monde en privé depuis une heure.")
        nina.page.locator("#room-actions").get_by_role("button", name="Signaler Général").click()
        nina.fill_report("spam", "Beaucoup de publicités ce soir.")

        # 5. The moderator console: the threat is first in the queue.
        create_moderator(server, "camille", "un mot de passe solide")
        moderator = Someone(browser, url, viewport={"width": 1440, "height": 900})
        moderator.page.goto("/mod/")
        moderator.page.get_by_label("Identifiant").fill("camille")
        moderator.page.get_by_label("Mot de passe").fill("un mot de passe solide")
        moderator.page.get_by_role("button", name="Se connecter").click()
        expect(moderator.page.locator(".queue-item")).to_have_count(4)
        # The scam goes first (so that its author gets a notice), then the threat is shown.
        moderator.page.locator(".queue-item", has_text="Arnaque").click()
        moderator.page.get_by_role("button", name="Supprimer le message").click()
        expect(moderator.page.locator(".queue-item")).to_have_count(3)
        moderator.page.locator(".queue-item", has_text="Menace").click()
        expect(moderator.page.locator(".ev-msg").first).to_be_visible()
        for toast in moderator.page.locator("#toasts .toast").all():
            toast.evaluate("node => node.remove()")
        moderator.page.mouse.move(0, 0)
        moderator.shot("mod-console", "light")

        # 6. The notice page the author opens from his inbox.
        rodeur.page.locator("#inbox-btn").click()
        entry = rodeur.page.locator(".inbox-item", has_text="supprimé")
        with rodeur.context.expect_page() as opened:
            entry.get_by_role("link", name="Lire l'avis").click()
        notice = opened.value
        notice.set_viewport_size({"width": 1000, "height": 1180})
        expect(notice.locator("#statement-fields")).to_be_visible()
        notice.emulate_media(color_scheme="light")
        notice.wait_for_timeout(150)
        path = OUT / "notice.png"
        notice.screenshot(path=str(path), animations="disabled", caret="hide")
        print(f"wrote {path.relative_to(ROOT)}")

        browser.close()


if __name__ == "__main__":
    main()
