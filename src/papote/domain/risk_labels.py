"""The risk detector's labels (docs/detection.md), apart from the rules: reading the
configuration checks label names without compiling the rules (about a second of CPU)."""

LABELS = (
    "minor_disclosure",
    "grooming",
    "off_platform",
    "sexual_solicitation",
    "harassment",
    "threat",
    "hate",
    "scam_spam",
    "prostitution",
    "drugs",
    "self_harm",
)
