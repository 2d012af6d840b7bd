"""Pseudo claims on skeletons: look-alike pseudos share one claim (issue 10, point 5).

``users.pseudo_folded`` and ``pseudo_claims.pseudo_folded`` now hold the pseudo's skeleton
(``papote.domain.identity.pseudo_skeleton``: case, accents, separators, zero-width
characters, digit/letter swaps and Latin/Cyrillic/Greek homoglyphs folded). A skeleton
can be longer than the pseudo ("m" -> "rn"), so both columns widen to 160 characters.

The claims held at upgrade time are re-keyed with the skeleton of their holder's pseudo;
where two live claims share a skeleton (``Alice_75`` and ``ALICE-75`` both present),
the one held longest keeps it, as 0003 did (the other person keeps their session; only
the reservation of that spelling ends). This revision computes skeletons with the
application's function once, at upgrade time: it is a data migration.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from papote.domain.identity import pseudo_skeleton

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SKELETON_CHARS = 160


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.alter_column(
            "pseudo_folded", type_=sa.String(SKELETON_CHARS), existing_nullable=False
        )
    with op.batch_alter_table("pseudo_claims") as batch:
        batch.alter_column(
            "pseudo_folded", type_=sa.String(SKELETON_CHARS), existing_nullable=False
        )
    conn = op.get_bind()
    users = conn.execute(sa.text("SELECT id, pseudo FROM users")).all()
    for user_id, pseudo in users:
        conn.execute(
            sa.text("UPDATE users SET pseudo_folded = :s WHERE id = :id"),
            {"s": pseudo_skeleton(pseudo), "id": user_id},
        )
    claims = conn.execute(
        sa.text(
            "SELECT c.user_id, c.active_until, u.pseudo FROM pseudo_claims c"
            " JOIN users u ON u.id = c.user_id"
        )
    ).all()
    best: dict[str, tuple[float, str]] = {}
    for user_id, active_until, pseudo in claims:
        key = pseudo_skeleton(pseudo)
        if key not in best or (active_until, user_id) > best[key]:
            best[key] = (active_until, user_id)
    conn.execute(sa.text("DELETE FROM pseudo_claims"))
    if best:
        conn.execute(
            sa.text(
                "INSERT INTO pseudo_claims (pseudo_folded, user_id, active_until)"
                " VALUES (:k, :u, :a)"
            ),
            [{"k": k, "u": u, "a": a} for k, (a, u) in best.items()],
        )


def downgrade() -> None:
    # Skeletons are valid keys for the older code too (just stricter); only the width
    # goes back, and a skeleton over 40 characters would not fit: drop those claims.
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM pseudo_claims WHERE LENGTH(pseudo_folded) > 40"))
    conn.execute(sa.text("UPDATE users SET pseudo_folded = SUBSTR(pseudo_folded, 1, 40)"))
    with op.batch_alter_table("pseudo_claims") as batch:
        batch.alter_column("pseudo_folded", type_=sa.String(40), existing_nullable=False)
    with op.batch_alter_table("users") as batch:
        batch.alter_column("pseudo_folded", type_=sa.String(40), existing_nullable=False)
