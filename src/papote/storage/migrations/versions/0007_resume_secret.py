"""Resume secrets: a lost tab or a restarted phone browser gets its own pseudo back.

``users.resume_hash`` is the SHA-256 of a secret the browser keeps (localStorage); with
it, ``POST /api/session`` takes back the session that still holds the pseudo
(issue 10, point 4). Sessions opened before this revision have none: they resume the old
way only, through their token.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("resume_hash", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("resume_hash")
