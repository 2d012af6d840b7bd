// Message text -> DOM nodes. Text stays text (text nodes only); web addresses become
// buttons that ask before leaving Papote (never <a href> with user data).
import { h } from "./dom.js";

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const TRAILING = /[.,;:!?)\]}»"'…]+$/u;

/**
 * The http(s) URL a piece of text points to, or null. Only http and https are ever opened:
 * `javascript:`, `data:` and the like stay plain text.
 */
export function safeUrl(raw) {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Split `text` into text nodes and link buttons (class "msg-link", data-url). */
export function renderText(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(URL_RE)) {
    let raw = match[0];
    const trail = raw.match(TRAILING);
    if (trail) raw = raw.slice(0, -trail[0].length);
    const url = raw && safeUrl(raw);
    if (!url) continue;
    if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
    nodes.push(h("button", { type: "button", class: "msg-link", dataset: { url }, text: raw }));
    last = match.index + raw.length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
