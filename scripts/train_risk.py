"""Train the risk classifier head (one-vs-rest logistic regression in numpy) over USE
multilingual sentence embeddings of data/risk/train.jsonl, and write it into the package
(src/papote/detect/risk_head.npz).

Seeded, CPU, one BLAS thread, under a minute: `python scripts/train_risk.py`. Thresholds
are chosen on out-of-fold predictions of the training split (5 folds grouped by template)
for the detector as it runs (a rule OR the head), never on dev.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from papote.detect.model import HEAD_FILE, Head, embed
from papote.detect.phones import is_phone
from papote.domain.risk.detector import RuleDetector
from papote.domain.risk.rules import LABELS

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261202
L2 = 1e-3
EPOCHS = 400
LR = 1.0
MIN_PRECISION = 0.9
HEAD_OFF = 1.01
GRID = [round(x, 3) for x in np.arange(0.3, 0.99, 0.025)]


def fit(x: np.ndarray, y: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression per label, class-balanced, full-batch gradient descent with
    momentum. x: (n, d), y: (n, k) in {0, 1}. Returns weights (k, d), bias (k,)."""
    rng = np.random.default_rng(seed)
    n, d = x.shape
    k = y.shape[1]
    w = rng.normal(0, 0.01, (k, d)).astype(np.float64)
    b = np.zeros(k)
    pos = y.sum(0).clip(1)
    neg = (n - y.sum(0)).clip(1)
    # each class weighs half of the loss
    sw = np.where(y == 1, n / (2 * pos), n / (2 * neg))
    vw = np.zeros_like(w)
    vb = np.zeros_like(b)
    for _ in range(EPOCHS):
        z = x @ w.T + b
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        g = (p - y) * sw / n
        gw = g.T @ x + L2 * w
        gb = g.sum(0)
        vw = 0.9 * vw - LR * gw
        vb = 0.9 * vb - LR * gb
        w += vw
        b += vb
    return w.astype(np.float32), b.astype(np.float32)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_thresholds(oof: np.ndarray, y: np.ndarray, rule: np.ndarray) -> np.ndarray:
    """Per label, the threshold whose detector (rule OR head >= t) has the best F1 on the
    out-of-fold predictions; HEAD_OFF when no threshold clearly beats the rule alone."""
    out = np.full(y.shape[1], HEAD_OFF, dtype=np.float32)
    for j in range(y.shape[1]):
        base = rule[:, j]
        best = f1(
            int((base & y[:, j]).sum()), int((base & ~y[:, j]).sum()), int((~base & y[:, j]).sum())
        )
        for t in GRID:
            pred = base | (oof[:, j] >= t)
            tp, fp = int((pred & y[:, j]).sum()), int((pred & ~y[:, j]).sum())
            score = f1(tp, fp, int((~pred & y[:, j]).sum()))
            # the head must add clearly (F1 +0.01) and keep precision at MIN_PRECISION
            if score > best + 0.01 and tp / max(1, tp + fp) >= MIN_PRECISION:
                best, out[j] = score, t
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, default=ROOT / "data" / "risk" / "train.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "papote" / "detect" / HEAD_FILE)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()

    started = time.perf_counter()
    raw = args.train.read_bytes()
    rows = [json.loads(line) for line in raw.decode().splitlines() if line.strip()]
    rows = [r for r in rows if "text" in r]
    texts = [r["text"] for r in rows]
    y = np.array([[label in r["labels"] for label in LABELS] for r in rows], dtype=bool)
    rules = RuleDetector(is_phone=is_phone)
    rule = np.array(
        [[label in a.labels() for label in LABELS] for a in rules.analyse_batch(texts)], dtype=bool
    )
    x = embed(texts).astype(np.float64)
    print(f"{len(rows)} messages embedded in {time.perf_counter() - started:.1f}s")

    # Folds by template: the variants of one phrasing stay together, so the out-of-fold
    # probabilities are those of phrasings the head has not seen (as on dev).
    rng = np.random.default_rng(args.seed)
    templates = sorted({r["template"] for r in rows})
    fold_of = dict(zip(templates, rng.permutation(len(templates)) % 5, strict=True))
    folds = np.array([fold_of[r["template"]] for r in rows])
    oof = np.zeros(y.shape, dtype=np.float32)
    for k in range(5):
        train, held = folds != k, folds == k
        w, b = fit(x[train], y[train].astype(np.float64), args.seed + k)
        z = x[held] @ w.T + b
        oof[held] = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    thresholds = choose_thresholds(oof, y, rule)
    print("out-of-fold, head alone at p >= 0.5 / rules alone (F1):")
    for j, label in enumerate(LABELS):
        h = oof[:, j] >= 0.5
        r = rule[:, j]
        yy = y[:, j]
        hf = f1(int((h & yy).sum()), int((h & ~yy).sum()), int((~h & yy).sum()))
        rf = f1(int((r & yy).sum()), int((r & ~yy).sum()), int((~r & yy).sum()))
        print(f"  {label:20} head {hf:.3f}  rules {rf:.3f}")
    w, b = fit(x, y.astype(np.float64), args.seed)
    digest = hashlib.sha256(raw).hexdigest()[:8]
    head = Head(LABELS, w, b, thresholds, version=f"use-head-1:{digest}")
    head.save(str(args.out))
    for label, t in zip(LABELS, thresholds, strict=True):
        print(f"{label:20} threshold {'off' if t > 1 else f'{t:.3f}'}")
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes)"
        f" in {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
