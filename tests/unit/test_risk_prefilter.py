"""The rule prefilter (domain/risk/prefilter.py) never drops a rule that matches: the
rule detector reads every line of data/risk the same with it as with every rule scanned,
and the screen holds the same salon messages; texts generated from each rule's own
pattern keep that rule a candidate."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papote.detect.phones import is_phone
from papote.domain.risk.detector import _PREFILTER, analyse, analyse_with
from papote.domain.risk.hold import held_value, labels_to_hold
from papote.domain.risk.normalize import normalise
from papote.domain.risk.prefilter import Prefilter, conditions, grams_of
from papote.domain.risk.rules import RULES, Rule

ROOT = Path(__file__).resolve().parents[2]
HOLD = frozenset({"scam_spam", "prostitution", "drugs"})  # config.py's default hold_labels
# Every split under data/risk but the second held-out: it stays unread by anything but its
# evaluation (docs/detection.md).
UNSEEN = "heldout-2.jsonl"


def _data_texts(pattern: str) -> Iterator[str]:
    for path in sorted((ROOT / "data/risk").glob(pattern)):
        if path.name == UNSEEN:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "text" in row:
                yield row["text"]
            for turn in row.get("turns", ()):
                yield turn["text"]


def _every_rule(_normalised: str) -> tuple[Rule, ...]:
    return RULES


def _screen(analysis_labels: dict[str, float]) -> str | None:
    return held_value(labels_to_hold(analysis_labels, HOLD, 0.5))


# Every line of data/risk (about 5,500 in the splits, 17,000 with the hand-written corpora)
# read twice, once with every rule: minutes on a loaded machine, past the default 120 s.
# Lines that repeat (a conversation's turn in several splits, the same short message in
# several corpora) are read once: what is checked depends on the line alone.
@pytest.mark.timeout(600)
def test_every_line_of_data_risk_reads_the_same_as_with_every_rule_scanned() -> None:
    texts = Counter(_data_texts("*.jsonl"))  # the splits; written/ is read by the next test
    assert texts.total() > 3000  # the splits are there (and heldout-2 is not among them)
    held = 0
    for text, lines in texts.items():
        fast = analyse(text, is_phone)
        full = analyse_with(text, is_phone, _every_rule)
        assert fast == full, text
        verdict = _screen(fast.labels())
        assert verdict == _screen(full.labels()), text
        held += lines * (verdict is not None)
    assert held > 100  # the screen holds some of them: the comparison compares something


@pytest.mark.timeout(600)
def test_a_matching_rule_is_always_a_candidate_on_data_risk() -> None:
    """No rule the prefilter leaves out matches. Both depend on the normalised line only,
    so each distinct one is read once (13,000 of the 17,000 lines), and only the rules
    left out are searched: a candidate has nothing to prove."""
    lines: dict[str, str] = {}
    for text in _data_texts("**/*.jsonl"):  # written/ included
        lines.setdefault(normalise(text).text, text)
    for norm, text in lines.items():
        candidates = {r.name for r in _PREFILTER.candidates(norm)}
        for rule in RULES:
            if rule.name not in candidates:
                assert not rule.pattern.search(norm), (rule.name, text)


def _every_mask_checked(prefilter: Prefilter[Rule], text: str) -> list[Rule]:
    """The candidates as the prefilter first found them: every rule's clause mask
    checked against the bits of the text's grams."""
    found = 0
    for gram in prefilter.known.intersection(grams_of(text)):
        found |= prefilter.bits[gram]
    return [rule for rule, need in prefilter.needs if need & found == need]


@pytest.mark.timeout(600)
def test_checking_only_the_rules_of_the_texts_first_clauses_finds_the_same_candidates() -> None:
    """``candidates`` looks only at the rules whose first clause the text satisfies: the
    same rules, in the same order, as checking every rule's mask, on every distinct
    normalised line of data/risk (written/ included) and the bench's lines."""
    lines = {normalise(text).text for text in _data_texts("**/*.jsonl")}
    lines.update(f"17332123456789{n:05d} " + "x" * 20 for n in range(0, 100_000, 997))
    assert len(lines) > 5000
    for norm in lines:
        assert _PREFILTER.candidates(norm) == _every_mask_checked(_PREFILTER, norm), norm


def test_most_chat_lines_leave_few_candidates() -> None:
    """What makes it worth it: an ordinary line, or the load bench's, leaves a few of the
    96 rules to scan (11 and 3 with rules-2)."""
    for text in ("salut tout le monde, bonne soirée", "1733212345678901234 xxxxxxxxxxxxxxxxxxxx"):
        assert len(_PREFILTER.candidates(normalise(text).text)) < len(RULES) // 6, text


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_text_made_from_a_rules_pattern_keeps_that_rule_a_candidate(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(RULES))
    text = data.draw(st.from_regex(rule.pattern))
    if rule.pattern.search(text):  # a lookaround may make the generated text not match
        assert rule in _PREFILTER.candidates(text), (rule.name, text)


def test_conditions_read_from_a_pattern() -> None:
    # A sequence: each part that must occur is a clause, joined while it is exact.
    assert set(conditions(re.compile(r"\bmon\s(?:num|tel)\b"))) == {
        frozenset({"mon"}),
        frozenset({"num", "tel"}),
    }
    # Long strings become three of their characters; a lookahead's content counts.
    ((gram,),) = conditions(re.compile(r"^(?=.*\bcontrole\b).{1,300}"))
    assert len(gram) == 3 and gram in "controle"
    # Optional parts, negative lookarounds, wide classes and back references say nothing.
    assert conditions(re.compile(r"(?:abc)?\d+(?!xyz)\s(.)\1")) == ()
    # An optional letter is joined both ways: "j'ai" and "jai".
    assert conditions(re.compile(r"j'?ai")) == (frozenset({"j'a", "jai"}),)
    # A case-insensitive pattern is not read: always a candidate.
    assert conditions(re.compile(r"snap", re.IGNORECASE)) == ()
    assert conditions(re.compile(r"(?i:snap)chat")) == (frozenset({"cha"}),)


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]


def test_a_rule_without_conditions_is_always_a_candidate() -> None:
    always, snap = _Rule(re.compile(r"\w+")), _Rule(re.compile(r"snap"))
    prefilter = Prefilter([always, snap])
    assert prefilter.candidates("rien") == [always]
    assert prefilter.candidates("mon snap") == [always, snap]


@pytest.mark.parametrize("text", ["", "a", "ab", "abc", "abcd"])
def test_the_grams_of_a_text_are_its_short_substrings(text: str) -> None:
    expected = {
        text[i:j] for i in range(len(text)) for j in range(i + 1, min(i + 3, len(text)) + 1)
    }
    assert grams_of(text) == expected
