"""Wire types of the WebSocket JSON protocol (docs/protocol.md).

Every frame is a msgspec Struct tagged by ``type``; unknown fields are rejected.
A change here bumps PROTOCOL_VERSION and adds a line to the version log in
docs/protocol.md.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

# 1: first version (core chat: salons, private rooms, DMs behind consent, blocks).
# 2: moderation: report, notices, notice, report_ack, message_deleted, removed;
#    hello.unread_notices.
# 3: presence is coalesced: one `presence {room, joined: [user], left: [user]}` per room
#    per tick instead of one frame per person and change.
# 4: every integer a client sends is bounded (seqs and integer ids 0..2^53-1, history
#    limit 1..100) and a string id is at most 64 characters: `out_of_range` otherwise.
# 5: `say.cid`, a client message id: a resend is answered with the first `sent` (which
#    echoes `cid`) and not stored again.
# 6: photos over HTTP: POST /api/media, GET and DELETE /api/media/{id}, GET /media/<hash>.
# 7: closed strings: `removed.until` is epoch milliseconds (it was French prose);
#    `removed.reason`, `joined.kind`, `notice.kind` and `notice.appeal` are listed values.
# 8: leaving and coming back: `DELETE /api/session`, `resume` in `POST /api/session`,
#    error `session_ended` (then close 4001); entry rate: `429 pow_required`.
# 9: DM requests: `dm_withdraw`, `dm_request_ended`, `expires_at` on requests, `ts` and
#    `expires_at` on `dm_request_sent`, `hello.outgoing`; report target `dm_request`.
# 10: private rooms: `invite_link` (a signed, expiring invitation token) and `join_invite`.
# 11: `safety_card` (risk detection: a help card, or a warning about the other person of
#     a DM).
# 12: `report.target_type` is a listed value in the wire type (the error is still
#     `bad_target`).
# 13: `notice.about`: which message and which report a notice is about, as far as its
#     reader could see them.
# 14: a photo in a message: say.media (an uploaded photo's id; text may then be empty),
#     message.media {id, w, h, thumb {w, h}, blurred_reason?}; error no_such_media on say.
# 15: 1:1 calls (docs/protocol.md §2.6): call_request, call_accept, call_decline,
#     call_hangup, call_sdp, call_ice, call_media (client); call_placed, call_incoming,
#     call_accepted, call_ended, call_sdp, call_ice, call_media (server); hello.calls;
#     report target "call" with an optional still (report.still).
# 16: "photos sensibles" per DM: photo_consent {room, accept} (client and server, to every
#     connection of that person), joined.sensitive_photos; error media_nude_in_dm on say.
# 17: risk detection's actions: error adults_only (a person who wrote they are under 18
#     is shown out, then close 4003), moderators' error never_sanctioned.
# 18: message.mask [{start, end, kind}]: contact details masked for the recipient of a DM
#     between people who met recently ("Afficher quand même"); safety_card move "contact".
# 19: voice salons: voice_join / voice_leave / voice_mute / voice_enable, voice_joined,
#     voice_state, voice_talking, voice_ended; joined.voice; hello.voice; report target
#     `voice` (a participant of a voice room: "<room>/<user id>"); error bad_sdp.
# 20: joined.ice: the ICE servers (STUN, TURN with personal time-limited credentials) for
#     the room's voice room, when it has one.
# 21: member lists in windows: `joined.members` is the first page (`joined.member_count`
#     people in all), `members` asks for a filtered, longer window, `presence` tells how
#     the window changed and carries `count` and `matching`.
PROTOCOL_VERSION = 25

# The largest integer a JavaScript client holds exactly (Number.MAX_SAFE_INTEGER); also
# well inside the 64-bit columns of every store (issue 10 §15: 2^63 reached the database).
MAX_INT = 2**53 - 1
MAX_ID_CHARS = 64

Seq = Annotated[int, msgspec.Meta(ge=0, le=MAX_INT)]
RequestId = (
    Annotated[str, msgspec.Meta(max_length=MAX_ID_CHARS)]
    | Annotated[int, msgspec.Meta(ge=-MAX_INT, le=MAX_INT)]
    | None
)


class _In(msgspec.Struct, tag_field="type", forbid_unknown_fields=True, frozen=True):
    """Base of client -> server frames. ``id`` is echoed as ``re`` in the reply."""


class Auth(_In, tag="auth", frozen=True):
    token: str
    id: RequestId = None


class Join(_In, tag="join", frozen=True):
    room: str
    password: str | None = None
    since: Seq | None = None  # last seq the client has seen: history resumes after it
    id: RequestId = None


class Leave(_In, tag="leave", frozen=True):
    room: str
    id: RequestId = None


# A client's own id for a message it may send again (docs/protocol.md §2.2, `say.cid`).
ClientMessageId = Annotated[
    str, msgspec.Meta(min_length=1, max_length=MAX_ID_CHARS, pattern="^[A-Za-z0-9_-]+$")
]


class Say(_In, tag="say", frozen=True):
    room: str
    text: str  # may be empty when ``media`` is set (the photo's caption)
    cid: ClientMessageId | None = None  # the same cid again: answered, not stored again
    # The id of a photo uploaded with POST /api/media (docs/protocol.md §1.6).
    media: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID_CHARS)] | None = None
    id: RequestId = None


class Members(_In, tag="members", frozen=True):
    """A window of a room's member list: the first ``limit`` people in display order
    who pass the filters (docs/protocol.md §2.3); its changes then come as ``presence``."""

    room: str
    gender: Literal["f", "m", "x"] | None = None
    age_min: Annotated[int, msgspec.Meta(ge=0, le=200)] | None = None
    age_max: Annotated[int, msgspec.Meta(ge=0, le=200)] | None = None
    departement: Annotated[str, msgspec.Meta(max_length=8)] | None = None
    limit: Annotated[int, msgspec.Meta(ge=1, le=500)] | None = None
    id: RequestId = None


class Typing(_In, tag="typing", frozen=True):
    room: str
    id: RequestId = None


class History(_In, tag="history", frozen=True):
    room: str
    before: Seq  # returns messages strictly older than it
    limit: Annotated[int, msgspec.Meta(ge=1, le=100)] = 50
    id: RequestId = None


class CreateRoom(_In, tag="create_room", frozen=True):
    name: str
    password: str | None = None
    id: RequestId = None


class Invite(_In, tag="invite", frozen=True):
    room: str
    user: str
    id: RequestId = None


class InviteLink(_In, tag="invite_link", frozen=True):
    """Ask for a shareable invitation link to a private room you are in."""

    room: str
    id: RequestId = None


class JoinInvite(_In, tag="join_invite", frozen=True):
    """Join a private room with the token of an invitation link."""

    token: str
    id: RequestId = None


class DmRequest(_In, tag="dm_request", frozen=True):
    to: str
    text: str
    id: RequestId = None


class DmAccept(_In, tag="dm_accept", frozen=True):
    request_id: str
    id: RequestId = None


class DmDecline(_In, tag="dm_decline", frozen=True):
    request_id: str
    id: RequestId = None


class DmWithdraw(_In, tag="dm_withdraw", frozen=True):
    """The sender takes back a request that has no answer yet."""

    request_id: str
    id: RequestId = None


class Block(_In, tag="block", frozen=True):
    user: str
    id: RequestId = None


class Unblock(_In, tag="unblock", frozen=True):
    user: str
    id: RequestId = None


class Ping(_In, tag="ping", frozen=True):
    id: RequestId = None


class PhotoConsent(_In, tag="photo_consent", frozen=True):
    """In a DM: accept (or stop accepting) photos the detector flags as sensitive."""

    room: str
    accept: bool
    id: RequestId = None


# ---------------------------------------------------------------- calls (§2.6)


class CallRequest(_In, tag="call_request", frozen=True):
    """Call the other person of an open DM (``room``); voice first, the camera later."""

    room: str
    id: RequestId = None


class CallAccept(_In, tag="call_accept", frozen=True):
    call: str
    id: RequestId = None


class CallDecline(_In, tag="call_decline", frozen=True):
    call: str
    id: RequestId = None


class CallResume(_In, tag="call_resume", frozen=True):
    """This tab is back (its socket dropped and reconnected within
    ``reconnect_grace_seconds``): the call it holds goes on from this socket."""

    call: str
    id: RequestId = None


class CallHangup(_In, tag="call_hangup", frozen=True):
    """End a call: the caller before an answer (cancel), or either side during it."""

    call: str
    id: RequestId = None


SdpKind = Literal["offer", "answer"]


class CallSdp(_In, tag="call_sdp", frozen=True):
    """A WebRTC session description for the other side of an accepted call. The codec
    lets this frame go over ``max_frame_bytes`` up to ``max_sdp_bytes`` (and a little)."""

    call: str
    kind: SdpKind
    sdp: str
    id: RequestId = None


class IceCandidate(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """RTCIceCandidateInit, as the browser gives it (an empty ``candidate``: the end)."""

    candidate: Annotated[str, msgspec.Meta(max_length=1024)]
    sdpMid: Annotated[str, msgspec.Meta(max_length=64)] | None = None  # the W3C names
    sdpMLineIndex: Annotated[int, msgspec.Meta(ge=0, le=64)] | None = None
    usernameFragment: Annotated[str, msgspec.Meta(max_length=256)] | None = None


class CallIce(_In, tag="call_ice", frozen=True):
    call: str
    candidates: list[IceCandidate]
    id: RequestId = None


class CallMedia(_In, tag="call_media", frozen=True):
    """What the sender sends now: the other side shows "caméra coupée", "micro coupé"."""

    call: str
    camera: bool
    mic: bool
    id: RequestId = None


# domain.moderation.TargetType: what a report can be about.
ReportTarget = Literal["message", "user", "room", "dm", "dm_request", "call", "voice"]


class Report(_In, tag="report", frozen=True):
    """A notice under DSA art. 16: what (target), why (category, explanation), who (opt.)."""

    target_type: ReportTarget  # outside the list: `bad_target`, as before
    target_id: str  # msg_id, user id or room id
    category: str
    explanation: str = ""
    contact: str | None = None
    # A call report: a still of the reporter's own screen, uploaded first with
    # POST /api/media?room=<the DM>&evidence=1 (docs/protocol.md §1.6).
    still: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID_CHARS)] | None = None
    id: RequestId = None


class Notices(_In, tag="notices", frozen=True):
    id: RequestId = None


# An SDP offer from a browser (audio only: a few kilobytes; the frame limit bounds it too).
Sdp = Annotated[str, msgspec.Meta(min_length=1, max_length=8192)]


class VoiceJoin(_In, tag="voice_join", frozen=True):
    """Enter the voice room of ``room`` (a room you are in): ``sdp`` is your browser's
    audio offer; the answer comes in ``voice_joined`` (docs/protocol.md §2.7)."""

    room: str
    sdp: Sdp
    muted: bool = False  # push-to-talk starts muted
    id: RequestId = None


class VoiceLeave(_In, tag="voice_leave", frozen=True):
    room: str
    id: RequestId = None


class VoiceMute(_In, tag="voice_mute", frozen=True):
    """Mute or unmute yourself (push-to-talk presses and releases with it)."""

    room: str
    muted: bool
    id: RequestId = None


class VoiceEnable(_In, tag="voice_enable", frozen=True):
    """The owner of a private room opens or closes its voice room."""

    room: str
    on: bool
    id: RequestId = None


ClientFrame = (
    Auth
    | Join
    | Leave
    | Say
    | Members
    | Typing
    | History
    | CreateRoom
    | Invite
    | InviteLink
    | JoinInvite
    | DmRequest
    | DmAccept
    | DmDecline
    | DmWithdraw
    | Block
    | Unblock
    | Ping
    | PhotoConsent
    | Report
    | Notices
    | VoiceJoin
    | VoiceLeave
    | VoiceMute
    | VoiceEnable
    | CallRequest
    | CallAccept
    | CallDecline
    | CallHangup
    | CallResume
    | CallSdp
    | CallIce
    | CallMedia
)
CLIENT_TYPES: tuple[type[_In], ...] = (
    Auth,
    Join,
    Leave,
    Say,
    Members,
    Typing,
    History,
    CreateRoom,
    Invite,
    InviteLink,
    JoinInvite,
    DmRequest,
    DmAccept,
    DmDecline,
    DmWithdraw,
    Block,
    Unblock,
    Ping,
    PhotoConsent,
    Report,
    Notices,
    VoiceJoin,
    VoiceLeave,
    VoiceMute,
    VoiceEnable,
    CallRequest,
    CallAccept,
    CallDecline,
    CallHangup,
    CallResume,
    CallSdp,
    CallIce,
    CallMedia,
)


# ---------------------------------------------------------------- server -> client


class UserInfo(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A person as others see them (never the token, IP or device)."""

    id: str
    pseudo: str
    gender: Literal["f", "m", "x"]
    age: int
    departement: str


class UserRef(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    id: str
    pseudo: str


class _Out(
    msgspec.Struct, tag_field="type", forbid_unknown_fields=True, frozen=True, omit_defaults=True
):
    """Base of server -> client frames."""


class MediaThumb(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    w: int
    h: int


class MediaRef(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """A photo in a message: links come from ``GET /api/media/{id}`` (signed, short-lived,
    for the room's members only); ``blurred_reason`` "sensitive" blurs it for everyone
    (flagged by the classifier). Blurring a stranger's photo is the viewer's side."""

    id: str
    w: int
    h: int
    thumb: MediaThumb
    blurred_reason: Literal["sensitive"] | None = None


class MaskSpan(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Contact details in ``text[start:end]`` (code points), masked for the recipient of
    a DM between people who met recently: shown on "Afficher quand même"."""

    start: int
    end: int
    kind: Literal["phone", "email", "handle"]


class Message(_Out, tag="message", frozen=True):
    room: str
    seq: int
    msg_id: str
    from_: UserRef = msgspec.field(name="from")
    text: str
    ts: int  # milliseconds since the Unix epoch, UTC
    media: MediaRef | None = None
    mask: list[MaskSpan] | None = None  # for everyone but the writer (protocol 18)
    # Held for review, then released by a moderator (protocol 22): delivered late, with
    # its seq and ts of when it was said (docs/protocol.md §2.3).
    released: bool = False


class DmSummary(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    room: str
    with_: UserInfo = msgspec.field(name="with")


class IncomingDmRequest(_Out, tag="dm_request", frozen=True):
    request_id: str
    from_: UserInfo = msgspec.field(name="from")
    text: str
    ts: int
    expires_at: int  # ms: it disappears then if unanswered


class OutgoingDmRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A request I sent that has no answer I know of (declined and blocked look pending)."""

    request_id: str
    to: UserInfo
    text: str
    ts: int
    expires_at: int


class DmRequestEnded(_Out, tag="dm_request_ended", frozen=True):
    """A request is over without a DM: ``reason`` "withdrawn" (to its addressee) or
    "expired" (to both sides: the sender shows "sans réponse")."""

    request_id: str
    reason: Literal["withdrawn", "expired"]


class Hello(_Out, tag="hello", frozen=True):
    protocol: int
    user: UserInfo
    blocked: list[str]
    dms: list[DmSummary]
    requests: list[IncomingDmRequest]
    outgoing: list[OutgoingDmRequest]  # requests I sent with no answer I know of
    limits: dict[str, int]
    unread_notices: int = 0
    calls: bool = False  # 1:1 calls are open on this server (§2.6)
    re: RequestId = None
    voice: bool = False  # a media server is configured: voice rooms work


# Closed strings (Zulip style: every value the server may send is listed here).
RoomKindName = Literal["salon", "room", "dm"]  # domain.rooms.RoomKind, the room id's prefix
NoticeKind = Literal[
    "statement_of_reasons", "report_received", "report_decision", "appeal_decision", "held_waiting"
]
AppealState = Literal["pending", "upheld", "reversed"]  # domain.moderation.AppealState
RemovedReason = Literal["kicked", "room_closed"]
# What a safety card's warning names (service.detection.CARD_MOVES, plus a threat and
# masked contact details); the client words each one in French.
SafetyMove = Literal[
    "age",
    "school",
    "parents",
    "photo",
    "other_app",
    "meet",
    "gift",
    "secret",
    "isolation",
    "threat",
    "contact",
]


class VoiceMember(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Someone in a voice room."""

    user: UserRef
    muted: bool
    talking: bool
    since: int  # ms: when they joined


class VoiceRoom(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A room's voice room: who is in it, and how many may be."""

    cap: int
    participants: list[VoiceMember]


class Joined(_Out, tag="joined", frozen=True):
    room: str
    name: str
    kind: RoomKindName
    topic: str
    members: list[UserInfo]  # the first page of the list (``member_count`` in all)
    member_count: int
    history: list[Message]
    has_more: bool  # older messages exist before history[0] (ask with `history`)
    re: RequestId = None
    voice: VoiceRoom | None = None  # the room has a voice room (and voice works)
    ice: IceConfig | None = None  # with `voice`: the ICE servers for its connection
    # A DM: whether you accept "photos sensibles" there (photo_consent); False elsewhere.
    sensitive_photos: bool = False


class MembersOut(_Out, tag="members", frozen=True):
    """A window of a room's member list (the answer to ``members``)."""

    room: str
    members: list[UserInfo]
    count: int  # everyone in the room
    matching: int  # those who pass the filters
    limit: int
    re: RequestId = None


class Left(_Out, tag="left", frozen=True):
    room: str
    re: RequestId = None


class Presence(_Out, tag="presence", frozen=True):
    """How one's window of a room's member list changed during one presence tick: who
    entered it (or changed) and who left it, the room's ``count`` and how many pass the
    window's filters (``matching``). Apply as set operations."""

    room: str
    joined: list[UserInfo]
    left: list[UserInfo]
    count: int
    matching: int


class Sent(_Out, tag="sent", frozen=True):
    room: str
    seq: int
    msg_id: str
    re: RequestId = None
    cid: str | None = None  # the say's cid, when it had one


class TypingOut(_Out, tag="typing", frozen=True):
    room: str
    user: UserRef


class HistoryOut(_Out, tag="history", frozen=True):
    room: str
    messages: list[Message]
    has_more: bool
    re: RequestId = None


class RoomCreated(_Out, tag="room_created", frozen=True):
    room: str
    name: str
    has_password: bool
    re: RequestId = None


class Invited(_Out, tag="invited", frozen=True):
    room: str
    name: str
    by: UserRef


class InviteLinkOut(_Out, tag="invite_link", frozen=True):
    """``token`` opens the room for whoever has it until ``expires_at`` (ms); the web
    link is ``/#invite=<token>``."""

    room: str
    token: str
    expires_at: int
    re: RequestId = None


class DmRequestSent(_Out, tag="dm_request_sent", frozen=True):
    request_id: str
    to: str
    ts: int = 0
    expires_at: int = 0
    re: RequestId = None


class DmOpened(_Out, tag="dm_opened", frozen=True):
    room: str
    with_: UserInfo = msgspec.field(name="with")
    re: RequestId = None


class Ok(_Out, tag="ok", frozen=True):
    re: RequestId = None


class Pong(_Out, tag="pong", frozen=True):
    re: RequestId = None


class PhotoConsentOut(_Out, tag="photo_consent", frozen=True):
    """Your "photos sensibles" choice for a DM changed (to every connection of yours)."""

    room: str
    accept: bool


class Error(_Out, tag="error", frozen=True):
    code: str
    message: str
    re: RequestId = None
    field: str | None = None
    retry_after: float | None = None


class NoticeAbout(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What a notice is about, only as far as its reader could see it: their own message
    (the one removed), or the report they made (its date, category, and the message they
    reported). Never who reported, nor what was decided against someone else."""

    target_type: ReportTarget
    quote: str | None = None  # the message's text (at most 300 characters)
    room: str | None = None  # the room of that message, or the room reported
    at: int | None = None  # ms: when that message was written
    reported_at: int | None = None  # ms: the reader's own report
    category: str | None = None  # the reader's own report's category


class NoticeOut(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """An entry of the notice inbox: a statement of reasons, an acknowledgement, a decision."""

    id: str
    kind: NoticeKind
    title: str
    body: str
    created_at: int  # ms
    read: bool
    url: str  # opens the notice (and the appeal form) without a session
    statement: dict[str, object] | None = None  # DSA Transparency Database fields
    appealable_until: int | None = None  # ms
    appeal: AppealState | None = None  # once an appeal was filed
    about: NoticeAbout | None = None


class NoticeFrame(_Out, tag="notice", frozen=True):
    notice: NoticeOut


class NoticesOut(_Out, tag="notices", frozen=True):
    items: list[NoticeOut]
    re: RequestId = None


class ReportAck(_Out, tag="report_ack", frozen=True):
    report_id: str
    notice_id: str
    re: RequestId = None


class MessageDeleted(_Out, tag="message_deleted", frozen=True):
    room: str
    msg_id: str


class Removed(_Out, tag="removed", frozen=True):
    """You were taken out of a room by moderation; ``until``: when a kick ends, in
    milliseconds since the Unix epoch (UTC)."""

    room: str
    reason: RemovedReason
    until: int | None = None


class SafetyCard(_Out, tag="safety_card", frozen=True):
    """A private card from the risk detector (docs/detection.md), never a sanction.

    ``help``: you wrote that you are in distress: where to find help (3114, 3018).
    ``warning``: ``about`` (the other person of the DM ``room``) asked you for ``moves``
    (age, school, parents, photo, other_app, meet, gift, secret, isolation), threatened
    you (``threat``), or gave contact details that were masked (``contact``, protocol 18);
    block and report are at hand.
    """

    kind: Literal["help", "warning"]
    room: str
    about: UserRef | None = None
    moves: list[SafetyMove] = msgspec.field(default_factory=list)
    msg_id: str | None = None


class VoiceJoined(_Out, tag="voice_joined", frozen=True):
    """You are in the voice room: ``sdp`` is the media server's answer."""

    room: str
    sdp: str
    muted: bool  # as you asked, or true when you may not speak (moderation)
    voice: VoiceRoom
    re: RequestId = None


class VoiceState(_Out, tag="voice_state", frozen=True):
    """The voice room of ``room`` changed (someone came, went, muted, or the owner opened
    or closed it: ``voice`` None). Sent to everyone in ``room``; replaces what you had."""

    room: str
    voice: VoiceRoom | None


class VoiceTalking(_Out, tag="voice_talking", frozen=True):
    room: str
    user: str
    talking: bool


VoiceEndedReason = Literal["removed", "disconnected", "closed", "unavailable"]


class VoiceEnded(_Out, tag="voice_ended", frozen=True):
    """You are no longer in the voice room: ``removed`` by a moderator (or a sanction),
    ``closed`` (the owner closed it), ``disconnected`` (your media connection ended),
    ``unavailable`` (the media server went away)."""

    room: str
    reason: VoiceEndedReason


class IceServer(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """RTCIceServer: STUN or TURN; TURN credentials are personal and time-limited."""

    urls: list[str]
    username: str | None = None
    credential: str | None = None


class IceConfig(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What RTCPeerConnection is built with: ``policy`` "relay" hides both sides' IPs."""

    servers: list[IceServer]
    policy: Literal["all", "relay"] = "all"


CallEndReason = Literal[
    "hangup",  # the other side hung up
    "cancelled",  # you (the caller) hung up before an answer
    "no_answer",  # to the caller: declined, unanswered, or the callee cannot be called
    "busy",  # to the caller: the callee is in another call
    "missed",  # to the callee: it stopped ringing unanswered
    "declined",  # to the callee: you refused it (any tab)
    "blocked",  # you blocked the other person
    "disconnected",  # the other side's connection was lost
    "moderation",  # ended by a moderator (or a ban)
]


class CallPlaced(_Out, tag="call_placed", frozen=True):
    """Your call rings (or seems to: a call to someone who blocked you never rings)."""

    call: str
    room: str
    to: UserInfo
    ring_until: int  # ms
    ice: IceConfig
    re: RequestId = None


class CallIncoming(_Out, tag="call_incoming", frozen=True):
    call: str
    room: str
    from_: UserInfo = msgspec.field(name="from")
    ring_until: int = 0  # ms


class CallAccepted(_Out, tag="call_accepted", frozen=True):
    """The callee accepted: the caller sends its offer. ``ice`` only in the reply to the
    tab that accepted; the callee's other tabs stop ringing."""

    call: str
    room: str
    ice: IceConfig | None = None
    re: RequestId = None


class CallEnded(_Out, tag="call_ended", frozen=True):
    call: str
    reason: CallEndReason
    duration: int | None = None  # seconds since the answer, when it was answered


class CallSdpOut(_Out, tag="call_sdp", frozen=True):
    call: str
    kind: SdpKind
    sdp: str


class CallIceOut(_Out, tag="call_ice", frozen=True):
    call: str
    candidates: list[IceCandidate]


class CallMediaOut(_Out, tag="call_media", frozen=True):
    call: str
    camera: bool
    mic: bool


ServerFrame = (
    Hello
    | Joined
    | MembersOut
    | Left
    | Presence
    | Message
    | Sent
    | TypingOut
    | HistoryOut
    | RoomCreated
    | Invited
    | InviteLinkOut
    | IncomingDmRequest
    | DmRequestSent
    | DmRequestEnded
    | DmOpened
    | Ok
    | Pong
    | PhotoConsentOut
    | Error
    | NoticeFrame
    | NoticesOut
    | ReportAck
    | MessageDeleted
    | Removed
    | SafetyCard
    | VoiceJoined
    | VoiceState
    | VoiceTalking
    | VoiceEnded
    | CallPlaced
    | CallIncoming
    | CallAccepted
    | CallEnded
    | CallSdpOut
    | CallIceOut
    | CallMediaOut
)
