// Translations: every UI string lives in /locales/<lang>.json (French first, English second).
// Markup declares `data-i18n="key"` (text) and `data-i18n-attr="attr=key;attr2=key2"`.

export const LANGUAGES = ["fr", "en"];
const STORAGE_KEY = "papote.lang";

let lang = "fr";
let dict = {};
let fallback = {};
let plural = new Intl.PluralRules("fr");
let localeBase = "/locales/";

/** Where the locale files are: the chat and the notice page use /locales/, the moderator
 * console its own /mod/locales/ (call before the first setLang). */
export function setLocaleBase(base) {
  localeBase = base.endsWith("/") ? base : `${base}/`;
}

async function fetchLocale(code) {
  const response = await fetch(`${localeBase}${code}.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`locale ${code}: HTTP ${response.status}`);
  return response.json();
}

function lookup(table, key) {
  let node = table;
  for (const part of key.split(".")) {
    if (node == null || typeof node !== "object") return undefined;
    node = node[part];
  }
  return node;
}

/** The language in use ("fr" or "en"). */
export const currentLang = () => lang;

/** The saved language, else French (Papote is French first, whatever the browser says). */
export function preferredLang() {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(saved) ? saved : "fr";
}

/** Load `code` (French stays loaded as the fallback) and apply it to the document. */
export async function setLang(code, { save = true } = {}) {
  if (!LANGUAGES.includes(code)) code = "fr";
  if (!Object.keys(fallback).length) fallback = await fetchLocale("fr");
  dict = code === "fr" ? fallback : await fetchLocale(code);
  lang = code;
  plural = new Intl.PluralRules(code);
  if (save) localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = code;
  applyI18n(document);
  for (const select of document.querySelectorAll("[data-lang-select]")) select.value = code;
  window.dispatchEvent(new CustomEvent("papote:lang", { detail: code }));
}

/** Is there a string for `key`? */
export const has = (key) => lookup(dict, key) != null || lookup(fallback, key) != null;

const GENDERS = ["f", "m", "x"];

/**
 * Does a word sound like it starts with a vowel? Letters a e i o u (accented or not), and
 * y before a consonant ("Yvan", not "Yasmine"). An h is left alone: whether it is muet or
 * aspiré cannot be told from a pseudo.
 */
export function startsWithVowelSound(word) {
  const text = String(word).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (/^[aeiouœæ]/.test(text)) return true;
  return /^y[^aeiouy]/.test(text);
}

/**
 * The string for `key` with `{name}` placeholders filled from `params` (see format).
 */
export function t(key, params = {}) {
  const value = lookup(dict, key) ?? lookup(fallback, key);
  if (value == null) return key;
  return format(value, params, plural) ?? key;
}

/**
 * Fill a locale value. A value that is an object of gender forms ({f, m, x}) is chosen with
 * `params.gender` (x, the inclusive form, when the gender is not known); one of plural
 * forms ({one, other}) with `params.count` and `rules` (Intl.PluralRules). French elision
 * is applied where a value is inserted: "de {pseudo}" with "Alice_75" reads "d'Alice_75",
 * "que {pseudo}" reads "qu'…". Pure: Node's tests call it (tests/js/i18n.test.mjs).
 */
export function format(value, params, rules) {
  if (value && typeof value === "object" && GENDERS.some((g) => g in value)) {
    value = value[GENDERS.includes(params.gender) ? params.gender : "x"] ?? value.x;
  }
  if (value && typeof value === "object") {
    const form = rules.select(Number(params.count ?? 0));
    value = value[form] ?? value.other;
  }
  if (value == null) return null;
  return String(value).replace(/(\b(?:[dD]e|[qQ]ue) )?\{(\w+)\}/g, (match, before, name) => {
    if (params[name] == null) return match;
    const text = String(params[name]);
    if (before && startsWithVowelSound(text)) return `${before.slice(0, -2)}'${text}`;
    return `${before || ""}${text}`;
  });
}

/** Apply `data-i18n` and `data-i18n-attr` under `root`. */
export function applyI18n(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split("=").map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}

/** Time "14:05" in the current language. */
export function formatTime(ts) {
  return new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit" }).format(ts);
}

/** A day label: "Aujourd'hui", "Hier", or "lundi 3 mars". */
export function formatDay(ts) {
  const day = new Date(ts);
  const today = new Date();
  const start = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const diff = Math.round((start(today) - start(day)) / 86400000);
  if (diff === 0) return t("time.today");
  if (diff === 1) return t("time.yesterday");
  const opts = { weekday: "long", day: "numeric", month: "long" };
  if (day.getFullYear() !== today.getFullYear()) opts.year = "numeric";
  return new Intl.DateTimeFormat(lang, opts).format(day);
}

/** A date and time, "26 nov. 2026, 14:05" (ms since the epoch). */
export function formatDateTime(ts) {
  return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(ts);
}

/** A calendar date given as "YYYY-MM-DD" (DSA statement fields), e.g. "26 novembre 2026". */
export function formatIsoDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ""));
  if (!match) return String(iso || "");
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

/** "il y a 5 minutes" / "5 minutes ago" for a past time (ms since the epoch). */
export function formatAgo(ts, now = Date.now()) {
  const seconds = Math.round((ts - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), "hour");
  return rtf.format(Math.round(seconds / 86400), "day");
}

/** Full date and time for a `title`/`datetime` tooltip. */
export function formatFull(ts) {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "medium" }).format(ts);
}
