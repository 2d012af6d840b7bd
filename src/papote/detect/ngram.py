"""Hashed n-gram features of the normalised text, and the logistic head that reads them.

A message (after ``normalise``: case, accents, leetspeak, SMS spellings read back) is cut
into words and into character n-grams of 2 to 5 over the words joined by single spaces
with a space at each end, so an n-gram knows where a word starts and ends ("␣sn", "ap␣")
and glued words still share most of theirs ("jai14ans"). Words and word pairs are
features too. Each feature is hashed into one of ``BUCKETS`` buckets, the same in every
process: words and word pairs with CRC-32, the character n-grams of a whole batch at once
with a polynomial hash of their code points in numpy (``_char_buckets``; "ngram-feat-1"
hashed each n-gram with CRC-32 in a Python loop, about 0.15 ms a message). A message is the
set of its buckets, each worth 1/sqrt(count), so a long message weighs as much as a short
one.
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
FEATURES_VERSION = "ngram-feat-2"

# Words (with their inner apostrophes: "t'as", "l'age") and single signs that carry
# meaning in chat (emoji, "@", "€", "+"); common punctuation is left out.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*|[^\sa-z0-9'.,;:!?\"()\[\]\-_*~]")

Indices = npt.NDArray[np.int64]
Matrix = npt.NDArray[np.float32]


def _bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


_EMPTY = _bucket("^")
_WRAP = np.uint64(1_000_003)  # polynomial base of the character n-gram hash (wraps at 2^64)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits are the bucket
_TOP = np.uint64(64 - BUCKETS.bit_length() + 1)
_SEP = 0  # between two messages' lines in a batch (no text holds U+0000 after normalise)


def tokens(normalised: str) -> list[str]:
    return _TOKEN.findall(normalised)


def _line(words: Sequence[str]) -> str:
    """The words joined by single spaces with a space at each end ("" without words: an
    empty message has no character n-gram)."""
    return " " + " ".join(words) + " " if words else ""


def _char_buckets(codes: npt.NDArray[np.uint64]) -> tuple[Indices, Indices]:
    """Buckets of every character n-gram (``CHAR_NS``) of lines joined by ``_SEP``, and the
    line each came from; none spans two lines. Vectorised: a polynomial hash of the code
    points, rolled one length at a time, then Fibonacci-mixed (the same in every process)."""
    size = len(codes)
    seps = np.concatenate([[0], np.cumsum(codes == _SEP)])
    parted = bool(seps[-1])  # one line alone: no gram can span two
    starts = np.arange(size)
    rolled = np.zeros(size, dtype=np.uint64)
    buckets: list[Indices] = []
    lines: list[Indices] = []
    for n in range(1, max(CHAR_NS) + 1):
        if size < n:
            break
        rolled = rolled[: size - n + 1] * _WRAP + codes[n - 1 :]
        if n in CHAR_NS:
            start = starts[: size - n + 1]
            if parted:
                whole = seps[start + n] == seps[start]  # no separator inside the gram
                start, grams = start[whole], rolled[whole]
            else:
                grams = rolled
            buckets.append(((grams + np.uint64(n)) * _MIX >> _TOP).astype(np.int64))
            lines.append(seps[start])
    if not buckets:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(buckets), np.concatenate(lines)


def features(normalised: str) -> Indices:
    """The sorted, distinct buckets of one normalised message (never empty)."""
    return Sparse.of([normalised]).indices


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
        """The features of a batch of normalised messages, in one pass of numpy: the
        words and word pairs hashed one by one (a few a message), the character n-grams of
        all the lines at once."""
        rows = len(normalised)
        word_keys: list[int] = []  # row * BUCKETS + bucket
        lines: list[str] = []
        for row, text in enumerate(normalised):
            words = tokens(text)
            base = row * BUCKETS
            word_keys.append(base + _EMPTY)  # every message has one feature: "empty"'s bias
            word_keys += [base + _bucket("w " + w) for w in words]
            word_keys += [base + _bucket(f"b {a} {b}") for a, b in itertools.pairwise(words)]
            lines.append(_line(words).replace("\0", " "))  # "\0" parts the lines
        joined = "\0".join(lines).encode("utf-32-le")
        codes = np.frombuffer(joined, dtype=np.uint32).astype(np.uint64)
        char_buckets, char_rows = _char_buckets(codes)
        keys = np.concatenate(
            [np.array(word_keys, dtype=np.int64), char_rows * BUCKETS + char_buckets]
        )
        keys.sort()
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # distinct
        row_of = keys // BUCKETS
        indptr = np.searchsorted(row_of, np.arange(rows + 1)).astype(np.int64)
        lengths = np.diff(indptr)
        values = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths).astype(np.float32)
        return cls(indptr, keys % BUCKETS, values)

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
