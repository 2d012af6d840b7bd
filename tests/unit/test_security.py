"""Ids from the random pool (security.RandomPool): the shape of ``secrets.token_hex``,
each random byte handed out once, in threads and across a fork."""

from __future__ import annotations

import os
import re
import threading

import pytest

from papote.security import RandomPool, new_id


def test_ids_have_the_shape_of_token_hex() -> None:
    assert re.fullmatch(r"[0-9a-f]{16}", new_id())
    assert re.fullmatch(r"[0-9a-f]{8}", new_id(4))
    assert re.fullmatch(r"[0-9a-f]{10000}", new_id(5000))  # over a block: read directly


def test_every_byte_is_handed_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A counting urandom: any byte given twice would repeat a value.
    calls = []

    def counting(n: int) -> bytes:
        calls.append(n)
        start = sum(calls[:-1])
        return b"".join((start + i).to_bytes(4, "big") for i in range(n // 4))

    monkeypatch.setattr(os, "urandom", counting)
    pool = RandomPool()
    taken = b"".join(pool.take(8) for _ in range(3 * RandomPool.BLOCK // 8 + 5))
    words = [taken[i : i + 4] for i in range(0, len(taken), 4)]
    assert len(set(words)) == len(words)
    assert calls == [RandomPool.BLOCK] * 4  # one read per block, not one per id


def test_a_block_end_that_does_not_fit_is_skipped() -> None:
    pool = RandomPool()
    for _ in range(RandomPool.BLOCK // 3 + 2):  # 3 does not divide 4096
        assert len(pool.take(3)) == 3


def test_threads_never_get_the_same_id() -> None:
    ids: list[list[str]] = [[] for _ in range(4)]

    def work(out: list[str]) -> None:
        for _ in range(5000):
            out.append(new_id())

    threads = [threading.Thread(target=work, args=(out,)) for out in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    every = [i for out in ids for i in out]
    assert len(set(every)) == len(every) == 20000


def test_a_forked_child_does_not_repeat_its_parents_ids() -> None:
    new_id()  # the parent's pool holds a block now
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next ids, to the parent
        os.close(read)
        os.write(write, "".join(new_id() for _ in range(10)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        child = pipe.read()
    os.waitpid(pid, 0)
    parent = "".join(new_id() for _ in range(10))
    assert len(child) == len(parent) == 160
    assert child != parent
