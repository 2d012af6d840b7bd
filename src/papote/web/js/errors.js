// Server error codes -> French (or English) text from the locale file; the server's own
// `message` is the fallback for a code the locale does not know.
import { has, t } from "./i18n.js";

/**
 * Text for an error frame or ApiError ({code, message, retry_after|retryAfter}).
 * `params` fills placeholders such as {max}.
 */
export function errorText(error, params = {}) {
  const code = error?.code || "internal";
  const retry = error?.retry_after ?? error?.retryAfter;
  if (code === "rate_limited" && retry) {
    const seconds = Math.max(1, Math.ceil(retry));
    return t("errors.rate_limited_wait", { seconds, count: seconds });
  }
  if (code === "slow_mode" && retry) {
    const seconds = Math.max(1, Math.ceil(retry));
    return t("errors.slow_mode_wait", { seconds, count: seconds });
  }
  const key = `errors.${code}`;
  if (has(key)) return t(key, params);
  return error?.message || t("errors.internal");
}
