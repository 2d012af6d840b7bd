// DM requests and private-room invitations (docs/protocol.md §2.2, §2.4): the notifications
// panel behind the bell, its answers (accept, ignore, block, join) and the frames that feed
// it (`dm_request`, `invited`, `dm_opened`). Their data lives in state.notifications.
import { announceUrgent } from "../announce.js";
import { reportRequest, whenElement } from "../dmrequests.js";
import { $, h, replace } from "../dom.js";
import { errorText } from "../errors.js";
import { t } from "../i18n.js";
import { hydrateIcons } from "../icons.js";
import { alertPerson, askPermission } from "../notify.js";
import { avatar, describeUser } from "../people.js";

/** Wire the bell and the panel (listeners die with the chat's `on`). */
export function bindRequests(chat, on) {
  on($("#notif-btn"), "click", () => togglePanel());
  on($("[data-close-notif]"), "click", () => togglePanel(false));
  on($("#notif-list"), "click", (e) => onPanelClick(chat, e));
}

/** `dm_request`, live or restored from `hello` (`quiet`). */
export function onDmRequest(chat, f, { quiet = false } = {}) {
  const added = add(chat, { key: `dm:${f.request_id}`, kind: "dm_request", requestId: f.request_id, from: f.from, text: f.text, ts: f.ts }, { quiet });
  if (added && !quiet) {
    alertPerson({ title: t("notif.dm_request", { pseudo: f.from.pseudo }), body: f.text, onOpen: () => togglePanel(true) });
  }
}

export function onInvited(chat, f) {
  if (add(chat, { key: `inv:${f.room}`, kind: "invited", room: f.room, name: f.name, by: f.by })) {
    alertPerson({ title: t("notif.invited", { pseudo: f.by.pseudo, name: f.name }), onOpen: () => togglePanel(true) });
  }
}

/** `dm_opened`: our request was accepted (toast), or we accepted one; join the DM room. */
export function onDmOpened(chat, f) {
  const waiting = chat.state.applyDmOpened(f);
  if (waiting && f.re == null) {
    chat.toast(t("dm.accepted", { pseudo: f.with.pseudo }), "success", [
      { label: t("dm.open"), run: () => chat.openRoom(f.room) },
    ]);
  }
  // Join the DM room: rooms are joined per connection (docs/protocol.md §2.2), the server
  // joins nobody; dm_opened reaches every tab of both people, each joins it here.
  const current = chat.state.rooms.get(f.room);
  if (!current?.joined && !chat.joining.has(f.room) && chat.conn.isOpen) chat.join(f.room, { quiet: true });
  renderRequests(chat.state);
  chat.renderCounts();
  if (!chat.state.notifications.size) togglePanel(false, { focus: false });
  chat.renderSidebar();
}

function add(chat, notif, { quiet = false } = {}) {
  if (!chat.state.addNotification(notif)) return false;
  // The panel never opens by itself: the bell's badge counts what waits (issue 10 §8).
  renderRequests(chat.state);
  if (!quiet) {
    announceUrgent(notif.key, notif.kind === "dm_request"
      ? t("announce.dm_request", { pseudo: notif.from.pseudo, text: notif.text })
      : t("announce.invited", { pseudo: notif.by.pseudo, name: notif.name }));
  }
  chat.renderCounts();
  return true;
}

function resolve(chat, key) {
  chat.state.notifications.delete(key);
  renderRequests(chat.state);
  chat.renderCounts();
  if (!chat.state.notifications.size) togglePanel(false, { focus: false });
}

function onPanelClick(chat, e) {
  const btn = e.target.closest("button[data-action]");
  if (!btn) return;
  const key = btn.closest("[data-key]")?.dataset.key;
  const notif = key && chat.state.notifications.get(key);
  if (!notif) return;
  const action = btn.dataset.action;
  const done = () => resolve(chat, key);
  const fail = (err) => {
    if (err.code === "no_such_request" || err.code === "bad_request_state") done();
    chat.toast(errorText(err), "error");
  };
  const enable = () => { btn.disabled = false; };
  btn.disabled = true;
  if (action === "accept") {
    askPermission(); // a first DM: now notifications make sense (never on load)
    chat.conn.request({ type: "dm_accept", request_id: notif.requestId }).then((reply) => {
      done();
      if (reply.type === "dm_opened") chat.wantActive = reply.room;
      const room = chat.state.rooms.get(reply.room);
      if (room?.joined) chat.activate(reply.room);
    }, fail).finally(enable);
  } else if (action === "ignore") {
    chat.conn.request({ type: "dm_decline", request_id: notif.requestId }).then(done, fail).finally(enable);
  } else if (action === "block") {
    chat.block(notif.from || notif.by).then(done, fail).finally(enable);
  } else if (action === "join") {
    // join() shows its own error; the invitation is used up either way.
    chat.join(notif.room, { activate: true }).then(done, done).finally(enable);
  } else if (action === "dismiss") {
    done();
  } else if (action === "report") {
    enable();
    reportRequest(chat, notif);
  }
}

/** Open or close the panel (`force`), or flip it. */
export function togglePanel(force, { focus = true } = {}) {
  const panel = $("#notif-panel");
  const open = force ?? panel.hidden;
  panel.hidden = !open;
  const bell = $("#notif-btn");
  bell.setAttribute("aria-expanded", String(open));
  if (open && focus) panel.querySelector("button")?.focus();
  else if (!open && focus) bell.focus(); // Escape or "close": back where the person was
}

export function panelOpen() {
  return !$("#notif-panel").hidden;
}

export function renderRequests(state) {
  const list = $("#notif-list");
  const items = [...state.notifications.values()].sort((a, b) => (a.ts || 0) - (b.ts || 0));
  replace(list, items.map(renderOne));
  hydrateIcons(list);
  $("#notif-empty").hidden = items.length > 0;
  const count = $("#notif-count");
  count.hidden = items.length === 0;
  count.textContent = String(items.length);
  $("#notif-btn").setAttribute(
    "aria-label", items.length ? t("notif.open_count", { count: items.length }) : t("notif.open"),
  );
}

function renderOne(n) {
  if (n.kind === "dm_request") {
    return h("li", { class: "notif-item", dataset: { key: n.key } },
      h("div", { class: "notif-head" },
        avatar(n.from),
        h("div", { class: "notif-text" },
          h("p", { class: "notif-title" }, t("notif.dm_request", { pseudo: n.from.pseudo })),
          h("p", { class: "notif-sub" }, describeUser(n.from), " · ", whenElement(n.ts)))),
      n.text ? h("blockquote", { class: "notif-quote" }, n.text) : null,
      h("div", { class: "notif-actions" },
        h("button", { type: "button", class: "btn btn-primary btn-small", dataset: { action: "accept" } }, t("notif.accept")),
        h("button", { type: "button", class: "btn btn-small", dataset: { action: "ignore" } }, t("notif.ignore")),
        h("button", { type: "button", class: "btn btn-danger-ghost btn-small", dataset: { action: "block" } }, t("notif.block")),
        h("button", { type: "button", class: "btn btn-danger-ghost btn-small", dataset: { action: "report" } }, t("notif.report"))));
  }
  return h("li", { class: "notif-item", dataset: { key: n.key } },
    h("div", { class: "notif-head" },
      h("span", { class: "avatar g-room", "aria-hidden": "true" }, h("span", { "data-icon": "lock" })),
      h("div", { class: "notif-text" },
        h("p", { class: "notif-title" }, t("notif.invited", { pseudo: n.by.pseudo, name: n.name })))),
    h("div", { class: "notif-actions" },
      h("button", { type: "button", class: "btn btn-primary btn-small", dataset: { action: "join" } }, t("notif.join")),
      h("button", { type: "button", class: "btn btn-small", dataset: { action: "dismiss" } }, t("notif.ignore"))));
}
