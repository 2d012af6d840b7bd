"""1:1 calls, pure rules: the call's states, who hears what when it ends, TURN credentials.

A call lives in an open DM (DESIGN.md: "an open DM before a photo or a call"). It rings
until the callee answers; nothing but signalling passes before ``accept``. Time and ids
come in as arguments.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from enum import StrEnum

from papote.domain.errors import DomainError


class CallState(StrEnum):
    RINGING = "ringing"
    ACTIVE = "active"
    ENDED = "ended"


class CallEvent(StrEnum):
    ACCEPT = "accept"
    END = "end"


# (state, event) -> next state (h11 style: the table is the state machine).
_NEXT: dict[tuple[CallState, CallEvent], CallState] = {
    (CallState.RINGING, CallEvent.ACCEPT): CallState.ACTIVE,
    (CallState.RINGING, CallEvent.END): CallState.ENDED,
    (CallState.ACTIVE, CallEvent.END): CallState.ENDED,
}


def next_state(state: CallState, event: CallEvent) -> CallState:
    """Raises:
    DomainError: ``call_over`` (an ended call, or accepting one already answered).
    """
    try:
        return _NEXT[(state, event)]
    except KeyError:
        raise DomainError("call_over", field="call") from None


class EndCause(StrEnum):
    """Why a call ended, as the server records it (``calls.end_reason``)."""

    HANGUP = "hangup"  # a party hung up (the caller before an answer: cancelled)
    DECLINED = "declined"  # the callee said no
    TIMEOUT = "timeout"  # nobody answered within ring_seconds
    BLOCKED = "blocked"  # a party blocked the other
    BUSY = "busy"  # the callee was already in a call
    DISCONNECTED = "disconnected"  # a party's socket closed
    MODERATION = "moderation"  # a moderator ended it, or a party was banned


def end_reasons(
    cause: EndCause, state: CallState, by_caller: bool, hidden: bool
) -> tuple[str, str]:
    """What the caller and the callee are told (``call_ended.reason``), in that order.

    Args:
        cause: why the call ended.
        state: the state it ended from (ringing or active).
        by_caller: the caller did it (hung up, blocked, disconnected); for the causes
            that belong to nobody (timeout, moderation) it does not matter.
        hidden: the callee had blocked the caller: the call never rang.

    A blocked person is never told (docs/protocol.md §2.4): a call to someone who blocked
    you, or who declines it, simply gets no answer; a block during a call is a hang-up.
    """
    ringing = state is CallState.RINGING
    if hidden:
        return "no_answer", ""
    if cause is EndCause.MODERATION:
        return "moderation", "moderation"
    if cause is EndCause.BUSY:
        return "busy", ""
    if cause is EndCause.TIMEOUT:
        return "no_answer", "missed"
    if cause is EndCause.DECLINED:
        return "no_answer", "declined"
    # hangup, blocked, disconnected: one party did it (or lost its socket)
    if ringing:
        # Before an answer: the caller gave up (the callee missed it), or the callee
        # refused it one way or another (the caller got no answer).
        return ("cancelled", "missed") if by_caller else ("no_answer", "declined")
    other = "disconnected" if cause is EndCause.DISCONNECTED else "hangup"
    mine = "blocked" if cause is EndCause.BLOCKED else "hangup"
    return (mine, other) if by_caller else (other, mine)


def turn_credentials(secret: bytes, user_id: str, now: float, ttl: int) -> tuple[str, str]:
    """Time-limited TURN credentials, the "TURN REST API" shared-secret scheme that coturn
    implements (``use-auth-secret``, draft-uberti-behave-turn-rest-00 §2.2): the username
    is ``<expiry>:<user>`` (Unix seconds), the password is
    ``base64(HMAC-SHA1(secret, username))``. Returns (username, credential)."""
    username = f"{int(now) + ttl}:{user_id}"
    digest = hmac.new(secret, username.encode(), hashlib.sha1).digest()
    return username, base64.b64encode(digest).decode()
