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
