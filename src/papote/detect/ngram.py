"""Hashed n-gram features of the normalised text, and the logistic head that reads them.

A message (after ``normalise``: case, accents, leetspeak, SMS spellings read back) is cut
into words and into character n-grams of 2 to 5 over the words joined by single spaces
with a space at each end, so an n-gram knows where a word starts and ends ("␣sn", "ap␣")
and glued words still share most of theirs ("jai14ans"). Words and word pairs are
features too. Each feature is hashed (CRC-32, the same in every process) into one of
``BUCKETS`` buckets; a message is the set of its buckets, each worth 1/sqrt(count), so a
long message weighs as much as a short one.

Pure numpy; about 0.4 ms of CPU a message on one core (docs/detection.md, "Classifier").
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

BUCKETS = 1 << 17
CHAR_NS = (2, 3, 4, 5)
FEATURES_VERSION = "ngram-feat-1"

# Words (with their inner apostrophes: "t'as", "l'age") and single signs that carry
# meaning in chat (emoji, "@", "€", "+"); common punctuation is left out.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[^\sa-z0-9'.,;:!?\"()\[\]\-_*~]")

Indices = npt.NDArray[np.int64]
Matrix = npt.NDArray[np.float32]


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def tokens(normalised: str) -> list[str]:
    return _TOKEN.findall(normalised)


def features(normalised: str) -> Indices:
    """The sorted, distinct buckets of one normalised message (never empty)."""
    words = tokens(normalised)
    found: set[int] = {_bucket("^")}  # every message has one feature: the bias of "empty"
    for w in words:
        found.add(_bucket("w " + w))
    for a, b in itertools.pairwise(words):
        found.add(_bucket(f"b {a} {b}"))
    line = " " + " ".join(words) + " "
    for n in CHAR_NS:
        for i in range(len(line) - n + 1):
            gram = line[i : i + n]
            if gram != " " * n:
                found.add(_bucket(gram))
    return np.fromiter(sorted(found), dtype=np.int64, count=len(found))


@dataclass(frozen=True)
class Sparse:
    """Rows of bucket indices (CSR without the matrix): row i is
    ``indices[indptr[i]:indptr[i+1]]``, each worth ``values`` at the same place."""

    indptr: Indices
    indices: Indices
    values: Matrix

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    @classmethod
    def of(cls, normalised: Sequence[str]) -> Sparse:
        feats = [features(t) for t in normalised]
        return cls.stack(feats)

    @classmethod
    def stack(cls, feats: Sequence[Indices]) -> Sparse:
        lengths = np.array([len(f) for f in feats], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        indices = np.concatenate(list(feats)).astype(np.int64) if feats else np.zeros(0, np.int64)
        values = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths).astype(np.float32)
        return cls(indptr, indices, values)

    def take(self, rows: npt.NDArray[np.bool_] | Indices) -> Sparse:
        picked = np.flatnonzero(rows) if rows.dtype == np.bool_ else rows
        return Sparse.stack([self.indices[self.indptr[i] : self.indptr[i + 1]] for i in picked])

    def row_of(self) -> Indices:
        return np.repeat(np.arange(self.rows), np.diff(self.indptr))

    def dot(self, weights: Matrix) -> Matrix:
        """(rows, k): each row's features times ``weights`` (BUCKETS, k)."""
        gathered = weights[self.indices] * self.values[:, None]
        # every row has at least one feature, so no segment of reduceat is empty
        return np.asarray(np.add.reduceat(gathered, self.indptr[:-1], axis=0), dtype=np.float32)


@dataclass(frozen=True)
class NgramHead:
    """p(label) = sigmoid(sum of the message's bucket weights / sqrt(count) + bias)."""

    labels: tuple[str, ...]
    weights: Matrix  # (BUCKETS, labels)
    bias: Matrix  # (labels,)
    thresholds: Matrix  # (labels,) a label fires at p >= threshold (> 1: off for it)
    version: str

    def probabilities_of(self, x: Sparse) -> Matrix:
        z = x.dot(self.weights) + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float32)

    def probabilities(self, normalised: Sequence[str]) -> Matrix:
        """(N, labels) for normalised texts."""
        if len(normalised) == 1:  # the worker's usual case, without the CSR detour
            idx = features(normalised[0])
            z = self.weights[idx].sum(axis=0) / np.sqrt(len(idx)) + self.bias
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            return np.asarray(p[None, :], dtype=np.float32)
        return self.probabilities_of(Sparse.of(normalised))

    def save(self, path: str) -> None:
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            thresholds=self.thresholds,
            version=np.array(self.version),
            features=np.array(FEATURES_VERSION),
        )

    @classmethod
    def load(cls, path: Any) -> NgramHead:
        with np.load(path, allow_pickle=False) as data:
            if str(data["features"]) != FEATURES_VERSION:
                raise ValueError(f"{path}: features {data['features']}, not {FEATURES_VERSION}")
            return cls(
                labels=tuple(str(x) for x in data["labels"]),
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                thresholds=data["thresholds"].astype(np.float32),
                version=str(data["version"]),
            )
