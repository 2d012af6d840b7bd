// The moderator console (/mod/): log in, work the queue of cases (docs: issue 4), read the
// sealed evidence, decide on the sanctions ladder, escalate threats to life (DSA art. 18),
// review appeals (art. 20) and check the audit chain. It speaks only /api/mod/* with the
// staff bearer token (sessionStorage: this tab only). Every piece of user text reaches the
// page through textContent or text nodes (js/dom.js), never as HTML.
import { request } from "/js/api.js";
import { $, $$, h, replace, setError } from "/js/dom.js";
import { currentLang, formatAgo, formatDateTime, formatIsoDate, has, preferredLang, setLang, setLocaleBase, t } from "/js/i18n.js";
import { hydrateIcons, icon } from "/js/icons.js";
import { applyTheme, currentTheme } from "/js/theme.js";

const SESSION_KEY = "papote.mod.session";
const POLL_MS = 15000;
const HOUR = 3600;
const DAY = 86400;

// The reference a moderator starts from, per category (mirrors LEGAL_REFERENCE in
// papote/domain/moderation.py; the server applies the same default when none is sent).
const LEGAL_REFERENCE = {
  child_sexual_abuse: "Code pénal art. 227-23",
  grooming: "Code pénal art. 227-22-1 et 227-23-1",
  minor_on_site: "Conditions d'utilisation §2 (réservé aux majeurs)",
  threat: "Code pénal art. 222-17 et 222-18",
  hate: "Loi du 29 juillet 1881 art. 24 et 32-33",
  harassment: "Code pénal art. 222-33-2-2",
  sexual_content: "Conditions d'utilisation §4 (pas de contenu sexuel)",
  scam: "Code pénal art. 313-1",
  drugs: "Code de la santé publique art. L3421-4",
  prostitution: "Code pénal art. 225-5 et 225-12-1",
  spam: "Conditions d'utilisation §5 (spam)",
  other: "Conditions d'utilisation",
  self_harm: "Aucune sanction : orientation vers le 3114 et le 3018",
};
// The facts a decision starts from, per category. The statement of reasons is written in
// French for the person (as the rest of their notice), whatever the console's language.
const DEFAULT_FACTS = {
  child_sexual_abuse: "Contenu à caractère pédocriminel constaté dans les éléments signalés.",
  grooming: "Sollicitation à caractère sexuel visant une personne mineure, constatée dans les messages signalés.",
  minor_on_site: "Éléments indiquant que la personne est mineure, alors que Papote est réservé aux adultes.",
  threat: "Menaces de violence constatées dans les messages signalés.",
  hate: "Propos haineux ou discriminatoires constatés dans les messages signalés.",
  harassment: "Propos insultants ou harcelants envers d'autres personnes, constatés dans les messages signalés.",
  sexual_content: "Contenu à caractère sexuel, interdit par la charte de Papote.",
  scam: "Tentative d'escroquerie constatée dans les messages signalés.",
  drugs: "Proposition de vente ou d'usage de stupéfiants constatée dans les messages signalés.",
  prostitution: "Sollicitation ou proposition de prostitution constatée dans les messages signalés.",
  spam: "Envoi répété de messages publicitaires ou sans rapport avec la conversation.",
  other: "Comportement contraire à la charte de Papote, constaté dans les éléments signalés.",
  self_harm: "Message de détresse : la personne a reçu les numéros d'aide (3114, 3018). Aucune sanction.",
};
const CATEGORIES = Object.keys(LEGAL_REFERENCE);
// Breaches of the terms of use rather than of the law: the ground a decision starts from.
const INCOMPATIBLE = new Set(["minor_on_site", "sexual_content", "spam", "other"]);
const CHILD_OR_THREAT = new Set(["child_sexual_abuse", "grooming", "minor_on_site", "threat", "self_harm"]);
// A person in danger is helped, never sanctioned: only a dismissal (the server refuses the rest).
const NEVER_SANCTIONED = new Set(["self_harm"]);
// Measures that are done once applied: no end date to show.
const INSTANT = new Set(["warning", "delete_message"]);

const state = {
  session: null, // {token, staff: {id, login, role}}
  tab: "queue",
  cases: [],
  appeals: [],
  calls: [], // GET /api/mod/calls (metadata only)
  selected: null, // case id
  detail: null, // GET /api/mod/cases/{id}
  form: null, // {category, ground, reference, facts, factsEdited, referenceEdited}
  confirming: null, // "ban" | "room_close"
  voiceRemoving: null, // "<room>/<user>" whose removal form is open in the voice tab
  voiceCategory: null, // the category picked in that form
  pollTimer: null,
};

// ------------------------------------------------------------------ HTTP

/** The server's French (or English) message; the console's own text for a network fault. */
function errorMessage(error) {
  if (error?.code === "network") return t("errors.network");
  return error?.message || (has(`errors.${error?.code}`) ? t(`errors.${error.code}`) : t("errors.internal"));
}

async function api(method, path, body) {
  const headers = state.session ? { Authorization: `Bearer ${state.session.token}` } : {};
  try {
    return await request(method, path, body, headers);
  } catch (error) {
    if (error.status === 401 && error.code === "staff_unauthorized" && state.session) {
      signOut(t("login.expired"));
    }
    throw error;
  }
}

// ------------------------------------------------------------------ session

function loadSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || "null");
    return saved && typeof saved.token === "string" && saved.staff ? saved : null;
  } catch {
    return null;
  }
}

function showLogin(notice = "") {
  $("#console").hidden = true;
  $("#login").hidden = false;
  setError($("#login-error"), "");
  const noticeEl = $("#login-notice");
  noticeEl.textContent = notice;
  noticeEl.hidden = !notice;
  $("#login-password").value = "";
  $("#login-name").focus();
}

function signOut(notice) {
  clearInterval(state.pollTimer);
  state.session = null;
  state.cases = [];
  state.appeals = [];
  state.selected = null;
  state.detail = null;
  sessionStorage.removeItem(SESSION_KEY);
  showLogin(notice);
}

function bindLogin() {
  $("#login-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    setError($("#login-error"), "");
    const login = $("#login-name").value.trim();
    const password = $("#login-password").value;
    if (!login || !password) {
      setError($("#login-error"), t("login.need_fields"));
      return;
    }
    const submit = $("#login-submit");
    submit.disabled = true;
    submit.textContent = t("login.submitting");
    try {
      const session = await api("POST", "/api/mod/login", { login, password });
      state.session = { token: session.token, staff: session.staff };
      sessionStorage.setItem(SESSION_KEY, JSON.stringify(state.session));
      startConsole();
    } catch (error) {
      setError($("#login-error"), errorMessage(error));
      $("#login-password").select();
    } finally {
      submit.disabled = false;
      submit.textContent = t("login.submit");
    }
  });
}

// ------------------------------------------------------------------ the console

function startConsole() {
  $("#login").hidden = true;
  $("#console").hidden = false;
  $("#me-login").textContent = t("top.signed_in", { login: state.session.staff.login });
  selectTab("queue", { focus: false });
  refresh();
  clearInterval(state.pollTimer);
  state.pollTimer = setInterval(refresh, POLL_MS);
}

/** The queue and the appeals (never the open case: each read of a case is audited). */
async function refresh() {
  await Promise.all([loadQueue(), loadAppeals(), loadCalls()]);
}

function selectTab(tab, { focus = true } = {}) {
  state.tab = tab;
  for (const btn of $$(".mod-tab")) {
    const on = btn.dataset.tab === tab;
    btn.setAttribute("aria-selected", String(on));
    btn.tabIndex = on ? 0 : -1;
    if (on && focus) btn.focus();
  }
  $("#queue-view").hidden = tab !== "queue";
  $("#appeals-view").hidden = tab !== "appeals";
  $("#calls-view").hidden = tab !== "calls";
  $("#voice-view").hidden = tab !== "voice";
  if (tab === "appeals") loadAppeals();
  if (tab === "calls") loadCalls();
  if (tab === "voice") loadVoice();
}

function toast(message, kind = "info") {
  const box = $("#toasts");
  const node = h("div", { class: `toast toast-${kind}`, role: kind === "error" ? "alert" : "status" },
    h("span", { class: "toast-text" }, message),
    h("button", { type: "button", class: "icon-btn small toast-x", "aria-label": t("common.close"), onclick: () => node.remove() }, icon("x")));
  box.append(node);
  while (box.children.length > 3) box.firstChild.remove();
  setTimeout(() => node.remove(), 7000);
}

/** A lasting message under the top bar (audit result, escalation export). */
function banner(kind, text, items = []) {
  const el = $("#banner");
  el.className = `mod-banner banner-${kind}`;
  el.setAttribute("role", kind === "danger" ? "alert" : "status");
  replace($("#banner-icon"), icon(kind === "danger" ? "alert" : "check"));
  $("#banner-text").textContent = text;
  replace($("#banner-list"), items.map((item) => h("li", {}, item)));
  el.hidden = false;
}

// ------------------------------------------------------------------ labels

const catLabel = (c) => (has(`category.${c}`) ? t(`category.${c}`) : c);
const targetLabel = (type) => (has(`target.${type}`) ? t(`target.${type}`) : type);
const actionName = (a) => (has(`decide.action_names.${a}`) ? t(`decide.action_names.${a}`) : a);
const sevBadge = (severity) => h("span", { class: `sev sev-${severity}` }, t(`severity.${severity}`));
const seconds = (ts) => Number(ts) * 1000; // the moderation API counts in seconds

function personLine(p) {
  if (!p) return "";
  const parts = [p.pseudo];
  if (p.gender) parts.push(t(`case.gender.${p.gender}`));
  if (p.age) parts.push(t("case.years", { age: p.age }));
  if (p.departement) parts.push(t("case.dept", { dept: p.departement }));
  return parts.join(" · ");
}

// ------------------------------------------------------------------ queue

async function loadQueue() {
  try {
    state.cases = await api("GET", "/api/mod/cases");
  } catch (error) {
    if (state.session) $("#queue-status").textContent = errorMessage(error);
    return;
  }
  renderQueue();
}

function renderQueue() {
  const cases = state.cases;
  const focused = document.activeElement?.closest?.("#queue-list [data-case]")?.dataset.case;
  const count = $("#queue-count");
  const open = cases.filter((c) => c.status === "open").length;
  count.hidden = open === 0;
  count.textContent = String(open);
  $("#queue-total").textContent = t("queue.count", { count: cases.length });
  $("#queue-status").textContent = cases.length ? "" : t("queue.empty");
  const now = Date.now();
  replace($("#queue-list"), cases.map((c) => h("li", {},
    h("button", {
      type: "button", class: `queue-item${c.id === state.selected ? " active" : ""}${c.urgent ? " urgent" : ""}`,
      dataset: { case: c.id }, "aria-current": c.id === state.selected ? "true" : null,
    },
      h("span", { class: "q-badges" },
        sevBadge(c.severity),
        c.urgent ? h("span", { class: "tag tag-urgent" }, t("queue.urgent")) : null,
        c.status === "appealed" ? h("span", { class: "tag" }, t("queue.appealed")) : null,
        c.detected ? h("span", { class: "tag tag-auto" }, t("queue.detected", { score: formatScore(c.score) })) : null,
        // Salon messages held before delivery: their writers wait on this case.
        c.held ? h("span", {
          class: `tag tag-held${c.held_overdue ? " tag-overdue" : ""}`,
          title: c.held_since ? t("queue.held_since", { ago: formatAgo(seconds(c.held_since), now) }) : null,
        }, t(c.held_overdue ? "queue.held_overdue" : "queue.held", { count: c.held })) : null),
      h("span", { class: "q-title" }, catLabel(c.category)),
      h("span", { class: "q-sub" },
        h("span", {}, targetLabel(c.target_type)),
        c.room_id ? h("code", {}, c.room_id) : null),
      h("span", { class: "q-age", title: formatDateTime(seconds(c.created_at)) },
        icon("clock"), formatAgo(seconds(c.created_at), now))))));
  if (focused) $(`#queue-list [data-case="${CSS.escape(focused)}"]`)?.focus();
}

// ------------------------------------------------------------------ a case

async function openCase(caseId, { focus = true } = {}) {
  state.selected = caseId;
  state.confirming = null;
  renderQueue();
  $("#queue-view").dataset.view = "case";
  let detail;
  try {
    detail = await api("GET", `/api/mod/cases/${encodeURIComponent(caseId)}`);
  } catch (error) {
    toast(errorMessage(error), "error");
    return;
  }
  if (state.selected !== caseId) return;
  const sameCase = state.detail?.case.id === caseId;
  state.detail = detail;
  if (!sameCase || !state.form) state.form = defaultForm(detail.case.category);
  renderCase();
  if (focus) $("#case-title")?.focus();
}

function defaultForm(category) {
  return {
    category,
    ground: INCOMPATIBLE.has(category) ? "incompatible" : "illegal",
    reference: LEGAL_REFERENCE[category] || "",
    facts: DEFAULT_FACTS[category] || "",
    factsEdited: false,
    referenceEdited: false,
    slowSeconds: 30,
    slowFor: HOUR,
  };
}

function closeCase() {
  const opened = state.selected;
  state.selected = null;
  state.detail = null;
  delete $("#queue-view").dataset.view;
  $("#case-view").hidden = true;
  $("#case-placeholder").hidden = false;
  renderQueue();
  // Back to the case's line in the queue, the one that opened it (WCAG 2.4.3).
  ($(`#queue-list [data-case="${CSS.escape(opened || "")}"]`) || $(".queue-item"))?.focus();
}

function renderCase() {
  const detail = state.detail;
  if (!detail) return;
  const c = detail.case;
  $("#case-placeholder").hidden = true;
  const view = $("#case-view");
  view.hidden = false;
  const now = Date.now();
  replace(view,
    h("header", { class: "case-head" },
      h("button", { type: "button", class: "btn btn-ghost btn-small back-btn", dataset: { act: "back" } },
        icon("arrow-left"), h("span", {}, t("common.back"))),
      h("div", { class: "case-badges" },
        sevBadge(c.severity),
        c.urgent ? h("span", { class: "tag tag-urgent" }, t("queue.urgent")) : null,
        h("span", { class: `tag status-${c.status}` }, t(`status.${c.status}`))),
      h("h2", { id: "case-title", tabindex: "-1" }, `${catLabel(c.category)} · ${targetLabel(c.target_type)}`),
      h("p", { class: "case-meta" },
        h("span", {}, t("case.title", { id: c.id.slice(0, 10) })),
        h("span", {}, t("case.opened", { ago: formatAgo(seconds(c.created_at), now), date: formatDateTime(seconds(c.created_at)) })),
        h("span", {}, has(`source.${c.source}`) ? t(`source.${c.source}`) : c.source),
        c.room_id ? h("code", {}, c.room_id) : null)),
    h("div", { class: "case-grid" },
      h("div", { class: "case-main" },
        renderReports(detail.reports, c),
        renderEvidence(detail.evidence, c),
        renderHistory(detail.history, c)),
      h("div", { class: "case-side" },
        renderDecision(c, detail.history),
        renderEscalation(c))));
  hydrateIcons(view);
}

function section(title, count, ...children) {
  return h("section", { class: "panel" },
    h("h3", { class: "panel-title" }, title, count == null ? null : h("span", { class: "panel-count" }, String(count))),
    children);
}

function renderReports(reports, c) {
  if (!reports.length) return section(t("case.reports"), 0, h("p", { class: "muted" }, t(c.detected ? "case.no_reports_detected" : "case.no_reports")));
  return section(t("case.reports"), reports.length,
    h("ul", { class: "report-list" }, reports.map((r) => h("li", { class: "report-item" },
      h("div", { class: "report-head" },
        h("span", { class: "report-cat" }, catLabel(r.category)),
        h("time", { title: formatDateTime(seconds(r.created_at)) }, formatAgo(seconds(r.created_at))),
        r.has_contact ? h("span", { class: "tag" }, t("case.contact")) : null),
      r.explanation
        ? h("blockquote", { class: "report-text" }, r.explanation)
        : h("p", { class: "muted small-text" }, t("case.no_explanation"))))));
}

const formatScore = (score) => (score == null ? "—" : new Intl.NumberFormat(currentLang(), { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(score));
const spanName = (s) => {
  const key = `label.${s.move || s.label}`;
  return has(key) ? t(key) : s.move || s.label;
};

/**
 * A message's text with the detector's spans (offsets into the text as typed) wrapped in
 * <mark>: every piece is a text node (h() never parses HTML), overlapping spans merge.
 */
function highlighted(text, spans) {
  const mine = (spans || [])
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  if (!mine.length) return [text];
  const parts = [];
  let at = 0;
  let i = 0;
  while (i < mine.length) {
    const start = Math.max(mine[i].start, at);
    let end = mine[i].end;
    const names = new Set([spanName(mine[i])]);
    for (i += 1; i < mine.length && mine[i].start < end; i += 1) {
      end = Math.max(end, mine[i].end);
      names.add(spanName(mine[i]));
    }
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    const label = t("case.span", { label: [...names].join(", ") });
    // The text stays the message as written (copy, search, tests); what was matched is in
    // the title, and the panel's line above names the labels for a screen reader.
    parts.push(h("mark", { class: "ev-span", title: label }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function messageLine(m, reportedId, spans = []) {
  const reported = m.msg_id === reportedId;
  return h("li", { class: `ev-msg${reported ? " reported" : ""}`, dataset: { msgId: m.msg_id } },
    h("time", { title: formatDateTime(m.ts) }, new Intl.DateTimeFormat(currentLang(), { hour: "2-digit", minute: "2-digit" }).format(m.ts)),
    h("span", { class: "ev-pseudo" }, m.pseudo),
    h("span", { class: "ev-text" }, highlighted(m.text, spans.filter((s) => s.msg_id === m.msg_id))),
    reported ? h("span", { class: "visually-hidden" }, t("case.reported_message")) : null);
}

function renderEvidence(evidence, c) {
  return section(t("case.evidence"), evidence.length, evidence.map((e) => {
    const content = e.content || {};
    const parts = [];
    const detection = content.detection;
    const spans = Array.isArray(detection?.spans) ? detection.spans : [];
    if (detection) {
      const labels = [...new Set([detection.label, ...spans.map((s) => s.label)])].filter(Boolean);
      parts.push(h("p", { class: "ev-detection" }, icon("alert"),
        t("case.detection", { labels: labels.map((l) => spanName({ label: l })).join(", "), score: formatScore(detection.score), detector: detection.detector || "—" })));
      parts.push(h("p", { class: "help" }, t("case.detection_help")));
    }
    if (content.call) {
      parts.push(callEvidence(content));
      if (content.still) parts.push(evidencePhoto(content.still, e.photo_url));
    } else if (content.message) {
      const m = content.message;
      parts.push(h("div", { class: "ev-target" },
        h("p", { class: "ev-target-head" },
          (state.detail?.held || []).includes(m.msg_id)
            ? h("span", { class: "tag tag-held" }, t("case.held_message"))
            : h("span", { class: "tag tag-danger" }, t("case.reported_message")),
          h("strong", {}, m.pseudo),
          h("time", {}, formatDateTime(m.ts))),
        h("p", { class: "ev-target-text" }, highlighted(m.text, spans.filter((s) => s.msg_id === m.msg_id)))));
      const context = content.context?.length ? content.context : [m];
      parts.push(h("p", { class: "ev-label" }, t("case.context", { count: context.length })));
      parts.push(h("ol", { class: "ev-msgs" }, context.map((m) => messageLine(m, content.message.msg_id, spans))));
      if (content.author) parts.push(h("p", { class: "ev-person" }, h("strong", {}, t("case.author")), " ", personLine(content.author)));
      if (content.photo) parts.push(evidencePhoto(content.photo, e.photo_url));
    } else if (content.voice) {
      // A voice room participant: metadata only (the server never records voice).
      const v = content.voice;
      parts.push(h("div", { class: "ev-target" },
        h("p", { class: "ev-target-head" },
          h("span", { class: "tag tag-danger" }, t("target.voice")),
          h("strong", {}, v.participant.pseudo),
          h("span", {}, v.room)),
        h("p", {}, t("voice.evidence", {
          joined: formatDateTime(v.joined_at * 1000), minutes: Math.round(v.seconds_in_voice / 60),
        })),
        h("p", { class: "muted small-text" }, t(v.live ? "voice.was_live" : "voice.had_left"), v.muted ? ` · ${t("voice.muted")}` : ""),
        h("p", { class: "muted small-text" }, t("voice.others", { names: v.others.map((o) => o.pseudo).join(", ") || t("common.none") })),
        speechList(v)));
      if (content.author) parts.push(h("p", { class: "ev-person" }, h("strong", {}, t("case.author")), " ", personLine(content.author)));
    } else {
      if (content.profile) parts.push(h("p", { class: "ev-person" }, h("strong", {}, t("case.profile")), " ", personLine(content.profile)));
      if (content.name || content.room) parts.push(h("p", { class: "ev-person" }, t("case.room", { room: content.name ? `${content.name} (${content.room})` : content.room })));
      const recent = content.recent || [];
      parts.push(h("p", { class: "ev-label" }, t("case.recent", { count: recent.length })));
      parts.push(recent.length
        ? h("ol", { class: "ev-msgs" }, recent.map((m) => messageLine(m, c.target_type === "message" ? c.target_id : null)))
        : h("p", { class: "muted small-text" }, t("case.no_messages")));
    }
    return h("div", { class: "evidence" },
      h("div", { class: "seal" },
        h("span", { class: `seal-state ${e.intact ? "ok" : "bad"}` }, icon(e.intact ? "check" : "alert"), e.intact ? t("case.intact") : t("case.altered")),
        h("span", { class: "seal-date" }, t("case.sealed_at", { date: formatDateTime(seconds(e.sealed_at)) })),
        h("span", { class: "seal-hash", title: t("case.seal") }, h("span", { class: "visually-hidden" }, `${t("case.seal")} `), e.sha256)),
      parts);
  }));
}

/** A reported call: its metadata only (who, when, how long); the server never has more. */
function callEvidence(content) {
  const call = content.call;
  const row = (label, value) => [h("dt", {}, label), h("dd", {}, value)];
  return h("div", { class: "ev-target" },
    h("p", { class: "ev-target-head" }, h("span", { class: "tag tag-danger" }, t("calls.reported"))),
    h("dl", { class: "appeal-facts" },
      row(t("calls.caller"), content.caller ? personLine(content.caller) : call.caller),
      row(t("calls.callee"), content.callee ? personLine(content.callee) : call.callee),
      row(t("calls.rang_at"), formatDateTime(seconds(call.rang_at))),
      row(t("calls.answered_at"), call.answered_at ? formatDateTime(seconds(call.answered_at)) : t("calls.unanswered")),
      row(t("calls.duration"), call.duration != null ? durationText(call.duration) : "—"),
      row(t("calls.camera"), t(call.video ? "calls.camera_yes" : "calls.camera_no")),
      row(t("calls.end"), call.end_reason ? t(`calls.reason.${call.end_reason}`) : t("calls.state.active")),
      row(t("calls.room"), h("code", {}, call.room))),
    h("p", { class: "muted small-text" }, t("calls.no_content")));
}

/** "12 min 5 s", "45 s". */
function durationText(total) {
  const m = Math.floor(total / 60);
  return m ? t("calls.minutes", { m, s: total % 60 }) : t("calls.seconds", { s: total });
}

// ------------------------------------------------------------------ calls (issue 13 §5)

async function loadCalls() {
  const live = $("#calls-live").checked;
  try {
    state.calls = await api("GET", `/api/mod/calls${live ? "?live=1" : ""}`);
  } catch (error) {
    if (state.session) $("#calls-status").textContent = errorMessage(error);
    return;
  }
  renderCalls();
}

function renderCalls() {
  const calls = state.calls || [];
  // The poll brings the same list most of the time: leave the page alone then.
  const drawn = `${currentLang()}:${JSON.stringify(calls)}`;
  if (drawn === state.callsDrawn) return;
  state.callsDrawn = drawn;
  const live = calls.filter((c) => c.state !== "ended").length;
  const count = $("#calls-count");
  count.hidden = live === 0;
  count.textContent = String(live);
  $("#calls-status").textContent = calls.length ? "" : t("calls.empty");
  const list = $("#calls-list");
  if (list.contains(document.activeElement)) {
    state.callsDrawn = ""; // never pull it from under a moderator; draw it next time
    return;
  }
  const now = Date.now();
  replace(list, calls.map((c) => h("li", { class: "appeal-card", dataset: { call: c.id } },
    h("div", { class: "appeal-head" },
      h("span", { class: `tag${c.state === "ended" ? "" : " tag-urgent"}` }, t(`calls.state.${c.state}`)),
      c.video ? h("span", { class: "tag" }, t("calls.camera_yes")) : null,
      h("span", { class: "muted small-text", title: formatDateTime(seconds(c.rang_at)) }, formatAgo(seconds(c.rang_at), now))),
    h("p", {}, h("strong", {}, c.caller.pseudo || c.caller.id), " → ", h("strong", {}, c.callee.pseudo || c.callee.id)),
    h("p", { class: "muted small-text" },
      c.duration != null ? durationText(c.duration) : t("calls.unanswered"),
      c.end_reason ? ` · ${t(`calls.reason.${c.end_reason}`)}` : ""),
    c.state === "ended" ? null : h("div", { class: "act-row" },
      h("button", { type: "button", class: "btn btn-small btn-danger", dataset: { endCall: c.id },
        "aria-label": t("calls.end_label", { a: c.caller.pseudo, b: c.callee.pseudo }) }, t("calls.end_button"))))));
}

async function endCall(btn) {
  btn.disabled = true;
  try {
    await api("POST", `/api/mod/calls/${encodeURIComponent(btn.dataset.endCall)}/end`);
    toast(t("calls.ended_toast"), "success");
  } catch (error) {
    toast(errorMessage(error), "error");
  }
  btn.blur();
  await loadCalls();
}

/**
 * A reported photo (issue 11 §5): blurred until the moderator clicks, from a short-lived
 * link the server gives staff only (the sealed, re-encoded copy; never the original).
 */
function evidencePhoto(photo, url) {
  const note = h("p", { class: "muted small-text" },
    photo.original_blob ? t("case.photo_original") : t("case.photo_no_original"));
  if (!url) return h("div", { class: "ev-photo" }, h("p", { class: "ev-label" }, t("case.photo")), note);
  const img = h("img", { class: "ev-photo-img", src: url, alt: t("case.photo_alt"), "aria-hidden": "true" });
  const toggle = h("button", { type: "button", class: "btn btn-small ev-photo-toggle", "aria-pressed": "false" },
    t("case.photo_show"));
  const veil = h("p", { class: "ev-photo-veil" }, t("case.photo_blurred"));
  const figure = h("figure", { class: "ev-photo blurred" }, h("div", { class: "ev-photo-frame" }, img, veil), toggle);
  toggle.addEventListener("click", () => {
    const shown = figure.classList.toggle("blurred") === false;
    toggle.setAttribute("aria-pressed", String(shown));
    toggle.textContent = shown ? t("case.photo_hide") : t("case.photo_show");
    img.setAttribute("aria-hidden", String(!shown));
    veil.hidden = shown;
  });
  return h("div", {}, h("p", { class: "ev-label" }, t("case.photo")), figure, note);
}

function renderHistory(history, c) {
  if (!history.user && !c.target_user_id) return section(t("case.history"), null, h("p", { class: "muted" }, t("case.no_person")));
  const cases = history.cases || [];
  const sanctions = history.sanctions || [];
  return section(t("case.history"), null,
    history.user ? h("p", { class: "ev-person" }, h("strong", {}, t("case.profile")), " ", personLine(history.user)) : null,
    h("h4", {}, t("case.cases"), h("span", { class: "panel-count" }, String(cases.length))),
    cases.length
      ? h("ul", { class: "hist-list" }, cases.map((k) => h("li", {},
        h("span", {}, formatDateTime(seconds(k.created_at))),
        h("span", { class: "hist-main" }, catLabel(k.category)),
        h("span", { class: "tag" }, k.decision ? actionName(k.decision) : t(`status.${k.status}`)),
        k.id === c.id ? h("span", { class: "muted small-text" }, `(${t("case.this_case")})`) : null)))
      : h("p", { class: "muted small-text" }, t("case.none")),
    h("h4", {}, t("case.sanctions"), h("span", { class: "panel-count" }, String(sanctions.length))),
    sanctions.length
      ? h("ul", { class: "hist-list" }, sanctions.map((s) => h("li", { class: s.revoked_at ? "revoked" : null },
        h("span", {}, formatDateTime(seconds(s.starts_at))),
        h("span", { class: "hist-main" }, actionName(s.action), s.room_id ? ` · ${s.room_id}` : ""),
        INSTANT.has(s.action) && !s.revoked_at ? null : h("span", { class: "tag" }, s.revoked_at ? t("case.revoked")
          : s.ends_at ? t("case.until", { date: formatDateTime(seconds(s.ends_at)) }) : t("case.permanent")))))
      : h("p", { class: "muted small-text" }, t("case.none_f")));
}

/** Who spoke when before a voice report (the media server's speaking detection). */
function speechList(v) {
  const turns = v.speech || [];
  if (!turns.length) return h("p", { class: "muted small-text" }, t("voice.speech_none"));
  return h("div", {},
    h("p", { class: "ev-label" }, t("voice.speech", { count: turns.length })),
    h("ol", { class: "ev-msgs voice-speech" }, turns.map((turn) => h("li", { class: turn.id === v.participant.id ? "ev-msg voice-turn reported" : "ev-msg voice-turn" },
      h("span", { class: "muted small-text" }, formatDateTime(turn.from * 1000)),
      " ", h("strong", {}, turn.pseudo || turn.id), " ",
      turn.to == null ? t("voice.speech_going_on") : t("voice.speech_for", { seconds: Math.max(1, Math.round(turn.to - turn.from)) })))));
}

/** Which rungs of the ladder apply to this case. */
function applicable(c) {
  const person = Boolean(c.target_user_id);
  const room = c.room_id || (c.target_type === "room" ? c.target_id : null);
  return {
    content: c.target_type === "message",
    person,
    kick: person && Boolean(c.room_id) && !String(c.room_id).startsWith("dm:"),
    voice: person && c.target_type === "voice",
    room: Boolean(room) && !String(room).startsWith("dm:"),
  };
}

function actionButton(action, label, { duration, kind = "", extra = {} } = {}) {
  return h("button", {
    type: "button", class: `btn btn-small act-btn ${kind}`.trim(),
    dataset: { action, ...(duration ? { duration: String(duration) } : {}), ...extra },
  }, label);
}

function renderDecision(c, history) {
  const form = state.form;
  if (c.status !== "open") {
    const note = c.status === "appealed"
      ? t("decide.appealed")
      : t("decide.decided", { action: actionName(c.decision), ago: c.decided_at ? formatAgo(seconds(c.decided_at)) : "" });
    return h("section", { class: "panel decide" },
      h("h3", { class: "panel-title" }, t("decide.title")),
      h("p", { class: "notice notice-success decided-note", role: "status" }, note),
      c.target_user_id ? newCaseBlock() : null);
  }
  const can = applicable(c);
  const never = NEVER_SANCTIONED.has(form.category);
  if (never) Object.assign(can, { content: false, person: false });
  const groundRadio = (value, text) => h("label", {},
    h("input", { type: "radio", name: "ground", value, checked: form.ground === value }),
    h("span", {}, text));
  const ladder = [];
  const held = state.detail?.held || [];
  if (held.length && !never) {
    // Held before delivery: nobody but the writer saw it yet. Publishing is a dismissal,
    // refusing a deletion (the message stays as evidence, the writer gets the reasons).
    ladder.push(h("div", { class: "act-group held-group" },
      h("p", { class: "notice held-note", role: "note" }, t("decide.held_note", { count: held.length })),
      h("div", { class: "act-row" },
        actionButton("dismiss", t("decide.release", { count: held.length }), { kind: "btn-primary" }),
        actionButton("delete_message", t("decide.refuse", { count: held.length }), { kind: "btn-warn" }))));
  }
  if (never) ladder.push(h("p", { class: "notice never-note", role: "note" }, t("decide.never_sanctioned")));
  ladder.push(h("div", { class: "act-group" },
    h("p", { class: "act-label" }, t("decide.g_none")),
    h("div", { class: "act-row" }, actionButton("dismiss", t("decide.dismiss")))));
  if (can.content) {
    ladder.push(h("div", { class: "act-group" },
      h("p", { class: "act-label" }, t("decide.g_content")),
      h("div", { class: "act-row" }, actionButton("delete_message", t("decide.delete_message"), { kind: "btn-warn" }))));
  }
  if (can.person) {
    ladder.push(h("div", { class: "act-group" },
      h("p", { class: "act-label" }, t("decide.g_person")),
      h("div", { class: "act-row" }, actionButton("warning", t("decide.warning"))),
      h("div", { class: "act-row" }, h("span", { class: "act-name" }, t("decide.mute")),
        actionButton("mute", t("decide.h1"), { duration: HOUR }),
        actionButton("mute", t("decide.h24"), { duration: DAY }),
        actionButton("mute", t("decide.d7"), { duration: 7 * DAY })),
      can.kick ? h("div", { class: "act-row" }, h("span", { class: "act-name" }, t("decide.kick")),
        actionButton("kick", t("decide.h1"), { duration: HOUR }),
        actionButton("kick", t("decide.h24"), { duration: DAY })) : null,
      can.voice ? h("div", { class: "act-row" }, actionButton("voice_remove", t("decide.voice_remove"))) : null,
      h("div", { class: "act-row" }, h("span", { class: "act-name" }, t("decide.suspension")),
        actionButton("suspension", t("decide.h24"), { duration: DAY, kind: "btn-warn" }),
        actionButton("suspension", t("decide.d7"), { duration: 7 * DAY, kind: "btn-warn" }),
        actionButton("suspension", t("decide.d30"), { duration: 30 * DAY, kind: "btn-warn" })),
      h("div", { class: "act-row" }, state.confirming === "ban"
        ? confirmBox("ban", t("decide.confirm_ban"), t("decide.confirm_ban_go"))
        : actionButton("ban", t("decide.ban"), { kind: "btn-danger" }))));
  }
  if (can.room) {
    ladder.push(h("div", { class: "act-group" },
      h("p", { class: "act-label" }, t("decide.g_room")),
      h("div", { class: "act-row slow-row" },
        h("label", { class: "mini-field" }, t("decide.slow_seconds"),
          h("input", { id: "slow-seconds", type: "number", min: "1", max: "3600", step: "1", value: String(form.slowSeconds), inputmode: "numeric" })),
        h("label", { class: "mini-field" }, t("decide.slow_for"),
          h("select", { id: "slow-for" },
            h("option", { value: String(HOUR), selected: form.slowFor === HOUR }, t("decide.h1")),
            h("option", { value: String(DAY), selected: form.slowFor === DAY }, t("decide.h24")))),
        actionButton("room_slow", t("decide.room_slow_go"))),
      h("div", { class: "act-row" }, h("span", { class: "act-name" }, t("decide.room_lock")),
        actionButton("room_lock", t("decide.h1"), { duration: HOUR }),
        actionButton("room_lock", t("decide.h24"), { duration: DAY })),
      h("div", { class: "act-row" }, state.confirming === "room_close"
        ? confirmBox("room_close", t("decide.confirm_close"), t("decide.confirm_close_go"))
        : actionButton("room_close", t("decide.room_close"), { kind: "btn-danger-ghost" }))));
  }
  return h("section", { class: "panel decide" },
    h("h3", { class: "panel-title" }, t("decide.title")),
    h("form", { id: "decide-form", class: "decide-form", novalidate: true },
      h("label", { for: "decide-category" }, t("decide.category")),
      h("select", { id: "decide-category" }, CATEGORIES.map((cat) =>
        h("option", { value: cat, selected: cat === form.category }, catLabel(cat)))),
      h("fieldset", { class: "ground" },
        h("legend", {}, t("decide.ground")),
        h("div", { class: "segmented small" },
          groundRadio("illegal", t("decide.ground_illegal")),
          groundRadio("incompatible", t("decide.ground_incompatible")))),
      h("label", { for: "decide-reference" }, t("decide.reference")),
      h("input", { id: "decide-reference", type: "text", maxlength: "300", value: form.reference }),
      h("label", { for: "decide-facts" }, t("decide.facts")),
      h("textarea", { id: "decide-facts", rows: "3", maxlength: "2000", "aria-describedby": "decide-facts-help" }, form.facts),
      h("p", { id: "decide-facts-help", class: "help" }, t("decide.facts_help"))),
    h("div", { class: "ladder" }, ladder),
    h("p", { id: "decide-error", class: "form-error", role: "alert", hidden: true }),
    c.target_user_id ? newCaseBlock() : null);
}

function confirmBox(action, question, go) {
  return h("div", { class: "confirm-box", role: "group" },
    h("p", {}, question),
    h("div", { class: "act-row" },
      actionButton(action, go, { kind: "btn-danger", extra: { confirmed: "1" } }),
      h("button", { type: "button", class: "btn btn-small btn-ghost", dataset: { act: "unconfirm" } }, t("common.cancel"))));
}

function newCaseBlock() {
  return h("div", { class: "new-case" },
    h("button", { type: "button", class: "btn btn-small", dataset: { act: "new-case" } }, icon("plus"), h("span", {}, t("decide.new_case"))),
    h("p", { class: "help" }, t("decide.new_case_help")));
}

function renderEscalation(c) {
  const highlight = CHILD_OR_THREAT.has(c.category);
  const today = new Date().toISOString().slice(0, 10).replaceAll("-", "");
  return h("section", { class: `panel escalate${highlight ? " hot" : ""}` },
    h("h3", { class: "panel-title" }, icon("siren"), h("span", {}, t("escalate.title"))),
    h("p", { class: "help" }, t("escalate.lead")),
    h("form", { id: "escalate-form", class: "escalate-form", novalidate: true },
      h("label", { for: "escalate-ref" }, t("escalate.ref")),
      h("div", { class: "inline-field" },
        h("input", { id: "escalate-ref", type: "text", maxlength: "60", value: `ESC-${today}-${c.id.slice(0, 6)}`, spellcheck: "false" }),
        h("button", { type: "submit", class: `btn btn-small ${highlight ? "btn-danger" : ""}`.trim(), disabled: c.urgent }, t("escalate.go")))),
    h("p", { id: "escalate-error", class: "form-error", role: "alert", hidden: true }));
}

// ------------------------------------------------------------------ decisions

function readForm() {
  const form = state.form;
  const category = $("#decide-category");
  if (!category) return form;
  form.category = category.value;
  form.ground = $("input[name=ground]:checked")?.value || form.ground;
  form.reference = $("#decide-reference").value;
  form.facts = $("#decide-facts").value;
  const slow = $("#slow-seconds");
  if (slow) {
    form.slowSeconds = Number(slow.value) || form.slowSeconds;
    form.slowFor = Number($("#slow-for").value) || HOUR;
  }
  return form;
}

function onCategoryChange() {
  const before = state.form.category;
  const form = readForm();
  const category = form.category;
  if (!form.referenceEdited) form.reference = LEGAL_REFERENCE[category] || "";
  if (!form.factsEdited) form.facts = DEFAULT_FACTS[category] || "";
  form.ground = INCOMPATIBLE.has(category) ? "incompatible" : "illegal";
  $("#decide-reference").value = form.reference;
  $("#decide-facts").value = form.facts;
  for (const radio of $$("input[name=ground]")) radio.checked = radio.value === form.ground;
  if (NEVER_SANCTIONED.has(before) !== NEVER_SANCTIONED.has(category)) {
    renderCase(); // the ladder changes: a person in danger is never sanctioned
    $("#decide-category")?.focus();
  }
}

async function decide(btn) {
  const c = state.detail?.case;
  if (!c) return;
  const action = btn.dataset.action;
  if ((action === "ban" || action === "room_close") && !btn.dataset.confirmed) {
    // The only two measures without an end: one more click to be sure.
    readForm();
    state.confirming = action;
    renderCase();
    $(".confirm-box .btn-danger")?.focus();
    return;
  }
  const form = readForm();
  const body = {
    action, category: form.category, ground: form.ground,
    reference: form.reference.trim(), facts: form.facts.trim(),
  };
  if (btn.dataset.duration) body.duration = Number(btn.dataset.duration);
  if (action === "room_slow") {
    body.slow_seconds = Math.round(form.slowSeconds);
    body.duration = form.slowFor;
  }
  const error = $("#decide-error");
  setError(error, "");
  for (const b of $$(".act-btn")) b.disabled = true;
  try {
    await api("POST", `/api/mod/cases/${encodeURIComponent(c.id)}/decision`, body);
  } catch (err) {
    for (const b of $$(".act-btn")) b.disabled = false;
    setError(error, errorMessage(err));
    return;
  }
  state.confirming = null;
  toast(t("decide.done", { action: actionName(action) }), "success");
  await Promise.all([loadQueue(), openCase(c.id, { focus: false })]);
}

async function openNewCase() {
  const c = state.detail?.case;
  if (!c?.target_user_id) return;
  const form = readForm();
  try {
    const created = await api("POST", "/api/mod/cases", {
      target_type: "user", target_id: c.target_user_id, category: form.category || c.category,
    });
    toast(t("decide.new_case_done"), "success");
    state.form = null;
    await loadQueue();
    await openCase(created.id);
  } catch (err) {
    toast(errorMessage(err), "error");
  }
}

async function escalate() {
  const c = state.detail?.case;
  if (!c) return;
  const ref = $("#escalate-ref").value.trim();
  const error = $("#escalate-error");
  setError(error, "");
  try {
    const result = await api("POST", `/api/mod/cases/${encodeURIComponent(c.id)}/escalate`, { request_ref: ref });
    banner("ok", t("escalate.done", { path: result.export }));
  } catch (err) {
    setError(error, errorMessage(err));
    return;
  }
  readForm();
  await Promise.all([loadQueue(), openCase(c.id, { focus: false })]);
}

function bindCase() {
  const view = $("#case-view");
  view.addEventListener("click", (e) => {
    const btn = e.target.closest("button");
    if (!btn || btn.disabled) return;
    if (btn.dataset.action) decide(btn);
    else if (btn.dataset.act === "back") closeCase();
    else if (btn.dataset.act === "unconfirm") {
      readForm();
      state.confirming = null;
      renderCase();
    } else if (btn.dataset.act === "new-case") openNewCase();
  });
  view.addEventListener("change", (e) => {
    if (e.target.id === "decide-category") onCategoryChange();
  });
  view.addEventListener("input", (e) => {
    if (e.target.id === "decide-facts") state.form.factsEdited = true;
    if (e.target.id === "decide-reference") state.form.referenceEdited = true;
  });
  view.addEventListener("submit", (e) => {
    e.preventDefault();
    if (e.target.id === "escalate-form") escalate();
  });
}

// ------------------------------------------------------------------ appeals (DSA art. 20)

async function loadAppeals() {
  try {
    state.appeals = await api("GET", "/api/mod/appeals");
  } catch (error) {
    if (state.session) $("#appeals-status").textContent = errorMessage(error);
    return;
  }
  renderAppeals();
}

function renderAppeals({ force = false } = {}) {
  const appeals = state.appeals;
  const count = $("#appeals-count");
  count.hidden = appeals.length === 0;
  count.textContent = String(appeals.length);
  $("#appeals-status").textContent = appeals.length ? "" : t("appeals.empty");
  const list = $("#appeals-list");
  if (!force && list.contains(document.activeElement)) return; // never pull it from under a moderator
  // Keep drafts and errors when the list refreshes.
  const drafts = new Map($$("[data-appeal] textarea", list).map((el) => [el.closest("[data-appeal]").dataset.appeal, el.value]));
  const errors = new Map($$("[data-appeal] .form-error:not([hidden])", list).map((el) => [el.closest("[data-appeal]").dataset.appeal, el.textContent]));
  const me = state.session?.staff.id;
  replace(list, appeals.map((a) => {
    // A reporter's appeal may contest a decision without statement (a dismissal).
    const s = a.statement || { action: a.decision?.action, category_specification: a.decision?.category };
    const reference = s.illegal_content_legal_ground || s.incompatible_content_ground || "";
    const id = `appeal-${a.id}`;
    const error = h("p", { class: "form-error", role: "alert", hidden: !errors.get(a.id) }, errors.get(a.id) || "");
    return h("li", { class: "appeal-card", dataset: { appeal: a.id } },
      h("div", { class: "appeal-head" },
        h("span", { class: "tag" }, t("queue.appealed")),
        h("span", { class: "muted small-text" }, t("appeals.filed", { ago: formatAgo(seconds(a.created_at)) }))),
      h("div", { class: "appeal-original" },
        h("p", { class: "act-label" }, t("appeals.original")),
        h("p", { class: "appeal-decision" }, actionName(s.action), " · ", catLabel(s.category_specification)),
        h("dl", { class: "appeal-facts" },
          h("dt", {}, t("appeals.facts")), h("dd", {}, s.decision_facts || t("common.none")),
          h("dt", {}, t("appeals.reference")), h("dd", {}, reference || t("common.none"))),
        s.application_date ? h("p", { class: "muted small-text" }, t("appeals.decided_on", { date: formatIsoDate(s.application_date) })) : null,
        a.decided_by_original === me ? h("p", { class: "notice notice-warn small-text" }, t("appeals.yours")) : null,
        a.from_reporter ? h("p", { class: "muted small-text" }, t("appeals.from_reporter")) : null),
      h("p", { class: "act-label" }, t("appeals.text")),
      h("blockquote", { class: "report-text" }, a.text),
      h("label", { for: id }, t("appeals.explanation")),
      h("textarea", { id, rows: "2", maxlength: "2000" }, drafts.get(a.id) || ""),
      error,
      h("div", { class: "act-row" },
        h("button", { type: "button", class: "btn btn-small", dataset: { outcome: "uphold" } }, t("appeals.uphold")),
        h("button", { type: "button", class: "btn btn-small btn-primary", dataset: { outcome: "reverse" } },
          t(a.from_reporter ? "appeals.reopen" : "appeals.reverse"))));
  }));
}

async function decideAppeal(btn) {
  const card = btn.closest("[data-appeal]");
  const appealId = card.dataset.appeal;
  const error = card.querySelector(".form-error");
  setError(error, "");
  const buttons = card.querySelectorAll("button");
  for (const b of buttons) b.disabled = true;
  try {
    await api("POST", `/api/mod/appeals/${encodeURIComponent(appealId)}/decision`, {
      outcome: btn.dataset.outcome, explanation: card.querySelector("textarea").value.trim(),
    });
  } catch (err) {
    // 409 same_moderator: the server's words, in the card, where the moderator looks.
    for (const b of buttons) b.disabled = false;
    setError(error, errorMessage(err));
    return;
  }
  toast(btn.dataset.outcome === "reverse" ? t("appeals.done_reverse") : t("appeals.done_uphold"), "success");
  state.appeals = state.appeals.filter((a) => a.id !== appealId);
  renderAppeals({ force: true });
  $("#appeals-refresh").focus();
  loadQueue();
}

// ------------------------------------------------------------------ audit

async function verifyAudit() {
  const btn = $("#audit-btn");
  btn.disabled = true;
  banner("ok", t("audit.checking"));
  try {
    const result = await api("GET", "/api/mod/audit/verify");
    if (result.intact) banner("ok", t("audit.intact"));
    else banner("danger", t("audit.broken", { count: result.problems.length }), result.problems);
  } catch (err) {
    banner("danger", errorMessage(err));
  } finally {
    btn.disabled = false;
  }
}

// ------------------------------------------------------------------ voice rooms (issue 13 §5)

async function loadVoice() {
  let rooms;
  try {
    rooms = (await api("GET", "/api/mod/voice")).rooms;
  } catch (error) {
    if (state.session) $("#voice-status").textContent = errorMessage(error);
    replace($("#voice-list"));
    return;
  }
  const count = $("#voice-count");
  const people = rooms.reduce((n, r) => n + r.participants.length, 0);
  count.hidden = people === 0;
  count.textContent = String(people);
  $("#voice-status").textContent = rooms.length ? "" : t("voice.empty");
  replace($("#voice-list"), rooms.map((r) => h("li", { class: "appeal-card", dataset: { voiceRoom: r.room } },
    h("div", { class: "appeal-head" },
      h("strong", {}, r.name), h("span", { class: "muted small-text" }, `${r.room} · ${t("voice.count", { count: r.participants.length, cap: r.cap })}`)),
    h("ul", { class: "hist-list" }, r.participants.map((p) => h("li", {},
      h("span", { class: "hist-main" }, p.pseudo),
      h("span", { class: "muted small-text" }, t("voice.since", { time: formatDateTime(p.since) })),
      p.muted ? h("span", { class: "tag" }, t("voice.muted")) : null,
      h("button", {
        type: "button", class: "btn btn-small btn-danger", dataset: { remove: p.id, room: r.room, pseudo: p.pseudo },
        "aria-label": t("voice.remove_label", { pseudo: p.pseudo, room: r.name }),
        "aria-expanded": String(state.voiceRemoving === `${r.room}/${p.id}`),
      }, t("voice.remove")),
      state.voiceRemoving === `${r.room}/${p.id}` ? voiceRemoveForm(r.room, p) : null))))));
}

/** The reasons of a live removal: they become the person's statement of reasons. */
function voiceRemoveForm(room, p) {
  const category = state.voiceCategory || "harassment";
  return h("form", { class: "decide-form voice-remove-form", dataset: { room, user: p.id, pseudo: p.pseudo }, novalidate: true },
    h("p", { class: "act-label" }, t("voice.remove_title", { pseudo: p.pseudo })),
    h("label", { for: "voice-remove-category" }, t("decide.category")),
    h("select", { id: "voice-remove-category" }, CATEGORIES.filter((cat) => !NEVER_SANCTIONED.has(cat)).map((cat) =>
      h("option", { value: cat, selected: cat === category }, catLabel(cat)))),
    h("label", { for: "voice-remove-facts" }, t("decide.facts")),
    h("textarea", { id: "voice-remove-facts", rows: "2", maxlength: "2000", "aria-describedby": "voice-remove-help" }, DEFAULT_FACTS[category] || ""),
    h("p", { id: "voice-remove-help", class: "help" }, t("voice.remove_help")),
    h("div", { class: "act-row" },
      h("button", { type: "submit", class: "btn btn-small btn-danger" }, t("voice.remove_go")),
      h("button", { type: "button", class: "btn btn-small btn-ghost", dataset: { act: "voice-cancel" } }, t("common.cancel"))));
}

async function removeFromVoice(form) {
  const category = form.querySelector("select").value;
  const go = form.querySelector("button[type=submit]");
  go.disabled = true;
  try {
    await api("POST", "/api/mod/voice/remove", {
      room: form.dataset.room, user: form.dataset.user, category,
      ground: INCOMPATIBLE.has(category) ? "incompatible" : "illegal",
      reference: LEGAL_REFERENCE[category] || "",
      facts: form.querySelector("textarea").value.trim(),
    });
    toast(t("voice.removed", { pseudo: form.dataset.pseudo }), "success");
    state.voiceRemoving = null;
  } catch (error) {
    go.disabled = false;
    toast(errorMessage(error), "error");
    return;
  }
  await Promise.all([loadVoice(), loadQueue()]);
}

// ------------------------------------------------------------------ boot

function bindConsole() {
  $(".mod-tabs").addEventListener("click", (e) => {
    const tab = e.target.closest("[data-tab]");
    if (tab) selectTab(tab.dataset.tab);
  });
  $(".mod-tabs").addEventListener("keydown", (e) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    e.preventDefault();
    const tabs = $$(".mod-tab").map((b) => b.dataset.tab);
    const at = tabs.indexOf(state.tab);
    const next = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: tabs.length - 1 }[e.key];
    selectTab(tabs[(next + tabs.length) % tabs.length]);
  });
  $("#queue-list").addEventListener("click", (e) => {
    const item = e.target.closest("[data-case]");
    if (item) {
      if (item.dataset.case !== state.selected) state.form = null;
      openCase(item.dataset.case);
    }
  });
  $("#refresh-btn").addEventListener("click", () => loadQueue());
  $("#appeals-refresh").addEventListener("click", () => loadAppeals());
  $("#voice-refresh").addEventListener("click", () => loadVoice());
  $("#voice-list").addEventListener("click", (e) => {
    const btn = e.target.closest("button[data-remove]");
    if (btn) {
      const key = `${btn.dataset.room}/${btn.dataset.remove}`;
      state.voiceRemoving = state.voiceRemoving === key ? null : key;
      state.voiceCategory = null;
      loadVoice().then(() => $("#voice-remove-category")?.focus());
    } else if (e.target.closest("[data-act=voice-cancel]")) {
      state.voiceRemoving = null;
      loadVoice();
    }
  });
  $("#voice-list").addEventListener("change", (e) => {
    if (e.target.id !== "voice-remove-category") return;
    const facts = $("#voice-remove-facts");
    if (facts && (!facts.value.trim() || Object.values(DEFAULT_FACTS).includes(facts.value))) {
      facts.value = DEFAULT_FACTS[e.target.value] || "";
    }
    state.voiceCategory = e.target.value;
  });
  $("#voice-list").addEventListener("submit", (e) => {
    e.preventDefault();
    removeFromVoice(e.target);
  });
  $("#appeals-list").addEventListener("click", (e) => {
    const btn = e.target.closest("button[data-outcome]");
    if (btn && !btn.disabled) decideAppeal(btn);
  });
  $("#calls-refresh").addEventListener("click", () => loadCalls());
  $("#calls-live").addEventListener("change", () => loadCalls());
  $("#calls-list").addEventListener("click", (e) => {
    const btn = e.target.closest("button[data-end-call]");
    if (btn && !btn.disabled) endCall(btn);
  });
  $("#audit-btn").addEventListener("click", verifyAudit);
  $("#banner-close").addEventListener("click", () => { $("#banner").hidden = true; });
  $("#logout-btn").addEventListener("click", async () => {
    try {
      await api("POST", "/api/mod/logout");
    } catch {
      // Signed out here either way; the token expires on the server by itself.
    }
    signOut(t("login.logged_out"));
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || !state.selected || $("#console").hidden) return;
    if (e.target.closest?.("input, textarea, select")) return;
    closeCase();
  });
  window.addEventListener("focus", () => { if (state.session) refresh(); });
  window.addEventListener("papote:lang", () => {
    if (!state.session) return;
    $("#me-login").textContent = t("top.signed_in", { login: state.session.staff.login });
    renderQueue();
    renderAppeals();
    if (state.detail) {
      readForm();
      renderCase();
    }
  });
}

async function boot() {
  applyTheme(currentTheme());
  setLocaleBase("/mod/locales/");
  try {
    await setLang(preferredLang(), { save: false });
  } catch {
    // Without the locale files the console keeps the French text of the page.
  }
  document.title = t("login.doc_title");
  hydrateIcons(document);
  for (const select of $$("[data-lang-select]")) {
    select.addEventListener("change", () => setLang(select.value));
  }
  bindLogin();
  bindConsole();
  bindCase();
  state.session = loadSession();
  if (!state.session) {
    showLogin();
    return;
  }
  try {
    const staff = await api("GET", "/api/mod/me");
    state.session.staff = staff;
    startConsole();
  } catch (error) {
    if (state.session) signOut(error.code === "network" ? t("errors.network") : t("login.expired"));
  }
}

boot();
