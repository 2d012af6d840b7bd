// How a person is shown: avatar initial, "Femme · 27 ans · Paris (75)".
import { DEPARTEMENTS } from "./departements.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";

/** The initial of a pseudo, for avatars. */
export const initial = (pseudo) => ([...(pseudo || "?")][0] || "?").toLocaleUpperCase();

/** "Paris (75)", "Corse-du-Sud (2A)", "Étranger". */
export function deptLabel(code) {
  if (!code) return "";
  if (code === "etranger") return t("dept.abroad");
  return DEPARTEMENTS[code] ? `${DEPARTEMENTS[code]} (${code})` : code;
}

/** "Femme · 27 ans · Paris (75)". */
export function describeUser(user) {
  if (!user) return "";
  const parts = [];
  if (user.gender) parts.push(t(`gender_short.${user.gender}`));
  if (user.age) parts.push(t("profile.age", { age: user.age }));
  if (user.departement) parts.push(deptLabel(user.departement));
  return parts.join(" · ");
}

/** A round avatar with the initial, colored by gender. */
export function avatar(user, extra = "") {
  const gender = user?.gender || "u";
  return h("span", { class: `avatar g-${gender} ${extra}`.trim(), "aria-hidden": "true" }, initial(user?.pseudo));
}
