"""An in-memory MediaServer for service tests: rooms, tokens and participants, no media.

It keeps the rules the Janus adapter relies on from Janus (a token joins its room once;
a kicked participant is gone) so the services are tested against the same behaviour; the
real adapter runs the contract suite in tests/contract/test_media_server.py.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import replace

from papote.domain.errors import DomainError
from papote.ports import VoiceEvent, VoiceParticipant


class FakeMediaServer:
    def __init__(self) -> None:
        self.rooms_: dict[str, dict[str, VoiceParticipant]] = {}
        self.allowed: dict[str, set[str]] = {}
        self.kicked: list[tuple[str, str]] = []
        self.down = False  # True: every call fails as an unreachable server would
        self._on_event: Callable[[VoiceEvent], None] = lambda _event: None

    def _check_up(self) -> None:
        if self.down:
            raise DomainError("voice_unavailable")

    async def start(self, on_event: Callable[[VoiceEvent], None]) -> None:
        self._on_event = on_event

    async def close(self) -> None:
        self.rooms_.clear()

    async def create_room(self, room_id: str) -> None:
        self._check_up()
        self.rooms_.setdefault(room_id, {})
        self.allowed.setdefault(room_id, set())

    async def destroy_room(self, room_id: str) -> None:
        self._check_up()
        for participant_id in list(self.rooms_.pop(room_id, {})):
            self._on_event(VoiceEvent(room_id, participant_id, "gone"))
        self.allowed.pop(room_id, None)

    async def rooms(self) -> list[str]:
        self._check_up()
        return sorted(self.rooms_)

    async def authorise(self, room_id: str, participant_id: str) -> str:
        self._check_up()
        token = secrets.token_urlsafe(12)
        self.allowed.setdefault(room_id, set()).add(token)
        return token

    async def join(
        self,
        room_id: str,
        participant_id: str,
        display: str,
        since: int,
        token: str,
        offer_sdp: str,
        muted: bool,
    ) -> str:
        self._check_up()
        if room_id not in self.rooms_ or token not in self.allowed.get(room_id, set()):
            raise DomainError("voice_unavailable")
        if "m=audio" not in offer_sdp:
            raise DomainError("bad_sdp", field="sdp")
        self.allowed[room_id].discard(token)
        self.rooms_[room_id][participant_id] = VoiceParticipant(
            participant_id, display, muted, since=since
        )
        return f"answer-to:{offer_sdp}"

    async def set_muted(self, room_id: str, participant_id: str, muted: bool) -> None:
        self._check_up()
        room = self.rooms_.get(room_id, {})
        if participant_id in room:
            room[participant_id] = replace(room[participant_id], muted=muted)

    async def leave(self, room_id: str, participant_id: str) -> None:
        self.rooms_.get(room_id, {}).pop(participant_id, None)

    async def kick(self, room_id: str, participant_id: str) -> None:
        self._check_up()
        if self.rooms_.get(room_id, {}).pop(participant_id, None) is not None:
            self.kicked.append((room_id, participant_id))
            self._on_event(VoiceEvent(room_id, participant_id, "gone"))

    async def participants(self, room_id: str) -> list[VoiceParticipant]:
        self._check_up()
        return list(self.rooms_.get(room_id, {}).values())

    # what a media server would report on its own
    def talk(self, room_id: str, participant_id: str, talking: bool) -> None:
        """A speaking turn starts or ends: the event, and the flag the list reports."""
        room = self.rooms_.get(room_id, {})
        if participant_id in room:
            room[participant_id] = replace(room[participant_id], talking=talking)
        self._on_event(
            VoiceEvent(room_id, participant_id, "talking" if talking else "stopped_talking")
        )

    def hang_up(self, room_id: str, participant_id: str) -> None:
        if self.rooms_.get(room_id, {}).pop(participant_id, None) is not None:
            self._on_event(VoiceEvent(room_id, participant_id, "gone"))
