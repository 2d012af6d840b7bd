// Unit tests of the photo rules (src/papote/web/js/photo-rules.js): who sees a photo
// blurred. Run by Node's test runner with the other tests/js files.
import assert from "node:assert/strict";
import { test } from "node:test";

import { blurReason, checkFile, MAX_UPLOAD_BYTES } from "../../src/papote/web/js/photo-rules.js";

const photo = (extra = {}) => ({ id: "p1", w: 800, h: 600, thumb: { w: 400, h: 300 }, ...extra });
const theirs = (media = photo()) => ({ type: "msg", mine: false, media });
const mine = (extra = {}) => ({ type: "msg", mine: true, ...extra });
const viewer = (extra = {}) => ({ revealed: new Set(), blurSalons: true, ...extra });

test("a stranger's photo is blurred in a salon unless the viewer turned it off", () => {
  const room = { kind: "salon", items: [] };
  assert.equal(blurReason(room, theirs(), viewer()), "stranger");
  assert.equal(blurReason(room, theirs(), viewer({ blurSalons: false })), null);
});

test("in a DM, blurred until the viewer has answered once", () => {
  const item = theirs();
  const room = { kind: "dm", items: [item] };
  assert.equal(blurReason(room, item, viewer()), "stranger");
  room.items.push(mine({ pending: true }));
  assert.equal(blurReason(room, item, viewer()), "stranger", "not sent yet");
  room.items.push(mine());
  assert.equal(blurReason(room, item, viewer()), null);
});

test("a sensitive photo is blurred for everyone, its sender too, until revealed", () => {
  const media = photo({ blurred_reason: "sensitive" });
  for (const kind of ["salon", "room", "dm"]) {
    const room = { kind, items: [mine()] };
    assert.equal(blurReason(room, theirs(media), viewer({ blurSalons: false })), "sensitive");
    assert.equal(blurReason(room, mine({ media }), viewer()), "sensitive");
  }
  const room = { kind: "salon", items: [] };
  assert.equal(blurReason(room, theirs(media), viewer({ revealed: new Set(["p1"]) })), null);
});

test("own photos and private rooms' photos are shown; no photo, no blur", () => {
  assert.equal(blurReason({ kind: "salon", items: [] }, mine({ media: photo() }), viewer()), null);
  assert.equal(blurReason({ kind: "room", items: [] }, theirs(), viewer()), null);
  assert.equal(blurReason({ kind: "salon", items: [] }, { type: "msg" }, viewer()), null);
});

test("files are checked before an upload", () => {
  assert.equal(checkFile({ size: 1000, type: "image/jpeg" }), null);
  assert.equal(checkFile({ size: 1000, type: "" }), null, "a phone's HEIC may have no type");
  assert.equal(checkFile({ size: MAX_UPLOAD_BYTES + 1, type: "image/png" }), "media_too_large");
  assert.equal(checkFile({ size: 10, type: "application/pdf" }), "media_type");
  assert.equal(checkFile(null), "media_type");
});
