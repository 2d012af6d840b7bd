// WebRTC helpers shared by 1:1 calls (calls.js) and anything else that sends or receives
// media: the RTCPeerConnection configuration from the server's `ice` (docs/protocol.md
// §2.6), microphone and camera capture, ICE candidates sent in small batches, byte counts
// from getStats(), a still of a <video>. No state of their own.

/** RTCConfiguration from the server's `ice {servers, policy}` (STUN/TURN, relay only). */
export function rtcConfig(ice) {
  const servers = (ice?.servers || []).map((s) => {
    const server = { urls: s.urls };
    if (s.username) server.username = s.username;
    if (s.credential) server.credential = s.credential;
    return server;
  });
  return { iceServers: servers, iceTransportPolicy: ice?.policy === "relay" ? "relay" : "all" };
}

/** The microphone, with the browser's echo cancellation and noise suppression. */
export function getMicrophone() {
  return navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    video: false,
  });
}

/** One camera track, facing `facing` ("user" or "environment") when the device has both. */
export async function getCamera(facing = "user") {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: { facingMode: facing, width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 24 } },
  });
  return stream.getVideoTracks()[0];
}

/** How many cameras the device has (labels need a permission; the count does not). */
export async function cameraCount() {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return devices.filter((d) => d.kind === "videoinput").length;
  } catch {
    return 0;
  }
}

export function stopStream(stream) {
  for (const track of stream?.getTracks() || []) track.stop();
}

/** Why getUserMedia failed, as a locale key (calls.errors.*). */
export function mediaErrorKey(error) {
  const name = error?.name || "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "no_device";
  if (name === "NotReadableError") return "busy_device";
  return "unavailable";
}

/**
 * Local ICE candidates go out in small batches (one frame per few candidates, not one per
 * candidate: the server counts frames). `send(candidates)` gets at most `max` at a time.
 */
export class CandidateBatcher {
  constructor(send, { delayMs = 60, max = 20 } = {}) {
    this.send = send;
    this.delayMs = delayMs;
    this.max = max;
    this.queue = [];
    this.timer = null;
  }

  add(candidate) {
    this.queue.push(candidate.toJSON ? candidate.toJSON() : candidate);
    if (!this.timer) this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  flush() {
    clearTimeout(this.timer);
    this.timer = null;
    while (this.queue.length) this.send(this.queue.splice(0, this.max));
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = null;
    this.queue = [];
  }
}

/** Only the fields the protocol carries (RTCIceCandidateInit). */
export function candidateInit(c) {
  const out = { candidate: c.candidate || "" };
  if (c.sdpMid != null) out.sdpMid = c.sdpMid;
  if (c.sdpMLineIndex != null) out.sdpMLineIndex = c.sdpMLineIndex;
  if (c.usernameFragment) out.usernameFragment = c.usernameFragment;
  return out;
}

/**
 * Bytes received and sent so far, by kind, from getStats() ({audioIn, videoIn, audioOut,
 * videoOut}): a call's quality display, and the tests' proof that media flows.
 */
export async function mediaBytes(pc) {
  const totals = { audioIn: 0, videoIn: 0, audioOut: 0, videoOut: 0 };
  if (!pc) return totals;
  const report = await pc.getStats();
  report.forEach((s) => {
    const kind = s.kind || s.mediaType;
    if (s.type === "inbound-rtp" && (kind === "audio" || kind === "video")) {
      totals[`${kind}In`] += s.bytesReceived || 0;
    } else if (s.type === "outbound-rtp" && (kind === "audio" || kind === "video")) {
      totals[`${kind}Out`] += s.bytesSent || 0;
    }
  });
  return totals;
}

/**
 * A still of what `video` shows now, at most `maxEdge` pixels on its longest side:
 * {blob (PNG), dataUrl} or null when it shows nothing yet.
 */
export async function captureStill(video, maxEdge = 1280) {
  const w = video?.videoWidth || 0;
  const h = video?.videoHeight || 0;
  if (!w || !h) return null;
  const scale = Math.min(1, maxEdge / Math.max(w, h));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  canvas.getContext("2d").drawImage(video, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  return blob ? { blob, dataUrl: canvas.toDataURL("image/png") } : null;
}
