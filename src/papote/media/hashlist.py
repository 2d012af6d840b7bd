"""Known-image lists: PDQ hashes matched within a Hamming distance, SHA-256 exactly.

The PDQ file format is the ThreatExchange / Hasher-Matcher-Actioner exchange one: one
hash a line, 64 hex digits, optionally followed by a comma or whitespace and more fields
(quality, an id) that are ignored; blank lines and ``#`` comments are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

PDQ_MATCH_DISTANCE = 31  # ThreatExchange's recommended threshold for PDQ (of 256 bits)
_HEX = frozenset("0123456789abcdef")


class ListFormatError(ValueError):
    """A line of a hash list is not a hash; the message names the line."""


def parse_hash_lines(lines: Iterable[str], bits: int = 256) -> list[str]:
    """The hashes of a list file, lower-case, in file order, duplicates dropped.

    Raises:
        ListFormatError: a line that does not start with ``bits / 4`` hex digits.
    """
    digits = bits // 4
    seen: dict[str, None] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        first = line.replace(",", " ").replace(";", " ").split()[0].lower()
        if len(first) != digits or not set(first) <= _HEX:
            raise ListFormatError(f"line {number}: not a {digits}-digit hex hash")
        seen.setdefault(first, None)
    return list(seen)


def hamming(a: str, b: str) -> int:
    """Bits that differ between two hex hashes of the same length."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


@dataclass(frozen=True, slots=True)
class Match:
    list_name: str
    kind: str  # pdq | sha256
    hash: str
    distance: int


class PdqIndex:
    """Every PDQ hash of every list in one array; a query XORs it with all of them
    (100,000 hashes: a few milliseconds, no index structure needed at this size)."""

    def __init__(self, entries: Sequence[tuple[str, str]]) -> None:
        """``entries``: (list name, 64 hex digits)."""
        self.names = [name for name, _ in entries]
        self.hashes = [value for _, value in entries]
        if entries:
            raw = b"".join(bytes.fromhex(value) for value in self.hashes)
            self.array = np.frombuffer(raw, dtype=">u8").reshape(-1, 4).astype(np.uint64)
        else:
            self.array = np.zeros((0, 4), dtype=np.uint64)

    def __len__(self) -> int:
        return len(self.hashes)

    def nearest(self, pdq: str, within: int = PDQ_MATCH_DISTANCE) -> Match | None:
        """The closest listed hash within ``within`` bits, or None."""
        if not self.hashes:
            return None
        query = np.frombuffer(bytes.fromhex(pdq), dtype=">u8").astype(np.uint64)
        distances = np.bitwise_count(self.array ^ query).sum(axis=1)
        best = int(np.argmin(distances))
        distance = int(distances[best])
        if distance > within:
            return None
        return Match(self.names[best], "pdq", self.hashes[best], distance)


class KnownImages:
    """The lists in force: a PDQ index and a set of exact SHA-256."""

    def __init__(
        self,
        pdq: Sequence[tuple[str, str]] = (),
        sha256: Sequence[tuple[str, str]] = (),
        within: int = PDQ_MATCH_DISTANCE,
    ) -> None:
        self.pdq = PdqIndex(pdq)
        self.sha256 = {value: name for name, value in sha256}
        self.within = within

    def __len__(self) -> int:
        return len(self.pdq) + len(self.sha256)

    def check(self, sha256s: Iterable[str], pdq: str | None) -> Match | None:
        """The first list entry the upload matches: an exact SHA-256 (of the bytes as
        uploaded or as re-encoded), else a PDQ hash within the distance."""
        for value in sha256s:
            name = self.sha256.get(value)
            if name is not None:
                return Match(name, "sha256", value, 0)
        if pdq is None:
            return None
        return self.pdq.nearest(pdq, self.within)
