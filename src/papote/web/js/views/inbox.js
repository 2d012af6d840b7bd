// The moderation notice inbox (DSA art. 17, docs/protocol.md §2.3 `notice`, `notices`): the
// tray button's count, the list in its dialog, and the toast for a new notice.
import { aboutParts } from "../about.js";
import { $, h, replace } from "../dom.js";
import { errorText } from "../errors.js";
import { formatDateTime, has, t } from "../i18n.js";
import { hydrateIcons } from "../icons.js";
import { isNoticeUrl, rememberDecision } from "../session.js";

/** A new entry of the notice inbox: a decision about us, or news of our report. */
export function onNotice(chat, f) {
  const { state } = chat;
  const notice = f.notice;
  if (!notice?.id) return;
  if (notice.kind === "statement_of_reasons") rememberDecision(notice.url);
  if (state.notices && !state.notices.some((n) => n.id === notice.id)) state.notices.unshift(notice);
  if (!notice.read) state.unreadNotices += 1;
  renderInbox(state);
  // The report dialog already confirmed a report; everything else deserves a toast.
  if (notice.kind !== "report_received") {
    chat.toast(t("inbox.new_toast", { title: notice.title }), "info", [
      { label: t("inbox.show"), run: () => chat.openDialog("inbox") },
    ]);
  }
}

/** Ask for the inbox ({type: "notices"} -> notices {items}). */
export function loadNotices(chat) {
  const { state } = chat;
  if (!state.notices) $("#inbox-status").textContent = t("inbox.loading");
  return chat.conn.request({ type: "notices" }).then((reply) => {
    state.notices = Array.isArray(reply.items) ? reply.items : [];
    state.notices.sort((a, b) => b.created_at - a.created_at);
    state.unreadNotices = state.notices.filter((n) => !n.read).length;
    renderInbox(state);
  }, (err) => {
    $("#inbox-status").textContent = errorText(err);
  });
}

export function renderInbox(state) {
  const unread = state.unreadNotices;
  const count = $("#inbox-count");
  count.hidden = unread <= 0;
  count.textContent = String(unread);
  const label = unread > 0 ? t("inbox.open_count", { count: unread }) : t("inbox.open");
  $("#inbox-btn").setAttribute("aria-label", label);
  $("#inbox-btn").setAttribute("title", label);
  if (!state.notices) return;
  $("#inbox-status").textContent = state.notices.length ? "" : t("inbox.empty");
  const now = Date.now();
  replace($("#inbox-list"), state.notices.map((n) => {
    const kind = has(`inbox.kind.${n.kind}`) ? t(`inbox.kind.${n.kind}`) : n.kind;
    const appealable = n.appealable_until && n.appealable_until > now;
    return h("li", { class: `inbox-item${n.read ? "" : " unread"}`, dataset: { notice: n.id } },
      h("div", { class: "inbox-meta" },
        h("span", { class: "inbox-kind" }, kind),
        h("time", { datetime: new Date(n.created_at).toISOString() }, formatDateTime(n.created_at)),
        n.read ? null : h("span", { class: "inbox-unread" }, t("inbox.unread"))),
      h("p", { class: "inbox-title" }, n.title),
      h("p", { class: "inbox-body" }, n.body),
      n.about ? h("div", { class: "inbox-about" }, ...aboutParts(n.about)) : null,
      h("div", { class: "inbox-actions" },
        isNoticeUrl(n.url)
          ? h("a", { class: "btn btn-small", href: n.url, target: "_blank", rel: "noopener noreferrer", dataset: { readNotice: n.id } },
            h("span", { "data-icon": "file" }), h("span", {}, t("inbox.read_notice")))
          : null,
        appealable ? h("span", { class: "inbox-appeal" }, t("inbox.appealable_until", { date: formatDateTime(n.appealable_until) })) : null));
  }));
  hydrateIcons($("#inbox-list"));
}

export function onInboxClick(state, e) {
  const link = e.target.closest("[data-read-notice]");
  const notice = link && state.notices?.find((n) => n.id === link.dataset.readNotice);
  if (!notice || notice.read) return;
  // Opening the page marks it read on the server; mirror that here.
  notice.read = true;
  state.unreadNotices = Math.max(0, state.unreadNotices - 1);
  renderInbox(state);
}
