"""Port dataclasses <-> rows, by field name (the columns carry the same names)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

_Row = TypeVar("_Row")


def from_row(cls: type[_Row], row: Any) -> _Row:
    """Build ``cls`` (a dataclass of papote.ports) from a SQLAlchemy row."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    return cls(**{f.name: getattr(row, f.name) for f in fields})


_NAMES: dict[type, tuple[str, ...]] = {}


def to_values(obj: Any) -> dict[str, Any]:
    """The column values of ``obj`` (a dataclass of papote.ports, whose fields are
    scalars), for an INSERT. Not ``dataclasses.asdict``: its deep copy of every value was
    about 100 µs per row, the costliest part of a crowd's entry batch."""
    cls = type(obj)
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return {name: getattr(obj, name) for name in names}
