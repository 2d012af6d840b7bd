"""Voice rooms: who may enter one, speak in it, open or close it (docs/protocol.md §2.7).

Pure rules: the service gives what it knows (the room's kind and voice flag, whether a
media server is there, how many are in, whether the person is muted by moderation).
"""

from __future__ import annotations

from dataclasses import dataclass

from papote.domain.errors import DomainError
from papote.domain.rooms import RoomKind


@dataclass(frozen=True, slots=True)
class VoiceRoomFacts:
    kind: RoomKind
    voice: bool  # the room has a voice room (salon config, or its owner's choice)
    available: bool  # a media server is configured and answering
    present: int  # people in the voice room now, not counting the one asking
    cap: int


def check_can_enter_voice(facts: VoiceRoomFacts) -> None:
    """Raises:
    DomainError: ``voice_unavailable`` (no media server), ``voice_disabled`` (this room
        has no voice room; DMs never do: calls are their own consent flow),
        ``voice_full`` (``max``: the cap).
    """
    if not facts.available:
        raise DomainError("voice_unavailable", field="room")
    if facts.kind is RoomKind.DM or not facts.voice:
        raise DomainError("voice_disabled", field="room")
    if facts.present >= facts.cap:
        raise DomainError("voice_full", field="room", max=facts.cap)


def check_can_set_voice(kind: RoomKind, role: str | None) -> None:
    """Only the owner of a private room opens or closes its voice room; salons take it
    from the config.

    Raises:
        DomainError: ``voice_not_owner``.
    """
    if kind is not RoomKind.ROOM or role != "owner":
        raise DomainError("voice_not_owner", field="room")


def effective_mute(asked: bool, sanctioned: bool) -> bool:
    """What the media server applies: muted when asked, and always while a moderation
    mute runs (a mute also mutes voice)."""
    return asked or sanctioned
