// The composer's outbox: lines leave one at a time, in the order they were typed, and the
// rate limit paces them instead of refusing them (issue 10.3): a `rate_limited` or
// `server_busy` refusal (docs/protocol.md §2.5) puts the line back at the head with the
// server's `retry_after`, and its bubble says "envoi dans 2 s" until then.

/** Refusals that only mean "not now": the line is sent again after `retry_after`. */
export const PACED = new Set(["rate_limited", "server_busy"]);

export class Outbox {
  /**
   * @param {{
   *   send: (item: object) => Promise<object>,
   *   canSend: () => boolean,
   *   onChange: (item: object) => void,
   *   onFail: (item: object, err: object) => void,
   *   now?: () => number,
   * }} hooks `send` sends the item's `say` and settles with the reply; `onChange` redraws
   *   the item; `onFail` is told of a refusal that pacing does not cure.
   */
  constructor({ send, canSend, onChange, onFail, now = () => Date.now() }) {
    this.hooks = { send, canSend, onChange, onFail };
    this.now = now;
    this.queue = []; // items waiting, the one on its way first
    this.inFlight = null;
    this.timer = null;
  }

  /** A new line from the composer (already shown as "Envoi…"). */
  add(item) {
    item.notBefore = 0;
    this.queue.push(item);
    this.pump();
  }

  /** Items waiting for their turn (not the one on its way). */
  waiting() {
    return this.queue.filter((item) => item !== this.inFlight);
  }

  /** Send the head of the queue if it may go now, else wake up when it may. */
  pump() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight || !this.queue.length || !this.hooks.canSend()) return;
    const item = this.queue[0];
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
      if (PACED.has(err.code)) {
        // Not now: back at the head, after the server's delay (§2.5 retry_after, seconds).
        item.notBefore = this.now() + Math.max(1, Number(err.retry_after) || 1) * 1000;
        this.inFlight = null;
        this.hooks.onChange(item);
        this.pump();
        return;
      }
      this.done(item);
      this.hooks.onFail(item, err);
    });
  }

  done(item) {
    this.queue = this.queue.filter((it) => it !== item);
    if (this.inFlight === item) this.inFlight = null;
    this.pump();
  }

  /** Take an item out (its room went away, or the person blocked someone). */
  drop(item) {
    if (this.inFlight === item) return;
    this.queue = this.queue.filter((it) => it !== item);
  }

  stop() {
    clearTimeout(this.timer);
    this.queue = [];
    this.inFlight = null;
  }
}
