"""Voice rooms on the fake media server (papote.voice.fake): who may enter, the room's
state and speaking indicator, self-mute, leaving with the room, the moderation ladder (a
mute mutes voice, a ban ends it), a moderator's removal, reports, private rooms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
import pytest

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.ports import Envelope, RoomRow, StaffRow
from papote.protocol import wire
from papote.service import voice as voice_module
from papote.service.control import (
    SeenParticipant,
    SpeechAsked,
    SpeechTold,
    SpokenTurn,
    control_envelope,
    decode_control,
)
from papote.service.hub import Connection
from papote.service.moderation import Moderation
from papote.service.moderation.transparency import transparency
from papote.service.voice import VoiceService
from papote.voice.fake import FakeMediaServer
from tests.service.conftest import World, close_world, frames
from tests.service.test_moderation_service import (
    MOD,
    admitted,
    decision,
    moderated_world,
    report_user,
    settle,
)

VOCAL = "salon:vocal"
REVIEWER = StaffRow(
    id="mod2", login="relecture", password_hash="x", role="moderator", created_at=0.0
)


async def voice_world(
    tmp: Path, cap: int = 25, media: FakeMediaServer | None = None
) -> tuple[World, Moderation, VoiceService, FakeMediaServer]:
    world, moderation = await moderated_world(tmp)
    fake = media or FakeMediaServer()
    voice = VoiceService(chat=world.chat, media=fake, clock=world.clock, cap=cap)
    moderation.cases.evidence.voice_metadata = voice.metadata
    await voice.start()
    await world.store.upsert_salons(
        [
            RoomRow(
                id=VOCAL,
                kind="salon",
                name="Vocal",
                topic="",
                owner_id=None,
                password_hash=None,
                created_at=0.0,
                position=9,
                voice=True,
            )
        ]
    )
    return world, moderation, voice, fake


async def in_voice(world: World, voice: VoiceService, uid: str, muted: bool = False) -> Connection:
    conn = await admitted(world, uid)
    joined = await world.chat.do_join(conn, wire.Join(room=VOCAL))
    assert joined.voice is not None
    answer = await voice.do_voice_join(
        conn, wire.VoiceJoin(room=VOCAL, sdp=f"m=audio {uid}", muted=muted)
    )
    assert answer.sdp == f"answer-to:m=audio {uid}"
    return conn


def of_type(conn: Connection, kind: str) -> list[dict[str, Any]]:
    return [f for f in frames(conn) if f["type"] == kind]


def last_state(conn: Connection) -> list[str]:
    states = of_type(conn, "voice_state")
    assert states, "no voice_state"
    voice = states[-1]["voice"]
    return [p["user"]["id"] for p in voice["participants"]] if voice else []


async def test_three_people_enter_and_everyone_in_the_room_sees_who_is_in(tmp_path: Path) -> None:
    world, _moderation, voice, fake = await voice_world(tmp_path, cap=3)
    try:
        ana = await in_voice(world, voice, "ana")
        ben = await in_voice(world, voice, "ben")
        cyd = await in_voice(world, voice, "cyd", muted=True)
        await voice.settle()
        assert {p.id for p in await fake.participants(VOCAL)} == {"ana", "ben", "cyd"}
        assert last_state(ana) == ["ana", "ben", "cyd"]
        assert [p.muted for p in await fake.participants(VOCAL)] == [False, False, True]
        # the cap: a fourth is refused, and a room without voice has none
        with pytest.raises(DomainError) as full:
            await voice.do_voice_join(ben, wire.VoiceJoin(room="salon:a", sdp="m=audio x"))
        assert full.value.code == "not_member"
        await world.chat.do_join(ben, wire.Join(room="salon:a"))
        with pytest.raises(DomainError) as none:
            await voice.do_voice_join(ben, wire.VoiceJoin(room="salon:a", sdp="m=audio x"))
        assert none.value.code == "voice_disabled"
        # the speaking indicator comes from the media server
        fake.talk(VOCAL, "ben", True)
        await voice.settle()
        talking = of_type(cyd, "voice_talking")
        assert talking == [{"type": "voice_talking", "room": VOCAL, "user": "ben", "talking": True}]
    finally:
        await voice.close()
        await close_world(world)


async def test_the_cap_is_enforced(tmp_path: Path) -> None:
    world, _moderation, voice, _fake = await voice_world(tmp_path, cap=2)
    try:
        await in_voice(world, voice, "ana")
        await in_voice(world, voice, "ben")
        cyd = await admitted(world, "cyd")
        await world.chat.do_join(cyd, wire.Join(room=VOCAL))
        with pytest.raises(DomainError) as full:
            await voice.do_voice_join(cyd, wire.VoiceJoin(room=VOCAL, sdp="m=audio x"))
        assert (full.value.code, full.value.params["max"]) == ("voice_full", 2)
    finally:
        await voice.close()
        await close_world(world)


async def test_leaving_the_room_or_closing_the_socket_leaves_voice(tmp_path: Path) -> None:
    world, _moderation, voice, fake = await voice_world(tmp_path)
    try:
        ana = await in_voice(world, voice, "ana")
        ben = await in_voice(world, voice, "ben")
        await world.chat.do_leave(ana, wire.Leave(room=VOCAL))
        await world.chat.disconnect(ben)
        await voice.settle()
        assert await fake.participants(VOCAL) == []
        assert voice.local == {}
        with pytest.raises(DomainError) as gone:
            await voice.do_voice_mute(ana, wire.VoiceMute(room=VOCAL, muted=True))
        assert gone.value.code == "voice_not_in"
    finally:
        await voice.close()
        await close_world(world)


async def test_a_media_connection_that_ends_tells_its_owner(tmp_path: Path) -> None:
    world, _moderation, voice, fake = await voice_world(tmp_path)
    try:
        ana = await in_voice(world, voice, "ana")
        frames(ana)
        fake.hang_up(VOCAL, "ana")
        await voice.settle()
        ended = of_type(ana, "voice_ended")
        assert ended == [{"type": "voice_ended", "room": VOCAL, "reason": "disconnected"}]
    finally:
        await voice.close()
        await close_world(world)


async def test_a_mute_mutes_voice_on_the_server_and_cannot_be_undone_by_the_client(
    tmp_path: Path,
) -> None:
    world, moderation, voice, fake = await voice_world(tmp_path)
    try:
        ana = await in_voice(world, voice, "ana")
        await in_voice(world, voice, "ben")
        case_id = await report_user(world, moderation, "ben", "ana")
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.MUTE, 3600.0))
        await settle(world)
        await voice.settle()
        muted = {p.id: p.muted for p in await fake.participants(VOCAL)}
        assert muted == {"ana": True, "ben": False}
        with pytest.raises(DomainError) as refused:
            await voice.do_voice_mute(ana, wire.VoiceMute(room=VOCAL, muted=False))
        assert refused.value.code == "voice_muted"
        # entering again during the mute: muted whatever the client asks
        await voice.do_voice_leave(ana, wire.VoiceLeave(room=VOCAL))
        again = await voice.do_voice_join(
            ana, wire.VoiceJoin(room=VOCAL, sdp="m=audio o", muted=False)
        )
        assert again.muted is True
        # the mute ends: the voice comes back (the person had not muted themselves)
        world.clock.t += 3601
        await world.chat._sanctions_changed()
        await voice.settle()
        assert {p.id: p.muted for p in await fake.participants(VOCAL)}["ana"] is False
    finally:
        await voice.close()
        await close_world(world)


async def test_a_ban_ends_voice(tmp_path: Path) -> None:
    world, moderation, voice, fake = await voice_world(tmp_path)
    try:
        ana = await in_voice(world, voice, "ana")
        case_id = await report_user(world, moderation, "ben", "ana")
        await moderation.decisions.do_decide(MOD, case_id, decision(rules.Action.BAN))
        await settle(world)
        assert ana.close_code is not None  # the socket is closing: the transport then...
        await world.chat.disconnect(ana)  # ...disconnects it, which leaves every room
        await voice.settle()
        assert await fake.participants(VOCAL) == []
    finally:
        await voice.close()
        await close_world(world)


async def test_a_moderator_removes_someone_who_gets_a_statement_and_cannot_come_back_at_once(
    tmp_path: Path,
) -> None:
    world, moderation, voice, fake = await voice_world(tmp_path)
    try:
        ana = await in_voice(world, voice, "ana")
        ben = await in_voice(world, voice, "ben")
        frames(ana)
        live = await voice.live_rooms()
        assert [p["id"] for p in live[0]["participants"]] == ["ana", "ben"]
        assert await voice.is_in(VOCAL, "ana") is True
        case = await moderation.do_voice_removal(
            MOD, VOCAL, "ana", decision(rules.Action.VOICE_REMOVE)
        )
        await settle(world)
        await voice.settle()
        assert fake.kicked == [(VOCAL, "ana")]
        assert of_type(ana, "voice_ended")[0]["reason"] == "removed"
        assert await voice.is_in(VOCAL, "ana") is False
        with pytest.raises(DomainError) as barred:
            await voice.do_voice_join(ana, wire.VoiceJoin(room=VOCAL, sdp="m=audio o"))
        assert barred.value.code == "voice_removed"
        # A case of the moderation's own initiative, its metadata sealed, decided.
        assert case.decision == "voice_remove" and case.source == rules.Source.VOLUNTARY.value
        assert case.target_type == "voice" and case.room_id == VOCAL
        (evidence,) = await moderation.mstore.evidence_of_case(case.id)
        assert json.loads(evidence.content)["voice"]["participant"]["id"] == "ana"
        # DSA art. 17: a statement of reasons in her notices, ten minutes, appealable.
        notices = (await moderation.notices.do_list_notices("ana", None)).items
        (statement,) = [n for n in notices if n.kind == "statement_of_reasons"]
        assert statement.title == "Vous avez été retiré·e d'un salon vocal"
        assert "Messages insultants répétés." in statement.body and "Durée" in statement.body
        assert statement.appealable_until is not None
        assert statement.about is not None and statement.about.room == VOCAL
        body = statement.statement
        assert body is not None and body["action"] == "voice_remove"
        assert body["decision_visibility"] == ["DECISION_VISIBILITY_OTHER"]
        assert body["content_type"] == ["CONTENT_TYPE_AUDIO"]
        assert body["end_date_visibility_restriction"] is not None
        # Counted with every other decision in the transparency figures.
        figures = await transparency(moderation.mstore, 0, world.clock.now() + 1)
        assert figures["by_decision"] == {"voice_remove": 1}
        assert figures["by_source"] == {rules.Source.VOLUNTARY.value: 1}
        # Her appeal, reversed by another moderator, lifts it at once.
        notice = next(
            n
            for n in await moderation.mstore.notices_of_user("ana")
            if n.kind == "statement_of_reasons"
        )
        appeal = await moderation.appeals.do_appeal(
            notice.id, moderation.notices.notice_key(notice.id), "Je n'ai rien dit."
        )
        await moderation.appeals.do_decide_appeal(REVIEWER, appeal.id, "reverse", "Erreur.")
        await settle(world)
        await voice.do_voice_join(ana, wire.VoiceJoin(room=VOCAL, sdp="m=audio o"))
        await voice.do_voice_leave(ana, wire.VoiceLeave(room=VOCAL))
        # Without an appeal, a removal runs its ten minutes, then they may come back.
        await moderation.do_voice_removal(MOD, VOCAL, "ben", decision(rules.Action.VOICE_REMOVE))
        await settle(world)
        assert await voice.is_in(VOCAL, "ben") is False
        with pytest.raises(DomainError) as still_out:
            await voice.do_voice_join(ben, wire.VoiceJoin(room=VOCAL, sdp="m=audio b"))
        assert still_out.value.code == "voice_removed"
        world.clock.t += rules.VOICE_REMOVAL_SECONDS + 1
        await voice.do_voice_join(ben, wire.VoiceJoin(room=VOCAL, sdp="m=audio b"))
        # Not a participant: nothing to remove, no case.
        with pytest.raises(DomainError) as absent:
            await moderation.do_voice_removal(
                MOD, VOCAL, "cyd", decision(rules.Action.VOICE_REMOVE)
            )
        assert absent.value.code == "no_such_target"
    finally:
        await voice.close()
        await close_world(world)


async def test_a_voice_removal_is_only_for_a_voice_case_and_lasts_ten_minutes(
    tmp_path: Path,
) -> None:
    world, moderation, voice, _fake = await voice_world(tmp_path)
    try:
        await in_voice(world, voice, "ana")
        await admitted(world, "ben")
        user_case = await report_user(world, moderation, "ben", "ana")
        with pytest.raises(DomainError) as not_voice:
            await moderation.decisions.do_decide(
                MOD, user_case, decision(rules.Action.VOICE_REMOVE)
            )
        assert not_voice.value.code == "bad_action"
        with pytest.raises(DomainError) as longer:
            await moderation.do_voice_removal(
                MOD, VOCAL, "ana", decision(rules.Action.VOICE_REMOVE, duration=3600)
            )
        assert longer.value.code == "bad_duration"
    finally:
        await voice.close()
        await close_world(world)


async def test_a_report_seals_who_when_how_long_which_room_and_who_spoke_when(
    tmp_path: Path,
) -> None:
    world, moderation, voice, fake = await voice_world(tmp_path)
    try:
        await in_voice(world, voice, "ana")
        world.clock.t += 90
        await in_voice(world, voice, "ben")
        # No still of an audio room: what is sealed is who spoke when, as the media
        # server detected it (a finished turn of Ana's, one of hers going on at the report).
        start = world.clock.now()
        fake.talk(VOCAL, "ana", True)
        world.clock.t += 4
        fake.talk(VOCAL, "ana", False)
        fake.talk(VOCAL, "ben", True)
        world.clock.t += 2
        fake.talk(VOCAL, "ben", False)
        fake.talk(VOCAL, "ana", True)
        await voice.settle()
        user = await world.store.get_user("ben")
        assert user is not None
        target = wire.Report(target_type="voice", target_id=f"{VOCAL}/ana", category="harassment")
        with pytest.raises(DomainError) as no_still:
            await moderation.reports.do_report(
                user, {VOCAL}, msgspec.structs.replace(target, still="m1")
            )
        assert no_still.value.code == "still_invalid"
        with pytest.raises(DomainError) as outside:
            await moderation.reports.do_report(user, set(), target)
        assert outside.value.code == "not_member"
        await moderation.reports.do_report(user, {VOCAL}, target)
        case = await moderation.mstore.open_case_for("voice", f"{VOCAL}/ana")
        assert case is not None and case.target_user_id == "ana" and case.room_id == VOCAL
        (evidence,) = await moderation.mstore.evidence_of_case(case.id)
        sealed = json.loads(evidence.content)["voice"]
        assert sealed["participant"]["id"] == "ana" and sealed["live"] is True
        assert sealed["seconds_in_voice"] == 96.0
        assert [o["id"] for o in sealed["others"]] == ["ben"]
        assert sealed["talking"] is True and sealed["others"][0]["talking"] is False
        assert sealed["speech"] == [
            {"id": "ana", "pseudo": "Ana", "from": start, "to": start + 4},
            {"id": "ben", "pseudo": "Ben", "from": start + 4, "to": start + 6},
            {"id": "ana", "pseudo": "Ana", "from": start + 6, "to": None},
        ]
        nobody = wire.Report(target_type="voice", target_id=f"{VOCAL}/cyd", category="harassment")
        with pytest.raises(DomainError) as absent:
            await moderation.reports.do_report(user, {VOCAL}, nobody)
        assert absent.value.code == "no_such_target"
    finally:
        await voice.close()
        await close_world(world)


async def test_a_private_room_owner_opens_and_closes_its_voice_room(tmp_path: Path) -> None:
    world, _moderation, voice, fake = await voice_world(tmp_path)
    try:
        ana = await admitted(world, "ana")
        created = await world.chat.do_create_room(ana, wire.CreateRoom(name="Chez Ana"))
        room = created.room
        ben = await admitted(world, "ben")
        await world.chat.do_invite(ana, wire.Invite(room=room, user="ben"))
        await world.chat.do_join(ben, wire.Join(room=room))
        with pytest.raises(DomainError) as closed:
            await voice.do_voice_join(ben, wire.VoiceJoin(room=room, sdp="m=audio o"))
        assert closed.value.code == "voice_disabled"
        with pytest.raises(DomainError) as not_owner:
            await voice.do_voice_enable(ben, wire.VoiceEnable(room=room, on=True))
        assert not_owner.value.code == "voice_not_owner"
        await voice.do_voice_enable(ana, wire.VoiceEnable(room=room, on=True))
        await voice.do_voice_join(ben, wire.VoiceJoin(room=room, sdp="m=audio o"))
        assert [p.id for p in await fake.participants(room)] == ["ben"]
        frames(ben)
        await voice.do_voice_enable(ana, wire.VoiceEnable(room=room, on=False))
        await voice.settle()
        assert await fake.participants(room) == []
        got = frames(ben)
        assert {"type": "voice_ended", "room": room, "reason": "closed"} in got
        assert {"type": "voice_state", "room": room, "voice": None} in got
    finally:
        await voice.close()
        await close_world(world)


async def test_without_a_media_server_voice_salons_are_hidden(tmp_path: Path) -> None:
    world, moderation = await moderated_world(tmp_path)
    voice = VoiceService(chat=world.chat, media=None, clock=world.clock, cap=25)
    await voice.start()
    try:
        await world.store.upsert_salons(
            [RoomRow(VOCAL, "salon", "Vocal", "", None, None, 0.0, position=9, voice=True)]
        )
        assert VOCAL not in {s["id"] for s in await world.chat.salons()}
        ana = await admitted(world, "ana")
        assert (await world.chat.hello(ana)).voice is False
        await world.chat.do_join(ana, wire.Join(room=VOCAL))
        with pytest.raises(DomainError) as unavailable:
            await voice.do_voice_join(ana, wire.VoiceJoin(room=VOCAL, sdp="m=audio o"))
        assert unavailable.value.code == "voice_unavailable"
    finally:
        await close_world(world)
        del moderation


async def test_joined_gives_the_ice_servers_of_a_voice_room_only(tmp_path: Path) -> None:
    world, _moderation, voice, _fake = await voice_world(tmp_path)
    try:
        world.chat.voice_ice = lambda uid: wire.IceConfig(
            servers=[wire.IceServer(urls=["turn:turn.example.fr"], username=uid, credential="c")]
        )
        ana = await admitted(world, "ana")
        vocal = await world.chat.do_join(ana, wire.Join(room=VOCAL))
        assert vocal.ice is not None and vocal.ice.servers[0].username == "ana"
        plain = await world.chat.do_join(ana, wire.Join(room="salon:a"))
        assert plain.voice is None and plain.ice is None
    finally:
        await voice.close()
        await close_world(world)


async def test_a_report_asks_the_other_nodes_for_their_turns_and_names_the_silent_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another node answers with the turns of the speaker it holds (Cyd, never seen
    here); a node that does not answer in time is named in the seal, the report is not
    refused."""
    monkeypatch.setattr(voice_module, "SPEECH_ASK_SECONDS", 0.3)
    world, moderation, voice, fake = await voice_world(tmp_path)
    try:
        await in_voice(world, voice, "ana")
        start = world.clock.now()
        fake.talk(VOCAL, "ana", True)
        world.clock.t += 3
        fake.talk(VOCAL, "ana", False)
        await voice.settle()

        async def others() -> set[str]:
            return {"n2", "ghost", world.chat.node_id}

        voice.other_nodes = others
        broker = world.chat.broker
        publish = broker.publish

        async def n2_answers(envelope: Envelope) -> None:
            await publish(envelope)
            control = decode_control(envelope.payload) if envelope.kind == "control" else None
            if isinstance(control, SpeechAsked):
                told = SpeechTold(
                    request=control.request,
                    to=control.node,
                    node="n2",
                    turns=[SpokenTurn("cyd", "Cyd", start + 1, start + 2)],
                    seen=SeenParticipant("cyd", "Cyd", int(start * 1000), False, False, start + 2),
                )
                await publish(control_envelope(told, "n2"))

        monkeypatch.setattr(broker, "publish", n2_answers)
        ben = await admitted(world, "ben")
        await world.chat.do_join(ben, wire.Join(room=VOCAL))
        user = await world.store.get_user("ben")
        assert user is not None
        # Cyd's voice is held by n2 only: this node never listed him, n2 saw him.
        target = wire.Report(target_type="voice", target_id=f"{VOCAL}/cyd", category="harassment")
        await moderation.reports.do_report(user, {VOCAL}, target)
        case = await moderation.mstore.open_case_for("voice", f"{VOCAL}/cyd")
        assert case is not None
        (evidence,) = await moderation.mstore.evidence_of_case(case.id)
        sealed = json.loads(evidence.content)["voice"]
        assert sealed["participant"] == {"id": "cyd", "pseudo": "Cyd"}
        assert sealed["speech"] == [
            {"id": "ana", "pseudo": "Ana", "from": start, "to": start + 3},
            {"id": "cyd", "pseudo": "Cyd", "from": start + 1, "to": start + 2},
        ]
        assert sealed["speech_nodes_missing"] == ["ghost"]
    finally:
        await voice.close()
        await close_world(world)
