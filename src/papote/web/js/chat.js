// The main screen's controller: server frames go into the state (state.js), the views
// (views/*.js) redraw what changed, and the person's actions become frames
// (docs/protocol.md §2). User text only ever reaches the page as text nodes.
import { announceMessage, announceUrgent, forgetPending } from "./announce.js";
import { fetchSalons } from "./api.js";
import { endSession } from "./comeback.js";
import { applyOutgoing, bindDmRequests, onDmRequestEnded } from "./dmrequests.js";
import { bindInvite, consumePendingInvite, openInvite, refreshInvite } from "./invite.js";
import { Connection } from "./connection.js";
import { CallManager } from "./calls.js";
import { createDialogs } from "./dialogs.js";
import { $, $$, h, replace } from "./dom.js";
import { errorText } from "./errors.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { alertPerson, isMuted, setMuted } from "./notify.js";
import { Outbox, OutboxStore } from "./outbox.js";
import { initPhotos, onPhotoConsent, toggleSensitive } from "./photos.js";
import { lastDecision, loadOpenRooms, saveOpenRooms } from "./session.js";
import { ChatState, MEMBER_LIMIT_MAX, MEMBER_PAGE, kindOf, membersFrame } from "./state.js";
import { VoiceClient } from "./voice.js";
import { bindVoice } from "./views/voice.js";
import { loadNotices, onInboxClick, onNotice, renderInbox } from "./views/inbox.js";
import { NO_FILTERS, readFilters, renderMembers } from "./views/members.js";
import { onSafetyCard } from "./views/safety.js";
import {
  appendItem, bindMessageActions, composerStatus, failureText, itemAt, onScroll, removeItemNode, renderRoomList,
  renderTyping, scrollToBottom, showRoom, updateComposer, updateItemNode,
} from "./views/messages.js";
import { renderConn, renderHeader, renderMe, renderSidebar, renderTabs, roomTitle, updateTitle } from "./views/nav.js";
import {
  bindRequests, onDmOpened, onDmRequest, onInvited, panelOpen, renderRequests, togglePanel,
} from "./views/requests.js";

const SALON_POLL_MS = 15000;
const MEMBERS_ASK_DELAY_MS = 250;
const TYPING_SEND_EVERY_MS = 3000; // §2.3 typing: "send it again at most every 3 s"
const NARROW = "(max-width: 720px)";
const MEDIUM = "(max-width: 1100px)";

export class Chat {
  /**
   * @param {{token: string, user: object}} session from POST /api/session (§1.1)
   * @param {{onExit: (reason: {notice?: string, user?: object}) => void}} hooks
   */
  constructor(session, { onExit }) {
    this.token = session.token;
    this.state = new ChatState(session.user);
    this.onExit = onExit;
    this.wantActive = null;
    this.filters = NO_FILTERS;
    this.membersTimer = null;
    this.firstHello = true;
    this.everOnline = false;
    this.lastTypingSent = 0;
    this.joining = new Set(); // room ids with a join on the way
    this.abort = new AbortController();
    this.timers = [];
    this.conn = new Connection(this.token);
    this.outbox = new Outbox({
      send: (item) => {
        const frame = { type: "say", room: item.roomId, text: item.text, cid: item.cid };
        if (item.media) frame.media = item.media.id; // a photo (photos.js)
        const request = this.conn.request(frame);
        this.state.markSending(item, request.requestId);
        return request;
      },
      canSend: () => this.conn.isOpen,
      onChange: (item) => {
        item.held = !this.conn.isOpen;
        updateItemNode(item);
      },
      onFail: (item, err) => {
        this.failItem(item, err);
        if (err.code !== "disconnected") composerStatus(errorText(err, this.limitParams()), true);
      },
      // What was not acknowledged survives a reload (this person, this browser).
      store: new OutboxStore(`papote.outbox.${session.user.id}`),
    });
    this.outbox.restore(Date.now());
    this.openDialog = () => {};
    this.calls = new CallManager(this); // 1:1 calls (§2.6)
    this.voice = new VoiceClient(this); // voice salons: js/voice.js
  }

  // ------------------------------------------------------------------ lifecycle

  start() {
    const on = (el, type, fn, opts = {}) =>
      el && el.addEventListener(type, fn, { ...opts, signal: this.abort.signal });
    this.openDialog = createDialogs(this, on);
    this.bindStatic(on);
    bindRequests(this, on);
    bindDmRequests(this, on);
    bindInvite(this, on);
    this.calls.bind(on);
    bindVoice(this, this.voice, on);
    on(this.conn, "frame", (e) => this.handleFrame(e.detail));
    on(this.conn, "state", (e) => this.onConnState(e.detail));
    on(this.conn, "expired", () => this.expire());
    on(this.conn, "banned", () => this.banned());
    on(this.conn, "closed", (e) => this.onClosed(e.detail));
    on(window, "papote:lang", () => this.renderAll(true));
    on(document, "visibilitychange", () => {
      if (!document.hidden) this.markRead(this.state.active);
    });
    $("#app").hidden = false;
    renderMe(this.state.me);
    this.renderAll(true);
    this.conn.connect();
    this.pollSalons();
    this.timers.push(setInterval(() => this.pollSalons(), SALON_POLL_MS));
    this.timers.push(setInterval(() => this.tick(), 1000));
  }

  /** Stop everything (logout or expired session) and hand back to the entry page. */
  destroy({ forget = false } = {}) {
    this.calls.destroy();
    this.voice.stop();
    this.outbox.stop({ forget });
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
    const user = this.state.me;
    // "Quitter le tchat" in another tab ends this one too: say so, not "expired".
    const notice = this.exitCode === "session_ended" ? t("errors.session_ended") : t("entry.session_expired");
    this.destroy();
    this.onExit({ notice, user });
  }

  /** Suspended or banned (close 4003): back to the entry page, with the decision's link. */
  banned() {
    const user = this.state.me;
    this.destroy();
    // A minor's cool-down says "adults only" and where to find help (3018), not "banned".
    const code = this.exitCode === "adults_only" ? "adults_only" : "banned";
    this.onExit({ notice: errorText({ code }), user, tone: "danger", decision: lastDecision() });
  }

  logout() {
    const user = this.state.me;
    endSession(this.token, user.pseudo); // the pseudo is free at once (§1.1b)
    this.destroy({ forget: true });
    this.onExit({ user, loggedOut: true });
  }

  // ------------------------------------------------------------------ static bindings

  bindStatic(on) {
    initPhotos(this, on);
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
      updateComposer(this);
      this.sendTyping();
    });
    on($("#messages"), "click", (e) => this.onMessagesClick(e));
    bindMessageActions(on);
    on($("#messages-scroll"), "scroll", () => onScroll(this.state));
    on($("#jump-new"), "click", () => scrollToBottom(this.state, true));
    on($("#tabs"), "click", (e) => this.onTabsClick(e));
    on($("#tabs"), "keydown", (e) => this.onTabsKey(e));
    on($("#sidebar"), "click", (e) => this.onSidebarClick(e));
    on($("#member-list"), "click", (e) => {
      const btn = e.target.closest("[data-user]");
      if (btn) this.openProfile(btn.dataset.user);
    });
    const filters = $("#member-filters");
    const refilter = () => {
      this.filters = readFilters();
      this.renderMembers();
      // The server filters the list (§2.2 members): asked once the typing settles.
      clearTimeout(this.membersTimer);
      this.membersTimer = setTimeout(() => this.askMembers(), MEMBERS_ASK_DELAY_MS);
    };
    on(filters, "input", refilter);
    on(filters, "change", refilter);
    on(filters, "submit", (e) => e.preventDefault());
    on(filters, "reset", () => setTimeout(refilter, 0));
    on($("#members-load"), "click", () => this.askMembers(this.state.active, { more: true }));
    on($("#open-nav"), "click", () => this.toggleDrawer("nav"));
    on($("#open-members"), "click", () => this.toggleDrawer("members"));
    on($("#drawer-backdrop"), "click", () => this.closeDrawer());
    for (const btn of $$("[data-close-drawer]")) on(btn, "click", () => this.closeDrawer());
    on($("#inbox-btn"), "click", () => this.openDialog("inbox"));
    on($("#inbox-list"), "click", (e) => onInboxClick(this.state, e));
    on($("#conn-retry"), "click", () => this.conn.reconnectNow());
    on($("#logout-btn"), "click", () => this.logout());
    on($("#room-actions"), "click", (e) => this.onRoomAction(e));
    on(document, "keydown", (e) => {
      if (e.key !== "Escape" || document.querySelector("dialog[open]")) return; // the dialog closes itself
      if ($("#app").dataset.drawer) this.closeDrawer();
      else if (panelOpen()) togglePanel(false);
    });
    for (const query of [NARROW, MEDIUM]) {
      on(window.matchMedia(query), "change", () => this.closeDrawer(false));
    }
  }

  // ------------------------------------------------------------------ connection

  onConnState({ state }) {
    if (state === "online") this.everOnline = true;
    if (state !== "online") {
      for (const room of this.state.rooms.values()) room.joined = false;
      this.voice.onOffline();
    }
    renderConn(this.conn, this.everOnline);
    updateComposer(this);
    this.calls.onConnState(state);
    // Lines waiting in the outbox say whether they wait for the network.
    for (const item of this.outbox.queue) {
      item.held = state !== "online";
      updateItemNode(item);
    }
  }

  onClosed({ code }) {
    if (code === 4008) this.toast(t("errors.slow_consumer"), "error");
    if (code === 4029) this.toast(t("errors.flooding"), "error");
    this.state.applyDisconnect();
    renderTyping(this.state);
  }

  tick() {
    // Countdown of the reconnection, and typing indicators that went stale.
    if (this.conn.state === "reconnecting") renderConn(this.conn, this.everOnline);
    if (this.state.expireTyping(Date.now())) renderTyping(this.state);
    // "envoi dans 2 s" counts down.
    for (const item of this.outbox.waiting()) if (item.notBefore) updateItemNode(item);
  }

  // ------------------------------------------------------------------ frames (§2.3)

  handleFrame(f) {
    if (f.type.startsWith("call_")) return this.calls.handleFrame(f);
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
      case "invited": return onInvited(this, f);
      case "dm_request": return onDmRequest(this, f);
      case "dm_opened": return onDmOpened(this, f);
      case "dm_request_ended": return onDmRequestEnded(this, f);
      case "notice": return onNotice(this, f);
      case "message_deleted": return this.onMessageDeleted(f);
      case "removed": return this.onRemoved(f);
      case "safety_card": return onSafetyCard(this, f);
      case "photo_consent":
        onPhotoConsent(this, f);
        return renderHeader(this.state);
      case "voice_state":
      case "voice_talking":
      case "voice_ended": return this.voice.onFrame(f);
      case "error": return this.onError(f);
      default: return undefined; // ok, pong, dm_request_sent, report_ack, notices: their callers
    }
  }

  /** The room is on screen: its new messages are read as they come. */
  isVisible(roomId) {
    return roomId === this.state.active && !document.hidden;
  }

  onHello(f) {
    const { state } = this;
    state.applyHello(f);
    state.callsEnabled = !!f.calls;
    this.calls.setEnabled(f.calls);
    this.calls.onHello();
    this.voice.onHello(f);
    state.voiceAvailable = this.voice.available;
    for (const request of f.requests || []) onDmRequest(this, request, { quiet: true });
    applyOutgoing(this, f.outgoing);
    const { joins, activate } = state.planJoins({ first: this.firstHello, saved: loadOpenRooms() });
    if (activate) this.wantActive = activate;
    for (const { id, since, password } of joins) this.join(id, { since, password, quiet: true });
    this.firstHello = false;
    consumePendingInvite(this); // a `/#invite=` link opened before or at entry: shown last
    $("#composer-input").maxLength = state.limits.max_text_chars;
    renderMe(state.me);
    this.renderAll();
    this.outbox.pump(); // lines that waited for the link go now, after the joins
  }

  onJoined(f) {
    this.voice.onJoined(f);
    const { room, reset, added } = this.state.applyJoined(f, { visible: this.isVisible(f.room), now: Date.now() });
    if (room.id === this.state.active && !this.state.viewMatches(room.id, this.filters)) this.askMembers(room.id);
    if (reset || added) renderRoomList(this, room);
    this.restoreLines(room);
    if (room.kind === "salon") this.pollSalonsSoon();
    if (this.wantActive === room.id || !this.state.active) {
      if (this.wantActive === room.id) this.wantActive = null;
      this.activate(room.id);
    } else {
      this.renderAll();
    }
    this.saveRooms();
  }

  /** Lines of this room that were waiting before a reload: shown again, and sent again. */
  restoreLines(room) {
    for (const entry of this.outbox.unpark(room.id)) {
      const item = this.state.addPending(room, entry.text, entry.ts, entry.cid, entry.media || null);
      appendItem(this, room, item);
      this.outbox.add(item);
    }
  }

  onLeft(f) {
    this.removeRoom(f.room);
    this.pollSalonsSoon();
  }

  removeRoom(id) {
    this.voice.onRoomGone(id);
    if (this.state.removeRoom(id)) {
      const next = this.state.visibleTabs()[0];
      if (next) this.activate(next);
      else this.renderAll();
    } else {
      this.renderAll();
    }
    this.saveRooms();
  }

  onMessage(f) {
    const change = this.state.applyMessage(f, { visible: this.isVisible(f.room) });
    if (!change) return;
    const { room, item, confirmed, trimmed, counted, typingStopped } = change;
    if (confirmed) {
      updateItemNode(item);
      this.outbox.settled(item); // stored: never sent again
    }
    else if (trimmed) renderRoomList(this, room);
    else appendItem(this, room, item);
    if (!confirmed) this.announce(room, item);
    if (counted) this.renderCounts();
    if (typingStopped) renderTyping(this.state);
    if (counted && (room.kind === "dm" || item.mention)) {
      const pseudo = item.from.pseudo;
      alertPerson({
        roomId: room.id,
        title: room.kind === "dm" ? t("alert.dm", { pseudo }) : t("alert.mention", { pseudo, name: roomTitle(this.state, room) }),
        body: item.text,
        onOpen: () => this.openRoom(room.id),
      });
    }
  }

  /** A new message for a screen reader: a mention anywhere (assertive, once), else
   * politely if it is in the open conversation (js/announce.js). */
  announce(room, item) {
    if (item.mention) {
      const where = roomTitle(this.state, room);
      announceUrgent(`m:${item.msgId}`, t("announce.mention", { pseudo: item.from.pseudo, room: where, text: item.text }));
    } else if (room.id === this.state.active && document.visibilityState === "visible") {
      announceMessage(item, roomTitle(this.state, room));
    }
  }

  markRead(id) {
    if (this.state.markRead(id)) this.renderCounts();
  }

  onSent(f) {
    const change = this.state.applySent(f);
    if (!change) return;
    if (change.dropped) removeItemNode(change.item);
    else updateItemNode(change.item);
  }

  onPresence(f) {
    const change = this.state.applyPresence(f, Date.now());
    if (!change) return;
    for (const item of change.lines) appendItem(this, change.room, item);
    if (change.room.id === this.state.active) {
      this.renderMembers();
      renderTyping(this.state);
    }
    renderSidebar(this.state);
    refreshInvite(this);
  }

  onTyping(f) {
    const room = this.state.applyTyping(f, Date.now());
    if (room && room.id === this.state.active) renderTyping(this.state);
  }

  onHistory(f) {
    const room = this.state.applyHistory(f);
    if (!room) return;
    const scroller = $("#messages-scroll");
    const isActive = room.id === this.state.active;
    const before = isActive ? scroller.scrollHeight - scroller.scrollTop : 0;
    renderRoomList(this, room);
    if (isActive) scroller.scrollTop = scroller.scrollHeight - before;
  }

  onRoomCreated(f) {
    const room = this.state.ensureRoom(f.room);
    room.name = f.name;
    room.hasPassword = f.has_password;
    this.join(f.room, { activate: true, password: room.password ?? undefined });
  }

  onError(f) {
    if (f.code === "session_expired" || f.code === "unauthorized" || f.code === "session_ended") {
      // The close 4001 follows; Connection turns it into "expired" (expire() tells which).
      this.exitCode = f.code;
      return;
    }
    if (f.code === "banned" || f.code === "adults_only") {
      this.exitCode = f.code; // the close 4003 follows: the entry page says which
      return;
    }
    if (f.re != null && this.conn.pending.has(f.re)) return; // the caller shows it
    this.toast(errorText(f, this.limitParams()), "error");
  }

  /** Placeholders for error texts: the length limit, and our gender for the agreement. */
  limitParams() {
    return { max: this.state.limits.max_text_chars, gender: this.state.me?.gender };
  }

  /** A message removed by moderation disappears from the conversation. */
  onMessageDeleted(f) {
    const room = this.state.applyMessageDeleted(f);
    if (room) renderRoomList(this, room);
  }

  /** Taken out of a room by moderation (kicked, or the room was closed). */
  onRemoved(f) {
    const room = this.state.rooms.get(f.room);
    const name = room ? roomTitle(this.state, room) : f.room;
    if (room) this.removeRoom(f.room);
    this.pollSalonsSoon();
    this.openDialog("removed", { reason: f.reason, name, until: f.until || null });
  }

  // ------------------------------------------------------------------ actions

  /** §2.2 join, with `since` after a reconnect and the password for private rooms. */
  join(roomId, { since, password, activate = false, quiet = false } = {}) {
    this.state.startJoin(roomId, since);
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

  /** Show a room, joining it first when needed (a click in the salon list). `focus: false`
   * leaves the focus where it is (a call answered: it goes to the call's controls). */
  openRoom(roomId, { focus = true } = {}) {
    const room = this.state.rooms.get(roomId);
    if (room?.joined) {
      room.hiddenTab = false;
      this.activate(roomId, { focus });
    } else if (this.joining.has(roomId)) {
      this.wantActive = roomId;
    } else {
      this.join(roomId, { activate: true, password: room?.password ?? undefined });
    }
    this.closeDrawer();
  }

  leave(roomId) {
    const { state } = this;
    const room = state.rooms.get(roomId);
    if (!room) return;
    if (room.kind === "dm") {
      // A DM stays open (the other person may write); closing its tab only hides it.
      room.hiddenTab = true;
      if (state.active === roomId) {
        state.active = null;
        const next = state.visibleTabs()[0];
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

  activate(roomId, { focus = true } = {}) {
    const { state } = this;
    const room = state.rooms.get(roomId);
    if (!room) return;
    const previous = state.active && state.rooms.get(state.active);
    if (state.active !== roomId) forgetPending();
    state.active = roomId;
    room.hiddenTab = false;
    room.unread = 0;
    room.mentions = 0;
    const restoreScroll = showRoom(room, previous);
    if (room.joined && !state.viewMatches(roomId, this.filters)) this.askMembers(roomId);
    this.renderAll();
    restoreScroll();
    $("#composer-input").value = "";
    updateComposer(this);
    if (focus && !window.matchMedia(NARROW).matches && !$("#app").dataset.drawer) {
      $("#composer-input").focus({ preventScroll: true });
    }
    this.saveRooms();
  }

  send() {
    const input = $("#composer-input");
    const text = input.value.trim();
    const room = this.state.active && this.state.rooms.get(this.state.active);
    if (!text || !room) return;
    const max = this.state.limits.max_text_chars;
    if ([...text].length > max) {
      composerStatus(t("errors.text_too_long", { max }), true);
      return;
    }
    input.value = "";
    updateComposer(this);
    this.say(room, text);
    this.lastTypingSent = 0;
  }

  /** Show the line at once and hand it to the outbox, which sends it when it may. */
  say(room, text, media = null) {
    const item = this.state.addPending(room, text, Date.now(), null, media);
    item.held = !this.conn.isOpen;
    appendItem(this, room, item);
    scrollToBottom(this.state, true);
    this.outbox.add(item);
  }

  /** A photo on its way (photos.js): its place in the conversation now, sent once uploaded. */
  sayPhoto(room, text) {
    const item = this.state.addPending(room, text, Date.now(), null, null);
    item.uploading = true;
    item.held = !this.conn.isOpen;
    appendItem(this, room, item);
    scrollToBottom(this.state, true);
    this.outbox.add(item);
    return item;
  }

  /** A photo whose upload failed or was cancelled: it leaves the conversation and the outbox. */
  dropPhoto(room, item) {
    this.outbox.ready(item, null);
    this.state.dropItem(room, item);
    removeItemNode(item);
  }

  failItem(item, err) {
    this.state.markFailed(item);
    item.failed = failureText(err, this.limitParams());
    if (err.code === "slow_mode") {
      // "Renvoyer" waits for the slow mode to pass (retry_after seconds, §2.5).
      const wait = Math.max(1, Number(err.retry_after) || 1) * 1000;
      item.retryAt = Date.now() + wait;
      setTimeout(() => updateItemNode(item), wait + 50);
    }
    updateItemNode(item);
  }

  retry(room, item) {
    this.state.dropItem(room, item);
    removeItemNode(item);
    this.say(room, item.text, item.media);
  }

  sendTyping() {
    const room = this.state.active && this.state.rooms.get(this.state.active);
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
      this.toast(t("block.done", { pseudo: user.pseudo, gender: user.gender }), "success");
    });
  }

  applyBlock(userId) {
    const { state } = this;
    for (const room of state.applyBlock(userId)) renderRoomList(this, room);
    if (state.active && state.isBlockedDm(state.active)) {
      state.active = null;
      const next = state.visibleTabs()[0];
      if (next) this.activate(next);
    }
    this.renderAll();
  }

  unblock(userId) {
    return this.conn.request({ type: "unblock", user: userId }).then(() => {
      this.state.blocked.delete(userId);
      this.askMembers(); // they may be in the window again
      const user = this.state.users.get(userId);
      this.toast(t("block.undone", { pseudo: user?.pseudo || "?", gender: user?.gender }), "success");
      this.renderAll();
    });
  }

  loadNotices() {
    return loadNotices(this);
  }

  // ------------------------------------------------------------------ clicks

  onMessagesClick(e) {
    const { state } = this;
    const link = e.target.closest(".msg-link");
    if (link) {
      this.openDialog("link", { url: link.dataset.url });
      return;
    }
    const room = state.rooms.get(state.active);
    const report = e.target.closest("[data-report-msg]");
    if (report) {
      const item = room?.items.find((it) => it.type === "msg" && it.msgId === report.dataset.reportMsg);
      if (item) {
        this.openDialog("report", {
          target_type: "message", target_id: item.msgId, user: state.userById(item.from.id) || item.from, text: item.text,
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
      const olderRoom = state.rooms.get(older.dataset.older);
      if (olderRoom) this.loadOlder(olderRoom);
      return;
    }
    if (e.target.closest("[data-retry]") && room) {
      const item = itemAt(room, e.target);
      if (item) this.retry(room, item);
    }
  }

  onRoomAction(e) {
    const { state } = this;
    const btn = e.target.closest("button[data-act]");
    const room = state.active && state.rooms.get(state.active);
    if (!btn || !room) return;
    if (btn.dataset.act === "leave") this.leave(room.id);
    else if (btn.dataset.act === "mute") {
      const muted = !isMuted(room.id);
      setMuted(room.id, muted);
      renderHeader(this.state);
      this.renderCounts();
      this.toast(t(muted ? "rooms.muted_toast" : "rooms.unmuted_toast", { name: roomTitle(this.state, room) }), "success");
    }
    else if (btn.dataset.act === "sensitive") {
      toggleSensitive(this, room, roomTitle(state, room), () => renderHeader(this.state));
    }
    else if (btn.dataset.act === "profile") this.openProfile(btn.dataset.user);
    else if (btn.dataset.act === "call") this.calls.start(room.id);
    else if (btn.dataset.act === "invite") openInvite(this, room);
    else if (btn.dataset.act === "report") {
      const other = room.kind === "dm" ? state.dms.get(room.id) : null;
      this.openDialog("report", {
        target_type: room.kind === "dm" ? "dm" : "room", target_id: room.id, name: roomTitle(state, room), user: other,
      });
    } else if (btn.dataset.act === "copy") {
      navigator.clipboard?.writeText(room.id).then(
        () => this.toast(t("rooms.copied"), "success"),
        () => this.toast(room.id, "info"),
      );
    }
  }

  onSidebarClick(e) {
    const btn = e.target.closest("button[data-room]");
    if (btn) {
      this.openRoom(btn.dataset.room);
      return;
    }
    if (e.target.closest("#create-room-btn")) this.openDialog("create-room");
    else if (e.target.closest("#join-room-btn")) this.openDialog("join-room");
    else if (e.target.closest("#settings-btn")) this.openDialog("settings");
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
    if (!["ArrowLeft", "ArrowRight", "Home", "End", "Delete"].includes(e.key)) return;
    const tabs = $$("#tabs [role=tab]");
    const index = tabs.indexOf(document.activeElement);
    if (index < 0) return;
    e.preventDefault();
    if (e.key === "Delete") {
      // The keyboard's close: leave the salon or hide the DM, then focus the active tab.
      this.leave(tabs[index].dataset.room);
      $("#tabs [role=tab][aria-selected=true]")?.focus();
      return;
    }
    let next = index;
    if (e.key === "ArrowLeft") next = (index - 1 + tabs.length) % tabs.length;
    if (e.key === "ArrowRight") next = (index + 1) % tabs.length;
    if (e.key === "Home") next = 0;
    if (e.key === "End") next = tabs.length - 1;
    this.activate(tabs[next].dataset.room);
    $(`#tabs [role=tab][data-room="${CSS.escape(tabs[next].dataset.room)}"]`)?.focus();
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
        this.state.salons = list;
        renderSidebar(this.state);
      }
    } catch {
      // Offline or server restarting: keep the last list; the next poll tries again.
    }
  }

  // ------------------------------------------------------------------ rendering

  renderAll(full = false) {
    const { state } = this;
    if (full) for (const room of state.rooms.values()) renderRoomList(this, room);
    renderSidebar(state);
    renderTabs(state);
    renderHeader(state);
    this.voice.render();
    this.renderMembers();
    renderTyping(state);
    renderConn(this.conn, this.everOnline);
    renderRequests(state);
    renderInbox(state);
    renderMe(state.me);
    updateComposer(this);
    updateTitle(state);
    $("#welcome").hidden = Boolean(state.active);
    if (!state.active) replace($("#messages"));
  }

  /** Unread counts changed: the badges and the title. */
  renderCounts() {
    renderSidebar(this.state);
    renderTabs(this.state);
    updateTitle(this.state);
  }

  renderSidebar() {
    renderSidebar(this.state);
  }

  renderMembers() {
    renderMembers(this.state, this.filters);
  }

  /**
   * §2.2 members: the window of a room's list with the current filters (the first page,
   * or one page more with `more`); the server then keeps this window up to date.
   */
  askMembers(roomId = this.state.active, { more = false } = {}) {
    const room = roomId && this.state.rooms.get(roomId);
    if (!room?.joined) return;
    const page = this.state.limits.member_page || MEMBER_PAGE;
    const limit = more ? Math.min(MEMBER_LIMIT_MAX, room.view.limit + page) : page;
    const filters = this.filters;
    this.conn.request(membersFrame(roomId, filters, limit)).then((f) => {
      if (this.state.applyMembers(f, filters, this.filters) && roomId === this.state.active) this.renderMembers();
    }, (err) => {
      if (err.code === "disconnected" || err.code === "timeout" || err.code === "not_member") return;
      this.toast(errorText(err, this.limitParams()), "error");
    });
  }

  // ------------------------------------------------------------------ profile, toasts, drawers

  openProfile(userId, fallbackPseudo) {
    const user = this.state.userById(userId) || { id: userId, pseudo: fallbackPseudo || "?" };
    this.openDialog("profile", { user });
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
      this.trapIn(panel);
      setTimeout(() => panel.querySelector("[data-close-drawer]")?.focus(), 50);
    }
  }

  /** An open drawer is modal: everything else is inert (no focus, no reading) until it
   * closes (WCAG 2.4.3); `null` frees it all again. */
  trapIn(panel) {
    for (const el of [$(".skip-link"), $(".topbar"), $("#notif-panel"), $("#conversation"), $("#sidebar"), $("#members-panel")]) {
      el.inert = Boolean(panel) && el !== panel;
    }
  }

  closeDrawer(restoreFocus = true) {
    const app = $("#app");
    if (!app.dataset.drawer) return;
    delete app.dataset.drawer;
    this.trapIn(null);
    $("#drawer-backdrop").hidden = true;
    $("#open-nav").setAttribute("aria-expanded", "false");
    $("#open-members").setAttribute("aria-expanded", "false");
    if (restoreFocus && this.drawerReturn?.offsetParent) this.drawerReturn.focus();
  }

  saveRooms() {
    const rooms = this.state.tabOrder.filter((id) => kindOf(id) !== "dm" && this.state.rooms.has(id));
    saveOpenRooms(rooms, this.state.active);
  }
}
