// Entering and leaving (docs/protocol.md §1.1, §1.1b): the resume secret this browser keeps
// per pseudo, so that a lost tab or a restarted phone browser gets its own pseudo back;
// the proof of work asked when many people arrive from one address; "Quitter le tchat".
import { createSession, request } from "./api.js";
import { solvePow } from "./pow.js";

const RESUME_KEY = "papote.resume";
const KEEP = 5; // pseudos remembered on this browser (several tabs, several pseudos)

const keyOf = (pseudo) => String(pseudo || "").trim().toLowerCase();

function readAll() {
  try {
    const saved = JSON.parse(localStorage.getItem(RESUME_KEY) || "{}");
    return saved && typeof saved === "object" ? saved : {};
  } catch {
    return {};
  }
}

function writeAll(all) {
  const newest = Object.entries(all)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, KEEP);
  try {
    localStorage.setItem(RESUME_KEY, JSON.stringify(Object.fromEntries(newest)));
  } catch {
    // Private browsing without storage: coming back just is not possible.
  }
}

/** Keep the resume secret of a session just opened (or taken back). */
export function rememberResume(pseudo, secret) {
  if (typeof secret !== "string" || !secret) return;
  writeAll({ ...readAll(), [keyOf(pseudo)]: { secret, at: Date.now(), pseudo } });
}

/** The pseudo this browser entered with last and can still take back, if any. */
export function lastPseudo() {
  const newest = Object.values(readAll()).sort((a, b) => b.at - a.at)[0];
  return newest && typeof newest.pseudo === "string" ? newest.pseudo : null;
}

export function forgetResume(pseudo) {
  const all = readAll();
  delete all[keyOf(pseudo)];
  writeAll(all);
}

/** The secret kept for `pseudo` on this browser, if any. */
export const resumeFor = (pseudo) => readAll()[keyOf(pseudo)]?.secret || null;

/**
 * POST /api/session with what this browser knows: its resume secret for that pseudo, and
 * the proof of work when the server asks for one (429 pow_required, solved once).
 */
export async function enter(profile) {
  const body = { ...profile };
  const secret = resumeFor(profile.pseudo);
  if (secret) body.resume = secret;
  let session;
  try {
    session = await createSession(body);
  } catch (error) {
    if (error.code !== "pow_required" || !error.pow) throw error;
    const nonce = await solvePow(error.pow.challenge, error.pow.bits);
    session = await createSession({ ...body, pow: { challenge: error.pow.challenge, nonce } });
  }
  rememberResume(session.user.pseudo, session.resume);
  return session;
}

/** "Quitter le tchat": end the session on the server (the pseudo is free at once). */
export async function endSession(token, pseudo) {
  forgetResume(pseudo);
  try {
    await request("DELETE", "/api/session", null, { Authorization: `Bearer ${token}` });
  } catch {
    // Offline: the session then ends on its own after the grace period.
  }
}
