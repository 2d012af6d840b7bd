// Light, dark, or as the device says (prefers-color-scheme). Saved in localStorage.
const KEY = "papote.theme";
const THEMES = ["auto", "light", "dark"];

export function currentTheme() {
  const saved = localStorage.getItem(KEY);
  return THEMES.includes(saved) ? saved : "auto";
}

/** Is the page dark right now (explicit choice, else the device preference)? */
export function isDark() {
  const theme = currentTheme();
  if (theme !== "auto") return theme === "dark";
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

export function applyTheme(theme = currentTheme()) {
  if (!THEMES.includes(theme)) theme = "auto";
  localStorage.setItem(KEY, theme);
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  window.dispatchEvent(new CustomEvent("papote:theme", { detail: theme }));
}

/** The theme button: switch to the opposite of what is shown now. */
export function toggleTheme() {
  applyTheme(isDark() ? "light" : "dark");
}
