"""The sans-I/O JSON codec (papote.protocol.codec), as a client/server pair with no socket."""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from papote.protocol import wire
from papote.protocol.codec import JsonCodec, ProtocolError

codec = JsonCodec(max_frame_bytes=8192)
client_encoder = msgspec.json.Encoder()


def decode_error(data: str | bytes) -> ProtocolError:
    with pytest.raises(ProtocolError) as err:
        codec.decode(data)
    return err.value


def test_every_client_type_round_trips() -> None:
    samples: list[Any] = [
        wire.Auth(token="t"),
        wire.Join(room="salon:general", since=3, id=1),
        wire.Leave(room="salon:general"),
        wire.Say(room="dm:ab", text="é", id="x", cid="k3-Zb_9"),
        wire.Typing(room="room:a"),
        wire.Members(
            room="salon:a", gender="f", age_min=25, age_max=40, departement="2A", limit=200
        ),
        wire.History(room="salon:a", before=10, limit=5),
        wire.CreateRoom(name="Amis", password="abcd"),
        wire.Invite(room="room:a", user="u1"),
        wire.DmRequest(to="u2", text="salut"),
        wire.DmAccept(request_id="r"),
        wire.DmDecline(request_id="r"),
        wire.DmWithdraw(request_id="r"),
        wire.InviteLink(room="room:x"),
        wire.JoinInvite(token="t"),
        wire.Block(user="u"),
        wire.Unblock(user="u"),
        wire.Ping(id=7),
        wire.PhotoConsent(room="dm:ab", accept=True, id=9),
        wire.CallRequest(room="dm:ab"),
        wire.CallAccept(call="c"),
        wire.CallDecline(call="c"),
        wire.CallHangup(call="c", id=3),
        wire.CallResume(call="c", id=3),
        wire.CallSdp(call="c", kind="offer", sdp="v=0\r\n"),
        wire.CallIce(call="c", candidates=[wire.IceCandidate(candidate="", sdpMid="0")]),
        wire.CallMedia(call="c", camera=True, mic=False),
        wire.Report(
            target_type="message",
            target_id="m1",
            category="harassment",
            explanation="insultes",
            contact="a@b.fr",
        ),
        wire.Notices(id=8),
        wire.VoiceJoin(room="salon:vocal-general", sdp="v=0\r\n", muted=True, id=9),
        wire.VoiceLeave(room="salon:vocal-general"),
        wire.VoiceMute(room="room:a", muted=False),
        wire.VoiceEnable(room="room:a", on=True),
    ]
    assert {type(s) for s in samples} == set(wire.CLIENT_TYPES)
    for sample in samples:
        assert codec.decode(client_encoder.encode(sample)) == sample


@pytest.mark.parametrize(
    ("frame", "code", "field"),
    [
        ('{"type":"nope","id":1}', "unknown_type", "type"),
        ('{"room":"salon:a"}', "missing_type", "type"),
        ('{"type":"say","room":"salon:a"}', "missing_field", "text"),
        ('{"type":"say","room":1,"text":"a"}', "wrong_type", "room"),
        ('{"type":"say","room":"salon:a","text":"a","color":"red"}', "unknown_field", "color"),
        # A DM request is text only: the first contact carries no photo (issue 11 §4).
        ('{"type":"dm_request","to":"u1","text":"a","media":"p1"}', "unknown_field", "media"),
        ("[1,2]", "bad_frame", None),
        ('"say"', "bad_frame", None),
        ("{oops", "invalid_json", None),
        ("", "invalid_json", None),
        (b'{"type":"say","room":"salon:a","text":"\xff\xfe"}', "invalid_json", None),
    ],
)
def test_each_bad_frame_has_its_own_code(frame: str | bytes, code: str, field: str | None) -> None:
    error = decode_error(frame)
    assert (error.code, error.field) == (code, field)


def test_the_request_id_is_echoed_even_for_invalid_frames() -> None:
    assert decode_error('{"type":"nope","id":"abc"}').re == "abc"
    assert decode_error('{"type":"say","id":42}').re == 42
    assert decode_error('{"type":"say","id":true}').re is None
    assert decode_error('{"type":"say","id":"' + "x" * 65 + '"}').re is None


def test_the_id_of_a_frame_refused_unread_is_read_alone() -> None:
    # The frame rate refuses a frame before it is decoded; its id is still echoed.
    assert codec.request_id('{"type":"ping","id":"p1"}') == "p1"
    assert codec.request_id('{"type":"say","text":"x","id":7,"bold":1}') == 7
    assert codec.request_id('{"type":"ping"}') is None
    assert codec.request_id('{"type":"ping","id":"' + "x" * 65 + '"}') is None
    assert codec.request_id("{nope") is None
    assert codec.request_id('{"type":"ping","id":"\\ud800"}') is None  # unreadable JSON
    assert codec.request_id('{"type":"ping","id":"\ud800"}') is None  # not UTF-8
    assert codec.request_id('{"id":"big","pad":"' + "x" * 9000 + '"}') is None  # never read


def test_oversized_frames_are_refused_before_parsing() -> None:
    small = JsonCodec(max_frame_bytes=64)
    with pytest.raises(ProtocolError) as err:
        small.decode('{"type":"say","room":"salon:a","text":"' + "x" * 100 + '"}')
    assert err.value.code == "frame_too_large"


def test_server_frames_use_the_documented_field_names() -> None:
    message = wire.Message(
        room="salon:a",
        seq=1,
        msg_id="m",
        ts=5,
        from_=wire.UserRef(id="u", pseudo="Zoé"),
        text="<b>",
    )
    assert json.loads(codec.encode(message)) == {
        "type": "message",
        "room": "salon:a",
        "seq": 1,
        "msg_id": "m",
        "from": {"id": "u", "pseudo": "Zoé"},
        "text": "<b>",
        "ts": 5,
    }
    assert json.loads(codec.encode(wire.Ok())) == {"type": "ok"}
    assert json.loads(codec.encode(wire.Error(code="x", message="y", re=3))) == {
        "type": "error",
        "code": "x",
        "message": "y",
        "re": 3,
    }


CODES = {
    "invalid_json",
    "bad_frame",
    "missing_type",
    "unknown_type",
    "missing_field",
    "unknown_field",
    "wrong_type",
    "out_of_range",
    "frame_too_large",
}


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_decoder(data: bytes) -> None:
    try:
        frame = codec.decode(data)
    except ProtocolError as exc:
        assert exc.code in CODES
    else:
        assert isinstance(frame, wire.CLIENT_TYPES)


def _nested(depth: int, opener: str, closed: bool) -> str:
    inner = ('{"a":' * depth + "1" + "}" * depth) if opener == "{" else "[" * depth + "]" * depth
    return inner if closed else inner[: len(inner) // 2]


@given(st.integers(min_value=1, max_value=4000), st.sampled_from("[{"), st.booleans())
def test_any_nesting_depth_is_a_code_never_a_recursion_error(
    depth: int, opener: str, closed: bool
) -> None:
    """Issue 10 §14: `[` x 1,500 raised RecursionError in the request-id lookup."""
    big = JsonCodec(max_frame_bytes=64 * 1024)
    nested = _nested(depth, opener, closed)
    for frame in (nested, '{"type":"ping","x":' + nested + "}", '{"x":' + nested + ',"id":1}'):
        with pytest.raises(ProtocolError) as err:
            big.decode(frame)
        assert err.value.code in CODES
        assert err.value.re is None or err.value.re == 1


def test_nesting_past_the_decoder_is_invalid_json() -> None:
    error = decode_error('{"x":' + "[" * 3000 + "]" * 3000 + ',"type":"ping","id":2}')
    assert error.code == "invalid_json"


INT_FIELDS = {
    "since": ('{"type":"join","room":"salon:a","since":%d}', 0, wire.MAX_INT),
    "before": ('{"type":"history","room":"salon:a","before":%d}', 0, wire.MAX_INT),
    "limit": ('{"type":"history","room":"salon:a","before":1,"limit":%d}', 1, 100),
    "id": ('{"type":"ping","id":%d}', -wire.MAX_INT, wire.MAX_INT),
}


@given(
    st.sampled_from(sorted(INT_FIELDS)),
    st.integers(min_value=-(2**70), max_value=2**70)
    | st.sampled_from([2**53, 2**53 - 1, 2**63, 2**64, -1, 0, 100, 101]),
)
def test_every_client_integer_is_bounded(name: str, value: int) -> None:
    """Issue 10 §15: `history.before` = 2^63 reached the database."""
    template, low, high = INT_FIELDS[name]
    raw = template % value
    if low <= value <= high:
        frame = codec.decode(raw)
        assert getattr(frame, name) == value
    else:
        error = decode_error(raw)
        assert (error.code, error.field) == ("out_of_range", name)


@given(st.text(min_size=0, max_size=100))
def test_a_request_id_is_at_most_64_characters(request_id: str) -> None:
    """Issue 10 §18: longer ids were echoed back."""
    raw = client_encoder.encode({"type": "ping", "id": request_id})
    if len(request_id) <= wire.MAX_ID_CHARS:
        assert codec.decode(raw) == wire.Ping(id=request_id)
    else:
        error = decode_error(raw)
        assert (error.code, error.field, error.re) == ("out_of_range", "id", None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


@given(
    st.sampled_from(["say", "join", "dm_request", "block", "nope", "history"]),
    st.dictionaries(
        st.sampled_from(["room", "text", "to", "user", "id", "since", "x"]), json_values, max_size=5
    ),
)
def test_arbitrary_objects_decode_or_fail_with_a_code(kind: str, fields: dict[str, Any]) -> None:
    data = json.dumps({"type": kind, **fields})
    try:
        frame = codec.decode(data)
    except ProtocolError as exc:
        assert exc.code != "invalid_json"
    else:
        assert client_encoder.encode(frame)  # a decoded frame is always re-encodable


@given(st.text(max_size=500), st.text(min_size=1, max_size=30))
def test_say_text_round_trips_exactly(text: str, room: str) -> None:
    frame = wire.Say(room=room, text=text)
    encoded = client_encoder.encode(frame)
    if len(encoded) <= codec.max_frame_bytes:
        assert codec.decode(encoded) == frame


def test_every_client_type_but_auth_has_exactly_one_handler() -> None:
    from papote.transport.ws import dispatch_table

    class AnyChat:
        def __getattr__(self, name: str) -> object:
            return lambda conn, frame: None

    table = dispatch_table(AnyChat(), AnyChat())  # type: ignore[arg-type]
    assert set(table) == set(wire.CLIENT_TYPES) - {wire.Auth}
    with_calls = dispatch_table(AnyChat(), AnyChat())  # type: ignore[arg-type]
    assert set(with_calls) == set(table)


def test_only_a_call_sdp_may_exceed_the_frame_cap_and_only_up_to_its_own() -> None:
    sized = JsonCodec(max_frame_bytes=8192, max_sdp_bytes=16384)
    offer = client_encoder.encode(wire.CallSdp(call="c", kind="offer", sdp="a\r\n" * 4000))
    assert len(offer) > 8192
    assert isinstance(sized.decode(offer), wire.CallSdp)
    too_big = client_encoder.encode(
        {"type": "call_sdp", "call": "c", "kind": "offer", "sdp": "a" * 30000, "id": 4}
    )
    with pytest.raises(ProtocolError) as caught:
        sized.decode(too_big)
    assert (caught.value.code, caught.value.field, caught.value.re) == ("sdp_too_large", "sdp", 4)
    # Another type naming "call_sdp" somewhere is still just too large.
    say = client_encoder.encode({"type": "say", "room": "r", "text": '"call_sdp"' * 1000})
    with pytest.raises(ProtocolError) as caught:
        sized.decode(say)
    assert caught.value.code == "frame_too_large"


@pytest.mark.parametrize("cid", ["", "a b", "é", "x" * 65, "a/b"])
def test_a_bad_client_message_id_is_refused(cid: str) -> None:
    error = decode_error(
        client_encoder.encode({"type": "say", "room": "r", "text": "t", "cid": cid})
    )
    assert (error.code, error.field) == ("out_of_range", "cid")


def test_sent_echoes_the_cid_only_when_there_is_one() -> None:
    sent = wire.Sent(room="r", seq=1, msg_id="m", re=2)
    assert "cid" not in json.loads(codec.encode(sent))
    with_cid = json.loads(codec.encode(wire.Sent(room="r", seq=1, msg_id="m", cid="c")))
    assert with_cid["cid"] == "c"


# ---------------------------------------------------------------- closed strings (issue 15.3)

strict_server = msgspec.json.Decoder(wire.ServerFrame)


def test_server_strings_are_closed_and_removed_until_is_milliseconds() -> None:
    removed = wire.Removed(room="salon:a", reason="kicked", until=1_800_000_600_000)
    assert strict_server.decode(codec.encode(removed)) == removed
    for bad in (
        b'{"type":"removed","room":"r","reason":"vexed"}',
        b'{"type":"removed","room":"r","reason":"kicked","until":"jusqu\'au 02/12/2026"}',
        b'{"type":"joined","room":"r","name":"n","kind":"attic","topic":"","members":[],'
        b'"history":[],"has_more":false}',
    ):
        with pytest.raises(msgspec.ValidationError):
            strict_server.decode(bad)


def test_the_closed_strings_list_what_the_domain_has() -> None:
    from typing import get_args

    from papote.domain.moderation import AppealState
    from papote.domain.rooms import RoomKind

    assert set(get_args(wire.RoomKindName)) == {k.value for k in RoomKind}
    assert set(get_args(wire.AppealState)) == {s.value for s in AppealState}


def test_a_safety_card_names_only_listed_moves() -> None:
    from typing import get_args

    from papote.service.detection import CARD_MOVES

    assert set(get_args(wire.SafetyMove)) == {*CARD_MOVES.values(), "threat", "contact"}


def test_an_unlisted_report_target_keeps_its_own_error_code() -> None:
    frame = '{"type":"report","target_type":"elephant","target_id":"x","category":"spam","id":3}'
    error = decode_error(frame)
    assert (error.code, error.field, error.re) == ("bad_target", "target_type", 3)


def test_report_targets_are_the_domain_s() -> None:
    from typing import get_args

    from papote.domain.moderation import TargetType

    assert set(get_args(wire.ReportTarget)) == {t.value for t in TargetType}


def test_a_lone_surrogate_escape_is_read_as_a_replacement_character() -> None:
    """JSON.stringify writes "\\ud83d" for a string cut in the middle of an emoji; msgspec
    refused the whole frame as unreadable (no `re`: the client waited forever)."""
    cut = '{"type":"say","room":"salon:general","text":"coucou \\ud83d","id":"s1"}'
    frame = codec.decode(cut)
    assert isinstance(frame, wire.Say)
    assert (frame.text, frame.id) == ("coucou \ufffd", "s1")
    low = codec.decode('{"type":"say","room":"salon:general","text":"\\uDE00!"}')
    assert isinstance(low, wire.Say) and low.text == "\ufffd!"
    pair = codec.decode('{"type":"say","room":"salon:general","text":"\\ud83d\\ude00"}')
    assert isinstance(pair, wire.Say) and pair.text == "\U0001f600"
    with pytest.raises(ProtocolError) as refused:  # still unreadable for its own reason
        codec.decode('{"type":"say","text":"\\ud83d",')
    assert refused.value.code == "invalid_json"


@given(
    st.text(
        st.one_of(
            st.characters(categories=["Cs"]),
            st.characters(),
        ),
        max_size=40,
    )
)
def test_any_string_javascript_can_write_is_read(text: str) -> None:
    """Property: whatever JSON.stringify writes for a string (a lone surrogate escaped,
    as json.dumps does too) decodes: pairs as their character, lone halves as U+FFFD."""
    frame = codec.decode(json.dumps({"type": "say", "room": "salon:general", "text": text}))
    assert isinstance(frame, wire.Say)
    paired = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    assert frame.text == paired
