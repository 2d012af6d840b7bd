"""Appeals by reporters (DSA art. 20(1) covers notifiers and decisions not to act).

A reporter contests the decision on their report, which may have no statement of reasons
(a dismissal): ``appeals.statement_id`` becomes nullable and ``appeals.case_id`` says which
case an appeal is about (filled for every new appeal; the existing ones get their
statement's case).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appeals") as batch:
        batch.alter_column("statement_id", existing_type=sa.String(40), nullable=True)
        batch.add_column(sa.Column("case_id", sa.String(32), nullable=True))
    op.execute(
        sa.text(
            "UPDATE appeals SET case_id = (SELECT s.case_id FROM statements s"
            " WHERE s.id = appeals.statement_id)"
        )
    )
    op.create_index("ix_appeals_case", "appeals", ["case_id"])
    op.create_index("ix_appeals_notice", "appeals", ["notice_id"])


def downgrade() -> None:
    op.drop_index("ix_appeals_notice", "appeals")
    op.drop_index("ix_appeals_case", "appeals")
    op.execute(sa.text("DELETE FROM appeals WHERE statement_id IS NULL"))
    with op.batch_alter_table("appeals") as batch:
        batch.drop_column("case_id")
        batch.alter_column("statement_id", existing_type=sa.String(40), nullable=False)
