"""storage/rows.py: port dataclasses to column values."""

from __future__ import annotations

import dataclasses

from papote.ports import ContentLogRow, UserRow
from papote.storage.rows import from_row, to_values


def test_to_values_is_the_dataclass_fields_by_name() -> None:
    user = UserRow("u1", "Zoé", "zoe", "f", 30, "75", "t", 1.0, 2.0, ip_hash="i")
    log = ContentLogRow(1.0, "u1", "Zoé", "127.0.0.1", 4000, "https", "profile", "u1", "create")
    for row in (user, log):
        assert to_values(row) == dataclasses.asdict(row)
        assert list(to_values(row)) == [f.name for f in dataclasses.fields(row)]


def test_from_row_reads_the_fields_by_name() -> None:
    user = UserRow("u1", "Zoé", "zoe", "f", 30, "75", "t", 1.0, 2.0, ip_hash="i")
    row = type("Row", (), to_values(user))  # a row answers its columns as attributes
    assert from_row(UserRow, row) == user
