// 1:1 calls from an open DM (docs/protocol.md §2.6): ringing, answering, the WebRTC peer
// connection, microphone and camera, hanging up. The server relays only the signalling;
// audio and video go from browser to browser. Consent all the way: nothing is created
// before the callee accepts (no RTCPeerConnection, no microphone on their side), the camera
// is never on by default, and the other's video stays blurred until "Voir la caméra".
import { announceUrgent } from "./announce.js";
import { errorText } from "./errors.js";
import { t } from "./i18n.js";
import { alertPerson } from "./notify.js";
import { uploadPhoto } from "./photos.js";
import {
  CandidateBatcher, cameraCount, candidateInit, captureStill, getCamera, getMicrophone, mediaErrorKey,
  rtcConfig, stopStream,
} from "./rtc.js";
import { bindCallView, renderCall } from "./views/call.js";

const TIMER_MS = 1000;
// ICE restart (docs/protocol.md §2.6 "Connect"): the network path changed or failed.
const DISCONNECTED_MS = 2500; // "disconnected" this long (not a blip): restart
const RESTART_MS = 15000; // a restart not connected within this: the call is lost
const MAX_RESTARTS = 3; // restarts in a row without a connection in between

export class CallManager {
  constructor(chat) {
    this.chat = chat;
    this.enabled = false;
    this.call = null; // the call this tab holds or places
    this.incoming = null; // a call ringing here: {id, room, peer, ringUntil, accepting}
    this.timer = null;
    // A new network (Wi-Fi to mobile data, back online): the old path may be dead before
    // ICE notices, so the call restarts ICE at once.
    const changed = () => this.restartIce("network");
    window.addEventListener("online", changed);
    navigator.connection?.addEventListener?.("change", changed);
  }

  bind(on) {
    bindCallView(this, on);
  }

  setEnabled(enabled) {
    this.enabled = !!enabled;
  }

  render() {
    renderCall(this);
  }

  // ------------------------------------------------------------------ frames

  handleFrame(f) {
    switch (f.type) {
      case "call_incoming": return this.onIncoming(f);
      case "call_accepted": return this.onAccepted(f);
      case "call_ended": return this.onEnded(f);
      case "call_sdp": return this.onSdp(f);
      case "call_ice": return this.onIce(f);
      case "call_media": return this.onMedia(f);
      default: return undefined; // call_placed: the reply to start()
    }
  }

  onIncoming(f) {
    if (this.call || this.incoming) return; // the server says busy before this can happen
    if (this.chat.state.blocked.has(f.from.id)) return;
    this.incoming = { id: f.call, room: f.room, peer: f.from, ringUntil: f.ring_until, accepting: false };
    announceUrgent(`call-in-${f.call}`, t("calls.incoming_announce", { pseudo: f.from.pseudo }));
    // Papote in the background: a chime and a notification (nothing if the page is seen).
    alertPerson({ title: t("calls.incoming_title", { pseudo: f.from.pseudo }), body: t("calls.incoming_note"), onOpen: () => window.focus() });
    this.render();
  }

  onAccepted(f) {
    const call = this.call;
    if (call && call.id === f.call && call.role === "caller" && call.phase === "ringing") {
      call.phase = "connecting";
      call.answeredAt = Date.now();
      this.startTimer();
      announceUrgent(`call-up-${f.call}`, t("calls.accepted_announce", { pseudo: call.peer.pseudo }));
      this.connectAsCaller().catch((err) => this.fail(err));
      this.render();
    } else if (this.incoming?.id === f.call && !this.incoming.accepting) {
      this.incoming = null; // answered in another tab
      this.render();
    }
  }

  onEnded(f) {
    if (this.incoming?.id === f.call) {
      const { peer } = this.incoming;
      this.incoming = null;
      if (f.reason === "missed") {
        this.chat.toast(t("calls.missed", { pseudo: peer.pseudo }), "info");
        announceUrgent(`call-missed-${f.call}`, t("calls.missed", { pseudo: peer.pseudo }));
      }
      this.render();
      return;
    }
    if (this.call?.id !== f.call) return;
    const { peer } = this.call;
    this.cleanup();
    const text = t(`calls.ended.${f.reason}`, { pseudo: peer.pseudo, gender: peer.gender });
    this.chat.toast(text, f.reason === "hangup" || f.reason === "cancelled" ? "info" : "error");
    announceUrgent(`call-end-${f.call}`, text);
    this.render();
  }

  async onSdp(f) {
    const call = this.call;
    if (!call || call.id !== f.call || !call.pc) return;
    try {
      if (f.kind === "offer") {
        // Both sides restarted at once: the caller's offer wins, the callee drops its own
        // (setRemoteDescription rolls it back).
        const collision = call.makingOffer || call.pc.signalingState !== "stable";
        if (collision && call.role === "caller") return;
        await call.pc.setRemoteDescription({ type: "offer", sdp: f.sdp });
        await this.flushRemoteCandidates();
        if (call.role === "callee" && !call.answered) this.prepareAnswer();
        const answer = await call.pc.createAnswer();
        await call.pc.setLocalDescription(answer);
        this.chat.conn.send({ type: "call_sdp", call: call.id, kind: "answer", sdp: answer.sdp });
        call.answered = true;
        call.negotiated = true;
      } else if (call.pc.signalingState === "have-local-offer") {
        await call.pc.setRemoteDescription({ type: "answer", sdp: f.sdp });
        await this.flushRemoteCandidates();
        call.negotiated = true;
      }
      this.restartDone(call);
    } catch (err) {
      this.fail(err);
    }
  }

  async onIce(f) {
    const call = this.call;
    if (!call || call.id !== f.call || !call.pc) return;
    if (!call.pc.remoteDescription) {
      call.remoteCandidates.push(...f.candidates);
      return;
    }
    for (const candidate of f.candidates) {
      await call.pc.addIceCandidate(candidate).catch(() => {}); // a stale one: harmless
    }
  }

  async flushRemoteCandidates() {
    const call = this.call;
    const waiting = call.remoteCandidates.splice(0);
    for (const candidate of waiting) await call.pc.addIceCandidate(candidate).catch(() => {});
  }

  onMedia(f) {
    const call = this.call;
    if (!call || call.id !== f.call) return;
    const wasOn = call.remoteCamera;
    call.remoteCamera = f.camera;
    call.remoteMic = f.mic;
    if (f.camera && !wasOn) {
      announceUrgent(`call-cam-${call.id}-${Date.now()}`, t("calls.remote_camera_on", { pseudo: call.peer.pseudo }));
    }
    this.render();
  }

  // ------------------------------------------------------------------ actions

  /** Call the other person of the open DM `roomId`. */
  async start(roomId) {
    if (!this.enabled || this.call || this.incoming) return;
    const peer = this.chat.state.dms.get(roomId);
    if (!peer) return;
    let mic;
    try {
      mic = await getMicrophone();
    } catch (err) {
      this.chat.toast(t(`calls.errors.${mediaErrorKey(err)}`), "error");
      return;
    }
    this.call = newCall({ role: "caller", room: roomId, peer, mic, phase: "placing" });
    this.render();
    try {
      const placed = await this.chat.conn.request({ type: "call_request", room: roomId });
      if (this.call?.phase !== "placing") return; // hung up meanwhile
      this.call.id = placed.call;
      this.call.ice = placed.ice;
      this.call.phase = "ringing";
      this.render();
    } catch (err) {
      this.cleanup();
      this.chat.toast(errorText(err), "error");
      this.render();
    }
  }

  /** Answer the call ringing here: microphone first, then `call_accept`. */
  async accept() {
    const ring = this.incoming;
    if (!ring || ring.accepting) return;
    ring.accepting = true;
    this.render();
    let mic;
    try {
      mic = await getMicrophone();
    } catch (err) {
      ring.accepting = false;
      this.chat.toast(t(`calls.errors.${mediaErrorKey(err)}`), "error");
      this.render();
      return;
    }
    try {
      const accepted = await this.chat.conn.request({ type: "call_accept", call: ring.id });
      this.incoming = null;
      this.call = newCall({ role: "callee", room: ring.room, peer: ring.peer, mic, phase: "connecting" });
      this.call.id = ring.id;
      this.call.ice = accepted.ice;
      this.call.answeredAt = Date.now();
      this.createPeer(); // the caller's offer comes next
      this.startTimer();
      this.chat.openRoom?.(ring.room, { focus: false });
    } catch (err) {
      stopStream(mic);
      this.incoming = null;
      this.chat.toast(errorText(err), "error");
    }
    this.render();
  }

  decline() {
    const ring = this.incoming;
    if (!ring) return;
    this.incoming = null;
    this.chat.conn.request({ type: "call_decline", call: ring.id }).catch(() => {});
    this.render();
  }

  /** "Bloquer et signaler" on the ringing card: the block hangs up (server side). */
  blockAndReport() {
    const ring = this.incoming;
    if (!ring) return;
    this.incoming = null;
    this.render();
    this.chat.block(ring.peer).then(() => {
      this.chat.openDialog("report", { target_type: "call", target_id: ring.id, user: ring.peer });
    }, (err) => this.chat.toast(errorText(err), "error"));
  }

  hangup() {
    const call = this.call;
    if (!call) return;
    if (call.id) this.chat.conn.request({ type: "call_hangup", call: call.id }).catch(() => {});
    this.cleanup();
    this.render();
  }

  toggleMic() {
    const call = this.call;
    if (!call) return;
    call.micOn = !call.micOn;
    for (const track of call.mic.getAudioTracks()) track.enabled = call.micOn;
    this.sendMedia();
    this.render();
  }

  async toggleCamera() {
    const call = this.call;
    if (!call?.pc || call.cameraBusy) return;
    call.cameraBusy = true;
    try {
      if (call.camera) {
        await this.videoSender()?.replaceTrack(null);
        call.camera.stop();
        call.camera = null;
      } else {
        const track = await getCamera(call.facing);
        if (this.call !== call) {
          track.stop();
          return;
        }
        call.camera = track;
        call.cameras = await cameraCount();
        await this.videoSender()?.replaceTrack(track);
      }
      this.sendMedia();
    } catch (err) {
      this.chat.toast(t(`calls.errors.${mediaErrorKey(err)}`), "error");
    } finally {
      call.cameraBusy = false;
      this.render();
    }
  }

  /** A phone's other camera (front / back). */
  async switchCamera() {
    const call = this.call;
    if (!call?.camera || call.cameraBusy) return;
    call.cameraBusy = true;
    const facing = call.facing === "user" ? "environment" : "user";
    try {
      call.camera.stop(); // some phones cannot open both cameras at once
      const track = await getCamera(facing);
      call.camera = track;
      call.facing = facing;
      await this.videoSender()?.replaceTrack(track);
    } catch (err) {
      this.chat.toast(t(`calls.errors.${mediaErrorKey(err)}`), "error");
    } finally {
      call.cameraBusy = false;
      this.render();
    }
  }

  /** "Voir la caméra": the other's video is shown unblurred, for the rest of this call. */
  reveal() {
    if (!this.call) return;
    this.call.revealed = true;
    this.render();
  }

  /** Report the call; the still of the other's video is attached only if chosen. */
  async report(video) {
    const call = this.call;
    if (!call?.id) return;
    const still = call.remoteCamera ? await captureStill(video) : null;
    const { token } = this.chat;
    this.chat.openDialog("report", {
      target_type: "call",
      target_id: call.id,
      user: call.peer,
      still,
      extra: async (attach) => {
        if (!attach || !still) return {};
        const uploaded = await uploadPhoto(token, call.room, still.blob, () => {}, { evidence: true }).promise;
        return { still: uploaded.id };
      },
    });
  }

  // ------------------------------------------------------------------ WebRTC

  createPeer() {
    const call = this.call;
    const pc = new RTCPeerConnection(rtcConfig(call.ice));
    call.pc = pc;
    call.batcher = new CandidateBatcher((candidates) => {
      this.chat.conn.send({ type: "call_ice", call: call.id, candidates });
    });
    pc.onicecandidate = (e) => {
      if (e.candidate) call.batcher.add(candidateInit(e.candidate));
    };
    pc.ontrack = (e) => {
      call.remote.addTrack(e.track);
      this.render();
    };
    pc.onconnectionstatechange = () => {
      if (this.call !== call) return;
      if (pc.connectionState === "connected" && call.phase !== "active") {
        call.phase = "active";
        this.render();
      } else if (pc.connectionState === "failed") {
        this.restartIce("failed");
      }
    };
    pc.oniceconnectionstatechange = () => {
      if (this.call !== call) return;
      const ice = pc.iceConnectionState;
      clearTimeout(call.disconnectedTimer);
      if (ice === "connected" || ice === "completed") {
        this.restartDone(call);
      } else if (ice === "disconnected") {
        call.disconnectedTimer = setTimeout(() => {
          if (this.call === call && pc.iceConnectionState === "disconnected") this.restartIce("disconnected");
        }, DISCONNECTED_MS);
      } else if (ice === "failed") {
        this.restartIce("failed");
      }
    };
    // After the first exchange, any new offer is an ICE restart (restartIce() below asks
    // for it); either side may make it (docs/protocol.md §2.6).
    pc.onnegotiationneeded = async () => {
      if (this.call !== call || !call.negotiated) return; // the first offer is connectAsCaller's
      try {
        call.makingOffer = true;
        await pc.setLocalDescription();
        this.chat.conn.send({ type: "call_sdp", call: call.id, kind: "offer", sdp: pc.localDescription.sdp });
      } catch (err) {
        this.fail(err);
      } finally {
        call.makingOffer = false;
      }
    };
    return pc;
  }

  /** A restart is over once ICE is connected with the new exchange done (a restart on a
   * path that still worked never leaves "connected": no state change says it). */
  restartDone(call) {
    const ice = call.pc?.iceConnectionState;
    if (this.call !== call || call.pc.signalingState !== "stable" || (ice !== "connected" && ice !== "completed")) return;
    clearTimeout(call.restartTimer);
    call.restarts = 0;
    if (call.restarting) {
      call.restarting = false;
      this.render();
    }
  }

  /** Restart ICE: new candidates are gathered and a new offer goes through the server
   * (the media keeps its peer connection, tracks and camera). While the socket is away
   * it waits for it (`onHello` restarts then). Bounded: MAX_RESTARTS in a row, each
   * RESTART_MS to connect, or the call ends as failed. */
  restartIce(why) {
    const call = this.call;
    if (!call?.pc || !call.negotiated || call.reconnecting || call.restarting) return;
    if (call.restarts >= MAX_RESTARTS) {
      this.chat.toast(t("calls.errors.failed"), "error");
      this.hangup();
      return;
    }
    call.restarts += 1;
    call.restarting = why;
    this.render();
    clearTimeout(call.restartTimer);
    call.restartTimer = setTimeout(() => {
      if (this.call !== call || !call.restarting) return;
      const ice = call.pc.iceConnectionState;
      if (ice === "connected" || ice === "completed") return;
      call.restarting = false;
      if (call.restarts >= MAX_RESTARTS) {
        this.chat.toast(t("calls.errors.failed"), "error");
        this.hangup();
      } else {
        this.restartIce("timeout");
      }
    }, RESTART_MS);
    call.pc.restartIce(); // negotiationneeded: the new offer
  }

  /** The caller's side: microphone and an (empty) video line, then the offer. The camera
   * joins later by replacing the video line's track: no new offer needed. */
  async connectAsCaller() {
    const call = this.call;
    const pc = this.createPeer();
    for (const track of call.mic.getAudioTracks()) pc.addTrack(track, call.mic);
    pc.addTransceiver("video", { direction: "sendrecv" });
    const offer = await pc.createOffer();
    await pc.setLocalDescription(offer);
    this.chat.conn.send({ type: "call_sdp", call: call.id, kind: "offer", sdp: offer.sdp });
  }

  /** The callee's side, once the offer is set: its microphone on the audio line, and the
   * video line ready to carry a camera later. */
  prepareAnswer() {
    const call = this.call;
    for (const track of call.mic.getAudioTracks()) call.pc.addTrack(track, call.mic);
    for (const transceiver of call.pc.getTransceivers()) {
      if (transceiver.receiver.track?.kind === "video") transceiver.direction = "sendrecv";
    }
  }

  videoSender() {
    const transceiver = this.call?.pc?.getTransceivers().find((x) => x.receiver.track?.kind === "video");
    return transceiver?.sender || null;
  }

  sendMedia() {
    const call = this.call;
    if (!call?.id || call.phase === "ringing" || call.phase === "placing") return;
    this.chat.conn.send({ type: "call_media", call: call.id, camera: !!call.camera, mic: call.micOn });
  }

  // ------------------------------------------------------------------ life

  startTimer() {
    clearInterval(this.timer);
    this.timer = setInterval(() => this.render(), TIMER_MS);
  }

  fail(err) {
    console.warn("call failed", err); // eslint-disable-line no-console
    this.chat.toast(t("calls.errors.failed"), "error");
    this.hangup();
  }

  cleanup() {
    const call = this.call;
    this.call = null;
    clearInterval(this.timer);
    this.timer = null;
    if (!call) return;
    clearTimeout(call.restartTimer);
    clearTimeout(call.disconnectedTimer);
    call.batcher?.stop();
    call.pc?.close();
    stopStream(call.mic);
    call.camera?.stop();
  }

  /** The socket dropped. A call under way keeps its media (browser to browser) and
   * waits: the server holds it `reconnect_grace_seconds` for this tab to come back
   * (`onHello`). A call still ringing or being placed is over. */
  onConnState(state) {
    if (state === "online") return;
    const call = this.call;
    if (call?.pc && (call.phase === "active" || call.phase === "connecting")) {
      call.reconnecting = true;
    } else if (call) {
      this.cleanup();
      this.chat.toast(t("calls.ended.connection_lost", { pseudo: call.peer.pseudo }), "error");
    }
    this.incoming = null;
    this.render();
  }

  /** Back online (a new socket said hello): take the call back from this socket. If
   * the peer-to-peer link suffered too, the caller restarts ICE (a new offer). */
  async onHello() {
    const call = this.call;
    if (!call?.reconnecting) return;
    try {
      await this.chat.conn.request({ type: "call_resume", call: call.id });
    } catch {
      if (this.call !== call) return;
      this.cleanup();
      this.chat.toast(t("calls.ended.connection_lost", { pseudo: call.peer.pseudo }), "error");
      this.render();
      return;
    }
    if (this.call !== call) return;
    call.reconnecting = false;
    this.render();
    const ice = call.pc.iceConnectionState;
    if (ice === "disconnected" || ice === "failed") this.restartIce("socket");
  }

  destroy() {
    this.cleanup();
    this.incoming = null;
    this.render();
  }
}

function newCall({ role, room, peer, mic, phase }) {
  return {
    id: null, role, room, peer, mic, phase, ice: null, pc: null, batcher: null, reconnecting: false,
    negotiated: false, makingOffer: false, restarting: false, restarts: 0, restartTimer: null, disconnectedTimer: null,
    remote: new MediaStream(), remoteCandidates: [], answered: false, answeredAt: null,
    micOn: true, camera: null, cameraBusy: false, cameras: 0, facing: "user",
    remoteCamera: false, remoteMic: true, revealed: false,
  };
}
