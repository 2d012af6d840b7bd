// The member list of the open room with its filters (gender, age range, département).
// The list is a window the server keeps (§2.3): the first page in pseudo order, filtered
// by the server when filters are set (chat.js asks with `members`), longer on demand.
import { DEPARTEMENTS, deptSortKey } from "../departements.js";
import { $, h, replace } from "../dom.js";
import { currentLang, t } from "../i18n.js";
import { avatar, deptLabel } from "../people.js";
import { MEMBER_LIMIT_MAX, NO_FILTERS, filtering, matchesFilters } from "../state.js";

export { NO_FILTERS };

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

/** Every département, once per language (the list is no longer all in the browser). */
function renderDeptChoices(selected) {
  const select = $("#filter-dept");
  const lang = currentLang();
  if (select.dataset.lang !== lang) {
    const codes = [...Object.keys(DEPARTEMENTS), "etranger"].sort((a, b) => deptSortKey(a) - deptSortKey(b));
    replace(select, h("option", { value: "" }, t("filters.all_depts")),
      codes.map((code) => h("option", { value: code }, deptLabel(code))));
    select.dataset.lang = lang;
  }
  select.value = selected;
}

export function renderMembers(state, filters) {
  const room = state.active && state.rooms.get(state.active);
  const me = state.me;
  // Filtered here too while the server's answer is on its way.
  const members = room ? [...room.members.values()].filter((u) => !state.blocked.has(u.id) && matchesFilters(filters, u)) : [];
  const collator = new Intl.Collator(currentLang(), { sensitivity: "base" });
  members.sort((a, b) => (a.id === me.id ? -1 : b.id === me.id ? 1 : collator.compare(a.pseudo, b.pseudo)));
  renderDeptChoices(filters.dept);

  const active = filtering(filters);
  const count = room ? Math.max(room.memberCount, members.length) : 0;
  const matching = room && filtering(room.view.filters) === active ? Math.max(room.matching, members.length) : members.length;
  $("#filters-reset").hidden = !active;
  $("#members-count").textContent = active ? t("members.count_filtered", { shown: matching, count }) : String(count);
  const list = $("#member-list");
  replace(list, members.map((u) => {
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
  // More than the window holds: a longer one on demand, up to the server's longest.
  const rest = matching - members.length;
  const canLoad = Boolean(room) && rest > 0 && room.view.limit < MEMBER_LIMIT_MAX;
  const load = $("#members-load");
  load.hidden = !canLoad;
  load.textContent = t("members.load_more", { count: rest });
  const more = $("#members-more");
  more.hidden = canLoad || rest <= 0;
  more.textContent = t("members.more", { count: rest });
  if (room && members.length === 0) {
    list.append(h("li", { class: "muted member-empty" }, count > 1 || active ? t("members.none_match") : t("members.empty")));
  }
}
