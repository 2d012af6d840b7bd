// Photos in the chat (issue 11): the composer's photo button (file chooser, which a phone
// opens as its camera-or-gallery picker), paste and drag-and-drop, the upload with its
// progress bar and cancel, thumbnails in messages, "Photo floutée — Afficher", and the
// full-size view (a modal <dialog>: keyboard and screen reader usable). The rules of when
// a photo is blurred are in photo-rules.js (pure). chat.js calls initPhotos once and
// messages.js calls photoNode for a message that carries a photo.
import { h, replace } from "./dom.js";
import { errorText } from "./errors.js";
import { currentLang, t } from "./i18n.js";
import { hydrateIcons } from "./icons.js";
import { blurReason, checkFile } from "./photo-rules.js";

const BLUR_SALONS_KEY = "papote.blurSalons";
const LINKS_TTL_MS = 8 * 60 * 1000; // signed links live 10 min on the server

const links = new Map(); // media id -> {at, promise of {url, thumb: {url}}}
const revealed = new Set(); // photos this viewer chose to see (this tab)

export function blurSalons() {
  return localStorage.getItem(BLUR_SALONS_KEY) !== "off";
}

export function setBlurSalons(on) {
  localStorage.setItem(BLUR_SALONS_KEY, on ? "on" : "off");
}

function viewer() {
  return { revealed, blurSalons: blurSalons() };
}

/** Fresh signed links to a photo (GET /api/media/{id}, for the room's members only). */
function mediaLinks(token, id) {
  const cached = links.get(id);
  if (cached && Date.now() - cached.at < LINKS_TTL_MS) return cached.promise;
  const promise = fetch(`/api/media/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    cache: "no-store",
  }).then((response) => {
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  });
  links.set(id, { at: Date.now(), promise });
  promise.catch(() => links.delete(id));
  return promise;
}

/**
 * POST /api/media?room=: the file as the raw body, with upload progress. Returns
 * {promise, abort}; the promise gives {id, w, h, thumb, ...} or rejects with {code, ...}.
 */
export function uploadPhoto(token, roomId, file, onProgress, { evidence = false } = {}) {
  const xhr = new XMLHttpRequest();
  const promise = new Promise((resolve, reject) => {
    // evidence: a call still for a report, never a message (§1.6)
    xhr.open("POST", `/api/media?room=${encodeURIComponent(roomId)}${evidence ? "&evidence=1" : ""}`);
    xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("Accept-Language", currentLang());
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201 && xhr.response) resolve(xhr.response);
      else {
        const error = xhr.response?.error || { code: "internal" };
        const retry = Number(xhr.getResponseHeader("Retry-After")) || null;
        reject({ ...error, retry_after: retry });
      }
    };
    xhr.onerror = () => reject({ code: "network" });
    xhr.onabort = () => reject({ code: "cancelled" });
    xhr.send(file);
  });
  return { promise, abort: () => xhr.abort() };
}

/** The figure for a message's photo (thumbnail, blur veil, opens the full view). */
export function photoNode(chat, room, item) {
  const media = item.media;
  const alt = item.text || t("photos.alt", { pseudo: item.from.pseudo });
  const img = h("img", {
    class: "photo-img", alt, width: media.thumb.w, height: media.thumb.h, decoding: "async",
  });
  const open = h("button", {
    type: "button", class: "photo-open", dataset: { photo: media.id },
    "aria-label": t("photos.open", { alt }),
  }, img);
  const remove = item.mine ? h("button", {
    type: "button", class: "link-btn photo-delete", dataset: { deletePhoto: media.id },
  }, t("photos.delete")) : null;
  const figure = h("figure", { class: "photo", dataset: { media: media.id } }, open, remove);
  figure.style.setProperty("--photo-ratio", `${media.thumb.w} / ${media.thumb.h}`);
  const reason = blurReason(room, item, viewer());
  figure.dataset.reason = reason || "";
  setBlur(figure, reason);
  mediaLinks(chat.token, media.id)
    .then((found) => { img.src = found.thumb.url; })
    .catch(() => replace(figure, h("p", { class: "photo-gone" }, t("photos.gone"))));
  return figure;
}

function setBlur(figure, reason) {
  figure.classList.toggle("blurred", Boolean(reason));
  figure.querySelector(".photo-veil")?.remove();
  const open = figure.querySelector(".photo-open");
  if (!open) return;
  open.tabIndex = reason ? -1 : 0;
  open.setAttribute("aria-hidden", reason ? "true" : "false");
  if (!reason) return;
  const label = reason === "sensitive" ? t("photos.blurred_sensitive") : t("photos.blurred");
  figure.append(h("div", { class: "photo-veil" },
    h("span", { class: "photo-veil-text" }, label),
    h("button", {
      type: "button", class: "btn btn-small photo-reveal", dataset: { reveal: figure.dataset.media },
      "aria-label": `${label} — ${t("photos.show")}`,
    }, t("photos.show"))));
}

let viewerDialog = null;

function showFull(chat, id, alt, opener) {
  if (!viewerDialog) {
    viewerDialog = h("dialog", { class: "photo-viewer", "aria-label": t("photos.viewer") },
      h("img", { class: "photo-full", alt: "" }),
      h("p", { class: "photo-caption" }),
      h("button", { type: "button", class: "btn photo-close", onclick: () => viewerDialog.close() },
        t("photos.close")));
    viewerDialog.addEventListener("click", (e) => {
      if (e.target === viewerDialog) viewerDialog.close(); // a click on the backdrop
    });
    document.body.append(viewerDialog);
  }
  const full = viewerDialog.querySelector(".photo-full");
  full.alt = alt;
  full.removeAttribute("src");
  viewerDialog.querySelector(".photo-caption").textContent = alt;
  viewerDialog.onclose = () => opener?.focus();
  viewerDialog.showModal();
  viewerDialog.querySelector(".photo-close").focus();
  mediaLinks(chat.token, id)
    .then((found) => { full.src = found.url; })
    .catch(() => { viewerDialog.querySelector(".photo-caption").textContent = t("photos.gone"); });
}

/** DELETE /api/media/{id}: one's own photo (the message stays, saying it was removed). */
function deletePhoto(chat, id, figure) {
  fetch(`/api/media/${encodeURIComponent(id)}`, {
    method: "DELETE", headers: { Authorization: `Bearer ${chat.token}` },
  }).then((response) => {
    if (response.ok || response.status === 404) {
      links.delete(id);
      replace(figure, h("p", { class: "photo-gone" }, t("photos.deleted")));
    }
  }).catch(() => {});
}

/** Wire the composer's photo button, paste, drop, and the clicks on photos. */
export function initPhotos(chat, on) {
  const form = document.querySelector("#composer");
  const area = document.querySelector(".composer-area");
  const input = h("input", {
    type: "file", accept: "image/*", class: "visually-hidden", id: "photo-input", tabindex: "-1",
    "aria-hidden": "true",
  });
  const button = h("button", {
    type: "button", class: "icon-btn photo-btn", id: "photo-button",
    "aria-label": t("photos.button"), title: t("photos.button"),
  }, h("span", { "data-icon": "image", "aria-hidden": "true" }));
  form.prepend(button, input);
  hydrateIcons(button);
  on(button, "click", () => input.click());
  on(input, "change", () => {
    const file = input.files?.[0];
    input.value = "";
    if (file) start(chat, area, file);
  });
  on(document.querySelector("#composer-input"), "paste", (e) => {
    const file = [...(e.clipboardData?.files || [])].find((f) => f.type.startsWith("image/"));
    if (!file) return;
    e.preventDefault();
    start(chat, area, file);
  });
  const zone = document.querySelector("#messages-scroll");
  for (const target of [zone, form]) {
    on(target, "dragover", (e) => {
      if ([...(e.dataTransfer?.items || [])].some((it) => it.kind === "file")) e.preventDefault();
    });
    on(target, "drop", (e) => {
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      start(chat, area, file);
    });
  }
  // Settings: "Flouter les photos des autres dans les salons" (on by default).
  const blurBox = document.querySelector("#settings-blur-photos");
  if (blurBox) {
    blurBox.checked = blurSalons();
    on(blurBox, "change", () => {
      setBlurSalons(blurBox.checked);
      if (blurBox.checked) return; // photos shown from now on stay shown until reloaded
      for (const figure of document.querySelectorAll('.photo[data-reason="stranger"]')) {
        figure.dataset.reason = "";
        setBlur(figure, null);
      }
    });
  }
  on(document.querySelector("#messages"), "click", (e) => {
    const del = e.target.closest("[data-delete-photo]");
    if (del) {
      deletePhoto(chat, del.dataset.deletePhoto, del.closest(".photo"));
      return;
    }
    const reveal = e.target.closest("[data-reveal]");
    if (reveal) {
      revealed.add(reveal.dataset.reveal);
      const figure = reveal.closest(".photo");
      setBlur(figure, null);
      figure.querySelector(".photo-open")?.focus();
      return;
    }
    const open = e.target.closest("[data-photo]");
    if (open && !open.closest(".blurred")) {
      showFull(chat, open.dataset.photo, open.querySelector("img")?.alt || "", open);
    }
  });
}

/** Whether the active conversation takes photos (a room, not a DM request). */
function activeRoom(chat) {
  const id = chat.state.active;
  const room = id && chat.state.rooms.get(id);
  return room && ["salon", "room", "dm"].includes(room.kind) ? room : null;
}

function start(chat, area, file) {
  const room = activeRoom(chat);
  const problem = checkFile(file);
  const say = (message) => {
    const el = document.querySelector("#composer-status");
    el.textContent = message;
    el.classList.add("error");
  };
  if (!room) return;
  if (problem) {
    say(errorText({ code: problem }));
    return;
  }
  area.querySelector(".photo-upload")?.remove();
  const bar = h("progress", { max: "100", value: "0", "aria-label": t("photos.uploading") });
  const cancel = h("button", { type: "button", class: "btn btn-ghost btn-small photo-cancel" }, t("photos.cancel"));
  const panel = h("div", { class: "photo-upload", role: "status" },
    h("span", { class: "photo-upload-text" }, t("photos.uploading")), bar, cancel);
  area.prepend(panel);
  // What the composer holds now is the photo's caption; the photo takes its place in the
  // conversation at once ("Envoi de la photo…"), and what is typed next goes after it
  // (issue 11 §6: the outbox holds its place until the upload ends).
  const caption = document.querySelector("#composer-input");
  const text = caption.value.trim();
  caption.value = "";
  const item = chat.sayPhoto(room, text);
  const upload = uploadPhoto(chat.token, room.id, file, (part) => {
    bar.value = Math.round(part * 100);
    if (item.uploadNode) item.uploadNode.querySelector("progress").value = Math.round(part * 100);
  });
  cancel.addEventListener("click", () => upload.abort());
  upload.promise
    .then((media) => {
      panel.remove();
      const ref = { id: media.id, w: media.w, h: media.h, thumb: { w: media.thumb.w, h: media.thumb.h } };
      if (media.sensitive) ref.blurred_reason = "sensitive";
      item.media = ref;
      item.uploadNode?.replaceWith(photoNode(chat, room, item));
      item.uploadNode = null;
      chat.outbox.ready(item, ref);
    })
    .catch((err) => {
      panel.remove();
      chat.dropPhoto(room, item);
      if (text) caption.value = caption.value || text; // the caption is not lost
      if (err.code !== "cancelled") say(errorText(err));
    });
}

/** The place of a photo still uploading, in the conversation (replaced by the photo). */
export function uploadingNode(item) {
  const node = h("div", { class: "photo photo-uploading" },
    h("span", {}, t("photos.uploading")),
    h("progress", { max: "100", value: "0", "aria-hidden": "true" }));
  item.uploadNode = node;
  return node;
}

/** `photo_consent` (docs/protocol.md §2.3): this person's choice for a DM, from any tab. */
export function onPhotoConsent(chat, f) {
  const room = chat.state.rooms.get(f.room);
  if (room) room.sensitivePhotos = Boolean(f.accept);
}

/** The DM header's "Photos sensibles" toggle: accept them in this DM, or take it back. */
export function toggleSensitive(chat, room, name, redraw) {
  const accept = !room.sensitivePhotos;
  chat.conn.request({ type: "photo_consent", room: room.id, accept }).then(() => {
    room.sensitivePhotos = accept;
    redraw();
    chat.toast(t(accept ? "photos.sensitive_on_toast" : "photos.sensitive_off_toast", { pseudo: name }), "success");
  }, (err) => chat.toast(errorText(err), "error"));
}
