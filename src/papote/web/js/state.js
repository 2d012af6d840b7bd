// The chat's state, built from the server's frames (docs/protocol.md §2.3): rooms, their
// members, messages and unread counts, DMs, requests and invitations. Pure: no DOM, no
// timers, no network; the time comes in as an argument. Each `apply*` returns what changed
// so that the views (views/*.js) redraw only that. Node's test runner checks it
// (tests/js/state.test.mjs).

export const MAX_ITEMS = 500;
export const PRESENCE_LINES_MAX = 60; // above this many members, no "X est arrivé·e" lines
// Someone seen in a room this recently is coming back, not arriving: no arrival line. This
// is what a reconnection (theirs or ours) or a server restart looks like (issue 10.12).
export const RETURN_QUIET_MS = 2 * 60 * 1000;
export const TYPING_SHOW_MS = 5000; // §2.3 typing: "show it for about 5 s"
export const DEFAULT_SALON = "salon:general";
export const MEMBER_PAGE = 100; // hello.limits.member_page says the server's
export const MEMBER_LIMIT_MAX = 500; // the longest window `members` may ask for (§2.2)

/** Member-list filters as the UI holds them (views/members.js reads them from its form). */
export const NO_FILTERS = Object.freeze({ gender: "", ageMin: null, ageMax: null, dept: "" });

export function filtering(filters) {
  return Boolean(filters && (filters.gender || filters.ageMin != null || filters.ageMax != null || filters.dept));
}

/** Whether a person passes the filters (what the server applies, §2.2 members). */
export function matchesFilters(filters, user) {
  if (filters.gender && user.gender !== filters.gender) return false;
  if (filters.ageMin != null && user.age < filters.ageMin) return false;
  if (filters.ageMax != null && user.age > filters.ageMax) return false;
  if (filters.dept && user.departement !== filters.dept) return false;
  return true;
}

/** The `members` frame asking for this window of a room's list (§2.2). */
export function membersFrame(roomId, filters, limit) {
  const frame = { type: "members", room: roomId, limit };
  if (filters.gender) frame.gender = filters.gender;
  if (filters.ageMin != null) frame.age_min = filters.ageMin;
  if (filters.ageMax != null) frame.age_max = filters.ageMax;
  if (filters.dept) frame.departement = filters.dept;
  return frame;
}

function sameFilters(a, b) {
  return a.gender === b.gender && a.ageMin === b.ageMin && a.ageMax === b.ageMax && a.dept === b.dept;
}

/** "salon" | "room" | "dm" (§2.1). */
export const kindOf = (roomId) => roomId.split(":", 1)[0];

export function newRoom(id) {
  return {
    id,
    kind: kindOf(id),
    name: "",
    topic: "",
    members: new Map(), // user id -> UserInfo: the window of the list the server keeps for us
    memberCount: 0, // everyone in the room
    matching: 0, // those who pass the window's filters
    view: { filters: NO_FILTERS, limit: MEMBER_PAGE }, // the window (§2.3 presence)
    gone: new Map(), // user id -> when they stopped being listed (RETURN_QUIET_MS)
    items: [], // {type: "msg", ...} and {type: "sys", key, user, ts}
    msgIds: new Set(),
    lastSeq: 0,
    hasMore: false,
    unread: 0,
    mentions: 0,
    typing: new Map(), // user id -> {pseudo, until}
    joined: false,
    hiddenTab: false,
    password: null,
    resumeSince: null,
    pendingByReq: new Map(), // request id -> own message waiting for `sent`
    loadingOlder: false,
  };
}

function messageItem(m, me) {
  const mine = m.from.id === me.id;
  // Contact details masked for the recipient (protocol 18): `text` (what notifications,
  // announcements and report quotes use) has them replaced; `fullText` keeps them for
  // "Afficher quand même". The writer sees their own text as written.
  const mask = !mine && Array.isArray(m.mask) && m.mask.length ? m.mask : null;
  const text = mask ? maskedText(m.text, mask) : m.text;
  return {
    type: "msg", msgId: m.msg_id, seq: m.seq, from: m.from, text, ts: m.ts, mine,
    media: m.media || null,
    mask, fullText: mask ? m.text : null,
    mention: !mine && mentions(text, me.pseudo),
    // Held for review then released by a moderator (protocol 22): shown where it arrives,
    // at the bottom, marked as late; a later load of the history has it at its own place.
    released: Boolean(m.released),
  };
}

export const MASK = "••••";

/**
 * Split `text` at `mask` spans (offsets in code points, as the server counts them):
 * [{text, masked, kind}] in order. Spans out of range or overlapping are skipped.
 */
export function maskParts(text, mask) {
  const chars = Array.from(text);
  const parts = [];
  let at = 0;
  for (const span of [...mask].sort((a, b) => a.start - b.start)) {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end))) continue;
    if (span.start < at || span.end > chars.length || span.start >= span.end) continue;
    if (span.start > at) parts.push({ text: chars.slice(at, span.start).join(""), masked: false });
    parts.push({ text: chars.slice(span.start, span.end).join(""), masked: true, kind: span.kind });
    at = span.end;
  }
  if (at < chars.length) parts.push({ text: chars.slice(at).join(""), masked: false });
  return parts;
}

/** `text` with its masked spans replaced by MASK. */
export function maskedText(text, mask) {
  return maskParts(text, mask).map((p) => (p.masked ? MASK : p.text)).join("");
}

/** Whether `text` names `pseudo` (case-insensitive). */
export function mentions(text, pseudo) {
  if (!pseudo) return false;
  return text.toLocaleLowerCase().includes(pseudo.toLocaleLowerCase());
}

export class ChatState {
  /** @param {object} me the UserInfo of POST /api/session (§1.1) */
  constructor(me) {
    this.me = me;
    this.limits = { max_text_chars: 500, member_page: MEMBER_PAGE };
    this.blocked = new Set();
    this.rooms = new Map();
    this.tabOrder = [];
    this.active = null;
    this.salons = [];
    this.dms = new Map(); // dm room id -> the other person (UserInfo)
    this.outgoing = new Map(); // user id -> {requestId, user} DM requests waiting
    this.notifications = new Map(); // key -> DM request or invitation (views/requests.js)
    this.users = new Map(); // user id -> last known UserInfo
    this.notices = null; // the notice inbox (DSA art. 17), loaded when first opened
    this.unreadNotices = 0;
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

  ensureRoom(id) {
    let room = this.rooms.get(id);
    if (!room) {
      room = newRoom(id);
      this.rooms.set(id, room);
    }
    return room;
  }

  isBlockedDm(roomId) {
    const other = this.dms.get(roomId);
    return Boolean(other && this.blocked.has(other.id));
  }

  visibleTabs() {
    return this.tabOrder.filter((id) => {
      const room = this.rooms.get(id);
      return room && !room.hiddenTab && !this.isBlockedDm(id);
    });
  }

  unreadTotal() {
    let total = 0;
    for (const room of this.rooms.values()) total += room.unread;
    return total;
  }

  // ------------------------------------------------------------------ frames

  /** `hello`: who we are, limits, blocks, DMs (requests go through applyDmRequest). */
  applyHello(f) {
    this.me = f.user;
    this.remember(f.user);
    this.limits = { ...this.limits, ...(f.limits || {}) };
    this.blocked = new Set(f.blocked || []);
    for (const dm of f.dms || []) {
      this.dms.set(dm.room, dm.with);
      this.remember(dm.with);
    }
    this.unreadNotices = Number(f.unread_notices) || 0;
    this.notices = null; // reload the inbox when it is next opened
  }

  /**
   * The rooms to join after a `hello`: the saved ones on the first, every open one (from
   * its last seq, §2.2 join.since) after a reconnection, plus every DM.
   * @returns {{joins: {id: string, since?: number, password?: string}[], activate: string|null}}
   */
  planJoins({ first, saved }) {
    let targets;
    let activate;
    if (first) {
      targets = saved.rooms.length ? [...saved.rooms] : [DEFAULT_SALON];
      activate = saved.active && (targets.includes(saved.active) || saved.active.startsWith("dm:"))
        ? saved.active : targets[0];
    } else {
      targets = this.tabOrder.filter((id) => this.rooms.has(id));
      activate = this.active;
    }
    for (const dmRoom of this.dms.keys()) if (!targets.includes(dmRoom)) targets.push(dmRoom);
    const joins = targets.map((id) => {
      const room = this.rooms.get(id);
      const join = { id };
      if (!first && room?.lastSeq) join.since = room.lastSeq;
      if (room?.password) join.password = room.password;
      return join;
    });
    return { joins, activate: activate || null };
  }

  /** A join is on its way: remember the seq it resumes from. */
  startJoin(roomId, since) {
    const room = this.rooms.get(roomId);
    if (room) room.resumeSince = since ?? null;
  }

  /**
   * `joined`: members replaced, history merged (resume) or restarted (first join, or too
   * much missed). Messages missed while away count as unread unless `visible`.
   * Returns {room, reset, added}.
   */
  applyJoined(f, { visible = false, now = 0 } = {}) {
    const room = this.ensureRoom(f.room);
    room.name = f.name;
    room.topic = f.topic || "";
    room.sensitivePhotos = Boolean(f.sensitive_photos); // a DM: "photos sensibles" accepted
    const before = room.members;
    room.members = new Map();
    for (const user of f.members || []) {
      this.remember(user);
      if (!this.blocked.has(user.id)) room.members.set(user.id, user);
    }
    // The first page, unfiltered (a filtered window is asked for again, views/members.js).
    room.memberCount = Number(f.member_count) || room.members.size;
    room.matching = room.memberCount;
    room.view = { filters: NO_FILTERS, limit: this.limits.member_page || MEMBER_PAGE };
    // Joined again (after a drop, or a server restart): whoever is not back yet will be
    // returning, not arriving.
    for (const id of before.keys()) if (!room.members.has(id)) room.gone.set(id, now);
    const history = (f.history || []).filter((m) => !this.blocked.has(m.from.id));
    const resuming = room.resumeSince != null && room.items.length > 0;
    let added = 0;
    let reset = false;
    if (resuming && !f.has_more) {
      // Resume after a drop: add what was said while we were away.
      for (const m of history) {
        // A message released while we were away (protocol 24) is older than `since`:
        // shown where it arrives, like a live release.
        if (room.msgIds.has(m.msg_id) || (m.seq <= room.lastSeq && !m.released)) continue;
        this.addMessage(room, m, { count: !visible });
        added += 1;
      }
    } else {
      room.items = [];
      room.msgIds = new Set();
      room.lastSeq = 0;
      for (const m of history) this.addMessage(room, m, { count: false });
      room.hasMore = Boolean(f.has_more);
      reset = true;
    }
    room.resumeSince = null;
    room.joined = true;
    if (!this.tabOrder.includes(room.id)) this.tabOrder.push(room.id);
    if (room.kind === "dm" && !this.dms.has(room.id)) {
      const other = [...room.members.values()].find((u) => u.id !== this.me.id);
      if (other) this.dms.set(room.id, other);
    }
    return { room, reset, added };
  }

  /** The room is gone (left, removed by moderation, or restored but no longer there). */
  removeRoom(id) {
    this.rooms.delete(id);
    this.tabOrder = this.tabOrder.filter((r) => r !== id);
    const wasActive = this.active === id;
    if (wasActive) this.active = null;
    return wasActive;
  }

  /**
   * `message`. `visible`: the room is on screen (then it is not counted as unread).
   * Returns null (unknown room, blocked, duplicate) or
   * {room, item, confirmed, trimmed, counted, typingStopped}.
   */
  applyMessage(f, { visible = false } = {}) {
    const room = this.rooms.get(f.room);
    if (!room || this.blocked.has(f.from.id)) return null;
    return this.addMessage(room, f, { count: !visible });
  }

  /** Add a server message to a room (dedupe by msg_id; own pending echoes are confirmed). */
  addMessage(room, m, { count = true } = {}) {
    if (room.msgIds.has(m.msg_id)) return null;
    room.lastSeq = Math.max(room.lastSeq, m.seq);
    const mine = m.from.id === this.me.id;
    if (mine) {
      // Our own echo: confirm the pending bubble instead of adding a second one.
      const pending = room.items.find(
        (it) => it.type === "msg" && it.pending && (it.msgId === m.msg_id || (!it.msgId && it.text === m.text && it.media?.id === m.media?.id)),
      );
      if (pending) {
        Object.assign(pending, { pending: false, msgId: m.msg_id, seq: m.seq, ts: m.ts });
        room.pendingByReq.delete(pending.reqId);
        room.msgIds.add(m.msg_id);
        return { room, item: pending, confirmed: true, trimmed: false, counted: false, typingStopped: false };
      }
    }
    const item = messageItem(m, this.me);
    room.msgIds.add(m.msg_id);
    room.items.push(item);
    let trimmed = false;
    if (room.items.length > MAX_ITEMS) {
      room.items.splice(0, room.items.length - MAX_ITEMS + 100);
      room.hasMore = true;
      trimmed = true;
    }
    const counted = count && !mine && this.countUnread(room, item);
    // A message ends that person's "is typing".
    const typingStopped = room.typing.delete(m.from.id);
    return { room, item, confirmed: false, trimmed, counted, typingStopped };
  }

  countUnread(room, item) {
    room.unread += 1;
    if (item.mention || room.kind === "dm") room.mentions += 1;
    if (room.kind === "dm" && room.hiddenTab) room.hiddenTab = false;
    return true;
  }

  /** Returns true when there was something to clear. */
  markRead(id) {
    const room = id && this.rooms.get(id);
    if (!room || (!room.unread && !room.mentions)) return false;
    room.unread = 0;
    room.mentions = 0;
    return true;
  }

  /** Our own message, shown at once ("Envoi…") and confirmed by `sent` (or its broadcast). */
  addPending(room, text, now, cid = null, media = null) {
    const item = {
      type: "msg", pending: true, reqId: null, roomId: room.id, cid, text, ts: now, mine: true, media,
      from: { id: this.me.id, pseudo: this.me.pseudo },
    };
    room.items.push(item);
    return item;
  }

  /** Our message left as request `reqId`: its `sent` will say so. */
  markSending(item, reqId) {
    const room = this.rooms.get(item.roomId);
    if (item.reqId) room?.pendingByReq.delete(item.reqId);
    item.reqId = reqId;
    room?.pendingByReq.set(reqId, item);
  }

  /** Our message did not go (refused, or the link dropped before its `sent`). */
  markFailed(item) {
    this.rooms.get(item.roomId)?.pendingByReq.delete(item.reqId);
    item.pending = false;
  }

  /** Take a message out of its room (before sending it again). */
  dropItem(room, item) {
    room.items = room.items.filter((it) => it !== item);
  }

  /** `sent`: returns null or {room, item, dropped} (dropped: the broadcast was shown first). */
  applySent(f) {
    const room = this.rooms.get(f.room);
    const item = room?.pendingByReq.get(f.re);
    if (!item) return null;
    room.pendingByReq.delete(f.re);
    if (item.msgId === f.msg_id) return { room, item, dropped: false }; // confirmed already
    if (room.msgIds.has(f.msg_id)) {
      // Shown already: its broadcast came first, or (a resend after a drop or a reload, same
      // cid, §2.2) the history of the join had it.
      this.dropItem(room, item);
      return { room, item, dropped: true };
    }
    Object.assign(item, { pending: false, msgId: f.msg_id, seq: f.seq });
    room.msgIds.add(f.msg_id);
    return { room, item, dropped: false };
  }

  /**
   * `presence`: one tick's arrivals and departures in one room, applied as set operations
   * (someone already listed, or already gone, changes nothing). Returns null when nothing
   * changed, else {room, lines} with the arrival/departure lines added to the conversation.
   */
  applyPresence(f, now) {
    const room = this.rooms.get(f.room);
    if (!room) return null;
    const me = this.me?.id;
    const countBefore = room.memberCount;
    if (f.count != null) room.memberCount = f.count;
    if (f.matching != null) room.matching = f.matching;
    const changes = [];
    for (const user of f.left || []) {
      // We know we are here; a window that no longer reaches us says nothing about that.
      if (user.id === me || this.blocked.has(user.id) || !room.members.delete(user.id)) continue;
      room.typing.delete(user.id);
      room.gone.set(user.id, now);
      changes.push(["presence.left", user]);
    }
    for (const user of f.joined || []) {
      if (user.id === me || this.blocked.has(user.id)) continue;
      this.remember(user);
      const known = room.members.has(user.id);
      room.members.set(user.id, user);
      if (known) continue;
      const goneAt = room.gone.get(user.id);
      room.gone.delete(user.id);
      const returning = goneAt != null && now - goneAt < RETURN_QUIET_MS;
      changes.push(returning ? null : ["presence.joined", user]);
    }
    const counted = room.memberCount !== countBefore;
    if (!changes.length) return counted ? { room, lines: [] } : null;
    const lines = [];
    // A 1:1 DM has no arrival lines, nor a crowded salon; and only a window holding the
    // whole room (unfiltered, the room no longer than it) tells arrivals from people it
    // merely scrolled past.
    const whole = Math.min(PRESENCE_LINES_MAX, room.view.limit);
    if (room.kind !== "dm" && !filtering(room.view.filters) && room.memberCount <= whole && countBefore <= whole) {
      for (const [key, user] of changes.filter(Boolean)) {
        const item = { type: "sys", key, user, ts: now };
        room.items.push(item);
        lines.push(item);
      }
    }
    return { room, lines };
  }

  /**
   * `members`: the window of the list asked for with these filters and limit (§2.2);
   * later `presence` frames change this window. Returns the room, or null when the
   * answer is not the window wanted any more (`want`: the filters asked last).
   */
  applyMembers(f, filters, want = filters) {
    const room = this.rooms.get(f.room);
    if (!room || !sameFilters(filters, want)) return null;
    room.members = new Map();
    for (const user of f.members || []) {
      this.remember(user);
      if (!this.blocked.has(user.id)) room.members.set(user.id, user);
    }
    room.memberCount = f.count;
    room.matching = f.matching;
    room.view = { filters, limit: f.limit };
    return room;
  }

  /** Whether the window of a room shows these filters (else ask with `members`). */
  viewMatches(roomId, filters) {
    const room = this.rooms.get(roomId);
    return Boolean(room) && sameFilters(room.view.filters, filters);
  }

  /** `typing`: returns the room, or null when it is not shown. */
  applyTyping(f, now) {
    const room = this.rooms.get(f.room);
    if (!room || this.blocked.has(f.user.id) || f.user.id === this.me.id) return null;
    room.typing.set(f.user.id, { pseudo: f.user.pseudo, until: now + TYPING_SHOW_MS });
    return room;
  }

  /** Typing indicators that went stale; returns true when one did. */
  expireTyping(now) {
    let changed = false;
    for (const room of this.rooms.values()) {
      for (const [id, entry] of room.typing) {
        if (entry.until < now) {
          room.typing.delete(id);
          changed = true;
        }
      }
    }
    return changed;
  }

  /** `history`: older messages put in front. Returns the room or null. */
  applyHistory(f) {
    const room = this.rooms.get(f.room);
    if (!room) return null;
    room.loadingOlder = false;
    const older = (f.messages || []).filter((m) => !room.msgIds.has(m.msg_id) && !this.blocked.has(m.from.id));
    const items = older.map((m) => {
      room.msgIds.add(m.msg_id);
      return messageItem(m, this.me);
    });
    room.items.unshift(...items);
    room.hasMore = Boolean(f.has_more);
    return room;
  }

  /** `message_deleted`: returns the room when a message went away. */
  applyMessageDeleted(f) {
    const room = this.rooms.get(f.room);
    if (!room) return null;
    const before = room.items.length;
    room.items = room.items.filter((it) => !(it.type === "msg" && it.msgId === f.msg_id));
    return room.items.length !== before ? room : null;
  }

  /** The connection dropped: no room is joined, nobody is typing any more. */
  applyDisconnect() {
    for (const room of this.rooms.values()) {
      room.joined = false;
      room.typing.clear();
    }
  }

  /** `dm_opened`: returns the outgoing request it answers, if any. */
  applyDmOpened(f) {
    this.dms.set(f.room, f.with);
    this.remember(f.with);
    // Accepted here or in another tab: their request is answered, it leaves the panel.
    for (const [key, notif] of this.notifications) {
      if (notif.kind === "dm_request" && notif.from?.id === f.with.id) this.notifications.delete(key);
    }
    const waiting = this.outgoing.get(f.with.id);
    this.outgoing.delete(f.with.id);
    const room = this.rooms.get(f.room);
    if (room) room.hiddenTab = false;
    return waiting || null;
  }

  /** Add a DM request or an invitation; false when it is already there or from someone blocked. */
  addNotification(notif) {
    const from = notif.from || notif.by;
    if (this.notifications.has(notif.key) || (from && this.blocked.has(from.id))) return false;
    if (from) this.remember(from);
    this.notifications.set(notif.key, notif);
    return true;
  }

  /** §2.4 block: afterwards nothing from them anywhere. Returns the rooms whose messages changed. */
  applyBlock(userId) {
    this.blocked.add(userId);
    const changed = [];
    for (const room of this.rooms.values()) {
      room.members.delete(userId);
      room.typing.delete(userId);
      const before = room.items.length;
      room.items = room.items.filter(
        (it) => !(it.type === "msg" && it.from.id === userId) && !(it.type === "sys" && it.user?.id === userId),
      );
      if (room.items.length !== before) changed.push(room);
    }
    for (const [key, notif] of this.notifications) {
      if (notif.from?.id === userId || notif.by?.id === userId) this.notifications.delete(key);
    }
    this.outgoing.delete(userId);
    return changed;
  }

  /** The member list of a room as the views show it: blocked people left out, ids sorted. */
  memberIds(roomId) {
    const room = this.rooms.get(roomId);
    if (!room) return [];
    return [...room.members.keys()].filter((id) => !this.blocked.has(id)).sort();
  }
}
