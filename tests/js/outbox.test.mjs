// The composer's outbox (src/papote/web/js/outbox.js): order, pacing, resending after a
// drop with the same cid, and what survives a reload.
import assert from "node:assert/strict";
import { test } from "node:test";

import { KEEP_MS, Outbox, OutboxStore, newCid } from "../../src/papote/web/js/outbox.js";

class MemoryStorage {
  constructor() { this.data = new Map(); }
  getItem(key) { return this.data.has(key) ? this.data.get(key) : null; }
  setItem(key, value) { this.data.set(key, String(value)); }
  removeItem(key) { this.data.delete(key); }
}

/** A server that stores a cid once, as docs/protocol.md §2.2 says, and a link that can fail. */
function harness({ storage = new MemoryStorage(), now = { t: 1_000_000 } } = {}) {
  const server = { stored: [], byCid: new Map(), online: true, answers: [] };
  const sent = [];
  const failed = [];
  const box = new Outbox({
    send: (item) => {
      sent.push(item.cid);
      return new Promise((resolve, reject) => server.answers.push({ item, resolve, reject }));
    },
    canSend: () => server.online,
    onChange: () => {},
    onFail: (item, err) => failed.push([item.text, err.code]),
    store: new OutboxStore("papote.outbox.u1", storage),
    now: () => now.t,
  });
  /** The server answers the oldest outstanding say: stored (or its first answer), or `err`. */
  const answer = async (err) => {
    const { item, resolve, reject } = server.answers.shift();
    if (err) reject(err);
    else {
      if (!server.byCid.has(item.cid)) {
        server.byCid.set(item.cid, server.stored.length + 1);
        server.stored.push(item.text);
      }
      resolve({ type: "sent", seq: server.byCid.get(item.cid), cid: item.cid });
    }
    await new Promise((r) => setImmediate(r));
  };
  return { box, server, sent, failed, answer, storage, now };
}

const line = (text, ts = 1_000_000) => ({ type: "msg", pending: true, roomId: "salon:general", text, ts });

test("a cid is 1 to 64 characters of [A-Za-z0-9_-], fresh each time", () => {
  const a = newCid();
  assert.match(a, /^[A-Za-z0-9_-]{1,64}$/);
  assert.notEqual(a, newCid());
});

test("lines leave one at a time, in the order typed", async () => {
  const { box, server, sent, answer } = harness();
  for (const text of ["un", "deux", "trois"]) box.add(line(text));
  assert.equal(sent.length, 1);
  await answer();
  await answer();
  await answer();
  assert.deepEqual(server.stored, ["un", "deux", "trois"]);
  assert.equal(box.queue.length, 0);
});

test("the rate limit paces: the refused line goes again after retry_after, still first", async () => {
  const { box, server, sent, failed, answer, now } = harness();
  box.add(line("un"));
  box.add(line("deux"));
  await answer({ code: "rate_limited", retry_after: 2 });
  assert.equal(box.queue[0].notBefore, now.t + 2000);
  assert.equal(sent.length, 1); // "deux" waits behind it
  now.t += 2000;
  box.pump();
  await answer();
  await answer();
  assert.deepEqual(server.stored, ["un", "deux"]);
  assert.deepEqual(failed, []);
  box.stop();
});

test("a line whose link dropped goes again with the same cid, and is stored once", async () => {
  const { box, server, sent, answer } = harness();
  box.add(line("bonjour"));
  // The server stored it, but the link dropped before its `sent` came back.
  const first = server.answers[0].item;
  server.byCid.set(first.cid, 1);
  server.stored.push(first.text);
  server.online = false;
  await answer({ code: "disconnected" });
  assert.equal(box.queue.length, 1);
  box.pump();
  assert.equal(sent.length, 1); // offline: it waits
  server.online = true;
  box.pump(); // after hello
  await answer();
  assert.deepEqual(sent, [first.cid, first.cid]);
  assert.deepEqual(server.stored, ["bonjour"]);
  assert.equal(box.queue.length, 0);
});

test("other refusals are told, and the next line goes", async () => {
  const { box, server, failed, answer } = harness();
  box.add(line("trop"));
  box.add(line("ok"));
  await answer({ code: "muted" });
  await answer();
  assert.deepEqual(failed, [["trop", "muted"]]);
  assert.deepEqual(server.stored, ["ok"]);
});

test("what is not acknowledged survives a reload, and then goes exactly once", async () => {
  const storage = new MemoryStorage();
  const before = harness({ storage });
  before.server.online = false;
  before.box.add(line("écrit hors ligne"));
  before.box.add({ ...line("autre salon"), roomId: "salon:sport" });
  const cids = before.box.queue.map((it) => it.cid);

  // The page reloads: a new outbox on the same storage, rooms joined one by one.
  const after = harness({ storage });
  after.box.restore(after.now.t);
  assert.deepEqual(after.box.unpark("salon:general").map((e) => [e.text, e.cid]), [["écrit hors ligne", cids[0]]]);
  after.box.add({ ...line("écrit hors ligne"), cid: cids[0] });
  // The other room is not joined yet: its line is still kept.
  assert.equal(new OutboxStore("papote.outbox.u1", storage).load(after.now.t).length, 2);
  await after.answer();
  assert.deepEqual(after.server.stored, ["écrit hors ligne"]);
  assert.deepEqual(after.sent, [cids[0]]);
  assert.deepEqual(new OutboxStore("papote.outbox.u1", storage).load(after.now.t).map((e) => e.cid), [cids[1]]);
});

test("lines older than the server's memory of cids are not sent again", () => {
  const storage = new MemoryStorage();
  const store = new OutboxStore("k", storage);
  store.save([{ ...line("vieux", 0), cid: "a" }, { ...line("récent", KEEP_MS), cid: "b" }]);
  assert.deepEqual(store.load(KEEP_MS + 1).map((e) => e.text), ["récent"]);
  storage.setItem("k", "{not json");
  assert.deepEqual(store.load(0), []);
});

test("a line seen stored (its broadcast came back) is not sent again", async () => {
  const { box, sent } = harness();
  box.add(line("vu"));
  const item = box.queue[0];
  box.settled(item);
  assert.equal(box.queue.length, 0);
  box.pump();
  assert.equal(sent.length, 1);
});

test("a photo still uploading holds its place: what is typed after it waits behind it", async () => {
  const { box, server, sent, answer, storage } = harness();
  const photo = { ...line("la plage"), uploading: true };
  box.add(photo);
  box.add(line("et après"));
  assert.equal(sent.length, 0); // nothing overtakes the photo
  // A reload now would not send a photo that has no upload: only the line is kept.
  assert.deepEqual(JSON.parse(storage.getItem("papote.outbox.u1")).map((e) => e.text), ["et après"]);
  box.ready(photo, { id: "m1", w: 10, h: 10, thumb: { w: 5, h: 5 } });
  await answer();
  await answer();
  assert.deepEqual(server.stored, ["la plage", "et après"]);
  assert.equal(box.queue.length, 0);
});

test("a photo refused or cancelled while uploading leaves the queue: the next line goes", async () => {
  const { box, server, answer } = harness();
  const photo = { ...line(""), uploading: true };
  box.add(photo);
  box.add(line("texte"));
  box.ready(photo, null);
  await answer();
  assert.deepEqual(server.stored, ["texte"]);
  assert.equal(box.queue.length, 0);
});
