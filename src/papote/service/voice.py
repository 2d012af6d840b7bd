"""Voice rooms: enter, leave, mute, open/close, speaking indicator, moderation
(docs/protocol.md §2.7, docs/moderation.md "Voice").

The media server (``ports.MediaServer``: Janus AudioBridge) mixes the audio; this service
decides who may be in a voice room and what they may do, connects them through the port
(the browser's SDP offer in, the answer out), tells the room who is in its voice room
(``voice_state``, read from the media server, which every node shares) and who speaks
(``voice_talking``), and applies moderation: a mute also mutes voice (on the media server,
so a modified client cannot unmute itself), a ban or a removal from the room ends voice,
a moderator removes someone from a voice room (kicked through the media server's API).
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

import structlog

from papote.domain import voice as rules
from papote.domain.errors import DomainError
from papote.domain.rooms import RoomKind, parse_room_id
from papote.ports import (
    Clock,
    Envelope,
    MediaServer,
    RoomAddress,
    RoomRow,
    VoiceEvent,
    VoiceParticipant,
)
from papote.protocol import wire
from papote.protocol.codec import encode_frame
from papote.service.chat import ChatService
from papote.service.control import (
    SeenParticipant,
    SpeechAsked,
    SpeechTold,
    SpokenTurn,
    VoiceControl,
    VoiceSwitched,
    control_envelope,
)
from papote.service.hub import Connection
from papote.service.tasks import BackgroundTasks

log = structlog.get_logger(__name__)

RECENT_SECONDS = 600.0  # a participant who left may still be reported this long after
RECENT_MAX = 10_000  # past this many remembered participants, the old ones are dropped
# A voice report seals who spoke when during this window before it (metadata only: the
# media server's speaking detection, never the voice itself).
SPEECH_WINDOW = 300.0
SPEECH_MAX = 400  # turns remembered per voice room (older ones drop first)
# A report asks the other nodes for the turns of the speakers they hold and waits this
# long at most for their answers (a node that does not answer in time is named in the
# seal as missing, the report is not refused).
SPEECH_ASK_SECONDS = 2.0


@dataclass(slots=True)
class Turn:
    """One speaking turn as the media server detected it (``end`` None: still talking)."""

    user: str
    start: float
    end: float | None = None


@dataclass(slots=True)
class LocalParticipant:
    """Someone in a voice room through a connection of this node."""

    conn: Connection
    asked_muted: bool  # what they asked (push-to-talk released, or the mute button)
    forced_muted: bool  # a moderation mute runs
    since: int  # ms


class VoiceService:
    """Everything a person or a moderator does with voice rooms."""

    def __init__(
        self,
        *,
        chat: ChatService,
        media: MediaServer | None,
        clock: Clock,
        cap: int,
    ) -> None:
        self.chat = chat
        self.media = media
        self.clock = clock
        self.cap = cap
        self.available = False
        self.local: dict[tuple[str, str], LocalParticipant] = {}
        # (room, user) -> what was last seen of them (for a report made just after).
        self.recent: dict[tuple[str, str], tuple[VoiceParticipant, float]] = {}
        # room -> the speaking turns of the participants this node holds (a report seals
        # the last SPEECH_WINDOW of them).
        self.speech: dict[str, deque[Turn]] = {}
        # The other live nodes (app.py sets it with several nodes: Redis presence); a
        # voice report asks them for their speaking turns (SpeechAsked / SpeechTold).
        self.other_nodes: Callable[[], Awaitable[set[str]]] | None = None
        self._asking: dict[str, _Asking] = {}
        self._tasks = BackgroundTasks()
        chat.on_voice_control = self._on_control
        chat.on_room_exit = self.on_room_exit
        chat.voice_room = self.room_info
        chat.after_sanctions = self.enforce_sanctions

    async def start(self) -> None:
        if self.media is None:
            return
        try:
            await self.media.start(self._on_event)
        except DomainError:
            log.error("voice: the media server does not answer; voice salons are hidden")
            return
        except Exception as exc:
            log.error("voice: the media server does not answer", error=repr(exc))
            return
        self.available = True
        self.chat.voice_available = True

    async def close(self) -> None:
        await self._tasks.settle()
        if self.media is not None:
            with contextlib.suppress(Exception):
                await self.media.close()

    async def settle(self) -> None:
        await self._tasks.settle()

    # ------------------------------------------------------------------ state

    def _media(self) -> MediaServer:
        if self.media is None or not self.available:
            raise DomainError("voice_unavailable", field="room")
        return self.media

    async def _participants(self, room_id: str) -> list[VoiceParticipant]:
        people = await self._media().participants(room_id)
        now = self.clock.now()
        if len(self.recent) > RECENT_MAX:
            self.recent = {k: v for k, v in self.recent.items() if now - v[1] <= RECENT_SECONDS}
            self.speech = {
                room: turns
                for room, turns in self.speech.items()
                if turns and (turns[-1].end is None or now - turns[-1].end <= SPEECH_WINDOW)
            }
        for p in people:
            self.recent[(room_id, p.id)] = (p, now)
        return people

    def _wire_room(self, people: list[VoiceParticipant]) -> wire.VoiceRoom:
        return wire.VoiceRoom(
            cap=self.cap,
            participants=[
                wire.VoiceMember(
                    user=wire.UserRef(id=p.id, pseudo=p.display),
                    muted=p.muted,
                    talking=p.talking,
                    since=p.since,
                )
                for p in sorted(people, key=lambda p: (p.since, p.id))
            ],
        )

    async def room_info(self, row: RoomRow) -> wire.VoiceRoom | None:
        """The voice room of ``row`` for a ``joined`` frame (None: it has none)."""
        if not self.available or not row.voice or row.kind == RoomKind.DM.value:
            return None
        try:
            return self._wire_room(await self._participants(row.id))
        except DomainError:
            return None

    async def _broadcast(self, room_id: str) -> None:
        """Tell everyone in ``room_id`` (any node) who is in its voice room now."""
        try:
            voice: wire.VoiceRoom | None = self._wire_room(await self._participants(room_id))
        except DomainError:
            voice = None
        await self._publish(room_id, "", wire.VoiceState(room=room_id, voice=voice))

    async def _publish(self, room_id: str, sender: str, frame: wire.ServerFrame) -> None:
        await self.chat.broker.publish(
            Envelope(
                to=RoomAddress(room_id),
                kind="notice",
                sender_id=sender,
                payload=encode_frame(frame),
                origin=self.chat.node_id,
            )
        )

    async def _control(self, control: VoiceControl) -> None:
        """Tell every node, this one included (the broker delivers it here at once)."""
        await self.chat.broker.publish(control_envelope(control, self.chat.node_id))

    def _sanctioned(self, conn: Connection) -> bool:
        """A moderation mute runs (it mutes voice too)."""
        guard = self.chat.guard
        return guard is not None and _refuses(guard.check_speak, self.chat.keys_of(conn.user))

    def _removed(self, conn: Connection, room_id: str) -> bool:
        """A moderator's removal from this voice room runs (a sanction, every node)."""
        guard = self.chat.guard
        keys = self.chat.keys_of(conn.user)
        return guard is not None and _refuses(lambda: guard.check_voice(keys, room_id))

    # ------------------------------------------------------------------ person

    async def do_voice_join(self, conn: Connection, frame: wire.VoiceJoin) -> wire.VoiceJoined:
        """voice_join {room, sdp, muted}: enter the voice room of a room you are in.

        Raises:
            DomainError: ``not_member``, ``voice_unavailable``, ``voice_disabled``,
                ``voice_full``, ``voice_removed``.
        """
        self.chat._check_in_room(conn, frame.room)
        row = await self.chat._get_room(frame.room)
        kind, _ = parse_room_id(frame.room)
        user = conn.user.info
        key = (frame.room, user.id)
        if self.chat.guard is not None:
            self.chat.guard.check_voice(self.chat.keys_of(conn.user), frame.room)
        media = self._media() if row.voice and kind is not RoomKind.DM else None
        present = 0
        if media is not None:
            present = sum(1 for p in await self._participants(frame.room) if p.id != user.id)
        rules.check_can_enter_voice(
            rules.VoiceRoomFacts(
                kind=kind,
                voice=row.voice,
                available=media is not None or self.available,
                present=present,
                cap=self.cap,
            )
        )
        assert media is not None  # checked above: the room has voice and a media server
        forced = self._sanctioned(conn)
        muted = rules.effective_mute(frame.muted, forced)
        since = int(self.clock.now() * 1000)
        previous = self.local.pop(key, None)
        if previous is not None and previous.conn is not conn:
            # Another tab of the same person was in: this one takes over.
            self._end_local(previous.conn, frame.room, "disconnected")
        await media.create_room(frame.room)
        token = await media.authorise(frame.room, user.id)
        answer = await media.join(frame.room, user.id, user.pseudo, since, token, frame.sdp, muted)
        self.local[key] = LocalParticipant(conn, frame.muted, forced, since)
        people = await self._participants(frame.room)
        self._tasks.spawn(self._broadcast(frame.room))
        log.info("voice joined", room=frame.room, user=user.id, muted=muted)
        return wire.VoiceJoined(
            room=frame.room, sdp=answer, muted=muted, voice=self._wire_room(people), re=frame.id
        )

    def _mine(self, conn: Connection, room_id: str) -> LocalParticipant:
        parse_room_id(room_id)
        here = self.local.get((room_id, conn.user.info.id))
        if here is None or here.conn is not conn:
            raise DomainError("voice_not_in", field="room")
        return here

    async def do_voice_leave(self, conn: Connection, frame: wire.VoiceLeave) -> wire.Ok:
        self._mine(conn, frame.room)
        await self._leave(frame.room, conn.user.info.id)
        return wire.Ok(re=frame.id)

    async def _leave(self, room_id: str, user_id: str) -> None:
        self.local.pop((room_id, user_id), None)
        self._turn(room_id, user_id, False)
        media = self.media
        if media is not None and self.available:
            with contextlib.suppress(DomainError):
                await media.leave(room_id, user_id)
            self._tasks.spawn(self._broadcast(room_id))

    async def do_voice_mute(self, conn: Connection, frame: wire.VoiceMute) -> wire.Ok:
        """voice_mute {room, muted}: the mute button, or push-to-talk.

        Raises:
            DomainError: ``voice_not_in``; ``voice_muted`` (unmuting during a moderation
                mute).
        """
        here = self._mine(conn, frame.room)
        if not frame.muted and self.chat.guard is not None:
            self.chat.guard.check_speak(self.chat.keys_of(conn.user))
        was = rules.effective_mute(here.asked_muted, here.forced_muted)
        here.asked_muted = frame.muted
        now = rules.effective_mute(here.asked_muted, here.forced_muted)
        if now != was:
            await self._media().set_muted(frame.room, conn.user.info.id, now)
            self._tasks.spawn(self._broadcast(frame.room))
        return wire.Ok(re=frame.id)

    async def do_voice_enable(self, conn: Connection, frame: wire.VoiceEnable) -> wire.Ok:
        """voice_enable {room, on}: the owner of a private room opens or closes its voice
        room (issue 13 §3). Closing it disconnects whoever is in it.

        Raises:
            DomainError: ``voice_not_owner``, ``voice_unavailable``.
        """
        kind, _ = parse_room_id(frame.room)
        role = await self.chat.store.member_role(frame.room, conn.user.info.id)
        rules.check_can_set_voice(kind, role)
        media = self._media()
        await self.chat.store.set_room_voice(frame.room, frame.on)
        await self._control(VoiceSwitched(room=frame.room, on=frame.on))
        if not frame.on:
            await media.destroy_room(frame.room)
        self._tasks.spawn(self._broadcast_room_switch(frame.room, frame.on))
        return wire.Ok(re=frame.id)

    async def _broadcast_room_switch(self, room_id: str, on: bool) -> None:
        if on:
            await self._broadcast(room_id)
        else:
            await self._publish(room_id, "", wire.VoiceState(room=room_id, voice=None))

    # ------------------------------------------------------------------ chat hooks

    async def on_room_exit(self, conn: Connection, room_id: str) -> None:
        """Leaving a room (or closing the socket, or being removed by moderation) leaves
        its voice room too."""
        here = self.local.get((room_id, conn.user.info.id))
        if here is not None and here.conn is conn:
            await self._leave(room_id, conn.user.info.id)
            self._end_local(conn, room_id, "removed" if conn.close_code else "disconnected")

    async def enforce_sanctions(self) -> None:
        """After any sanction change (every node hears of it): a moderator's removal
        disconnects the person from that voice room through the media server (they stop
        receiving at once); a mute mutes voice on the media server at once, its end gives
        the voice back (unless the person muted themselves)."""
        if not self.available:
            return
        for (room_id, user_id), here in list(self.local.items()):
            if self._removed(here.conn, room_id):
                self.local.pop((room_id, user_id), None)
                self._turn(room_id, user_id, False)
                with contextlib.suppress(DomainError):
                    await self._media().kick(room_id, user_id)
                self._end_local(here.conn, room_id, "removed")
                self._tasks.spawn(self._broadcast(room_id))
                log.info("voice removed by moderation", room=room_id, user=user_id)
                continue
            forced = self._sanctioned(here.conn)
            if forced == here.forced_muted:
                continue
            was = rules.effective_mute(here.asked_muted, here.forced_muted)
            here.forced_muted = forced
            now = rules.effective_mute(here.asked_muted, forced)
            if now != was:
                with contextlib.suppress(DomainError):
                    await self._media().set_muted(room_id, user_id, now)
                self._tasks.spawn(self._broadcast(room_id))

    def _end_local(self, conn: Connection, room_id: str, reason: wire.VoiceEndedReason) -> None:
        conn.send(encode_frame(wire.VoiceEnded(room=room_id, reason=reason)))

    def _turn(self, room_id: str, user_id: str, talking: bool) -> None:
        """Open or close ``user_id``'s speaking turn in ``room_id``."""
        now = self.clock.now()
        turns = self.speech.setdefault(room_id, deque(maxlen=SPEECH_MAX))
        current = next((t for t in reversed(turns) if t.user == user_id and t.end is None), None)
        if talking and current is None:
            turns.append(Turn(user_id, now))
        elif not talking and current is not None:
            current.end = now

    def _on_event(self, event: VoiceEvent) -> None:
        key = (event.room_id, event.participant_id)
        if key in self.local or event.kind == "gone":
            self._turn(event.room_id, event.participant_id, event.kind == "talking")
        if event.kind == "gone":
            here = self.local.pop(key, None)
            if here is not None:
                self._end_local(here.conn, event.room_id, "disconnected")
                self._tasks.spawn(self._leave(event.room_id, event.participant_id))
            return
        if key in self.local:
            frame = wire.VoiceTalking(
                room=event.room_id, user=event.participant_id, talking=event.kind == "talking"
            )
            self._tasks.spawn(self._publish(event.room_id, event.participant_id, frame))

    def _on_control(self, control: VoiceControl) -> None:
        match control:
            case SpeechAsked():
                if control.node != self.chat.node_id:
                    self._tasks.spawn(self._tell_speech(control))
            case SpeechTold():
                asking = self._asking.get(control.request)
                if control.to == self.chat.node_id and asking is not None:
                    asking.told(control)
            case VoiceSwitched():
                self._switched(control)

    def _switched(self, control: VoiceSwitched) -> None:
        room_id, on = control.room, control.on
        row = self.chat._rooms.get(room_id)
        if row is not None:
            self.chat._rooms[room_id] = replace(row, voice=on)
        if not on:
            for key in [k for k in self.local if k[0] == room_id]:
                here = self.local.pop(key)
                self._end_local(here.conn, room_id, "closed")

    # ------------------------------------------------------------------ moderators

    async def live_rooms(self) -> list[dict[str, Any]]:
        """Every voice room with someone in it: who, since when, muted or not (metadata
        only: the server never records voice)."""
        media = self._media()
        out = []
        for room_id in await media.rooms():
            people = await self._participants(room_id)
            if not people:
                continue
            row = await self.chat.store.get_room(room_id)
            out.append(
                {
                    "room": room_id,
                    "name": row.name if row else room_id,
                    "cap": self.cap,
                    "participants": [
                        {"id": p.id, "pseudo": p.display, "muted": p.muted, "since": p.since}
                        for p in sorted(people, key=lambda p: p.since)
                    ],
                }
            )
        return out

    async def is_in(self, room_id: str, user_id: str) -> bool:
        """Whether ``user_id`` is in the voice room of ``room_id`` now (any node)."""
        parse_room_id(room_id)
        return user_id in {p.id for p in await self._participants(room_id)}

    async def metadata(self, room_id: str, user_id: str) -> dict[str, Any] | None:
        """What a report on a voice participant seals: who, which room, since when, for
        how long, who else was there, who spoke when (never any audio: the server records
        none). With several nodes, the other nodes are asked for the speaking turns of the
        speakers they hold (and what they saw of the participant), for at most
        SPEECH_ASK_SECONDS."""
        now = self.clock.now()
        people: list[VoiceParticipant] = []
        with contextlib.suppress(DomainError):
            people = await self._participants(room_id)
        answers, missing = await self._ask_speech(room_id, user_id)
        seen = self.recent.get((room_id, user_id))
        for answer in answers:
            theirs = answer.seen
            if theirs is not None and (seen is None or theirs.seen_at > seen[1]):
                seen = (
                    VoiceParticipant(
                        id=theirs.id,
                        display=theirs.display,
                        since=theirs.since,
                        muted=theirs.muted,
                        talking=theirs.talking,
                    ),
                    theirs.seen_at,
                )
        if seen is None or now - seen[1] > RECENT_SECONDS:
            return None
        participant, last_seen = seen
        live = next((p for p in people if p.id == user_id), None)
        turns = self._speech(room_id, now) + [t for a in answers for t in a.turns]
        return {
            "room": room_id,
            "participant": {"id": participant.id, "pseudo": participant.display},
            "joined_at": participant.since / 1000,
            "seconds_in_voice": round((now if live else last_seen) - participant.since / 1000, 1),
            "live": live is not None,
            "muted": participant.muted,
            "talking": live is not None and live.talking,
            "others": [
                {"id": p.id, "pseudo": p.display, "talking": p.talking}
                for p in people
                if p.id != user_id
            ],
            "speech": [
                {
                    "id": t.user,
                    "pseudo": t.pseudo,
                    "from": round(t.start, 1),
                    "to": round(t.end, 1) if t.end is not None else None,
                }
                for t in sorted(turns, key=lambda t: (t.start, t.user))
            ],
            # Nodes that did not answer in time: their speakers' turns are missing.
            "speech_nodes_missing": sorted(missing),
        }

    async def _ask_speech(self, room_id: str, user_id: str) -> tuple[list[SpeechTold], set[str]]:
        """The other nodes' answers to a SpeechAsked, and the nodes that did not answer
        within SPEECH_ASK_SECONDS."""
        others = await self.other_nodes() if self.other_nodes is not None else set()
        others.discard(self.chat.node_id)
        if not others:
            return [], set()
        request = secrets.token_hex(8)
        asking = _Asking(others)
        self._asking[request] = asking
        try:
            await self._control(
                SpeechAsked(request=request, node=self.chat.node_id, room=room_id, user=user_id)
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asking.done.wait(), SPEECH_ASK_SECONDS)
        finally:
            self._asking.pop(request, None)
        return list(asking.answers.values()), asking.waiting - set(asking.answers)

    async def _tell_speech(self, asked: SpeechAsked) -> None:
        """Answer another node's SpeechAsked with the turns held here."""
        seen = self.recent.get((asked.room, asked.user))
        await self._control(
            SpeechTold(
                request=asked.request,
                to=asked.node,
                node=self.chat.node_id,
                turns=self._speech(asked.room, self.clock.now()),
                seen=None
                if seen is None
                else SeenParticipant(
                    id=seen[0].id,
                    display=seen[0].display,
                    since=seen[0].since,
                    muted=seen[0].muted,
                    talking=seen[0].talking,
                    seen_at=seen[1],
                ),
            )
        )

    def _speech(self, room_id: str, now: float) -> list[SpokenTurn]:
        """Who spoke when in ``room_id`` during the last SPEECH_WINDOW seconds, as the
        media server detected it for the participants this node holds (the voice itself
        is never recorded)."""
        out = []
        for turn in self.speech.get(room_id, ()):
            if turn.end is not None and now - turn.end > SPEECH_WINDOW:
                continue
            seen = self.recent.get((room_id, turn.user))
            out.append(SpokenTurn(turn.user, seen[0].display if seen else "", turn.start, turn.end))
        return out


class _Asking:
    """One SpeechAsked waiting for the other nodes' answers."""

    def __init__(self, waiting: set[str]) -> None:
        self.waiting = waiting
        self.answers: dict[str, SpeechTold] = {}
        self.done = asyncio.Event()

    def told(self, answer: SpeechTold) -> None:
        if answer.node in self.waiting:
            self.answers[answer.node] = answer
        if set(self.answers) >= self.waiting:
            self.done.set()


def _refuses(check: Callable[..., None], *args: Any) -> bool:
    """Whether a guard check raises (a sanction runs)."""
    try:
        check(*args)
    except DomainError:
        return True
    return False
