"""A room's member list in display order, its filters and its windows (pages).

A big salon's list is never sent whole (DESIGN.md, Performance shape): a client sees a
*window*, the first ``limit`` members in display order that pass its filters, and is then
told how that window changes (docs/protocol.md §2.3 ``presence``). The order is by pseudo,
case-folded, then by id, so that it is the same on every node and for every client.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from papote.domain.errors import DomainError

AGE_MIN = 18
AGE_MAX = 120
GENDERS = frozenset({"f", "m", "x"})


class Person(Protocol):
    """What the roster reads of a member (wire.UserInfo has it)."""

    @property
    def id(self) -> str: ...
    @property
    def pseudo(self) -> str: ...
    @property
    def gender(self) -> str: ...
    @property
    def age(self) -> int: ...
    @property
    def departement(self) -> str: ...


P = TypeVar("P", bound=Person)


@dataclass(frozen=True, slots=True)
class MemberFilter:
    """The member-list filters of the UI (gender, age range, département); None: any."""

    gender: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    departement: str | None = None

    @property
    def empty(self) -> bool:
        return (
            self.gender is None
            and self.age_min is None
            and self.age_max is None
            and self.departement is None
        )

    def matches(self, person: Person) -> bool:
        if self.gender is not None and person.gender != self.gender:
            return False
        if self.age_min is not None and person.age < self.age_min:
            return False
        if self.age_max is not None and person.age > self.age_max:
            return False
        return self.departement is None or person.departement == self.departement


NO_FILTER = MemberFilter()


def check_member_filter(
    gender: str | None, age_min: int | None, age_max: int | None, departement: str | None
) -> MemberFilter:
    """The filters a client asked for, checked.

    Raises:
        DomainError: ``bad_filter`` (unknown gender, an age outside 18..120, a minimum
            above the maximum, a département that is not a short code).
    """
    if gender == "":
        gender = None
    if departement == "":
        departement = None
    if gender is not None and gender not in GENDERS:
        raise DomainError("bad_filter", field="gender")
    for name, age in (("age_min", age_min), ("age_max", age_max)):
        if age is not None and not AGE_MIN <= age <= AGE_MAX:
            raise DomainError("bad_filter", field=name, min=AGE_MIN, max=AGE_MAX)
    if age_min is not None and age_max is not None and age_min > age_max:
        raise DomainError("bad_filter", field="age_min")
    if departement is not None and not (
        1 <= len(departement) <= 8 and departement.isascii() and departement.isalnum()
    ):
        raise DomainError("bad_filter", field="departement")
    return MemberFilter(gender, age_min, age_max, departement)


def sort_key(person: Person) -> tuple[str, str]:
    """Display order: pseudo without case, then id (pseudos are unique; ids break ties)."""
    return (person.pseudo.casefold(), person.id)


class Roster(Generic[P]):
    """One room's members, kept sorted in display order.

    Changes are set operations (``upsert``, ``remove``): applying the same change twice
    changes nothing, so frames that repeat what is known are harmless.
    """

    __slots__ = ("_by_id", "_order")

    def __init__(self, people: Iterable[P] = ()) -> None:
        self._by_id: dict[str, P] = {}
        self._order: list[tuple[str, str]] = []
        for person in people:
            self._by_id[person.id] = person
        self._order = sorted(sort_key(p) for p in self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, user_id: object) -> bool:
        return user_id in self._by_id

    def get(self, user_id: str) -> P | None:
        return self._by_id.get(user_id)

    def upsert(self, person: P) -> None:
        """Add a member, or update their profile (and place)."""
        old = self._by_id.get(person.id)
        if old is not None:
            if old == person:
                return
            self._drop_key(sort_key(old))
        self._by_id[person.id] = person
        bisect.insort(self._order, sort_key(person))

    def remove(self, user_id: str) -> P | None:
        """Take a member out; returns who it was (None if absent)."""
        old = self._by_id.pop(user_id, None)
        if old is not None:
            self._drop_key(sort_key(old))
        return old

    def _drop_key(self, key: tuple[str, str]) -> None:
        order = self._order
        index = bisect.bisect_left(order, key)
        if index < len(order) and order[index] == key:
            del order[index]

    def window(self, member_filter: MemberFilter, limit: int) -> list[P]:
        """The first ``limit`` members in display order that pass ``member_filter``."""
        by_id = self._by_id
        if member_filter.empty:
            return [by_id[uid] for _, uid in self._order[:limit]]
        out: list[P] = []
        if limit <= 0:
            return out
        matches = member_filter.matches
        for _, uid in self._order:
            person = by_id[uid]
            if matches(person):
                out.append(person)
                if len(out) >= limit:
                    break
        return out

    def matching(self, member_filter: MemberFilter) -> int:
        """How many members pass ``member_filter``."""
        if member_filter.empty:
            return len(self._by_id)
        matches = member_filter.matches
        return sum(1 for person in self._by_id.values() if matches(person))

    def people(self) -> list[P]:
        """Everyone, in display order."""
        by_id = self._by_id
        return [by_id[uid] for _, uid in self._order]
