// The main screen: state built from the server's frames (docs/protocol.md §2.3) and the
// views drawn from that state. User text only ever reaches the page as text nodes.
import { fetchSalons } from "./api.js";
import { Connection } from "./connection.js";
import { deptSortKey } from "./departements.js";
import { $, $$, append, h, replace } from "./dom.js";
import { errorText } from "./errors.js";
import { currentLang, formatDateTime, formatDay, formatFull, formatTime, has, t } from "./i18n.js";
import { hydrateIcons, icon } from "./icons.js";
import { avatar, deptLabel, describeUser, initial } from "./people.js";
import { renderText } from "./richtext.js";
import { isNoticeUrl, lastDecision, loadOpenRooms, rememberDecision, saveOpenRooms } from "./session.js";
import { setupDialogs, openDialog } from "./dialogs.js";

const SALON_POLL_MS = 15000;
const TYPING_SEND_EVERY_MS = 3000; // §2.3 typing: "send it again at most every 3 s"
const TYPING_SHOW_MS = 5000; // "show it for about 5 s"
const GROUP_WINDOW_MS = 5 * 60 * 1000;
const MAX_ITEMS = 500;
const MAX_MEMBERS_SHOWN = 300;
const PRESENCE_LINES_MAX = 60; // above this many members, no "X est arrivé·e" lines
const DEFAULT_SALON = "salon:general";
const NARROW = "(max-width: 720px)";
const MEDIUM = "(max-width: 1100px)";

const kindOf = (roomId) => roomId.split(":", 1)[0]; // "salon" | "room" | "dm" (§2.1)

function newRoom(id) {
  return {
    id,
    kind: kindOf(id),
    name: "",
    topic: "",
    members: new Map(),
    items: [],
    msgIds: new Set(),
    lastSeq: 0,
    hasMore: false,
    unread: 0,
    mentions: 0,
    typing: new Map(),
    joined: false,
    hiddenTab: false,
    password: null,
    resumeSince: null,
    pendingByReq: new Map(),
    atBottom: true,
    scrollTop: 0,
    loadingOlder: false,
    listEl: h("div", { class: "message-list" }),
  };
}

export class Chat {
  /**
   * @param {{token: string, user: object}} session from POST /api/session (§1.1)
   * @param {{onExit: (reason: {notice?: string, user?: object}) => void}} hooks
   */
  constructor(session, { onExit }) {
    this.token = session.token;
    this.me = session.user;
    this.onExit = onExit;
    this.limits = { max_text_chars: 500 };
    this.blocked = new Set();
    this.rooms = new Map();
    this.tabOrder = [];
    this.active = null;
    this.wantActive = null;
    this.salons = [];
    this.dms = new Map(); // dm room id -> the other person (UserInfo)
    this.outgoing = new Map(); // user id -> {request_id, user} DM requests waiting
    this.notifications = new Map(); // key -> notification
    this.users = new Map(); // user id -> last known UserInfo
    this.filters = { gender: "", ageMin: null, ageMax: null, dept: "" };
    this.firstHello = true;
    this.everOnline = false;
    this.lastTypingSent = 0;
    this.joining = new Set(); // room ids with a join on the way
    this.abort = new AbortController();
    this.timers = [];
    this.profileUser = null;
    this.notices = null; // the notice inbox (DSA art. 17), loaded when first opened
    this.unreadNotices = 0;
    this.conn = new Connection(this.token);
  }

  // ------------------------------------------------------------------ lifecycle

  start() {
    const on = (el, type, fn, opts = {}) =>
      el && el.addEventListener(type, fn, { ...opts, signal: this.abort.signal });
    this.on = on;
    setupDialogs(this);
    this.bindStatic(on);
    on(this.conn, "frame", (e) => this.handleFrame(e.detail));
    on(this.conn, "state", (e) => this.onConnState(e.detail));
    on(this.conn, "expired", () => this.expire());
    on(this.conn, "banned", () => this.banned());
    on(this.conn, "closed", (e) => this.onClosed(e.detail));
    on(window, "papote:lang", () => this.renderAll(true));
    on(document, "visibilitychange", () => {
      if (!document.hidden) this.markRead(this.active);
    });
    $("#app").hidden = false;
    this.renderMe();
    this.renderAll(true);
    this.conn.connect();
    this.pollSalons();
    this.timers.push(setInterval(() => this.pollSalons(), SALON_POLL_MS));
    this.timers.push(setInterval(() => this.tick(), 1000));
  }

  /** Stop everything (logout or expired session) and hand back to the entry page. */
  destroy() {
    this.conn.stop();
    this.abort.abort();
    for (const timer of this.timers) clearInterval(timer);
    clearTimeout(this.pollTimer);
    for (const dialog of $$("dialog[open]")) dialog.close();
    $("#app").hidden = true;
    replace($("#messages"));
    replace($("#toasts"));
    document.title = "Papote";
  }

  expire() {
    const user = this.me;
    this.destroy();
    this.onExit({ notice: t("entry.session_expired"), user });
  }

  /** Suspended or banned (close 4003): back to the entry page, with the decision's link. */
  banned() {
    const user = this.me;
    this.destroy();
    this.onExit({ notice: errorText({ code: "banned" }), user, tone: "danger", decision: lastDecision() });
  }

  logout() {
    const user = this.me;
    this.destroy();
    this.onExit({ user, loggedOut: true });
  }

  // ------------------------------------------------------------------ static bindings

  bindStatic(on) {
    on($("#composer"), "submit", (e) => {
      e.preventDefault();
      this.send();
    });
    const input = $("#composer-input");
    on(input, "keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.send();
      }
    });
    on(input, "input", () => {
      this.updateComposer();
      this.sendTyping();
    });
    on($("#messages"), "click", (e) => this.onMessagesClick(e));
    on($("#messages-scroll"), "scroll", () => this.onScroll());
    on($("#jump-new"), "click", () => this.scrollToBottom(true));
    on($("#tabs"), "click", (e) => this.onTabsClick(e));
    on($("#tabs"), "keydown", (e) => this.onTabsKey(e));
    on($("#sidebar"), "click", (e) => this.onSidebarClick(e));
    on($("#member-list"), "click", (e) => {
      const btn = e.target.closest("[data-user]");
      if (btn) this.openProfile(btn.dataset.user);
    });
    const filters = $("#member-filters");
    on(filters, "input", () => this.readFilters());
    on(filters, "change", () => this.readFilters());
    on(filters, "submit", (e) => e.preventDefault());
    on(filters, "reset", () => setTimeout(() => this.readFilters(), 0));
    on($("#open-nav"), "click", () => this.toggleDrawer("nav"));
    on($("#open-members"), "click", () => this.toggleDrawer("members"));
    on($("#drawer-backdrop"), "click", () => this.closeDrawer());
    for (const btn of $$("[data-close-drawer]")) on(btn, "click", () => this.closeDrawer());
    on($("#notif-btn"), "click", () => this.toggleNotifPanel());
    on($("#inbox-btn"), "click", () => openDialog("inbox"));
    on($("#inbox-list"), "click", (e) => this.onInboxClick(e));
    on($("[data-close-notif]"), "click", () => this.toggleNotifPanel(false));
    on($("#notif-list"), "click", (e) => this.onNotifClick(e));
    on($("#conn-retry"), "click", () => this.conn.reconnectNow());
    on($("#logout-btn"), "click", () => this.logout());
    on($("#room-actions"), "click", (e) => this.onRoomAction(e));
    on(document, "keydown", (e) => {
      if (e.key !== "Escape" || document.querySelector("dialog[open]")) return; // the dialog closes itself
      if ($("#app").dataset.drawer) this.closeDrawer();
      else if (!$("#notif-panel").hidden) this.toggleNotifPanel(false);
    });
    for (const query of [NARROW, MEDIUM]) {
      on(window.matchMedia(query), "change", () => this.closeDrawer(false));
    }
  }

  // ------------------------------------------------------------------ connection

  onConnState({ state }) {
    if (state === "online") this.everOnline = true;
    if (state !== "online") {
      for (const room of this.rooms.values()) room.joined = false;
    }
    this.renderConn();
    this.updateComposer();
  }

  onClosed({ code }) {
    if (code === 4008) this.toast(t("errors.slow_consumer"), "error");
    if (code === 4029) this.toast(t("errors.flooding"), "error");
    for (const room of this.rooms.values()) {
      for (const item of room.pendingByReq.values()) this.failItem(room, item, { code: "disconnected" });
      room.pendingByReq.clear();
      room.typing.clear();
    }
    this.renderTyping();
  }

  tick() {
    // Countdown of the reconnection, and typing indicators that went stale.
    if (this.conn.state === "reconnecting") this.renderConn();
    const now = Date.now();
    let changed = false;
    for (const room of this.rooms.values()) {
      for (const [id, entry] of room.typing) {
        if (entry.until < now) {
          room.typing.delete(id);
          changed = true;
        }
      }
    }
    if (changed) this.renderTyping();
  }

  renderConn() {
    const state = this.conn.state;
    const el = $("#conn-state");
    el.dataset.connState = state;
    let label;
    if (state === "online") label = t("conn.online");
    else if (state === "offline") label = t("conn.offline");
    else if (state === "reconnecting") {
      const seconds = Math.max(0, Math.ceil(((this.conn.retryAt || Date.now()) - Date.now()) / 1000));
      label = seconds > 0 ? t("conn.reconnecting_in", { seconds }) : t("conn.reconnecting");
    } else label = this.everOnline ? t("conn.reconnecting") : t("conn.connecting");
    $("#conn-label").textContent = label;
    const banner = $("#conn-banner");
    const showBanner = this.everOnline && state !== "online";
    banner.hidden = !showBanner;
    if (showBanner) {
      $("#conn-banner-text").textContent =
        state === "offline" ? t("conn.banner_offline") : t("conn.banner_lost", { state: label });
      $("#conn-retry").hidden = state === "connecting";
    }
  }

  // ------------------------------------------------------------------ frames (§2.3)

  handleFrame(f) {
    switch (f.type) {
      case "hello": return this.onHello(f);
      case "joined": return this.onJoined(f);
      case "left": return this.onLeft(f);
      case "message": return this.onMessage(f);
      case "sent": return this.onSent(f);
      case "presence": return this.onPresence(f);
      case "typing": return this.onTyping(f);
      case "history": return this.onHistory(f);
      case "room_created": return this.onRoomCreated(f);
      case "invited": return this.onInvited(f);
      case "dm_request": return this.onDmRequest(f);
      case "dm_opened": return this.onDmOpened(f);
      case "notice": return this.onNotice(f);
      case "message_deleted": return this.onMessageDeleted(f);
      case "removed": return this.onRemoved(f);
      case "error": return this.onError(f);
      default: return undefined; // ok, pong, dm_request_sent, report_ack, notices: their callers
    }
  }

  onHello(f) {
    this.me = f.user;
    this.remember(f.user);
    this.limits = { ...this.limits, ...(f.limits || {}) };
    this.blocked = new Set(f.blocked || []);
    for (const dm of f.dms || []) {
      this.dms.set(dm.room, dm.with);
      this.remember(dm.with);
    }
    for (const request of f.requests || []) this.onDmRequest(request, { quiet: true });
    this.unreadNotices = Number(f.unread_notices) || 0;
    this.notices = null; // reload the inbox when it is next opened

    let targets;
    let activate = null;
    if (this.firstHello) {
      const saved = loadOpenRooms();
      targets = saved.rooms.length ? saved.rooms : [DEFAULT_SALON];
      activate = saved.active && (targets.includes(saved.active) || saved.active.startsWith("dm:"))
        ? saved.active : targets[0];
    } else {
      // Reconnected: re-join every open conversation from the last seq seen (§2.2 join.since).
      targets = this.tabOrder.filter((id) => this.rooms.has(id));
      activate = this.active;
    }
    for (const dmRoom of this.dms.keys()) if (!targets.includes(dmRoom)) targets.push(dmRoom);
    if (activate) this.wantActive = activate;
    for (const id of targets) {
      const room = this.rooms.get(id);
      const since = !this.firstHello && room && room.lastSeq ? room.lastSeq : undefined;
      this.join(id, { since, password: room?.password ?? undefined, quiet: true });
    }
    this.firstHello = false;
    $("#composer-input").maxLength = this.limits.max_text_chars;
    this.renderMe();
    this.renderAll();
  }

  onJoined(f) {
    let room = this.rooms.get(f.room);
    if (!room) {
      room = newRoom(f.room);
      this.rooms.set(f.room, room);
    }
    room.name = f.name;
    room.topic = f.topic || "";
    room.members = new Map();
    for (const user of f.members || []) {
      this.remember(user);
      if (!this.blocked.has(user.id)) room.members.set(user.id, user);
    }
    const history = (f.history || []).filter((m) => !this.blocked.has(m.from.id));
    const resuming = room.resumeSince != null && room.items.length > 0;
    if (resuming && !f.has_more) {
      // Resume after a drop: add what was said while we were away.
      let added = 0;
      for (const m of history) {
        if (room.msgIds.has(m.msg_id) || m.seq <= room.lastSeq) continue;
        this.addMessage(room, m, { render: false });
        added += 1;
      }
      if (added) this.renderRoomList(room);
    } else {
      // First join, or too much was missed (has_more after `since`): start from this page.
      room.items = [];
      room.msgIds = new Set();
      room.lastSeq = 0;
      for (const m of history) this.addMessage(room, m, { render: false, count: false });
      room.hasMore = Boolean(f.has_more);
      this.renderRoomList(room);
    }
    room.resumeSince = null;
    room.joined = true;
    if (room.kind === "salon") this.pollSalonsSoon();
    if (!this.tabOrder.includes(room.id)) this.tabOrder.push(room.id);
    if (room.kind === "dm" && !this.dms.has(room.id)) {
      const other = [...room.members.values()].find((u) => u.id !== this.me.id);
      if (other) this.dms.set(room.id, other);
    }
    if (this.wantActive === room.id || !this.active) {
      if (this.wantActive === room.id) this.wantActive = null;
      this.activate(room.id);
    } else {
      this.renderAll();
    }
    this.saveRooms();
  }

  onLeft(f) {
    this.removeRoom(f.room);
    this.pollSalonsSoon();
  }

  removeRoom(id) {
    this.rooms.delete(id);
    this.tabOrder = this.tabOrder.filter((r) => r !== id);
    if (this.active === id) {
      this.active = null;
      const next = this.visibleTabs()[0];
      if (next) this.activate(next);
      else this.renderAll();
    } else {
      this.renderAll();
    }
    this.saveRooms();
  }

  onMessage(f) {
    const room = this.rooms.get(f.room);
    if (!room || this.blocked.has(f.from.id)) return;
    this.addMessage(room, f, { render: true, count: true });
  }

  /** Add a server message to a room (dedupe by msg_id; own pending echoes are confirmed). */
  addMessage(room, m, { render, count = true }) {
    if (room.msgIds.has(m.msg_id)) return;
    room.lastSeq = Math.max(room.lastSeq, m.seq);
    const mine = m.from.id === this.me.id;
    if (mine) {
      // Our own echo: confirm the pending bubble instead of adding a second one.
      const pending = room.items.find(
        (it) => it.type === "msg" && it.pending && (it.msgId === m.msg_id || (!it.msgId && it.text === m.text)),
      );
      if (pending) {
        Object.assign(pending, { pending: false, msgId: m.msg_id, seq: m.seq, ts: m.ts });
        room.pendingByReq.delete(pending.reqId);
        room.msgIds.add(m.msg_id);
        this.updateItemNode(pending);
        return;
      }
    }
    const item = {
      type: "msg", msgId: m.msg_id, seq: m.seq, from: m.from, text: m.text, ts: m.ts, mine,
      mention: !mine && this.mentions(m.text),
    };
    room.msgIds.add(m.msg_id);
    room.items.push(item);
    if (room.items.length > MAX_ITEMS) {
      room.items.splice(0, room.items.length - MAX_ITEMS + 100);
      room.hasMore = true;
      if (render) this.renderRoomList(room);
    } else if (render) this.appendItem(room, item);
    if (count && !mine) this.countUnread(room, item);
    // A message ends that person's "is typing".
    if (room.typing.delete(m.from.id)) this.renderTyping();
  }

  mentions(text) {
    const pseudo = this.me?.pseudo;
    if (!pseudo) return false;
    return text.toLocaleLowerCase().includes(pseudo.toLocaleLowerCase());
  }

  countUnread(room, item) {
    const visible = room.id === this.active && !document.hidden;
    if (visible) return;
    room.unread += 1;
    if (item.mention || room.kind === "dm") room.mentions += 1;
    if (room.kind === "dm" && room.hiddenTab) room.hiddenTab = false;
    this.renderSidebar();
    this.renderTabs();
    this.updateTitle();
  }

  markRead(id) {
    const room = id && this.rooms.get(id);
    if (!room || (!room.unread && !room.mentions)) return;
    room.unread = 0;
    room.mentions = 0;
    this.renderSidebar();
    this.renderTabs();
    this.updateTitle();
  }

  onSent(f) {
    const room = this.rooms.get(f.room);
    if (!room) return;
    const item = room.pendingByReq.get(f.re);
    if (!item) return;
    room.pendingByReq.delete(f.re);
    if (room.msgIds.has(f.msg_id)) {
      // The broadcast came first and was shown: drop the duplicate pending bubble.
      room.items = room.items.filter((it) => it !== item);
      item.node?.remove();
      return;
    }
    Object.assign(item, { pending: false, msgId: f.msg_id, seq: f.seq });
    room.msgIds.add(f.msg_id);
    this.updateItemNode(item);
  }

  onPresence(f) {
    // One tick's arrivals and departures in one room, applied as set operations: someone
    // already listed (or already gone) changes nothing.
    const room = this.rooms.get(f.room);
    if (!room) return;
    const changes = [];
    for (const user of f.left || []) {
      if (this.blocked.has(user.id) || !room.members.delete(user.id)) continue;
      room.typing.delete(user.id);
      changes.push(["presence.left", user]);
    }
    for (const user of f.joined || []) {
      if (this.blocked.has(user.id)) continue;
      this.remember(user);
      const known = room.members.has(user.id);
      room.members.set(user.id, user);
      if (!known) changes.push(["presence.joined", user]);
    }
    if (!changes.length) return;
    if (room.members.size <= PRESENCE_LINES_MAX) {
      // Arrivals and departures as lines in the conversation, unless the salon is crowded.
      for (const [key, user] of changes) {
        const item = { type: "sys", key, user, ts: Date.now() };
        room.items.push(item);
        this.appendItem(room, item);
      }
    }
    if (room.id === this.active) {
      this.renderMembers();
      this.renderTyping();
    }
    this.renderSidebar();
  }

  onTyping(f) {
    const room = this.rooms.get(f.room);
    if (!room || this.blocked.has(f.user.id) || f.user.id === this.me.id) return;
    room.typing.set(f.user.id, { pseudo: f.user.pseudo, until: Date.now() + TYPING_SHOW_MS });
    if (room.id === this.active) this.renderTyping();
  }

  onHistory(f) {
    const room = this.rooms.get(f.room);
    if (!room) return;
    room.loadingOlder = false;
    const older = (f.messages || []).filter(
      (m) => !room.msgIds.has(m.msg_id) && !this.blocked.has(m.from.id),
    );
    const items = older.map((m) => {
      room.msgIds.add(m.msg_id);
      const mine = m.from.id === this.me.id;
      return {
        type: "msg", msgId: m.msg_id, seq: m.seq, from: m.from, text: m.text, ts: m.ts, mine,
        mention: !mine && this.mentions(m.text),
      };
    });
    room.items.unshift(...items);
    room.hasMore = Boolean(f.has_more);
    const scroller = $("#messages-scroll");
    const isActive = room.id === this.active;
    const before = isActive ? scroller.scrollHeight - scroller.scrollTop : 0;
    this.renderRoomList(room);
    if (isActive) scroller.scrollTop = scroller.scrollHeight - before;
  }

  onRoomCreated(f) {
    let room = this.rooms.get(f.room);
    if (!room) {
      room = newRoom(f.room);
      this.rooms.set(f.room, room);
    }
    room.name = f.name;
    room.hasPassword = f.has_password;
    this.join(f.room, { activate: true, password: room.password ?? undefined });
  }

  onInvited(f) {
    if (this.blocked.has(f.by.id)) return;
    this.addNotification({ key: `inv:${f.room}`, kind: "invited", room: f.room, name: f.name, by: f.by });
  }

  onDmRequest(f, { quiet = false } = {}) {
    if (this.blocked.has(f.from.id)) return;
    this.remember(f.from);
    this.addNotification(
      { key: `dm:${f.request_id}`, kind: "dm_request", requestId: f.request_id, from: f.from, text: f.text, ts: f.ts },
      { quiet },
    );
  }

  onDmOpened(f) {
    this.dms.set(f.room, f.with);
    this.remember(f.with);
    const waiting = this.outgoing.get(f.with.id);
    this.outgoing.delete(f.with.id);
    const room = this.rooms.get(f.room);
    if (room) room.hiddenTab = false;
    if (waiting && f.re == null) {
      this.toast(t("dm.accepted", { pseudo: f.with.pseudo }), "success", [
        { label: t("dm.open"), run: () => this.openRoom(f.room) },
      ]);
    }
    // Join the DM room (docs/protocol.md §2.2 says the server joins live connections after
    // dm_accept; joining here as well is harmless and works either way).
    const current = this.rooms.get(f.room);
    if (!current?.joined && !this.joining.has(f.room) && this.conn.isOpen) this.join(f.room, { quiet: true });
    this.renderSidebar();
  }

  onError(f) {
    if (f.code === "session_expired" || f.code === "unauthorized") {
      // The close 4001 follows; Connection turns it into "expired".
      return;
    }
    if (f.re != null && this.conn.pending.has(f.re)) return; // the caller shows it
    this.toast(errorText(f, this.limitParams()), "error");
  }

  limitParams() {
    return { max: this.limits.max_text_chars };
  }

  // ------------------------------------------------------------------ moderation (protocol v2)

  /** A new entry of the notice inbox: a decision about us, or news of our report. */
  onNotice(f) {
    const notice = f.notice;
    if (!notice?.id) return;
    if (notice.kind === "statement_of_reasons") rememberDecision(notice.url);
    if (this.notices && !this.notices.some((n) => n.id === notice.id)) this.notices.unshift(notice);
    if (!notice.read) this.unreadNotices += 1;
    this.renderInbox();
    // The report dialog already confirmed a report; everything else deserves a toast.
    if (notice.kind !== "report_received") {
      this.toast(t("inbox.new_toast", { title: notice.title }), "info", [
        { label: t("inbox.show"), run: () => openDialog("inbox") },
      ]);
    }
  }

  /** Ask for the inbox ({type: "notices"} -> notices {items}). */
  loadNotices() {
    if (!this.notices) $("#inbox-status").textContent = t("inbox.loading");
    return this.conn.request({ type: "notices" }).then((reply) => {
      this.notices = Array.isArray(reply.items) ? reply.items : [];
      this.notices.sort((a, b) => b.created_at - a.created_at);
      this.unreadNotices = this.notices.filter((n) => !n.read).length;
      this.renderInbox();
    }, (err) => {
      $("#inbox-status").textContent = errorText(err);
    });
  }

  renderInbox() {
    const count = $("#inbox-count");
    count.hidden = this.unreadNotices <= 0;
    count.textContent = String(this.unreadNotices);
    const label = this.unreadNotices > 0 ? t("inbox.open_count", { count: this.unreadNotices }) : t("inbox.open");
    $("#inbox-btn").setAttribute("aria-label", label);
    $("#inbox-btn").setAttribute("title", label);
    if (!this.notices) return;
    $("#inbox-status").textContent = this.notices.length ? "" : t("inbox.empty");
    const now = Date.now();
    replace($("#inbox-list"), this.notices.map((n) => {
      const kind = has(`inbox.kind.${n.kind}`) ? t(`inbox.kind.${n.kind}`) : n.kind;
      const appealable = n.appealable_until && n.appealable_until > now;
      return h("li", { class: `inbox-item${n.read ? "" : " unread"}`, dataset: { notice: n.id } },
        h("div", { class: "inbox-meta" },
          h("span", { class: "inbox-kind" }, kind),
          h("time", { datetime: new Date(n.created_at).toISOString() }, formatDateTime(n.created_at)),
          n.read ? null : h("span", { class: "inbox-unread" }, t("inbox.unread"))),
        h("p", { class: "inbox-title" }, n.title),
        h("p", { class: "inbox-body" }, n.body),
        h("div", { class: "inbox-actions" },
          isNoticeUrl(n.url)
            ? h("a", { class: "btn btn-small", href: n.url, target: "_blank", rel: "noopener noreferrer", dataset: { readNotice: n.id } },
              h("span", { "data-icon": "file" }), h("span", {}, t("inbox.read_notice")))
            : null,
          appealable ? h("span", { class: "inbox-appeal" }, t("inbox.appealable_until", { date: formatDateTime(n.appealable_until) })) : null));
    }));
    hydrateIcons($("#inbox-list"));
  }

  onInboxClick(e) {
    const link = e.target.closest("[data-read-notice]");
    const notice = link && this.notices?.find((n) => n.id === link.dataset.readNotice);
    if (!notice || notice.read) return;
    // Opening the page marks it read on the server; mirror that here.
    notice.read = true;
    this.unreadNotices = Math.max(0, this.unreadNotices - 1);
    this.renderInbox();
  }

  /** A message removed by moderation disappears from the conversation. */
  onMessageDeleted(f) {
    const room = this.rooms.get(f.room);
    if (!room) return;
    const before = room.items.length;
    room.items = room.items.filter((it) => !(it.type === "msg" && it.msgId === f.msg_id));
    if (room.items.length !== before) this.renderRoomList(room);
  }

  /** Taken out of a room by moderation (kicked, or the room was closed). */
  onRemoved(f) {
    const room = this.rooms.get(f.room);
    const name = room ? this.roomTitle(room) : f.room;
    if (room) this.removeRoom(f.room);
    this.pollSalonsSoon();
    openDialog("removed", { reason: f.reason, name, until: f.until || null });
  }

  // ------------------------------------------------------------------ actions

  /** §2.2 join, with `since` after a reconnect and the password for private rooms. */
  join(roomId, { since, password, activate = false, quiet = false } = {}) {
    const room = this.rooms.get(roomId);
    if (room) room.resumeSince = since ?? null;
    if (activate) this.wantActive = roomId;
    const frame = { type: "join", room: roomId };
    if (since) frame.since = since;
    if (password) frame.password = password;
    const request = this.conn.request(frame);
    this.joining.add(roomId);
    request.finally(() => this.joining.delete(roomId)).catch(() => {});
    request.catch((err) => {
      if (this.wantActive === roomId) this.wantActive = null;
      if (err.code === "disconnected" || err.code === "timeout") return;
      if (quiet) {
        // A conversation restored from before that no longer exists: forget it.
        if (["no_such_room", "forbidden", "bad_password", "bad_room"].includes(err.code)) this.removeRoom(roomId);
        return;
      }
      this.toast(errorText(err, this.limitParams()), "error");
    });
    return request;
  }

  /** Show a room, joining it first when needed (a click in the salon list). */
  openRoom(roomId) {
    const room = this.rooms.get(roomId);
    if (room?.joined) {
      room.hiddenTab = false;
      this.activate(roomId);
    } else if (this.joining.has(roomId)) {
      this.wantActive = roomId;
    } else {
      this.join(roomId, { activate: true, password: room?.password ?? undefined });
    }
    this.closeDrawer();
  }

  leave(roomId) {
    const room = this.rooms.get(roomId);
    if (!room) return;
    if (room.kind === "dm") {
      // A DM stays open (the other person may write); closing its tab only hides it.
      room.hiddenTab = true;
      if (this.active === roomId) {
        this.active = null;
        const next = this.visibleTabs()[0];
        if (next) this.activate(next);
      }
      this.renderAll();
      return;
    }
    this.conn.request({ type: "leave", room: roomId }).catch((err) => {
      if (err.code === "not_member" || err.code === "disconnected") this.removeRoom(roomId);
      else this.toast(errorText(err), "error");
    });
  }

  activate(roomId) {
    const room = this.rooms.get(roomId);
    if (!room) return;
    const previous = this.active && this.rooms.get(this.active);
    if (previous && previous !== room) {
      previous.scrollTop = $("#messages-scroll").scrollTop;
    }
    this.active = roomId;
    room.hiddenTab = false;
    room.unread = 0;
    room.mentions = 0;
    replace($("#messages"), room.listEl);
    this.renderAll();
    const scroller = $("#messages-scroll");
    if (room.atBottom) scroller.scrollTop = scroller.scrollHeight;
    else scroller.scrollTop = room.scrollTop;
    $("#jump-new").hidden = true;
    $("#composer-input").value = "";
    this.updateComposer();
    if (!window.matchMedia(NARROW).matches && !$("#app").dataset.drawer) {
      $("#composer-input").focus({ preventScroll: true });
    }
    this.saveRooms();
  }

  send() {
    const input = $("#composer-input");
    const text = input.value.trim();
    const room = this.active && this.rooms.get(this.active);
    if (!text || !room) return;
    const max = this.limits.max_text_chars;
    if ([...text].length > max) {
      this.composerStatus(t("errors.text_too_long", { max }), true);
      return;
    }
    if (!this.conn.isOpen) {
      this.composerStatus(t("composer.offline"), true);
      return;
    }
    input.value = "";
    this.updateComposer();
    this.say(room, text);
    this.lastTypingSent = 0;
  }

  say(room, text) {
    const request = this.conn.request({ type: "say", room: room.id, text });
    const item = {
      type: "msg", pending: true, reqId: request.requestId, text, ts: Date.now(), mine: true,
      from: { id: this.me.id, pseudo: this.me.pseudo },
    };
    room.items.push(item);
    room.pendingByReq.set(item.reqId, item);
    this.appendItem(room, item);
    this.scrollToBottom(true);
    request.catch((err) => {
      if (!room.pendingByReq.has(item.reqId)) return;
      room.pendingByReq.delete(item.reqId);
      this.failItem(room, item, err);
      if (err.code !== "disconnected") this.composerStatus(errorText(err, this.limitParams()), true);
    });
  }

  failItem(room, item, err) {
    item.pending = false;
    item.failed = err.code === "disconnected" ? t("messages.failed_offline") : errorText(err, this.limitParams());
    if (err.code === "rate_limited" || err.code === "server_busy") {
      // "Renvoyer" waits for the rate limit to pass (retry_after seconds, §2.5).
      const wait = Math.max(1, Number(err.retry_after) || 1) * 1000;
      item.retryAt = Date.now() + wait;
      setTimeout(() => this.updateItemNode(item), wait + 50);
    }
    this.updateItemNode(item);
  }

  retry(item) {
    const room = [...this.rooms.values()].find((r) => r.items.includes(item));
    if (!room || !this.conn.isOpen) return;
    room.items = room.items.filter((it) => it !== item);
    item.node?.remove();
    this.say(room, item.text);
  }

  sendTyping() {
    const room = this.active && this.rooms.get(this.active);
    if (!room || !$("#composer-input").value.trim()) return;
    const now = Date.now();
    if (now - this.lastTypingSent < TYPING_SEND_EVERY_MS) return;
    this.lastTypingSent = now;
    this.conn.send({ type: "typing", room: room.id });
  }

  loadOlder(room) {
    if (room.loadingOlder) return;
    const first = room.items.find((it) => it.type === "msg" && it.seq);
    if (!first) return;
    room.loadingOlder = true;
    this.conn.request({ type: "history", room: room.id, before: first.seq, limit: 50 }).catch((err) => {
      room.loadingOlder = false;
      if (err.code !== "disconnected") this.toast(errorText(err), "error");
    });
  }

  /** §2.4: block someone; afterwards nothing from them is shown anywhere. */
  block(user) {
    return this.conn.request({ type: "block", user: user.id }).then(() => {
      this.applyBlock(user.id);
      this.toast(t("block.done", { pseudo: user.pseudo }), "success");
    });
  }

  applyBlock(userId) {
    this.blocked.add(userId);
    for (const room of this.rooms.values()) {
      room.members.delete(userId);
      room.typing.delete(userId);
      const before = room.items.length;
      room.items = room.items.filter(
        (it) => !(it.type === "msg" && it.from.id === userId) && !(it.type === "sys" && it.user?.id === userId),
      );
      if (room.items.length !== before) this.renderRoomList(room);
    }
    for (const [key, notif] of this.notifications) {
      if (notif.from?.id === userId || notif.by?.id === userId) this.notifications.delete(key);
    }
    this.outgoing.delete(userId);
    if (this.active && this.isBlockedDm(this.active)) {
      this.active = null;
      const next = this.visibleTabs()[0];
      if (next) this.activate(next);
    }
    this.renderAll();
    this.renderNotifications();
  }

  unblock(userId) {
    return this.conn.request({ type: "unblock", user: userId }).then(() => {
      this.blocked.delete(userId);
      const user = this.users.get(userId);
      this.toast(t("block.undone", { pseudo: user?.pseudo || "?" }), "success");
      this.renderAll();
    });
  }

  isBlockedDm(roomId) {
    const other = this.dms.get(roomId);
    return Boolean(other && this.blocked.has(other.id));
  }

  remember(user) {
    if (user?.id && user.gender) this.users.set(user.id, user);
  }

  /** The best profile we know for a user id (member lists, DMs, requests). */
  userById(id) {
    if (this.me && id === this.me.id) return this.me;
    const room = this.active && this.rooms.get(this.active);
    return room?.members.get(id) || this.users.get(id) || null;
  }

  // ------------------------------------------------------------------ notifications

  addNotification(notif, { quiet = false } = {}) {
    if (this.notifications.has(notif.key)) return;
    this.notifications.set(notif.key, notif);
    this.renderNotifications();
    // Requests restored from `hello` after a reload open the panel too: they wait for an answer.
    if (!quiet || !$("#app").hidden) this.toggleNotifPanel(true, { focus: false });
  }

  resolveNotification(key) {
    this.notifications.delete(key);
    this.renderNotifications();
    if (!this.notifications.size) this.toggleNotifPanel(false, { focus: false });
  }

  onNotifClick(e) {
    const btn = e.target.closest("button[data-action]");
    if (!btn) return;
    const key = btn.closest("[data-key]")?.dataset.key;
    const notif = key && this.notifications.get(key);
    if (!notif) return;
    const action = btn.dataset.action;
    const done = () => this.resolveNotification(key);
    const fail = (err) => {
      if (err.code === "no_such_request" || err.code === "bad_request_state") done();
      this.toast(errorText(err), "error");
    };
    btn.disabled = true;
    if (action === "accept") {
      this.conn.request({ type: "dm_accept", request_id: notif.requestId }).then((reply) => {
        done();
        if (reply.type === "dm_opened") this.wantActive = reply.room;
        const room = this.rooms.get(reply.room);
        if (room?.joined) this.activate(reply.room);
      }, fail).finally(() => { btn.disabled = false; });
    } else if (action === "ignore") {
      this.conn.request({ type: "dm_decline", request_id: notif.requestId }).then(done, fail)
        .finally(() => { btn.disabled = false; });
    } else if (action === "block") {
      const user = notif.from || notif.by;
      this.block(user).then(done, fail).finally(() => { btn.disabled = false; });
    } else if (action === "join") {
      // join() shows its own error; the invitation is used up either way.
      this.join(notif.room, { activate: true }).then(done, done).finally(() => { btn.disabled = false; });
    } else if (action === "dismiss") {
      done();
    }
  }

  toggleNotifPanel(force, { focus = true } = {}) {
    const panel = $("#notif-panel");
    const open = force ?? panel.hidden;
    panel.hidden = !open;
    $("#notif-btn").setAttribute("aria-expanded", String(open));
    if (open && focus) panel.querySelector("button")?.focus();
  }

  renderNotifications() {
    const list = $("#notif-list");
    const items = [...this.notifications.values()].sort((a, b) => (a.ts || 0) - (b.ts || 0));
    replace(list, items.map((n) => this.renderNotification(n)));
    hydrateIcons(list);
    $("#notif-empty").hidden = items.length > 0;
    const count = $("#notif-count");
    count.hidden = items.length === 0;
    count.textContent = String(items.length);
    $("#notif-btn").setAttribute(
      "aria-label", items.length ? t("notif.open_count", { count: items.length }) : t("notif.open"),
    );
  }

  renderNotification(n) {
    if (n.kind === "dm_request") {
      return h("li", { class: "notif-item", dataset: { key: n.key } },
        h("div", { class: "notif-head" },
          avatar(n.from),
          h("div", { class: "notif-text" },
            h("p", { class: "notif-title" }, t("notif.dm_request", { pseudo: n.from.pseudo })),
            h("p", { class: "notif-sub" }, describeUser(n.from)))),
        n.text ? h("blockquote", { class: "notif-quote" }, n.text) : null,
        h("div", { class: "notif-actions" },
          h("button", { type: "button", class: "btn btn-primary btn-small", dataset: { action: "accept" } }, t("notif.accept")),
          h("button", { type: "button", class: "btn btn-small", dataset: { action: "ignore" } }, t("notif.ignore")),
          h("button", { type: "button", class: "btn btn-danger-ghost btn-small", dataset: { action: "block" } }, t("notif.block"))));
    }
    return h("li", { class: "notif-item", dataset: { key: n.key } },
      h("div", { class: "notif-head" },
        h("span", { class: "avatar g-room", "aria-hidden": "true" }, h("span", { "data-icon": "lock" })),
        h("div", { class: "notif-text" },
          h("p", { class: "notif-title" }, t("notif.invited", { pseudo: n.by.pseudo, name: n.name })))),
      h("div", { class: "notif-actions" },
        h("button", { type: "button", class: "btn btn-primary btn-small", dataset: { action: "join" } }, t("notif.join")),
        h("button", { type: "button", class: "btn btn-small", dataset: { action: "dismiss" } }, t("notif.ignore"))));
  }

  // ------------------------------------------------------------------ salons (§1.2)

  /** Refresh the counts shortly after joining or leaving (one request for a burst of joins). */
  pollSalonsSoon() {
    clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => this.pollSalons(), 400);
  }

  async pollSalons() {
    try {
      const list = await fetchSalons();
      if (Array.isArray(list)) {
        this.salons = list;
        this.renderSidebar();
      }
    } catch {
      // Offline or server restarting: keep the last list; the next poll tries again.
    }
  }

  // ------------------------------------------------------------------ rendering

  renderAll(full = false) {
    if (full) for (const room of this.rooms.values()) this.renderRoomList(room);
    this.renderSidebar();
    this.renderTabs();
    this.renderHeader();
    this.renderMembers();
    this.renderTyping();
    this.renderConn();
    this.renderNotifications();
    this.renderInbox();
    this.renderMe();
    this.updateComposer();
    this.updateTitle();
    $("#welcome").hidden = Boolean(this.active);
    if (!this.active) replace($("#messages"));
  }

  renderMe() {
    if (!this.me) return;
    replace($("#me-avatar"), initial(this.me.pseudo));
    $("#me-avatar").className = `avatar g-${this.me.gender}`;
    $("#me-pseudo").textContent = this.me.pseudo;
    $("#me-info").textContent = describeUser(this.me);
  }

  roomTitle(room) {
    if (room.kind === "dm") return this.dms.get(room.id)?.pseudo || room.name || t("dm.conversation");
    return room.name || room.id;
  }

  visibleTabs() {
    return this.tabOrder.filter((id) => {
      const room = this.rooms.get(id);
      return room && !room.hiddenTab && !this.isBlockedDm(id);
    });
  }

  badge(count, mention, label) {
    if (!count) return null;
    return h("span", { class: `badge${mention ? " badge-hot" : ""}`, "aria-label": label }, count > 99 ? "99+" : String(count));
  }

  renderSidebar() {
    // Public salons, grouped by category, with live member counts and unread badges.
    const groups = new Map();
    for (const salon of this.salons) {
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
        h("ul", { class: "side-list" }, salons.map((s) => this.renderSalonRow(s)))));
    }
    replace($("#salon-sections"), sections);

    const privateRooms = [...this.rooms.values()].filter((r) => r.kind === "room" && r.joined);
    replace($("#private-list"), privateRooms.map((room) =>
      this.sideRow(room.id, [h("span", { class: "side-icon", "data-icon": "lock" }), h("span", { class: "side-name" }, this.roomTitle(room))], room)));

    const dmRows = [];
    for (const [roomId, other] of this.dms) {
      if (this.blocked.has(other.id)) continue;
      const room = this.rooms.get(roomId);
      dmRows.push(this.sideRow(roomId, [avatar(other, "avatar-sm"), h("span", { class: "side-name" }, other.pseudo)], room));
    }
    for (const { user } of this.outgoing.values()) {
      if (this.blocked.has(user.id)) continue;
      dmRows.push(h("li", {},
        h("div", { class: "side-item waiting", title: t("dm.waiting_title") },
          avatar(user, "avatar-sm"),
          h("span", { class: "side-name" }, user.pseudo),
          h("span", { class: "side-note" }, t("dm.waiting")))));
    }
    replace($("#dm-list"), dmRows);
    $("#dm-empty").hidden = dmRows.length > 0;
    hydrateIcons($("#sidebar"));

    const unreadElsewhere = [...this.rooms.values()].some((r) => r.id !== this.active && r.unread);
    $("#nav-unread").hidden = !unreadElsewhere;
  }

  renderSalonRow(salon) {
    const room = this.rooms.get(salon.id);
    const count = room?.joined ? room.members.size : salon.members;
    return this.sideRow(salon.id, [
      h("span", { class: "side-icon", "data-icon": "hash" }),
      h("span", { class: "side-name" }, salon.name),
      h("span", { class: "side-count", "aria-label": t("nav.members_count", { count }) }, String(count)),
    ], room, salon.topic);
  }

  sideRow(roomId, content, room, title) {
    const unread = room?.unread || 0;
    const classes = ["side-item"];
    if (roomId === this.active) classes.push("active");
    if (room?.joined) classes.push("joined");
    if (unread) classes.push("unread");
    return h("li", {},
      h("button", {
        type: "button", class: classes.join(" "), dataset: { room: roomId }, title: title || null,
        "aria-current": roomId === this.active ? "page" : null,
      }, content, this.badge(unread, room?.mentions, t("nav.unread", { count: unread }))));
  }

  onSidebarClick(e) {
    const btn = e.target.closest("button[data-room]");
    if (btn) {
      this.openRoom(btn.dataset.room);
      return;
    }
    if (e.target.closest("#create-room-btn")) openDialog("create-room");
    else if (e.target.closest("#join-room-btn")) openDialog("join-room");
    else if (e.target.closest("#settings-btn")) openDialog("settings");
  }

  renderTabs() {
    const tabs = this.visibleTabs().map((id) => {
      const room = this.rooms.get(id);
      const selected = id === this.active;
      const iconName = room.kind === "dm" ? "chat" : room.kind === "room" ? "lock" : "hash";
      return h("div", { class: `tab${selected ? " active" : ""}${room.unread ? " unread" : ""}`, dataset: { room: id } },
        h("button", {
          type: "button", role: "tab", class: "tab-main", "aria-selected": String(selected),
          tabindex: selected ? "0" : "-1", dataset: { room: id },
        },
          h("span", { "data-icon": iconName, class: "tab-icon" }),
          h("span", { class: "tab-name" }, this.roomTitle(room)),
          this.badge(room.unread, room.mentions, t("nav.unread", { count: room.unread }))),
        h("button", {
          type: "button", class: "tab-close", dataset: { close: id },
          "aria-label": t(room.kind === "dm" ? "tabs.hide" : "tabs.leave", { name: this.roomTitle(room) }),
          title: t(room.kind === "dm" ? "tabs.hide" : "tabs.leave", { name: this.roomTitle(room) }),
        }, h("span", { "data-icon": "x" })));
    });
    const el = $("#tabs");
    replace(el, tabs);
    hydrateIcons(el);
    // One open conversation needs no tab strip: the header already names it.
    el.hidden = tabs.length < 2;
  }

  onTabsClick(e) {
    const close = e.target.closest("[data-close]");
    if (close) {
      this.leave(close.dataset.close);
      return;
    }
    const tab = e.target.closest("button[data-room]");
    if (tab) this.activate(tab.dataset.room);
  }

  onTabsKey(e) {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    const tabs = $$("#tabs [role=tab]");
    const index = tabs.indexOf(document.activeElement);
    if (index < 0) return;
    e.preventDefault();
    let next = index;
    if (e.key === "ArrowLeft") next = (index - 1 + tabs.length) % tabs.length;
    if (e.key === "ArrowRight") next = (index + 1) % tabs.length;
    if (e.key === "Home") next = 0;
    if (e.key === "End") next = tabs.length - 1;
    this.activate(tabs[next].dataset.room);
    $(`#tabs [role=tab][data-room="${CSS.escape(tabs[next].dataset.room)}"]`)?.focus();
  }

  renderHeader() {
    const room = this.active && this.rooms.get(this.active);
    const head = $("#room-head");
    head.hidden = !room;
    if (!room) return;
    const title = $("#room-title");
    const topic = $("#room-topic");
    const actions = [];
    if (room.kind === "dm") {
      const other = this.dms.get(room.id);
      replace(title, other ? avatar(other, "avatar-sm") : null, h("span", {}, this.roomTitle(room)));
      topic.textContent = other ? `${t("dm.private_with")} · ${describeUser(other)}` : t("dm.conversation");
      if (other) {
        actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "profile", user: other.id } },
          h("span", { "data-icon": "users" }), h("span", {}, t("dm.profile"))));
      }
    } else if (room.kind === "room") {
      replace(title, h("span", { class: "title-icon", "data-icon": "lock" }), h("span", {}, this.roomTitle(room)));
      replace(topic, h("span", {}, t("rooms.private_id")), " ", h("code", { class: "room-id" }, room.id));
      actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "copy" }, title: t("rooms.copy_id") },
        h("span", { "data-icon": "copy" }), h("span", {}, t("rooms.copy"))));
    } else {
      replace(title, h("span", { class: "title-icon", "data-icon": "hash" }), h("span", {}, this.roomTitle(room)));
      topic.textContent = room.topic;
    }
    const reportLabel = t("report.room_button_label", { name: this.roomTitle(room) });
    actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "report" }, title: reportLabel, "aria-label": reportLabel },
      h("span", { "data-icon": "flag" }), h("span", { class: "hide-narrow" }, t("report.room_button"))));
    if (room.kind !== "dm") {
      actions.push(h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { act: "leave" } },
        h("span", { "data-icon": "logout" }), h("span", { class: "hide-narrow" }, t("rooms.leave"))));
    }
    replace($("#room-actions"), actions);
    hydrateIcons(head);
  }

  onRoomAction(e) {
    const btn = e.target.closest("button[data-act]");
    const room = this.active && this.rooms.get(this.active);
    if (!btn || !room) return;
    if (btn.dataset.act === "leave") this.leave(room.id);
    else if (btn.dataset.act === "profile") this.openProfile(btn.dataset.user);
    else if (btn.dataset.act === "report") {
      const other = room.kind === "dm" ? this.dms.get(room.id) : null;
      openDialog("report", {
        target_type: room.kind === "dm" ? "dm" : "room", target_id: room.id, name: this.roomTitle(room), user: other,
      });
    }
    else if (btn.dataset.act === "copy") {
      navigator.clipboard?.writeText(room.id).then(
        () => this.toast(t("rooms.copied"), "success"),
        () => this.toast(room.id, "info"),
      );
    }
  }

  // ------------------------------------------------------------------ members

  readFilters() {
    const form = $("#member-filters");
    const num = (v) => (v === "" || Number.isNaN(Number(v)) ? null : Number(v));
    this.filters = {
      gender: form.elements.fgender.value,
      ageMin: num(form.elements.amin.value),
      ageMax: num(form.elements.amax.value),
      dept: form.elements.dept.value,
    };
    this.renderMembers();
  }

  matches(user) {
    const f = this.filters;
    if (f.gender && user.gender !== f.gender) return false;
    if (f.ageMin != null && user.age < f.ageMin) return false;
    if (f.ageMax != null && user.age > f.ageMax) return false;
    if (f.dept && user.departement !== f.dept) return false;
    return true;
  }

  renderMembers() {
    const room = this.active && this.rooms.get(this.active);
    const members = room ? [...room.members.values()].filter((u) => !this.blocked.has(u.id)) : [];
    const collator = new Intl.Collator(currentLang(), { sensitivity: "base" });
    members.sort((a, b) => (a.id === this.me.id ? -1 : b.id === this.me.id ? 1 : collator.compare(a.pseudo, b.pseudo)));

    // Département choices: those present in the room, plus the one selected.
    const depts = new Map();
    for (const u of members) depts.set(u.departement, (depts.get(u.departement) || 0) + 1);
    if (this.filters.dept && !depts.has(this.filters.dept)) depts.set(this.filters.dept, 0);
    const select = $("#filter-dept");
    replace(select, h("option", { value: "" }, t("filters.all_depts")),
      [...depts.entries()].sort((a, b) => deptSortKey(a[0]) - deptSortKey(b[0])).map(([code, n]) =>
        h("option", { value: code }, `${deptLabel(code)} · ${n}`)));
    select.value = this.filters.dept;

    const shown = members.filter((u) => this.matches(u));
    const filtering = Boolean(this.filters.gender || this.filters.ageMin != null || this.filters.ageMax != null || this.filters.dept);
    $("#filters-reset").hidden = !filtering;
    $("#members-count").textContent = filtering ? t("members.count_filtered", { shown: shown.length, count: members.length }) : String(members.length);
    const list = $("#member-list");
    replace(list, shown.slice(0, MAX_MEMBERS_SHOWN).map((u) => {
      const me = u.id === this.me.id;
      return h("li", {},
        h("button", {
          type: "button", class: `member${me ? " is-me" : ""}`, dataset: { user: u.id },
          "aria-label": `${u.pseudo}${me ? ` (${t("members.you")})` : ""}, ${describeUser(u)}`,
        },
          avatar(u),
          h("span", { class: "member-main" },
            h("span", { class: "member-pseudo" }, u.pseudo, me ? h("span", { class: "member-you" }, t("members.you")) : null),
            h("span", { class: "member-meta" }, `${t(`gender_short.${u.gender}`)} · ${t("profile.age", { age: u.age })}`)),
          h("span", { class: "member-dept", title: deptLabel(u.departement) },
            u.departement === "etranger" ? t("dept.abroad_short") : u.departement)));
    }));
    const more = $("#members-more");
    more.hidden = shown.length <= MAX_MEMBERS_SHOWN;
    more.textContent = t("members.more", { count: shown.length - MAX_MEMBERS_SHOWN });
    if (room && shown.length === 0) {
      list.append(h("li", { class: "muted member-empty" }, members.length ? t("members.none_match") : t("members.empty")));
    }
  }

  // ------------------------------------------------------------------ messages

  renderRoomList(room) {
    const nodes = [];
    if (room.hasMore) {
      nodes.push(h("div", { class: "older" },
        h("button", { type: "button", class: "btn btn-ghost btn-small", dataset: { older: room.id } }, t("messages.load_older"))));
    }
    let prev = null;
    for (const item of room.items) {
      nodes.push(...this.renderItem(room, item, prev));
      prev = item;
    }
    if (!room.items.length) {
      nodes.push(h("div", { class: "empty-room" },
        h("span", { "data-icon": "chat", class: "empty-icon" }),
        h("p", {}, room.kind === "dm" ? t("messages.empty_dm") : t("messages.empty"))));
    }
    replace(room.listEl, nodes);
    hydrateIcons(room.listEl);
    room.listEl.setAttribute("role", "log");
    room.listEl.setAttribute("aria-label", t("messages.log_label", { name: this.roomTitle(room) }));
    room.listEl.setAttribute("aria-live", room.id === this.active ? "polite" : "off");
    room.rendered = room.items.length;
  }

  appendItem(room, item) {
    const index = room.items.indexOf(item);
    const prev = index > 0 ? room.items[index - 1] : null;
    if (room.listEl.querySelector(".empty-room")) {
      this.renderRoomList(room);
    } else {
      room.listEl.append(...this.renderItem(room, item, prev));
      hydrateIcons(room.listEl);
    }
    if (room.id === this.active) {
      const scroller = $("#messages-scroll");
      if (room.atBottom || item.mine) scroller.scrollTop = scroller.scrollHeight;
      else if (item.type === "msg") $("#jump-new").hidden = false;
    }
  }

  renderItem(room, item, prev) {
    const nodes = [];
    if (!prev || formatDay(prev.ts) !== formatDay(item.ts)) {
      nodes.push(h("div", { class: "day", role: "separator" }, h("span", {}, formatDay(item.ts))));
      prev = null;
    }
    if (item.type === "sys") {
      const node = h("div", { class: "sys" },
        h("span", {}, t(item.key, { pseudo: item.user.pseudo })),
        h("time", { datetime: new Date(item.ts).toISOString() }, formatTime(item.ts)));
      item.node = node;
      nodes.push(node);
      return nodes;
    }
    const grouped = prev && prev.type === "msg" && prev.from.id === item.from.id && item.ts - prev.ts < GROUP_WINDOW_MS;
    const user = this.users.get(item.from.id) || room.members.get(item.from.id);
    const node = h("div", { class: "msg", dataset: { from: item.from.id } });
    const head = grouped ? null : h("div", { class: "msg-meta" },
      item.mine
        ? h("span", { class: "msg-author me" }, t("messages.you"))
        : h("button", { type: "button", class: `msg-author g-${user?.gender || "u"}`, dataset: { user: item.from.id } }, item.from.pseudo));
    const time = h("time", { class: "msg-time", datetime: new Date(item.ts).toISOString(), title: formatFull(item.ts) }, formatTime(item.ts));
    const bubble = h("div", { class: "bubble" }, h("p", { class: "msg-text" }, renderText(item.text)), time);
    const reportLabel = t("report.message_button", { pseudo: item.from.pseudo });
    append(node, [
      item.mine ? null : h("div", { class: "msg-avatar" }, grouped ? null : avatar(user || { pseudo: item.from.pseudo })),
      h("div", { class: "msg-body" }, head, bubble, h("p", { class: "msg-status" })),
      item.mine || !item.msgId ? null : h("button", {
        type: "button", class: "icon-btn small msg-report", dataset: { reportMsg: item.msgId },
        "aria-label": reportLabel, title: reportLabel,
      }, h("span", { "data-icon": "flag" })),
    ]);
    item.node = node;
    item.grouped = Boolean(grouped);
    this.updateItemNode(item);
    nodes.push(node);
    return nodes;
  }

  updateItemNode(item) {
    const node = item.node;
    if (!node) return;
    node.className = ["msg", item.mine && "mine", item.grouped && "grouped", item.mention && "mention",
      item.pending && "pending", item.failed && "failed"].filter(Boolean).join(" ");
    if (item.msgId) node.dataset.msgId = item.msgId;
    if (item.seq) node.dataset.seq = String(item.seq);
    const status = node.querySelector(".msg-status");
    if (!status) return;
    if (item.failed) {
      replace(status, h("span", {}, `${t("messages.failed")} ${item.failed}`), " ",
        h("button", {
          type: "button", class: "link-btn", dataset: { retry: "1" },
          disabled: Boolean(item.retryAt && item.retryAt > Date.now()),
        }, t("messages.retry")));
      status.hidden = false;
    } else if (item.pending) {
      replace(status, t("messages.sending"));
      status.hidden = false;
    } else {
      replace(status);
      status.hidden = true;
    }
    const time = node.querySelector(".msg-time");
    if (time) {
      time.textContent = formatTime(item.ts);
      time.setAttribute("datetime", new Date(item.ts).toISOString());
    }
  }

  onMessagesClick(e) {
    const link = e.target.closest(".msg-link");
    if (link) {
      openDialog("link", { url: link.dataset.url });
      return;
    }
    const report = e.target.closest("[data-report-msg]");
    if (report) {
      const room = this.rooms.get(this.active);
      const item = room?.items.find((it) => it.type === "msg" && it.msgId === report.dataset.reportMsg);
      if (item) {
        openDialog("report", {
          target_type: "message", target_id: item.msgId, user: this.userById(item.from.id) || item.from, text: item.text,
        });
      }
      return;
    }
    const author = e.target.closest("[data-user]");
    if (author) {
      this.openProfile(author.dataset.user, author.textContent);
      return;
    }
    const older = e.target.closest("[data-older]");
    if (older) {
      const room = this.rooms.get(older.dataset.older);
      if (room) this.loadOlder(room);
      return;
    }
    if (e.target.closest("[data-retry]")) {
      const node = e.target.closest(".msg");
      const room = this.rooms.get(this.active);
      const item = room?.items.find((it) => it.node === node);
      if (item) this.retry(item);
    }
  }

  onScroll() {
    const room = this.active && this.rooms.get(this.active);
    if (!room) return;
    const el = $("#messages-scroll");
    room.atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 60;
    room.scrollTop = el.scrollTop;
    if (room.atBottom) $("#jump-new").hidden = true;
  }

  scrollToBottom(force = false) {
    const room = this.active && this.rooms.get(this.active);
    const el = $("#messages-scroll");
    if (force || room?.atBottom) {
      el.scrollTop = el.scrollHeight;
      if (room) room.atBottom = true;
      $("#jump-new").hidden = true;
    }
  }

  renderTyping() {
    const room = this.active && this.rooms.get(this.active);
    const names = room ? [...room.typing.values()].map((e) => e.pseudo) : [];
    const el = $("#typing");
    if (!names.length) el.textContent = "";
    else if (names.length === 1) el.textContent = t("typing.single", { pseudo: names[0] });
    else if (names.length === 2) el.textContent = t("typing.pair", { a: names[0], b: names[1] });
    else el.textContent = t("typing.several", { count: names.length });
    el.classList.toggle("active", names.length > 0);
  }

  updateComposer() {
    const input = $("#composer-input");
    const max = this.limits.max_text_chars;
    const length = [...input.value].length;
    const count = $("#composer-count");
    count.textContent = `${length}/${max}`;
    count.classList.toggle("near", length >= max - 50);
    count.classList.toggle("full", length >= max);
    count.setAttribute("aria-label", t("composer.count", { count: length, max }));
    const room = this.active && this.rooms.get(this.active);
    const online = this.conn.state === "online";
    input.disabled = !room;
    input.placeholder = !room ? t("composer.no_room")
      : online ? t("composer.placeholder_in", { name: this.roomTitle(room) }) : t("composer.offline");
    $("#composer-send").disabled = !room || !online || !input.value.trim() || length > max;
    // Auto-grow up to the CSS max-height.
    input.style.height = "auto";
    input.style.height = `${input.scrollHeight}px`;
  }

  composerStatus(message, isError = false) {
    const el = $("#composer-status");
    el.textContent = message;
    el.classList.toggle("error", isError);
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => { el.textContent = ""; }, 6000);
  }

  updateTitle() {
    let total = 0;
    for (const room of this.rooms.values()) total += room.unread;
    const room = this.active && this.rooms.get(this.active);
    const base = room ? `${this.roomTitle(room)} · Papote` : "Papote";
    document.title = total ? `(${total}) ${base}` : base;
  }

  // ------------------------------------------------------------------ profile, toasts, drawers

  openProfile(userId, fallbackPseudo) {
    const user = this.userById(userId) || { id: userId, pseudo: fallbackPseudo || "?" };
    openDialog("profile", { user });
  }

  toast(message, kind = "info", actions = []) {
    const box = $("#toasts");
    const node = h("div", { class: `toast toast-${kind}`, role: kind === "error" ? "alert" : "status" },
      h("span", { class: "toast-text" }, message),
      actions.map((a) => h("button", {
        type: "button", class: "btn btn-small", onclick: () => { a.run(); node.remove(); },
      }, a.label)),
      h("button", { type: "button", class: "icon-btn small toast-x", "aria-label": t("common.close"), onclick: () => node.remove() },
        icon("x")));
    box.append(node);
    while (box.children.length > 4) box.firstChild.remove();
    setTimeout(() => node.remove(), actions.length ? 12000 : 6000);
  }

  toggleDrawer(which) {
    const app = $("#app");
    if (app.dataset.drawer === which) this.closeDrawer();
    else {
      app.dataset.drawer = which;
      $("#drawer-backdrop").hidden = false;
      const toggle = which === "nav" ? $("#open-nav") : $("#open-members");
      toggle.setAttribute("aria-expanded", "true");
      this.drawerReturn = toggle;
      const panel = which === "nav" ? $("#sidebar") : $("#members-panel");
      setTimeout(() => panel.querySelector("[data-close-drawer]")?.focus(), 50);
    }
  }

  closeDrawer(restoreFocus = true) {
    const app = $("#app");
    if (!app.dataset.drawer) return;
    delete app.dataset.drawer;
    $("#drawer-backdrop").hidden = true;
    $("#open-nav").setAttribute("aria-expanded", "false");
    $("#open-members").setAttribute("aria-expanded", "false");
    if (restoreFocus && this.drawerReturn?.offsetParent) this.drawerReturn.focus();
  }

  saveRooms() {
    const rooms = this.tabOrder.filter((id) => kindOf(id) !== "dm" && this.rooms.has(id));
    saveOpenRooms(rooms, this.active);
  }
}

