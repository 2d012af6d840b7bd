// The voice bar of the open room (docs/ui.md "Voice salons"): who is in its voice room and
// who speaks, and our own controls (join, open mic or push-to-talk, mute, leave, report).
// State and actions are js/voice.js; user text reaches the page only as text nodes.
import { $, h, replace } from "../dom.js";
import { t } from "../i18n.js";
import { hydrateIcons } from "../icons.js";
import { avatar } from "../people.js";

function button(act, label, iconName, extra = {}) {
  return h("button", { type: "button", class: `btn btn-small ${extra.class || "btn-ghost"}`, dataset: { voiceAct: act }, ...extra.attrs },
    iconName ? h("span", { "data-icon": iconName, "aria-hidden": "true" }) : null, h("span", {}, label));
}

function person(chat, voice, roomId, p, speaking) {
  const me = p.user.id === chat.state.me.id;
  const known = chat.state.userById?.(p.user.id) || p.user;
  const state = [];
  if (chat.state.blocked.has(p.user.id)) state.push(t("voice.blocked_tag"));
  if (speaking) state.push(t("voice.speaking"));
  if (p.muted) state.push(t("voice.muted"));
  return h("li", { class: `voice-person${speaking ? " speaking" : ""}`, dataset: { voiceUser: p.user.id } },
    avatar(known, "avatar-sm"),
    h("span", { class: "voice-name" }, me ? t("voice.me", { pseudo: p.user.pseudo }) : p.user.pseudo),
    state.length ? h("span", { class: "voice-state" }, state.join(" · ")) : null,
    p.muted ? h("span", { class: "voice-muted-icon", "data-icon": "mic-off", "aria-hidden": "true" }) : null,
    me ? null : h("button", {
      type: "button", class: "icon-btn small", dataset: { voiceAct: "report", user: p.user.id, pseudo: p.user.pseudo },
      "aria-label": t("voice.report_label", { pseudo: p.user.pseudo }), title: t("voice.report_label", { pseudo: p.user.pseudo }),
    }, h("span", { "data-icon": "flag", "aria-hidden": "true" })));
}

/** Someone started or stopped speaking: redraw their line only (the bar's controls are
 * left alone, so a press or a click in progress is not disturbed), and in it everything
 * but its report button: a focused button keeps the focus without being announced again
 * each time someone speaks, and a dialog it opened gives the focus back to it. */
export function renderSpeaking(chat, voice, roomId, userId) {
  const bar = $("#voice-bar");
  const info = voice.rooms.get(roomId);
  if (!bar || bar.hidden || chat.state.active !== roomId || !info) return;
  const line = bar.querySelector(`[data-voice-user="${CSS.escape(userId)}"]`);
  const p = info.participants.find((x) => x.user.id === userId);
  if (!line || !p) return;
  const fresh = person(chat, voice, roomId, p, (voice.talking.get(roomId) || new Set()).has(userId));
  const kept = line.querySelector("button"); // the last child, when there is one
  for (const node of [...line.childNodes]) if (node !== kept) node.remove();
  for (const node of [...fresh.childNodes]) if (node.localName !== "button") line.insertBefore(node, kept);
  line.className = fresh.className;
  hydrateIcons(line);
}

function names(users) {
  return users.map((u) => u.pseudo).join(", ");
}

/** Someone we blocked is in this voice room: before joining (confirm or not), or while
 * in it (leave, report, stay). Their voice cannot be taken out of our mix. */
function blockedPanel(voice, roomId, session) {
  const users = session ? voice.blockedNotice : voice.confirming === roomId ? voice.blockedIn(roomId) : [];
  if (!users.length) return null;
  const actions = session
    ? [
      button("leave", t("voice.leave"), "logout", { class: "btn-danger" }),
      ...users.map((u) => h("button", {
        type: "button", class: "btn btn-small btn-ghost", dataset: { voiceAct: "report", user: u.id, pseudo: u.pseudo },
      }, h("span", { "data-icon": "flag", "aria-hidden": "true" }), h("span", {}, t("voice.report_label", { pseudo: u.pseudo })))),
      button("blocked-stay", t("voice.blocked_stay"), null),
    ]
    : [
      button("join-anyway", t("voice.blocked_join_anyway"), "mic", { class: "btn-primary" }),
      button("join-cancel", t("voice.blocked_cancel"), null),
    ];
  // Spoken once when it appears (voice.js, announceUrgent), not on each redraw of the bar.
  return h("div", { class: "voice-blocked", role: "group", "aria-labelledby": "voice-blocked-title" },
    h("p", { class: "voice-blocked-title", id: "voice-blocked-title" },
      h("span", { "data-icon": "shield", "aria-hidden": "true" }),
      h("span", {}, t(session ? "voice.blocked_here" : "voice.blocked_before", { count: users.length, names: names(users) }))),
    h("p", { class: "small-text" }, t("voice.blocked_explain")),
    h("div", { class: "voice-blocked-actions" }, ...actions));
}

/** Draw the bar for the active room (hidden when it has no voice room). */
export function renderVoice(chat, voice) {
  const bar = $("#voice-bar");
  if (!bar) return;
  const roomId = chat.state.active;
  const room = roomId && chat.state.rooms.get(roomId);
  const info = roomId ? voice.rooms.get(roomId) : null;
  const canOpen = voice.available && room?.kind === "room" && !info;
  if (!room || (!info && !canOpen)) {
    bar.hidden = true;
    replace(bar);
    return;
  }
  bar.hidden = false;
  if (!info) {
    replace(bar, h("div", { class: "voice-head" },
      h("p", { class: "voice-title" }, h("span", { "data-icon": "mic", "aria-hidden": "true" }), h("span", {}, t("voice.private_off"))),
      button("enable", t("voice.enable"), "mic")));
    hydrateIcons(bar);
    return;
  }
  const session = voice.session?.room === roomId ? voice.session : null;
  const speaking = voice.talking.get(roomId) || new Set();
  const count = info.participants.length;
  const title = h("h2", { class: "voice-title", id: "voice-title" },
    h("span", { "data-icon": "mic", "aria-hidden": "true" }),
    h("span", {}, t("voice.title")),
    h("span", { class: "voice-count" }, t("voice.count", { count, cap: info.cap })));
  const controls = [];
  if (session) {
    if (voice.mode === "ptt") {
      controls.push(button("ptt", t(session.pressed ? "voice.ptt_talking" : "voice.ptt"), "mic", {
        class: `btn-primary voice-ptt${session.pressed ? " pressed" : ""}`, attrs: { "aria-pressed": String(Boolean(session.pressed)) },
      }));
    } else {
      controls.push(button("mute", t(session.muted ? "voice.unmute" : "voice.mute"), session.muted ? "mic-off" : "mic", {
        class: session.muted ? "btn-ghost" : "btn-primary", attrs: { "aria-pressed": String(session.muted) },
      }));
    }
    controls.push(button("deafen", t(voice.deafened ? "voice.undeafen" : "voice.deafen"), voice.deafened ? "volume-x" : "volume", {
      attrs: { "aria-pressed": String(voice.deafened) },
    }));
    controls.push(button("leave", t("voice.leave"), "logout", { class: "btn-danger" }));
  } else {
    const full = count >= info.cap;
    controls.push(button("join", t(voice.joiningRoom === roomId ? "voice.joining" : "voice.join"), "mic", {
      class: "btn-primary", attrs: { disabled: voice.joiningRoom || full ? "" : null },
    }));
    if (full) controls.push(h("span", { class: "voice-full" }, t("voice.full")));
  }
  const mode = h("div", { class: "segmented small voice-mode", role: "group", "aria-label": t("voice.mode") },
    ...["open", "ptt"].map((value) => h("label", {},
      h("input", { type: "radio", name: "voice-mode", value, checked: voice.mode === value ? "" : null, dataset: { voiceMode: value } }),
      h("span", {}, t(`voice.mode_${value}`)))));
  const people = info.participants.length
    ? h("ul", { class: "voice-people", "aria-label": t("voice.people") },
      info.participants.map((p) => person(chat, voice, roomId, p, speaking.has(p.user.id))))
    : h("p", { class: "voice-empty muted small-text" }, t("voice.empty"));
  const foot = [h("span", {}, t("voice.note"))];
  if (room.kind === "room") foot.push(" ", h("button", { type: "button", class: "link-btn", dataset: { voiceAct: "disable" } }, t("voice.disable")));
  // Redrawn on every change (someone speaks): the focused control keeps the focus, so a
  // push-to-talk held with the keyboard is released on the same button.
  const focused = bar.contains(document.activeElement) ? document.activeElement : null;
  const focusKey = focused?.dataset.voiceAct || (focused?.dataset.voiceMode && `mode:${focused.dataset.voiceMode}`);
  replace(bar,
    h("div", { class: "voice-head" }, title, h("div", { class: "voice-controls" }, ...controls)),
    blockedPanel(voice, roomId, session),
    mode, people, h("p", { class: "voice-note muted small-text" }, ...foot));
  hydrateIcons(bar);
  if (focusKey) {
    const again = focusKey.startsWith("mode:")
      ? bar.querySelector(`[data-voice-mode="${focusKey.slice(5)}"]`)
      : bar.querySelector(`[data-voice-act="${focusKey}"]`);
    again?.focus({ preventScroll: true });
  }
}

/** Clicks, push-to-talk presses (pointer, Space or Enter held) and the mode switch. */
export function bindVoice(chat, voice, on) {
  const bar = $("#voice-bar");
  on(bar, "click", (e) => {
    const btn = e.target.closest("[data-voice-act]");
    const roomId = chat.state.active;
    if (!btn || !roomId) return;
    const act = btn.dataset.voiceAct;
    if (act === "join") voice.join(roomId);
    else if (act === "deafen") voice.setDeafened(!voice.deafened);
    else if (act === "join-anyway") voice.confirmJoin();
    else if (act === "join-cancel") voice.cancelJoin();
    else if (act === "blocked-stay") voice.dismissBlocked();
    else if (act === "leave") voice.leave();
    else if (act === "mute") voice.setMuted(!voice.session?.muted);
    else if (act === "enable") voice.setEnabled(roomId, true);
    else if (act === "disable") voice.setEnabled(roomId, false);
    else if (act === "report") {
      const user = chat.state.userById?.(btn.dataset.user) || { id: btn.dataset.user, pseudo: btn.dataset.pseudo };
      chat.openDialog("report", { target_type: "voice", target_id: `${roomId}/${btn.dataset.user}`, user });
    }
  });
  on(bar, "change", (e) => {
    const input = e.target.closest("[data-voice-mode]");
    if (input) voice.setMode(input.dataset.voiceMode);
  });
  const ptt = (e) => e.target.closest?.("[data-voice-act=ptt]");
  on(bar, "pointerdown", (e) => {
    if (!ptt(e)) return;
    e.preventDefault();
    voice.press(true);
  });
  for (const type of ["pointerup", "pointercancel", "pointerleave"]) {
    on(bar, type, (e) => { if (ptt(e)) voice.press(false); }, { capture: true });
  }
  on(bar, "keydown", (e) => {
    if (ptt(e) && (e.key === " " || e.key === "Enter")) {
      e.preventDefault();
      if (!e.repeat) voice.press(true);
    }
  });
  on(bar, "keyup", (e) => {
    if (ptt(e) && (e.key === " " || e.key === "Enter")) voice.press(false);
  });
  on(window, "blur", () => voice.press(false));
}
