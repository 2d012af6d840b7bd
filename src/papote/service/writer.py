"""Group commit: concurrent requests to the database are gathered into one round trip.

``Batcher`` is the mechanism (what arrives while a batch is being written forms the next
batch, so batches grow with the load and cost nothing when it is light); it serves the
messages (``MessageWriter``: concurrent `say`s stored in one transaction, then published
in seq order), the entries (``SessionService``: pseudo claims and new users in one
transaction) and the reads of a connect storm (tokens looked up together).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

import structlog

from papote.ports import NewMessage, Store, StoredMessage

log = structlog.get_logger(__name__)

T = TypeVar("T")
R = TypeVar("R")

OnStored = Callable[[Sequence[StoredMessage]], Awaitable[None]]


class Batcher(Generic[T, R]):
    """Runs ``run`` on batches of the items submitted: one call per batch, one result
    per item, in order. At most one batch is in flight; what arrives meanwhile waits for
    the next one (at most ``max_batch`` items). A failed batch fails each of its items.

    A task runs while items are waiting or being written and ends when there are none
    (nothing to start; ``stop`` cancels a batch in flight at shutdown).
    """

    def __init__(
        self,
        run: Callable[[list[T]], Awaitable[Sequence[R]]],
        max_batch: int = 2000,
        name: str = "batcher",
    ) -> None:
        self.run = run
        self.max_batch = max_batch
        self.name = name
        self._queue: deque[tuple[T, asyncio.Future[R]]] = deque()
        self._task: asyncio.Task[None] | None = None
        self.batches = 0  # counters read by /metrics
        self.written = 0

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def pending(self) -> int:
        """Items queued and not yet taken into a batch."""
        return len(self._queue)

    async def submit(self, item: T) -> R:
        return await self.enqueue(item)

    def enqueue(self, item: T) -> asyncio.Future[R]:
        """Queue ``item`` for the next batch; the future gets its result. Batches run in
        order, so items keep the order they were queued in."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[R] = loop.create_future()
        self._queue.append((item, future))
        if self._task is None:
            self._task = loop.create_task(self._drain(), name=self.name)
        return future

    async def _drain(self) -> None:
        queue = self._queue
        try:
            while queue:
                count = min(len(queue), self.max_batch)
                batch = [queue.popleft() for _ in range(count)]
                await self._write(batch)
        finally:
            if self._task is asyncio.current_task():
                self._task = None

    async def _write(self, batch: list[tuple[T, asyncio.Future[R]]]) -> None:
        try:
            results = await self.run([item for item, _ in batch])
        except Exception as exc:
            log.exception("batch failed", batcher=self.name, size=len(batch))
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        self.batches += 1
        self.written += len(results)
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)


class MessageWriter(Batcher[NewMessage, StoredMessage]):
    """Batches message appends: one database round trip per batch, not per message.

    ``submit`` returns once the message is durable and has been handed to ``on_stored``
    (which publishes it), so an acknowledged message is never lost.
    """

    def __init__(self, store: Store, on_stored: OnStored, max_batch: int = 2000) -> None:
        super().__init__(self._store_and_publish, max_batch, "message-writer")
        self.store = store
        self.on_stored = on_stored

    async def _store_and_publish(self, batch: list[NewMessage]) -> list[StoredMessage]:
        stored = await self.store.append_messages(batch)
        try:
            await self.on_stored(stored)
        except Exception:  # stored is stored: publish failures must not lose the ack
            log.exception("publishing a stored batch failed", size=len(stored))
        return stored
