"""Alembic environment: always runs on a connection handed in by papote.storage.migrate."""

from __future__ import annotations

from alembic import context

from papote.storage.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached if alembic is run by hand
    raise SystemExit("Run migrations with `papote migrate`, not the alembic command.")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
