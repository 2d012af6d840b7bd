// The entry page: pseudo, gender, age, postal code and the charter (docs/protocol.md §1.1).
// The server decides what is valid; its refusals are shown next to the field they name.
import { enter } from "./comeback.js";
import { $, $$, setError } from "./dom.js";
import { errorText } from "./errors.js";
import { t } from "./i18n.js";
import { lastDecision } from "./session.js";

const FIELDS = ["pseudo", "gender", "age", "postal_code", "charter"];
const FOCUS = {
  pseudo: "#entry-pseudo",
  gender: "input[name=gender]",
  age: "#entry-age",
  postal_code: "#entry-postal",
  charter: "#entry-charter",
};

function clearErrors() {
  for (const field of FIELDS) showFieldError(field, "");
  setError($("#entry-form-error"), "");
  showDecisionLink(null);
}

/** The link to the decision that closed this person's access (suspension or ban). */
function showDecisionLink(url) {
  $("#entry-decision").hidden = !url;
  if (url) $("#entry-decision-link").setAttribute("href", url);
}

function showFieldError(field, message) {
  const error = $(`#entry-${field}-error`);
  setError(error, message);
  const wrapper = $(`#entry-form [data-field="${field}"]`);
  wrapper?.classList.toggle("invalid", Boolean(message));
  for (const input of $$(`[name="${field}"]`, $("#entry-form"))) {
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
}

function readForm() {
  const form = $("#entry-form");
  const abroad = $("#entry-abroad").checked;
  return {
    pseudo: form.elements.pseudo.value.trim(),
    gender: form.elements.gender.value,
    age: form.elements.age.value.trim(),
    postal_code: abroad ? "etranger" : form.elements.postal_code.value.trim(),
    charter: $("#entry-charter").checked,
  };
}

/** Only "is it filled in?" here; what is acceptable is the server's call. */
function checkFilled(values) {
  const missing = {};
  if (!values.pseudo) missing.pseudo = t("entry.need_pseudo");
  if (!values.gender) missing.gender = t("entry.need_gender");
  if (!values.age) missing.age = t("entry.need_age");
  else if (!/^\d{1,3}$/.test(values.age)) missing.age = t("errors.age_invalid");
  if (!values.postal_code) missing.postal_code = t("entry.need_postal");
  if (!values.charter) missing.charter = t("entry.need_charter");
  return missing;
}

function focusField(field) {
  const target = field === "gender"
    ? $("input[name=gender]:checked") || $(FOCUS.gender)
    : $(FOCUS[field] || "#entry-pseudo");
  target?.focus();
}

/** Wire the form once; `onEnter(session)` gets {token, user} after a 201. */
export function initEntry({ onEnter }) {
  const form = $("#entry-form");
  const abroad = $("#entry-abroad");
  abroad.addEventListener("change", () => {
    $("#entry-postal").disabled = abroad.checked;
    if (abroad.checked) showFieldError("postal_code", "");
  });
  for (const field of FIELDS) {
    for (const input of $$(`[name="${field}"]`, form)) {
      input.addEventListener("input", () => showFieldError(field, ""));
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    const values = readForm();
    const missing = checkFilled(values);
    const fields = Object.keys(missing);
    if (fields.length) {
      for (const field of fields) showFieldError(field, missing[field]);
      focusField(fields[0]);
      return;
    }
    const submit = $("#entry-submit");
    submit.disabled = true;
    submit.textContent = t("entry.submitting");
    try {
      const session = await enter({
        pseudo: values.pseudo,
        gender: values.gender,
        age: Number(values.age),
        postal_code: values.postal_code,
      });
      onEnter(session);
    } catch (error) {
      const message = error.code === "network" ? t("errors.network") : errorText(error);
      const field = error.field === "postal_code" && values.postal_code === "etranger" ? null : error.field;
      if (field && FIELDS.includes(field)) {
        showFieldError(field, message);
        focusField(field);
      } else {
        // A suspended or banned person (403 banned) is refused whatever the pseudo.
        setError($("#entry-form-error"), message);
        if (error.code === "banned" || error.code === "adults_only") showDecisionLink(lastDecision());
      }
    } finally {
      submit.disabled = false;
      submit.textContent = t("entry.submit");
    }
  });
}

/**
 * Show the entry page, with an optional notice (e.g. session expired; `tone` "danger" for a
 * suspension or ban, with the link to the decision) and prefilled fields.
 */
export function showEntry({ notice = "", prefill = null, tone = "", decision = null } = {}) {
  clearErrors();
  const form = $("#entry-form");
  if (prefill) {
    form.elements.pseudo.value = prefill.pseudo || "";
    for (const radio of form.elements.gender) radio.checked = radio.value === prefill.gender;
    form.elements.age.value = prefill.age || "";
    const abroad = prefill.departement === "etranger";
    $("#entry-abroad").checked = abroad;
    $("#entry-postal").disabled = abroad;
  }
  const noticeEl = $("#entry-notice");
  noticeEl.textContent = notice;
  noticeEl.hidden = !notice;
  noticeEl.classList.toggle("notice-danger", tone === "danger");
  noticeEl.setAttribute("role", tone === "danger" ? "alert" : "status");
  showDecisionLink(decision);
  $("#boot").hidden = true;
  $("#app").hidden = true;
  $("#entry").hidden = false;
  $("#entry-pseudo").focus();
}
