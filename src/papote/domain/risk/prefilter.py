"""Which rules could match a normalised text, decided from the strings it contains.

Most chat lines match no rule, and scanning a line with the rules' regular expressions
was the largest part of the salon screen's cost (docs/performance.md, "The rule screen's
prefilter", "Session 8: the rule screen's cost"). This module reads each rule's pattern
once, at import, with the regular-expression parser of the standard library
(``re._parser``, the tree ``re.compile`` builds from), and derives *necessary
conditions*: sets of strings of which at least one must occur in any text the pattern
matches ("clauses"). ``\\b(?:mon|ton)\\s(?:num|tel)\\b`` gives the one clause ``{"mon num",
"mon tel", "ton num", "ton tel"}``; a positive lookaround's content counts too; anything
the derivation does not understand (``.``, ``\\w``, a back reference, an optional part of
many strings) only cuts a string short, which makes the filter less selective, never
wrong.

Whitespace is read the way the conditions are checked: the text is looked at with every
run of whitespace as one space (the normaliser's output already is), so ``\\s``, ``\\s+``
and a literal space are all ``" "``, and ``\\s?`` is ``""`` or ``" "``. If a pattern
matches ``m`` in a text, the text so read contains ``m`` so read, and every string derived
from the pattern is so read: the conditions hold.

Which strings of the clauses occur in a text is found in one pass by an
Aho-Corasick automaton over every clause's strings (``_Automaton``: plain Python, the
domain imports only the standard library); each string carries
the numbers of the clauses it is in, and a rule is a candidate when one of its top-level
alternatives has all its clauses held. A rule that is not a candidate cannot match, so
scanning only the candidates
finds exactly what scanning every rule finds: the same hits in the same order. Nothing
here is a hand-kept word list: a rule added anywhere in RULES is read like the others
(tests/unit/test_risk_prefilter.py holds the filter sound on every line of data/risk and
on generated text).
"""

from __future__ import annotations

import functools
import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Generic, Protocol, TypeVar

_EXACT_MAX = 64  # strings kept when a part of a pattern can only be one of a few strings
_CLAUSE_MAX = 2048  # strings of one clause (an alternation of a long word list)
_CLASS_MAX = 16  # characters of a class such as [89] or [a-e] read one by one
_KEPT = 4  # clauses kept per rule, the most selective ones
_WEAK = 0.5  # a clause this likely to hold in a line is kept only as a rule's first
_UNDERSTOOD_FLAGS = re.UNICODE | re.DOTALL | re.MULTILINE | re.VERBOSE | re.ASCII
_NOTHING: frozenset[str] = frozenset({""})  # what a part says when it says nothing

# How often a character appears in normalised chat French (roughly): only which clauses
# are kept depends on it, never the soundness.
_FREQUENCY = dict(
    zip(
        " easitnrulodcmpvqfbghj'xyzkw",
        (0.17, 0.12, 0.07, 0.06, 0.06, 0.06, 0.06, 0.05, 0.05, 0.04, 0.04, 0.03, 0.03, 0.025,
         0.02, 0.01, 0.01, 0.01, 0.008, 0.008, 0.008, 0.006, 0.01, 0.003, 0.003, 0.002,
         0.002, 0.001),
        strict=True,
    )
)  # fmt: skip
_OTHER_CHAR = 0.004
_TEXT_LENGTH = 60  # a chat line's characters, for the chance that a string occurs in one


@dataclass(frozen=True, slots=True)
class _Part:
    """What a part of a pattern says about the strings it matches (whitespace read as
    one space): all of them, when they are few (``exact``); the strings every match
    starts and ends with (``prefix``, ``suffix``; ``{""}``: nothing known); clauses that
    hold in the text wherever the part matches."""

    exact: frozenset[str] | None
    prefix: frozenset[str]
    suffix: frozenset[str]
    clauses: tuple[frozenset[str], ...] = ()


_UNKNOWN = _Part(None, _NOTHING, _NOTHING)
_EMPTY = _Part(_NOTHING, _NOTHING, _NOTHING)
_SPACE = frozenset({" "})


def _exact(strings: Iterable[str]) -> _Part:
    found = frozenset(strings)
    if len(found) <= _EXACT_MAX:
        return _Part(found, found, found)
    return _Part(None, _shortened(found, True), _shortened(found, False), _clause(found))


def _char(code: int) -> str:
    ch = chr(code)
    return " " if ch.isspace() else ch


def _join(left: Iterable[str], right: Iterable[str]) -> frozenset[str]:
    """Every string of ``left`` followed by one of ``right``, a space next to a space
    read as one."""
    return frozenset(a + b[1:] if a[-1:] == " " == b[:1] else a + b for a in left for b in right)


def _clause(strings: Iterable[str]) -> tuple[frozenset[str], ...]:
    """``strings`` as a clause: a string that contains another is dropped (the other
    occurs wherever it does); none if one is empty (it says nothing) or too many."""
    found = frozenset(strings)
    if not found or "" in found or len(found) > _CLAUSE_MAX:
        return ()
    ordered = sorted(found, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return (frozenset(kept),)


def _shortened(strings: frozenset[str], start: bool) -> frozenset[str]:
    """``strings`` cut to their first (``start``) or last characters until few are left:
    a match that starts (ends) with one of ``strings`` starts (ends) with one of those."""
    if "" in strings:
        return _NOTHING
    for width in range(max(map(len, strings)), 0, -1):
        cut = frozenset(s[:width] if start else s[-width:] for s in strings)
        if len(cut) <= _EXACT_MAX:
            return cut
    return _NOTHING


def _concat(parts: Sequence[_Part]) -> _Part:
    """A sequence: neighbouring strings are joined while there are few of them, each
    part's end to the next part's start; the run so far becomes a clause where it has to
    stop."""
    clauses: list[frozenset[str]] = []
    run: frozenset[str] = _NOTHING  # the strings a match of the parts so far ends with
    prefix: frozenset[str] | None = None  # set once a part is not exact
    for part in parts:
        clauses += part.clauses
        joined = _join(run, part.prefix)
        bound = joined if len(joined) <= _EXACT_MAX else None
        if bound is None:
            clauses += _clause(run) + _clause(part.prefix)
        if prefix is None and part.exact is not None and bound is not None:
            run = bound  # still every string the sequence can be
            continue
        if prefix is None:
            prefix = bound if bound is not None else _shortened(run, True)
        if part.exact is not None:
            run = bound if bound is not None else part.exact
        else:
            if bound is not None:
                clauses += _clause(bound)
            run = part.suffix
    if prefix is None:
        whole = _exact(run)
        return _Part(whole.exact, whole.prefix, whole.suffix, tuple(clauses) + whole.clauses)
    return _Part(None, prefix, run, (*clauses, *_clause(run)))


def _branch(alternatives: Sequence[_Part]) -> _Part:
    """Alternatives: exact if each is; else the starts and ends of all, and one clause,
    the union of the most selective condition of each alternative, if each has one."""
    if all(alt.exact is not None for alt in alternatives):
        return _exact(s for alt in alternatives for s in alt.exact or ())
    prefix = frozenset().union(*(alt.prefix for alt in alternatives))
    suffix = frozenset().union(*(alt.suffix for alt in alternatives))
    union: set[str] = set()
    for alt in alternatives:
        options: list[frozenset[str]] = list(_own_clauses(alt))
        if not options:
            return _Part(None, _shortened(prefix, True), _shortened(suffix, False))
        best: frozenset[str] = min(options, key=_weakness)
        union |= best
    return _Part(None, _shortened(prefix, True), _shortened(suffix, False), _clause(union))


def _own_clauses(part: _Part) -> tuple[frozenset[str], ...]:
    """Every condition a part's match puts on the text."""
    found = part.clauses + _clause(part.prefix) + _clause(part.suffix)
    return found + _clause(part.exact) if part.exact is not None else found


def _class(items: Any) -> _Part:
    chars: set[str] = set()
    for kind, value in items:
        if kind is sre.LITERAL:
            chars.add(_char(value))
        elif kind is sre.RANGE and value[1] - value[0] < _CLASS_MAX:
            chars.update(_char(c) for c in range(value[0], value[1] + 1))
        elif kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
            chars.add(" ")
        else:  # NEGATE, other CATEGORY (\d, \w: Unicode-wide), a wide range
            return _UNKNOWN
    return _exact(chars) if len(chars) <= _CLASS_MAX else _UNKNOWN


def _repeat(low: int, high: int, sub: _Part) -> _Part:
    exact = sub.exact
    if exact is not None and exact <= {"", " "}:  # whitespace: any run reads as one space
        return _exact(exact if low else exact | _NOTHING)
    if low == 0:
        if high == 1 and exact is not None:
            return _exact(exact | _NOTHING)
        return _UNKNOWN
    if low == high == 1:
        return sub
    if exact is not None and low == high:
        strings: frozenset[str] = _NOTHING
        for _ in range(low):
            strings = _join(strings, exact)
            if len(strings) > _EXACT_MAX:
                break
        else:
            return _exact(strings)
    # At least once: the part's conditions hold; a match starts and ends like the part.
    return _Part(None, sub.prefix, sub.suffix, _own_clauses(sub))


def _node(op: Any, av: Any) -> _Part:
    if op is sre.LITERAL:
        return _exact({_char(av)})
    if op is sre.AT:
        return _EMPTY  # zero width: it only narrows where a match may be
    if op is sre.IN:
        return _class(av)
    if op is sre.CATEGORY and av in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
        return _exact(_SPACE)
    if op is sre.BRANCH:
        return _branch([_sequence(alt) for alt in av[1]])
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & ~_UNDERSTOOD_FLAGS:  # (?i:...) and the like: say nothing
            return _UNKNOWN
        return _sequence(sub)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        return _repeat(low, high, _sequence(sub))
    if op is sre.ASSERT:
        # A positive lookaround: its content occurs in the text next to the match.
        _direction, sub = av
        return _Part(_NOTHING, _NOTHING, _NOTHING, _own_clauses(_sequence(sub)))
    if op is sre.ASSERT_NOT:
        return _EMPTY
    return _UNKNOWN  # ANY, NOT_LITERAL, other CATEGORY, GROUPREF, GROUPREF_EXISTS...


def _sequence(sub: Any) -> _Part:
    return _concat([_node(op, av) for op, av in sub])


@functools.cache
def _chance(string: str) -> float:
    """About how likely ``string`` is to occur in a chat line."""
    p = float(_TEXT_LENGTH)
    for ch in string:
        p *= _FREQUENCY.get(ch, _OTHER_CHAR)
    return min(p, 1.0)


@functools.lru_cache(maxsize=65536)
def _weakness(clause: frozenset[str]) -> tuple[float, int, tuple[str, ...]]:
    """Orders clauses, most selective first: least likely to hold, fewer strings."""
    return (min(1.0, sum(map(_chance, clause))), len(clause), tuple(sorted(clause)))


def _kept(part: _Part) -> tuple[frozenset[str], ...]:
    """The ``_KEPT`` most selective of a part's conditions, most selective first; one that
    a kept one implies (each string of the kept one contains one of its strings) adds
    nothing."""
    kept: list[frozenset[str]] = []
    for clause in sorted(set(_own_clauses(part)), key=_weakness):
        if kept and _weakness(clause)[0] >= _WEAK:
            break  # likely in any line: it would cost more to look for than it saves
        if not any(all(any(s in k for s in clause) for k in other) for other in kept):
            kept.append(clause)
    return tuple(kept[:_KEPT])


def conditions(pattern: re.Pattern[str]) -> tuple[tuple[frozenset[str], ...], ...]:
    """When ``pattern`` can match a text (its whitespace read as one space): one
    conjunction of clauses per alternative of the pattern's top level, at least one of
    which holds (an empty conjunction: always)."""
    if pattern.flags & ~_UNDERSTOOD_FLAGS:  # IGNORECASE, LOCALE: not read here
        return ((),)
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    branches = [i for i, (op, _av) in enumerate(parsed) if op is sre.BRANCH]
    if len(branches) == 1 and all(op in (sre.BRANCH, sre.AT) for op, _av in parsed):
        # "a|b" matches somewhere exactly when "a" or "b" does: each is read on its own
        # (with the anchors the parser took out of them: "\ba|\bb" is "\b(?:a|b)").
        before, after = parsed[: branches[0]], parsed[branches[0] + 1 :]
        alternatives = parsed[branches[0]][1][1]
        found = {_kept(_sequence([*before, *alt, *after])) for alt in alternatives}
        return tuple(sorted(found, key=lambda c: [_weakness(x) for x in c]))
    return (_kept(_sequence(parsed)),)


_OTHER_SPACE = re.compile(r"[^\S ]|  ")
_ANY_SPACE = re.compile(r"\s+")


def spaces_read_as_one(text: str) -> str:
    """``text`` with every run of whitespace as one space, as the conditions read it (the
    normaliser's output is already so: this only searches it)."""
    return _ANY_SPACE.sub(" ", text) if _OTHER_SPACE.search(text) else text


class _Automaton:
    """Aho-Corasick over ``keys`` (string -> the numbers it carries): ``held(text)`` is
    the union of the numbers of every key that occurs in ``text``, in one pass over it.
    ``goto``: each state's transitions; ``fail``: the state of the longest proper suffix
    that is a state; ``out``: the numbers of the keys that end at a state (its own and
    those of its suffixes)."""

    __slots__ = ("fail", "goto", "out")

    def __init__(self, keys: dict[str, set[int]]) -> None:
        goto: list[dict[str, int]] = [{}]
        out: list[set[int]] = [set()]
        for key, numbers in keys.items():
            state = 0
            for ch in key:
                nxt = goto[state].get(ch)
                if nxt is None:
                    nxt = goto[state][ch] = len(goto)
                    goto.append({})
                    out.append(set())
                state = nxt
            out[state].update(numbers)
        fail = [0] * len(goto)
        queue = deque(goto[0].values())
        while queue:
            state = queue.popleft()
            for ch, nxt in goto[state].items():
                queue.append(nxt)
                back = fail[state]
                while back and ch not in goto[back]:
                    back = fail[back]
                fail[nxt] = goto[back].get(ch, 0)
                out[nxt] |= out[fail[nxt]]
        self.goto = goto
        self.fail = fail
        self.out = [frozenset(numbers) for numbers in out]

    def held(self, text: str) -> set[int]:
        goto, fail, out = self.goto, self.fail, self.out
        found: set[int] = set()
        state = 0
        for ch in text:
            while state and ch not in goto[state]:
                state = fail[state]
            state = goto[state].get(ch, 0)
            if out[state]:
                found |= out[state]
        return found


class PatternFilter:
    """Which of ``patterns`` could match a text: their positions, in order.

    Every distinct clause has a number; each of the clauses' strings is a key of one
    Aho-Corasick automaton whose value is the numbers of the clauses it is in. A text's
    strings, found in one pass, give the clauses that hold, and a pattern is possible
    when one of its alternatives has all its clauses held. Only the alternatives whose
    first (most selective) clause holds are checked (``first``: clause -> the
    alternatives it opens, each with the rest of its clauses), and those without any
    clause (``always``). All of it is sets and tuples walked in C but the last loop."""

    __slots__ = ("always", "automaton", "checks", "first", "opening")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.checks = tuple(conditions(pattern) for pattern in patterns)
        index: dict[frozenset[str], int] = {}
        clauses_of: dict[str, set[int]] = {}
        first: dict[int, list[tuple[int, frozenset[int]]]] = {}
        always: set[int] = set()
        for position, alts in enumerate(self.checks):
            for clauses in alts:
                numbers = []
                for clause in clauses:
                    if clause not in index:
                        index[clause] = len(index)
                        for string in clause:
                            clauses_of.setdefault(string, set()).add(index[clause])
                    numbers.append(index[clause])
                if numbers:
                    first.setdefault(numbers[0], []).append((position, frozenset(numbers[1:])))
                else:
                    always.add(position)
        self.automaton = _Automaton(clauses_of)
        self.first = {number: tuple(alts) for number, alts in first.items()}
        self.opening = frozenset(self.first)
        self.always = frozenset(always)

    def held(self, text: str) -> set[int]:
        """The numbers of the clauses that hold in ``text``."""
        return self.automaton.held(spaces_read_as_one(text))

    def possible(self, text: str) -> list[int]:
        """The positions of the patterns that could match ``text``, in order."""
        held = self.held(text)
        first = self.first
        found = set(self.always)
        for number in self.opening.intersection(held):
            for position, rest in first[number]:
                if rest <= held:
                    found.add(position)
        return sorted(found)


class HasPattern(Protocol):
    @property
    def pattern(self) -> re.Pattern[str]: ...


R = TypeVar("R", bound=HasPattern)


class Prefilter(PatternFilter, Generic[R]):
    """The rules (anything with a ``pattern``) that could match a text, in their order."""

    __slots__ = ("rules",)

    def __init__(self, rules: Sequence[R]) -> None:
        super().__init__([rule.pattern for rule in rules])
        self.rules = tuple(rules)

    def candidates(self, text: str) -> list[R]:
        return [self.rules[i] for i in self.possible(text)]


def _refers_to_groups(parsed: Any) -> bool:
    """Whether a parsed pattern holds a back reference or a group condition."""
    for op, av in parsed:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE):
            return True
        for value in av if isinstance(av, (tuple, list)) else (av,):
            if isinstance(value, sre_parse.SubPattern) and _refers_to_groups(value):
                return True
            if isinstance(value, list) and any(
                isinstance(v, sre_parse.SubPattern) and _refers_to_groups(v) for v in value
            ):
                return True
    return False


def top_level_alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """``pattern`` cut at the ``|`` of its top level, each part compiled on its own:
    ``pattern.search(text)`` finds something exactly when one of them does. A pattern
    that cannot be cut so (one alternative, back references, verbose syntax) is its own
    one part."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or _refers_to_groups(sre_parse.parse(source, pattern.flags)):
        return (pattern,)
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "]" right after "[" or "[^" is a character of it
            i += 1
            i += source[i : i + 1] == "^"
            i += source[i : i + 1] == "]"
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    if len(parts) == 1:
        return (pattern,)
    return tuple(re.compile(part, pattern.flags) for part in parts)
