// Papote service worker: keeps the app shell (HTML, CSS, JS, locales, icons) so the page
// opens offline and installs as an app. It never touches /api/ or /ws: messages, sessions
// and salon lists always come from the network. The moderator console (/mod/) is not part
// of the player's app and is never cached.
const CACHE = "papote-shell-v27";
const SHELL = [
  "/",
  "/index.html",
  "/notice.html",
  "/manifest.webmanifest",
  "/css/app.css",
  "/css/photos.css",
  "/css/calls.css",
  "/css/voice.css",
  "/js/main.js",
  "/js/notice.js",
  "/js/about.js",
  "/js/announce.js",
  "/js/api.js",
  "/js/calls.js",
  "/js/chat.js",
  "/js/comeback.js",
  "/js/connection.js",
  "/js/departements.js",
  "/js/dialogs.js",
  "/js/dmrequests.js",
  "/js/dom.js",
  "/js/entry.js",
  "/js/errors.js",
  "/js/i18n.js",
  "/js/icons.js",
  "/js/invite.js",
  "/js/notify.js",
  "/js/outbox.js",
  "/js/people.js",
  "/js/photo-rules.js",
  "/js/photos.js",
  "/js/pow.js",
  "/js/richtext.js",
  "/js/rtc.js",
  "/js/session.js",
  "/js/state.js",
  "/js/theme.js",
  "/js/views/call.js",
  "/js/voice.js",
  "/js/views/inbox.js",
  "/js/views/members.js",
  "/js/views/messages.js",
  "/js/views/nav.js",
  "/js/views/requests.js",
  "/js/views/safety.js",
  "/js/views/voice.js",
  "/locales/fr.json",
  "/locales/en.json",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/icon-maskable-512.png",
];
const SHELL_PATHS = new Set(SHELL);

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("papote-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/") || url.pathname === "/ws") return; // never cached
  if (url.pathname === "/mod" || url.pathname.startsWith("/mod/")) return; // the console
  const isPage = request.mode === "navigate";
  if (!isPage && !SHELL_PATHS.has(url.pathname)) return;
  // Network first, so a new version shows at once; the cached shell when offline: for a
  // page, its own shell if it has one (a notice's link opens the notice page, which then
  // says it is offline), else the app's.
  const fallback = isPage ? (SHELL_PATHS.has(url.pathname) ? url.pathname : "/") : request;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && !isPage) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(fallback).then((hit) => hit || Response.error())),
  );
});
