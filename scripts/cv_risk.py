"""Cross-validation of the risk heads, grouped by voice (leave-voices-out), never by row.

    nice -n 10 .venv/bin/python scripts/cv_risk.py [--folds 5] [--candidates ngram,use,both]

The training corpus is data/risk/train.jsonl (the templates: always trained on, never
scored) and the hand-written files data/risk/written/*.jsonl but their dev parts. Each
author's "voice" goes whole to one fold; every fold holds out voices of every file family
(child, other, benign). For each fold and candidate a head is trained on the other folds
(and the templates) and scores the held-out voices:

- ``head``: the head alone at p >= 0.5 and at its threshold, message by message;
- ``system``: the detector as it runs (rules, then the head's labels above their
  thresholds, the conversation accumulator), on the held-out voices' rows, messages and
  conversations, beside the rules alone. A fold's thresholds are chosen on the out-of-fold
  predictions of the *other* folds (what the head adds to the rules precise at >= 0.9),
  so no row helps choose the threshold it is scored at.

Candidates: ``ngram`` (hashed char 2-5 + word 1-2 grams, papote.detect.ngram), ``use``
(the USE multilingual embedding head), ``both`` (the mean of the two probabilities).
Latency of each head per message (one core) is measured by bench/detect_eval.py, not here.

Writes bench/results/risk_cv-<UTC time>.json.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import datetime as dt
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from papote.detect.evaluate import judge_row, prf, score
from papote.detect.learn import (
    HEAD_OFF,
    POLICIES,
    TEMPLATES,
    choose_threshold,
    counts,
    examples,
    fit_dense,
    fit_sparse,
    grouped_folds,
    read_rows,
    training_paths,
)
from papote.detect.model import with_head
from papote.detect.ngram import Sparse
from papote.detect.phones import is_phone
from papote.domain.risk.detector import MessageAnalysis, RuleDetector
from papote.domain.risk.rules import LABELS

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261203
CACHE = Path(os.environ.get("PAPOTE_CV_CACHE", ROOT / ".cache" / "risk-cv"))


class Precomputed:
    """A RiskDetector over analyses computed beforehand (the rules once, a fold's head on
    top): what ``judge_row`` reads, without running the rules again for every fold."""

    version = "cv"

    def __init__(self, analyses: dict[str, MessageAnalysis]) -> None:
        self.analyses = analyses

    def analyse(self, text: str) -> MessageAnalysis:
        return self.analyses[text]

    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        return [self.analyses[t] for t in texts]


def texts_of(row: dict[str, Any]) -> list[str]:
    return [str(row["text"])] if "text" in row else [str(t["text"]) for t in row["turns"]]


def embeddings(texts: list[str]) -> np.ndarray:
    """USE embeddings of the normalised texts, cached on disk by the texts' digest."""
    from papote.detect.model import embed

    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"use-{digest}.npy"
    if path.exists():
        return np.asarray(np.load(path), dtype=np.float64)
    x = np.concatenate([embed(texts[i : i + 256]) for i in range(0, len(texts), 256)])
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, x)
    return np.asarray(x, dtype=np.float64)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--candidates", default="ngram,use,both")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--policies", default=",".join(POLICIES))
    parser.add_argument("--epochs", type=int, default=60, help="n-gram head")
    parser.add_argument("--l2", type=float, default=1e-5, help="n-gram head")
    parser.add_argument("--lr", type=float, default=0.1, help="n-gram head")
    args = parser.parse_args()
    candidates = args.candidates.split(",")
    started = time.perf_counter()

    paths = training_paths(ROOT)
    rows = read_rows(paths)
    ex = examples(rows, LABELS)
    ex_fold = grouped_folds(ex.groups, args.folds, args.seed)
    group_fold = dict(zip(ex.groups, ex_fold.tolist(), strict=True))
    # every text the system evaluation reads (messages and all turns), once
    all_texts = sorted({t for r in rows for t in texts_of(r)} | set(ex.texts))
    rules = RuleDetector(is_phone=is_phone)
    analysis = dict(zip(all_texts, rules.analyse_batch(all_texts), strict=True))
    print(f"{len(rows)} rows, {len(ex.texts)} examples, {len(all_texts)} texts; rules read"
          f" them in {time.perf_counter() - started:.0f}s", flush=True)  # fmt: skip
    index = {t: i for i, t in enumerate(all_texts)}
    ex_idx = np.array([index[t] for t in ex.texts])
    rule_y = np.array(
        [[label in analysis[t].labels() for label in LABELS] for t in ex.texts], dtype=bool
    )

    feats: dict[str, Any] = {}
    if {"ngram", "both"} & set(candidates):
        feats["ngram"] = Sparse.of([analysis[t].normalised for t in all_texts])
    if {"use", "both"} & set(candidates):
        t0 = time.perf_counter()
        feats["use"] = embeddings(all_texts)
        print(f"embeddings in {time.perf_counter() - t0:.0f}s", flush=True)

    # probabilities of every text by the head of the fold that holds it out
    base = [c for c in ("ngram", "use") if c in feats]
    probs = {c: np.zeros((len(all_texts), len(LABELS)), dtype=np.float32) for c in base}
    text_fold = np.full(len(all_texts), -1)
    for r in rows:
        # A voice with no example (only risky conversations) was never trained on: any
        # fold's head reads it. A text shared with the templates ("bsr") keeps the fold of
        # the written row that is scored.
        if r["_group"] != TEMPLATES:
            for t in texts_of(r):
                text_fold[index[t]] = group_fold.get(r["_group"], 0)
    fit_s: dict[str, float] = dict.fromkeys(base, 0.0)
    for k in range(args.folds):
        train = ex_fold != k
        held = text_fold == k
        for c in base:
            t0 = time.perf_counter()
            if c == "ngram":
                w, b = fit_sparse(
                    feats[c].take(ex_idx[train]),
                    ex.y[train],
                    epochs=args.epochs,
                    l2=args.l2,
                    lr=args.lr,
                )
                p = 1 / (1 + np.exp(-np.clip(feats[c].take(held).dot(w) + b, -30, 30)))
            else:
                w, b = fit_dense(feats[c][ex_idx[train]], ex.y[train], seed=args.seed + k)
                p = 1 / (1 + np.exp(-np.clip(feats[c][held] @ w.T + b, -30, 30)))
            probs[c][held] = p
            fit_s[c] += time.perf_counter() - t0
        print(f"fold {k} done at {time.perf_counter() - started:.0f}s", flush=True)
    if "both" in candidates and len(base) == 2:
        probs["both"] = (probs["ngram"] + probs["use"]) / 2

    scored = ex_fold >= 0  # written voices (the templates are never scored)
    y = ex.y[scored]
    rule_s = rule_y[scored]
    fold_s = ex_fold[scored]
    scored_rows = [r for r in rows if r["_group"] != TEMPLATES]
    result: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "files": [str(p.relative_to(ROOT)) for p in paths],
        "folds": args.folds,
        "seed": args.seed,
        "voices": len({g for g in ex.groups if g != TEMPLATES}),
        "examples_scored": int(scored.sum()),
        "rows_scored": len(scored_rows),
        "fit_seconds": {c: round(s, 1) for c, s in fit_s.items()},
        "ngram_fit": {"epochs": args.epochs, "l2": args.l2, "lr": args.lr},
        "rules_only": system(scored_rows, analysis),
        "candidates": {},
    }
    print_system("rules only", result["rules_only"], result["rules_only"])
    for c, pr in probs.items():
        p = pr[ex_idx][scored]
        result["candidates"][c] = {}
        for policy in args.policies.split(","):
            head: dict[str, Any] = {}
            thresholds = np.full((args.folds, len(LABELS)), HEAD_OFF)
            for j, label in enumerate(LABELS):
                for k in range(args.folds):
                    other = fold_s != k
                    thresholds[k, j] = choose_threshold(
                        p[other, j], y[other, j], rule_s[other, j], policy=policy
                    )
                t_row = thresholds[fold_s, j]
                raised = (p[:, j] >= t_row) & (t_row <= 1.0)
                right, wrong, _ = counts(raised & ~rule_s[:, j], y[:, j])
                head[label] = {
                    "head_at_0.5": prf(*counts(p[:, j] >= 0.5, y[:, j])),
                    "head_at_threshold": prf(*counts(raised, y[:, j])),
                    "added_to_rules": {"right": right, "wrong": wrong},
                    "thresholds_per_fold": [round(float(x), 3) for x in thresholds[:, j]],
                }  # fmt: skip
            # the system: a fold's rows read with its head and thresholds
            with_heads = {}
            for t in all_texts:
                k = int(text_fold[index[t]])
                if k >= 0:
                    with_heads[t] = with_head(
                        analysis[t], LABELS, pr[index[t]], thresholds[k], f"cv-{c}"
                    )
            entry = {"head": head, "system": system(scored_rows, with_heads)}
            result["candidates"][c][policy] = entry
            print_head(f"{c} ({policy})", head)
            print_system(f"rules + {c} ({policy})", entry["system"], result["rules_only"])
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = args.out / f"risk_cv-{stamp}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {path} in {time.perf_counter() - started:.0f}s")
    return 0


def system(rows: list[dict[str, Any]], analyses: dict[str, MessageAnalysis]) -> dict[str, Any]:
    """Per-label P/R/F1 of the detector over rows (a conversation: its labels at the end),
    overall and per file family."""
    detector = Precomputed(analyses)
    gold: list[list[str]] = []
    pred: list[tuple[str, ...]] = []
    for row in rows:
        gold.append(row["labels"])
        pred.append(judge_row(detector, row).labels)
    per_label = score(gold, pred)
    out: dict[str, Any] = {
        "per_label": per_label,
        "macro_f1": round(statistics.mean(v["f1"] for v in per_label.values()), 3),
    }
    sources = sorted({r["_source"] for r in rows})
    out["false_positives_on"] = {
        s: sum(
            len(set(p) - set(g))
            for r, g, p in zip(rows, gold, pred, strict=True)
            if r["_source"] == s
        )
        for s in sources
    }
    return out


def print_head(name: str, head: dict[str, Any]) -> None:
    print(f"\n{name}: head alone (p>=0.5) P/R/F1 | at threshold P/R/F1 | added right/wrong")
    for label, v in head.items():
        a, t, d = v["head_at_0.5"], v["head_at_threshold"], v["added_to_rules"]
        print(f"  {label:20} {a['precision']:.2f} {a['recall']:.2f} {a['f1']:.2f} | "
              f"{t['precision']:.2f} {t['recall']:.2f} {t['f1']:.2f} | {d['right']}/{d['wrong']}"
              f"  thr {v['thresholds_per_fold']}")  # fmt: skip


def print_system(name: str, report: dict[str, Any], rules: dict[str, Any]) -> None:
    print(f"{name}: system P/R/F1 (rules alone F1), macro F1 {report['macro_f1']} "
          f"(rules {rules['macro_f1']}), false positives by family "
          f"{report['false_positives_on']}")  # fmt: skip
    for label, v in report["per_label"].items():
        r = rules["per_label"][label]
        print(f"  {label:20} {v['precision']:.2f} {v['recall']:.2f} {v['f1']:.2f} "
              f"({r['f1']:.2f}) support {v['support']}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
