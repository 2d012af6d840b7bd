"""Decoding off the event loop: a few worker processes, a hard time limit per image, a
bounded queue (``server_busy`` past it).

Each worker is a process of its own (``spawn``: no inherited event loop or threads) with
an address-space cap; it runs ``pipeline.prepare`` and the classifier on one upload at a
time. A worker that exceeds the time limit is killed and replaced: a hostile file costs
one worker restart, never the loop or another upload's worker. A worker that dies (a
codec's crash, the memory cap) is replaced the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import multiprocessing
import multiprocessing.connection
import resource
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Protocol

import structlog

from papote.media.pipeline import Options, Prepared, Rejected, prepare

if TYPE_CHECKING:
    from papote.ports import ImageClassifier, Verdict

log = structlog.get_logger(__name__)


class Busy(Exception):
    """The pipeline's queue is full: the client is told ``server_busy``."""


@dataclass(frozen=True, slots=True)
class Outcome:
    prepared: Prepared
    verdict: Verdict | None


class Processor(Protocol):
    """Runs the pipeline (and the classifier) on one upload, off the event loop."""

    async def process(self, data: bytes) -> Outcome:
        """Raises Rejected (the file) or Busy (the server)."""
        ...

    async def close(self) -> None: ...


def load_classifier(spec: str) -> ImageClassifier:
    """``module:factory`` -> the classifier that factory builds (in the worker)."""
    module, _, name = spec.partition(":")
    factory = getattr(importlib.import_module(module), name)
    classifier: ImageClassifier = factory()
    return classifier


def work(data: bytes, options: Options, classifier: ImageClassifier | None) -> Outcome:
    """One upload: the pipeline, then the classifier on the thumbnail's pixels (the model
    looks at 320 px anyway)."""
    prepared = prepare(data, options)
    verdict = None
    if classifier is not None:
        import io

        from PIL import Image

        with Image.open(io.BytesIO(prepared.thumb)) as thumb:
            verdict = classifier.classify(thumb.convert("RGB"))
    return Outcome(prepared, verdict)


def _worker_main(
    conn: multiprocessing.connection.Connection,
    options: Options,
    classifier_spec: str | None,
    memory_limit: int,
) -> None:
    if memory_limit > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    classifier = load_classifier(classifier_spec) if classifier_spec else None
    conn.send(("ready", None))
    while True:
        try:
            data = conn.recv_bytes()
        except EOFError:
            return
        try:
            conn.send(("ok", work(data, options, classifier)))
        except Rejected as exc:
            conn.send(("rejected", exc.code))
        except MemoryError:
            conn.send(("rejected", "media_too_large"))
        except Exception as exc:  # never let one file end the worker silently
            conn.send(("rejected", "media_invalid"))
            log.warning("media worker error", error=repr(exc))


class _Worker:
    def __init__(self, process: BaseProcess, conn: multiprocessing.connection.Connection) -> None:
        self.process = process
        self.conn = conn

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``workers`` processes; ``time_limit`` seconds per image; at most ``queue_max``
    uploads waiting for a worker.

    Args:
        memory_limit: bytes of address space per worker (0: no cap).
    """

    def __init__(
        self,
        options: Options,
        *,
        workers: int = 1,
        time_limit: float = 10.0,
        queue_max: int = 16,
        classifier_spec: str | None = None,
        memory_limit: int = 2 << 30,
        start_timeout: float = 60.0,
    ) -> None:
        self.options = options
        self.size = max(1, workers)
        self.time_limit = time_limit
        self.queue_max = queue_max
        self.classifier_spec = classifier_spec
        self.memory_limit = memory_limit
        self.start_timeout = start_timeout
        self.ctx = multiprocessing.get_context("spawn")
        self.free: asyncio.Queue[_Worker] | None = None
        self.all: set[_Worker] = set()
        self.waiting = 0
        self.restarts = 0
        self.closed = False
        self._starting = asyncio.Lock()

    async def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(
            target=_worker_main,
            args=(child, self.options, self.classifier_spec, self.memory_limit),
            daemon=True,
            name="papote-media",
        )
        process.start()
        child.close()
        worker = _Worker(process, parent)
        ready = await self._receive(worker, self.start_timeout)
        if ready is None or ready[0] != "ready":
            worker.kill()
            raise RuntimeError("media worker did not start")
        self.all.add(worker)
        return worker

    async def start(self) -> None:
        """Start the workers (each imports the pipeline and loads the model: ~1 s)."""
        async with self._starting:
            if self.free is not None:
                return
            free: asyncio.Queue[_Worker] = asyncio.Queue()
            for worker in await asyncio.gather(*(self._spawn() for _ in range(self.size))):
                free.put_nowait(worker)
            self.free = free

    @staticmethod
    async def _receive(worker: _Worker, seconds: float) -> Any:
        """The worker's next message, or None if it took longer than ``seconds`` or died."""

        def wait() -> Any:
            try:
                if worker.conn.poll(seconds):
                    return worker.conn.recv()
            except (EOFError, OSError):
                return None
            return None

        return await asyncio.to_thread(wait)

    async def process(self, data: bytes) -> Outcome:
        if self.closed:
            raise Busy
        if self.waiting >= self.queue_max:
            raise Busy
        await self.start()
        assert self.free is not None
        self.waiting += 1
        try:
            worker = await self.free.get()
        finally:
            self.waiting -= 1
        replace = False
        try:
            try:
                worker.conn.send_bytes(data)
            except (OSError, ValueError):
                replace = True
                raise Rejected("media_invalid") from None
            answer = await self._receive(worker, self.time_limit)
            if answer is None:
                # Past the time limit, or the worker died (memory cap, a codec's crash).
                replace = True
                log.warning("media worker replaced", alive=worker.process.is_alive())
                raise Rejected("media_invalid")
            status, value = answer
            if status == "ok":
                assert isinstance(value, Outcome)
                return value
            raise Rejected(str(value))
        finally:
            if replace:
                self.restarts += 1
                self.all.discard(worker)
                worker.kill()
                if not self.closed:
                    worker = await self._spawn()
            if not self.closed:
                self.free.put_nowait(worker)

    async def close(self) -> None:
        self.closed = True
        for worker in list(self.all):
            worker.kill()
        self.all.clear()


class InlineProcessor:
    """The pipeline in a thread of this process: for tests and tools, with a classifier
    object rather than a spec. No hard time limit: never for untrusted input in
    production."""

    def __init__(self, options: Options, classifier: ImageClassifier | None = None) -> None:
        self.options = options
        self.classifier = classifier

    async def process(self, data: bytes) -> Outcome:
        return await asyncio.to_thread(work, data, self.options, self.classifier)

    async def close(self) -> None:
        return None
