"""Unicode rules shared by pseudos, room names and messages: bidi controls, invisibles."""

from __future__ import annotations

import unicodedata

# Unicode bidirectional formatting characters (UAX #9 §2): embeddings, overrides and
# isolates, and the implicit marks. In a pseudo or a room name they only serve to make
# text display as something else (U+202E before "Alice" shows it reversed): stripped.
# The embeddings, pop and overrides alone: they reorder the letters shown (messages keep
# the marks and isolates right-to-left scripts need, and lose these: domain/rooms.py).
BIDI_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e")
BIDI_CONTROLS = BIDI_OVERRIDES | frozenset(
    "\u061c\u200e\u200f"  # arabic letter mark, left-to-right and right-to-left marks
    "\u2066\u2067\u2068\u2069"  # isolates
)
_STRIP_BIDI = dict.fromkeys(map(ord, BIDI_CONTROLS))


def strip_bidi(value: str) -> str:
    """``value`` without its bidirectional formatting characters."""
    return value.translate(_STRIP_BIDI)


def is_invisible(value: str) -> bool:
    """True when ``value`` shows nothing: only white space and format characters (zero-
    width space and joiners, word joiner, byte order mark, bidi controls: category Cf)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in value)
