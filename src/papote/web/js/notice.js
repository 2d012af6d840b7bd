// The notice page (/notice.html?id=...&key=...): one entry of the notice inbox, with its
// statement of reasons (DSA art. 17) and, while the 6 months last, the appeal form
// (art. 20). It needs no session: the key in the link opens it, so a suspended or banned
// person can still read and contest the decision.
import { aboutParts } from "./about.js";
import { appealNotice, fetchNotice } from "./api.js";
import { $, $$, h, replace, setError } from "./dom.js";
import { errorText } from "./errors.js";
import { formatDateTime, formatIsoDate, has, preferredLang, setLang, t } from "./i18n.js";
import { applyTheme, currentTheme } from "./theme.js";

const params = new URLSearchParams(location.search);
const noticeId = params.get("id") || "";
const noticeKey = params.get("key") || "";
let notice = null;
let appealed = false;

const RESTRICTIONS = {
  DECISION_VISIBILITY_CONTENT_REMOVED: "visibility_content_removed",
  DECISION_VISIBILITY_CONTENT_DISABLED: "visibility_content_disabled",
  DECISION_VISIBILITY_OTHER: "visibility_other",
  DECISION_ACCOUNT_SUSPENDED: "account_suspended",
  DECISION_ACCOUNT_TERMINATED: "account_terminated",
};
const SOURCES = {
  SOURCE_ARTICLE_16: "source_article_16",
  SOURCE_VOLUNTARY: "source_voluntary",
  SOURCE_TRUSTED_FLAGGER: "source_trusted_flagger",
};
const PERMANENT = new Set(["ban", "delete_message"]);

const label = (key, value) => (has(key) ? t(key) : String(value ?? ""));

/** The statement of reasons as labelled DSA fields: [field name, label, value]. */
function statementRows(s) {
  const rows = [];
  const illegal = s.decision_ground === "DECISION_GROUND_ILLEGAL_CONTENT";
  rows.push(["action", t("notice_page.f_decision"), label(`notice_page.action.${s.action}`, s.action)]);
  const restrictions = [...(s.decision_visibility || []), s.decision_account]
    .filter(Boolean)
    .map((code) => label(`notice_page.restriction.${RESTRICTIONS[code]}`, code));
  if (restrictions.length) rows.push(["restriction", t("notice_page.f_restriction"), restrictions.join(", ")]);
  rows.push(["category", t("notice_page.f_category"), label(`report.cat.${s.category_specification}`, s.category)]);
  rows.push(["decision_ground", t("notice_page.f_ground"),
    illegal ? t("notice_page.ground_illegal") : t("notice_page.ground_incompatible")]);
  rows.push(illegal
    ? ["legal_ground", t("notice_page.f_reference_illegal"), s.illegal_content_legal_ground]
    : ["incompatible_ground", t("notice_page.f_reference_incompatible"), s.incompatible_content_ground]);
  rows.push(["decision_facts", t("notice_page.f_facts"), s.decision_facts]);
  if (s.content_date) rows.push(["content_date", t("notice_page.f_content_date"), formatIsoDate(s.content_date)]);
  rows.push(["application_date", t("notice_page.f_application_date"), formatIsoDate(s.application_date)]);
  const end = s.end_date_account_restriction || s.end_date_visibility_restriction;
  if (end) rows.push(["end_date", t("notice_page.f_end_date"), formatIsoDate(end)]);
  else if (PERMANENT.has(s.action)) rows.push(["end_date", t("notice_page.f_end_date"), t("notice_page.permanent")]);
  rows.push(["automated_detection", t("notice_page.f_automated_detection"),
    s.automated_detection === "Yes" ? t("notice_page.yes") : t("notice_page.no")]);
  rows.push(["automated_decision", t("notice_page.f_automated_decision"),
    s.automated_decision === "AUTOMATED_DECISION_NOT_AUTOMATED" ? t("notice_page.no") : t("notice_page.yes")]);
  rows.push(["source_type", t("notice_page.f_source"), label(`notice_page.${SOURCES[s.source_type]}`, s.source_type)]);
  rows.push(["puid", t("notice_page.f_puid"), s.puid]);
  return rows.filter(([, , value]) => value != null && value !== "");
}

/** Which message and which report the notice is about (issue 10 §13). The server sends
 * only what this reader could see: their own message, or the one they reported. */
function renderAbout(about) {
  const box = $("#notice-about");
  const parts = aboutParts(about);
  replace(box, parts);
  box.hidden = parts.length === 0;
}

function render() {
  if (!notice) return;
  document.title = `${notice.title} · Papote`;
  $("#notice-kind").textContent = label(`inbox.kind.${notice.kind}`, notice.kind);
  $("#notice-title").textContent = notice.title;
  $("#notice-date").textContent = t("notice_page.received", { date: formatDateTime(notice.created_at) });
  $("#notice-body").textContent = notice.body;

  renderAbout(notice.about);

  const statement = notice.statement;
  $("#statement").hidden = !statement;
  if (statement) {
    replace($("#statement-fields"), statementRows(statement).map(([field, name, value]) =>
      h("div", { class: "statement-row", dataset: { field } },
        h("dt", {}, name),
        h("dd", { class: field === "puid" ? "mono" : null }, value))));
  }

  appealed = appealed || Boolean(notice.appeal);
  const until = notice.appealable_until;
  const open = Boolean(until && until > Date.now());
  $("#appeal").hidden = !open && !appealed;
  $("#appeal-lead").textContent = open ? t("notice_page.appeal_lead", { date: formatDateTime(until) }) : "";
  $("#appeal-form").hidden = appealed;
  $("#appeal-done").hidden = !appealed;
  $("#appeal-done").textContent = appealed ? t("notice_page.appeal_done") : "";
  const closed = Boolean(until && !open && !appealed);
  $("#appeal-closed").hidden = !closed;
  $("#appeal-closed").textContent = closed ? t("notice_page.appeal_closed", { date: formatDateTime(until) }) : "";
  // The other ways of redress (art. 21, courts): for every contestable decision, the
  // reporter's decision on their report included (art. 20(1)).
  $("#remedies").hidden = !statement && !until;
}

async function load() {
  const status = $("#notice-status");
  if (!noticeId || !noticeKey) {
    status.hidden = true;
    setError($("#notice-error"), t("notice_page.missing_link"));
    return;
  }
  try {
    notice = await fetchNotice(noticeId, noticeKey);
  } catch (error) {
    status.hidden = true;
    setError($("#notice-error"), error.code === "network" ? t("errors.network") : errorText(error));
    return;
  }
  status.hidden = true;
  $("#notice-article").hidden = false;
  render();
}

function bindAppeal() {
  $("#appeal-text").addEventListener("input", () => {
    setError($("#appeal-text-error"), "");
    $("#appeal-text").removeAttribute("aria-invalid");
  });
  $("#appeal-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    setError($("#appeal-error"), "");
    setError($("#appeal-text-error"), "");
    const box = $("#appeal-text");
    const text = box.value.trim();
    if (!text) {
      box.setAttribute("aria-invalid", "true");
      setError($("#appeal-text-error"), t("notice_page.appeal_need_text"));
      box.focus();
      return;
    }
    const send = $("#appeal-send");
    send.disabled = true;
    send.textContent = t("notice_page.appeal_sending");
    try {
      await appealNotice(noticeId, noticeKey, text);
      appealed = true;
      render();
    } catch (error) {
      // 409 already_appealed / appeal_window_closed: said plainly, in the reader's language.
      const message = error.code === "network" ? t("errors.network") : errorText(error);
      if (error.field === "text") {
        box.setAttribute("aria-invalid", "true");
        setError($("#appeal-text-error"), message);
      } else {
        setError($("#appeal-error"), message);
      }
    } finally {
      send.disabled = false;
      send.textContent = t("notice_page.appeal_send");
    }
  });
}

async function boot() {
  applyTheme(currentTheme());
  try {
    await setLang(preferredLang(), { save: false });
  } catch {
    // Without the locale files the page keeps the French text of notice.html.
  }
  document.title = t("notice_page.doc_title");
  for (const select of $$("[data-lang-select]")) {
    select.addEventListener("change", () => setLang(select.value));
  }
  window.addEventListener("papote:lang", render);
  bindAppeal();
  await load();
}

boot();
