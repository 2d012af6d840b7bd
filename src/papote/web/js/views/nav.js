// Finding one's way: the salon/DM/private-room list, the tabs, the room header, one's own
// card, the connection state and the page title, all drawn from the state (state.js).
import { outgoingRow } from "../dmrequests.js";
import { $, h, replace } from "../dom.js";
import { has, t } from "../i18n.js";
import { hydrateIcons } from "../icons.js";
import { isMuted, setBadge } from "../notify.js";
import { avatar, describeUser, initial } from "../people.js";

export function roomTitle(state, room) {
  if (room.kind === "dm") return state.dms.get(room.id)?.pseudo || room.name || t("dm.conversation");
  return room.name || room.id;
}

function badge(count, mention, label) {
  if (!count) return null;
  return h("span", { class: `badge${mention ? " badge-hot" : ""}`, "aria-label": label }, count > 99 ? "99+" : String(count));
}

export function renderSidebar(state) {
  // Public salons, grouped by category, with live member counts and unread badges.
  const groups = new Map();
  for (const salon of state.salons) {
    const cat = salon.category || "other";
    if (!groups.has(cat)) groups.set(cat, []);
    groups.get(cat).push(salon);
  }
  const sections = [];
  for (const [cat, salons] of groups) {
    const title = has(`categories.${cat}`) ? t(`categories.${cat}`) : cat;
    const titleId = `salon-cat-${cat}`;
    sections.push(h("section", { class: "side-section", "aria-labelledby": titleId },
      h("h2", { class: "side-title", id: titleId }, title),
      h("ul", { class: "side-list" }, salons.map((s) => salonRow(state, s)))));
  }
  if (state.voiceAvailable === false) {
    // [voice] media_server: none, or Janus missing: voice salons are not listed; say why.
    sections.push(h("p", { class: "side-note muted small-text", id: "voice-unavailable" }, t("voice.unavailable_notice")));
  }
  replace($("#salon-sections"), sections);

  const privateRooms = [...state.rooms.values()].filter((r) => r.kind === "room" && r.joined);
  replace($("#private-list"), privateRooms.map((room) =>
    sideRow(state, room.id, [h("span", { class: "side-icon", "data-icon": "lock" }), h("span", { class: "side-name" }, roomTitle(state, room))], room)));

  const dmRows = [];
  for (const [roomId, other] of state.dms) {
    if (state.blocked.has(other.id)) continue;
    const room = state.rooms.get(roomId);
    dmRows.push(sideRow(state, roomId, [avatar(other, "avatar-sm"), h("span", { class: "side-name" }, other.pseudo)], room));
  }
  for (const entry of state.outgoing.values()) {
    if (state.blocked.has(entry.user.id)) continue;
    dmRows.push(outgoingRow(entry)); // pending ("Retirer") or "sans réponse": dmrequests.js
  }
  replace($("#dm-list"), dmRows);
  $("#dm-empty").hidden = dmRows.length > 0;
  hydrateIcons($("#sidebar"));

  const unreadElsewhere = [...state.rooms.values()].some((r) => r.id !== state.active && r.unread);
  $("#nav-unread").hidden = !unreadElsewhere;
}

function salonRow(state, salon) {
  const room = state.rooms.get(salon.id);
  const count = room?.joined ? room.members.size : salon.members;
  return sideRow(state, salon.id, [
    h("span", { class: "side-icon", "data-icon": salon.voice ? "mic" : "hash" }),
    h("span", { class: "side-name" }, salon.name),
    salon.voice ? h("span", { class: "visually-hidden" }, t("voice.salon_hint")) : null,
    h("span", { class: "side-count", "aria-label": t("nav.members_count", { count }) }, String(count)),
  ], room, salon.topic);
}

function sideRow(state, roomId, content, room, title) {
  const unread = room?.unread || 0;
  const classes = ["side-item"];
  if (roomId === state.active) classes.push("active");
  if (room?.joined) classes.push("joined");
  if (unread) classes.push("unread");
  return h("li", {},
    h("button", {
      type: "button", class: classes.join(" "), dataset: { room: roomId }, title: title || null,
      "aria-current": roomId === state.active ? "page" : null,
    }, content, badge(unread, room?.mentions, t("nav.unread", { count: unread }))));
}

export function renderTabs(state) {
  const tabs = state.visibleTabs().map((id) => {
    const room = state.rooms.get(id);
    const selected = id === state.active;
    const title = roomTitle(state, room);
    const iconName = room.kind === "dm" ? "chat" : room.kind === "room" ? "lock" : "hash";
    const closeLabel = t(room.kind === "dm" ? "tabs.hide" : "tabs.leave", { name: title });
    // A tablist may hold only tabs: the wrapper is presentational and the close cross is
    // for the pointer only (out of the accessibility tree and the tab order); the keyboard
    // closes the focused tab with Delete (announced through aria-keyshortcuts), and the
    // room header keeps its own "Quitter" button for everyone.
    return h("div", { class: `tab${selected ? " active" : ""}${room.unread ? " unread" : ""}`, role: "presentation", dataset: { room: id } },
      h("button", {
        type: "button", role: "tab", class: "tab-main", "aria-selected": String(selected),
        tabindex: selected ? "0" : "-1", dataset: { room: id }, "aria-keyshortcuts": "Delete",
      },
        h("span", { "data-icon": iconName, class: "tab-icon" }),
        h("span", { class: "tab-name" }, title),
        badge(room.unread, room.mentions, t("nav.unread", { count: room.unread }))),
      h("button", {
        type: "button", class: "tab-close", dataset: { close: id }, tabindex: "-1",
        "aria-hidden": "true", title: closeLabel,
      }, h("span", { "data-icon": "x" })));
  });
  const el = $("#tabs");
  replace(el, tabs);
  hydrateIcons(el);
  // One open conversation needs no tab strip: the header already names it.
  el.hidden = tabs.length < 2;
}

export function renderHeader(state) {
  const room = state.active && state.rooms.get(state.active);
  const head = $("#room-head");
  head.hidden = !room;
  if (!room) return;
  const title = $("#room-title");
  const topic = $("#room-topic");
  const name = roomTitle(state, room);
  const actions = [];
  if (room.kind === "dm") {
    const other = state.dms.get(room.id);
    replace(title, other ? avatar(other, "avatar-sm") : null, h("span", {}, name));
    topic.textContent = other ? `${t("dm.private_with")} · ${describeUser(other)}` : t("dm.conversation");
    if (other) {
      if (state.callsEnabled && !state.blocked.has(other.id)) {
        const callLabel = t("calls.call_label", { pseudo: other.pseudo });
        actions.push(h("button", { type: "button", class: "btn btn-primary btn-small", dataset: { act: "call" }, "aria-label": callLabel, title: callLabel },
          h("span", { "data-icon": "phone" }), h("span", { class: "hide-narrow" }, t("calls.call"))));
      }
      actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "profile", user: other.id } },
        h("span", { "data-icon": "users" }), h("span", {}, t("dm.profile"))));
    }
    // "Photos sensibles" (issue 11 §3): this person's own choice for this DM, revocable.
    // Its name is the text it shows (WCAG 2.5.3, also on a phone where the text is
    // visually hidden); what a press does is its description (the title).
    const on = Boolean(room.sensitivePhotos);
    const sensitiveLabel = t(on ? "photos.sensitive_off_label" : "photos.sensitive_on_label", { pseudo: name });
    actions.push(h("button", {
      type: "button", class: "btn btn-ghost btn-small", dataset: { act: "sensitive" },
      "aria-pressed": String(on), title: sensitiveLabel,
    }, h("span", { "data-icon": "image" }), h("span", { class: "hide-narrow" }, t(on ? "photos.sensitive_on" : "photos.sensitive_off"))));
  } else if (room.kind === "room") {
    replace(title, h("span", { class: "title-icon", "data-icon": "lock" }), h("span", {}, name));
    replace(topic, h("span", {}, t("rooms.private_id")), " ", h("code", { class: "room-id" }, room.id));
    actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "invite" } },
      h("span", { "data-icon": "users" }), h("span", {}, t("invite.button"))));
    actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "copy" }, title: t("rooms.copy_id") },
      h("span", { "data-icon": "copy" }), h("span", { class: "hide-narrow" }, t("rooms.copy"))));
  } else {
    replace(title, h("span", { class: "title-icon", "data-icon": "hash" }), h("span", {}, name));
    topic.textContent = room.topic;
  }
  const muted = isMuted(room.id);
  const muteLabel = t(muted ? "rooms.unmute_label" : "rooms.mute_label", { name });
  actions.push(h("button", {
    type: "button", class: "btn btn-ghost btn-small", dataset: { act: "mute" },
    "aria-pressed": String(muted), "aria-label": muteLabel, title: muteLabel,
  }, h("span", { "data-icon": "bell" }), h("span", { class: "hide-narrow" }, t(muted ? "rooms.muted" : "rooms.mute"))));
  const reportLabel = t("report.room_button_label", { name });
  actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "report" }, title: reportLabel, "aria-label": reportLabel },
    h("span", { "data-icon": "flag" }), h("span", { class: "hide-narrow" }, t("report.room_button"))));
  if (room.kind !== "dm") {
    actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "leave" } },
      h("span", { "data-icon": "logout" }), h("span", { class: "hide-narrow" }, t("rooms.leave"))));
  }
  replace($("#room-actions"), actions);
  hydrateIcons(head);
}

export function renderMe(me) {
  if (!me) return;
  replace($("#me-avatar"), initial(me.pseudo));
  $("#me-avatar").className = `avatar g-${me.gender}`;
  $("#me-pseudo").textContent = me.pseudo;
  $("#me-info").textContent = describeUser(me);
}

/** "(3) Général · Papote": unread messages outside muted rooms, plus requests waiting. */
export function updateTitle(state) {
  let total = state.notifications.size;
  for (const room of state.rooms.values()) if (!isMuted(room.id)) total += room.unread;
  const room = state.active && state.rooms.get(state.active);
  const base = room ? `${roomTitle(state, room)} · Papote` : "Papote";
  document.title = total ? `(${total}) ${base}` : base;
  setBadge(total);
}

/** "Connecté", "Reconnexion dans 4 s", "Hors ligne", and the banner under the header. */
export function renderConn(conn, everOnline) {
  const state = conn.state;
  const el = $("#conn-state");
  el.dataset.connState = state;
  let label;
  if (state === "online") label = t("conn.online");
  else if (state === "offline") label = t("conn.offline");
  else if (state === "reconnecting") {
    const seconds = Math.max(0, Math.ceil(((conn.retryAt || Date.now()) - Date.now()) / 1000));
    label = seconds > 0 ? t("conn.reconnecting_in", { seconds }) : t("conn.reconnecting");
  } else label = everOnline ? t("conn.reconnecting") : t("conn.connecting");
  $("#conn-label").textContent = label;
  const banner = $("#conn-banner");
  const showBanner = everOnline && state !== "online";
  banner.hidden = !showBanner;
  if (showBanner) {
    $("#conn-banner-text").textContent =
      state === "offline" ? t("conn.banner_offline") : t("conn.banner_lost", { state: label });
    $("#conn-retry").hidden = state === "connecting";
  }
}
