// French agreement and elision of src/papote/web/js/i18n.js (issue 10.10), with the real
// French locale file.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { format, startsWithVowelSound } from "../../src/papote/web/js/i18n.js";

const FR = JSON.parse(readFileSync(new URL("../../src/papote/web/locales/fr.json", import.meta.url), "utf-8"));
const rules = new Intl.PluralRules("fr");
const fr = (value, params) => format(value, params, rules);

test("de and que elide before a vowel sound, wherever a pseudo is inserted", () => {
  assert.equal(fr(FR.report.title_message, { pseudo: "Alice_75" }), "Signaler un message d'Alice_75");
  assert.equal(fr(FR.report.message_button, { pseudo: "Élodie" }), "Signaler ce message d'Élodie");
  assert.equal(fr(FR.report.title_message, { pseudo: "Bruno69" }), "Signaler un message de Bruno69");
  assert.match(fr(FR.block.text, { pseudo: "Ines", gender: "f" }), /^Vous ne verrez plus rien d'Ines : /);
  assert.equal(fr("plus {x} que {y}", { x: "Anna", y: "Oscar" }), "plus Anna qu'Oscar");
  assert.equal(fr("De {x}", { x: "Ugo" }), "D'Ugo");
  // Only the words de and que, and only before the inserted value.
  assert.equal(fr("le monde {x}", { x: "Alice" }), "le monde Alice");
  assert.equal(fr("de {min} à {max}", { min: 3, max: 20 }), "de 3 à 20");
});

test("what sounds like a vowel", () => {
  for (const word of ["Alice", "élodie", "Île", "Œdipe", "Yvan", "ugo_75", "Ève"]) assert.ok(startsWithVowelSound(word), word);
  for (const word of ["Bruno", "Yasmine", "Hugo", "75_Alice", "_abc", "Xavier"]) assert.ok(!startsWithVowelSound(word), word);
});

test("agreement with the known gender; the inclusive form only for x", () => {
  assert.equal(fr(FR.presence.joined, { pseudo: "Anna", gender: "f" }), "Anna est arrivée");
  assert.equal(fr(FR.presence.joined, { pseudo: "Ben", gender: "m" }), "Ben est arrivé");
  assert.equal(fr(FR.presence.joined, { pseudo: "Sam", gender: "x" }), "Sam est arrivé·e");
  assert.equal(fr(FR.presence.left, { pseudo: "Anna", gender: "f" }), "Anna est partie");
  assert.equal(fr(FR.block.done, { pseudo: "Marc", gender: "m" }), "Marc est bloqué : vous ne verrez plus ses messages.");
  assert.equal(fr(FR.removed.title_kicked, { gender: "f" }), "Vous avez été exclue d'un salon");
  assert.equal(fr(FR.errors.kicked, {}), "Vous avez été exclu·e de ce salon par la modération pour le moment.");
  // Plural forms still work.
  assert.equal(fr(FR.nav.unread, { count: 2 }), "2 messages non lus");
});

test("one register: vous, never tu", () => {
  const strings = [];
  const walk = (node) => {
    if (typeof node === "string") strings.push(node);
    else for (const value of Object.values(node)) walk(value);
  };
  walk(FR);
  const tutoiement = /(?<!\p{L})(tu|toi|ton|ta|tes|te|appelle|choisis|écris|attends|indique)(?!\p{L})|(?<!\p{L})t'/iu;
  assert.deepEqual(strings.filter((s) => tutoiement.test(s)), []);
});
