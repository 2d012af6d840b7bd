"""Which rules could match a normalised text, decided from short substrings it contains.

Most chat lines match no rule, and scanning a line with the rules' regular expressions
(even joined into one) was the largest part of the salon screen's cost
(docs/performance.md, "The rule screen's prefilter"). This module reads each rule's
pattern once, at import, with the regular-expression parser of the standard library
(``re._parser``, the tree ``re.compile`` builds from), and derives *necessary
conditions*: sets of strings of which at least one must occur in any text the pattern
matches ("clauses"). ``(?:mon|ton)\\snum`` gives the clauses ``{"mon", "ton"}`` and
``{"num"}``; a positive lookahead's content counts too; anything the derivation does not
understand (a character class such as ``\\s`` or ``.``, a back reference, an optional
part) contributes no clause, which only makes the filter less selective, never wrong.

Each string is then reduced to one substring of at most three characters (a *gram*):
if the string occurs in a text, so does every substring of it. A text's grams are its
characters, pairs and triples, one set built in C (``map``); a rule is a candidate when
each of its clauses shares a gram with the text. A rule that is not a candidate cannot
match, so scanning only the candidates finds exactly what scanning every rule finds: the
same hits in the same order. Nothing here is a hand-kept word list: a rule added to
rules.py is read like the others (tests/unit/test_risk_prefilter.py holds the filter
sound on every line of data/risk and on generated text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from operator import add
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Generic, Protocol, TypeVar

_EXACT_MAX = 48  # strings kept when a part of a pattern can only be one of a few strings
_CLASS_MAX = 12  # characters of a class such as [89] or [a-e] read as single letters
_GRAM = 3
# Commoner characters of normalised chat French first: a gram made of rarer ones is more
# selective (only the choice of gram depends on this order, never the soundness).
_COMMON = " easitnrulodcmpvqfbghj'xyzkw"
_UNDERSTOOD_FLAGS = re.UNICODE | re.DOTALL | re.MULTILINE | re.VERBOSE | re.ASCII


class HasPattern(Protocol):
    @property
    def pattern(self) -> re.Pattern[str]: ...


Exact = frozenset[str] | None  # every string a part can match, when they are few
Clauses = list[frozenset[str]]  # each: at least one of its strings occurs in the text


def _clause(strings: Iterable[str]) -> list[frozenset[str]]:
    """``strings`` as a clause, unless one is empty (then it says nothing)."""
    found = frozenset(strings)
    return [found] if found and "" not in found else []


def _concat(items: Sequence[tuple[Exact, Clauses]]) -> tuple[Exact, Clauses]:
    """A sequence: the exact strings of neighbouring parts are joined (their product),
    as long as there are few; where a part is not exact the run so far becomes a clause."""
    clauses: Clauses = []
    run: set[str] = {""}
    whole = True  # every part exact so far, and the product small
    for exact, sub in items:
        clauses += sub
        if exact is not None and len(run) * len(exact) <= _EXACT_MAX:
            run = {a + b for a in run for b in exact}
            continue
        whole = False
        clauses += _clause(run)
        run = set(exact) if exact is not None and len(exact) <= _EXACT_MAX else {""}
        if exact is not None and len(exact) > _EXACT_MAX:
            clauses += _clause(exact)
    if whole:
        return frozenset(run), clauses
    return None, clauses + _clause(run)


def _branch(alternatives: Sequence[tuple[Exact, Clauses]]) -> tuple[Exact, Clauses]:
    """Alternatives: exact if each is and few in all; one clause, the union of one
    condition per alternative, if each alternative has one."""
    exacts = [e for e, _ in alternatives]
    exact: Exact = None
    if all(e is not None for e in exacts):
        union = frozenset().union(*(e for e in exacts if e is not None))
        exact = union if len(union) <= _EXACT_MAX else None
    union_clause: set[str] = set()
    for alt_exact, alt_clauses in alternatives:
        options: Clauses = _clause(alt_exact) if alt_exact is not None else []
        options += alt_clauses
        if not options:
            return exact, []
        best = min(options, key=_weakness)
        union_clause |= best
    return exact, _clause(union_clause)


def _node(op: Any, av: Any) -> tuple[Exact, Clauses]:
    if op is sre.LITERAL:
        return frozenset({chr(av)}), []
    if op is sre.AT:
        return frozenset({""}), []  # zero width: it only narrows where a match may be
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < _CLASS_MAX:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY (\s, \d, \w: Unicode-wide), a wide range
                return None, []
        return (frozenset(chars), []) if len(chars) <= _CLASS_MAX else (None, [])
    if op is sre.BRANCH:
        return _branch([_sequence(alt) for alt in av[1]])
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & ~_UNDERSTOOD_FLAGS:  # (?i:...) and the like: say nothing
            return None, []
        return _sequence(sub)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, clauses = _sequence(sub)
        if low == 0:
            if high == 1 and exact is not None and len(exact) < _EXACT_MAX:
                return exact | {""}, []
            return None, []
        # At least once: the part's conditions hold for the text.
        found = clauses + (_clause(exact) if exact is not None else [])
        return (exact if low == high == 1 else None), found
    if op is sre.ASSERT:
        # A positive lookaround: its content occurs in the text next to the match.
        _direction, sub = av
        exact, clauses = _sequence(sub)
        return frozenset({""}), clauses + (_clause(exact) if exact is not None else [])
    if op is sre.ASSERT_NOT:
        return frozenset({""}), []
    return None, []  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS...


def _sequence(sub: Any) -> tuple[Exact, Clauses]:
    return _concat([_node(op, av) for op, av in sub])


def _rarity(gram: str) -> int:
    return sum(_COMMON.find(c) if c in _COMMON else len(_COMMON) + 1 for c in gram)


def _gram(text: str) -> str:
    """The most selective substring of at most ``_GRAM`` characters of ``text``."""
    if len(text) <= _GRAM:
        return text
    return max((text[i : i + _GRAM] for i in range(len(text) - _GRAM + 1)), key=_rarity)


def _weakness(clause: frozenset[str]) -> tuple[int, int, int]:
    """Orders clauses, most selective first: longer grams, fewer of them, rarer."""
    grams = {_gram(s) for s in clause}
    return (-min(map(len, grams)), len(grams), -min(map(_rarity, grams)))


def conditions(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """The clauses of grams that any text ``pattern`` matches satisfies, most selective
    first (empty: no condition, the pattern is always a candidate)."""
    if pattern.flags & ~_UNDERSTOOD_FLAGS:  # IGNORECASE, LOCALE: not read here
        return ()
    exact, clauses = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if exact is not None:
        clauses = clauses + _clause(exact)
    grams = {frozenset(_gram(s) for s in clause) for clause in clauses}
    return tuple(sorted(grams, key=lambda c: (_weakness(c), sorted(c))))


def grams_of(text: str) -> set[str]:
    """Every substring of one to ``_GRAM`` characters of ``text``."""
    grams = set(text)
    pairs = list(map(add, text, text[1:]))
    grams.update(pairs)
    grams.update(map(add, pairs, text[2:]))
    return grams


R = TypeVar("R", bound=HasPattern)


class Prefilter(Generic[R]):
    """The rules that could match a text, in their order.

    Every distinct clause is a bit; each gram maps to the bits of the clauses it is in.
    A text's grams that any clause knows (one set intersection, in C) OR their bits
    together, and a rule is a candidate when all its clauses' bits are set.

    Only the rules whose first (most selective) clause holds one of the text's grams are
    checked (``first``: gram -> their positions), and the rules without any clause
    (``always``): a rule whose first clause no gram of the text satisfies cannot be a
    candidate. With 299 rules, checking all their masks was most of the prefilter's
    time (docs/performance.md, "Session 6: the per-`say` cost")."""

    __slots__ = ("always", "bits", "checks", "first", "known", "needs")

    def __init__(self, rules: Sequence[R]) -> None:
        self.checks = tuple((rule, conditions(rule.pattern)) for rule in rules)
        index: dict[frozenset[str], int] = {}
        bits: dict[str, int] = {}
        needs: list[tuple[R, int]] = []
        first: dict[str, list[int]] = {}
        always: list[int] = []
        for position, (rule, clauses) in enumerate(self.checks):
            need = 0
            for clause in clauses:
                if clause not in index:
                    index[clause] = 1 << len(index)
                    for gram in clause:
                        bits[gram] = bits.get(gram, 0) | index[clause]
                need |= index[clause]
            needs.append((rule, need))
            if clauses:
                for gram in clauses[0]:
                    first.setdefault(gram, []).append(position)
            else:
                always.append(position)
        self.bits = bits
        self.known = frozenset(bits)
        self.needs = tuple(needs)
        self.first = {gram: tuple(positions) for gram, positions in first.items()}
        self.always = tuple(always)

    def candidates(self, text: str) -> list[R]:
        bits = self.bits
        first = self.first
        found = 0
        checked = set(self.always)
        for gram in self.known.intersection(grams_of(text)):
            found |= bits[gram]
            positions = first.get(gram)
            if positions is not None:
                checked.update(positions)
        needs = self.needs
        out = []
        for position in sorted(checked):
            rule, need = needs[position]
            if need & found == need:
                out.append(rule)
        return out
