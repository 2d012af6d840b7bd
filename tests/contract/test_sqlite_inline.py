"""SQLite's small group commits on the event loop's thread (storage/sql.py,
``InlineAppends``): they store the same rows as the worker thread's, never make the
loop wait for a lock held elsewhere, and leave the WAL's checkpoints to a thread."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.sql import InlineAppends, SqlStore
from tests.contract.test_store import msg, room


@pytest.fixture
async def sqlite_store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}")
    await upgrade(engine)
    store = SqlStore(engine)
    yield store
    await store.close()


def inline_of(store: SqlStore) -> InlineAppends:
    inline = store._inline
    assert inline is not None
    return inline


async def test_small_batches_commit_on_the_loop_and_large_ones_in_the_thread(
    sqlite_store: SqlStore,
) -> None:
    store = sqlite_store
    inline = inline_of(store)
    await store.create_room(room("room:a"))
    await store.create_room(room("room:b"))
    one = await store.append_messages([msg("room:a", 1)])
    assert inline.commits == 1
    big = [
        msg("room:a", n) if n % 2 else msg("room:b", n) for n in range(2, 3 + inline.max_messages)
    ]
    many = await store.append_messages(big)
    assert inline.commits == 1  # more than max_messages: the worker thread's commit
    two = await store.append_messages([msg("room:b", 99), msg("room:a", 100)])
    assert inline.commits == 2
    seqs = [(m.room_id, m.seq) for m in [*one, *many, *two]]
    a = [s for r, s in seqs if r == "room:a"]
    b = [s for r, s in seqs if r == "room:b"]
    assert a == list(range(1, len(a) + 1))  # one sequence per room across both paths
    assert b == list(range(1, len(b) + 1))
    stored = await store.messages_after("room:a", 0, 100)
    assert [m.msg_id for m in stored] == [
        m.msg_id for m in [*one, *many, *two] if m.room_id == "room:a"
    ]
    assert (await store.get_room("room:b")).last_seq == len(b)  # type: ignore[union-attr]


async def test_a_lock_held_elsewhere_sends_the_commit_to_the_thread_without_blocking(
    sqlite_store: SqlStore, tmp_path: Path
) -> None:
    """Another connection holds the write lock: the loop does not wait on it (the batch
    goes to the worker thread, whose connection waits), and the message is stored once
    the lock is released, with the next seq."""
    store = sqlite_store
    inline = inline_of(store)
    await store.create_room(room("room:a"))
    await store.append_messages([msg("room:a", 1)])
    other = sqlite3.connect(tmp_path / "inline.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        pending = asyncio.ensure_future(store.append_messages([msg("room:a", 2)]))
        ticks = 0
        for _ in range(20):  # the loop keeps turning while the lock is held
            await asyncio.sleep(0.01)
            ticks += 1
        assert time.monotonic() - started < 2.0
        assert ticks == 20 and not pending.done()
        assert inline.to_thread == 1 and inline.commits == 1
    finally:
        other.execute("COMMIT")
        other.close()
    (stored,) = await asyncio.wait_for(pending, 30)
    assert stored.seq == 2
    (after,) = await store.append_messages([msg("room:a", 3)])  # the loop's again
    assert after.seq == 3 and inline.commits == 2


async def test_a_failed_commit_on_the_loop_stores_nothing_and_the_next_one_works(
    sqlite_store: SqlStore,
) -> None:
    store = sqlite_store
    await store.create_room(room("room:a"))
    with pytest.raises(LookupError):
        await store.append_messages([msg("room:a", 1), msg("room:zz", 1)])
    assert await store.messages_after("room:a", 0, 10) == []
    (again,) = await store.append_messages([msg("room:a", 1)])
    assert again.seq == 1 and inline_of(store).commits == 1


async def test_checkpoints_run_in_a_thread_every_so_many_commits(
    sqlite_store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = sqlite_store
    inline = inline_of(store)
    monkeypatch.setattr(InlineAppends, "checkpoint_every", 3)
    await store.create_room(room("room:a"))
    for n in range(1, 8):
        await store.append_messages([msg("room:a", n)])
        task = inline._checkpoint
        if task is not None:
            await task
    assert inline.commits == 7
    assert inline.checkpoints == 2
    assert inline._conn is not None
    # The loop's connection never checkpoints by itself (no fsync on the loop).
    assert inline._conn.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
    # What was checkpointed is in the database file itself: a reader that ignores the
    # WAL (immutable) sees the first six messages.
    uri = f"file:{tmp_path / 'inline.db'}?immutable=1"
    with sqlite3.connect(uri, uri=True) as raw:
        (count,) = raw.execute("SELECT count(*) FROM messages").fetchone()
    assert count >= 6
