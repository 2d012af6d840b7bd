"""domain.calls: the call's states, what each side is told when it ends, TURN secrets."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from papote.domain.calls import (
    CallEvent,
    CallState,
    EndCause,
    end_reasons,
    next_state,
    turn_credentials,
)
from papote.domain.errors import DomainError


def test_turn_credentials_follow_the_turn_rest_api_scheme() -> None:
    """coturn's use-auth-secret: password = base64(HMAC-SHA1(secret, "expiry:user"))."""
    username, password = turn_credentials(b"north-wind", "u1", 1_000_000.5, 3600)
    assert username == "1003600:u1"
    digest = hmac.new(b"north-wind", b"1003600:u1", hashlib.sha1).digest()
    assert password == base64.b64encode(digest).decode()


def test_a_call_is_answered_once_and_ends_once() -> None:
    assert next_state(CallState.RINGING, CallEvent.ACCEPT) is CallState.ACTIVE
    assert next_state(CallState.ACTIVE, CallEvent.END) is CallState.ENDED
    for state, event in ((CallState.ACTIVE, CallEvent.ACCEPT), (CallState.ENDED, CallEvent.END)):
        with pytest.raises(DomainError) as caught:
            next_state(state, event)
        assert caught.value.code == "call_over"


@pytest.mark.parametrize(
    ("cause", "state", "by_caller", "hidden", "told"),
    [
        # A blocked caller hears exactly what an unanswered call sounds like; the callee
        # who blocked never hears of it.
        (EndCause.TIMEOUT, CallState.RINGING, False, True, ("no_answer", "")),
        (EndCause.HANGUP, CallState.RINGING, True, True, ("no_answer", "")),
        (EndCause.TIMEOUT, CallState.RINGING, False, False, ("no_answer", "missed")),
        (EndCause.DECLINED, CallState.RINGING, False, False, ("no_answer", "declined")),
        (EndCause.HANGUP, CallState.RINGING, True, False, ("cancelled", "missed")),
        (EndCause.BLOCKED, CallState.RINGING, False, False, ("no_answer", "declined")),
        (EndCause.BUSY, CallState.RINGING, False, False, ("busy", "")),
        (EndCause.HANGUP, CallState.ACTIVE, False, False, ("hangup", "hangup")),
        # A block during a call is a plain hang-up for the one blocked.
        (EndCause.BLOCKED, CallState.ACTIVE, False, False, ("hangup", "blocked")),
        (EndCause.BLOCKED, CallState.ACTIVE, True, False, ("blocked", "hangup")),
        (EndCause.DISCONNECTED, CallState.ACTIVE, True, False, ("hangup", "disconnected")),
        (EndCause.MODERATION, CallState.ACTIVE, False, False, ("moderation", "moderation")),
    ],
)
def test_each_side_is_told_in_its_own_words(
    cause: EndCause, state: CallState, by_caller: bool, hidden: bool, told: tuple[str, str]
) -> None:
    assert end_reasons(cause, state, by_caller, hidden) == told
