// Photos, the pure part: when a photo is blurred for the person looking at it (issue 11
// §3). No DOM here: tests/js/photos.test.mjs runs it under Node.

/**
 * Why `item`'s photo is blurred for this viewer, or null when it is shown:
 * - "sensitive": flagged by the server's classifier, blurred for everyone (also its sender,
 *   who sees what the others see);
 * - "stranger": someone else's photo in a salon (unless the viewer turned that off), or in
 *   a DM until the viewer has answered at least once (consent first, DESIGN.md).
 * A photo the viewer chose to see (`revealed`) is shown.
 * @param {{kind: string, items: object[]}} room
 * @param {{mine?: boolean, pending?: boolean, media?: {id: string, blurred_reason?: string}}} item
 * @param {{revealed: Set<string>, blurSalons: boolean}} viewer
 */
export function blurReason(room, item, viewer) {
  const media = item.media;
  if (!media || viewer.revealed.has(media.id)) return null;
  if (media.blurred_reason) return media.blurred_reason;
  if (item.mine) return null;
  if (room.kind === "salon") return viewer.blurSalons ? "stranger" : null;
  if (room.kind === "dm") {
    const answered = room.items.some((it) => it.type === "msg" && it.mine && !it.pending && !it.failed);
    return answered ? null : "stranger";
  }
  return null;
}

/** Client-side checks before an upload (the server checks again, from the bytes). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function checkFile(file) {
  if (!file) return "media_type";
  if (file.size > MAX_UPLOAD_BYTES) return "media_too_large";
  if (file.type && !file.type.startsWith("image/")) return "media_type";
  return null;
}
