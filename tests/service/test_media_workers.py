"""The media worker pool: real processes, the hard time limit, replacement of a worker,
the bounded queue; and the NudeNet adapter loaded inside a worker from its wheel."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from papote.media.pipeline import Options, Rejected
from papote.media.workers import Busy, WorkerPool
from tests.unit.test_media_pipeline import encode, photo_like

OPTIONS = Options(max_edge=256, thumb_edge=64)


@pytest.fixture
async def pool() -> AsyncIterator[WorkerPool]:
    workers = WorkerPool(OPTIONS, workers=1, time_limit=60.0, queue_max=1)
    await workers.start()
    yield workers
    await workers.close()


async def test_a_worker_prepares_an_image(pool: WorkerPool) -> None:
    outcome = await pool.process(encode(photo_like(1), "JPEG"))
    assert (outcome.prepared.width, outcome.prepared.height) == (256, 192)
    assert outcome.verdict is None  # no classifier configured
    with pytest.raises(Rejected) as info:
        await pool.process(b"not an image")
    assert info.value.code == "media_type"
    assert pool.restarts == 0


async def test_past_the_time_limit_the_worker_is_replaced(pool: WorkerPool) -> None:
    first = next(iter(pool.all)).process
    pool.time_limit = 0.0  # nothing finishes in no time: the limit is always passed
    with pytest.raises(Rejected) as info:
        await pool.process(encode(photo_like(1), "PNG"))
    assert info.value.code == "media_invalid"
    assert pool.restarts == 1
    assert not first.is_alive()
    pool.time_limit = 60.0
    outcome = await pool.process(encode(photo_like(2), "PNG"))  # the new worker serves
    assert outcome.prepared.width == 256


async def test_a_full_queue_is_busy(pool: WorkerPool) -> None:
    image = encode(photo_like(1), "JPEG")
    results = await asyncio.gather(*(pool.process(image) for _ in range(3)), return_exceptions=True)
    # One in the worker, one waiting (queue_max=1), the third refused at once.
    assert sum(isinstance(r, Busy) for r in results) == 1
    assert sum(not isinstance(r, BaseException) for r in results) == 2


async def test_nudenet_runs_in_a_worker_from_its_wheel() -> None:
    pool = WorkerPool(
        OPTIONS, workers=1, time_limit=120.0, classifier_spec="papote.media.classifier:create"
    )
    try:
        outcome = await pool.process(encode(photo_like(1), "JPEG"))
    finally:
        await pool.close()
    verdict = outcome.verdict
    assert verdict is not None
    assert verdict.model.startswith("nudenet-3.4")
    assert verdict.score < 0.5 and verdict.labels == ()
