// The conversation view: one message list element per room (kept while the room is open),
// the bubbles drawn from the state's items, "X écrit…", and the composer's counter and
// placeholder. The state (state.js) never sees a DOM node: nodes live in WeakMaps here.
import { announceMode } from "../announce.js";
import { $, append, h, replace } from "../dom.js";
import { errorText } from "../errors.js";
import { formatDay, formatFull, formatTime, t } from "../i18n.js";
import { hydrateIcons } from "../icons.js";
import { avatar } from "../people.js";
import { photoNode, uploadingNode } from "../photos.js";
import { renderText } from "../richtext.js";
import { MASK, maskParts } from "../state.js";
import { roomTitle } from "./nav.js";

const GROUP_WINDOW_MS = 5 * 60 * 1000;

const views = new WeakMap(); // room -> {listEl, atBottom, scrollTop}
const nodes = new WeakMap(); // item -> its element

/** The view side of a room: its message list element and scroll position. */
export function roomView(room) {
  let view = views.get(room);
  if (!view) {
    view = { listEl: h("div", { class: "message-list" }), atBottom: true, scrollTop: 0 };
    views.set(room, view);
  }
  return view;
}

export function nodeOf(item) {
  return nodes.get(item) || null;
}

export function renderRoomList(chat, room) {
  const { state } = chat;
  const list = roomView(room).listEl;
  const out = [];
  if (room.hasMore) {
    out.push(h("div", { class: "older" },
      h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { older: room.id } }, t("messages.load_older"))));
  }
  let prev = null;
  for (const item of room.items) {
    out.push(...renderItem(chat, room, item, prev));
    prev = item;
  }
  if (!room.items.length) {
    out.push(h("div", { class: "empty-room" },
      h("span", { "data-icon": "chat", class: "empty-icon" }),
      h("p", {}, room.kind === "dm" ? t("messages.empty_dm") : t("messages.empty"))));
  }
  replace(list, out);
  hydrateIcons(list);
  list.setAttribute("role", "log");
  list.setAttribute("aria-label", t("messages.log_label", { name: roomTitle(state, room) }));
  // Off, even for the open conversation: js/announce.js speaks new messages (grouped,
  // summarized when busy, with a setting). A polite log was read a second time, piece by
  // piece, by Orca (scripts/screenreader.py).
  list.setAttribute("aria-live", "off");
}

export function appendItem(chat, room, item) {
  const list = roomView(room).listEl;
  const index = room.items.indexOf(item);
  const prev = index > 0 ? room.items[index - 1] : null;
  if (list.querySelector(".empty-room")) {
    renderRoomList(chat, room);
  } else {
    list.append(...renderItem(chat, room, item, prev));
    hydrateIcons(list);
  }
  if (room.id === chat.state.active) {
    const scroller = $("#messages-scroll");
    if (roomView(room).atBottom || item.mine) scroller.scrollTop = scroller.scrollHeight;
    else if (item.type === "msg") $("#jump-new").hidden = false;
  }
}

export function removeItemNode(item) {
  nodeOf(item)?.remove();
}

function renderItem(chat, room, item, prev) {
  const out = [];
  if (!prev || formatDay(prev.ts) !== formatDay(item.ts)) {
    out.push(h("div", { class: "day", role: "separator" }, h("span", {}, formatDay(item.ts))));
    prev = null;
  }
  if (item.type === "sys") {
    const node = h("div", { class: "sys" },
      h("span", {}, t(item.key, { pseudo: item.user.pseudo, gender: item.user.gender })),
      h("time", { datetime: new Date(item.ts).toISOString() }, formatTime(item.ts)));
    nodes.set(item, node);
    out.push(node);
    return out;
  }
  const grouped = prev && prev.type === "msg" && prev.from.id === item.from.id && item.ts - prev.ts < GROUP_WINDOW_MS;
  const user = chat.state.users.get(item.from.id) || room.members.get(item.from.id);
  const node = h("div", { class: "msg", dataset: { from: item.from.id } });
  const head = grouped ? null : h("div", { class: "msg-meta" },
    item.mine
      ? h("span", { class: "msg-author me" }, t("messages.you"))
      : h("button", { type: "button", class: `msg-author g-${user?.gender || "u"}`, dataset: { user: item.from.id } }, item.from.pseudo));
  const time = h("time", { class: "msg-time", datetime: new Date(item.ts).toISOString(), title: formatFull(item.ts) }, formatTime(item.ts));
  const bubble = h("div", { class: "bubble" },
    item.media ? photoNode(chat, room, item) : item.uploading ? uploadingNode(item) : null,
    item.text || !(item.media || item.uploading) ? h("p", { class: "msg-text", dir: "auto" }, item.mask ? maskedNodes(item) : renderText(item.text)) : null, time);
  const reportLabel = t("report.message_button", { pseudo: item.from.pseudo });
  append(node, [
    item.mine ? null : h("div", { class: "msg-avatar" }, grouped ? null : avatar(user || { pseudo: item.from.pseudo })),
    h("div", { class: "msg-body" }, head, bubble,
      item.released ? h("p", { class: "msg-late" }, t("messages.released", { time: formatFull(item.ts) })) : null,
      h("p", { class: "msg-status" })),
    item.mine || !item.msgId ? null : h("button", {
      type: "button", class: "icon-btn small msg-report", dataset: { reportMsg: item.msgId },
      "aria-label": reportLabel, title: reportLabel,
    }, h("span", { "data-icon": "flag" })),
  ]);
  nodes.set(item, node);
  item.grouped = Boolean(grouped);
  updateItemNode(item);
  out.push(node);
  return out;
}

export function updateItemNode(item) {
  const node = nodeOf(item);
  if (!node) return;
  node.className = ["msg", item.mine && "mine", item.grouped && "grouped", item.mention && "mention",
    item.pending && "pending", item.failed && "failed"].filter(Boolean).join(" ");
  if (item.msgId) node.dataset.msgId = item.msgId;
  if (item.seq) node.dataset.seq = String(item.seq);
  const status = node.querySelector(".msg-status");
  if (!status) return;
  if (item.failed) {
    replace(status, h("span", {}, `${t("messages.failed")} ${item.failed}`), " ",
      h("button", {
        type: "button", class: "link-btn", dataset: { retry: "1" },
        disabled: Boolean(item.retryAt && item.retryAt > Date.now()),
      }, t("messages.retry")));
    status.hidden = false;
  } else if (item.pending) {
    // Paced by the rate limit (outbox.js): when it will go.
    const wait = item.notBefore ? Math.ceil((item.notBefore - Date.now()) / 1000) : 0;
    let text = t("messages.sending");
    if (item.held) text = t("messages.waiting_link"); // offline: goes when the link is back
    else if (wait > 0) text = t("messages.sending_in", { seconds: wait });
    replace(status, text);
    status.hidden = false;
  } else {
    replace(status);
    status.hidden = true;
  }
  const time = node.querySelector(".msg-time");
  if (time) {
    time.textContent = formatTime(item.ts);
    time.setAttribute("datetime", new Date(item.ts).toISOString());
  }
}

/** The item a click landed in (its bubble's element), in the shown room. */
export function itemAt(room, element) {
  const node = element.closest(".msg");
  return node ? room.items.find((it) => nodes.get(it) === node) || null : null;
}

const LONG_PRESS_MS = 450;

/**
 * On a touch screen the report flag is not beside every bubble (css: hover none): a long
 * press on a message (or the context menu a long press opens) shows that message's
 * actions; a tap anywhere else hides them again.
 */
export function bindMessageActions(on) {
  const list = $("#messages");
  let press = null;
  const cancel = () => {
    if (press) clearTimeout(press.timer);
    press = null;
  };
  const show = (msg) => {
    for (const other of list.querySelectorAll(".msg.show-actions")) {
      if (other !== msg) other.classList.remove("show-actions");
    }
    msg.classList.add("show-actions");
    msg.querySelector(".msg-report")?.focus({ preventScroll: true });
  };
  const target = (e) => {
    const msg = e.target.closest(".msg");
    return msg && msg.querySelector(".msg-report") ? msg : null;
  };
  on(list, "contextmenu", (e) => {
    const msg = target(e);
    if (!msg || !window.matchMedia("(hover: none)").matches) return;
    e.preventDefault();
    show(msg);
  });
  on(list, "pointerdown", (e) => {
    cancel();
    const msg = target(e);
    if (!msg || e.pointerType === "mouse") return;
    press = { x: e.clientX, y: e.clientY, timer: setTimeout(() => show(msg), LONG_PRESS_MS) };
  });
  on(list, "pointermove", (e) => {
    if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) > 10) cancel();
  });
  for (const type of ["pointerup", "pointercancel"]) on(list, type, cancel);
  on(document, "click", (e) => {
    for (const msg of list.querySelectorAll(".msg.show-actions")) {
      if (!msg.contains(e.target) || e.target.closest(".msg-report")) msg.classList.remove("show-actions");
    }
  });
}

export function renderTyping(state) {
  const room = state.active && state.rooms.get(state.active);
  const names = room ? [...room.typing.values()].map((e) => e.pseudo) : [];
  const el = $("#typing");
  if (!names.length) el.textContent = "";
  else if (names.length === 1) el.textContent = t("typing.single", { pseudo: names[0] });
  else if (names.length === 2) el.textContent = t("typing.pair", { a: names[0], b: names[1] });
  else el.textContent = t("typing.several", { count: names.length });
  el.classList.toggle("active", names.length > 0);
  // "Bruno écrit…" is spoken (Orca does) unless message announcements are off: then a
  // busy salon's typing would be the only thing a screen reader keeps saying.
  el.setAttribute("aria-live", announceMode() === "off" ? "off" : "polite");
}

export function onScroll(state) {
  const room = state.active && state.rooms.get(state.active);
  if (!room) return;
  const el = $("#messages-scroll");
  const view = roomView(room);
  view.atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 60;
  view.scrollTop = el.scrollTop;
  if (view.atBottom) $("#jump-new").hidden = true;
}

export function scrollToBottom(state, force = false) {
  const room = state.active && state.rooms.get(state.active);
  const el = $("#messages-scroll");
  if (force || (room && roomView(room).atBottom)) {
    el.scrollTop = el.scrollHeight;
    if (room) roomView(room).atBottom = true;
    $("#jump-new").hidden = true;
  }
}

/** Put a room's list on screen, where it was scrolled to. */
export function showRoom(room, previous) {
  const scroller = $("#messages-scroll");
  if (previous && previous !== room) roomView(previous).scrollTop = scroller.scrollTop;
  const view = roomView(room);
  replace($("#messages"), view.listEl);
  return () => {
    scroller.scrollTop = view.atBottom ? scroller.scrollHeight : view.scrollTop;
    $("#jump-new").hidden = true;
  };
}

export function updateComposer(chat) {
  const { state } = chat;
  const input = $("#composer-input");
  const max = state.limits.max_text_chars;
  const length = [...input.value].length;
  const count = $("#composer-count");
  count.textContent = `${length}/${max}`;
  // The counter shows only near the limit (the last fifth), where it helps.
  count.hidden = length < max * 0.8;
  count.classList.toggle("near", length >= max - 50);
  count.classList.toggle("full", length >= max);
  count.setAttribute("aria-label", t("composer.count", { count: length, max }));
  const room = state.active && state.rooms.get(state.active);
  const online = chat.conn.state === "online";
  input.disabled = !room;
  input.placeholder = !room ? t("composer.no_room")
    : !online ? t("composer.offline")
      : t(room.kind === "dm" ? "composer.placeholder_dm" : "composer.placeholder_in", { name: roomTitle(state, room) });
  // Offline, a line still goes to the outbox: it leaves when the link is back.
  $("#composer-send").disabled = !room || !input.value.trim() || length > max;
  // Auto-grow up to the CSS max-height.
  input.style.height = "auto";
  input.style.height = `${input.scrollHeight}px`;
}

let statusTimer = null;

export function composerStatus(message, isError = false) {
  const el = $("#composer-status");
  el.textContent = message;
  el.classList.toggle("error", isError);
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => { el.textContent = ""; }, 6000);
}

/** Why a message was not sent, as its bubble says it. */
export function failureText(err, params) {
  return err.code === "disconnected" ? t("messages.failed_offline") : errorText(err, params);
}

/**
 * A message whose contact details are masked (a DM with someone met recently, protocol
 * 18): each one is a button "Afficher quand même" that shows it in place. Text nodes only.
 */
function maskedNodes(item) {
  return maskParts(item.fullText, item.mask).flatMap((part) => {
    if (!part.masked) return renderText(part.text);
    const label = t("messages.masked", { kind: t(`messages.masked_${part.kind}`) });
    const button = h("button", { type: "button", class: "msg-mask", title: label, "aria-label": label },
      h("span", { "aria-hidden": "true" }, MASK), h("span", { class: "msg-mask-show" }, t("messages.show_anyway")));
    button.addEventListener("click", () => {
      const shown = document.createTextNode(part.text);
      button.replaceWith(shown);
    });
    return [button];
  });
}
