"""Alembic migrations run programmatically over the app's async engine."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from papote.storage.engine import check_schema_name

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Key of the PostgreSQL advisory lock held while migrating ("papote" in ASCII).
MIGRATION_LOCK = 0x7061706F7465


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _upgrade(connection: Connection, revision: str) -> None:
    cfg = alembic_config()
    # env.py picks this connection up instead of creating an engine (connection sharing).
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


async def upgrade(engine: AsyncEngine, revision: str = "head", *, schema: str = "") -> None:
    """Bring the schema to ``revision`` (default: the newest).

    Safe when several nodes start at once on one PostgreSQL database: they take turns.

    Args:
        schema: PostgreSQL only: create this schema first if it does not exist (the
            engine must have been made with the same ``schema``).
    """
    async with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Nodes starting together would race to create the same tables: the first
            # takes this transaction-scoped lock and migrates, the others wait for it,
            # then find the schema up to date.
            await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            if schema:
                check_schema_name(schema)
                await conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        await conn.run_sync(_upgrade, revision)
