// The member list of the open room with its filters (gender, age range, département).
import { deptSortKey } from "../departements.js";
import { $, h, replace } from "../dom.js";
import { currentLang, t } from "../i18n.js";
import { avatar, deptLabel } from "../people.js";

const MAX_MEMBERS_SHOWN = 300;

export const NO_FILTERS = Object.freeze({ gender: "", ageMin: null, ageMax: null, dept: "" });

/** The filters as the form says them. */
export function readFilters() {
  const form = $("#member-filters");
  const num = (v) => (v === "" || Number.isNaN(Number(v)) ? null : Number(v));
  return {
    gender: form.elements.fgender.value,
    ageMin: num(form.elements.amin.value),
    ageMax: num(form.elements.amax.value),
    dept: form.elements.dept.value,
  };
}

function matches(filters, user) {
  if (filters.gender && user.gender !== filters.gender) return false;
  if (filters.ageMin != null && user.age < filters.ageMin) return false;
  if (filters.ageMax != null && user.age > filters.ageMax) return false;
  if (filters.dept && user.departement !== filters.dept) return false;
  return true;
}

export function renderMembers(state, filters) {
  const room = state.active && state.rooms.get(state.active);
  const me = state.me;
  const members = room ? [...room.members.values()].filter((u) => !state.blocked.has(u.id)) : [];
  const collator = new Intl.Collator(currentLang(), { sensitivity: "base" });
  members.sort((a, b) => (a.id === me.id ? -1 : b.id === me.id ? 1 : collator.compare(a.pseudo, b.pseudo)));

  // Département choices: those present in the room, plus the one selected.
  const depts = new Map();
  for (const u of members) depts.set(u.departement, (depts.get(u.departement) || 0) + 1);
  if (filters.dept && !depts.has(filters.dept)) depts.set(filters.dept, 0);
  const select = $("#filter-dept");
  replace(select, h("option", { value: "" }, t("filters.all_depts")),
    [...depts.entries()].sort((a, b) => deptSortKey(a[0]) - deptSortKey(b[0])).map(([code, n]) =>
      h("option", { value: code }, `${deptLabel(code)} · ${n}`)));
  select.value = filters.dept;

  const shown = members.filter((u) => matches(filters, u));
  const filtering = Boolean(filters.gender || filters.ageMin != null || filters.ageMax != null || filters.dept);
  $("#filters-reset").hidden = !filtering;
  $("#members-count").textContent = filtering ? t("members.count_filtered", { shown: shown.length, count: members.length }) : String(members.length);
  const list = $("#member-list");
  replace(list, shown.slice(0, MAX_MEMBERS_SHOWN).map((u) => {
    const self = u.id === me.id;
    return h("li", {},
      // Named by what it shows (WCAG 2.5.3), the département spelt out for a screen reader.
      h("button", { type: "button", class: `member${self ? " is-me" : ""}`, dataset: { user: u.id } },
        avatar(u),
        h("span", { class: "member-main" },
          h("span", { class: "member-pseudo" }, u.pseudo, self ? h("span", { class: "member-you" }, t("members.you")) : null),
          h("span", { class: "member-meta" }, `${t(`gender_short.${u.gender}`)} · ${t("profile.age", { age: u.age })}`)),
        h("span", { class: "member-dept", title: deptLabel(u.departement), "aria-hidden": "true" },
          u.departement === "etranger" ? t("dept.abroad_short") : u.departement),
        h("span", { class: "visually-hidden" }, `, ${deptLabel(u.departement)}`)));
  }));
  const more = $("#members-more");
  more.hidden = shown.length <= MAX_MEMBERS_SHOWN;
  more.textContent = t("members.more", { count: shown.length - MAX_MEMBERS_SHOWN });
  if (room && shown.length === 0) {
    list.append(h("li", { class: "muted member-empty" }, members.length ? t("members.none_match") : t("members.empty")));
  }
}
