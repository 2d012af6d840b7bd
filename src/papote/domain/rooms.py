"""Rooms: ids, kinds, who may join and speak, what a message may hold."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from papote.domain.errors import DomainError
from papote.domain.text import BIDI_OVERRIDES, is_invisible, strip_bidi


class RoomKind(StrEnum):
    """The three kinds of room; the kind is the prefix of the room id."""

    SALON = "salon"  # public thematic salon, seeded from the config
    ROOM = "room"  # private room created by a user: invitation or password
    DM = "dm"  # two-person room opened by an accepted DM request


_ROOM_ID_RE = re.compile(r"^(salon|room|dm):([a-z0-9][a-z0-9_-]{0,63})$")
ROOM_NAME_MAX = 40
ROOM_NAME_MIN = 2
ROOM_PASSWORD_MIN = 4
ROOM_PASSWORD_MAX = 128


def parse_room_id(room_id: str) -> tuple[RoomKind, str]:
    """Split ``"salon:general"`` into ``(RoomKind.SALON, "general")``.

    Raises:
        DomainError: ``bad_room`` if the id is not of the documented form.
    """
    match = _ROOM_ID_RE.match(room_id)
    if match is None:
        raise DomainError("bad_room", field="room")
    return RoomKind(match.group(1)), match.group(2)


def slugify(name: str) -> str:
    """``"Cinéma & séries"`` -> ``"cinema-series"``."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    return slug[:64] or "salon"


@dataclass(frozen=True, slots=True)
class Room:
    """A room as the rules see it."""

    id: str
    kind: RoomKind
    name: str
    owner_id: str | None = None
    has_password: bool = False
    topic: str = ""


@dataclass(frozen=True, slots=True)
class Access:
    """What is known about one user's standing in one room, for ``check_can_join``."""

    is_member: bool = False  # invited, creator, DM party, or already admitted
    password_ok: bool = False


def check_can_join(room: Room, access: Access) -> None:
    """Who may enter a room.

    Salons are open to every guest; a private room needs an invitation (membership)
    or its password; a DM room admits only its two parties.

    Raises:
        DomainError: ``forbidden`` (DM, no invitation) or ``bad_password``.
    """
    if room.kind is RoomKind.SALON:
        return
    if access.is_member:
        return
    if room.kind is RoomKind.ROOM and room.has_password:
        if access.password_ok:
            return
        raise DomainError("bad_password", field="password")
    raise DomainError("forbidden", room=room.id)


def check_room_name(name: object) -> str:
    """A private room name: 2 to 40 printable characters, trimmed.

    Raises:
        DomainError: ``bad_room_name``.
    """
    if not isinstance(name, str):
        raise DomainError("bad_room_name", field="name")
    value = " ".join(unicodedata.normalize("NFC", strip_bidi(name)).split())
    if not ROOM_NAME_MIN <= len(value) <= ROOM_NAME_MAX or not value.isprintable():
        raise DomainError("bad_room_name", field="name", min=ROOM_NAME_MIN, max=ROOM_NAME_MAX)
    return value


def check_room_password(password: object) -> str | None:
    """None or a 4 to 128 character password.

    Raises:
        DomainError: ``bad_password_format``.
    """
    if password is None or password == "":
        return None
    if not isinstance(password, str) or not (
        ROOM_PASSWORD_MIN <= len(password) <= ROOM_PASSWORD_MAX
    ):
        raise DomainError(
            "bad_password_format", field="password", min=ROOM_PASSWORD_MIN, max=ROOM_PASSWORD_MAX
        )
    return password


def check_text(text: str, max_chars: int) -> str:
    """A message text: not blank, at most ``max_chars`` characters, no control chars.

    Control characters other than newline and tab are removed (they are used to
    break layouts or hide text), and so are the bidi embeddings and overrides (U+202A
    to U+202E: "\u202eepolas" shows as an insult its reader sees and the risk detector
    does not; the marks and isolates Arabic and Hebrew need stay); combining marks past
    ``MAX_MARKS`` on one letter ("Zalgo" text, drawn over the lines around it) are cut.
    The result is NFC-normalised.

    Raises:
        DomainError: ``empty_text`` or ``text_too_long``.
    """
    if text.isprintable() and unicodedata.is_normalized("NFC", text):
        # The common case, checked in C: no control, format or surrogate character (those
        # are not printable) and already NFC, so the filter below would return it unchanged.
        value = text.strip()
    else:
        value = unicodedata.normalize("NFC", text)
        value = "".join(
            ch
            for ch in value
            if ch in "\n\t"
            or (unicodedata.category(ch) not in ("Cc", "Cs") and ch not in BIDI_OVERRIDES)
        ).strip()
        if is_invisible(value):  # only zero-width characters: nothing to read
            value = ""
    if _MARK_RUN.search(value) is not None:
        value = _MARK_RUN.sub(lambda run: run.group()[:MAX_MARKS], value)
    if not value:
        raise DomainError("empty_text", field="text")
    if len(value) > max_chars:
        raise DomainError("text_too_long", field="text", max=max_chars)
    return value


# Combining marks one letter may carry in a message (Vietnamese and Hebrew pointing need
# up to 3 or 4 after NFC); a longer run is cut to this.
MAX_MARKS = 4
_MARK_RUN = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{" + str(MAX_MARKS + 1) + ",}"
)


def check_membership_count(current: int, maximum: int) -> None:
    """Raises DomainError ``too_many_rooms`` when a user already fills ``maximum`` rooms."""
    if current >= maximum:
        raise DomainError("too_many_rooms", max=maximum)
