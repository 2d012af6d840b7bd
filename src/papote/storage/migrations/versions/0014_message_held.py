"""Messages held before delivery (issue 12 §4: scam_spam, prostitution, drugs in salons):
the labels a message is held for, "rejected" once a moderator refused it, NULL when
delivered (docs/detection.md "Held messages").

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("held", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("held")
