// Modal dialogs of the main screen: profile card, DM request, block, report (DSA art. 16),
// the notice inbox, removal from a room, private rooms, leaving the site through a link,
// settings. createDialogs(chat) wires them to one chat and returns its openDialog; nothing
// here outlives that chat.
import { $, h, replace, sameElement, setError } from "./dom.js";
import { errorText } from "./errors.js";
import { formatDateTime, t } from "./i18n.js";
import { hydrateIcons } from "./icons.js";
import { askPermission, setSound, soundOn } from "./notify.js";
import { describeUser, initial } from "./people.js";
import { roomTitle } from "./views/nav.js";
import { renderInbox } from "./views/inbox.js";
import { applyTheme, currentTheme } from "./theme.js";
import { announceMode, setAnnounceMode } from "./announce.js";

const dialogIds = {
  profile: "profile-dialog",
  dm: "dm-dialog",
  block: "block-dialog",
  report: "report-dialog",
  inbox: "inbox-dialog",
  removed: "removed-dialog",
  "create-room": "create-room-dialog",
  "join-room": "join-room-dialog",
  link: "link-dialog",
  settings: "settings-dialog",
};

// What had the focus when each dialog opened. Closing a modal dialog gives the focus back
// to it (the browser does); when the page redrew it meanwhile (a voice bar line, a message
// list), the close handler finds what stands in its place (WCAG 2.4.3).
const openers = new WeakMap();

function giveFocusBack(dialog) {
  if (dialog.open) return; // closed, then opened again before this "close" event
  const opener = openers.get(dialog);
  openers.delete(dialog);
  if (!opener || opener.isConnected || document.activeElement !== document.body) return;
  sameElement(opener)?.focus();
}

/** Open dialog `name` with `data` (e.g. {user} or {url}); `context` keeps it for the handlers. */
function show(chat, context, name, data = {}) {
  const dialog = document.getElementById(dialogIds[name]);
  if (!dialog) return;
  Object.assign(context, { [name]: data });
  const fill = FILLERS[name];
  if (fill) fill(chat, dialog, data);
  if (dialog.open) dialog.close();
  else openers.set(dialog, document.activeElement);
  dialog.showModal();
  const first = dialog.querySelector("[autofocus], input:not([type=hidden]):not([disabled]), textarea, select, .btn-primary:not([disabled])");
  first?.focus();
}

function close(name) {
  const dialog = document.getElementById(dialogIds[name]);
  if (dialog?.open) dialog.close();
}

function clearErrors(dialog) {
  for (const el of dialog.querySelectorAll(".field-error, .form-error")) setError(el, "");
  for (const el of dialog.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
}

function fieldError(inputId, message) {
  const input = document.getElementById(inputId);
  input?.setAttribute("aria-invalid", "true");
  setError(document.getElementById(`${inputId}-error`), message);
  input?.focus();
}

const FILLERS = {
  profile(chat, dialog, { user }) {
    const self = user.id === chat.state.me.id;
    const avatarEl = $("#profile-avatar");
    avatarEl.className = `avatar avatar-lg g-${user.gender || "u"}`;
    avatarEl.textContent = initial(user.pseudo);
    $("#profile-pseudo").textContent = user.pseudo;
    $("#profile-info").textContent = describeUser(user);
    $("#profile-self").hidden = !self;
    $("#profile-actions").hidden = self;
    if (self) return;

    const dmRoom = [...chat.state.dms.entries()].find(([, other]) => other.id === user.id)?.[0];
    const waiting = chat.state.outgoing.has(user.id);
    const dmButton = $("#profile-dm");
    dmButton.disabled = waiting;
    dmButton.querySelector("[data-i18n]")?.removeAttribute("data-i18n");
    dmButton.lastElementChild.textContent = dmRoom ? t("profile.dm_open") : waiting ? t("profile.dm_waiting") : t("profile.dm");

    const privateRooms = [...chat.state.rooms.values()].filter((r) => r.kind === "room" && r.joined && !r.members.has(user.id));
    $("#profile-invite-row").hidden = privateRooms.length === 0;
    replace($("#profile-invite-room"), privateRooms.map((r) => h("option", { value: r.id }, roomTitle(chat.state, r))));
  },

  dm(chat, dialog, { user }) {
    clearErrors(dialog);
    $("#dm-dialog-title").textContent = t("dm.title", { pseudo: user.pseudo });
    $("#dm-text").value = "";
    $("#dm-text").maxLength = chat.state.limits.max_text_chars;
  },

  block(chat, dialog, { user }) {
    $("#block-title").textContent = t("block.title", { pseudo: user.pseudo });
    $("#block-text").textContent = t("block.text", { pseudo: user.pseudo, gender: user.gender });
  },

  /** {target_type, target_id, user?, name?, text?}: what is reported (docs/protocol.md). */
  report(chat, dialog, { target_type: type, user, name, text, still }) {
    clearErrors(dialog);
    const pseudo = user?.pseudo || "?";
    const titles = {
      message: t("report.title_message", { pseudo }),
      user: t("report.title_user", { pseudo }),
      room: t("report.title_room", { name }),
      dm: t("report.title_dm", { pseudo }),
      dm_request: t("report.title_dm_request", { pseudo }),
      call: t("calls.report_title", { pseudo }),
      voice: t("report.title_voice", { pseudo }),
    };
    // A call: the still of the other's video, attached only if the reporter ticks it.
    $("#report-still").hidden = !still;
    if (still) $("#report-still-img").src = still.dataUrl;
    else $("#report-still-img").removeAttribute("src");
    $("#report-still-attach").checked = false;
    // A voice room has no picture to give: its note says what is sealed instead.
    $("#report-voice-note").hidden = type !== "voice";
    $("#report-title").textContent = titles[type] || titles.user;
    const quote = $("#report-quote");
    quote.textContent = text || "";
    quote.hidden = !text;
    $("#report-category").value = "";
    $("#report-text").value = "";
    $("#report-contact").value = "";
    $("#report-block").hidden = !user || user.id === chat.state.me.id || chat.state.blocked.has(user.id);
    $("#report-send").disabled = false;
  },

  inbox(chat) {
    renderInbox(chat.state);
    chat.loadNotices();
  },

  removed(chat, dialog, { reason, name, until }) {
    const kicked = reason === "kicked";
    const gender = chat.state.me?.gender;
    $("#removed-title").textContent = kicked ? t("removed.title_kicked", { gender }) : t("removed.title_room_closed");
    $("#removed-text").textContent = kicked ? t("removed.kicked", { name, gender }) : t("removed.room_closed", { name });
    const date = kicked && untilDate(until);
    $("#removed-until").hidden = !date;
    $("#removed-until").textContent = date ? t("removed.kicked_until", { date }) : "";
  },

  "create-room"(chat, dialog) {
    clearErrors(dialog);
    $("#create-room-name").value = "";
    $("#create-room-password").value = "";
  },

  "join-room"(chat, dialog, { room = "" } = {}) {
    clearErrors(dialog);
    $("#join-room-id").value = room;
    $("#join-room-password").value = "";
  },

  link(chat, dialog, { url }) {
    $("#link-url").textContent = url;
  },

  settings(chat) {
    $("#settings-theme").value = currentTheme();
    $("#settings-announce").value = announceMode();
    $("#settings-sound").checked = soundOn();
    renderBlocked(chat);
  },
};

/** The end of a measure (epoch milliseconds, protocol v7), in the reader's language and zone. */
function untilDate(until) {
  return typeof until === "number" ? formatDateTime(until) : "";
}

function renderBlocked(chat) {
  const ids = [...chat.state.blocked];
  $("#blocked-empty").hidden = ids.length > 0;
  replace($("#blocked-list"), ids.map((id) => {
    const user = chat.state.users.get(id);
    return h("li", {},
      h("span", {}, user ? user.pseudo : t("settings.unknown_person")),
      h("button", { type: "button", class: "btn btn-small", dataset: { unblock: id } }, t("settings.unblock")));
  }));
}

/**
 * Wire the dialogs to `chat` (once per Chat; `on` adds listeners that die with it).
 * @returns {(name: string, data?: object) => void} openDialog
 */
export function createDialogs(chat, on) {
  const context = {};
  const openDialog = (name, data) => show(chat, context, name, data);

  for (const id of Object.values(dialogIds)) {
    const dialog = document.getElementById(id);
    on(dialog, "click", (e) => {
      if (e.target.closest("[data-close]")) dialog.close();
      else if (e.target === dialog) dialog.close(); // a click on the backdrop
    });
    on(dialog, "close", () => giveFocusBack(dialog));
  }

  // Profile card actions.
  on($("#profile-dm"), "click", () => {
    const { user } = context.profile;
    const dmRoom = [...chat.state.dms.entries()].find(([, other]) => other.id === user.id)?.[0];
    close("profile");
    if (dmRoom) chat.openRoom(dmRoom);
    else openDialog("dm", { user });
  });
  on($("#profile-block"), "click", () => openDialog("block", { user: context.profile.user }));
  on($("#profile-report"), "click", () => {
    const { user } = context.profile;
    openDialog("report", { target_type: "user", target_id: user.id, user });
  });
  on($("#profile-invite"), "click", () => {
    const { user } = context.profile;
    const roomId = $("#profile-invite-room").value;
    if (!roomId) return;
    chat.conn.request({ type: "invite", room: roomId, user: user.id }).then(
      () => {
        close("profile");
        chat.toast(t("rooms.invite_sent", { pseudo: user.pseudo }), "success");
      },
      (err) => chat.toast(errorText(err), "error"),
    );
  });

  // DM request (§2.2 dm_request -> dm_request_sent | dm_opened).
  on($("#dm-form"), "submit", (e) => {
    e.preventDefault();
    const { user } = context.dm;
    const text = $("#dm-text").value.trim();
    if (!text) {
      fieldError("dm-text", t("dm.need_text"));
      return;
    }
    chat.conn.request({ type: "dm_request", to: user.id, text }).then((reply) => {
      close("dm");
      askPermission(); // a first DM: now notifications make sense (never on load)
      if (reply.type === "dm_opened") {
        chat.openRoom(reply.room);
      } else {
        chat.state.outgoing.set(user.id, { requestId: reply.request_id, user, text, ts: reply.ts || Date.now() });
        chat.renderSidebar();
        chat.toast(t("dm.sent", { pseudo: user.pseudo }), "success");
      }
    }, (err) => {
      if (err.code === "request_pending") {
        chat.state.outgoing.set(user.id, { requestId: null, user });
        chat.renderSidebar();
      }
      fieldError("dm-text", errorText(err, { max: chat.state.limits.max_text_chars }));
    });
  });

  // Block (§2.4).
  on($("#block-form"), "submit", (e) => {
    e.preventDefault();
    const { user } = context.block;
    chat.block(user).then(() => {
      close("block");
      close("profile");
    }, (err) => chat.toast(errorText(err), "error"));
  });

  // Report (DSA art. 16): what, why, optionally who -> report_ack, then the decision
  // arrives in the notice inbox.
  on($("#report-form"), "submit", (e) => {
    e.preventDefault();
    const dialog = $("#report-dialog");
    clearErrors(dialog);
    const target = context.report;
    const category = $("#report-category").value;
    if (!category) {
      fieldError("report-category", t("report.need_category"));
      return;
    }
    const frame = {
      type: "report", target_type: target.target_type, target_id: target.target_id, category,
      explanation: $("#report-text").value.trim(),
    };
    const contact = $("#report-contact").value.trim();
    if (contact) frame.contact = contact;
    const send = $("#report-send");
    send.disabled = true;
    send.textContent = t("report.sending");
    const extra = target.extra ? target.extra($("#report-still-attach").checked) : {};
    Promise.resolve(extra).then((more) => chat.conn.request({ ...frame, ...more })).then(() => {
      close("report");
      close("profile");
      chat.toast(t("report.sent"), "success");
    }, (err) => {
      const fields = { category: "report-category", explanation: "report-text", contact: "report-contact" };
      if (fields[err.field]) fieldError(fields[err.field], errorText(err));
      else setError($("#report-error"), errorText(err));
    }).finally(() => {
      send.disabled = false;
      send.textContent = t("report.send");
    });
  });
  on($("#report-block"), "click", () => {
    const { user } = context.report;
    close("report");
    if (user) openDialog("block", { user });
  });
  on($("#removed-inbox"), "click", () => {
    close("removed");
    openDialog("inbox");
  });

  // Private rooms.
  on($("#create-room-form"), "submit", (e) => {
    e.preventDefault();
    const dialog = $("#create-room-dialog");
    clearErrors(dialog);
    const name = $("#create-room-name").value.trim();
    const password = $("#create-room-password").value;
    if ([...name].length < 2) {
      fieldError("create-room-name", t("errors.bad_room_name"));
      return;
    }
    const frame = { type: "create_room", name };
    if (password) frame.password = password;
    chat.conn.request(frame).then((reply) => {
      const room = chat.state.rooms.get(reply.room);
      if (room && password) room.password = password;
      close("create-room");
      chat.closeDrawer(false);
    }, (err) => {
      if (err.code === "bad_room_name") fieldError("create-room-name", errorText(err));
      else if (err.code === "bad_password_format") fieldError("create-room-password", errorText(err));
      else setError($("#create-room-error"), errorText(err));
    });
  });

  on($("#join-room-form"), "submit", (e) => {
    e.preventDefault();
    const dialog = $("#join-room-dialog");
    clearErrors(dialog);
    let roomId = $("#join-room-id").value.trim();
    const password = $("#join-room-password").value;
    if (!roomId) {
      fieldError("join-room-id", t("rooms.need_id"));
      return;
    }
    if (!roomId.includes(":")) roomId = `room:${roomId}`;
    const frame = { type: "join", room: roomId };
    if (password) frame.password = password;
    chat.wantActive = roomId;
    chat.conn.request(frame).then((reply) => {
      const room = chat.state.rooms.get(reply.room);
      if (room && password) room.password = password;
      close("join-room");
      chat.closeDrawer(false);
    }, (err) => {
      chat.wantActive = null;
      if (["bad_password", "bad_password_format"].includes(err.code)) fieldError("join-room-password", errorText(err));
      else if (["no_such_room", "bad_room", "forbidden"].includes(err.code)) fieldError("join-room-id", errorText(err));
      else setError($("#join-room-error"), errorText(err));
    });
  });

  // Links: only after the person confirms leaving Papote, and only http(s) (richtext.js).
  on($("#link-form"), "submit", (e) => {
    e.preventDefault();
    const { url } = context.link;
    close("link");
    if (/^https?:\/\//i.test(url)) window.open(url, "_blank", "noopener,noreferrer");
  });

  // Settings.
  on($("#settings-theme"), "change", (e) => applyTheme(e.target.value));
  on($("#settings-announce"), "change", (e) => setAnnounceMode(e.target.value));
  on($("#settings-sound"), "change", (e) => setSound(e.target.checked));
  on($("#blocked-list"), "click", (e) => {
    const btn = e.target.closest("[data-unblock]");
    if (!btn) return;
    btn.disabled = true;
    chat.unblock(btn.dataset.unblock).then(() => renderBlocked(chat), (err) => {
      btn.disabled = false;
      chat.toast(errorText(err), "error");
    });
  });

  hydrateIcons(document);
  return openDialog;
}
