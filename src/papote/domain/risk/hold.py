"""Messages held before delivery (issue 12 §4, docs/detection.md "Held messages").

A salon message that the rules find selling (``scam_spam``), prostituting or dealing is
stored at its place in the room's history but shown to its writer alone until a
moderator releases it (it is then delivered) or refuses it (it stays out of every
screen, kept as evidence). Pure: a message's ``held`` value is the comma-separated
labels it is held for, ``REJECTED`` once refused, None once delivered.
"""

from __future__ import annotations

from collections.abc import Mapping

REJECTED = "rejected"


def labels_to_hold(
    labels: Mapping[str, float], hold: frozenset[str], min_score: float
) -> dict[str, float]:
    """The labels of a message (label -> best score) that hold it: those of ``hold``
    scoring at least ``min_score``."""
    return {label: score for label, score in labels.items() if label in hold and score >= min_score}


def held_value(labels: Mapping[str, float]) -> str | None:
    """What a message's ``held`` is stored as: its labels, sorted; None: not held."""
    return ",".join(sorted(labels)) or None


def held_labels(held: str | None) -> list[str]:
    """The labels a message is held for (none once released or refused)."""
    if held is None or held == REJECTED:
        return []
    return [label for label in held.split(",") if label]


def visible_to(held: str | None, writer: str, viewer: str) -> bool:
    """Whether ``viewer`` sees a message: a delivered one, everyone; a held one, its
    writer alone (they see it sent: nothing tells them it waits); a refused one, nobody
    (it is kept as evidence, and its writer was given a statement of reasons)."""
    if held is None:
        return True
    return held != REJECTED and viewer == writer
