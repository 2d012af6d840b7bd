"""Private-message consent: a request the other side accepts, declines (ignores) or blocks.

The state machine is a table (h11 style): ``TRANSITIONS[(state, event)] -> state``.
A blocked sender is never told: from their side a blocked or declined request looks
exactly like one still pending.
"""

from __future__ import annotations

from enum import StrEnum

from papote.domain.errors import DomainError


class DmState(StrEnum):
    REQUESTED = "requested"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    BLOCKED = "blocked"
    WITHDRAWN = "withdrawn"  # the sender took it back before an answer
    EXPIRED = "expired"  # no answer within dm_request_ttl_seconds
    # Sent while the sender's DM requests are paused (an open case of grooming or threat
    # opened by the risk detector): kept, never shown, "pending" to the sender, it ends
    # "sans réponse" like any other (docs/moderation.md, "Automated detection").
    HELD = "held"


class DmEvent(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    BLOCK = "block"
    WITHDRAW = "withdraw"  # by the sender
    EXPIRE = "expire"  # by the clock
    HOLD = "hold"  # by moderation: the sender's requests are paused
    RELEASE = "release"  # by moderation: the case that paused them was dismissed


TRANSITIONS: dict[tuple[DmState, DmEvent], DmState] = {
    (DmState.REQUESTED, DmEvent.ACCEPT): DmState.ACCEPTED,
    (DmState.REQUESTED, DmEvent.DECLINE): DmState.DECLINED,
    (DmState.REQUESTED, DmEvent.BLOCK): DmState.BLOCKED,
    # A declined request can still be accepted later (the person changed their mind),
    # and anything not yet accepted can still end in a block.
    (DmState.DECLINED, DmEvent.ACCEPT): DmState.ACCEPTED,
    (DmState.DECLINED, DmEvent.BLOCK): DmState.BLOCKED,
    (DmState.ACCEPTED, DmEvent.BLOCK): DmState.BLOCKED,
    # The sender may take back what has no answer they know of: a declined request looks
    # pending to them. A blocked one stays blocked: the service answers as if withdrawn.
    (DmState.REQUESTED, DmEvent.WITHDRAW): DmState.WITHDRAWN,
    (DmState.DECLINED, DmEvent.WITHDRAW): DmState.WITHDRAWN,
    # Unanswered in time, whatever the reason the sender cannot know: "sans réponse".
    (DmState.REQUESTED, DmEvent.EXPIRE): DmState.EXPIRED,
    (DmState.DECLINED, DmEvent.EXPIRE): DmState.EXPIRED,
    (DmState.BLOCKED, DmEvent.EXPIRE): DmState.EXPIRED,
    (DmState.HELD, DmEvent.EXPIRE): DmState.EXPIRED,
    (DmState.HELD, DmEvent.WITHDRAW): DmState.WITHDRAWN,
    (DmState.REQUESTED, DmEvent.HOLD): DmState.HELD,
    # The case was dismissed (no grooming, no threat): the request is shown after all,
    # as if just sent, and expires at the time it always would have.
    (DmState.HELD, DmEvent.RELEASE): DmState.REQUESTED,
}

# What the sender may know of a request: never "declined" or "blocked" (§2.4).
AS_SEEN_BY_SENDER: dict[DmState, str] = {
    DmState.REQUESTED: "pending",
    DmState.DECLINED: "pending",
    DmState.BLOCKED: "pending",
    DmState.HELD: "pending",
    DmState.ACCEPTED: "accepted",
    DmState.WITHDRAWN: "withdrawn",
    DmState.EXPIRED: "unanswered",
}
# States a request can still expire from (the sweep's candidates).
OPEN_STATES = frozenset(s for (s, e) in TRANSITIONS if e is DmEvent.EXPIRE)


def next_state(state: DmState, event: DmEvent) -> DmState:
    """Apply ``event`` to a request in ``state``.

    Raises:
        DomainError: ``bad_request_state`` when the table has no such transition.
    """
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise DomainError("bad_request_state", state=state.value, event=event.value) from None


def check_can_request(
    sender_id: str,
    target_id: str,
    *,
    target_exists: bool,
    open_requests_from_sender: int,
    max_open_requests: int,
) -> None:
    """May ``sender_id`` send a DM request to ``target_id``?

    Blocks are deliberately not checked here: a request to someone who blocked the
    sender is accepted and silently dropped, so that a block is never revealed.

    Raises:
        DomainError: ``self_request``, ``no_such_user`` or ``too_many_requests``.
    """
    if sender_id == target_id:
        raise DomainError("self_request", field="to")
    if not target_exists:
        raise DomainError("no_such_user", field="to")
    if open_requests_from_sender >= max_open_requests:
        raise DomainError("too_many_requests", max=max_open_requests)


def visible_to(recipient_blocks: frozenset[str] | set[str], sender_id: str) -> bool:
    """A recipient never receives anything from someone they blocked."""
    return sender_id not in recipient_blocks
