"""Engine creation and the few SQLite/PostgreSQL differences (pragmas, URL defaults)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def default_sqlite_url(data_dir: Path) -> str:
    return f"sqlite+aiosqlite:///{(data_dir / 'papote.db').resolve()}"


_SCHEMA_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")


def check_schema_name(schema: str) -> str:
    """A PostgreSQL schema name we can quote safely; raise ValueError otherwise."""
    if not _SCHEMA_NAME.fullmatch(schema):
        raise ValueError(f"database_schema {schema!r}: letters, digits and _ only (max 63)")
    return schema


def make_engine(url: str, *, schema: str = "", pool_size: int = 10, **kwargs: Any) -> AsyncEngine:
    """An AsyncEngine; SQLite gets WAL, a busy timeout and foreign keys on.

    Args:
        url: SQLAlchemy URL (``sqlite+aiosqlite://...`` or ``postgresql+asyncpg://...``).
        schema: PostgreSQL only: the schema every connection works in (its search_path),
            so one database can hold several deployments, or one schema per test.
        pool_size: PostgreSQL only: connections kept open (as many again at peaks).
        kwargs: passed to ``create_async_engine``.
    """
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine.sync_engine, "connect", sqlite_pragmas)
        return engine
    kwargs.setdefault("max_overflow", pool_size)
    if schema:
        check_schema_name(schema)
        # asyncpg sends server_settings in the startup packet: no extra round trip, and
        # every pooled connection (also a reconnected one) gets the same search_path.
        connect_args = dict(kwargs.pop("connect_args", {}))
        settings = dict(connect_args.get("server_settings", {}))
        settings["search_path"] = schema
        connect_args["server_settings"] = settings
        kwargs["connect_args"] = connect_args
    return create_async_engine(url, pool_size=pool_size, **kwargs)


def sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    # WAL: readers never block the writer; NORMAL is durable across app crashes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def writer_engine(engine: AsyncEngine) -> Engine | None:
    """For a SQLite file: a synchronous engine on the same file, with the same pragmas,
    whose connections may be used from any thread (one transaction at a time is run in
    a worker thread: ``SqlStore.append_messages``). None otherwise (PostgreSQL, or an
    in-memory database, which a second connection would not see)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    sync = create_engine(
        url.set(drivername="sqlite"),
        connect_args={"timeout": 30, "check_same_thread": False},
        pool_size=1,
        max_overflow=0,
    )
    event.listen(sync, "connect", sqlite_pragmas)
    return sync


def is_sqlite(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"
