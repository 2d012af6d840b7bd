"""When a held message was released: the room's newest seq at that moment
(``released_seq``), so that someone who resumes with ``since`` gets a message released
while they were away although its own seq is older (docs/detection.md "Held messages").

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("released_seq", sa.BigInteger, nullable=True))
    op.create_index("ix_messages_released", "messages", ["room_id", "released_seq"])


def downgrade() -> None:
    op.drop_index("ix_messages_released", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("released_seq")
