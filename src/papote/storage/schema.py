"""Table definitions, the one place the SQL schema is described (migrations mirror it)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    false,
)

metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("pseudo", String(40), nullable=False),
    Column("pseudo_folded", String(160), nullable=False),  # the skeleton (0004)
    Column("gender", String(1), nullable=False),
    Column("age", Integer, nullable=False),
    Column("departement", String(10), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", Float, nullable=False),
    Column("active_until", Float, nullable=False),
    Column("ip_hash", String(64), nullable=True),
    Column("device_hash", String(64), nullable=True),
    Column("resume_hash", String(64), nullable=True),  # 0007
    Index("ix_users_pseudo_folded", "pseudo_folded", "active_until"),
)

# One row per pseudo skeleton (domain.identity.pseudo_skeleton; the column kept its 0003
# name): who holds it and until when. The primary key makes a claim atomic across nodes:
# INSERT ... ON CONFLICT DO UPDATE only where it has expired. Look-alikes share a row.
pseudo_claims = Table(
    "pseudo_claims",
    metadata,
    Column("pseudo_folded", String(160), primary_key=True),
    Column("user_id", String(32), nullable=False),
    Column("active_until", Float, nullable=False),
    Index("ix_pseudo_claims_user", "user_id"),
)

rooms = Table(
    "rooms",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("kind", String(8), nullable=False),
    Column("name", String(80), nullable=False),
    Column("topic", String(200), nullable=False, server_default=""),
    Column("owner_id", String(32), nullable=True),
    Column("password_hash", String(200), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("last_seq", BigInteger, nullable=False, server_default="0"),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("category", String(40), nullable=False, server_default=""),
    # A voice room goes with it (salons: `voice = true` in the config; private rooms: the
    # owner's choice). Migration 0013.
    Column("voice", Boolean, nullable=False, server_default=false()),
    Index("ix_rooms_kind", "kind", "position"),
    Index("ix_rooms_owner", "owner_id", "kind"),
)

room_members = Table(
    "room_members",
    metadata,
    Column("room_id", String(80), nullable=False),
    Column("user_id", String(32), nullable=False),
    Column("role", String(10), nullable=False),  # owner | member | invited
    Column("added_at", Float, nullable=False),
    # 0011: in a DM, when this member accepted "photos sensibles" there (None: not)
    Column("sensitive_photos_at", Float, nullable=True),
    PrimaryKeyConstraint("room_id", "user_id"),
    Index("ix_room_members_user", "user_id"),
)

messages = Table(
    "messages",
    metadata,
    Column("room_id", String(80), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("msg_id", String(32), nullable=False, unique=True),
    Column("user_id", String(32), nullable=False),
    Column("pseudo", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("ts", BigInteger, nullable=False),
    Column("media", Text, nullable=True),  # 0008: a photo (JSON of its wire.MediaRef)
    Column("mask", Text, nullable=True),  # 0012: contact details masked (JSON wire.Mask)
    # 0014: held before delivery: the labels it is held for, "rejected"; NULL: delivered
    Column("held", String(80), nullable=True),
    # 0015: released after being held: the room's newest seq then (resumes with `since`)
    Column("released_seq", BigInteger, nullable=True),
    PrimaryKeyConstraint("room_id", "seq"),
    Index("ix_messages_released", "room_id", "released_seq"),
)

blocks = Table(
    "blocks",
    metadata,
    Column("blocker_id", String(32), nullable=False),
    Column("blocked_id", String(32), nullable=False),
    Column("created_at", Float, nullable=False),
    PrimaryKeyConstraint("blocker_id", "blocked_id"),
)

dm_requests = Table(
    "dm_requests",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("from_id", String(32), nullable=False),
    Column("to_id", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("state", String(10), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("room_id", String(80), nullable=True),
    Index("ix_dm_requests_to", "to_id", "state"),
    Index("ix_dm_requests_from", "from_id", "state"),
)

# ---------------------------------------------------------------- moderation (0002)

staff = Table(
    "staff",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("login", String(64), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),  # moderator | admin
    Column("created_at", Float, nullable=False),
    Column("disabled_at", Float, nullable=True),
)

staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("staff_id", String(32), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False),
)

# LCEN art. 6 / décret 2021-1362: who created, changed or deleted which content, from where.
content_log = Table(
    "content_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("user_id", String(32), nullable=False),
    Column("pseudo", String(40), nullable=False),
    Column("ip", String(64), nullable=False),
    Column("port", Integer, nullable=False),
    Column("protocol", String(16), nullable=False),
    Column("content_type", String(16), nullable=False),
    Column("content_id", String(80), nullable=False),
    Column("operation", String(16), nullable=False),
    Index("ix_content_log_user", "user_id", "at"),
    Index("ix_content_log_content", "content_id"),
    Index("ix_content_log_at", "at"),
)

cases = Table(
    "cases",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("target_type", String(16), nullable=False),
    Column("target_id", String(80), nullable=False),
    Column("target_user_id", String(32), nullable=True),
    Column("room_id", String(80), nullable=True),
    Column("category", String(32), nullable=False),
    Column("severity", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # domain.moderation.CaseStatus
    Column("urgent", Integer, nullable=False, server_default="0"),
    Column("source", String(32), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("decided_at", Float, nullable=True),
    Column("decided_by", String(32), nullable=True),
    Column("decision", String(32), nullable=True),
    # Opened by the risk detector: its best score and the labels it raised (migration 10).
    Column("score", Float, nullable=True),
    Column("detected", String(200), nullable=True),
    Index("ix_cases_queue", "status", "urgent", "severity", "created_at"),
    Index("ix_cases_target", "target_type", "target_id"),
    Index("ix_cases_target_user", "target_user_id"),
)

# A moderator's decision on an automated case, kept as a label for training the detector
# (issue 12 §5): exported by `papote admin labels export`, never shipped in the package.
detection_labels = Table(
    "detection_labels",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("case_id", String(32), nullable=False),
    Column("label", String(32), nullable=False),
    Column("verdict", String(16), nullable=False),  # confirmed | rejected
    Column("category", String(32), nullable=False),  # the category decided
    Column("action", String(32), nullable=False),
    Column("sample", Text, nullable=False),  # JSON: {"text"} or {"turns"}, with spans
    Column("detector", String(200), nullable=False),
    Column("score", Float, nullable=False),
    Column("decided_by", String(32), nullable=False),
    Column("decided_at", Float, nullable=False),
    Index("ix_detection_labels_at", "decided_at"),
    Index("ix_detection_labels_case", "case_id"),
)

reports = Table(
    "reports",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("case_id", String(32), nullable=False),
    Column("reporter_id", String(32), nullable=True),
    Column("category", String(32), nullable=False),
    Column("explanation", Text, nullable=False),
    Column("contact", String(200), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("notice_id", String(32), nullable=True),
    Index("ix_reports_case", "case_id"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("case_id", String(32), nullable=False),
    Column("content", Text, nullable=False),  # canonical JSON
    Column("sha256", String(64), nullable=False),
    Column("sealed_at", Float, nullable=False),
    Column("retain_until", Float, nullable=False),
    Index("ix_evidence_case", "case_id"),
)

sanctions = Table(
    "sanctions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("case_id", String(32), nullable=True),
    Column("action", String(32), nullable=False),
    Column("user_id", String(32), nullable=True),
    Column("room_id", String(80), nullable=True),
    Column("device_hash", String(64), nullable=True),
    Column("ip_hash", String(64), nullable=True),
    Column("starts_at", Float, nullable=False),
    Column("ends_at", Float, nullable=True),
    Column("revoked_at", Float, nullable=True),
    Column("created_by", String(32), nullable=False),
    Column("statement_id", String(40), nullable=True),
    Column("param", Integer, nullable=True),  # slow mode seconds
    Index("ix_sanctions_user", "user_id"),
    Index("ix_sanctions_ends", "ends_at"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", String(40), primary_key=True),  # the puid
    Column("case_id", String(32), nullable=True),
    Column("sanction_id", String(32), nullable=True),
    Column("user_id", String(32), nullable=True),
    Column("body", Text, nullable=False),  # DSA Transparency Database fields, JSON
    Column("decided_by", String(32), nullable=False),
    Column("created_at", Float, nullable=False),
    Index("ix_statements_user", "user_id"),
)

notices = Table(
    "notices",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_id", String(32), nullable=True),
    Column("key_hash", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("title", String(200), nullable=False),
    Column("body", Text, nullable=False),
    Column("statement_id", String(40), nullable=True),
    Column("case_id", String(32), nullable=True),
    Column("created_at", Float, nullable=False),
    Column("read_at", Float, nullable=True),
    Column("appealable_until", Float, nullable=True),
    Index("ix_notices_user", "user_id", "created_at"),
)

appeals = Table(
    "appeals",
    metadata,
    Column("id", String(32), primary_key=True),
    # A person's appeal contests a statement; a reporter's, the decision on their report
    # (which may have none: a dismissal). case_id: the case either is about.
    Column("statement_id", String(40), nullable=True, unique=True),
    Column("notice_id", String(32), nullable=False),
    Column("user_id", String(32), nullable=True),
    Column("text", Text, nullable=False),
    Column("state", String(16), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("decided_at", Float, nullable=True),
    Column("decided_by", String(32), nullable=True),
    Column("explanation", Text, nullable=True),
    Column("case_id", String(32), nullable=True),
    Index("ix_appeals_case", "case_id"),
    Index("ix_appeals_notice", "notice_id"),
)

audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at", Float, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(64), nullable=False),
    Column("subject", String(120), nullable=False),
    Column("details", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)


# ---------------------------------------------------------------- photos (0005)

# One row per accepted upload: the re-encoded image and thumbnail are in the MediaStore
# under their SHA-256; the classifier's decision is kept with its score and model.
media = Table(
    "media",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("thumb_sha256", String(64), nullable=False),
    Column("original_sha256", String(64), nullable=False),
    Column("pdq", String(64), nullable=False),
    Column("mime", String(20), nullable=False),
    Column("width", Integer, nullable=False),
    Column("height", Integer, nullable=False),
    Column("thumb_width", Integer, nullable=False),
    Column("thumb_height", Integer, nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("uploader_id", String(32), nullable=False),
    Column("room_id", String(80), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("nude_score", Float, nullable=True),
    Column("nude_labels", String(200), nullable=False, server_default=""),
    Column("model", String(80), nullable=False, server_default=""),
    Column("msg_id", String(32), nullable=True),
    Index("ix_media_uploader", "uploader_id", "created_at"),
    Index("ix_media_sha256", "sha256"),
    Index("ix_media_thumb", "thumb_sha256"),
    Index("ix_media_created", "created_at"),
)

# Known-image lists imported by the operator (``papote admin hashlist import``).
hash_lists = Table(
    "hash_lists",
    metadata,
    Column("kind", String(8), nullable=False),  # pdq | sha256
    Column("hash", String(64), nullable=False),
    Column("list_name", String(80), nullable=False),
    Column("added_at", Float, nullable=False),
    PrimaryKeyConstraint("kind", "hash", "list_name"),
)

# The SQL MediaStore (several nodes): content-addressed bytes in chunks of a bytea.
media_blobs = Table(
    "media_blobs",
    metadata,
    Column("area", String(16), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("chunk", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    PrimaryKeyConstraint("area", "sha256", "chunk"),
)

# Bytes kept outside the served area (0011): the original of an accepted photo for
# ``media.originals_hours`` (area "originals", ``until`` set), and the copies sealed as
# evidence (area "evidence", ``until`` None: they go when no sealed evidence names them).
media_kept = Table(
    "media_kept",
    metadata,
    Column("area", String(16), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("media_id", String(32), nullable=True),
    Column("kept_at", Float, nullable=False),
    Column("until", Float, nullable=True),
    PrimaryKeyConstraint("area", "sha256"),
    Index("ix_media_kept_media", "media_id"),
)

# Every automated decision on a photo (0011), for the transparency figures (DSA art. 15,
# 24): no person, no room, only what was decided, by which detector, with its score.
media_decisions = Table(
    "media_decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False),
    Column("detector", String(16), nullable=False),  # known_image | nudity
    Column("action", String(16), nullable=False),  # refused | blurred
    Column("room_kind", String(8), nullable=False),  # salon | room | dm
    Column("score", Float, nullable=True),
    Column("model", String(80), nullable=False, server_default=""),
    Index("ix_media_decisions_at", "at"),
)

# 1:1 calls (0009): metadata only (who, when, how long), never content.
calls = Table(
    "calls",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("room_id", String(80), nullable=False),
    Column("caller_id", String(32), nullable=False),
    Column("callee_id", String(32), nullable=False),
    Column("state", String(8), nullable=False),  # ringing | active | ended
    Column("created_at", Float, nullable=False),
    Column("caller_conn", String(64), nullable=False),
    Column("callee_conn", String(64), nullable=False, server_default=""),
    Column("hidden", Boolean, nullable=False, server_default=false()),
    Column("answered_at", Float, nullable=True),
    Column("ended_at", Float, nullable=True),
    Column("end_reason", String(16), nullable=False, server_default=""),
    Column("ended_by", String(32), nullable=False, server_default=""),
    Column("video", Boolean, nullable=False, server_default=false()),
    Index("ix_calls_caller", "caller_id", "state"),
    Index("ix_calls_callee", "callee_id", "state"),
    Index("ix_calls_state", "state", "created_at"),
)
