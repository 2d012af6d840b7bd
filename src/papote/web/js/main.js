// Boot: language, theme, service worker, then the entry page or the chat (a reload with a
// valid token in sessionStorage goes straight back to the chat).
import { Chat } from "./chat.js";
import { $, $$ } from "./dom.js";
import { lastPseudo } from "./comeback.js";
import { initEntry, showEntry } from "./entry.js";
import { consumePendingInvite, takeInviteFromUrl } from "./invite.js";
import { preferredLang, setLang } from "./i18n.js";
import { hydrateIcons } from "./icons.js";
import { clearSession, loadSession, saveSession } from "./session.js";
import { applyTheme, currentTheme, isDark, toggleTheme } from "./theme.js";

let chat = null;

function updateThemeButton() {
  const btn = $("#theme-btn");
  const icon = btn.querySelector("[data-icon]");
  icon.dataset.icon = isDark() ? "sun" : "moon";
  hydrateIcons(btn);
}

function startChat(session) {
  $("#entry").hidden = true;
  $("#boot").hidden = true;
  chat = new Chat(session, {
    onExit: ({ notice, user, tone, decision }) => {
      chat = null;
      clearSession();
      showEntry({ notice, prefill: user, tone, decision });
    },
  });
  chat.start();
}

async function boot() {
  applyTheme(currentTheme());
  try {
    await setLang(preferredLang(), { save: false });
  } catch {
    // Without the locale files the page still works with the French text of index.html.
  }
  hydrateIcons(document);

  for (const select of $$("[data-lang-select]")) {
    select.addEventListener("change", () => setLang(select.value));
  }
  $("#theme-btn").addEventListener("click", toggleTheme);
  window.addEventListener("papote:theme", updateThemeButton);
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", updateThemeButton);
  updateThemeButton();

  initEntry({
    onEnter: (session) => {
      saveSession(session);
      startChat(session);
    },
  });

  takeInviteFromUrl(); // `/#invite=<token>`: joined once the chat is connected
  window.addEventListener("hashchange", () => {
    // A link opened in a tab where the chat already runs: join now (or at the next hello).
    if (takeInviteFromUrl() && chat?.conn.isOpen) consumePendingInvite(chat);
  });
  const session = loadSession();
  const pseudo = lastPseudo(); // a lost tab or a restarted browser: its pseudo, ready to take back
  if (session) startChat(session);
  else showEntry(pseudo ? { prefill: { pseudo } } : {});

  if ("serviceWorker" in navigator && window.isSecureContext) {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // No offline shell: everything else works the same.
    });
  }
}

boot();
