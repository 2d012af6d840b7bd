// Safety cards from the risk detector (docs/protocol.md `safety_card`, docs/detection.md):
// a help card to someone who wrote that they are in distress (3114, 3018), a warning about
// the person a DM is with (what they asked for, with block and report at hand). A card
// stays until it is closed: it is never a toast that goes away on its own.
import { $, h, sameElement } from "../dom.js";
import { t } from "../i18n.js";
import { icon } from "../icons.js";

/** `safety_card {kind: "help" | "warning", room, about?, moves?, msg_id?}`. The card takes
 * the focus; closed, it gives it back to what had it (WCAG 2.4.3). */
export function onSafetyCard(chat, f) {
  const box = $("#toasts");
  const before = document.activeElement;
  const close = () => {
    const hadFocus = node.contains(document.activeElement);
    node.remove();
    if (hadFocus) sameElement(before)?.focus();
  };
  const node = f.kind === "help" ? helpCard(close) : warningCard(chat, f, close);
  box.prepend(node);
  node.querySelector("button, a")?.focus();
}

function frame(title, text, actions, close) {
  return h("div", { class: "toast safety-card", role: "alertdialog", "aria-label": title, "data-safety-card": "" },
    h("div", { class: "safety-body" },
      h("strong", { class: "safety-title" }, title),
      h("p", { class: "safety-text" }, text),
      h("div", { class: "safety-actions" }, actions)),
    h("button", { type: "button", class: "icon-btn small toast-x", "aria-label": t("common.close"), onclick: close },
      icon("x")));
}

function helpCard(close) {
  return frame(t("safety.help_title"), t("safety.help_text"), [
    h("a", { class: "btn btn-small btn-primary", href: "tel:3114" }, t("safety.call_3114")),
    h("a", { class: "btn btn-small", href: "tel:3018" }, t("safety.call_3018")),
  ], close);
}

function warningCard(chat, f, close) {
  const who = f.about;
  const moves = (f.moves || []).filter((m) => m !== "threat").map((m) => t(`safety.move_${m}`));
  let text;
  if ((f.moves || []).includes("threat")) text = t("safety.warning_threat", { pseudo: who.pseudo });
  else if ((f.moves || []).includes("contact")) text = t("safety.warning_contact", { pseudo: who.pseudo });
  else if (moves.length) text = t("safety.warning_moves", { pseudo: who.pseudo, moves: moves.join(", ") });
  else text = t("safety.warning_generic", { pseudo: who.pseudo });
  return frame(t("safety.warning_title"), text, [
    h("button", { type: "button", class: "btn btn-small btn-danger", "data-safety-act": "block",
      onclick: () => { chat.block(who); close(); } }, t("safety.block")),
    h("button", { type: "button", class: "btn btn-small", "data-safety-act": "report",
      onclick: () => {
        close(); // first: the report form then gives the focus back where the card took it
        chat.openDialog("report", { target_type: "dm", target_id: f.room, name: who.pseudo, user: who });
      } }, t("safety.report")),
  ], close);
}
