// web/js/pow.js: the entry's proof of work agrees with the server's (SHA-256 prefix).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";

import { leadingZeroBits, sha256Words, solvePow } from "../../src/papote/web/js/pow.js";

const hex = (words) => Array.from(words, (w) => w.toString(16).padStart(8, "0")).join("");

test("sha256 matches node's for short and multi-block inputs", () => {
  for (const text of ["", "abc", "1733180000.14.0123abcd.ffee:12345", "x".repeat(55), "y".repeat(56), "z".repeat(130)]) {
    assert.equal(hex(sha256Words(text)), createHash("sha256").update(text).digest("hex"), text);
  }
});

test("leading zero bits", () => {
  assert.equal(leadingZeroBits([0, 0x0fffffff]), 36);
  assert.equal(leadingZeroBits([0x80000000]), 0);
});

test("a solved nonce meets the difficulty by node's own hash", async () => {
  const nonce = await solvePow("1733180000.12.abcdef.sig", 12);
  const digest = createHash("sha256").update(`1733180000.12.abcdef.sig:${nonce}`).digest();
  assert.ok(digest[0] === 0 && digest[1] >> 4 === 0);
});
