// Being told when Papote is not the visible tab (issue 10.7): a system notification (the
// Web Notifications API; permission is asked after a first DM or request, never on load),
// a short sound (a setting), the count in the title and on the app's icon
// (navigator.setAppBadge where it exists). A muted room tells nothing. Settings live in
// localStorage, on this device.

const SOUND_KEY = "papote.sound";
const MUTED_KEY = "papote.muted";

export function soundOn() {
  return localStorage.getItem(SOUND_KEY) !== "off";
}

export function setSound(on) {
  localStorage.setItem(SOUND_KEY, on ? "on" : "off");
}

function mutedRooms() {
  try {
    const list = JSON.parse(localStorage.getItem(MUTED_KEY) || "[]");
    return new Set(Array.isArray(list) ? list : []);
  } catch {
    return new Set();
  }
}

export function isMuted(roomId) {
  return mutedRooms().has(roomId);
}

export function setMuted(roomId, muted) {
  const rooms = mutedRooms();
  if (muted) rooms.add(roomId);
  else rooms.delete(roomId);
  localStorage.setItem(MUTED_KEY, JSON.stringify([...rooms]));
}

/**
 * Ask for the permission to show notifications, once, after something worth it (the
 * person sent or accepted a first DM request): never on load.
 */
export function askPermission() {
  if (!("Notification" in window) || Notification.permission !== "default") return;
  try {
    Notification.requestPermission().catch(() => {});
  } catch {
    // Old callback-only API: nothing to do, the person can allow it from the browser.
  }
}

let audio = null;

/** A short two-tone chime made on the spot (no sound file to load). */
function chime() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return;
  try {
    audio = audio || new Context();
    const start = audio.currentTime;
    for (const [offset, freq] of [[0, 880], [0.12, 1320]]) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.25);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.3);
    }
  } catch {
    // Audio not allowed yet (no gesture on this page): the notification is enough.
  }
}

/**
 * Tell the person about something for them (a DM, a request, a mention) while the page is
 * not visible. `onOpen` runs when they click the notification.
 * @param {{roomId?: string, title: string, body?: string, onOpen?: () => void}} what
 */
export function alertPerson({ roomId, title, body, onOpen }) {
  if (!document.hidden) return false;
  if (roomId && isMuted(roomId)) return false;
  if (soundOn()) chime();
  if ("Notification" in window && Notification.permission === "granted") {
    try {
      const note = new Notification(title, { body: body || "", tag: roomId || "papote", lang: "fr" });
      note.onclick = () => {
        window.focus();
        onOpen?.();
        note.close?.();
      };
    } catch {
      // Some phones only allow notifications from a service worker: the title still counts.
    }
  }
  return true;
}

/** The count on the app's icon (installed app), where the browser has it. */
export function setBadge(count) {
  if (count > 0) navigator.setAppBadge?.(count)?.catch?.(() => {});
  else navigator.clearAppBadge?.()?.catch?.(() => {});
}
