"""What each person recently sent, by client message id: a resent ``say`` is recognised.

docs/protocol.md §2.2 (``say.cid``): within ``window`` seconds, a second ``say`` with the
same ``cid`` from the same person is answered with the first one's ``sent`` and is neither
stored nor delivered again. Bounded three ways: by time (entries older than ``window`` are
forgotten), per person (the oldest beyond ``per_person`` go first) and in all (the oldest
beyond ``total`` go first), so a flood of ids costs a fixed amount of memory. Time is an
argument (any monotonic clock); nothing here knows what the remembered values are.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from typing import Generic, TypeVar

V = TypeVar("V")


class RecentIds(Generic[V]):
    """(person, client id) -> value, for ``window`` seconds.

    Entries are kept in arrival order; as the window is the same for all, that is also
    expiry order, so forgetting the expired ones costs O(1) per entry.
    """

    def __init__(self, window: float, per_person: int, total: int) -> None:
        self.window = window
        self.per_person = per_person
        self.total = total
        self._entries: OrderedDict[tuple[str, str], tuple[float, V]] = OrderedDict()
        self._by_person: dict[str, deque[str]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, person: str, cid: str, now: float) -> V | None:
        """The value remembered for ``cid`` from ``person``, or None (never seen, expired,
        or pushed out by newer ones)."""
        self._expire(now)
        entry = self._entries.get((person, cid))
        return entry[1] if entry is not None else None

    def remember(self, person: str, cid: str, value: V, now: float) -> None:
        """Remember ``value`` for ``cid`` from ``person`` until ``now + window``."""
        self._expire(now)
        key = (person, cid)
        if key in self._entries:
            self._entries[key] = (self._entries[key][0], value)
            return
        self._entries[key] = (now + self.window, value)
        ids = self._by_person.setdefault(person, deque())
        ids.append(cid)
        if len(ids) > self.per_person:
            self._entries.pop((person, ids.popleft()), None)
        if len(self._entries) > self.total:
            self._drop_oldest()

    def forget(self, person: str, cid: str) -> None:
        """Forget ``cid`` (its ``say`` failed: a new attempt must go through)."""
        if self._entries.pop((person, cid), None) is not None:
            ids = self._by_person[person]
            ids.remove(cid)
            if not ids:
                del self._by_person[person]

    def _expire(self, now: float) -> None:
        entries = self._entries
        while entries:
            expires, _ = next(iter(entries.values()))
            if expires > now:
                return
            self._drop_oldest()

    def _drop_oldest(self) -> None:
        (person, cid), _ = self._entries.popitem(last=False)
        ids = self._by_person[person]
        oldest = ids.popleft()
        # The oldest entry of all is its person's oldest (both kept in arrival order).
        assert oldest == cid
        if not ids:
            del self._by_person[person]
