"""The MediaStore contract: the file system and the database (SQLite, PostgreSQL) store
and serve the same bytes under the same names. Also the MediaCatalog's rows."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papote.media.fsstore import FsMediaStore
from papote.ports import MediaRow, MediaStore
from papote.storage.media_sql import SqlMediaCatalog, SqlMediaStore
from papote.storage.sql import SqlStore


@pytest.fixture(params=["fs", "sql"])
async def media_store(
    request: pytest.FixtureRequest, store: SqlStore, tmp_path: Path
) -> AsyncIterator[MediaStore]:
    # ``store`` runs on SQLite and on PostgreSQL (tests/contract/conftest.py); the file
    # system store rides along with each (it ignores the database).
    impl: MediaStore
    if request.param == "fs":
        impl = FsMediaStore(tmp_path / "media")
    else:
        impl = SqlMediaStore(store.engine, chunk=1000)  # small chunks: several per blob
    yield impl
    await impl.close()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def test_put_get_by_content_address(media_store: MediaStore) -> None:
    data = bytes(range(256)) * 20  # 5,120 bytes: several SQL chunks
    name = await media_store.put(data)
    assert name == sha(data)
    assert await media_store.get(name) == data
    assert await media_store.has(name)
    assert await media_store.put(data) == name  # the same bytes: one copy
    assert await media_store.list() == [name]


async def test_areas_are_separate(media_store: MediaStore) -> None:
    name = await media_store.put(b"evidence bytes", area="evidence")
    assert await media_store.get(name) is None
    assert not await media_store.has(name)
    assert await media_store.get(name, area="evidence") == b"evidence bytes"
    assert await media_store.list() == []
    assert await media_store.list("evidence") == [name]


async def test_delete(media_store: MediaStore) -> None:
    name = await media_store.put(b"x" * 3000)
    other = await media_store.put(b"y")
    assert await media_store.delete(name)
    assert not await media_store.delete(name)
    assert await media_store.get(name) is None
    assert await media_store.get(other) == b"y"
    assert await media_store.list() == [other]


async def test_unknown_and_malformed_names(media_store: MediaStore) -> None:
    assert await media_store.get("0" * 64) is None
    assert await media_store.get("../../etc/passwd") is None
    assert not await media_store.has("not-a-hash")
    assert not await media_store.delete("../x")


async def test_empty_bytes(media_store: MediaStore) -> None:
    name = await media_store.put(b"")
    assert await media_store.get(name) == b""


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=0, max_size=5000))
async def test_round_trip_any_bytes(media_store: MediaStore, data: bytes) -> None:
    name = await media_store.put(data)
    assert await media_store.get(name) == data


def row(mid: str, created: float, uploader: str = "u1", size: int = 100) -> MediaRow:
    return MediaRow(
        id=mid,
        sha256=sha(mid.encode()),
        thumb_sha256=sha(b"t" + mid.encode()),
        original_sha256=sha(b"o" + mid.encode()),
        pdq="0" * 64,
        mime="image/webp",
        width=100,
        height=80,
        thumb_width=50,
        thumb_height=40,
        size=size,
        uploader_id=uploader,
        room_id="salon:general",
        created_at=created,
        nude_score=0.12,
        nude_labels="",
        model="fake-1",
    )


async def test_catalog_rows(store: SqlStore) -> None:
    catalog = SqlMediaCatalog(store.engine)
    await catalog.add_media(row("m1", 100.0, size=300))
    await catalog.add_media(row("m2", 200.0, size=500))
    await catalog.add_media(row("m3", 300.0, uploader="u2"))
    assert await catalog.get_media("m1") == row("m1", 100.0, size=300)
    assert await catalog.bytes_uploaded_since("u1", 150.0) == 500
    assert await catalog.bytes_uploaded_since("u1", 0.0) == 800
    assert await catalog.bytes_uploaded_since("nobody", 0.0) == 0
    m2 = row("m2", 200.0)
    assert [r.id for r in await catalog.media_by_hash(m2.thumb_sha256)] == ["m2"]
    assert await catalog.hash_in_use(m2.sha256)
    expired = await catalog.expired_media(250.0, keep=["m1"], limit=10)
    assert [r.id for r in expired] == ["m2"]
    deleted = await catalog.delete_media("m2")
    assert deleted is not None and deleted.id == "m2"
    assert not await catalog.hash_in_use(m2.sha256)
    assert await catalog.delete_media("m2") is None


async def test_catalog_hash_lists(store: SqlStore) -> None:
    catalog = SqlMediaCatalog(store.engine)
    assert await catalog.hash_lists_version() == (0, 0.0)
    assert await catalog.add_hashes("liste-a", "pdq", ["a" * 64, "b" * 64], 10.0) == 2
    assert await catalog.add_hashes("liste-a", "pdq", ["b" * 64, "c" * 64], 20.0) == 1
    assert await catalog.add_hashes("liste-b", "sha256", ["a" * 64], 30.0) == 1
    assert await catalog.all_hashes("pdq") == [
        ("liste-a", "a" * 64),
        ("liste-a", "b" * 64),
        ("liste-a", "c" * 64),
    ]
    assert await catalog.all_hashes("sha256") == [("liste-b", "a" * 64)]
    assert await catalog.hash_lists_version() == (4, 30.0)
    assert await catalog.remove_list("liste-a") == 3
    assert await catalog.hash_lists_version() == (1, 30.0)
