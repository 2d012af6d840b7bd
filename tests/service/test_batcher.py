"""The group commit's mechanism (service.writer.Batcher): batches, order, failures."""

from __future__ import annotations

import asyncio

import pytest

from papote.service.writer import Batcher


class Gated:
    """A batch function whose calls wait until released, recording what was in flight."""

    def __init__(self) -> None:
        self.batches: list[list[int]] = []
        self.gates: list[asyncio.Event] = []
        self.running = 0
        self.most_running = 0

    async def __call__(self, items: list[int]) -> list[int]:
        gate = asyncio.Event()
        self.batches.append(list(items))
        self.gates.append(gate)
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        try:
            await gate.wait()
            if -1 in items:
                raise RuntimeError("this batch fails")
            return [10 * i for i in items]
        finally:
            self.running -= 1


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_one_in_flight_batches_what_arrives_meanwhile_in_order() -> None:
    run = Gated()
    batcher: Batcher[int, int] = Batcher(run)
    first = [batcher.enqueue(i) for i in (1, 2)]
    await settle()
    later = [batcher.enqueue(i) for i in (3, 4, 5)]
    await settle()
    assert run.batches == [[1, 2]]  # the second waits for the first
    run.gates[0].set()
    await settle()
    assert run.batches == [[1, 2], [3, 4, 5]]
    run.gates[1].set()
    assert await asyncio.gather(*first, *later) == [10, 20, 30, 40, 50]
    assert run.most_running == 1


async def test_a_failed_batch_fails_its_own_items_only() -> None:
    run = Gated()
    batcher: Batcher[int, int] = Batcher(run)
    bad = [batcher.enqueue(i) for i in (-1, 2)]
    await settle()
    ok = batcher.enqueue(1)
    run.gates[0].set()
    for future in bad:
        with pytest.raises(RuntimeError):
            await future
    await settle()
    run.gates[1].set()
    assert await ok == 10


async def test_stop_cancels_the_batch_in_flight_and_it_starts_again() -> None:
    run = Gated()
    batcher: Batcher[int, int] = Batcher(run)
    batcher.enqueue(1)
    await settle()
    assert run.running == 1
    await batcher.stop()
    assert run.running == 0
    again = batcher.enqueue(3)
    await settle()
    run.gates[-1].set()
    assert await again == 30
