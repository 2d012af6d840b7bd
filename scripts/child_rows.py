"""Rows of the hand-written child-safety files of session 5 (child-dev-3.jsonl,
child-train-3.jsonl): each voice's lines typed once, and conversations written whole,
their turns marked with the labels they make certain (the alert turn is the first)."""

from __future__ import annotations

import json

LABEL = {
    "md": "minor_disclosure",
    "gr": "grooming",
    "op": "off_platform",
    "ss": "sexual_solicitation",
}

Lines = list[tuple[str, str]]  # (text, label codes: "md,gr"; "" = a hard negative)
Turn = tuple[str, str, str]  # (speaker, text, label codes made certain at this turn)
Conversations = list[tuple[str, str, list[Turn]]]  # (voice of A, voice of B, turns)


def labels_of(code: str) -> list[str]:
    return [LABEL[c] for c in code.split(",") if c]


def rows(
    voices: dict[str, Lines], conversations: Conversations, conv: str
) -> list[dict[str, object]]:
    """One row per line, then one per conversation (voice ``<conv>_<A>+<B>``)."""
    out: list[dict[str, object]] = []
    for voice, lines in voices.items():
        for text, code in lines:
            labels = labels_of(code)
            kind = "positive" if labels else "hard_negative"
            out.append({"text": text, "labels": labels, "kind": kind, "voice": voice})
    for voice_a, voice_b, turns in conversations:
        found: list[str] = []
        alert = None
        for i, (_, _, code) in enumerate(turns):
            for label in labels_of(code):
                if alert is None:
                    alert = i
                if label not in found:
                    found.append(label)
        out.append(
            {
                "turns": [{"speaker": s, "text": t} for s, t, _ in turns],
                "labels": [label for label in LABEL.values() if label in found],
                "kind": "conversation",
                "voice": f"{conv}_{voice_a}+{voice_b}",
                "alert_turn": alert,
            }
        )
    return out


def jsonl(items: list[dict[str, object]], prefix: str) -> str:
    lines = [
        json.dumps({"id": f"{prefix}-{i:05d}", **row}, ensure_ascii=False)
        for i, row in enumerate(items)
    ]
    return "\n".join(lines) + "\n"
