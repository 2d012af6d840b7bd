"""papote.runtime: the timed full garbage collections."""

from __future__ import annotations

import asyncio
import gc
import weakref

from prometheus_client import generate_latest

from papote.config import load_settings
from papote.metrics import Metrics
from papote.runtime import FullCollections


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_a_full_collection_frees_a_cycle_the_automatic_ones_left() -> None:
    gc.disable()  # the automatic collector would race the assertion below
    try:
        a, b = Node(), Node()
        a.other, b.other = b, a
        alive = weakref.ref(a)
        del a, b
        assert alive() is not None  # a cycle: reference counting alone keeps it
        ticks = iter([10.0, 10.25])
        collections = FullCollections(60.0, clock=lambda: next(ticks))
        assert collections.collect_now() >= 2
        assert alive() is None
        assert (collections.runs, collections.last_seconds) == (1, 0.25)
        assert collections.seconds == 0.25 and collections.freed >= 2
    finally:
        gc.enable()


async def test_run_collects_every_interval_until_cancelled() -> None:
    calls: list[int] = []
    third = asyncio.Event()

    def collect(generation: int) -> int:
        calls.append(generation)
        if len(calls) == 3:
            third.set()
        return 1

    collections = FullCollections(0.001, collect=collect)
    task = asyncio.create_task(collections.run())
    await asyncio.wait_for(third.wait(), timeout=30)
    task.cancel()
    assert calls[:3] == [2, 2, 2]
    assert collections.runs >= 3 and collections.freed == collections.runs


async def test_zero_turns_them_off() -> None:
    calls: list[int] = []

    def collect(generation: int) -> int:
        calls.append(generation)
        return 0

    await FullCollections(0, collect=collect).run()  # returns at once
    assert calls == []


def test_setting_and_metrics() -> None:
    assert load_settings(env={}).gc_full_every == 600.0
    assert load_settings(env={"PAPOTE_GC_FULL_EVERY": "0"}).gc_full_every == 0.0
    metrics = Metrics(allow=None)
    collections = FullCollections(60.0, collect=lambda g: 7)
    metrics.watch_collections(collections)
    collections.collect_now()
    text = generate_latest(metrics.registry).decode()
    assert "papote_gc_full_total 1.0" in text
    assert "papote_gc_full_freed_total 7.0" in text
