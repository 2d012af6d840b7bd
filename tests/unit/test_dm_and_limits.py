"""DM consent table and token buckets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.domain.dm import TRANSITIONS, DmEvent, DmState, check_can_request, next_state
from papote.domain.errors import DomainError
from papote.domain.ratelimit import SlidingWindowCounter, TokenBucket


def test_consent_table() -> None:
    assert next_state(DmState.REQUESTED, DmEvent.ACCEPT) is DmState.ACCEPTED
    assert next_state(DmState.REQUESTED, DmEvent.DECLINE) is DmState.DECLINED
    assert next_state(DmState.REQUESTED, DmEvent.BLOCK) is DmState.BLOCKED
    assert next_state(DmState.DECLINED, DmEvent.ACCEPT) is DmState.ACCEPTED


@pytest.mark.parametrize("state", list(DmState))
@pytest.mark.parametrize("event", list(DmEvent))
def test_every_missing_transition_is_refused(state: DmState, event: DmEvent) -> None:
    if (state, event) in TRANSITIONS:
        assert next_state(state, event) is TRANSITIONS[(state, event)]
    else:
        with pytest.raises(DomainError) as err:
            next_state(state, event)
        assert err.value.code == "bad_request_state"


def test_blocked_is_final() -> None:
    """A blocked request never opens a conversation: its one way out is expiry (so that
    its sender sees "sans réponse" like for any unanswered one), and expiry is final."""
    assert {(s, e) for (s, e) in TRANSITIONS if s is DmState.BLOCKED} == {
        (DmState.BLOCKED, DmEvent.EXPIRE)
    }
    assert all(state is not DmState.EXPIRED for (state, _) in TRANSITIONS)


def test_request_checks() -> None:
    check_can_request(
        "a", "b", target_exists=True, open_requests_from_sender=0, max_open_requests=3
    )
    cases = [
        ("a", "a", True, 0, "self_request"),
        ("a", "b", False, 0, "no_such_user"),
        ("a", "b", True, 3, "too_many_requests"),
    ]
    for sender, target, exists, pending, code in cases:
        with pytest.raises(DomainError) as err:
            check_can_request(
                sender,
                target,
                target_exists=exists,
                open_requests_from_sender=pending,
                max_open_requests=3,
            )
        assert err.value.code == code


def test_token_bucket_burst_then_rate() -> None:
    bucket = TokenBucket(capacity=5, rate=1.0, updated=0.0)
    assert all(bucket.take(0.0) for _ in range(5))
    assert not bucket.take(0.0)
    assert bucket.retry_after() == pytest.approx(1.0)
    assert bucket.take(1.0)
    assert not bucket.take(1.5)


@given(
    st.lists(st.floats(min_value=0, max_value=5, allow_nan=False), max_size=200),
    st.integers(1, 10),
    st.floats(0.1, 10),
)
def test_token_bucket_never_exceeds_burst_plus_rate(
    gaps: list[float], burst: int, rate: float
) -> None:
    """Invariant: in any run, accepted <= burst + rate * elapsed."""
    bucket = TokenBucket(capacity=burst, rate=rate, updated=0.0)
    now = 0.0
    accepted = 0
    for gap in gaps:
        now += gap
        accepted += bucket.take(now)
        assert accepted <= burst + rate * now + 1e-6


def test_sliding_window() -> None:
    counter = SlidingWindowCounter(limit=2, window=10)
    assert counter.hit("ip", 0)
    assert counter.hit("ip", 1)
    assert not counter.hit("ip", 2)
    assert counter.hit("other", 2)
    assert counter.hit("ip", 10.5)
    counter.prune(100)
    assert counter.events == {}


def test_a_sender_can_withdraw_what_has_no_answer_they_know_of() -> None:
    from papote.domain.dm import AS_SEEN_BY_SENDER, DmEvent, DmState, next_state

    assert next_state(DmState.REQUESTED, DmEvent.WITHDRAW) is DmState.WITHDRAWN
    assert next_state(DmState.DECLINED, DmEvent.WITHDRAW) is DmState.WITHDRAWN
    # Blocked stays blocked (the service answers "ok" without a change: nothing revealed).
    with pytest.raises(DomainError):
        next_state(DmState.BLOCKED, DmEvent.WITHDRAW)
    with pytest.raises(DomainError):
        next_state(DmState.ACCEPTED, DmEvent.WITHDRAW)
    for state in (DmState.REQUESTED, DmState.DECLINED, DmState.BLOCKED):
        assert next_state(state, DmEvent.EXPIRE) is DmState.EXPIRED
        assert AS_SEEN_BY_SENDER[state] == "pending"  # never "declined" or "blocked"
    assert AS_SEEN_BY_SENDER[DmState.EXPIRED] == "unanswered"
    with pytest.raises(DomainError):
        next_state(DmState.WITHDRAWN, DmEvent.ACCEPT)


def test_a_held_request_is_released_only_back_to_requested() -> None:
    """Held while a grooming or threat case is open; a dismissal shows it after all, as
    a request waiting for its answer; nothing else comes out of a release."""
    assert next_state(DmState.REQUESTED, DmEvent.HOLD) is DmState.HELD
    assert next_state(DmState.HELD, DmEvent.RELEASE) is DmState.REQUESTED
    assert {(s, e) for (s, e) in TRANSITIONS if e is DmEvent.RELEASE} == {
        (DmState.HELD, DmEvent.RELEASE)
    }
