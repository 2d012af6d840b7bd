"""papote.domain.dedup: recent client message ids, bounded by time, person and total."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from papote.domain.dedup import RecentIds


def test_an_id_is_remembered_for_the_window_per_person() -> None:
    recent: RecentIds[int] = RecentIds(window=600, per_person=10, total=100)
    recent.remember("ana", "c1", 1, now=0)
    assert recent.get("ana", "c1", now=599.9) == 1
    assert recent.get("ben", "c1", now=1) is None  # another person's id is another id
    assert recent.get("ana", "c1", now=600) is None
    assert len(recent) == 0


def test_forget_lets_the_id_be_used_again() -> None:
    recent: RecentIds[int] = RecentIds(window=600, per_person=10, total=100)
    recent.remember("ana", "c1", 1, now=0)
    recent.forget("ana", "c1")
    recent.forget("ana", "c1")  # twice is harmless
    assert recent.get("ana", "c1", now=1) is None
    recent.remember("ana", "c1", 2, now=2)
    assert recent.get("ana", "c1", now=3) == 2


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["ana", "ben", "cy"]),
            st.text("abcdef", min_size=1, max_size=2),
            st.floats(min_value=0, max_value=50),
            st.booleans(),
        ),
        max_size=80,
    )
)
def test_memory_stays_bounded_and_recent_ids_are_found(
    steps: list[tuple[str, str, float, bool]],
) -> None:
    recent: RecentIds[int] = RecentIds(window=20, per_person=4, total=7)
    now = 0.0
    for n, (person, cid, dt, forget) in enumerate(steps):
        now += dt
        if forget:
            recent.forget(person, cid)
            assert recent.get(person, cid, now) is None
            continue
        recent.remember(person, cid, n, now)
        assert recent.get(person, cid, now) is not None  # the newest is always there
        assert len(recent) <= 7
        assert all(len(ids) <= 4 for ids in recent._by_person.values())
        assert sum(len(ids) for ids in recent._by_person.values()) == len(recent)
