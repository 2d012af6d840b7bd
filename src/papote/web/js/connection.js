// The WebSocket half of the protocol (docs/protocol.md §2): one socket, request ids echoed
// as `re`, reconnection with exponential backoff, a heartbeat to notice dead links.

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30000;
const PING_EVERY_MS = 25000;
const PONG_TIMEOUT_MS = 10000;
const REQUEST_TIMEOUT_MS = 15000;
export const CLOSE_UNAUTHORIZED = 4001; // §2.5 close codes
export const CLOSE_BANNED = 4003; // suspended or banned by moderation: never reconnect

/**
 * Events (CustomEvent.detail):
 *  - "frame": every server frame, in order (replies included);
 *  - "state": {state: "connecting"|"online"|"reconnecting"|"offline", retryAt, attempt};
 *  - "expired": the token is no longer valid (close 4001): go back to the entry page;
 *  - "banned": the person is suspended or banned (close 4003): no reconnection;
 *  - "closed": {code} a close the client did not ask for (before reconnecting).
 */
export class Connection extends EventTarget {
  constructor(token) {
    super();
    this.token = token;
    this.ws = null;
    this.state = "connecting";
    this.attempt = 0;
    this.retryTimer = null;
    this.retryAt = null;
    this.pingTimer = null;
    this.pongTimer = null;
    this.nextId = 1;
    this.pending = new Map(); // request id -> {resolve, reject, timer}
    this.stopped = false;
    this.onOnline = () => { if (this.state !== "online") this.reconnectNow(); };
    this.onOffline = () => { if (this.state !== "online") this.setState("offline"); };
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
  }

  get isOpen() {
    return this.state === "online" && this.ws && this.ws.readyState === WebSocket.OPEN;
  }

  setState(state) {
    this.state = state;
    this.emit("state", { state, retryAt: this.retryAt, attempt: this.attempt });
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  connect() {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAt = null;
    this.setState("connecting");
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const url = `${scheme}//${location.host}/ws?token=${encodeURIComponent(this.token)}`;
    let ws;
    try {
      ws = new WebSocket(url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.addEventListener("message", (event) => this.onMessage(ws, event));
    ws.addEventListener("close", (event) => this.onClose(ws, event));
  }

  onMessage(ws, event) {
    if (ws !== this.ws || typeof event.data !== "string") return;
    let frame;
    try {
      frame = JSON.parse(event.data);
    } catch {
      return;
    }
    if (!frame || typeof frame !== "object") return;
    if (frame.type === "hello") {
      this.attempt = 0;
      this.setState("online");
      this.startHeartbeat();
    }
    if (frame.type === "pong") clearTimeout(this.pongTimer);
    this.emit("frame", frame);
    if (frame.re != null && this.pending.has(frame.re)) {
      const { resolve, reject, timer } = this.pending.get(frame.re);
      clearTimeout(timer);
      this.pending.delete(frame.re);
      if (frame.type === "error") reject(frame);
      else resolve(frame);
    }
  }

  onClose(ws, event) {
    if (ws !== this.ws) return;
    this.ws = null;
    this.stopHeartbeat();
    this.failPending("disconnected");
    if (this.stopped) return;
    if (event.code === CLOSE_UNAUTHORIZED) {
      this.stop();
      this.emit("expired", { code: event.code });
      return;
    }
    if (event.code === CLOSE_BANNED) {
      this.stop();
      this.emit("banned", { code: event.code });
      return;
    }
    this.emit("closed", { code: event.code });
    this.scheduleReconnect();
  }

  scheduleReconnect() {
    if (this.stopped) return;
    // Exponential backoff with jitter: ~1 s, 2 s, 4 s ... capped at 30 s.
    const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** this.attempt);
    const delay = Math.round(base * (0.75 + Math.random() * 0.5));
    this.attempt += 1;
    this.retryAt = Date.now() + delay;
    this.retryTimer = setTimeout(() => this.connect(), delay);
    this.setState(navigator.onLine === false ? "offline" : "reconnecting");
  }

  /** Skip the wait and try again now (button "Réessayer maintenant", or back online). */
  reconnectNow() {
    if (this.stopped || this.state === "connecting" || this.isOpen) return;
    this.connect();
  }

  /** Drop the link on purpose and reconnect (used when a heartbeat goes unanswered). */
  drop() {
    if (this.ws) this.ws.close(4000, "heartbeat");
  }

  startHeartbeat() {
    this.stopHeartbeat();
    this.pingTimer = setInterval(() => {
      if (!this.isOpen) return;
      this.send({ type: "ping" });
      clearTimeout(this.pongTimer);
      this.pongTimer = setTimeout(() => {
        // No pong: the link is dead even if the socket says otherwise.
        const ws = this.ws;
        if (!ws) return;
        this.onClose(ws, { code: 1006 });
        try { ws.close(); } catch { /* already closed */ }
      }, PONG_TIMEOUT_MS);
    }, PING_EVERY_MS);
  }

  stopHeartbeat() {
    clearInterval(this.pingTimer);
    clearTimeout(this.pongTimer);
  }

  failPending(code) {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject({ type: "error", code, message: "" });
    }
    this.pending.clear();
  }

  /** Send a frame without waiting for a reply. Returns false when not connected. */
  send(frame) {
    if (!this.isOpen) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /**
   * Send a frame with a fresh `id`; resolves with the reply (`re` = id), rejects with the
   * `error` frame. The promise carries the id as `.requestId` for callers that track it.
   */
  request(frame) {
    const id = `c${this.nextId++}`;
    let promise;
    if (!this.isOpen) {
      promise = Promise.reject({ type: "error", code: "disconnected", message: "" });
    } else {
      promise = new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          this.pending.delete(id);
          reject({ type: "error", code: "timeout", message: "" });
        }, REQUEST_TIMEOUT_MS);
        this.pending.set(id, { resolve, reject, timer });
        this.ws.send(JSON.stringify({ ...frame, id }));
      });
    }
    promise.requestId = id;
    return promise;
  }

  /** Close for good (leaving the chat, or an expired session). */
  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.stopHeartbeat();
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      try { ws.close(1000, "bye"); } catch { /* already closed */ }
    }
    this.failPending("disconnected");
  }
}
