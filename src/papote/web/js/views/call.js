// The call's screens (docs/ui.md "Calls"): the ringing card (accept / decline / block and
// report) and the call panel (who, timer, the other's video blurred until "Voir la
// caméra", one's own preview, mute, camera, switch camera, report, hang up). The elements
// are built once and updated, so that a render never interrupts the audio or the video.
import { $, h, replace, sameElement } from "../dom.js";
import { t } from "../i18n.js";
import { hydrateIcons } from "../icons.js";
import { avatar, describeUser } from "../people.js";

let els = null;
let returnTo = null; // what had the focus before the call layer took it

function button(act, iconName, extra = {}) {
  return h("button", { type: "button", class: `call-btn call-${act}`, dataset: { callAct: act }, ...extra },
    h("span", { "data-icon": iconName }), h("span", { class: "call-btn-label" }));
}

function build() {
  const ringTitle = h("h2", { id: "call-ring-title", class: "call-ring-title" });
  const ring = h("section", {
    id: "call-ring", class: "call-ring", role: "dialog", "aria-modal": "false",
    "aria-labelledby": "call-ring-title", "aria-describedby": "call-ring-info", tabindex: "-1", hidden: true,
  },
  h("div", { class: "call-ring-who" }, h("span", { class: "call-ring-avatar" }),
    h("div", {}, ringTitle, h("p", { id: "call-ring-info", class: "call-ring-info" }))),
  h("p", { class: "call-ring-note" }),
  h("div", { class: "call-ring-actions" },
    button("accept", "phone"), button("decline", "phone-off"), button("block", "ban")));

  const remoteVideo = h("video", { class: "call-remote-video", autoplay: true, playsinline: true, muted: true });
  const localVideo = h("video", { class: "call-local-video", autoplay: true, playsinline: true, muted: true, hidden: true });
  const audio = h("audio", { class: "call-audio", autoplay: true });
  remoteVideo.muted = true; // the sound plays from `audio`; autoplay needs muted video
  localVideo.muted = true;
  const reveal = h("button", { type: "button", class: "btn btn-primary call-reveal", dataset: { callAct: "reveal" } },
    h("span", { "data-icon": "eye" }), h("span", { class: "call-reveal-label" }));
  const panel = h("section", { id: "call-panel", class: "call-panel", "aria-labelledby": "call-peer", hidden: true },
    h("div", { class: "call-head" },
      h("span", { class: "call-peer-avatar" }),
      h("div", { class: "call-head-text" },
        h("h2", { id: "call-peer", class: "call-peer" }),
        h("p", { class: "call-status" }, h("span", { class: "call-phase" }), " ",
          h("span", { class: "call-timer", role: "timer", "aria-live": "off" })))),
    h("div", { class: "call-stage", hidden: true },
      h("div", { class: "call-remote", dataset: { blurred: "true" } }, remoteVideo,
        h("div", { class: "call-veil" }, h("p", { class: "call-veil-text" }), reveal)),
      localVideo),
    h("p", { class: "call-remote-state muted" }),
    h("div", { class: "call-controls", role: "toolbar" },
      button("mic", "mic"), button("camera", "video"), button("switch", "refresh"),
      button("report", "flag"), button("hangup", "phone-off")),
    audio);
  const layer = $("#call-layer");
  replace(layer, ring, panel);
  hydrateIcons(layer);
  els = { layer, ring, ringTitle, panel, remoteVideo, localVideo, audio };
}

export function bindCallView(calls, on) {
  build();
  on(els.layer, "click", (e) => {
    const act = e.target.closest("[data-call-act]")?.dataset.callAct;
    if (act === "accept") calls.accept();
    else if (act === "decline") calls.decline();
    else if (act === "block") calls.blockAndReport();
    else if (act === "hangup") calls.hangup();
    else if (act === "mic") calls.toggleMic();
    else if (act === "camera") calls.toggleCamera();
    else if (act === "switch") calls.switchCamera();
    else if (act === "reveal") calls.reveal();
    else if (act === "report") calls.report(els.remoteVideo);
  });
  // The ringing card is a dialog: Escape is its "Refuser".
  on(els.ring, "keydown", (e) => {
    if (e.key === "Escape" && !e.defaultPrevented) {
      e.preventDefault();
      calls.decline();
    }
  });
  on(els.layer, "focusin", (e) => {
    if (!returnTo && !els.layer.contains(e.relatedTarget)) returnTo = e.relatedTarget;
  });
  on(window, "papote:lang", () => renderCall(calls));
}

function label(btn, text, pressed = null) {
  btn.querySelector(".call-btn-label").textContent = text;
  btn.setAttribute("aria-label", text);
  btn.title = text;
  if (pressed != null) btn.setAttribute("aria-pressed", String(pressed));
}

function setIcon(btn, name) {
  const holder = btn.querySelector("[data-icon]");
  if (holder.dataset.icon !== name) {
    holder.dataset.icon = name;
    hydrateIcons(btn);
  }
}

function clock(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const s = String(total % 60).padStart(2, "0");
  const m = Math.floor(total / 60);
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function renderRing(ring) {
  els.ring.hidden = !ring;
  if (!ring) return;
  const { peer } = ring;
  els.ringTitle.textContent = t("calls.incoming_title", { pseudo: peer.pseudo });
  $("#call-ring-info").textContent = describeUser(peer);
  replace($(".call-ring-avatar", els.ring), avatar(peer, "avatar-lg"));
  $(".call-ring-note", els.ring).textContent = t("calls.incoming_note");
  const accept = $(".call-accept", els.ring);
  label(accept, t(ring.accepting ? "calls.accepting" : "calls.accept"));
  if (ring.accepting && document.activeElement === accept) els.ring.focus(); // a disabled button drops it
  accept.disabled = ring.accepting;
  label($(".call-decline", els.ring), t("calls.decline"));
  label($(".call-block", els.ring), t("calls.block_report"));
}

function renderPanel(call) {
  const { panel } = els;
  panel.hidden = !call;
  document.body.classList.toggle("in-call", !!call);
  if (!call) {
    els.remoteVideo.srcObject = null;
    els.localVideo.srcObject = null;
    els.audio.srcObject = null;
    return;
  }
  const { peer } = call;
  $("#call-peer").textContent = peer.pseudo;
  replace($(".call-peer-avatar", panel), avatar(peer, "avatar-sm"));
  const phaseKey = { placing: "calls.placing", ringing: "calls.ringing", connecting: "calls.connecting", active: "calls.active" };
  $(".call-phase", panel).textContent = call.reconnecting || call.restarting ? t("calls.reconnecting") : t(phaseKey[call.phase] || "calls.active");
  $(".call-timer", panel).textContent = call.answeredAt ? clock(Date.now() - call.answeredAt) : "";
  // The other's audio and video (their stream, once tracks arrive).
  if (els.audio.srcObject !== call.remote) els.audio.srcObject = call.remote;
  const remoteVideoOn = call.remoteCamera && call.remote.getVideoTracks().length > 0;
  if (els.remoteVideo.srcObject !== call.remote) els.remoteVideo.srcObject = call.remote;
  const stage = $(".call-stage", panel);
  stage.hidden = !remoteVideoOn && !call.camera;
  const remote = $(".call-remote", panel);
  remote.hidden = !remoteVideoOn;
  remote.dataset.blurred = String(!call.revealed);
  $(".call-veil", panel).hidden = call.revealed;
  $(".call-veil-text", panel).textContent = t("calls.blurred_note", { pseudo: peer.pseudo });
  $(".call-reveal-label", panel).textContent = t("calls.reveal");
  els.remoteVideo.setAttribute("aria-label", t("calls.remote_video", { pseudo: peer.pseudo }));
  // One's own preview, mirrored like a mirror.
  els.localVideo.hidden = !call.camera;
  const local = call.camera ? call.localStream || (call.localStream = new MediaStream()) : null;
  if (local && !local.getVideoTracks().includes(call.camera)) {
    for (const old of local.getVideoTracks()) local.removeTrack(old);
    local.addTrack(call.camera);
  }
  if (els.localVideo.srcObject !== local) els.localVideo.srcObject = local;
  els.localVideo.setAttribute("aria-label", t("calls.local_video"));
  const states = [];
  if (!call.remoteMic) states.push(t("calls.remote_mic_off", { pseudo: peer.pseudo }));
  if (call.phase === "active" && !call.remoteCamera) states.push(t("calls.remote_camera_off", { pseudo: peer.pseudo }));
  $(".call-remote-state", panel).textContent = states.join(" · ");
  // Controls.
  const live = call.phase === "connecting" || call.phase === "active";
  const mic = $(".call-mic", panel);
  label(mic, t(call.micOn ? "calls.mute" : "calls.unmute"), !call.micOn);
  setIcon(mic, call.micOn ? "mic" : "mic-off");
  const camera = $(".call-camera", panel);
  label(camera, t(call.camera ? "calls.camera_off" : "calls.camera_on"), !!call.camera);
  setIcon(camera, call.camera ? "video" : "video-off");
  camera.disabled = !live || call.cameraBusy;
  const switcher = $(".call-switch", panel);
  label(switcher, t("calls.switch_camera"));
  switcher.hidden = !call.camera || call.cameras < 2;
  const report = $(".call-report", panel);
  label(report, t("calls.report"));
  report.disabled = !call.id;
  label($(".call-hangup", panel), t(call.phase === "placing" || call.phase === "ringing" ? "calls.cancel" : "calls.hangup"));
}

/** The focused element if it is on screen (a hidden one loses the focus, at once or at
 * the next frame). */
function visibleFocus() {
  const el = document.activeElement;
  return el && el !== document.body && el.getClientRects().length ? el : null;
}

/** Where the focus goes once what had it in the call layer is hidden: into the call
 * panel (the call answered), or back where it was before the layer took it. */
function moveFocus() {
  const control = els.panel.hidden ? null : els.panel.querySelector(".call-btn:not([hidden]):not(:disabled)");
  (control || sameElement(returnTo) || sameElement($("#composer-input")))?.focus({ preventScroll: true });
}

export function renderCall(calls) {
  if (!els) return;
  const wasRinging = !els.ring.hidden;
  const hadFocus = els.layer.contains(document.activeElement);
  renderRing(calls.incoming);
  renderPanel(calls.call);
  // The ringing card is a dialog: the focus goes into it, and comes back (WCAG 2.4.3).
  if (calls.incoming && !wasRinging) {
    if (!els.layer.contains(document.activeElement)) returnTo = document.activeElement;
    els.ring.focus({ preventScroll: true });
  } else if (hadFocus && !els.layer.contains(visibleFocus())) {
    moveFocus();
  }
  if (!calls.incoming && !calls.call) returnTo = null; // nothing open: nothing to go back from
  // One call at a time: "Appeler" waits while one rings or goes on.
  for (const btn of document.querySelectorAll('#room-actions [data-act="call"]')) {
    btn.disabled = !!(calls.call || calls.incoming);
  }
}
