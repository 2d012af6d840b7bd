"""Run a RiskDetector over messages and conversations the way `papote detect --jsonl`
does, and score it against labelled rows (per-label precision, recall, F1)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from papote.domain.risk.conversation import Conversation
from papote.domain.risk.rules import LABELS
from papote.ports import RiskDetector


@dataclass(frozen=True, slots=True)
class Verdict:
    labels: tuple[str, ...]
    scores: dict[str, float]
    alert_turn: int | None


def judge_text(detector: RiskDetector, text: str) -> Verdict:
    """One message alone: it is read as a conversation of one turn (so "t'as quel âge ?
    t'es belle, t'as snap ?" weighs its moves together), without an alert turn."""
    verdict = judge_turns(detector, [("A", text)])
    return Verdict(verdict.labels, verdict.scores, None)


def judge_turns(detector: RiskDetector, turns: Sequence[tuple[str, str]]) -> Verdict:
    """A conversation read in order: its labels, best scores and first alert turn."""
    analyses = detector.analyse_batch([text for _, text in turns])
    conv = Conversation()
    best: dict[str, float] = dict.fromkeys(LABELS, 0.0)
    for (speaker, _), analysis in zip(turns, analyses, strict=True):
        verdict = conv.add(speaker, analysis)
        for hit in verdict.hits:
            if hit.label in best and hit.score > best[hit.label]:
                best[hit.label] = round(hit.score, 4)
    labels = tuple(label for label in LABELS if label in conv.labels())
    return Verdict(labels, best, conv.alert_turn)


def judge_row(detector: RiskDetector, row: Mapping[str, Any]) -> Verdict:
    if "turns" in row:
        turns = [(str(t.get("speaker", "A")), str(t["text"])) for t in row["turns"]]
        return judge_turns(detector, turns)
    return judge_text(detector, str(row["text"]))


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score(
    gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]
) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support over paired rows."""
    counts = {label: [0, 0, 0] for label in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        for label in LABELS:
            if label in p and label in g:
                counts[label][0] += 1
            elif label in p:
                counts[label][1] += 1
            elif label in g:
                counts[label][2] += 1
    out = {}
    for label, (tp, fp, fn) in counts.items():
        out[label] = {**prf(tp, fp, fn), "support": tp + fn, "false_positives": fp}
    return out
