"""Port dataclasses <-> rows, by field name (the columns carry the same names)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

_Row = TypeVar("_Row")


def from_row(cls: type[_Row], row: Any) -> _Row:
    """Build ``cls`` (a dataclass of papote.ports) from a SQLAlchemy row."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    return cls(**{f.name: getattr(row, f.name) for f in fields})


def to_values(obj: Any) -> dict[str, Any]:
    """The column values of ``obj`` (a dataclass of papote.ports), for an INSERT."""
    return dataclasses.asdict(obj)
