"""Control messages between nodes: a closed union of tagged types (issue 15 §3).

A control envelope tells every node, the sender's included, about a change of state that
each node keeps for its own connections (a block, a sanction, a session ended, a voice
salon switched off...). Its payload is one of the types below, in JSON, tagged by ``op``.

Nodes of two versions run side by side during a rolling deploy (docs/operations.md), so:
- the JSON keeps the shape of the dicts these types replaced (``{"op": ..., fields}``,
  same names), and the decoder is lax (``strict=False``): the previous version wrote
  numbers as strings ("30"), read here as numbers;
- unknown fields are ignored (a newer node may add one);
- an unknown ``op`` (a newer node's) is refused by ``decode_control``; the receiver logs
  and counts it (``ChatService.controls_refused``, metric ``papote_controls_refused``)
  and goes on.
"""

from __future__ import annotations

import msgspec

from papote.ports import ALL_NODES, Envelope


class _Control(msgspec.Struct, frozen=True, tag_field="op"):
    pass


class SanctionsChanged(_Control, tag="sanctions", frozen=True):
    """Sanctions were added or lifted: reload them and enforce them here."""


class Forget(_Control, tag="forget", frozen=True):
    """A message deleted by moderation: drop it from the room's history ring."""

    room: str
    msg_id: str


class Released(_Control, tag="released", frozen=True):
    """A held message was released by a moderator: in the room's history ring, it is
    now seen by everyone (docs/detection.md "Held messages")."""

    room: str
    msg_id: str
    # The room's newest seq when it was released (a resume with `since` up to it gets
    # the message: HistoryCache.after); None from a node of an older version.
    at: int | None = None


class RepeatHit(_Control, tag="repeat_hit", frozen=True):
    """Risk detection on ``node`` counted a repeat-label hit (harassment, hate) of
    ``user``: every other node counts it too (docs/detection.md, repeat offenders)."""

    user: str
    node: str


class SessionEnded(_Control, tag="ended", frozen=True):
    """The person left ("Quitter le tchat"): close their sockets here too."""

    user: str


class Slowed(_Control, tag="slow", frozen=True):
    """A repeat offender may say one message every ``seconds``, until ``until`` (epoch s)."""

    user: str
    seconds: int
    until: float


class Blocked(_Control, tag="block", frozen=True):
    """``user`` blocked ``target``: fan-out here skips the target's frames to them."""

    user: str
    target: str


class Unblocked(_Control, tag="unblock", frozen=True):
    user: str
    target: str


class VoiceSwitched(_Control, tag="voice_room", frozen=True):
    """The room's voice salon was switched on or off."""

    room: str
    on: bool


class SpeechAsked(_Control, tag="speech_ask", frozen=True):
    """A voice report taken on ``node`` asks every other node for the speaking turns it
    holds in ``room`` (and what it last saw of ``user``, the reported participant); each
    answers with a ``SpeechTold`` (docs/moderation.md "Voice rooms")."""

    request: str
    node: str
    room: str
    user: str


class SpokenTurn(msgspec.Struct, frozen=True):
    """One speaking turn (epoch seconds; ``end`` None: still talking)."""

    user: str
    pseudo: str
    start: float
    end: float | None = None


class SeenParticipant(msgspec.Struct, frozen=True):
    """What a node last saw of a voice participant (``seen_at``: epoch seconds)."""

    id: str
    display: str
    since: int  # ms
    muted: bool
    talking: bool
    seen_at: float


class SpeechTold(_Control, tag="speech", frozen=True):
    """``node``'s answer to the ``SpeechAsked`` ``request`` of node ``to``: the turns of
    the speakers it holds in that room within the report's window."""

    request: str
    to: str
    node: str
    turns: list[SpokenTurn] = []
    seen: SeenParticipant | None = None


# A moderator's removal from a voice room is a sanction now (``SanctionsChanged``); the
# ``voice_bar`` control of earlier nodes is refused and counted like any unknown op.
VoiceControl = VoiceSwitched | SpeechAsked | SpeechTold
Control = (
    SanctionsChanged
    | Forget
    | Released
    | RepeatHit
    | SessionEnded
    | Slowed
    | Blocked
    | Unblocked
    | VoiceControl
)

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(Control, strict=False)


def encode_control(control: Control) -> bytes:
    return _encoder.encode(control)


def decode_control(payload: bytes) -> Control:
    """The control a payload carries.

    Raises:
        msgspec.DecodeError: not JSON, an unknown ``op`` or a field of the wrong type
            (``msgspec.ValidationError`` is a subclass).
    """
    return _decoder.decode(payload)


def control_envelope(control: Control, origin: str) -> Envelope:
    """The envelope that takes ``control`` to every node (this one at once)."""
    return Envelope(
        to=ALL_NODES,
        kind="control",
        sender_id="system",
        payload=encode_control(control),
        origin=origin,
    )
