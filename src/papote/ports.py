"""Small Protocols the services depend on (Store, Broker, Presence, Clock, MediaStore,
ImageClassifier) and the rows they pass."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

    from papote.domain.risk.detector import MessageAnalysis
    from papote.protocol.wire import UserInfo


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    pseudo: str
    pseudo_folded: str  # the skeleton: domain.identity.pseudo_skeleton(pseudo)
    gender: str
    age: int
    departement: str
    token_hash: str
    created_at: float
    active_until: float
    ip_hash: str | None = None
    device_hash: str | None = None
    resume_hash: str | None = None  # SHA-256 of the browser's resume secret (0007)


@dataclass(frozen=True, slots=True)
class RoomRow:
    id: str
    kind: str
    name: str
    topic: str
    owner_id: str | None
    password_hash: str | None
    created_at: float
    last_seq: int = 0
    position: int = 0
    category: str = ""
    voice: bool = False  # a voice room goes with it (0013)


@dataclass(frozen=True, slots=True)
class NewMessage:
    room_id: str
    msg_id: str
    user_id: str
    pseudo: str
    text: str
    ts: int  # ms since epoch
    origin: Origin | None = None  # for the LCEN content log, written in the same transaction
    media: str | None = None  # a photo: canonical JSON of its wire.MediaRef
    mask: str | None = None  # contact details masked for the recipient: JSON of wire.Mask
    held: str | None = None  # held before delivery, for these labels (domain.risk.hold)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a piece of content came from (décret 2021-1362 art. 1: IP, source port,
    protocol)."""

    ip: str
    port: int
    protocol: str


@dataclass(frozen=True, slots=True)
class StoredMessage:
    room_id: str
    seq: int
    msg_id: str
    user_id: str
    pseudo: str
    text: str
    ts: int
    media: str | None = None  # a photo: canonical JSON of its wire.MediaRef
    mask: str | None = None  # contact details masked for the recipient: JSON of wire.Mask
    # Held before delivery: the labels it is held for, or "rejected" (domain.risk.hold);
    # None: delivered to the room.
    held: str | None = None
    # Released after being held: the room's newest seq at that moment (else None).
    released_seq: int | None = None


@dataclass(frozen=True, slots=True)
class DmRequestRow:
    id: str
    from_id: str
    to_id: str
    text: str
    state: str
    created_at: float
    updated_at: float
    room_id: str | None = None


class Store(Protocol):
    """Persistence. The database is the source of truth (DESIGN.md, Synapse habit)."""

    async def close(self) -> None: ...

    # users (guest sessions)
    async def create_user(self, user: UserRow) -> None: ...
    async def create_user_if_pseudo_free(self, user: UserRow, now: float) -> bool:
        """Claim ``user.pseudo_folded`` until ``user.active_until`` and create the user,
        atomically across nodes; False (nothing created) if someone else holds the pseudo
        after ``now``."""
        ...

    async def create_users(self, entries: Sequence[NewUser]) -> list[bool]:
        """``create_user_if_pseudo_free`` for many entries in one transaction (the group
        commit of a crowd entering): one bool per entry, in order. Of entries of one
        batch sharing a skeleton, only the first may win."""
        ...

    async def pseudos_in_use(self, pseudo_folded: Sequence[str], now: float) -> set[str]:
        """Those of the skeletons someone holds after ``now``."""
        ...

    async def arrivals(self, token_hashes: Sequence[str]) -> list[Arrival | None]:
        """For each token hash, in order, its user's ``Arrival`` (None: no such token)."""
        ...

    async def get_user(self, user_id: str) -> UserRow | None: ...
    async def get_users(self, user_ids: Sequence[str]) -> list[UserRow]: ...
    async def get_user_by_token(self, token_hash: str) -> UserRow | None: ...
    async def pseudo_in_use(self, pseudo_folded: str, now: float) -> bool: ...
    async def set_active_until(self, user_ids: Sequence[str], until: float) -> None: ...
    async def end_session(self, user_id: str, now: float, dead_token_hash: str) -> None:
        """Quitting: the session ends at ``now``, its token and resume secret stop
        working, and the pseudo's claim is released at once."""
        ...

    async def resume_session(
        self,
        pseudo_folded: str,
        resume_hash: str,
        token_hash: str,
        new_resume_hash: str,
        now: float,
        until: float,
    ) -> UserRow | None:
        """The user holding the live claim on ``pseudo_folded`` if their resume secret
        hashes to ``resume_hash``: their token and secret are replaced and their session
        and claim extended to ``until``, atomically; None (nothing changed) otherwise."""
        ...

    # rooms and memberships
    async def upsert_salons(self, salons: Sequence[RoomRow]) -> None: ...
    async def list_rooms(self, kind: str) -> list[RoomRow]: ...
    async def get_room(self, room_id: str) -> RoomRow | None: ...
    async def create_room(self, room: RoomRow) -> None: ...
    async def add_member(self, room_id: str, user_id: str, role: str, now: float) -> None: ...
    async def member_role(self, room_id: str, user_id: str) -> str | None: ...
    async def room_member_ids(self, room_id: str) -> list[str]: ...
    async def set_sensitive_photos(self, room_id: str, user_id: str, at: float | None) -> bool:
        """A member of a DM accepts "photos sensibles" there (``at``) or takes it back
        (None); False if they are not a member."""
        ...

    async def sensitive_photos_accepted(self, room_id: str) -> set[str]:
        """The members of ``room_id`` who accept "photos sensibles" there."""
        ...

    async def count_rooms_owned(self, user_id: str, kind: str) -> int: ...
    async def set_room_voice(self, room_id: str, voice: bool) -> None: ...

    # messages
    async def append_messages(self, messages: Sequence[NewMessage]) -> list[StoredMessage]:
        """Store messages, assigning each the next ``seq`` of its room, in order."""
        ...

    async def messages_after(
        self, room_id: str, after_seq: int, limit: int
    ) -> list[StoredMessage]: ...
    async def messages_before(
        self, room_id: str, before_seq: int | None, limit: int
    ) -> list[StoredMessage]:
        """The ``limit`` newest messages older than ``before_seq``, oldest first."""
        ...

    # blocks
    async def add_block(self, blocker_id: str, blocked_id: str, now: float) -> None: ...
    async def remove_block(self, blocker_id: str, blocked_id: str) -> None: ...
    async def blocked_by(self, blocker_id: str) -> set[str]: ...

    # DM requests
    async def create_dm_request(self, request: DmRequestRow) -> None: ...
    async def get_dm_request(self, request_id: str) -> DmRequestRow | None: ...
    async def update_dm_request(
        self, request_id: str, state: str, now: float, room_id: str | None = None
    ) -> None: ...
    async def pending_dm_requests_to(self, user_id: str) -> list[DmRequestRow]: ...
    async def open_dm_requests_from(self, user_id: str) -> list[DmRequestRow]:
        """Requests the user sent that can still expire (requested, declined, blocked)."""
        ...

    async def expire_dm_requests(self, created_before: float, now: float) -> list[DmRequestRow]:
        """Move every open request created before ``created_before`` to ``expired``; the
        rows this call moved, with their state before it (each row to one caller only,
        even with several nodes sweeping)."""
        ...

    async def count_pending_dm_requests_from(self, user_id: str) -> int: ...
    async def find_dm_request_between(self, a: str, b: str) -> DmRequestRow | None:
        """The latest request between two users, in either direction."""
        ...

    async def dm_rooms_of(self, user_id: str) -> list[tuple[str, str]]:
        """(room_id, other_user_id) for each accepted DM of the user."""
        ...

    # moderation helpers
    async def get_message(self, msg_id: str) -> StoredMessage | None: ...
    async def messages_around(
        self, room_id: str, seq: int, before: int, after: int
    ) -> list[StoredMessage]: ...
    async def recent_messages_of_user(self, user_id: str, limit: int) -> list[StoredMessage]: ...
    async def delete_message(self, msg_id: str) -> StoredMessage | None: ...
    async def messages_released_since(
        self, room_id: str, seq: int, limit: int
    ) -> list[StoredMessage]:
        """Messages of the room up to ``seq`` released (delivered after being held) when
        the room's newest seq was ``seq`` or more: someone who saw up to ``seq`` may have
        missed them. In the order they were released."""
        ...

    async def last_release(self, room_id: str) -> int | None:
        """The room's newest seq at its latest release of a held message (None: never)."""
        ...

    async def set_message_held(self, msg_id: str, held: str | None) -> StoredMessage | None:
        """Change a held message's state (None: released, and ``released_seq`` is the
        room's newest seq now); the message as it is now, or
        None if there is no such message."""
        ...

    async def purge_messages(self, before_ts_ms: int) -> int: ...
    async def purge_guests(self, inactive_before: float, keep: Sequence[str]) -> int: ...


@dataclass(frozen=True, slots=True)
class RoomAddress:
    """The members of one room, on every node."""

    room_id: str


@dataclass(frozen=True, slots=True)
class UserAddress:
    """Every connection of one person, on every node."""

    user_id: str


@dataclass(frozen=True, slots=True)
class AllNodes:
    """Every node itself, none of its connections: a control message
    (papote.service.control)."""


ALL_NODES = AllNodes()

# Where an envelope goes (service/hub.py ``deliver`` routes on it).
Address = RoomAddress | UserAddress | AllNodes

# What an envelope carries, each kind to one kind of address (ADDRESS_OF below):
# to a room's members, a chat message ("message", with its seq), a presence batch
# ("presence"), a typing notice ("typing", dropped first when Redis fails), a frame from
# the server such as a deleted message or a voice room's state ("notice"); to one person,
# a frame for every connection of theirs ("direct"); to every node, a control message
# ("control").
RoomEnvelopeKind = Literal["message", "presence", "typing", "notice"]
EnvelopeKind = RoomEnvelopeKind | Literal["direct", "control"]

ADDRESS_OF: dict[EnvelopeKind, type[Address]] = {
    "message": RoomAddress,
    "presence": RoomAddress,
    "typing": RoomAddress,
    "notice": RoomAddress,
    "direct": UserAddress,
    "control": AllNodes,
}


@dataclass(frozen=True, slots=True)
class Envelope:
    """What crosses the broker: a pre-encoded frame and what fan-out needs to route it.

    ``seq`` is set for chat messages (the room position, Synapse style); a node that
    sees a gap reads the store.

    Raises:
        ValueError: ``to`` is not the address ``kind`` goes to (ADDRESS_OF).
    """

    to: Address
    kind: EnvelopeKind
    sender_id: str
    payload: bytes
    seq: int = 0
    origin: str = ""

    def __post_init__(self) -> None:
        if type(self.to) is not ADDRESS_OF[self.kind]:
            raise ValueError(f"a {self.kind!r} envelope cannot go to {self.to!r}")


Deliver = Callable[[Envelope], None]


class Broker(Protocol):
    """Fan-out between nodes. Carries positions and small events, never the truth."""

    async def start(self, deliver: Deliver) -> None: ...
    async def publish(self, envelope: Envelope) -> None: ...
    async def close(self) -> None: ...


class Presence(Protocol):
    """Who is in which room across every node: global member lists and counts.

    ``enter`` and ``exit`` are called once per connection entering or leaving a room;
    the answers say whether the person (any connection, any node) just arrived or just
    left, which is when the others get a ``presence`` event.
    """

    async def start(self) -> None: ...
    async def close(self) -> None: ...
    async def enter(self, room_id: str, user: UserInfo) -> bool:
        """Count one more connection of ``user`` in the room; True if it is their first."""
        ...

    async def exit(self, room_id: str, user_id: str) -> bool:
        """Count one connection fewer; True if the user has none left in the room."""
        ...

    async def members(self, room_id: str) -> list[UserInfo]: ...
    async def present(self, room_id: str, user_ids: Sequence[str]) -> set[str]:
        """Which of ``user_ids`` are in the room now (any node)."""
        ...

    async def counts(self, room_ids: Sequence[str]) -> dict[str, int]:
        """Number of people (not connections) in each room."""
        ...


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the Unix epoch (UTC)."""
        ...

    def monotonic(self) -> float: ...


class RiskDetector(Protocol):
    """Risks in one chat message: labels with scores, the matched spans, the rule or model
    version (DESIGN.md, media and protection). Pure and synchronous: CPU work that the
    caller runs off the send path. A conversation's turns are weighed by
    ``papote.domain.risk.Conversation`` over these analyses."""

    @property
    def version(self) -> str: ...

    def analyse(self, text: str) -> MessageAnalysis: ...
    def analyse_batch(self, texts: Sequence[str]) -> list[MessageAnalysis]:
        """The same as ``analyse`` on each text, cheaper per text (one model batch)."""
        ...

    def complete(self, analyses: Sequence[MessageAnalysis]) -> list[MessageAnalysis]:
        """The rules' analyses of texts (a ``RuleDetector``'s, e.g. the salon screen's on the
        send path) with what this detector adds beyond the rules (a model's hits): the same
        as ``analyse_batch`` on their texts without reading the rules twice."""
        ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...
    def verify(self, hashed: str, password: str) -> bool: ...


# ---------------------------------------------------------------- moderation


@dataclass(frozen=True, slots=True)
class StaffRow:
    id: str
    login: str
    password_hash: str
    role: str  # moderator | admin
    created_at: float
    disabled_at: float | None = None


@dataclass(frozen=True, slots=True)
class ContentLogRow:
    at: float
    user_id: str
    pseudo: str
    ip: str
    port: int
    protocol: str
    content_type: str  # message | dm_request | room | profile | media
    content_id: str
    operation: str  # create | update | delete

    @classmethod
    def of(
        cls,
        user: UserRow,
        origin: Origin,
        content_type: str,
        content_id: str,
        operation: str,
        at: float,
    ) -> ContentLogRow:
        """The record of ``user``'s ``operation`` on a content, from ``origin``."""
        return cls(
            at=at,
            user_id=user.id,
            pseudo=user.pseudo,
            ip=origin.ip,
            port=origin.port,
            protocol=origin.protocol,
            content_type=content_type,
            content_id=content_id,
            operation=operation,
        )


@dataclass(frozen=True, slots=True)
class NewUser:
    """One entry for ``Store.create_users``: the user, when its claim was decided, and
    its LCEN record (the profile is content: committed with the user, or not at all)."""

    user: UserRow
    now: float
    log: ContentLogRow | None = None


@dataclass(frozen=True, slots=True)
class Arrival:
    """What a socket opening with a token needs from the database (``Store.arrivals``):
    the user, whom they block, and whether ``hello`` has more to read (DM rooms, DM
    requests either way, unread notices: most people have none)."""

    user: UserRow
    blocked: frozenset[str]
    more: bool


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    target_type: str
    target_id: str
    target_user_id: str | None
    room_id: str | None
    category: str
    severity: int
    status: str  # open | decided | appealed | closed
    urgent: bool
    source: str
    created_at: float
    decided_at: float | None = None
    decided_by: str | None = None
    decision: str | None = None
    score: float | None = None  # opened by the risk detector: its best score
    detected: str | None = None  # ... and the labels it raised, comma-separated


@dataclass(frozen=True, slots=True)
class LabelRow:
    """A moderator's decision on one label of an automated case, kept for training."""

    id: str
    case_id: str
    label: str
    verdict: str  # confirmed | rejected
    category: str
    action: str
    sample: str  # JSON {"text": ..., "spans": [...]} or {"turns": [...], "spans": [...]}
    detector: str
    score: float
    decided_by: str
    decided_at: float


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: str
    case_id: str
    reporter_id: str | None
    category: str
    explanation: str
    contact: str | None
    created_at: float
    notice_id: str | None = None


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    id: str
    case_id: str
    content: str  # canonical JSON
    sha256: str
    sealed_at: float
    retain_until: float


@dataclass(frozen=True, slots=True)
class SanctionRow:
    id: str
    case_id: str | None
    action: str
    user_id: str | None
    room_id: str | None
    device_hash: str | None
    ip_hash: str | None
    starts_at: float
    ends_at: float | None
    revoked_at: float | None
    created_by: str
    statement_id: str | None = None
    param: int | None = None


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: str
    case_id: str | None
    sanction_id: str | None
    user_id: str | None
    body: str  # JSON
    decided_by: str
    created_at: float


@dataclass(frozen=True, slots=True)
class NoticeRow:
    id: str
    user_id: str | None
    key_hash: str
    kind: str
    title: str
    body: str
    statement_id: str | None
    case_id: str | None
    created_at: float
    read_at: float | None = None
    appealable_until: float | None = None


@dataclass(frozen=True, slots=True)
class AppealRow:
    id: str
    statement_id: str | None  # None: a reporter's appeal on a decision without statement
    notice_id: str
    user_id: str | None
    text: str
    state: str
    created_at: float
    decided_at: float | None = None
    decided_by: str | None = None
    explanation: str | None = None
    case_id: str | None = None


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: float
    actor: str
    action: str
    subject: str
    details: str  # canonical JSON
    prev_hash: str
    hash: str


class ModerationStore(Protocol):
    """Persistence of the moderation system (reports, cases, sanctions, notices, audit)."""

    async def create_staff(self, staff: StaffRow) -> None: ...
    async def get_staff_by_login(self, login: str) -> StaffRow | None: ...
    async def get_staff(self, staff_id: str) -> StaffRow | None: ...
    async def create_staff_session(
        self, token_hash: str, staff_id: str, now: float, expires_at: float
    ) -> None: ...
    async def staff_for_session(self, token_hash: str, now: float) -> StaffRow | None: ...
    async def delete_staff_session(self, token_hash: str) -> None: ...

    async def log_content(self, rows: Sequence[ContentLogRow]) -> None: ...
    async def content_log_for(
        self, *, user_id: str | None = None, content_id: str | None = None
    ) -> list[ContentLogRow]: ...

    async def create_case(self, case: CaseRow) -> None: ...
    async def get_case(self, case_id: str) -> CaseRow | None: ...
    async def open_case_for(self, target_type: str, target_id: str) -> CaseRow | None: ...
    async def update_case(self, case_id: str, **values: object) -> None: ...
    async def list_cases(self, statuses: Sequence[str], limit: int) -> list[CaseRow]:
        """Queue order: urgent first, then by severity, then by score (a report counts as
        1.0: a person saw it), then oldest first."""
        ...

    async def cases_of_user(self, user_id: str) -> list[CaseRow]: ...
    async def add_labels(self, labels: Sequence[LabelRow]) -> None: ...
    async def labels_between(self, start: float, end: float) -> list[LabelRow]: ...
    async def cases_between(self, start: float, end: float) -> list[CaseRow]: ...

    async def add_report(self, report: ReportRow) -> None: ...
    async def reports_of_case(self, case_id: str) -> list[ReportRow]: ...
    async def reports_between(self, start: float, end: float) -> list[ReportRow]: ...

    async def add_evidence(self, evidence: EvidenceRow) -> None: ...
    async def evidence_of_case(self, case_id: str) -> list[EvidenceRow]: ...
    async def extend_evidence(self, case_id: str, retain_until: float) -> None: ...

    async def add_sanction(self, sanction: SanctionRow) -> None: ...
    async def get_sanction(self, sanction_id: str) -> SanctionRow | None: ...
    async def revoke_sanction(self, sanction_id: str, now: float) -> None: ...
    async def revoke_statement(self, statement_id: str, now: float) -> None: ...
    async def active_sanctions(self, now: float) -> list[SanctionRow]: ...
    async def sanctions_matching(
        self, user_id: str | None, device_hash: str | None, ip_hash: str | None
    ) -> list[SanctionRow]: ...

    async def add_statement(self, statement: StatementRow) -> None: ...
    async def get_statement(self, statement_id: str) -> StatementRow | None: ...

    async def add_notice(self, notice: NoticeRow) -> None: ...
    async def get_notice(self, notice_id: str) -> NoticeRow | None: ...
    async def notices_of_user(self, user_id: str) -> list[NoticeRow]: ...
    async def mark_notice_read(self, notice_id: str, now: float) -> None: ...

    async def add_appeal(self, appeal: AppealRow) -> None: ...
    async def get_appeal(self, appeal_id: str) -> AppealRow | None: ...
    async def appeal_for_statement(self, statement_id: str) -> AppealRow | None: ...
    async def appeal_for_notice(self, notice_id: str) -> AppealRow | None: ...
    async def appeals_of_case(self, case_id: str) -> list[AppealRow]: ...
    async def list_appeals(self, state: str) -> list[AppealRow]: ...
    async def decide_appeal(
        self, appeal_id: str, state: str, decided_by: str, now: float, explanation: str
    ) -> None: ...
    async def appeals_between(self, start: float, end: float) -> list[AppealRow]: ...

    async def append_audit(
        self, at: float, actor: str, action: str, subject: str, details: str
    ) -> AuditRow:
        """Append to the hash chain atomically (the head row serialises writers)."""
        ...

    async def audit_entries(self) -> list[AuditRow]: ...
    async def audit_head(self) -> tuple[int, str]:
        """(seq, hash) of the newest entry: catches the removal of the last entries."""
        ...

    async def purge(self, now: float, horizons: dict[str, float]) -> dict[str, int]:
        """Delete what retention no longer allows; returns counts per kind."""
        ...

    async def users_to_keep(self) -> list[str]:
        """Guest ids a case or a sanction still refers to."""
        ...


# ---------------------------------------------------------------- photos


@dataclass(frozen=True, slots=True)
class Verdict:
    """An image classifier's decision: the highest score of the labels it counts as nudity
    (0-1), those labels, and the model's name and version (stored with each decision)."""

    score: float
    labels: tuple[str, ...]
    model: str


class ImageClassifier(Protocol):
    """Scores an image for nudity (DESIGN.md: a port, so a better model drops in). Runs
    in a media worker process, never on the event loop."""

    def classify(self, image: PilImage) -> Verdict: ...


@dataclass(frozen=True, slots=True)
class MediaRow:
    """One accepted photo (the bytes are in the MediaStore under ``sha256`` and
    ``thumb_sha256``)."""

    id: str
    sha256: str
    thumb_sha256: str
    original_sha256: str
    pdq: str
    mime: str
    width: int
    height: int
    thumb_width: int
    thumb_height: int
    size: int
    uploader_id: str
    room_id: str
    created_at: float
    nude_score: float | None = None
    nude_labels: str = ""
    model: str = ""
    msg_id: str | None = None


class MediaCatalog(Protocol):
    """The rows about photos: accepted uploads and the known-image lists."""

    async def add_media(self, row: MediaRow) -> None: ...
    async def get_media(self, media_id: str) -> MediaRow | None: ...
    async def media_by_hash(self, sha256: str) -> list[MediaRow]:
        """Rows whose image or thumbnail has this SHA-256."""
        ...

    async def bytes_uploaded_since(self, uploader_id: str, since: float) -> int: ...
    async def delete_media(self, media_id: str) -> MediaRow | None: ...
    async def attach_media(self, media_id: str, msg_id: str) -> bool:
        """Mark a photo as sent in ``msg_id``; False if it already was (sent once only)."""
        ...

    async def expired_media(self, before: float, keep: Sequence[str], limit: int) -> list[MediaRow]:
        """Rows created before ``before``, except the ids in ``keep`` (sealed)."""
        ...

    async def hash_in_use(self, sha256: str) -> bool:
        """Whether any row still points at these bytes (image or thumbnail)."""
        ...

    async def add_hashes(self, list_name: str, kind: str, hashes: Sequence[str], now: float) -> int:
        """Add a list's hashes (already there: skipped); returns how many were new."""
        ...

    async def remove_list(self, list_name: str) -> int: ...
    async def all_hashes(self, kind: str) -> list[tuple[str, str]]:
        """(list name, hash) of every entry of ``kind`` (pdq | sha256)."""
        ...

    async def hash_lists_version(self) -> tuple[int, float]:
        """(entries, newest added_at): changes whenever a list is imported or removed."""
        ...

    # Bytes kept outside the served area: originals (``until`` set) and evidence copies.
    async def keep_blob(
        self, area: str, sha256: str, media_id: str | None, now: float, until: float | None
    ) -> None:
        """Record bytes put in ``area`` (kept already: the later ``until`` wins; None,
        "while sealed evidence names them", beats any)."""
        ...

    async def kept_for(self, area: str, media_id: str) -> str | None:
        """The SHA-256 of the bytes kept in ``area`` for a photo, if any."""
        ...

    async def expired_kept(self, area: str, now: float, limit: int) -> list[str]:
        """Hashes in ``area`` whose ``until`` is past."""
        ...

    async def unsealed_evidence(self, kept_before: float, limit: int) -> list[str]:
        """Evidence copies kept before ``kept_before`` that no sealed evidence names."""
        ...

    async def forget_kept(self, area: str, sha256: str) -> None: ...

    # Automated decisions on photos (transparency, DSA art. 15 and 24).
    async def add_decision(
        self, at: float, detector: str, action: str, room_kind: str, score: float | None, model: str
    ) -> None: ...
    async def decisions_between(self, start: float, end: float) -> dict[str, int]:
        """Counts per ``<detector>_<action>_<room kind>`` in [start, end)."""
        ...


class MediaStore(Protocol):
    """Content-addressed bytes: ``put`` stores under the SHA-256 of the data and returns
    it; storing the same bytes twice is one copy. ``area`` separates what is served
    (``media``) from sealed evidence (``evidence``), which no route serves."""

    async def put(self, data: bytes, area: str = "media") -> str: ...
    async def get(self, sha256: str, area: str = "media") -> bytes | None: ...
    async def has(self, sha256: str, area: str = "media") -> bool: ...
    async def delete(self, sha256: str, area: str = "media") -> bool:
        """Remove the bytes; False if there were none."""
        ...

    async def list(self, area: str = "media") -> list[str]: ...
    async def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class CallRow:
    """One 1:1 call (domain.calls): its metadata, never its content. ``*_conn`` name the
    socket of each side that holds the call (``<node>:<connection>``): signalling is taken
    only from it, and the call ends when it closes."""

    id: str
    room_id: str  # the DM it was placed from
    caller_id: str
    callee_id: str
    state: str  # domain.calls.CallState
    created_at: float  # started ringing
    caller_conn: str
    callee_conn: str = ""
    hidden: bool = False  # the callee blocked the caller: it never rang
    answered_at: float | None = None
    ended_at: float | None = None
    end_reason: str = ""  # domain.calls.EndCause
    ended_by: str = ""  # the user id who ended it ("" for a timeout or moderation)
    video: bool = False  # a camera was on at some point (metadata only)


class CallStore(Protocol):
    """Calls' metadata (the database is the source of truth across nodes)."""

    async def create_call(self, call: CallRow) -> None: ...
    async def get_call(self, call_id: str) -> CallRow | None: ...
    async def answer_call(self, call_id: str, callee_conn: str, now: float) -> bool:
        """ringing -> active, only if it is still ringing; False otherwise."""
        ...

    async def end_call(
        self,
        call_id: str,
        reason: str,
        by: str,
        now: float,
        ringing_only: bool = False,
        held_by: str | None = None,
    ) -> CallRow | None:
        """ringing or active (``ringing_only``: ringing) -> ended, once: the row as it
        was before, or None if it was not in such a state (a hang-up racing a timeout on
        another node is a no-op for the second one). ``held_by``: only if one side is
        still held by that socket (a dropped socket's grace ends, unless it came back)."""
        ...

    async def move_call(self, call_id: str, user_id: str, conn: str) -> bool:
        """An active call's side of ``user_id`` is held by socket ``conn`` from now on
        (its tab reconnected); False if the call is not active or not theirs."""
        ...

    async def live_calls_held_on(self, node_id: str) -> list[CallRow]:
        """Ringing or active calls a socket of node ``node_id`` holds (a dead node's)."""
        ...

    async def mark_video(self, call_id: str) -> None: ...
    async def live_calls_of(self, user_id: str) -> list[CallRow]:
        """The ringing or active calls ``user_id`` is a party to."""
        ...

    async def list_calls(self, live: bool, limit: int) -> list[CallRow]:
        """Newest first; ``live``: only ringing or active ones."""
        ...

    async def purge_calls(self, ended_before: float, keep: Sequence[str]) -> int:
        """Forget ended calls older than ``ended_before``, except ``keep`` (reported)."""
        ...


# ---------------------------------------------------------------- voice (media server)


@dataclass(frozen=True, slots=True)
class VoiceParticipant:
    """Someone connected to a voice room on the media server."""

    id: str  # the person's user id
    display: str  # their pseudo when they joined
    muted: bool  # muted by themselves or by moderation
    talking: bool = False
    since: int = 0  # ms: when they joined


VoiceEventKind = Literal["talking", "stopped_talking", "gone"]


@dataclass(frozen=True, slots=True)
class VoiceEvent:
    """What the media server tells about a participant connected through this node:
    they started or stopped talking, or their media connection ended (hung up, kicked,
    failed)."""

    room_id: str
    participant_id: str
    kind: VoiceEventKind


class MediaServer(Protocol):
    """Voice rooms on a media server (voice/janus.py: Janus AudioBridge, which mixes the
    room so each listener receives one stream; voice/fake.py for service tests).

    Papote is the only client of the media server's API: the browser sends its SDP offer
    to Papote, which joins on its behalf and hands back the answer (docs/operations.md
    "Voice"). Room ids are Papote's room ids; participant ids are user ids.
    """

    async def start(self, on_event: Callable[[VoiceEvent], None]) -> None: ...
    async def close(self) -> None: ...
    async def create_room(self, room_id: str) -> None:
        """Create the room if it does not exist (idempotent, any node)."""
        ...

    async def destroy_room(self, room_id: str) -> None:
        """Destroy the room and disconnect whoever is in it (no error if absent)."""
        ...

    async def authorise(self, room_id: str, participant_id: str) -> str:
        """A token with which ``participant_id`` alone may join ``room_id`` once."""
        ...

    async def rooms(self) -> list[str]:
        """The voice rooms that exist on the media server (any node made them)."""
        ...

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
        """Connect the participant's browser: its SDP offer in, the SDP answer out.

        Raises:
            DomainError: ``voice_unavailable`` (media server down or refusing).
        """
        ...

    async def set_muted(self, room_id: str, participant_id: str, muted: bool) -> None:
        """Mute or unmute a participant on the server (their audio is not mixed)."""
        ...

    async def leave(self, room_id: str, participant_id: str) -> None:
        """Hang up a participant connected through this node and revoke their token."""
        ...

    async def kick(self, room_id: str, participant_id: str) -> None:
        """Disconnect a participant from the room (whichever node connected them) and
        revoke their token: they stop receiving at once."""
        ...

    async def participants(self, room_id: str) -> list[VoiceParticipant]: ...
