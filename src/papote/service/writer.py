"""Group commit: concurrent `say`s are stored in one transaction, then published in seq order."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence

import structlog

from papote.ports import NewMessage, Store, StoredMessage

log = structlog.get_logger(__name__)

OnStored = Callable[[Sequence[StoredMessage]], Awaitable[None]]


class MessageWriter:
    """Batches message appends: one database round trip per event-loop pass, not per message.

    ``submit`` returns once the message is durable and has been handed to ``on_stored``
    (which publishes it), so an acknowledged message is never lost.
    """

    def __init__(self, store: Store, on_stored: OnStored, max_batch: int = 2000) -> None:
        self.store = store
        self.on_stored = on_stored
        self.max_batch = max_batch
        self._queue: asyncio.Queue[tuple[NewMessage, asyncio.Future[StoredMessage]]] = (
            asyncio.Queue()
        )
        self._task: asyncio.Task[None] | None = None
        self.batches = 0
        self.written = 0

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="message-writer")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def pending(self) -> int:
        """Messages queued and not yet taken into a batch."""
        return self._queue.qsize()

    async def submit(self, message: NewMessage) -> StoredMessage:
        return await self.enqueue(message)

    def enqueue(self, message: NewMessage) -> asyncio.Future[StoredMessage]:
        """Queue ``message`` for the next batch; the future completes once it is stored
        and handed to ``on_stored``. Batches are written in order, so one person's
        messages keep the order they were queued in."""
        future: asyncio.Future[StoredMessage] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((message, future))
        return future

    async def _run(self) -> None:
        while True:
            first = await self._queue.get()
            batch = [first]
            while len(batch) < self.max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            await self._write(batch)

    async def _write(self, batch: list[tuple[NewMessage, asyncio.Future[StoredMessage]]]) -> None:
        try:
            stored = await self.store.append_messages([m for m, _ in batch])
        except Exception as exc:
            log.exception("message batch failed", size=len(batch))
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        self.batches += 1
        self.written += len(stored)
        try:
            await self.on_stored(stored)
        except Exception:  # stored is stored: publish failures must not lose the ack
            log.exception("publishing a stored batch failed", size=len(stored))
        for (_, future), row in zip(batch, stored, strict=True):
            if not future.done():
                future.set_result(row)
