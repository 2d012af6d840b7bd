"""Port dataclasses <-> rows, by field name (the columns carry the same names)."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

_Row = TypeVar("_Row")


_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    """The field names of a dataclass, read once (``dataclasses.fields`` walks the class
    each time: a third of building a row in an arrival batch)."""
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def from_row(cls: type[_Row], row: Any) -> _Row:
    """Build ``cls`` (a dataclass of papote.ports) from a SQLAlchemy row."""
    return cls(**{name: getattr(row, name) for name in _names(cls)})


def to_values(obj: Any) -> dict[str, Any]:
    """The column values of ``obj`` (a dataclass of papote.ports, whose fields are
    scalars), for an INSERT. Not ``dataclasses.asdict``: its deep copy of every value was
    about 100 µs per row, the costliest part of a crowd's entry batch."""
    return {name: getattr(obj, name) for name in _names(type(obj))}
