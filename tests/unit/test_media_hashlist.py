"""Known-image lists: the exchange format, PDQ distance, exact SHA-256."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.media.hashlist import (
    KnownImages,
    ListFormatError,
    PdqIndex,
    hamming,
    parse_hash_lines,
)

A = "d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22"
hashes = st.integers(min_value=0, max_value=2**256 - 1).map(lambda v: f"{v:064x}")


def flip(value: str, bits: int) -> str:
    return f"{int(value, 16) ^ ((1 << bits) - 1):064x}"


def test_the_exchange_format_with_comments_quality_and_ids() -> None:
    lines = [
        "# exported list",
        "",
        f"{A.upper()},100,some-id",
        f"{flip(A, 3)}\t87",
        f"{A}",  # a duplicate
    ]
    assert parse_hash_lines(lines) == [A, flip(A, 3)]


@pytest.mark.parametrize("bad", ["abc", "z" * 64, A[:-1], A + "0"])
def test_a_bad_line_names_its_number(bad: str) -> None:
    with pytest.raises(ListFormatError, match="line 2"):
        parse_hash_lines([A, bad])


@given(hashes, st.integers(min_value=0, max_value=256))
def test_nearest_finds_within_31_bits_only(value: str, bits: int) -> None:
    index = PdqIndex([("liste", value)])
    probe = flip(value, bits)
    assert hamming(value, probe) == bits
    match = index.nearest(probe)
    if bits <= 31:
        assert match is not None and match.distance == bits and match.list_name == "liste"
    else:
        assert match is None


@given(st.lists(hashes, min_size=1, max_size=30, unique=True), hashes)
def test_nearest_is_the_minimum_over_the_list(values: list[str], probe: str) -> None:
    index = PdqIndex([(f"l{n}", v) for n, v in enumerate(values)])
    best = min(hamming(v, probe) for v in values)
    match = index.nearest(probe, within=256)
    assert match is not None and match.distance == best


def test_exact_sha256_before_pdq() -> None:
    sha = "ab" * 32
    known = KnownImages(pdq=[("pdq-list", A)], sha256=[("sha-list", sha)])
    assert len(known) == 2
    match = known.check(["00" * 32, sha], A)
    assert match is not None and (match.kind, match.list_name) == ("sha256", "sha-list")
    match = known.check(["00" * 32], flip(A, 5))
    assert match is not None and (match.kind, match.distance) == ("pdq", 5)
    assert known.check(["00" * 32], flip(A, 40)) is None
    assert KnownImages().check([sha], A) is None
