// What a screen reader hears without moving focus (WCAG 4.1.3, docs/ui.md "Accessibility"):
// two visually hidden live regions in index.html, #announce-polite and #announce-assertive.
//  - new messages of the open conversation, politely: "Author : text", several messages of
//    one author grouped; past BUSY messages within WINDOW_MS, one summary "N nouveaux
//    messages" instead (a busy salon must not drown the reader). A setting turns them off.
//  - DM requests, invitations and mentions, assertively, once each.
import { $ } from "./dom.js";
import { t } from "./i18n.js";

const KEY = "papote.announce";
export const MODES = ["messages", "off"];
const WINDOW_MS = 1500; // messages arriving within this are spoken together
const BUSY = 3; // more than this in one window: a summary instead

export function announceMode() {
  const saved = localStorage.getItem(KEY);
  return MODES.includes(saved) ? saved : "messages";
}

export function setAnnounceMode(mode) {
  localStorage.setItem(KEY, MODES.includes(mode) ? mode : "messages");
}

/** Replace a live region's text; emptied first so the same words are spoken again. */
function speak(region, text) {
  if (!region) return;
  region.textContent = "";
  setTimeout(() => { region.textContent = text; }, 30);
}

const spokenOnce = new Set();

/** Say `text` assertively, once per `key` for the page's life (a request seen twice,
 * restored from `hello` or sent again, is not announced twice). */
export function announceUrgent(key, text) {
  if (spokenOnce.has(key)) return;
  spokenOnce.add(key);
  speak($("#announce-assertive"), text);
}

let pending = [];
let pendingRoom = "";
let timer = null;

/** A message of someone else arrived in the open conversation, named `roomName`. */
export function announceMessage(item, roomName) {
  if (announceMode() === "off" || item.mine || item.type !== "msg") return;
  pending.push(item);
  pendingRoom = roomName;
  if (!timer) timer = setTimeout(flush, WINDOW_MS);
}

/** What the polite region says for these messages (pure, exported for the tests). */
export function summarize(items, roomName) {
  if (items.length > BUSY) return t("announce.summary", { count: items.length, room: roomName });
  const parts = [];
  for (const item of items) {
    const last = parts[parts.length - 1];
    if (last && last.author === item.from.pseudo) last.texts.push(item.text);
    else parts.push({ author: item.from.pseudo, texts: [item.text] });
  }
  return parts.map((p) => t("announce.message", { pseudo: p.author, text: p.texts.join(" · ") })).join(". ");
}

function flush() {
  timer = null;
  const items = pending;
  pending = [];
  if (items.length) speak($("#announce-polite"), summarize(items, pendingRoom));
}

/** The open conversation changed: what was waiting belongs to the one left. */
export function forgetPending() {
  pending = [];
}
