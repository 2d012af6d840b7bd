"""The one way a test waits for something to happen: poll a condition until it holds.

A sleep is never a synchronisation (it is too short on a loaded machine and wasted time
on an idle one), and the deadline is never a measured assertion: it only bounds how long
a test may hang, scaled by PAPOTE_TEST_TIMEOUT_UNIT like every wait in the suite.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, overload

from tests.conftest import UNIT

T = TypeVar("T")


@overload
async def until(
    condition: Callable[[], Awaitable[T]],
    *,
    within: float = ...,
    every: float = ...,
    what: str = ...,
) -> T: ...
@overload
async def until(
    condition: Callable[[], T], *, within: float = ..., every: float = ..., what: str = ...
) -> T: ...
async def until(
    condition: Callable[[], Any], *, within: float = 5, every: float = 0.02, what: str = ""
) -> Any:
    """Poll ``condition`` (sync or async) until it returns something true; return that.

    ``within`` is in units of PAPOTE_TEST_TIMEOUT_UNIT (seconds on an idle machine);
    past it the test fails with ``what`` (or the condition's name) and the last value.
    """
    deadline = asyncio.get_running_loop().time() + within * UNIT
    while True:
        value = condition()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return value
        if asyncio.get_running_loop().time() >= deadline:
            name = what or getattr(condition, "__name__", repr(condition))
            raise AssertionError(f"still not true after {within * UNIT:.1f} s: {name} ({value!r})")
        await asyncio.sleep(every)
