// Inviting to a private room from inside it (docs/protocol.md §2.2 `invite`, `invite_link`,
// `join_invite`; protocol 6): pick people you can see, or share a link that expires.
// Opening a link (`/#invite=<token>`) joins the room once the chat is connected, after
// the entry page if there was no session yet.
import { $, h, replace } from "./dom.js";
import { errorText } from "./errors.js";
import { currentLang, t } from "./i18n.js";
import { avatar, describeUser } from "./people.js";

const PENDING_KEY = "papote.invite";
let current = null; // the room the dialog is about
let invited = new Set(); // who was invited since the dialog opened

/** Keep the token of an invitation link (and take it out of the address bar); true if
 * there was one. */
export function takeInviteFromUrl() {
  const match = /^#invite=([\w.-]{1,300})$/.exec(location.hash);
  if (!match) return false;
  sessionStorage.setItem(PENDING_KEY, match[1]);
  history.replaceState(null, "", location.pathname + location.search);
  return true;
}

/** The room id a token names (its first part), to show and activate it once joined. */
export function roomOfToken(token) {
  try {
    const part = token.split(".")[0].replace(/-/g, "+").replace(/_/g, "/");
    return atob(part + "=".repeat((4 - (part.length % 4)) % 4));
  } catch {
    return null;
  }
}

/** After `hello`: join the room of a pending invitation link, if any. */
export function consumePendingInvite(chat) {
  const token = sessionStorage.getItem(PENDING_KEY);
  if (!token) return;
  sessionStorage.removeItem(PENDING_KEY);
  const roomId = roomOfToken(token);
  if (roomId) {
    chat.state.startJoin(roomId);
    chat.wantActive = roomId;
  }
  chat.conn.request({ type: "join_invite", token }).catch((err) => {
    if (roomId && chat.wantActive === roomId) chat.wantActive = null;
    if (roomId) chat.removeRoom(roomId);
    chat.toast(errorText(err), "error");
  });
}

/** People I can see (in the rooms I am in, or in my DMs) who are not in `roomId` yet. */
export function visiblePeople(state, roomId) {
  const room = state.rooms.get(roomId);
  const inside = room ? room.members : new Map();
  const seen = new Map();
  for (const other of state.rooms.values()) {
    if (!other.joined || other.id === roomId) continue;
    for (const [id, user] of other.members) seen.set(id, user);
  }
  for (const user of state.dms.values()) seen.set(user.id, user);
  return [...seen.values()]
    .filter((u) => u.id !== state.me.id && !state.blocked.has(u.id) && !inside.has(u.id))
    .sort((a, b) => a.pseudo.localeCompare(b.pseudo, currentLang()));
}

function renderPeople(chat) {
  const filter = $("#invite-filter").value.trim().toLowerCase();
  const people = visiblePeople(chat.state, current.id)
    .filter((u) => !filter || u.pseudo.toLowerCase().includes(filter));
  const focused = document.activeElement?.closest?.("#invite-people button[data-invite]")?.dataset.invite;
  replace($("#invite-people"), people.map((user) =>
    h("li", { class: "invite-person" },
      avatar(user, "avatar-sm"),
      h("span", { class: "invite-who" }, h("span", { class: "invite-pseudo" }, user.pseudo),
        h("span", { class: "invite-sub" }, describeUser(user))),
      h("button", { type: "button", class: "btn btn-small", dataset: { invite: user.id },
        disabled: invited.has(user.id) ? "" : null,
        "aria-label": t("invite.invite_label", { pseudo: user.pseudo }) },
      t(invited.has(user.id) ? "invite.done" : "invite.invite")))));
  $("#invite-none").hidden = people.length > 0;
  // A refresh while the dialog is open keeps the keyboard where it was.
  if (focused) $(`#invite-people button[data-invite="${CSS.escape(focused)}"]`)?.focus();
}

/** People come and go while the dialog is open: its list follows (called on presence). */
export function refreshInvite(chat) {
  if (current && $("#invite-dialog").open) renderPeople(chat);
}

/** Open the "Inviter" dialog for the private room `room`. */
export function openInvite(chat, room) {
  current = room;
  invited = new Set();
  $("#invite-title").textContent = t("invite.title", { name: room.name || room.id });
  $("#invite-filter").value = "";
  $("#invite-link").value = "";
  $("#invite-link-row").hidden = true;
  $("#invite-make-link").hidden = false;
  renderPeople(chat);
  $("#invite-dialog").showModal();
}

export function bindInvite(chat, on) {
  const dialog = $("#invite-dialog");
  on(dialog, "click", (e) => {
    if (e.target.closest("[data-close]") || e.target === dialog) dialog.close();
  });
  on($("#invite-filter"), "input", () => current && renderPeople(chat));
  on($("#invite-people"), "click", (e) => {
    const btn = e.target.closest("button[data-invite]");
    if (!btn || !current) return;
    btn.disabled = true;
    const pseudo = btn.closest("li").querySelector(".invite-pseudo").textContent;
    const userId = btn.dataset.invite;
    chat.conn.request({ type: "invite", room: current.id, user: userId }).then(() => {
      invited.add(userId);
      btn.textContent = t("invite.done");
      chat.toast(t("rooms.invite_sent", { pseudo }), "success");
    }, (err) => {
      btn.disabled = false;
      chat.toast(errorText(err), "error");
    });
  });
  on($("#invite-make-link"), "click", (e) => {
    if (!current) return;
    e.currentTarget.disabled = true;
    chat.conn.request({ type: "invite_link", room: current.id }).then((reply) => {
      $("#invite-link").value = `${location.origin}/#invite=${reply.token}`;
      const until = new Intl.DateTimeFormat(currentLang(), { dateStyle: "medium", timeStyle: "short" })
        .format(new Date(reply.expires_at));
      $("#invite-link-until").textContent = t("invite.link_until", { until });
      $("#invite-link-row").hidden = false;
      $("#invite-make-link").hidden = true;
    }, (err) => chat.toast(errorText(err), "error")).finally(() => {
      $("#invite-make-link").disabled = false;
    });
  });
  on($("#invite-copy"), "click", () => {
    const input = $("#invite-link");
    const copied = () => chat.toast(t("invite.copied"), "success");
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(input.value).then(copied, () => input.select());
    } else {
      input.select();
    }
  });
}
