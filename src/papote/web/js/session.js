// What survives a reload of the tab: the session token (sessionStorage: this tab only,
// gone when it closes) and the conversations that were open.
const SESSION_KEY = "papote.session";
const ROOMS_KEY = "papote.rooms";

function read(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key) || "null");
  } catch {
    return null;
  }
}

/** {token, user} or null. */
export function loadSession() {
  const session = read(SESSION_KEY);
  return session && typeof session.token === "string" && session.user ? session : null;
}

export function saveSession(session) {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token: session.token, user: session.user }));
}

export function clearSession() {
  sessionStorage.removeItem(SESSION_KEY);
  sessionStorage.removeItem(ROOMS_KEY);
}

/** {rooms: [room ids], active: room id|null}. */
export function loadOpenRooms() {
  const saved = read(ROOMS_KEY);
  return {
    rooms: Array.isArray(saved?.rooms) ? saved.rooms.filter((r) => typeof r === "string") : [],
    active: typeof saved?.active === "string" ? saved.active : null,
  };
}

export function saveOpenRooms(rooms, active) {
  sessionStorage.setItem(ROOMS_KEY, JSON.stringify({ rooms, active }));
}

// The link of the last decision taken against this person (statement of reasons). A
// suspended or banned person has no session any more: the entry page offers this link so
// they can still read the decision and appeal it (kept in localStorage, on this device).
const DECISION_KEY = "papote.decision";

/** Is `url` a link to Papote's own notice page (never another site)? */
export const isNoticeUrl = (url) => typeof url === "string" && /^\/notice\.html\?[\w=&%.-]+$/.test(url);

export function rememberDecision(url) {
  if (isNoticeUrl(url)) localStorage.setItem(DECISION_KEY, url);
}

export function lastDecision() {
  const url = localStorage.getItem(DECISION_KEY);
  return isNoticeUrl(url) ? url : null;
}
