"""The rule prefilter (domain/risk/prefilter.py) never drops a rule that matches, and the
guards read from their alternatives say what searching them whole says: on every line
and turn of data/risk no rule left out matches, and the rule detector reads lines the
same with the filters as with every rule scanned and every guard searched; texts
generated from each rule's (and guard's) own pattern keep it a candidate."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papote.detect.phones import is_phone
from papote.domain.risk.detector import (
    _PREFILTER,
    _guards_read,
    analyse,
    analyse_with,
)
from papote.domain.risk.hold import held_value, labels_to_hold
from papote.domain.risk.normalize import normalise
from papote.domain.risk.prefilter import (
    PatternFilter,
    Prefilter,
    conditions,
    spaces_read_as_one,
    top_level_alternatives,
)
from papote.domain.risk.rules import RULES, Rule

ROOT = Path(__file__).resolve().parents[2]
HOLD = frozenset({"scam_spam", "prostitution", "drugs"})  # config.py's default hold_labels
# The rules' text guards, each once (several rules share one)
GUARDS = tuple({id(g): g for r in RULES if (g := r.unless_text) is not None}.values())
# Every file under data/risk but the second held-out: it stays unread by anything but its
# evaluation (docs/detection.md).
UNSEEN = "heldout-2.jsonl"
BENCH_LINES = [
    *(f"17332123456789{n:05d} " + "x" * 20 for n in range(0, 100_000, 997)),
    *(f"{1764806400000 + n} bench message number {n} from sender" for n in range(0, 5000, 97)),
]


def _data_texts(pattern: str = "**/*.jsonl") -> Iterator[str]:
    for path in sorted((ROOT / "data/risk").glob(pattern)):
        if path.name == UNSEEN:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "text" in row:
                yield row["text"]
            for turn in row.get("turns", ()):
                yield turn["text"]


@pytest.fixture(scope="module")
def lines() -> dict[str, str]:
    """Every distinct normalised line of data/risk (written/ included) and of the load
    benches -> one text it comes from: what the filters read depends on it alone."""
    found: dict[str, str] = {}
    for text in [*_data_texts(), *BENCH_LINES]:
        found.setdefault(normalise(text).text, text)
    assert len(found) > 20_000  # the corpora are there
    return found


def _every_rule(_normalised: str) -> tuple[Rule, ...]:
    return RULES


def _screen(analysis_labels: dict[str, float]) -> str | None:
    return held_value(labels_to_hold(analysis_labels, HOLD, 0.5))


# Each rule searched in each line it is not a candidate for: about 12 million searches,
# 25 s of CPU, each rule over all its lines at once (``filter``) to keep the calls in C.
@pytest.mark.timeout(600)
def test_no_rule_left_out_matches_a_line_of_data_risk(lines: dict[str, str]) -> None:
    left_out: dict[int, list[str]] = {i: [] for i in range(len(RULES))}
    kept = {id(rule): i for i, rule in enumerate(RULES)}
    for norm in lines:
        candidates = {kept[id(rule)] for rule in _PREFILTER.candidates(norm)}
        for i in left_out.keys() - candidates:
            left_out[i].append(norm)
    for i, rule in enumerate(RULES):
        matched = list(filter(rule.pattern.search, left_out[i]))
        assert not matched, (rule.name, [lines[norm] for norm in matched[:3]])


@pytest.mark.timeout(600)
def test_a_guard_read_from_its_alternatives_says_what_it_says_whole(
    lines: dict[str, str],
) -> None:
    """Wherever a rule with a text guard matches a line of data/risk (the only time the
    detector asks), the guard read from its alternatives the prefilter lets through finds
    something exactly when the guard searched whole does."""
    asked = 0
    for norm, text in lines.items():
        guards = {
            id(rule.unless_text): rule.unless_text
            for rule in _PREFILTER.candidates(norm)
            if rule.unless_text is not None and rule.pattern.search(norm)
        }
        finds = _guards_read(norm)
        for guard in guards.values():
            asked += 1
            assert finds(guard) == bool(guard.search(norm)), (guard.pattern[:80], text)
    assert asked > 1000


@pytest.mark.timeout(600)
def test_the_screen_reads_lines_the_same_as_with_every_rule_and_guard() -> None:
    """The detector end to end, on the lines of the held-out split and the load benches
    (the two tests above hold its parts on every line): the same analysis, and the same
    hold decision, as scanning every rule and searching every guard whole."""
    texts = dict.fromkeys([*_data_texts("heldout-5.jsonl"), *BENCH_LINES[::4]])
    held = 0
    for text in texts:
        fast = analyse(text, is_phone)
        full = analyse_with(text, is_phone, _every_rule)
        assert fast == full, text
        verdict = _screen(fast.labels())
        assert verdict == _screen(full.labels()), text
        held += verdict is not None
    assert held > 10  # the screen holds some of them: the comparison compares something


def _held_naively(prefilter: PatternFilter, text: str) -> list[int]:
    """The patterns possible in ``text`` by every alternative's clauses checked with
    ``in``, without the automaton nor the index of first clauses."""
    text = spaces_read_as_one(text)
    return [
        position
        for position, alternatives in enumerate(prefilter.checks)
        if any(
            all(any(s in text for s in clause) for clause in clauses) for clauses in alternatives
        )
    ]


def test_the_automaton_finds_what_looking_for_each_string_finds(lines: dict[str, str]) -> None:
    """``possible`` (an Aho-Corasick pass, the first clauses' index) gives the patterns
    that checking every clause of every alternative with ``in`` gives, in order, on a
    fortieth of the lines of data/risk and the bench's lines."""
    sample = sorted(lines)[::40] + [normalise(text).text for text in BENCH_LINES]
    for norm in sample:
        assert _PREFILTER.possible(norm) == _held_naively(_PREFILTER, norm), norm


def test_most_chat_lines_leave_few_candidates() -> None:
    """What makes it worth it: an ordinary line, or the load benches', leaves a few of the
    rules to scan."""
    for text in (
        "salut tout le monde, bonne soirée",
        "1733212345678901234 xxxxxxxxxxxxxxxxxxxx",
        "1764806400000 bench message number 0 from sender",
    ):
        assert len(_PREFILTER.candidates(normalise(text).text)) < len(RULES) // 20, text


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_text_made_from_a_rules_pattern_keeps_that_rule_a_candidate(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from(RULES))
    text = data.draw(st.from_regex(rule.pattern))
    if rule.pattern.search(text):  # a lookaround may make the generated text not match
        assert rule in _PREFILTER.candidates(text), (rule.name, text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_text_made_from_a_guards_alternative_reads_the_same(data: st.DataObject) -> None:
    guard = data.draw(st.sampled_from(GUARDS))
    part = data.draw(st.sampled_from(top_level_alternatives(guard)))
    text = data.draw(st.from_regex(part))
    assert _guards_read(text)(guard) == bool(guard.search(text)), (guard.pattern[:80], text)


def test_a_pattern_is_cut_at_its_top_level_bars_only() -> None:
    pattern = re.compile(r"a|b(?:c|d)|[|(]|\|x|[]|]y|(?=e|f)g")
    parts = [p.pattern for p in top_level_alternatives(pattern)]
    assert parts == ["a", "b(?:c|d)", "[|(]", r"\|x", "[]|]y", "(?=e|f)g"]
    # A back reference would point elsewhere in a part compiled alone: not cut.
    backref = re.compile(r"(a)\1|b")
    assert top_level_alternatives(backref) == (backref,)
    assert top_level_alternatives(re.compile("abc")) == (re.compile("abc"),)


def test_conditions_read_from_a_pattern() -> None:
    # A sequence: its strings joined, whitespace read as one space.
    assert conditions(re.compile(r"\bmon\s(?:num|tel)\b")) == (
        (frozenset({"mon num", "mon tel"}),),
    )
    # Runs of whitespace are one space; an optional one is a space or nothing.
    assert conditions(re.compile(r"je\s+suis\s?la")) == ((frozenset({"je suis la", "je suisla"}),),)
    # A lookahead's content counts; a part not understood cuts the strings short.
    assert conditions(re.compile(r"^(?=.*\bcontrole\b).{1,300}")) == ((frozenset({"controle"}),),)
    assert conditions(re.compile(r"\bton\s\w+\sage\b")) == (
        (frozenset({" age"}), frozenset({"ton "})),
    )
    # Optional parts, negative lookarounds, wide classes, back references say nothing.
    assert conditions(re.compile(r"(?:abc)?\d+(?!xyz)(.)\1")) == ((),)
    # Each top-level alternative is read on its own, most selective first.
    assert conditions(re.compile(r"\bsnapchat\b|\binsta(?:gram)?\b")) == (
        (frozenset({"snapchat"}),),
        (frozenset({"insta"}),),
    )
    # A case-insensitive pattern is not read: always a candidate.
    assert conditions(re.compile(r"snap", re.IGNORECASE)) == ((),)
    assert conditions(re.compile(r"(?i:snap)chat")) == ((frozenset({"chat"}),),)


def test_whitespace_is_read_as_one_space() -> None:
    assert spaces_read_as_one("mon \t\u00a0num  ici") == "mon num ici"
    prefilter = PatternFilter([re.compile(r"mon\snum")])
    assert prefilter.possible("mon\tnum") == [0]
    assert prefilter.possible("mon  num") == [0]  # \s does not match it, nothing is lost
    assert prefilter.possible("monnum") == []


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]


def test_a_rule_without_conditions_is_always_a_candidate() -> None:
    always, snap = _Rule(re.compile(r"\w+")), _Rule(re.compile(r"snap"))
    prefilter = Prefilter([always, snap])
    assert prefilter.candidates("rien") == [always]
    assert prefilter.candidates("mon snap") == [always, snap]
