"""Every Store and Broker implementation runs the same contract suite.

PostgreSQL (127.0.0.1:5432, database ``test``) is used for real; each test gets its own
schema. If the server does not answer, the test errors loudly (``make test`` starts it).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.sql import SqlStore

PG_URL = os.environ.get("PAPOTE_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


@pytest.fixture(params=["sqlite", "postgres"])
async def bare_engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    """An engine on an empty database (SQLite file, or a fresh PostgreSQL schema)."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'contract.db'}")
        yield engine
        await engine.dispose()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(PG_URL, pool_size=1, max_overflow=0)
    async with admin.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(PG_URL, connect_args={"server_settings": {"search_path": schema}})
    try:
        yield engine
        await engine.dispose()
    finally:
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


@pytest.fixture
async def store(bare_engine: AsyncEngine) -> AsyncIterator[SqlStore]:
    await upgrade(bare_engine)
    sql_store = SqlStore(bare_engine)
    yield sql_store
    await sql_store.close()
