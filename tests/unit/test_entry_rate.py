"""Entry rate per address (domain/entry_rate.py): households and CGNAT get in, scripts
are slowed (issue 10 point 6)."""

from __future__ import annotations

import hashlib
import itertools

from hypothesis import given
from hypothesis import strategies as st

from papote.domain.entry_rate import (
    EntryDecision,
    EntryGate,
    EntryPolicy,
    leading_zero_bits,
    pow_solves,
)

ADDRESS = "198.51.100.7"


def solve(challenge: str, bits: int) -> str:
    for n in itertools.count():
        if pow_solves(challenge, str(n), bits):
            return str(n)
    raise AssertionError  # pragma: no cover


def test_fifty_people_behind_one_address_enter_within_a_minute() -> None:
    """A carrier's shared address: 50 new browsers in 60 s. Past the free burst each
    browser solves one small proof of work; nobody is refused."""
    gate = EntryGate(EntryPolicy())
    asked = []
    for person in range(50):
        now = person * 1.2
        decision = gate.check(ADDRESS, None, now)
        if not decision.allowed:
            assert decision.pow_bits and not decision.retry_after
            asked.append(decision.pow_bits)
            decision = gate.check(ADDRESS, None, now, pow_bits_shown=decision.pow_bits)
        assert decision.allowed, person
    assert asked and max(asked) <= EntryPolicy().pow_bits  # small work only


def test_known_devices_do_not_spend_the_address_budget() -> None:
    """A household that comes back every evening: its devices enter on their own budget."""
    gate = EntryGate(EntryPolicy(burst_per_ip=3))
    for round_ in range(4):
        for device in ("phone-a", "phone-b", "tablet", "laptop", "phone-c"):
            assert gate.check(ADDRESS, device, round_ * 1.0).allowed
    # The address's own bucket is untouched: three new devices still enter freely.
    assert all(gate.check(ADDRESS, None, 5.0).allowed for _ in range(3))


def test_a_script_without_work_gets_only_the_burst() -> None:
    policy = EntryPolicy()
    gate = EntryGate(policy)
    results = [gate.check(ADDRESS, None, i * 0.01) for i in range(300)]
    assert sum(r.allowed for r in results) == policy.burst_per_ip
    assert all(r.pow_bits >= policy.pow_bits for r in results if not r.allowed)


def test_a_script_doing_the_work_pays_more_each_step_and_meets_the_ceiling() -> None:
    policy = EntryPolicy()
    gate = EntryGate(policy)
    bits_paid = []
    allowed = 0
    for i in range(400):
        decision = gate.check(ADDRESS, None, i * 0.1)
        if decision.pow_bits:
            bits_paid.append(decision.pow_bits)
            decision = gate.check(ADDRESS, None, i * 0.1, pow_bits_shown=decision.pow_bits)
        if decision.retry_after:
            assert not decision.allowed
            break
        allowed += decision.allowed
    assert allowed == policy.max_per_ip  # no amount of work buys past the ceiling
    # Every `burst_per_ip` paid entries add a bit: the last costs 2^k times the first.
    assert bits_paid[-1] - bits_paid[0] >= (len(bits_paid) - 1) // policy.burst_per_ip
    assert bits_paid[-1] >= policy.pow_bits + 4


def test_a_script_keeping_one_cookie_gains_only_its_device_budget() -> None:
    policy = EntryPolicy(burst_per_ip=2)
    gate = EntryGate(policy)
    results = [gate.check(ADDRESS, "one-cookie", i * 0.01) for i in range(20)]
    assert sum(r.allowed for r in results) == policy.burst_per_device + 2


def test_other_addresses_are_not_affected() -> None:
    gate = EntryGate(EntryPolicy(burst_per_ip=2))
    for i in range(10):
        gate.check(ADDRESS, None, float(i))
    assert gate.check("203.0.113.9", None, 10.0) == EntryDecision(True)


def test_the_address_budget_refills() -> None:
    policy = EntryPolicy(burst_per_ip=2, refill_per_ip=0.1)
    gate = EntryGate(policy)
    assert gate.check(ADDRESS, None, 0.0).allowed and gate.check(ADDRESS, None, 0.0).allowed
    assert not gate.check(ADDRESS, None, 1.0).allowed
    assert gate.check(ADDRESS, None, 11.0).allowed  # one token back after 10 s


def test_memory_is_bounded_by_pruning() -> None:
    gate = EntryGate(EntryPolicy(window=10.0))
    for i in range(600):
        gate.check(f"10.0.{i // 256}.{i % 256}", f"d{i}", float(i))
    assert len(gate._ips) < 300 and len(gate._devices) < 300


@given(st.binary(min_size=32, max_size=32))
def test_leading_zero_bits_matches_the_integer_view(digest: bytes) -> None:
    value = int.from_bytes(digest, "big")
    assert leading_zero_bits(digest) == 256 - value.bit_length()


def test_pow_solves_checks_the_prefix() -> None:
    nonce = solve("c", 10)
    digest = hashlib.sha256(f"c:{nonce}".encode()).digest()
    assert leading_zero_bits(digest) >= 10
    assert pow_solves("c", nonce, 10)
    assert not pow_solves("other", nonce, 24)
    assert not pow_solves("c", "", 0)
    assert not pow_solves("c", "x" * 33, 0)
