// The WebSocket half of the protocol (docs/protocol.md §2): one socket, request ids echoed
// as `re`, reconnection with exponential backoff, a heartbeat to notice dead links.

const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 30000;
// A dead link is noticed within 5 s while the page is visible (issue 10.1): a link silent
// for PROBE_IDLE_MS gets a `ping`, and no frame at all within PONG_TIMEOUT_MS ends it.
// Any frame proves the link alive, so a busy room costs no ping. A hidden tab (whose
// timers the browser slows down anyway) probes every PROBE_HIDDEN_MS, and probes at once
// when it is shown again or the browser says the network changed.
const HEARTBEAT_CHECK_MS = 250;
const PROBE_IDLE_MS = 1200;
const PROBE_HIDDEN_MS = 25000;
const PONG_TIMEOUT_MS = 2000;
const CONNECT_TIMEOUT_MS = 8000; // a server that accepts but never says `hello`
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
    this.heartbeat = null;
    this.lastHeard = 0; // when the server last sent anything
    this.pingAt = null; // when the unanswered probe left
    this.nextId = 1;
    this.pending = new Map(); // request id -> {resolve, reject, timer}
    this.stopped = false;
    this.onOnline = () => {
      if (this.state === "online") this.probe();
      else this.reconnectNow();
    };
    this.onOffline = () => {
      // The browser knows the network is gone: do not wait for the heartbeat.
      if (this.ws) this.lose();
      else if (this.state !== "online") this.setState("offline");
    };
    this.onVisible = () => {
      if (document.hidden) return;
      if (this.state === "online") this.probe();
      else if (this.state !== "connecting") this.reconnectNow();
    };
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
    document.addEventListener("visibilitychange", this.onVisible);
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
    clearTimeout(this.connectTimer);
    this.connectTimer = setTimeout(() => {
      if (this.ws === ws && this.state !== "online") this.lose();
    }, CONNECT_TIMEOUT_MS);
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
    this.lastHeard = Date.now();
    this.pingAt = null;
    if (frame.type === "hello") {
      clearTimeout(this.connectTimer);
      this.attempt = 0;
      this.setState("online");
      this.startHeartbeat();
    }
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
    clearTimeout(this.connectTimer);
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

  /**
   * The link is dead even if the socket does not know it yet (no answer to a probe, or the
   * browser went offline): treat it as closed now and reconnect with backoff.
   */
  lose() {
    const ws = this.ws;
    if (!ws) return;
    this.onClose(ws, { code: 1006 });
    try { ws.close(4000, "heartbeat"); } catch { /* already closed */ }
  }

  /** Ask the server for a sign of life now (unless a probe is already out). */
  probe() {
    if (!this.isOpen || this.pingAt != null) return;
    this.pingAt = Date.now();
    this.send({ type: "ping" });
  }

  startHeartbeat() {
    this.stopHeartbeat();
    this.lastHeard = Date.now();
    this.pingAt = null;
    this.heartbeat = setInterval(() => {
      if (!this.isOpen) return;
      const now = Date.now();
      if (this.pingAt != null) {
        if (now - this.pingAt > PONG_TIMEOUT_MS) this.lose();
        return;
      }
      const idle = document.hidden ? PROBE_HIDDEN_MS : PROBE_IDLE_MS;
      if (now - this.lastHeard > idle) this.probe();
    }, HEARTBEAT_CHECK_MS);
  }

  stopHeartbeat() {
    clearInterval(this.heartbeat);
    this.pingAt = null;
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
    clearTimeout(this.connectTimer);
    this.stopHeartbeat();
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    document.removeEventListener("visibilitychange", this.onVisible);
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      try { ws.close(1000, "bye"); } catch { /* already closed */ }
    }
    this.failPending("disconnected");
  }
}
