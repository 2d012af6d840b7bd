"""Engine options: the PostgreSQL schema (checked before it is ever quoted, created by
the migration, used by every pooled connection)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from papote.storage.engine import check_schema_name, make_engine
from papote.storage.migrate import upgrade
from tests.conftest import PG_URL, unique_name


@pytest.mark.parametrize("name", ["papote", "t_s_1234_5678", "_x", "A" * 63])
def test_plain_schema_names_pass(name: str) -> None:
    assert check_schema_name(name) == name


@pytest.mark.parametrize("name", ["", "1abc", 'x"; drop table users; --', "a-b", "é", "A" * 64])
def test_other_schema_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="database_schema"):
        check_schema_name(name)


async def test_migrate_creates_the_schema_and_every_connection_uses_it() -> None:
    """On the PostgreSQL of the machine (errors, never skips, if it is down)."""
    schema = unique_name("s")
    engine = make_engine(PG_URL, schema=schema, pool_size=2)
    try:
        # Two at once, as nodes starting together: the advisory lock makes them take turns.
        await asyncio.gather(upgrade(engine, schema=schema), upgrade(engine, schema=schema))
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT current_schema()"))).scalar() == schema
            tables = await conn.execute(
                text("SELECT count(*) FROM information_schema.tables WHERE table_schema = :s"),
                {"s": schema},
            )
            assert (tables.scalar() or 0) >= 7
    finally:
        async with engine.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        await engine.dispose()
