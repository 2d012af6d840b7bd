"""Training helpers of the risk heads (scripts/train_risk.py, scripts/cv_risk.py): the
training corpus, logistic regression in numpy (sparse n-gram and dense embedding
features), folds grouped by voice, and thresholds chosen for precision.

Nothing here runs in the server; it is in the package so that the training script, the
cross-validation and the tests use one copy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from papote.detect.ngram import BUCKETS, Sparse

Matrix = npt.NDArray[np.float32]
Bools = npt.NDArray[np.bool_]

TEMPLATES = "templates"  # the group of data/risk/train.jsonl (one generator, one "voice")
GRID = [round(float(x), 3) for x in np.arange(0.2, 0.991, 0.01)]
HEAD_OFF = 1.01


def is_dev(path: Path) -> bool:
    """A dev part of the hand-written data: "dev" is one of its name's dash-separated
    words (child-dev.jsonl, other-dev-hate.jsonl, benign-dev-sophie.jsonl)."""
    return "dev" in path.stem.split("-")


# Blind sets once burned (scored by every detector of their session, then committed):
# the next session trains on them and writes a new blind one (docs/detection.md).
BURNED = ("heldout-5.jsonl",)


def training_paths(root: Path) -> list[Path]:
    """data/risk/train.jsonl, the burned blind sets and every hand-written file but the
    dev parts."""
    risk = root / "data" / "risk"
    written = sorted((risk / "written").glob("*.jsonl"))
    burned = [risk / name for name in BURNED]
    return [risk / "train.jsonl", *burned] + [p for p in written if not is_dev(p)]


def dev_paths(root: Path) -> list[Path]:
    """The hand-written dev parts (voices kept out of training: they may only veto)."""
    return [p for p in sorted((root / "data" / "risk" / "written").glob("*.jsonl")) if is_dev(p)]


def corpus_digest(root: Path, paths: Iterable[Path]) -> str:
    """Eight hex digits of SHA-256 over each file's path (from ``root``) and bytes: a
    head's version ends with it, and a test checks it against the files on disk."""
    h = hashlib.sha256()
    for path in paths:
        h.update(str(path.relative_to(root)).encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


def read_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Rows of JSONL files, each with ``_source`` (the file's name before its first "-",
    "train" for the templates) and ``_group`` (the voice the CV keeps together)."""
    rows = []
    for path in paths:
        source = "train" if path.name == "train.jsonl" else path.name.split("-")[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            voice = row.get("voice") or TEMPLATES
            row["_source"] = source
            row["_group"] = TEMPLATES if voice == TEMPLATES else f"{source}/{voice}"
            rows.append(row)
    return rows


@dataclass(frozen=True)
class Examples:
    """Messages a head learns from: each message row, and each turn of a conversation
    that carries no label (a benign or hard-negative conversation: every turn is one).
    Turns of a risky conversation are left out: which turn carries the label is not
    written down."""

    texts: list[str]
    y: Bools  # (n, labels)
    groups: list[str]


def examples(rows: Sequence[dict[str, Any]], labels: Sequence[str]) -> Examples:
    texts: list[str] = []
    ys: list[list[bool]] = []
    groups: list[str] = []
    for row in rows:
        if "text" in row:
            texts.append(str(row["text"]))
            ys.append([label in row["labels"] for label in labels])
            groups.append(row["_group"])
        elif not row["labels"]:
            for turn in row["turns"]:
                texts.append(str(turn["text"]))
                ys.append([False] * len(labels))
                groups.append(row["_group"])
    y = np.array(ys, dtype=bool).reshape(len(texts), len(labels))
    return Examples(texts, y, groups)


def grouped_folds(groups: Sequence[str], k: int, seed: int) -> npt.NDArray[np.int64]:
    """A fold number per row, whole voices to a fold: the voices of each source (file
    prefix: child, other, benign) are shuffled and dealt in turn, so every fold holds out
    voices of every source. The templates' group gets -1: always trained on."""
    rng = np.random.default_rng(seed)
    by_source: dict[str, list[str]] = {}
    for g in sorted(set(groups)):
        if g != TEMPLATES:
            by_source.setdefault(g.split("/")[0], []).append(g)
    fold_of: dict[str, int] = {TEMPLATES: -1}
    start = 0
    for source in sorted(by_source):
        voices = [by_source[source][i] for i in rng.permutation(len(by_source[source]))]
        for i, voice in enumerate(voices):
            fold_of[voice] = (start + i) % k
        start += len(voices)
    return np.array([fold_of[g] for g in groups], dtype=np.int64)


def _balanced(y: Bools) -> npt.NDArray[np.float64]:
    """Per row and label, a weight that gives positives and negatives half the loss each."""
    n = y.shape[0]
    pos = y.sum(0).clip(1)
    neg = (n - y.sum(0)).clip(1)
    return np.asarray(np.where(y, n / (2 * pos), n / (2 * neg)) / n, dtype=np.float64)


def _sigmoid(z: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)


def fit_sparse(
    x: Sparse, y: Bools, *, l2: float = 1e-5, epochs: int = 60, lr: float = 0.1
) -> tuple[Matrix, Matrix]:
    """One-vs-rest logistic regression on hashed n-grams, class-balanced, full batch, Adam.
    Deterministic (zeros at the start, no sampling). Returns weights (BUCKETS, k), bias.

    It works on the buckets the rows use (numbered 0..U-1), rows summed with
    ``np.add.reduceat`` over the CSR layout and the gradient summed the same way over the
    entries sorted by bucket; the other buckets keep a weight of 0."""
    k = y.shape[1]
    used, compact = np.unique(x.indices, return_inverse=True)
    starts = x.indptr[:-1]
    order = np.argsort(compact, kind="stable")
    bucket_starts = np.flatnonzero(np.r_[True, np.diff(compact[order]) != 0])
    row_sorted = x.row_of()[order]
    val_sorted = x.values[order][:, None]
    values = x.values[:, None]
    sw = _balanced(y).astype(np.float32)
    yf = y.astype(np.float32)
    w = np.zeros((len(used), k), dtype=np.float32)
    b = np.zeros(k, dtype=np.float32)
    mw, vw = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = np.add.reduceat(w[compact] * values, starts, axis=0) + b
        g = (1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))) - yf) * sw  # (n, k)
        gw = np.add.reduceat(g[row_sorted] * val_sorted, bucket_starts, axis=0) + l2 * w
        gb = g.sum(0)
        mw *= beta1
        mw += (1 - beta1) * gw
        vw *= beta2
        vw += (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        c1, c2 = 1 - beta1**t, 1 - beta2**t
        w -= lr * (mw / c1) / (np.sqrt(vw / c2) + eps)
        b -= lr * (mb / c1) / (np.sqrt(vb / c2) + eps)
    full = np.zeros((BUCKETS, k), dtype=np.float32)
    full[used] = w
    return full, b


def fit_dense(
    x: npt.NDArray[np.float64],
    y: Bools,
    *,
    l2: float = 1e-3,
    epochs: int = 400,
    lr: float = 1.0,
    seed: int = 0,
) -> tuple[Matrix, Matrix]:
    """One-vs-rest logistic regression on embeddings, class-balanced, full-batch gradient
    descent with momentum. x: (n, d). Returns weights (k, d), bias (k,)."""
    rng = np.random.default_rng(seed)
    d = x.shape[1]
    k = y.shape[1]
    w = rng.normal(0, 0.01, (k, d)).astype(np.float64)
    b = np.zeros(k)
    sw = _balanced(y)
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    for _ in range(epochs):
        g = (_sigmoid(x @ w.T + b) - y) * sw
        vw = 0.9 * vw - lr * (g.T @ x + l2 * w)
        vb = 0.9 * vb - lr * g.sum(0)
        w += vw
        b += vb
    return w.astype(np.float32), b.astype(np.float32)


def counts(pred: Bools, gold: Bools) -> tuple[int, int, int]:
    """True positives, false positives, false negatives."""
    return int((pred & gold).sum()), int((pred & ~gold).sum()), int((~pred & gold).sum())


POLICIES = ("added", "head", "system")


def choose_threshold(
    p: npt.NDArray[Any],
    gold: Bools,
    rule: Bools,
    *,
    policy: str = "added",
    min_precision: float = 0.9,
    min_hits: int = 5,
) -> float:
    """The lowest threshold down to which the head's labels stay precise on out-of-fold
    predictions (at that threshold and at every one above it), where it adds at least
    ``min_hits`` right labels the rules miss; HEAD_OFF when there is none. Scanning down
    from the top and stopping at the first imprecise step keeps a lucky dip in the curve
    from choosing a threshold that the next voices would not bear.

    Precise means at least ``min_precision`` right, counted by ``policy``: ``added``, among
    the messages the head raises and the rules do not (what it adds is precise by itself);
    ``head``, the head alone; ``system``, rules or head together. Under ``head`` the
    ``min_hits`` are the head's own right labels: when the rules were written from every
    training voice they miss nothing there, so what the head adds cannot be counted on
    them, only how precise it is by itself on voices it did not see."""
    chosen = HEAD_OFF
    for t in reversed(GRID):
        raised = p >= t
        if policy == "added":
            pred = raised & ~rule
        elif policy == "head":
            pred = raised
        else:
            pred = raised | rule
        tp, fp, _ = counts(pred, gold)
        if tp + fp and tp / (tp + fp) < min_precision:
            break
        if counts(pred if policy == "head" else raised & ~rule, gold)[0] >= min_hits:
            chosen = t
    return chosen


def benign_capped(
    t: float, p: npt.NDArray[Any], gold: Bools, benign: Bools, max_per_1000: float
) -> float:
    """ngram-4 (riskgen7): threshold ``t`` raised until the head's false labels on the benign
    voices' lines (out of fold) are at most ``max_per_1000`` per 1,000 of those lines (a
    false minor_disclosure ends an adult's session); HEAD_OFF when no threshold of the grid
    keeps them so, and ``t`` as it is when the head is off."""
    if t > 1.0:
        return t
    cap = max_per_1000 * int(benign.sum()) / 1000
    for x in GRID:
        if x >= t and int(((p >= x) & benign & ~gold).sum()) <= cap:
            return x
    return HEAD_OFF


def dev_capped(
    t: float,
    p: npt.NDArray[Any],
    gold: Bools,
    rule: Bools,
    max_wrong: int,
    min_precision: float,
) -> float:
    """ngram-5 (session 8): threshold ``t`` raised until what the head adds to the rules on
    the selecting dev parts is not vetoed there (at most ``max_wrong`` wrong, or right at
    least ``min_precision`` of the time), at that threshold and at every one above it;
    HEAD_OFF when the top of the grid is vetoed already, ``t`` as it is when the head is
    off. ngram-2 to 4 switched the label off at the first veto, however precise the head
    was higher up (the head's minor_disclosure: 0.97 right out of fold at 0.95)."""
    if t > 1.0:
        return t
    chosen = HEAD_OFF
    for x in reversed(GRID):
        if x < t:
            break
        right, wrong, _ = counts((p >= x) & ~rule, gold)
        if wrong > max_wrong and right / (right + wrong) < min_precision:
            break
        chosen = x
    return chosen
