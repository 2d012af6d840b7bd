// What a moderation notice is about (issue 10 §13, docs/protocol.md `notice.about`): the
// report it answers and the message it concerns, as far as the reader could see them. One
// builder for the notice page and the chat's notice inbox.
import { h } from "./dom.js";
import { formatDateTime, has, t } from "./i18n.js";

/** The nodes telling what `about` is about (empty when there is nothing to say). */
export function aboutParts(about) {
  if (!about) return [];
  const parts = [];
  if (about.reported_at) {
    const key = `report.cat.${about.category}`;
    const category = has(key) ? t(key) : String(about.category ?? "");
    parts.push(h("p", {}, t("notice_page.about_report", { date: formatDateTime(about.reported_at), category })));
  }
  if (about.quote != null) {
    parts.push(h("figure", {},
      h("figcaption", { class: "muted" }, t("notice_page.about_message", { date: formatDateTime(about.at) })),
      h("blockquote", { class: "page-quote" }, about.quote)));
  } else if (!about.reported_at && about.target_type !== "message") {
    parts.push(h("p", { class: "muted" }, t(`notice_page.about_${about.target_type}`)));
  }
  return parts;
}
