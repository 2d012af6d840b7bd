// Small DOM helpers. Every piece of user text goes through textContent or a text node:
// nothing in Papote's UI ever parses a string as HTML.

/**
 * Create an element. `props`: class, text, dataset, hidden, on<event> handlers, or any
 * attribute (true = present, null/false = absent). Children: nodes or strings (text).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value == null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = String(value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "hidden") el.hidden = Boolean(value);
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (value === true) el.setAttribute(key, "");
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

/** Append nodes or strings (as text nodes) to `el`, flattening arrays. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replace all children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** Put the text of `message` (or hide it when empty) into an error paragraph. A missing
 * paragraph is a bug (an error nobody would see): it fails loudly. */
export function setError(el, message) {
  if (!el) throw new Error(`no element to show the error: ${message}`);
  el.textContent = message || "";
  el.hidden = !message;
}

/**
 * `el`, or the element the page drew in its place since (a list redrawn while a dialog
 * it opened was up): the same id, or the same tag with the same data-* attributes. Null
 * when there is none, or when it cannot take the focus now (hidden, inert).
 */
export function sameElement(el) {
  let found = el?.isConnected ? el : null;
  if (!found && el?.id) found = document.getElementById(el.id);
  if (!found && el) {
    const data = [...el.attributes].filter((a) => a.name.startsWith("data-"));
    const selector = el.localName + data.map((a) => `[${a.name}="${CSS.escape(a.value)}"]`).join("");
    found = data.length ? document.querySelector(selector) : null;
  }
  if (!found || !found.getClientRects().length || found.closest("[inert]") || found.disabled) return null;
  return found;
}
