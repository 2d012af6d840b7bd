// The composer's outbox (issue 10.2, 10.3): nothing a person writes is lost.
// - Lines leave one at a time, in the order they were typed; each carries a client message
//   id (`say.cid`, docs/protocol.md §2.2) so that sending it again is safe: the server
//   answers a cid it already stored with the first `sent` and stores nothing twice.
// - A line typed offline, or on its way when the link dropped, waits and goes again by
//   itself when the connection is back, exactly once (the cid).
// - The rate limit paces instead of refusing: a `rate_limited` or `server_busy` refusal
//   puts the line back at the head with the server's `retry_after` ("envoi dans 2 s").
// - What is not acknowledged is kept in localStorage (OutboxStore) and survives a reload.

/** Refusals that only mean "not now": the line is sent again after `retry_after`. */
export const PACED = new Set(["rate_limited", "server_busy"]);
/** The link failed, not the line: it goes again, with the same cid, once back. */
export const LINK_LOST = new Set(["disconnected", "timeout"]);
/** The server remembers a cid for 10 minutes (§2.2): past that, a resend could be stored twice. */
export const KEEP_MS = 9 * 60 * 1000;

/** A fresh client message id: 1 to 64 characters of [A-Za-z0-9_-]. */
export function newCid() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The lines not yet acknowledged, kept for one person in localStorage. */
export class OutboxStore {
  constructor(key, storage = globalThis.localStorage) {
    this.key = key;
    this.storage = storage;
  }

  /** The lines still worth sending again ({cid, roomId, text, ts}), oldest first. */
  load(now) {
    let entries = [];
    try {
      entries = JSON.parse(this.storage?.getItem(this.key) || "[]");
    } catch {
      entries = [];
    }
    if (!Array.isArray(entries)) return [];
    return entries.filter((e) => e && typeof e.cid === "string" && typeof e.roomId === "string"
      && typeof e.text === "string" && Number.isFinite(e.ts) && now - e.ts < KEEP_MS);
  }

  save(items) {
    try {
      if (!items.length) this.storage?.removeItem(this.key);
      else {
        // `media`: a photo's {id, w, h, thumb} (photos.js), sent again with its line.
        // A photo still uploading is not kept: its upload dies with the page.
        const entries = items.filter((item) => !item.uploading)
          .map(({ cid, roomId, text, ts, media }) => ({ cid, roomId, text, ts, media }));
        this.storage?.setItem(this.key, JSON.stringify(entries));
      }
    } catch {
      // Storage full or refused (private mode): the outbox still works for this page.
    }
  }
}

export class Outbox {
  /**
   * @param {{
   *   send: (item: object) => Promise<object>,
   *   canSend: () => boolean,
   *   onChange: (item: object) => void,
   *   onFail: (item: object, err: object) => void,
   *   store?: OutboxStore,
   *   now?: () => number,
   * }} hooks `send` sends the item's `say` (with its cid) and settles with the reply;
   *   `onChange` redraws the item; `onFail` is told of a refusal that waiting does not cure.
   */
  constructor({ send, canSend, onChange, onFail, store = null, now = () => Date.now() }) {
    this.hooks = { send, canSend, onChange, onFail };
    this.store = store;
    this.now = now;
    this.queue = []; // items waiting, the one on its way first
    this.parked = []; // lines restored after a reload whose room is not joined yet
    this.inFlight = null;
    this.timer = null;
  }

  /** After a reload: the lines that were not acknowledged wait for their room's join. */
  restore(now) {
    this.parked = this.store ? this.store.load(now) : [];
  }

  /** The restored lines of a room that is now joined (they leave the parking). */
  unpark(roomId) {
    const lines = this.parked.filter((e) => e.roomId === roomId && !this.has(e.cid));
    this.parked = this.parked.filter((e) => e.roomId !== roomId);
    return lines;
  }

  /** A line from the composer (already shown as "Envoi…"), or one restored after a reload. */
  add(item) {
    item.cid = item.cid || newCid();
    item.notBefore = 0;
    this.queue.push(item);
    this.persist();
    this.pump();
  }

  /** Items waiting for their turn (not the one on its way). */
  waiting() {
    return this.queue.filter((item) => item !== this.inFlight);
  }

  has(cid) {
    return this.queue.some((item) => item.cid === cid);
  }

  /** Send the head of the queue if it may go now, else wake up when it may. */
  pump() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight || !this.queue.length || !this.hooks.canSend()) return;
    const item = this.queue[0];
    // A photo still uploading holds its place, and the lines typed after it wait behind
    // it (issue 11 §6: messages arrive in the order they were sent); `ready` sends it.
    if (item.uploading) return;
    const wait = item.notBefore - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => this.pump(), wait);
      return;
    }
    this.inFlight = item;
    item.notBefore = 0;
    this.hooks.onChange(item);
    this.hooks.send(item).then(() => {
      this.done(item);
    }, (err) => {
      if (this.inFlight !== item) return; // stopped meanwhile
      this.inFlight = null;
      if (PACED.has(err.code)) {
        // Not now: back at the head, after the server's delay (§2.5 retry_after, seconds).
        item.notBefore = this.now() + Math.max(1, Number(err.retry_after) || 1) * 1000;
        this.hooks.onChange(item);
        this.pump();
        return;
      }
      if (LINK_LOST.has(err.code)) {
        // The link failed, maybe after the server stored it: the same cid goes again once
        // the link is back (pump after hello), and the server answers the first `sent`.
        this.hooks.onChange(item);
        this.pump();
        return;
      }
      this.done(item);
      this.hooks.onFail(item, err);
    });
  }

  /** A photo's upload ended: it goes (with its media), or leaves the queue if refused. */
  ready(item, media) {
    if (!this.queue.includes(item)) return;
    item.uploading = false;
    if (media) {
      item.media = media;
      this.persist();
      this.pump();
    } else {
      this.done(item);
    }
  }

  /** The line is known stored (its broadcast came back): it will not go again. */
  settled(item) {
    if (!this.queue.includes(item)) return;
    this.done(item);
  }

  done(item) {
    this.queue = this.queue.filter((it) => it !== item);
    if (this.inFlight === item) this.inFlight = null;
    this.persist();
    this.pump();
  }

  persist() {
    this.store?.save([...this.parked, ...this.queue]);
  }

  /** Leaving the chat: forget everything (the person chose to go). */
  stop({ forget = false } = {}) {
    clearTimeout(this.timer);
    this.queue = [];
    this.parked = [];
    if (forget) this.store?.save([]);
    this.inFlight = null;
  }
}
