"""Control messages between nodes: closed tagged types, read across versions (issue 15 §3)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import msgspec
import pytest
from structlog.testing import capture_logs

from papote.service.control import (
    Blocked,
    Control,
    Forget,
    Released,
    RepeatHit,
    SanctionsChanged,
    SessionEnded,
    Slowed,
    Unblocked,
    VoiceControl,
    VoiceSwitched,
    control_envelope,
    decode_control,
    encode_control,
)
from tests.service.conftest import close_world, make_world

EVERY_CONTROL: list[Control] = [
    SanctionsChanged(),
    Forget(room="salon:a", msg_id="m1"),
    Released(room="salon:a", msg_id="m1"),
    RepeatHit(user="u1", node="n1"),
    SessionEnded(user="u1"),
    Slowed(user="u1", seconds=30, until=1_800_000_600.5),
    Blocked(user="u1", target="u2"),
    Unblocked(user="u1", target="u2"),
    VoiceSwitched(room="salon:a", on=False),
]


@pytest.mark.parametrize("control", EVERY_CONTROL, ids=lambda c: type(c).__name__)
def test_every_control_comes_back_as_sent(control: Control) -> None:
    assert decode_control(encode_control(control)) == control


# What nodes of the previous version sent (hub.encode_control: every value a string).
OLDER_NODES = [
    (b'{"op":"sanctions"}', SanctionsChanged()),
    (b'{"op":"forget","room":"salon:a","msg_id":"m1"}', Forget(room="salon:a", msg_id="m1")),
    (b'{"op":"ended","user":"u1"}', SessionEnded(user="u1")),
    (
        b'{"op":"slow","user":"u1","seconds":"30","until":"1800000600.5"}',
        Slowed(user="u1", seconds=30, until=1_800_000_600.5),
    ),
    (b'{"op":"block","user":"u1","target":"u2"}', Blocked(user="u1", target="u2")),
    (b'{"op":"unblock","user":"u1","target":"u2"}', Unblocked(user="u1", target="u2")),
    (b'{"op":"voice_room","room":"salon:a","on":"1"}', VoiceSwitched(room="salon:a", on=True)),
]


@pytest.mark.parametrize(("payload", "control"), OLDER_NODES, ids=lambda v: str(v)[:20])
def test_an_older_nodes_control_is_understood(payload: bytes, control: Control) -> None:
    """A rolling deploy: the dicts of the previous version read as the same controls."""
    assert decode_control(payload) == control


def test_the_json_keeps_the_older_shape_for_string_fields() -> None:
    """The previous version read ``op`` and string fields by name: still there."""
    assert encode_control(Forget(room="salon:a", msg_id="m1")) == (
        b'{"op":"forget","room":"salon:a","msg_id":"m1"}'
    )
    assert encode_control(Blocked(user="u1", target="u2")) == (
        b'{"op":"block","user":"u1","target":"u2"}'
    )


def test_a_newer_field_is_ignored_and_an_unknown_op_refused() -> None:
    assert decode_control(b'{"op":"ended","user":"u1","why":"later"}') == SessionEnded(user="u1")
    with pytest.raises(msgspec.ValidationError):
        decode_control(b'{"op":"shout","user":"u1"}')
    with pytest.raises(msgspec.ValidationError):
        decode_control(b'{"op":"slow","user":"u1"}')  # fields missing
    # An earlier node's removal from a voice room: a sanction now, its old control gone.
    with pytest.raises(msgspec.ValidationError):
        decode_control(b'{"op":"voice_bar","room":"salon:a","user":"u2","until":"1.5"}')


async def test_a_control_this_node_does_not_know_is_logged_counted_and_skipped(
    tmp_path: Path,
) -> None:
    world = await make_world(tmp_path, ["ana", "bob"])
    try:
        conn = await world.connect("ana")
        newer = control_envelope(SessionEnded(user="ana"), "n2")
        unknown = [
            replace(newer, payload=b'{"op":"shout","user":"ana"}'),
            replace(newer, payload=b"not json"),
        ]
        with capture_logs() as logs:
            for envelope in unknown:
                await world.chat.broker.publish(envelope)
        assert world.chat.controls_refused == 2
        refused = [e for e in logs if e["event"] == "control message not understood"]
        assert [e["origin"] for e in refused] == ["n2", "n2"]
        # The node goes on: the next control it knows applies.
        await world.chat.broker.publish(control_envelope(Blocked(user="ana", target="bob"), "n2"))
        assert "bob" in conn.user.blocked
    finally:
        await close_world(world)


async def test_voice_controls_go_to_the_voice_service(tmp_path: Path) -> None:
    world = await make_world(tmp_path, ["ana"])
    try:
        seen: list[VoiceControl] = []
        world.chat.on_voice_control = seen.append
        sent: list[VoiceControl] = [
            VoiceSwitched(room="salon:a", on=True),
            VoiceSwitched(room="salon:a", on=False),
        ]
        for control in sent:
            await world.chat.broker.publish(control_envelope(control, "n2"))
        assert seen == sent
        assert world.chat.controls_refused == 0
    finally:
        await close_world(world)
