"""The rule detector: one message in, hits (labels with scores and spans) and signals out.

Pure and synchronous. Phone numbers are found here as candidates after normalisation; a
validator can be passed in (the adapter passes one built on ``phonenumbers``), else French
numbers are recognised by their shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from papote.domain.risk.normalize import NORMALISER_VERSION, Normalised, normalise
from papote.domain.risk.prefilter import PatternFilter, Prefilter, top_level_alternatives
from papote.domain.risk.rules import RULES, RULES_VERSION, Rule

RULE_SOURCE = f"{RULES_VERSION}+{NORMALISER_VERSION}"
THRESHOLD = 0.5  # a label is raised at this score

_PHONE_CANDIDATE = re.compile(r"(?<![\d+])(\+?\d{9,15})(?!\d)")
_FRENCH_PHONE = re.compile(r"^(?:\+33|0033|0)[1-9]\d{8}$")

PhoneCheck = Callable[[str], bool]

# The threat rules that are about publishing pictures or secrets (sextortion, blackmail,
# exposure), not violence: a message they flag may also be harassment.
_PUBLISHING = frozenset(
    {
        "sextortion",
        "send_to_family",
        "pay_or",
        "publish_pictures",
        "pay_or_publish",
        "publish_it",
        "tell_unless",
        "media_exposed",
        "exposure_7",  # rules-7: "je fais tourner tes nudes dans tout le salon"
    }
)


# The rules that could match a text, read from their patterns (prefilter.py): most chat
# lines match none, and scanning only the candidates finds the same hits, in order.
_PREFILTER = Prefilter(RULES)

GuardCheck = Callable[[re.Pattern[str]], bool]  # whether a text guard finds something


def _guard_parts() -> tuple[tuple[re.Pattern[str], ...], dict[int, tuple[int, ...]]]:
    """The rules' text guards (``unless_text``) cut into their top-level alternatives, each
    distinct one once (most guards end with the same shared ones), and each guard's."""
    parts: dict[tuple[str, int], int] = {}
    compiled: list[re.Pattern[str]] = []
    of_guard: dict[int, tuple[int, ...]] = {}
    for rule in RULES:
        guard = rule.unless_text
        if guard is None or id(guard) in of_guard:
            continue
        numbers = []
        for part in top_level_alternatives(guard):
            key = (part.pattern, part.flags)
            if key not in parts:
                parts[key] = len(compiled)
                compiled.append(part)
            numbers.append(parts[key])
        of_guard[id(guard)] = tuple(numbers)
    return tuple(compiled), of_guard


# A guard is searched only once its rule matched, and then only its alternatives that
# could match (a guard of 140 alternatives searched whole cost 300 µs a line).
_GUARD_PARTS, _GUARD_OF = _guard_parts()
_GUARD_PREFILTER = PatternFilter(_GUARD_PARTS)


def _guards_read(text: str) -> GuardCheck:
    """Whether a rule's text guard finds something in the normalised ``text``: the same
    answer as ``guard.search(text)``, from the alternatives of it the prefilter lets
    through, each searched at most once a text."""
    possible: set[int] | None = None
    found: dict[int, bool] = {}

    def finds(guard: re.Pattern[str]) -> bool:
        nonlocal possible
        numbers = _GUARD_OF.get(id(guard))
        if numbers is None:  # not one of RULES' guards
            return bool(guard.search(text))
        if possible is None:
            possible = set(_GUARD_PREFILTER.possible(text))
        for number in numbers:
            if number in possible:
                if number not in found:
                    found[number] = bool(_GUARD_PARTS[number].search(text))
                if found[number]:
                    return True
        return False

    return finds


def _guards_searched(text: str) -> GuardCheck:
    return lambda guard: bool(guard.search(text))


@dataclass(frozen=True, slots=True)
class RiskHit:
    """One finding: ``label`` at ``score`` for ``text[start:end]`` (original text offsets),
    found by ``source`` (a rule name with the rules version, or a model version)."""

    label: str
    score: float
    start: int
    end: int
    source: str


@dataclass(frozen=True, slots=True)
class Signal:
    """A move that counts only with others (an age question, a compliment)."""

    kind: str
    score: float
    start: int
    end: int
    rule: str
    value: str = ""  # the matched group (an age, a grade) when the rule has one


@dataclass(frozen=True, slots=True)
class MessageAnalysis:
    text: str
    normalised: str
    hits: tuple[RiskHit, ...]
    signals: tuple[Signal, ...]

    def labels(self, threshold: float = THRESHOLD) -> dict[str, float]:
        """Best score of each label at or above ``threshold``."""
        best: dict[str, float] = {}
        for h in self.hits:
            if h.score >= threshold and h.score > best.get(h.label, 0.0):
                best[h.label] = h.score
        return best

    def with_hits(self, extra: Sequence[RiskHit]) -> MessageAnalysis:
        return MessageAnalysis(self.text, self.normalised, self.hits + tuple(extra), self.signals)


def french_phone_shape(digits: str) -> bool:
    return bool(_FRENCH_PHONE.match(digits))


def _suppressed(rule: Rule, norm: str, start: int, end: int, finds: GuardCheck) -> bool:
    if rule.unless_text is not None and finds(rule.unless_text):
        return True
    if rule.unless_before is not None and rule.unless_before.search(
        norm[max(0, start - 24) : start]
    ):
        return True
    return rule.unless_after is not None and bool(rule.unless_after.match(norm, end))


def _span(m: re.Match[str]) -> tuple[int, int, str]:
    for g in range(1, (m.re.groups or 0) + 1):
        if m.group(g) is not None:
            return m.start(g), m.end(g), m.group(g)
    return m.start(), m.end(), ""


def analyse(text: str, is_phone: PhoneCheck | None = None) -> MessageAnalysis:
    """Normalise ``text`` and run every rule on it.

    Args:
        text: the message as typed.
        is_phone: validator for digit runs found after normalisation ("+33612345678");
            by default a French shape check.
    """
    return analyse_with(text, is_phone, _PREFILTER.candidates, _guards_read)


def analyse_with(
    text: str,
    is_phone: PhoneCheck | None,
    rules: Callable[[str], Iterable[Rule]],
    guards: Callable[[str], GuardCheck] = _guards_searched,
) -> MessageAnalysis:
    """``analyse``, scanning the rules ``rules(normalised text)`` gives in their order,
    a rule's text guard read by ``guards(normalised text)`` (``lambda _: RULES`` and
    ``_guards_searched``: every rule scanned and every guard searched whole, what the
    prefilters must agree with)."""
    norm = normalise(text)
    hits: list[RiskHit] = []
    signals: list[Signal] = []
    finds = guards(norm.text)
    for rule in rules(norm.text):
        for m in rule.pattern.finditer(norm.text):
            if _suppressed(rule, norm.text, m.start(), m.end(), finds):
                continue
            start, end = norm.source_span(m.start(), m.end())
            if rule.label:
                hits.append(
                    RiskHit(rule.label, rule.score, start, end, f"{RULE_SOURCE}:{rule.name}")
                )
                if rule.label == "off_platform":
                    signals.append(Signal("off_platform_move", 0.4, start, end, rule.name))
            else:
                _, _, value = _span(m)
                signals.append(Signal(rule.signal, rule.score, start, end, rule.name, value))
    hits.extend(_phones(norm, is_phone or french_phone_shape))
    # rules-6: a paid offer is prostitution, not solicitation between adults (no row of
    # data/risk carries both labels): the sexual_solicitation hits give way to it.
    if any(h.label == "prostitution" for h in hits):
        hits = [h for h in hits if h.label != "sexual_solicitation"]
    # rules-6: an insult inside a threat of violence is the threat (2 rows of data/risk out
    # of ~480 threats carry harassment too); a threat to publish something keeps both.
    if any(h.label == "threat" and h.source.rsplit(".", 1)[-1] not in _PUBLISHING for h in hits):
        hits = [h for h in hits if h.label != "harassment"]
    if any(h.label == "off_platform" and h.source.endswith(":off_platform.phone") for h in hits):
        signals.append(Signal("off_platform_move", 0.4, 0, len(text), "off_platform.phone"))
    return MessageAnalysis(text, norm.text, tuple(hits), tuple(signals))


def _phones(norm: Normalised, is_phone: PhoneCheck) -> list[RiskHit]:
    found = []
    for m in _PHONE_CANDIDATE.finditer(norm.text):
        if is_phone(m.group(1)):
            start, end = norm.source_span(m.start(1), m.end(1))
            found.append(
                RiskHit("off_platform", 0.9, start, end, f"{RULE_SOURCE}:off_platform.phone")
            )
    return found


class RuleDetector:
    """The rules alone, behind the ``RiskDetector`` port (the regex-only baseline)."""

    def __init__(self, is_phone: PhoneCheck | None = None) -> None:
        self._is_phone = is_phone
        self.version = RULE_SOURCE

    def analyse(self, text: str) -> MessageAnalysis:
        return analyse(text, self._is_phone)

    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        return [analyse(text, self._is_phone) for text in texts]

    def complete(self, analyses: Sequence[MessageAnalysis]) -> list[MessageAnalysis]:
        return list(analyses)  # the rules are all there is
