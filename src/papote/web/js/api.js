// The HTTP half of the protocol (docs/protocol.md §1): guest sessions, the salon list and
// the notices a person opens from their link (statement of reasons, appeal).
import { currentLang } from "./i18n.js";

/** A refusal from the server ({error: {code, message, field}}) or a network failure. */
export class ApiError extends Error {
  constructor(status, { code = "internal", message = "", field = null } = {}, retryAfter = null) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
  }
}

/**
 * One JSON request to the server: the parsed answer, or an ApiError (the server's refusal,
 * or {code: "network"} when it could not be reached). `headers` adds to the usual ones
 * (the moderator console's Authorization).
 */
export async function request(method, path, body, headers = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        "Accept": "application/json",
        "Accept-Language": currentLang(),
        ...(body ? { "Content-Type": "application/json" } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
      cache: "no-store",
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, { code: "network" });
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const retry = Number(response.headers.get("Retry-After")) || null;
    const error = new ApiError(response.status, (data && data.error) || { code: "internal" }, retry);
    error.pow = (data && data.pow) || null; // 429 pow_required: the work to show (§1.1)
    throw error;
  }
  return data;
}

/** §1.1 POST /api/session: {token, user, expires_in, resume, resumed}. */
export const createSession = (profile) => request("POST", "/api/session", profile);

/** §1.2 GET /api/salons: [{id, name, topic, category, members}]. */
export const fetchSalons = () => request("GET", "/api/salons");

/** GET /api/notices/{id}?key=: a notice and its statement of reasons (no session needed). */
export const fetchNotice = (id, key) =>
  request("GET", `/api/notices/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`);

/** POST /api/notices/{id}/appeal {key, text}: 201 {appeal_id, state}. */
export const appealNotice = (id, key, text) =>
  request("POST", `/api/notices/${encodeURIComponent(id)}/appeal`, { key, text });
