// Unit tests of the chat's pure state (src/papote/web/js/state.js), run by Node's own test
// runner (`node --test tests/js/`; tests/unit/test_web_state.py runs them under pytest).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  ChatState, MASK, MAX_ITEMS, NO_FILTERS, PRESENCE_LINES_MAX, maskParts, maskedText, matchesFilters,
  membersFrame,
} from "../../src/papote/web/js/state.js";

const ROOM = "salon:general";

function user(n) {
  return { id: `u${n}`, pseudo: `Pseudo${n}`, gender: ["f", "m", "x"][n % 3], age: 20 + n, departement: "75" };
}

function message(seq, from, text = `message ${seq}`) {
  return { type: "message", room: ROOM, msg_id: `m${seq}`, seq, from: { id: from.id, pseudo: from.pseudo }, text, ts: 1_000 * seq };
}

function joined(members, history = [], extra = {}) {
  return { type: "joined", room: ROOM, name: "Général", topic: "", members, history, has_more: false, ...extra };
}

const ME = user(0);

function fresh() {
  const state = new ChatState(ME);
  state.applyHello({ type: "hello", user: ME, limits: { max_text_chars: 500 }, blocked: [], dms: [] });
  return state;
}

/** A small deterministic PRNG (mulberry32): the same sequences on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("a member list built from presence diffs equals a fresh join's list", () => {
  // Zulip's check: apply the events to a snapshot taken before; the result must equal a
  // fresh snapshot taken after. Here: 200 random runs of arrivals and departures, with
  // repeats (someone already there arrives again, someone gone leaves again).
  for (let seed = 1; seed <= 200; seed += 1) {
    const random = prng(seed);
    const people = Array.from({ length: 12 }, (_, i) => user(i + 1));
    const present = new Map([[ME.id, ME]]);
    for (const p of people) if (random() < 0.4) present.set(p.id, p);

    const live = fresh();
    live.applyJoined(joined([...present.values()]));
    for (let tick = 0; tick < 15; tick += 1) {
      // Each entry is the person's state at the end of the tick (§2.3 presence): someone
      // who came and went is in `left`; an entry may repeat what the list already says.
      const frame = { type: "presence", room: ROOM, joined: [], left: [] };
      for (const p of people) {
        const roll = random();
        if (roll < 0.15) present.set(p.id, p);
        else if (roll < 0.3) present.delete(p.id);
        else if (roll > 0.9) present.set(p.id, present.has(p.id) ? { ...p, age: p.age + 1 } : p);
        else continue;
        if (present.has(p.id)) frame.joined.push(present.get(p.id));
        else frame.left.push(p);
      }
      live.applyPresence(frame, tick);
    }

    const rejoined = fresh();
    rejoined.applyJoined(joined([...present.values()]));
    assert.deepEqual(live.memberIds(ROOM), rejoined.memberIds(ROOM), `seed ${seed}`);
    assert.deepEqual(
      [...live.rooms.get(ROOM).members.values()].sort((a, b) => a.id.localeCompare(b.id)),
      [...rejoined.rooms.get(ROOM).members.values()].sort((a, b) => a.id.localeCompare(b.id)),
      `seed ${seed}`,
    );
  }
});

test("blocked people are in no member list, whether they arrive live or by a join", () => {
  const bad = user(5);
  const live = fresh();
  live.applyJoined(joined([ME, user(1)]));
  live.applyBlock(bad.id);
  live.applyPresence({ type: "presence", room: ROOM, joined: [bad], left: [] }, 0);
  const rejoined = fresh();
  rejoined.applyBlock(bad.id);
  rejoined.applyJoined(joined([ME, user(1), bad]));
  assert.deepEqual(live.memberIds(ROOM), ["u0", "u1"]);
  assert.deepEqual(rejoined.memberIds(ROOM), live.memberIds(ROOM));
});

test("presence lines: one per real change, none above the crowd threshold", () => {
  const state = fresh();
  state.applyJoined(joined([ME]));
  const first = state.applyPresence({ type: "presence", room: ROOM, joined: [user(1)], left: [], count: 2, matching: 2 }, 5);
  assert.deepEqual(first.lines.map((l) => [l.key, l.user.id, l.ts]), [["presence.joined", "u1", 5]]);
  // Arriving again changes nothing, so no second line.
  assert.equal(state.applyPresence({ type: "presence", room: ROOM, joined: [user(1)], left: [], count: 2, matching: 2 }, 6), null);

  const crowd = Array.from({ length: PRESENCE_LINES_MAX + 1 }, (_, i) => user(100 + i));
  const n = PRESENCE_LINES_MAX + 3;
  const busy = state.applyPresence({ type: "presence", room: ROOM, joined: crowd, left: [], count: n, matching: n }, 7);
  assert.equal(busy.lines.length, 0);
});

test("unread counts built from messages equal what a reader has not seen", () => {
  const state = fresh();
  const other = user(1);
  state.applyJoined(joined([ME, other]));
  state.active = ROOM;
  state.applyMessage(message(1, other), { visible: true });
  assert.equal(state.rooms.get(ROOM).unread, 0);
  state.applyMessage(message(2, other), { visible: false });
  state.applyMessage(message(3, other, "salut Pseudo0"), { visible: false });
  state.applyMessage(message(3, other), { visible: false }); // a duplicate counts once
  state.applyMessage(message(4, ME), { visible: false }); // our own never counts
  const room = state.rooms.get(ROOM);
  assert.equal(room.unread, 2);
  assert.equal(room.mentions, 1);
  assert.equal(state.unreadTotal(), 2);
  assert.equal(state.markRead(ROOM), true);
  assert.equal(state.unreadTotal(), 0);
  assert.equal(state.markRead(ROOM), false);
});

test("a resumed join adds only what was missed, and counts it as unread", () => {
  const state = fresh();
  const other = user(1);
  state.applyJoined(joined([ME, other], [message(1, other), message(2, other)]));
  state.startJoin(ROOM, 2);
  const { reset, added } = state.applyJoined(joined([ME, other], [message(2, other), message(3, other)]));
  assert.equal(reset, false);
  assert.equal(added, 1);
  const room = state.rooms.get(ROOM);
  assert.deepEqual(room.items.map((it) => it.seq), [1, 2, 3]);
  assert.equal(room.unread, 1);
  assert.equal(room.lastSeq, 3);

  // Too much missed (has_more after since): start again from the page the server sent.
  state.startJoin(ROOM, 3);
  const again = state.applyJoined(joined([ME, other], [message(9, other)], { has_more: true }));
  assert.equal(again.reset, true);
  assert.deepEqual(room.items.map((it) => it.seq), [9]);
});

test("our own message is shown once: pending, then confirmed by sent or by its broadcast", () => {
  const state = fresh();
  state.applyJoined(joined([ME]));
  const room = state.rooms.get(ROOM);

  const a = state.addPending(room, "bonjour", 10);
  state.markSending(a, "c1");
  const sent = state.applySent({ type: "sent", re: "c1", room: ROOM, msg_id: "m1", seq: 1 });
  assert.equal(sent.dropped, false);
  assert.equal(state.applyMessage(message(1, ME, "bonjour")), null); // the broadcast after
  assert.deepEqual(room.items, [a]);
  assert.equal(a.pending, false);

  state.markSending(state.addPending(room, "re", 11), "c2");
  const echo = state.applyMessage(message(2, ME, "re")); // the broadcast first
  assert.equal(echo.confirmed, true);
  assert.equal(state.applySent({ type: "sent", re: "c2", room: ROOM, msg_id: "m2", seq: 2 }), null);
  assert.deepEqual(room.items.map((it) => it.msgId), ["m1", "m2"]);
});

test("a long conversation keeps the last messages and says there is more", () => {
  const state = fresh();
  const other = user(1);
  state.applyJoined(joined([ME, other]));
  let trimmed = 0;
  for (let seq = 1; seq <= MAX_ITEMS + 1; seq += 1) {
    if (state.applyMessage(message(seq, other)).trimmed) trimmed += 1;
  }
  const room = state.rooms.get(ROOM);
  assert.equal(trimmed, 1);
  assert.ok(room.items.length < MAX_ITEMS);
  assert.equal(room.items.at(-1).seq, MAX_ITEMS + 1);
  assert.equal(room.hasMore, true);
});

test("older history goes in front, without duplicates", () => {
  const state = fresh();
  const other = user(1);
  state.applyJoined(joined([ME, other], [message(5, other), message(6, other)], { has_more: true }));
  state.applyHistory({ type: "history", room: ROOM, messages: [message(4, other), message(5, other)], has_more: false });
  const room = state.rooms.get(ROOM);
  assert.deepEqual(room.items.map((it) => it.seq), [4, 5, 6]);
  assert.equal(room.hasMore, false);
});

test("blocking removes their messages, lines, typing and requests everywhere", () => {
  const state = fresh();
  const bad = user(1);
  state.applyJoined(joined([ME, bad], [message(1, bad)]));
  state.applyPresence({ type: "presence", room: ROOM, joined: [], left: [bad] }, 1);
  state.applyTyping({ type: "typing", room: ROOM, user: bad }, 2);
  state.addNotification({ key: "dm:r1", kind: "dm_request", from: bad });
  const changed = state.applyBlock(bad.id);
  const room = state.rooms.get(ROOM);
  assert.deepEqual(changed, [room]);
  assert.deepEqual(room.items, []);
  assert.equal(room.typing.size, 0);
  assert.equal(state.notifications.size, 0);
  assert.equal(state.addNotification({ key: "dm:r2", kind: "dm_request", from: bad }), false);
  assert.equal(state.applyMessage(message(2, bad)), null);
});

test("a DM opened with someone answers their request, in this tab or another", () => {
  const state = fresh();
  const asker = user(1);
  const other = user(2);
  state.addNotification({ key: "dm:r1", kind: "dm_request", from: asker });
  state.addNotification({ key: "dm:r2", kind: "dm_request", from: other });
  state.addNotification({ key: "inv:p1", kind: "invited", room: "priv:p1", by: asker });
  state.applyDmOpened({ type: "dm_opened", room: "dm:1", with: asker });
  assert.deepEqual([...state.notifications.keys()], ["dm:r2", "inv:p1"]);
});

test("typing shows for a while, then goes", () => {
  const state = fresh();
  state.applyJoined(joined([ME, user(1)]));
  state.applyTyping({ type: "typing", room: ROOM, user: user(1) }, 1_000);
  assert.equal(state.expireTyping(2_000), false);
  assert.equal(state.expireTyping(10_000), true);
  assert.equal(state.rooms.get(ROOM).typing.size, 0);
});

test("after a reconnection every open room is joined again from its last seq", () => {
  const state = fresh();
  assert.deepEqual(state.planJoins({ first: true, saved: { rooms: [], active: null } }), {
    joins: [{ id: "salon:general" }], activate: "salon:general",
  });
  state.applyHello({ type: "hello", user: ME, dms: [{ room: "dm:u0:u1", with: user(1) }] });
  state.applyJoined(joined([ME], [message(7, ME)]));
  state.active = ROOM;
  assert.deepEqual(state.planJoins({ first: false, saved: { rooms: [], active: null } }), {
    joins: [{ id: ROOM, since: 7 }, { id: "dm:u0:u1" }], activate: ROOM,
  });
});

test("a reconnection or a server restart adds no arrival lines for those coming back", () => {
  // Issue 10.12. We are in the salon with 1 and 2; the server restarts: our join comes
  // back with nobody else yet, then everyone reconnects over the next seconds.
  const state = fresh();
  state.applyJoined(joined([ME, user(1), user(2)]), { now: 0 });
  state.startJoin(ROOM, 0);
  state.applyJoined(joined([ME]), { now: 10_000 });
  const back = state.applyPresence({ type: "presence", room: ROOM, joined: [user(1), user(2)], left: [] }, 12_000);
  assert.deepEqual(back.lines, []);
  assert.deepEqual(state.memberIds(ROOM), ["u0", "u1", "u2"]);
  // Someone else's drop: a departure line, then no second arrival line when they return.
  const drop = state.applyPresence({ type: "presence", room: ROOM, joined: [], left: [user(1)] }, 20_000);
  assert.deepEqual(drop.lines.map((l) => l.key), ["presence.left"]);
  const again = state.applyPresence({ type: "presence", room: ROOM, joined: [user(1)], left: [] }, 25_000);
  assert.deepEqual(again.lines, []);
  // A real newcomer, and someone back long after leaving, do get a line.
  const news = state.applyPresence({ type: "presence", room: ROOM, joined: [user(3)], left: [user(2)] }, 30_000);
  assert.deepEqual(news.lines.map((l) => [l.key, l.user.id]), [["presence.left", "u2"], ["presence.joined", "u3"]]);
  const later = state.applyPresence({ type: "presence", room: ROOM, joined: [user(2)], left: [] }, 30_000 + 3_600_000);
  assert.deepEqual(later.lines.map((l) => [l.key, l.user.id]), [["presence.joined", "u2"]]);
});

test("a 1:1 DM has no arrival or departure lines", () => {
  const state = fresh();
  const dm = "dm:u0:u1";
  state.applyJoined({ ...joined([ME]), room: dm });
  const change = state.applyPresence({ type: "presence", room: dm, joined: [user(1)], left: [] }, 1);
  assert.deepEqual(change.lines, []);
  assert.deepEqual(state.memberIds(dm), ["u0", "u1"]);
  assert.deepEqual(state.rooms.get(dm).items, []);
});

// ---------------------------------------------------------------- member windows (v21)

/** What the server keeps for a window (docs/protocol.md §2.3): everyone present sorted by
 * pseudo without case then id, filtered, the first `limit`; and how it changed. */
function serverWindow(present, filters, limit) {
  const fold = (u) => u.pseudo.toLowerCase();
  return [...present.values()]
    .sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : a.id < b.id ? -1 : 1))
    .filter((u) => matchesFilters(filters, u))
    .slice(0, limit);
}

function windowDiff(room, before, after, present, filters) {
  const was = new Map(before.map((u) => [u.id, u]));
  const now = new Set(after.map((u) => u.id));
  return {
    type: "presence", room,
    joined: after.filter((u) => was.get(u.id) !== u),
    left: before.filter((u) => !now.has(u.id)),
    count: present.size,
    matching: [...present.values()].filter((u) => matchesFilters(filters, u)).length,
  };
}

test("a window built from presence diffs equals a fresh members page, filters and all", () => {
  const filtersList = [NO_FILTERS, { gender: "f", ageMin: null, ageMax: null, dept: "" }, { gender: "", ageMin: 25, ageMax: 40, dept: "" }];
  for (let seed = 1; seed <= 60; seed += 1) {
    const random = prng(seed);
    const people = Array.from({ length: 40 }, (_, i) => user(i + 1));
    const present = new Map([[ME.id, ME]]);
    for (const p of people) if (random() < 0.5) present.set(p.id, p);
    const filters = filtersList[seed % filtersList.length];
    const limit = 5 + (seed % 4);
    const live = fresh();
    live.applyJoined(joined([ME]));
    let window = serverWindow(present, filters, limit);
    const page = { type: "members", room: ROOM, members: window, count: present.size, matching: 0, limit };
    page.matching = [...present.values()].filter((u) => matchesFilters(filters, u)).length;
    live.applyMembers(page, filters);
    for (let tick = 0; tick < 12; tick += 1) {
      for (const p of people) {
        const roll = random();
        if (roll < 0.1) present.set(p.id, p);
        else if (roll < 0.2) present.delete(p.id);
      }
      const next = serverWindow(present, filters, limit);
      live.applyPresence(windowDiff(ROOM, window, next, present, filters), tick);
      window = next;
    }
    const again = fresh();
    again.applyJoined(joined([ME]));
    const freshPage = { type: "members", room: ROOM, members: serverWindow(present, filters, limit), count: present.size, matching: 0, limit };
    freshPage.matching = [...present.values()].filter((u) => matchesFilters(filters, u)).length;
    again.applyMembers(freshPage, filters);
    const without = (ids) => ids.filter((id) => id !== ME.id);
    assert.deepEqual(without(live.memberIds(ROOM)), without(again.memberIds(ROOM)), `seed ${seed}`);
    const [a, b] = [live.rooms.get(ROOM), again.rooms.get(ROOM)];
    assert.deepEqual([a.memberCount, a.matching], [b.memberCount, b.matching], `seed ${seed}`);
  }
});

test("a joined frame's count and first page; a filtered window has no arrival lines", () => {
  const state = fresh();
  state.applyJoined(joined([ME, user(1)], [], { member_count: 4000 }));
  const room = state.rooms.get(ROOM);
  assert.equal(room.memberCount, 4000);
  assert.equal(room.view.limit, 100);
  const women = { gender: "f", ageMin: null, ageMax: null, dept: "" };
  assert.ok(!state.viewMatches(ROOM, women));
  state.applyMembers({ type: "members", room: ROOM, members: [user(2)], count: 5, matching: 1, limit: 100 }, women);
  assert.ok(state.viewMatches(ROOM, women));
  const change = state.applyPresence({ type: "presence", room: ROOM, joined: [user(5)], left: [], count: 6, matching: 2 }, 1);
  assert.deepEqual(change.lines, []);
  assert.deepEqual(state.memberIds(ROOM), ["u2", "u5"]);
  // An answer to filters changed since is not applied.
  const men = { gender: "m", ageMin: null, ageMax: null, dept: "" };
  assert.equal(state.applyMembers({ type: "members", room: ROOM, members: [], count: 6, matching: 0, limit: 100 }, men, women), null);
  // A count-only frame is still a change (the count is shown).
  assert.ok(state.applyPresence({ type: "presence", room: ROOM, joined: [], left: [], count: 7, matching: 2 }, 2));
  // A window that no longer reaches us does not take us out of the list.
  state.applyMembers({ type: "members", room: ROOM, members: [ME], count: 7, matching: 7, limit: 100 }, NO_FILTERS);
  state.applyPresence({ type: "presence", room: ROOM, joined: [], left: [ME], count: 7, matching: 7 }, 3);
  assert.deepEqual(state.memberIds(ROOM), ["u0"]);
});

test("the members frame says the filters the server applies", () => {
  assert.deepEqual(membersFrame(ROOM, NO_FILTERS, 100), { type: "members", room: ROOM, limit: 100 });
  assert.deepEqual(
    membersFrame(ROOM, { gender: "x", ageMin: 20, ageMax: 30, dept: "2A" }, 200),
    { type: "members", room: ROOM, limit: 200, gender: "x", age_min: 20, age_max: 30, departement: "2A" },
  );
});

test("masked contact details: code-point offsets, bad spans skipped, the text for alerts hides them", () => {
  const text = "😀 06 12 34 56 78 ou a@b.test";
  // Python counts the emoji as one: "06..." starts at 2.
  const mask = [{ start: 20, end: 28, kind: "email" }, { start: 2, end: 16, kind: "phone" }, { start: 5, end: 3, kind: "x" }, { start: 40, end: 50, kind: "x" }];
  const parts = maskParts(text, mask);
  assert.deepEqual(parts.filter((p) => p.masked).map((p) => [p.text, p.kind]), [["06 12 34 56 78", "phone"], ["a@b.test", "email"]]);
  assert.equal(parts.map((p) => p.text).join(""), text);
  assert.equal(maskedText(text, mask), `😀 ${MASK} ou ${MASK}`);
});

test("a held message released by a moderator arrives late: at the bottom, marked, lastSeq kept", () => {
  const state = fresh();
  const other = user(1);
  state.applyJoined(joined([ME, other], [message(1, other), message(3, other)]));
  const room = state.rooms.get(ROOM);
  const late = state.applyMessage({ ...message(2, other, "publié après coup"), released: true });
  assert.equal(late.item.released, true);
  assert.deepEqual(room.items.map((it) => it.seq), [1, 3, 2]);
  assert.equal(room.lastSeq, 3); // a resume still asks from 3
  assert.equal(state.applyMessage({ ...message(2, other), released: true }), null); // once
  assert.equal(state.applyMessage(message(4, other)).item.released, false);
});

test("a message released while we were away comes with the resume and is shown late (protocol 24)", () => {
  const state = fresh();
  const other = user(1);
  state.applyJoined(joined([ME, other], [message(1, other), message(3, other)]));
  const room = state.rooms.get(ROOM);
  state.startJoin(ROOM, 3);
  const history = [{ ...message(2, other, "publié après coup"), released: true }, message(4, other)];
  const { reset, added } = state.applyJoined(joined([ME, other], history));
  assert.equal(reset, false);
  assert.equal(added, 2);
  assert.deepEqual(room.items.map((it) => [it.seq, it.released]), [[1, false], [3, false], [2, true], [4, false]]);
  assert.equal(room.lastSeq, 4);
  // Resumed again with it already shown: not twice.
  state.startJoin(ROOM, 4);
  assert.equal(state.applyJoined(joined([ME, other], [{ ...message(2, other), released: true }])).added, 0);
});
