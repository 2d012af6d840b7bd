"""papote.runtime: the timed full garbage collections, and the loop's delay."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import time
import weakref

from prometheus_client import generate_latest

from papote.config import load_settings
from papote.metrics import Metrics
from papote.runtime import FullCollections, LoopWatch


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
    watch = LoopWatch()
    metrics.watch_collections(collections, watch)
    collections.collect_now()
    watch.record(0.003)
    watch.record(0.3)
    text = generate_latest(metrics.registry).decode()
    assert "papote_gc_full_total 1.0" in text
    assert "papote_gc_full_freed_total 7.0" in text
    assert 'papote_loop_delay_seconds_bucket{le="0.002"} 0.0' in text
    assert 'papote_loop_delay_seconds_bucket{le="0.005"} 1.0' in text
    assert 'papote_loop_delay_seconds_bucket{le="0.25"} 1.0' in text
    assert 'papote_loop_delay_seconds_bucket{le="0.5"} 2.0' in text
    assert "papote_loop_delay_seconds_count 2.0" in text
    assert "papote_loop_delay_worst_seconds 0.3" in text


async def test_the_loop_watch_sees_a_stall_and_not_an_idle_loop() -> None:
    watch = LoopWatch(every=0.005)
    task = asyncio.create_task(watch.run())
    await asyncio.sleep(0.1)  # an idle loop: every timer on time (a few ms at most)
    quiet_worst = watch.worst
    time.sleep(0.15)  # noqa: ASYNC251 (the stall under test: the loop held for 150 ms)
    await asyncio.sleep(0.05)
    task.cancel()
    assert quiet_worst < 0.1
    assert watch.worst >= 0.1
    over_100ms = sum(watch.delays.counts[i] for i, b in enumerate(watch.delays.bounds) if b > 0.1)
    assert over_100ms + watch.delays.counts[-1] == 1  # the one stall, once


def test_a_negative_delay_counts_as_none() -> None:
    watch = LoopWatch()
    watch.record(-0.001)  # a timer that fired a hair early
    assert watch.delays.counts[0] == 1 and watch.delays.total == 0.0 and watch.worst == 0.0


async def test_a_stall_longer_than_trace_after_logs_what_the_loop_ran() -> None:
    watch = LoopWatch(every=0.005, trace_after=0.04)
    task = asyncio.create_task(watch.run())
    await asyncio.sleep(0.05)
    assert watch.traced == 0  # an idle loop: nothing to report

    def a_slow_callback() -> None:
        time.sleep(0.3)  # the stall under test

    a_slow_callback()
    await asyncio.sleep(0.05)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    assert watch.traced == 1  # one stall, one report, however long it lasted
    assert "a_slow_callback" in watch.last_stack and "time.sleep(0.3)" in watch.last_stack


def test_the_trace_is_a_setting_off_by_default() -> None:
    assert load_settings(env={}).loop_stall_trace_ms == 0.0
    assert load_settings(env={"PAPOTE_LOOP_STALL_TRACE_MS": "50"}).loop_stall_trace_ms == 50.0
