"""Entry rate per address: households and carrier-grade NAT get in, scripts are slowed.

Many people can share one public address: a family's box, a café, and on French mobile
networks everyone behind the carrier's CGNAT. A script creating sessions from one
address shares it too. What tells them apart:

- people arrive on their own browsers: a device Papote already knows (its signed
  ``papote_device`` cookie, old enough not to be freshly harvested) enters on its own
  budget, not the address's;
- a new device spends from the address's bucket: a burst, then a steady refill;
- past the bucket, an entry needs a small proof of work (a SHA-256 prefix search the
  browser solves in well under a second), whose difficulty grows by one bit for every
  ``burst`` such entries in the window: people queueing behind one address hardly
  notice, a script pays twice the CPU for each further step;
- a ceiling per address and window that no proof of work buys past.

Pure: the caller passes the time and whether a proof of work was shown valid.
docs/operations.md ("Entry rate") gives the numbers and the reasoning.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from papote.domain.ratelimit import SlidingWindowCounter, TokenBucket

POW_MAX_BITS = 28
PRUNE_EVERY = 256


def leading_zero_bits(digest: bytes) -> int:
    """Number of leading zero bits of ``digest``."""
    bits = 0
    for byte in digest:
        if byte == 0:
            bits += 8
            continue
        return bits + 8 - byte.bit_length()
    return bits


def pow_solves(challenge: str, nonce: str, bits: int) -> bool:
    """Does ``SHA-256(challenge + ":" + nonce)`` start with ``bits`` zero bits?"""
    if not nonce or len(nonce) > 32:
        return False
    digest = hashlib.sha256(f"{challenge}:{nonce}".encode()).digest()
    return leading_zero_bits(digest) >= bits


@dataclass(frozen=True, slots=True)
class EntryPolicy:
    """The numbers (config ``[limits]``; docs/operations.md explains each)."""

    burst_per_ip: int = 30  # new devices entering at once from one address, no work asked
    refill_per_ip: float = 0.1  # new-device entries per second the address earns back
    burst_per_device: int = 5  # entries a known device makes without touching the address
    refill_per_device: float = 1 / 120
    max_per_ip: int = 200  # any kind, per window: the ceiling
    window: float = 600.0
    pow_bits: int = 14  # difficulty of the first proof of work (about 16,000 hashes)


@dataclass(frozen=True, slots=True)
class EntryDecision:
    """``allowed``; else ``pow_bits`` > 0 asks for a proof of work of that difficulty,
    or ``retry_after`` > 0 refuses for that long (``too_many_sessions``)."""

    allowed: bool
    pow_bits: int = 0
    retry_after: float = 0.0


@dataclass(slots=True)
class EntryGate:
    """Per-address and per-device budgets for new sessions (one node's view)."""

    policy: EntryPolicy
    _ips: dict[str, TokenBucket] = field(default_factory=dict)
    _devices: dict[str, TokenBucket] = field(default_factory=dict)
    _ceiling: SlidingWindowCounter = field(init=False)
    _worked: SlidingWindowCounter = field(init=False)
    _checks: int = 0

    def __post_init__(self) -> None:
        self._ceiling = SlidingWindowCounter(self.policy.max_per_ip, self.policy.window)
        # Entries paid with a proof of work, per address: they raise the difficulty.
        self._worked = SlidingWindowCounter(1 << 30, self.policy.window)

    def pow_bits_for(self, ip: str, now: float) -> int:
        """The difficulty a proof of work from ``ip`` must meet now."""
        recent = len(self._worked.recent(ip, now))
        step = recent // max(1, self.policy.burst_per_ip)
        return min(POW_MAX_BITS, self.policy.pow_bits + step)

    def check(
        self, ip: str, device: str | None, now: float, *, pow_bits_shown: int = 0
    ) -> EntryDecision:
        """Decide one entry and, when allowed, spend its budget.

        Args:
            ip: the address key (IPv6: its /64).
            device: the device key when the browser showed a known device cookie.
            pow_bits_shown: the difficulty of a valid, unused proof of work it solved
                (0 for none).
        """
        self.prune(now)
        policy = self.policy
        recent = self._ceiling.recent(ip, now)
        if len(recent) >= policy.max_per_ip:
            return EntryDecision(False, retry_after=max(1.0, recent[0] + policy.window - now))
        if device is not None:
            bucket = self._devices.setdefault(
                device, TokenBucket(policy.burst_per_device, policy.refill_per_device)
            )
            if bucket.take(now):
                self._ceiling.hit(ip, now)
                return EntryDecision(True)
        bucket = self._ips.setdefault(ip, TokenBucket(policy.burst_per_ip, policy.refill_per_ip))
        if bucket.take(now):
            self._ceiling.hit(ip, now)
            return EntryDecision(True)
        needed = self.pow_bits_for(ip, now)
        if pow_bits_shown >= needed:
            self._ceiling.hit(ip, now)
            self._worked.hit(ip, now)
            return EntryDecision(True)
        return EntryDecision(False, pow_bits=needed)

    def prune(self, now: float) -> None:
        """Forget addresses and devices whose budget is whole again (bounded memory).

        Runs every ``PRUNE_EVERY`` checks: the cost stays proportional to the entries.
        """
        self._checks += 1
        if self._checks % PRUNE_EVERY:
            return
        self._ceiling.prune(now)
        self._worked.prune(now)
        for buckets in (self._ips, self._devices):
            for key in [k for k, b in buckets.items() if _full(b, now)]:
                del buckets[key]


def _full(bucket: TokenBucket, now: float) -> bool:
    return bucket.tokens + (now - bucket.updated) * bucket.rate >= bucket.capacity
