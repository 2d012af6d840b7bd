"""papote.protocol.connection: one socket's phases, sans I/O (text in, events and
payloads out), as both front ends drive it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from papote.protocol import wire
from papote.protocol.codec import JsonCodec
from papote.protocol.connection import (
    CLOSE_UNAUTHORIZED,
    Authenticate,
    Close,
    Phase,
    Request,
    ServerSession,
    error_frame,
)

HELLO = wire.Ok(re="hello")  # any frame stands for the hello here


def session() -> ServerSession:
    return ServerSession(JsonCodec(max_frame_bytes=8192), max_held=3)


def phase_of(s: ServerSession) -> Phase:
    """(A call, so that mypy does not keep an earlier assert's narrowing of the phase.)"""
    return s.phase


def sent(s: ServerSession) -> list[dict[str, Any]]:
    return [json.loads(p) for p in s.data_to_send()]


def test_the_first_frame_must_be_auth_then_requests_flow() -> None:
    s = session()
    assert phase_of(s) is Phase.AWAITING_AUTH
    assert s.receive_text('{"type":"auth","token":"t","id":1}') == Authenticate("t", 1)
    assert phase_of(s) is Phase.AUTHENTICATING
    assert s.receive_text('{"type":"ping","id":2}') is None  # held until accepted
    assert s.accepted(HELLO) == ['{"type":"ping","id":2}']
    assert phase_of(s) is Phase.READY
    assert sent(s) == [{"type": "ok", "re": "hello"}]
    assert s.receive_text('{"type":"ping","id":3}') == Request(wire.Ping(id=3))


def test_a_token_in_the_url_skips_the_auth_frame() -> None:
    s = session()
    assert s.token_in_url("t") == Authenticate("t", None)
    assert phase_of(s) is Phase.AUTHENTICATING


@pytest.mark.parametrize(
    ("first", "code"),
    [
        ('{"type":"ping","id":4}', "not_authenticated"),
        ("{nope", "invalid_json"),
        ("[" * 1500, "bad_frame"),
    ],
)
def test_a_bad_first_frame_is_refused_and_closes(first: str, code: str) -> None:
    s = session()
    assert s.receive_text(first) == Close(CLOSE_UNAUTHORIZED)
    assert phase_of(s) is Phase.CLOSING
    assert [f["code"] for f in sent(s)] == [code]
    assert s.receive_text('{"type":"auth","token":"t"}') is None  # nothing more is read


def test_in_ready_errors_are_queued_and_the_session_goes_on() -> None:
    s = session()
    s.token_in_url("t")
    s.accepted(HELLO)
    s.data_to_send()
    assert s.receive_text('{"type":"auth","token":"t","id":5}') is None
    assert s.receive_text('{"type":"shout"}') is None
    assert [(f["code"], f.get("re")) for f in sent(s)] == [
        ("already_authenticated", 5),
        ("unknown_type", None),
    ]
    assert phase_of(s) is Phase.READY


def test_refusal_timeout_and_too_many_held_frames_close() -> None:
    s = session()
    s.token_in_url("t")
    assert s.auth_timeout() is None  # a token being checked is not late
    assert s.refused(error_frame("unauthorized"), CLOSE_UNAUTHORIZED) == Close(4001)
    assert [f["code"] for f in sent(s)] == ["unauthorized"]
    late = session()
    assert late.auth_timeout() == Close(CLOSE_UNAUTHORIZED)
    eager = session()
    eager.token_in_url("t")
    for _ in range(3):
        assert eager.receive_text('{"type":"ping"}') is None
    assert eager.receive_text('{"type":"ping"}') == Close(CLOSE_UNAUTHORIZED)


def test_phases_only_move_along_the_table() -> None:
    s = session()
    with pytest.raises(KeyError):
        s.accepted(HELLO)  # nothing was authenticated
    s.close(1000)
    with pytest.raises(KeyError):
        s.token_in_url("t")


def test_error_frames_carry_the_french_message_and_retry_after() -> None:
    error = error_frame("rate_limited", 7, params={"retry_after": 1.5})
    assert (error.re, error.retry_after) == (7, 1.5)
    assert error.message.startswith("Doucement")
