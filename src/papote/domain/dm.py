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


class DmEvent(StrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    BLOCK = "block"


TRANSITIONS: dict[tuple[DmState, DmEvent], DmState] = {
    (DmState.REQUESTED, DmEvent.ACCEPT): DmState.ACCEPTED,
    (DmState.REQUESTED, DmEvent.DECLINE): DmState.DECLINED,
    (DmState.REQUESTED, DmEvent.BLOCK): DmState.BLOCKED,
    # A declined request can still be accepted later (the person changed their mind),
    # and anything not yet accepted can still end in a block.
    (DmState.DECLINED, DmEvent.ACCEPT): DmState.ACCEPTED,
    (DmState.DECLINED, DmEvent.BLOCK): DmState.BLOCKED,
    (DmState.ACCEPTED, DmEvent.BLOCK): DmState.BLOCKED,
}


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
