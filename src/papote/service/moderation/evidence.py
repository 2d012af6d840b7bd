"""Evidence: what a report or a case points at, as the reporter (or a moderator) may see
it, sealed with its SHA-256 (docs/moderation.md §2)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import TargetType
from papote.domain.rooms import RoomKind, parse_room_id
from papote.ports import EvidenceRow, ModerationStore, Store, StoredMessage, UserRow

EVIDENCE_CONTEXT = 10  # messages kept on each side of a reported one (20 in all)


@dataclass(frozen=True, slots=True)
class Target:
    """What a case is about: its person, its room, and the content to seal."""

    user_id: str | None
    room_id: str | None
    content: dict[str, Any]


# A reported photo's bytes kept as evidence: media id -> what the seal records (the
# image's SHA-256 and its copy in the MediaStore's evidence area), or None if it is gone.
KeepPhoto = Callable[[str], Awaitable[dict[str, Any] | None]]
# A reported call (papote.service.calls): (call id, reporter or None for a moderator, the
# reporter's still or None) -> (the person concerned, the content to seal).
CallEvidence = Callable[[str, str | None, str | None], Awaitable[tuple[str, dict[str, Any]]]]


@dataclass(kw_only=True, eq=False)
class Evidence:
    store: Store
    mstore: ModerationStore
    new_id: Callable[[], str]
    retention: rules.Retention
    keep_photo: KeepPhoto | None = None  # wired by app.py when photos are on
    # What a report on a voice participant seals (service/voice.py VoiceService.metadata).
    voice_metadata: Callable[[str, str], Awaitable[dict[str, Any] | None]] | None = None
    call_evidence: CallEvidence | None = None  # wired by app.py (calls)

    async def target(
        self,
        kind: TargetType,
        target_id: str,
        in_rooms: set[str] | None,
        reporter_id: str | None = None,
        still: str | None = None,
    ) -> Target:
        """What ``target_id`` is, for a report (``in_rooms``: the rooms the reporter is
        in; they point only at what they could see) or an own-initiative case
        (``in_rooms`` None: a moderator sees everything but DMs). ``still``: a call
        report's picture (the reporter's evidence upload)."""
        if still is not None and kind is not TargetType.CALL:
            raise DomainError("still_invalid", field="still")
        if kind is TargetType.CALL:
            # Metadata only (who, when, how long): the server never has a call's content.
            if self.call_evidence is None:
                raise DomainError("no_such_target", field="target_id")
            user_id, content = await self.call_evidence(target_id, reporter_id, still)
            return Target(user_id, None, content)
        if kind is TargetType.MESSAGE:
            message = await self.store.get_message(target_id)
            if message is None:
                raise DomainError("no_such_target", field="target_id")
            _check_visible(message.room_id, in_rooms)
            around = await self.store.messages_around(
                message.room_id, message.seq, EVIDENCE_CONTEXT, EVIDENCE_CONTEXT
            )
            author = await self.store.get_user(message.user_id)
            content = {
                "room": message.room_id,
                "message": message_record(message),
                "context": [message_record(m) for m in around],
                "author": profile(author),
            }
            if message.media and self.keep_photo is not None:
                # A reported photo: its bytes are copied out of retention's reach and
                # their hash sealed with the rest (issue 11 §5).
                media_id = str(json.loads(message.media)["id"])
                content["photo"] = await self.keep_photo(media_id)
            return Target(message.user_id, message.room_id, content)
        if kind is TargetType.USER:
            target = await self.store.get_user(target_id)
            if target is None:
                raise DomainError("no_such_target", field="target_id")
            recent = await self.store.recent_messages_of_user(target_id, 2 * EVIDENCE_CONTEXT)
            if in_rooms is None:  # a moderator: never DMs without a report pointing there
                visible = [m for m in recent if not m.room_id.startswith("dm:")]
            else:  # a reporter: what they could see
                visible = [m for m in recent if m.room_id in in_rooms]
            return Target(
                target.id,
                None,
                {"profile": profile(target), "recent": [message_record(m) for m in visible]},
            )
        if kind is TargetType.VOICE:
            return await self._voice_target(target_id, in_rooms)
        if kind is TargetType.DM_REQUEST:
            # Only its addressee can point at a request; moderators never open one alone.
            request = await self.store.get_dm_request(target_id)
            if request is None or reporter_id is None or request.to_id != reporter_id:
                raise DomainError("no_such_target", field="target_id")
            author = await self.store.get_user(request.from_id)
            return Target(
                request.from_id,
                None,
                {
                    "request": {
                        "id": request.id,
                        "from": request.from_id,
                        "text": request.text,
                        "ts": request.created_at,
                    },
                    "author": profile(author),
                },
            )
        # room or DM: the last messages of that room
        room_kind, _ = parse_room_id(target_id)
        if (kind is TargetType.DM) != (room_kind is RoomKind.DM):
            raise DomainError("bad_target", field="target_type")
        room = await self.store.get_room(target_id)
        if room is None:
            raise DomainError("no_such_target", field="target_id")
        _check_visible(target_id, in_rooms)
        recent = await self.store.messages_before(target_id, None, 2 * EVIDENCE_CONTEXT)
        return Target(
            room.owner_id,
            target_id,
            {"room": target_id, "name": room.name, "recent": [message_record(m) for m in recent]},
        )

    async def _voice_target(self, target_id: str, in_rooms: set[str] | None) -> Target:
        """A participant of a voice room, "<room id>/<user id>": the report seals who,
        which room, since when and for how long, and who else was there (issue 13 §4);
        the server never records voice."""
        room_id, _, user_id = target_id.partition("/")
        parse_room_id(room_id)
        _check_visible(room_id, in_rooms)
        meta = await self.voice_metadata(room_id, user_id) if self.voice_metadata else None
        if meta is None:
            raise DomainError("no_such_target", field="target_id")
        user = await self.store.get_user(user_id)
        return Target(user_id, room_id, {"voice": meta, "author": profile(user)})

    async def seal(self, case_id: str, content: dict[str, Any], now: float) -> EvidenceRow:
        content = {**content, "sealed_at": now}
        row = EvidenceRow(
            id=self.new_id(),
            case_id=case_id,
            content=rules.canonical_json(content).decode(),
            sha256=rules.seal(content),
            sealed_at=now,
            retain_until=now + self.retention.evidence_days * rules.DAY,
        )
        await self.mstore.add_evidence(row)
        return row


def _check_visible(room_id: str, in_rooms: set[str] | None) -> None:
    if in_rooms is None:
        if room_id.startswith("dm:"):
            # Moderators read DMs only through a report that points into them.
            raise DomainError("forbidden", field="target_id")
        return
    if room_id not in in_rooms:
        raise DomainError("not_member", field="target_id")


def message_record(message: StoredMessage) -> dict[str, Any]:
    return {
        "room": message.room_id,
        "seq": message.seq,
        "msg_id": message.msg_id,
        "user_id": message.user_id,
        "pseudo": message.pseudo,
        "text": message.text,
        "ts": message.ts,
        **({"media": json.loads(message.media)} if message.media else {}),
        **({"held": message.held} if message.held else {}),  # held before delivery
    }


def profile(user: UserRow | None, full: bool = False) -> dict[str, Any] | None:
    if user is None:
        return None
    out: dict[str, Any] = {
        "id": user.id,
        "pseudo": user.pseudo,
        "gender": user.gender,
        "age": user.age,
        "departement": user.departement,
        "created_at": user.created_at,
    }
    if full:
        out.update(
            ip_hash=user.ip_hash, device_hash=user.device_hash, last_active_until=user.active_until
        )
    return out


def public(row: Any) -> dict[str, Any]:
    """A stored row as JSON-ready fields (for the console and the exports)."""
    return dataclasses.asdict(row)
