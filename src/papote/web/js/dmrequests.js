// DM requests as people use them (docs/protocol.md §2.2-2.4, protocol 5): when each was
// sent, the requests I sent (withdraw while pending; "sans réponse" once expired, never
// "refusée"), a request ending on the other side, and reporting a request received.
// The panel itself and its badge are views/requests.js; the sidebar rows are views/nav.js.
import { $, h } from "./dom.js";
import { errorText } from "./errors.js";
import { currentLang, t } from "./i18n.js";
import { avatar } from "./people.js";
import { renderRequests } from "./views/requests.js";

/** "14:32" today, "2 déc., 14:32" before: when a request was sent. */
export function formatWhen(ts, now = Date.now()) {
  if (!ts) return "";
  const when = new Date(ts);
  const sameDay = new Date(now).toDateString() === when.toDateString();
  const options = sameDay
    ? { hour: "2-digit", minute: "2-digit" }
    : { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
  return new Intl.DateTimeFormat(currentLang(), options).format(when);
}

/** The time element of a request (machine-readable, spoken as "reçue à …"). */
export function whenElement(ts) {
  return h("time", {
    class: "notif-time",
    datetime: new Date(ts || 0).toISOString(),
    "aria-label": t("dm.sent_at", { time: formatWhen(ts) }),
  }, formatWhen(ts));
}

/** `hello.outgoing`: the requests I sent that have no answer I know of. */
export function applyOutgoing(chat, items = []) {
  const { outgoing } = chat.state;
  for (const [userId, entry] of outgoing) if (!entry.unanswered) outgoing.delete(userId);
  for (const item of items) {
    outgoing.set(item.to.id, { requestId: item.request_id, user: item.to, text: item.text, ts: item.ts });
  }
}

/** `dm_request_ended`: withdrawn or expired on the other side, or mine gone unanswered. */
export function onDmRequestEnded(chat, f) {
  const { state } = chat;
  if (state.notifications.delete(`dm:${f.request_id}`)) {
    renderRequests(state);
    chat.renderCounts?.();
    return;
  }
  for (const [userId, entry] of state.outgoing) {
    if (entry.requestId !== f.request_id) continue;
    state.outgoing.set(userId, { ...entry, unanswered: true });
    chat.renderSidebar();
    chat.toast(t("dm.unanswered_toast", { pseudo: entry.user.pseudo }), "info");
  }
}

/** The sidebar row of a request I sent: pending (with "Retirer") or without an answer. */
export function outgoingRow(entry) {
  const { user, unanswered } = entry;
  return h("li", {},
    h("div", { class: `side-item waiting${unanswered ? " unanswered" : ""}`, title: t(unanswered ? "dm.unanswered_title" : "dm.waiting_title") },
      avatar(user, "avatar-sm"),
      h("span", { class: "side-name" }, user.pseudo),
      h("span", { class: "side-note" }, t(unanswered ? "dm.unanswered" : "dm.waiting")),
      h("button", {
        type: "button",
        class: "btn btn-small btn-ghost side-action",
        dataset: { outgoing: user.id, action: unanswered ? "dismiss" : "withdraw" },
        "aria-label": t(unanswered ? "dm.dismiss_title" : "dm.withdraw_title", { pseudo: user.pseudo }),
      }, t(unanswered ? "dm.dismiss" : "dm.withdraw"))));
}

/** Withdraw / dismiss buttons of the sidebar rows. */
export function bindDmRequests(chat, on) {
  on($("#dm-list"), "click", (e) => {
    const btn = e.target.closest("button[data-outgoing]");
    if (!btn) return;
    e.stopPropagation();
    const userId = btn.dataset.outgoing;
    const entry = chat.state.outgoing.get(userId);
    if (!entry) return;
    const forget = () => {
      chat.state.outgoing.delete(userId);
      chat.renderSidebar();
    };
    if (btn.dataset.action === "dismiss" || !entry.requestId) {
      forget();
      return;
    }
    btn.disabled = true;
    chat.conn.request({ type: "dm_withdraw", request_id: entry.requestId }).then(() => {
      forget();
      chat.toast(t("dm.withdrawn", { pseudo: entry.user.pseudo }), "success");
    }, (err) => {
      btn.disabled = false;
      if (err.code === "no_such_request" || err.code === "bad_request_state") forget();
      else chat.toast(errorText(err), "error");
    });
  });
}

/** "Signaler" on a request received: the report dialog, aimed at the request itself. */
export function reportRequest(chat, notif) {
  chat.openDialog("report", {
    target_type: "dm_request", target_id: notif.requestId, user: notif.from, text: notif.text,
  });
}
