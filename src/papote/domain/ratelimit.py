"""Token buckets: a burst, then a steady rate. Time is passed in, never read."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(slots=True)
class TokenBucket:
    """A classic token bucket.

    Args:
        capacity: the burst size.
        rate: tokens refilled per second.
    """

    capacity: float
    rate: float
    tokens: float = field(default=-1.0)
    updated: float = 0.0

    def __post_init__(self) -> None:
        if self.tokens < 0:
            self.tokens = self.capacity

    def take(self, now: float, cost: float = 1.0) -> bool:
        """Spend ``cost`` tokens at time ``now``; False (and nothing spent) if short."""
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

    def retry_after(self, cost: float = 1.0) -> float:
        """Seconds until ``cost`` tokens will be there (0 if they are)."""
        missing = cost - self.tokens
        return 0.0 if missing <= 0 else missing / self.rate


@dataclass(slots=True)
class SlidingWindowCounter:
    """At most ``limit`` events in any ``window`` seconds (per key: IP, user...)."""

    limit: int
    window: float
    events: dict[str, list[float]] = field(default_factory=dict)

    def recent(self, key: str, now: float) -> list[float]:
        """The events of ``key`` in the window ending at ``now``, oldest first (older ones
        are forgotten). Kept sorted, so this is a binary search, not a scan: an address
        with thousands of entries in its window costs the same per check as one."""
        events = self.events.get(key)
        if not events:
            return []
        cut = bisect.bisect_right(events, now - self.window)
        if cut:
            del events[:cut]
        return events

    def hit(self, key: str, now: float) -> bool:
        """Record one event for ``key``; False if that would exceed the limit."""
        events = self.recent(key, now)
        if len(events) >= self.limit:
            return False
        if not events:
            self.events[key] = events = []
        bisect.insort(events, now)  # at the end, unless the clock stepped back
        return True

    def prune(self, now: float) -> None:
        """Forget keys with no event in the window (bounded memory)."""
        horizon = now - self.window
        for key in [k for k, v in self.events.items() if not v or v[-1] <= horizon]:
            del self.events[key]
