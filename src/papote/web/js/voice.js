// Voice salons (docs/protocol.md §2.7): the microphone, the WebRTC connection to the media
// server and the voice frames. The browser never speaks to Janus's API: its SDP offer goes
// to Papote (`voice_join`), which joins on its behalf and hands back the answer; the audio
// then flows to the media server (one mixed stream comes back). Drawing is views/voice.js.
import { announceUrgent } from "./announce.js";
import { errorText } from "./errors.js";
import { t } from "./i18n.js";
import { getMicrophone, mediaErrorKey, rtcConfig, stopStream } from "./rtc.js";
import { renderSpeaking, renderVoice } from "./views/voice.js";

const GATHER_MS = 2500; // the offer waits this long at most for its ICE candidates

/** Wait for ICE gathering to end (or GATHER_MS): Papote relays no trickled candidate. */
function gathered(pc) {
  if (pc.iceGatheringState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      if (pc.iceGatheringState !== "complete") return;
      pc.removeEventListener("icegatheringstatechange", done);
      resolve();
    };
    pc.addEventListener("icegatheringstatechange", done);
    setTimeout(resolve, GATHER_MS);
  });
}

export class VoiceClient {
  constructor(chat) {
    this.chat = chat;
    this.available = false; // hello.voice: a media server answers
    this.rooms = new Map(); // room id -> {cap, participants} (null: the room has no voice room)
    this.talking = new Map(); // room id -> Set of user ids speaking now
    this.ice = new Map(); // room id -> joined.ice (STUN/TURN for the media server)
    this.session = null; // {room, pc, stream, track, muted, mode, pressed}
    this.joiningRoom = null;
    this.mode = localStorage.getItem("papote.voice.mode") === "ptt" ? "ptt" : "open";
    // Blocking cannot take a voice out of the room's mix (docs/moderation.md "Voice
    // rooms"): the person is told before joining a voice room where someone they blocked
    // is, and when such a person is there while they are in it, with a way out.
    this.confirming = null; // room id whose join waits for "Rejoindre quand même"
    this.warned = new Set(); // blocked people already announced in this session
    this.blockedNotice = []; // blocked people present, announced and not dismissed
    this.deafened = false; // "Couper le son": the room's audio is not played here
  }

  /** The people in roomId's voice room whom we blocked. */
  blockedIn(roomId) {
    const info = this.rooms.get(roomId);
    const { blocked } = this.chat.state;
    return info ? info.participants.filter((p) => blocked.has(p.user.id)).map((p) => p.user) : [];
  }

  /** In voice: someone we blocked is there and was not announced yet (they came in, or
   * we just blocked them): announce them. Gone, they leave the notice. */
  checkBlocked() {
    if (!this.session) return;
    const present = this.blockedIn(this.session.room);
    const ids = new Set(present.map((u) => u.id));
    for (const id of [...this.warned]) if (!ids.has(id)) this.warned.delete(id); // back in: told again
    const fresh = present.filter((u) => !this.warned.has(u.id));
    for (const user of fresh) this.warned.add(user.id);
    const shown = this.blockedNotice.filter((u) => ids.has(u.id));
    this.blockedNotice = fresh.length ? [...shown, ...fresh] : shown;
    if (fresh.length) {
      announceUrgent(`voice-blocked:${this.session.room}:${fresh.map((u) => u.id)}:${Date.now()}`, t("voice.blocked_here", { count: fresh.length, names: fresh.map((u) => u.pseudo).join(", ") }));
    }
  }

  confirmJoin() {
    const roomId = this.confirming;
    this.confirming = null;
    if (roomId) this.join(roomId, { anyway: true });
  }

  cancelJoin() {
    this.confirming = null;
    this.render();
  }

  dismissBlocked() {
    this.blockedNotice = [];
    this.render();
  }

  // ------------------------------------------------------------------ frames

  onHello(f) {
    this.available = Boolean(f.voice);
  }

  onJoined(f) {
    this.rooms.set(f.room, f.voice || null);
    this.ice.set(f.room, f.ice || null);
  }

  onFrame(f) {
    if (f.type === "voice_state") {
      this.rooms.set(f.room, f.voice || null);
      const speaking = this.talking.get(f.room);
      if (speaking && f.voice) {
        const present = new Set(f.voice.participants.map((p) => p.user.id));
        for (const id of [...speaking]) if (!present.has(id)) speaking.delete(id);
      }
      if (!f.voice && this.session?.room === f.room) this.end("closed");
    } else if (f.type === "voice_talking") {
      if (!this.talking.has(f.room)) this.talking.set(f.room, new Set());
      const speaking = this.talking.get(f.room);
      if (f.talking) speaking.add(f.user);
      else speaking.delete(f.user);
      renderSpeaking(this.chat, this, f.room, f.user);
      return;
    } else if (f.type === "voice_ended") {
      if (this.session?.room === f.room) this.end(f.reason);
    }
    this.render();
  }

  /** The text room is gone (left, removed): its voice room goes with it. */
  onRoomGone(roomId) {
    this.rooms.delete(roomId);
    if (this.session?.room === roomId) this.end(null);
  }

  /** The WebSocket dropped: the server has taken us out of voice. */
  onOffline() {
    if (this.session) this.end("disconnected");
  }

  render() {
    this.checkBlocked();
    renderVoice(this.chat, this);
  }

  // ------------------------------------------------------------------ actions

  async join(roomId, { anyway = false } = {}) {
    if (this.joiningRoom || this.session?.room === roomId) return;
    const blocked = this.blockedIn(roomId);
    if (blocked.length && !anyway) {
      this.confirming = roomId; // nothing is opened (no microphone, no connection) yet
      this.render();
      announceUrgent(`voice-blocked-before:${roomId}:${Date.now()}`, t("voice.blocked_before", { count: blocked.length, names: blocked.map((u) => u.pseudo).join(", ") }));
      return;
    }
    if (this.session) await this.leave();
    this.joiningRoom = roomId;
    this.render();
    const ptt = this.mode === "ptt";
    let stream = null;
    let pc = null;
    try {
      stream = await getMicrophone(); // audio only: no video in voice salons
    } catch (err) {
      this.joiningRoom = null;
      const key = mediaErrorKey(err);
      this.chat.toast(t(key === "denied" ? "voice.mic_denied" : `calls.errors.${key}`), "error");
      this.render();
      return;
    }
    try {
      const [track] = stream.getAudioTracks();
      track.enabled = !ptt;
      pc = new RTCPeerConnection(rtcConfig(this.ice.get(roomId)));
      pc.addTrack(track, stream);
      pc.addEventListener("track", (e) => {
        const audio = document.getElementById("voice-audio");
        audio.srcObject = e.streams[0] || new MediaStream([e.track]);
        audio.muted = this.deafened;
        audio.play().catch(() => {});
      });
      pc.addEventListener("connectionstatechange", () => {
        if (this.session?.pc === pc && pc.connectionState === "failed") this.leave("disconnected");
      });
      await pc.setLocalDescription(await pc.createOffer());
      await gathered(pc);
      const reply = await this.chat.conn.request({
        type: "voice_join", room: roomId, sdp: pc.localDescription.sdp, muted: ptt,
      });
      await pc.setRemoteDescription({ type: "answer", sdp: reply.sdp });
      track.enabled = !reply.muted;
      this.session = { room: roomId, pc, stream, track, muted: reply.muted, pressed: false, forced: reply.muted && !ptt };
      this.rooms.set(roomId, reply.voice);
      // Those we were told about before joining are not announced again.
      this.warned = new Set(blocked.map((u) => u.id));
      this.blockedNotice = [];
      window.papoteVoice = this.session; // read by the browser tests (getStats)
    } catch (err) {
      pc?.close();
      stopStream(stream);
      this.chat.toast(errorText(err, { max: this.rooms.get(roomId)?.cap }), "error");
    } finally {
      this.joiningRoom = null;
      this.render();
    }
  }

  async leave(reason = null) {
    const session = this.session;
    if (!session) return;
    this.end(reason);
    try {
      await this.chat.conn.request({ type: "voice_leave", room: session.room });
    } catch {
      // already out (disconnected, removed): nothing to undo
    }
  }

  /** Close the media connection; say why when it was not our own choice. */
  end(reason) {
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.blockedNotice = [];
    this.deafened = false;
    window.papoteVoice = null;
    session.pc.close();
    stopStream(session.stream);
    const audio = document.getElementById("voice-audio");
    if (audio) audio.srcObject = null;
    if (reason) this.chat.toast(t(`voice.ended_${reason}`), reason === "removed" ? "error" : "info");
    this.render();
  }

  /** "Couper le son" (Discord's deafen): stop playing the room here, and since hearing
   * nothing while speaking would surprise the others, mute our microphone with it; the
   * sound comes back with the button, the microphone with its own. */
  setDeafened(deafened) {
    this.deafened = deafened;
    const audio = document.getElementById("voice-audio");
    if (audio) audio.muted = deafened;
    if (deafened && this.session && !this.session.muted) this.setMuted(true);
    this.render();
  }

  /** Mute or unmute ourselves (the server mutes us too, so nothing is mixed). */
  async setMuted(muted) {
    const session = this.session;
    if (!session) return;
    session.track.enabled = !muted;
    session.muted = muted;
    this.render();
    try {
      await this.chat.conn.request({ type: "voice_mute", room: session.room, muted });
    } catch (err) {
      session.track.enabled = false;
      session.muted = true;
      if (err.code === "voice_muted") session.forced = true;
      this.chat.toast(errorText(err), "error");
      this.render();
    }
  }

  setMode(mode) {
    this.mode = mode;
    localStorage.setItem("papote.voice.mode", mode);
    if (this.session) this.setMuted(mode === "ptt");
    this.render();
  }

  /** Push-to-talk: pressed speaks, released is muted. */
  press(down) {
    const session = this.session;
    if (!session || this.mode !== "ptt" || session.pressed === down) return;
    session.pressed = down;
    this.setMuted(!down);
  }

  async setEnabled(roomId, on) {
    try {
      await this.chat.conn.request({ type: "voice_enable", room: roomId, on });
    } catch (err) {
      this.chat.toast(errorText(err), "error");
    }
  }

  stop() {
    this.end(null);
  }
}
