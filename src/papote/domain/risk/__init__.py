"""Risk detection in chat French: normaliser, rules, conversation accumulator (pure)."""

from papote.domain.risk.conversation import Conversation, TurnVerdict
from papote.domain.risk.detector import THRESHOLD, MessageAnalysis, RiskHit, RuleDetector, Signal
from papote.domain.risk.normalize import normalise
from papote.domain.risk.rules import LABELS

__all__ = [
    "LABELS",
    "THRESHOLD",
    "Conversation",
    "MessageAnalysis",
    "RiskHit",
    "RuleDetector",
    "Signal",
    "TurnVerdict",
    "normalise",
]
