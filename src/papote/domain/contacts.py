"""Contact details in a message (a phone number, an e-mail, an app handle), as spans to
mask for the recipient of a DM between people who met recently (issue 12 §4,
docs/detection.md "Actions").

Pure: reads the rule detector's analysis (phone numbers are found after its
normaliser and checked by the validator it was given), returns spans in the text as
typed. Asking for a handle ("t'as snap ?") is not a contact detail: nothing to mask.
"""

from __future__ import annotations

from papote.domain.risk.detector import MessageAnalysis

# The off_platform rules whose match carries the contact itself, and what it is.
CONTACT_RULES = {
    "off_platform.phone": "phone",
    "off_platform.email": "email",
    "off_platform.give_handle": "handle",
    "off_platform.app_handle": "handle",
    "off_platform.at_handle": "handle",
    "off_platform.dm_app": "handle",
}


def contact_spans(analysis: MessageAnalysis) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each contact detail, sorted, overlaps merged (the first
    kind kept); kinds are ``phone``, ``email`` and ``handle``."""
    found = sorted(
        (h.start, h.end, CONTACT_RULES[rule])
        for h in analysis.hits
        if h.label == "off_platform"
        and (rule := h.source.rpartition(":")[2]) in CONTACT_RULES
        and 0 <= h.start < h.end <= len(analysis.text)
    )
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, kind))
    return merged
