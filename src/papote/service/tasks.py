"""Background tasks kept referenced until they finish (the event loop holds only weak ones)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Iterable

# Longest a stopping service waits for its background work before cancelling it.
SHUTDOWN_SECONDS = 5.0


class BackgroundTasks:
    """Fire-and-forget work started by a service, which it can wait for or cancel."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def __len__(self) -> int:
        return len(self._tasks)

    def spawn(self, coro: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def settle(self) -> None:
        """Wait until every task (and any task they started) has finished."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def cancel(self) -> None:
        await cancel_all(list(self._tasks))

    async def finish(self, within: float = SHUTDOWN_SECONDS) -> int:
        """Let the tasks end for at most ``within`` seconds, then cancel what is left
        (at shutdown: work under way ends before its store or broker is closed, and a
        task cancelled in the middle of a database call would leave its connection
        behind). Returns how many had to be cancelled."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.settle(), within)
        left = len(self._tasks)
        await self.cancel()
        return left


async def cancel_all(tasks: Iterable[asyncio.Task[None]]) -> None:
    """Cancel tasks and wait until each has stopped, whatever it raised."""
    pending = list(tasks)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
