"""The native listener's keep-alive sweep: each socket is looked at once a round
(``KEEPALIVE_SWEEP`` seconds), pinged after two silent rounds and dropped after four, and
a round is walked in ``KEEPALIVE_SLICES`` slices so that no timer pings every socket at once."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any, cast

from websockets.protocol import State

from papote.transport.frames import PING
from papote.transport.ws import CLOSE_INTERNAL
from papote.transport.wsnative import (
    KEEPALIVE_SLICES,
    KEEPALIVE_SWEEP,
    NativeListener,
    NativeWsProtocol,
)


@dataclass
class FakeWs:
    state: State = State.OPEN


@dataclass(eq=False)  # hashed by identity, as the listener's set of sockets wants
class FakeSocket:
    """What the sweep reads and calls on a socket."""

    idle: int = 0
    closing: bool = False
    ws: FakeWs = field(default_factory=FakeWs)
    pings: int = 0
    closed_with: tuple[int, str] | None = None

    def write(self, data: bytes) -> None:
        assert data == PING
        self.pings += 1

    def close(self, code: int, reason: str = "") -> None:
        self.closing = True
        self.closed_with = (code, reason)


def listener_with(sockets: list[FakeSocket]) -> NativeListener:
    listener = NativeListener(cast(Any, object()))
    listener.protocols = cast("set[NativeWsProtocol]", set(sockets))
    return listener


def tick(listener: NativeListener) -> None:
    """One firing of the sweep timer (the next one it arms is cancelled: the test fires)."""
    listener.sweep()
    if listener.sweeper is not None:
        listener.sweeper.cancel()
        listener.sweeper = None


async def test_a_round_is_spread_over_its_slices_and_touches_each_socket_once() -> None:
    sockets = [FakeSocket() for _ in range(1000)]
    listener = listener_with(sockets)
    per_slice = []
    for _ in range(KEEPALIVE_SLICES):
        before = sum(s.idle for s in sockets)
        tick(listener)
        per_slice.append(sum(s.idle for s in sockets) - before)
    assert all(s.idle == 1 for s in sockets)  # each socket once in the round
    assert max(per_slice) <= -(-1000 // KEEPALIVE_SLICES)  # never more than a slice at once
    assert sum(per_slice) == 1000


async def test_silent_sockets_are_pinged_after_two_rounds_and_dropped_after_four() -> None:
    talker, silent = FakeSocket(), FakeSocket()
    listener = listener_with([talker, silent])
    for rnd in range(1, 5):
        for _ in range(KEEPALIVE_SLICES):
            tick(listener)
        talker.idle = 0  # it sent something during the round
        if rnd == 1:
            assert silent.pings == 0
        if rnd in (2, 3):
            assert silent.pings == rnd - 1 and silent.closed_with is None
    assert silent.closed_with == (CLOSE_INTERNAL, "keepalive ping timeout")
    assert talker.pings == 0 and talker.closed_with is None


async def test_a_socket_opened_during_a_round_waits_for_the_next() -> None:
    first = FakeSocket()
    listener = listener_with([first])
    tick(listener)  # the round starts with `first` alone
    late = FakeSocket()
    listener.protocols.add(cast(NativeWsProtocol, late))
    for _ in range(KEEPALIVE_SLICES - 1):
        tick(listener)
    assert (first.idle, late.idle) == (1, 0)
    for _ in range(KEEPALIVE_SLICES):
        tick(listener)
    assert (first.idle, late.idle) == (2, 1)


async def test_the_timer_fires_a_slice_apart_and_stops_with_the_last_socket() -> None:
    sock = FakeSocket()
    listener = listener_with([sock])
    loop = asyncio.get_running_loop()
    listener.sweep()
    assert listener.sweeper is not None
    delay = listener.sweeper.when() - loop.time()
    assert 0 < delay <= KEEPALIVE_SWEEP / KEEPALIVE_SLICES + 0.01
    listener.sweeper.cancel()
    listener.protocols.clear()
    listener._slice = KEEPALIVE_SLICES - 1  # the round's last slice
    listener.sweep()
    assert listener.sweeper is None  # nothing left to watch: no timer


async def test_closed_and_closing_sockets_are_left_alone() -> None:
    closing = FakeSocket(closing=True)
    gone = FakeSocket(ws=FakeWs(State.CLOSED))
    listener = listener_with([closing, gone])
    for _ in range(4 * KEEPALIVE_SLICES):
        tick(listener)
    assert closing.idle == gone.idle == 0 and closing.pings == gone.pings == 0
