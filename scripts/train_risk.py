"""Train the risk classifier head (one-vs-rest logistic regression in numpy) over USE
multilingual sentence embeddings of data/risk/train.jsonl, and write it into the package
(src/papote/detect/risk_head.npz).

Seeded, CPU, one BLAS thread, under a minute: `python scripts/train_risk.py`. Thresholds
are chosen on out-of-fold predictions of the training split (5 folds grouped by template)
as the lowest at which the head alone is precise (>= 0.95); the dev split may only veto a
label's head (any false positive there switches it off); held-out is never read.
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
MIN_PRECISION = 0.95
MIN_HITS = 10
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


def choose_thresholds(oof: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per label, the lowest threshold at which the head alone is precise on the
    out-of-fold predictions (precision >= MIN_PRECISION over at least MIN_HITS hits);
    HEAD_OFF when no threshold is.

    The head is judged alone, not as "rule OR head": the rules were written on this
    split, so their out-of-fold F1 here is 1.0 and would leave no room for any head."""
    out = np.full(y.shape[1], HEAD_OFF, dtype=np.float32)
    for j in range(y.shape[1]):
        for t in GRID:
            pred = oof[:, j] >= t
            tp, fp = int((pred & y[:, j]).sum()), int((pred & ~y[:, j]).sum())
            if tp >= MIN_HITS and tp / (tp + fp) >= MIN_PRECISION:
                out[j] = t
                break
    return out


def check_on_dev(thresholds: np.ndarray, w: np.ndarray, b: np.ndarray, dev: Path) -> np.ndarray:
    """Switch the head off for a label where it raises a false positive on the dev split's
    messages (dev never chooses a threshold, it only vetoes one). The rules were tuned on
    dev too, so dev cannot show what the head adds, only what it breaks."""
    rows = [json.loads(line) for line in dev.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if "text" in r]
    z = embed([r["text"] for r in rows]).astype(np.float64) @ w.T + b
    p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    out = thresholds.copy()
    for j, label in enumerate(LABELS):
        if out[j] > 1:
            continue
        false = sum(
            1
            for r, pj in zip(rows, p[:, j], strict=True)
            if pj >= out[j] and label not in r["labels"]
        )
        if false:
            print(f"{label:20} head off: {false} false positives on {dev.name}")
            out[j] = HEAD_OFF
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=Path, default=ROOT / "data" / "risk" / "train.jsonl")
    parser.add_argument("--dev", type=Path, default=ROOT / "data" / "risk" / "dev.jsonl")
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
    thresholds = choose_thresholds(oof, y)
    w, b = fit(x, y.astype(np.float64), args.seed)
    thresholds = check_on_dev(thresholds, w, b, args.dev)
    print("out-of-fold, head alone at p >= 0.5 / rules alone (F1):")
    for j, label in enumerate(LABELS):
        h = oof[:, j] >= 0.5
        r = rule[:, j]
        yy = y[:, j]
        hf = f1(int((h & yy).sum()), int((h & ~yy).sum()), int((~h & yy).sum()))
        rf = f1(int((r & yy).sum()), int((r & ~yy).sum()), int((~r & yy).sum()))
        print(f"  {label:20} head {hf:.3f}  rules {rf:.3f}")
    digest = hashlib.sha256(raw).hexdigest()[:8]
    head = Head(LABELS, w, b, thresholds, version=f"use-head-2:{digest}")
    head.save(str(args.out))
    for j, (label, t) in enumerate(zip(LABELS, thresholds, strict=True)):
        pred = oof[:, j] >= t
        tp, fp = int((pred & y[:, j]).sum()), int((pred & ~y[:, j]).sum())
        fn = int((~pred & y[:, j]).sum())
        where = (
            "off"
            if t > 1
            else f"{t:.3f} (out-of-fold head alone: {tp} hits, {fp} false, {fn} missed)"
        )
        print(f"{label:20} threshold {where}")
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes)"
        f" in {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
