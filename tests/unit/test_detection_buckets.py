"""The detection worker's histogram counts: what /metrics turns into Prometheus buckets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.runtime import Buckets
from papote.service.detection import LAG_BUCKETS


def test_values_land_in_the_first_bucket_that_holds_them() -> None:
    b = Buckets((0.1, 1.0))
    for value in (0.05, 0.1, 0.5, 2.0):
        b.observe(value)
    assert b.cumulative() == [("0.1", 2), ("1.0", 3), ("+Inf", 4)]
    assert b.total == pytest.approx(2.65)


@given(st.lists(st.floats(min_value=0, max_value=100, allow_nan=False)))
def test_cumulative_counts_grow_and_end_at_the_count(values: list[float]) -> None:
    b = Buckets(LAG_BUCKETS)
    for value in values:
        b.observe(value)
    counts = [count for _, count in b.cumulative()]
    assert counts == sorted(counts)
    assert counts[-1] == len(values)
    assert b.cumulative()[-1][0] == "+Inf"
