"""Transparency figures (DSA art. 15 and 24) for a period."""

from __future__ import annotations

import statistics
from typing import Any

from papote.domain.moderation import AppealState
from papote.ports import ModerationStore


async def transparency(
    mstore: ModerationStore,
    start: float,
    end: float,
    photo_decisions: dict[str, int] | None = None,
) -> dict[str, Any]:
    """DSA art. 15/24 figures for [start, end). ``photo_decisions``: the automated
    decisions on photos (MediaCatalog.decisions_between), counted as automated decisions
    (DSA art. 15(1)(c), (e): use of automated means)."""
    photos = dict(photo_decisions or {})
    cases = await mstore.cases_between(start, end)
    reports = await mstore.reports_between(start, end)
    appeals = await mstore.appeals_between(start, end)
    by_category: dict[str, int] = {}
    by_source: dict[str, int] = {}
    by_decision: dict[str, int] = {}
    delays = []
    for case in cases:
        by_category[case.category] = by_category.get(case.category, 0) + 1
        by_source[case.source] = by_source.get(case.source, 0) + 1
        if case.decision:
            by_decision[case.decision] = by_decision.get(case.decision, 0) + 1
        if case.decided_at is not None:
            delays.append(case.decided_at - case.created_at)
    return {
        "period": {"from": start, "to": end},
        "notices_received": len(reports),
        "cases": len(cases),
        "by_category": dict(sorted(by_category.items())),
        "by_source": dict(sorted(by_source.items())),
        "by_decision": dict(sorted(by_decision.items())),
        "median_seconds_to_action": statistics.median(delays) if delays else None,
        "appeals": len(appeals),
        "appeals_reversed": sum(1 for a in appeals if a.state == AppealState.REVERSED),
        "appeals_upheld": sum(1 for a in appeals if a.state == AppealState.UPHELD),
        "appeals_pending": sum(1 for a in appeals if a.state == AppealState.PENDING),
        "automated_decisions": sum(photos.values()),
        "automated_photo_decisions": photos,
    }
