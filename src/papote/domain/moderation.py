"""Moderation rules: report categories, the sanctions ladder, statements of reasons
(DSA art. 17), appeals (art. 20), sealed evidence, the audit chain, retention.

Pure: time comes in as ``now`` (seconds since the epoch), ids as arguments.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from papote.domain.errors import DomainError

DAY = 86_400.0
APPEAL_WINDOW = 183 * DAY  # DSA art. 20(1): "for a period of at least six months"
EXPLANATION_MAX = 2000
CONTACT_MAX = 200


class Category(StrEnum):
    """What a report is about. The order of SEVERITY drives the moderation queue."""

    CHILD_SEXUAL_ABUSE = "child_sexual_abuse"
    GROOMING = "grooming"
    MINOR_ON_SITE = "minor_on_site"
    THREAT = "threat"
    HATE = "hate"
    HARASSMENT = "harassment"
    SEXUAL_CONTENT = "sexual_content"
    SCAM = "scam"
    DRUGS = "drugs"
    PROSTITUTION = "prostitution"
    SPAM = "spam"
    OTHER = "other"
    # "Personne en danger": someone wrote of ending their life. Never a sanction: the case
    # is there so that a person looks at it (help card sent, art. 18 if life is at risk).
    SELF_HARM = "self_harm"


# 0 is the most urgent. Child safety and threats to life or safety come first.
SEVERITY: dict[Category, int] = {
    Category.CHILD_SEXUAL_ABUSE: 0,
    Category.GROOMING: 0,
    Category.MINOR_ON_SITE: 0,
    Category.THREAT: 0,
    Category.SELF_HARM: 0,
    Category.HATE: 1,
    Category.HARASSMENT: 1,
    Category.PROSTITUTION: 1,
    Category.SEXUAL_CONTENT: 2,
    Category.SCAM: 2,
    Category.DRUGS: 2,
    Category.SPAM: 3,
    Category.OTHER: 3,
}

# DSA Transparency Database "category" for each of ours.
DSA_CATEGORY: dict[Category, str] = {
    Category.CHILD_SEXUAL_ABUSE: "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
    Category.GROOMING: "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
    Category.MINOR_ON_SITE: "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
    Category.THREAT: "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
    Category.HATE: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    Category.HARASSMENT: "STATEMENT_CATEGORY_CYBER_VIOLENCE",
    Category.SEXUAL_CONTENT: "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
    Category.SCAM: "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    Category.DRUGS: "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
    Category.PROSTITUTION: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    Category.SPAM: "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
    Category.OTHER: "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
    Category.SELF_HARM: "STATEMENT_CATEGORY_SELF_HARM",
}

# The legal reference a moderator starts from (they may refine it per decision).
LEGAL_REFERENCE: dict[Category, str] = {
    Category.CHILD_SEXUAL_ABUSE: "Code pénal art. 227-23",
    Category.GROOMING: "Code pénal art. 227-22-1 et 227-23-1",
    Category.MINOR_ON_SITE: "Conditions d'utilisation §2 (réservé aux majeurs)",
    Category.THREAT: "Code pénal art. 222-17 et 222-18",
    Category.HATE: "Loi du 29 juillet 1881 art. 24 et 32-33",
    Category.HARASSMENT: "Code pénal art. 222-33-2-2",
    Category.SEXUAL_CONTENT: "Conditions d'utilisation §4 (pas de contenu sexuel)",
    Category.SCAM: "Code pénal art. 313-1",
    Category.DRUGS: "Code de la santé publique art. L3421-4",
    Category.PROSTITUTION: "Code pénal art. 225-5 et 225-12-1",
    Category.SPAM: "Conditions d'utilisation §5 (spam)",
    Category.OTHER: "Conditions d'utilisation",
    Category.SELF_HARM: "Aucune sanction : orientation vers le 3114 et le 3018",
}
# Categories where no restriction may ever be decided (a person in distress is helped,
# not punished): only a dismissal closes their case.
NEVER_SANCTIONED: frozenset[Category] = frozenset({Category.SELF_HARM})

# The case category of each risk-detector label (docs/detection.md, "Actions").
DETECTED_CATEGORY: dict[str, Category] = {
    "minor_disclosure": Category.MINOR_ON_SITE,
    "grooming": Category.GROOMING,
    "threat": Category.THREAT,
    "self_harm": Category.SELF_HARM,
    "harassment": Category.HARASSMENT,
    "hate": Category.HATE,
    "scam_spam": Category.SCAM,
    "prostitution": Category.PROSTITUTION,
    "drugs": Category.DRUGS,
    "sexual_solicitation": Category.SEXUAL_CONTENT,
    "off_platform": Category.OTHER,
}


def check_can_restrict(category: Category, action: Action) -> None:
    """Raises DomainError ``never_sanctioned`` for a restriction in a category of
    NEVER_SANCTIONED (only a dismissal, or a room measure, is possible there)."""
    if category in NEVER_SANCTIONED and LADDER[action].restricts:
        raise DomainError("never_sanctioned", field="action")


def verdict_of(detected_label: str, action: Action, decided: Category) -> str:
    """What a moderator's decision says of one automated label, for training:
    ``confirmed`` when they acted in that label's category, ``rejected`` otherwise (a
    dismissal, or a decision in another category). A case of ``self_harm`` is never
    acted on: the moderator's keeping it as "personne en danger" (any decision but
    dismiss is refused) is read from the category they left."""
    category = DETECTED_CATEGORY.get(detected_label)
    if category is None or category is not decided:
        return "rejected"
    if category in NEVER_SANCTIONED:
        return "confirmed"
    return "rejected" if action is Action.DISMISS else "confirmed"


def check_category(value: object) -> Category:
    """Raises DomainError ``bad_category`` for an unknown category."""
    try:
        return Category(str(value))
    except ValueError:
        raise DomainError("bad_category", field="category") from None


class TargetType(StrEnum):
    MESSAGE = "message"
    USER = "user"
    ROOM = "room"
    DM = "dm"
    DM_REQUEST = "dm_request"  # a request received (its addressee only): issue 10 point 8
    CALL = "call"  # a call you were part of: its metadata, and a still you chose (issue 13)
    VOICE = "voice"  # a voice room participant, "<room>/<user>": issue 13 §4


def check_report(
    target_type: object, category: object, explanation: object, contact: object
) -> tuple[TargetType, Category, str, str | None]:
    """Validate a notice (DSA art. 16(2)): what, why, optionally who.

    Raises:
        DomainError: ``bad_target``, ``bad_category``, ``explanation_too_long``,
            ``contact_too_long``.
    """
    try:
        kind = TargetType(str(target_type))
    except ValueError:
        raise DomainError("bad_target", field="target_type") from None
    cat = check_category(category)
    text = str(explanation or "").strip()
    if len(text) > EXPLANATION_MAX:
        raise DomainError("explanation_too_long", field="explanation", max=EXPLANATION_MAX)
    mail = str(contact).strip() if contact else None
    if mail is not None and len(mail) > CONTACT_MAX:
        raise DomainError("contact_too_long", field="contact", max=CONTACT_MAX)
    return kind, cat, text, mail or None


# ---------------------------------------------------------------- case life


class CaseStatus(StrEnum):
    """Where a case stands. Moves only along CASE_TRANSITIONS."""

    OPEN = "open"  # waiting for a moderator's decision
    DECIDED = "decided"  # decided; its statement can be appealed
    APPEALED = "appealed"  # an appeal waits for another moderator
    CLOSED = "closed"  # the appeals on it were decided


class CaseEvent(StrEnum):
    DECIDE = "decide"  # a moderator decides (any action, dismiss included)
    APPEAL = "appeal"  # someone contests the decision (art. 20)
    REVIEW = "review"  # the last pending appeal on it is decided: the decision stands
    REOPEN = "reopen"  # a reporter's appeal is granted: the case is decided anew


# h11 style: the whole life of a case in one table; anything else is refused.
CASE_TRANSITIONS: dict[tuple[CaseStatus, CaseEvent], CaseStatus] = {
    (CaseStatus.OPEN, CaseEvent.DECIDE): CaseStatus.DECIDED,
    (CaseStatus.DECIDED, CaseEvent.APPEAL): CaseStatus.APPEALED,
    (CaseStatus.APPEALED, CaseEvent.APPEAL): CaseStatus.APPEALED,
    (CaseStatus.CLOSED, CaseEvent.APPEAL): CaseStatus.APPEALED,
    (CaseStatus.APPEALED, CaseEvent.REVIEW): CaseStatus.CLOSED,
    (CaseStatus.APPEALED, CaseEvent.REOPEN): CaseStatus.OPEN,
}
# Cases someone is still working on: their evidence is kept whatever its date.
UNDER_REVIEW = frozenset({CaseStatus.OPEN, CaseStatus.APPEALED})
# What the moderation queue shows by default.
QUEUE = (CaseStatus.OPEN, CaseStatus.APPEALED)


def queue_rank(
    *,
    urgent: bool,
    severity: int,
    score: float | None,
    created_at: float,
    holds: int = 0,
    overdue: bool = False,
) -> tuple[bool, int, bool, bool, int, float, float]:
    """Where a case stands in the moderators' queue (sort ascending): urgent first; then by
    band of severity (child safety and threats first); within a band, a case that holds
    salon messages before their delivery (``holds``: people are waiting on it) before the
    others; then the detection score (a report counts as certain), then the oldest.

    A held case still unread past the time limit (``overdue``, docs/detection.md "Held
    messages") rises one band, never into the first (child safety, threats, distress),
    and goes first among the held cases of its band.
    """
    rises = overdue and holds > 0
    band = max(1, severity - 1) if rises and severity > 1 else severity
    return (
        not urgent,
        band,
        not holds,
        not rises,
        severity,
        -(1.0 if score is None else score),
        created_at,
    )


def next_case_status(status: str, event: CaseEvent) -> CaseStatus:
    """The status a case moves to on ``event``.

    Raises:
        DomainError: ``case_closed`` when the table has no such move (deciding a case
            twice, reviewing a case nobody appealed).
    """
    try:
        return CASE_TRANSITIONS[(CaseStatus(status), event)]
    except (KeyError, ValueError):
        raise DomainError("case_closed", state=status) from None


# ---------------------------------------------------------------- the sanctions ladder


class Action(StrEnum):
    """Moderator actions, from the lightest to the heaviest, then room actions."""

    DISMISS = "dismiss"  # no violation found: no restriction, the reporter is told
    DELETE_MESSAGE = "delete_message"
    WARNING = "warning"
    MUTE = "mute"
    KICK = "kick"
    VOICE_REMOVE = "voice_remove"  # out of one room's voice room (issue 13 §5)
    SUSPENSION = "suspension"
    BAN = "ban"
    ROOM_SLOW = "room_slow"
    ROOM_LOCK = "room_lock"
    ROOM_CLOSE = "room_close"


@dataclass(frozen=True, slots=True)
class Rung:
    """One rung of the ladder: whether it needs a duration, and its DSA shape."""

    timed: bool
    default_seconds: float | None
    max_seconds: float | None
    visibility: str
    account: str
    restricts: bool  # a restriction: it needs a statement of reasons (art. 17)


VOICE_REMOVAL_SECONDS = 600.0

LADDER: dict[Action, Rung] = {
    Action.DISMISS: Rung(False, None, None, "", "", restricts=False),
    Action.DELETE_MESSAGE: Rung(
        False, None, None, "DECISION_VISIBILITY_CONTENT_REMOVED", "", restricts=True
    ),
    Action.WARNING: Rung(False, None, None, "", "", restricts=True),
    Action.MUTE: Rung(True, 3600.0, 30 * DAY, "", "DECISION_ACCOUNT_SUSPENDED", restricts=True),
    Action.KICK: Rung(True, 3600.0, 30 * DAY, "DECISION_VISIBILITY_OTHER", "", restricts=True),
    # Ten minutes out of one voice room: long enough to cut a raid or a shouting match
    # short, short enough to need no more than the moderator's live judgement.
    Action.VOICE_REMOVE: Rung(
        True,
        VOICE_REMOVAL_SECONDS,
        VOICE_REMOVAL_SECONDS,
        "DECISION_VISIBILITY_OTHER",
        "",
        restricts=True,
    ),
    Action.SUSPENSION: Rung(
        True, 7 * DAY, 365 * DAY, "", "DECISION_ACCOUNT_SUSPENDED", restricts=True
    ),
    Action.BAN: Rung(False, None, None, "", "DECISION_ACCOUNT_TERMINATED", restricts=True),
    Action.ROOM_SLOW: Rung(True, 3600.0, 30 * DAY, "", "", restricts=False),
    Action.ROOM_LOCK: Rung(True, 3600.0, 30 * DAY, "", "", restricts=False),
    Action.ROOM_CLOSE: Rung(
        False, None, None, "DECISION_VISIBILITY_CONTENT_DISABLED", "", restricts=False
    ),
}
ROOM_ACTIONS = frozenset({Action.ROOM_SLOW, Action.ROOM_LOCK, Action.ROOM_CLOSE})
# Restrictions that bind a person in one room only (the case's room).
IN_ROOM = frozenset({Action.KICK, Action.VOICE_REMOVE})
# Sanctions that keep a person out of the whole service.
EXCLUSIONS = frozenset({Action.SUSPENSION, Action.BAN})
# Categories where a suspension or a ban also binds the addresses the person uses
# (docs/moderation.md §3, "Which sanctions bind an address"). An address is shared: a
# household's box, and on French mobile networks a carrier-grade NAT where hundreds of
# strangers leave through one address. Binding it shuts all of them out, so it is kept
# for the harms where a return under a new device does the gravest damage (sexual
# exploitation of children, threats to life, trafficking); everything else binds the
# account and the devices only. Mutes and kicks never bind an address.
ADDRESS_BOUND: frozenset[Category] = frozenset(
    {Category.CHILD_SEXUAL_ABUSE, Category.GROOMING, Category.THREAT, Category.PROSTITUTION}
)


def binds_addresses(action: Action, category: Category) -> bool:
    """Whether a sanction ``action`` for ``category`` binds the person's addresses too."""
    return action in EXCLUSIONS and category in ADDRESS_BOUND


# Done once, when decided: their sanction record ends as it is applied (it binds nothing
# afterwards and its retention runs from that day, docs/moderation.md §8).
ONE_OFF = frozenset({Action.DELETE_MESSAGE, Action.WARNING})


def person_keys(user_id: str, device_hash: str | None, ip_hash: str | None) -> set[str]:
    """What a sanction binds to: the person's id, device token and address, so that a
    new pseudo on the same device or from the same address is still bound."""
    keys = {f"u:{user_id}"}
    if device_hash:
        keys.add(f"d:{device_hash}")
    if ip_hash:
        keys.add(f"i:{ip_hash}")
    return keys


def check_action(value: object) -> Action:
    try:
        return Action(str(value))
    except ValueError:
        raise DomainError("bad_action", field="action") from None


def sanction_end(action: Action, now: float, seconds: float | None) -> float | None:
    """When a sanction ends (None: never, or not timed).

    Raises:
        DomainError: ``bad_duration`` when the duration is out of the rung's range, or
            given for a rung that has none (a ban, a deletion: never silently ignored).
    """
    rung = LADDER[action]
    if not rung.timed:
        if seconds is not None:
            raise DomainError("bad_duration", field="duration", max=None)
        return None
    duration = rung.default_seconds if seconds is None else seconds
    assert duration is not None
    if duration <= 0 or (rung.max_seconds is not None and duration > rung.max_seconds):
        raise DomainError("bad_duration", field="duration", max=rung.max_seconds)
    return now + duration


def is_active(
    starts_at: float, ends_at: float | None, revoked_at: float | None, now: float
) -> bool:
    """A sanction binds from its start until its end, unless revoked (appeal)."""
    if revoked_at is not None and revoked_at <= now:
        return False
    return starts_at <= now and (ends_at is None or now < ends_at)


# ---------------------------------------------------------------- statement of reasons


class Ground(StrEnum):
    ILLEGAL = "DECISION_GROUND_ILLEGAL_CONTENT"
    INCOMPATIBLE = "DECISION_GROUND_INCOMPATIBLE_CONTENT"


GROUNDS = {"illegal": Ground.ILLEGAL, "incompatible": Ground.INCOMPATIBLE}


class Source(StrEnum):
    ARTICLE_16 = "SOURCE_ARTICLE_16"  # a notice from a user
    VOLUNTARY = "SOURCE_VOLUNTARY"  # own-initiative investigation
    TRUSTED_FLAGGER = "SOURCE_TRUSTED_FLAGGER"


def statement_of_reasons(
    *,
    puid: str,
    action: Action,
    category: Category,
    ground: Ground,
    reference: str,
    facts: str,
    source: Source,
    content_type: str,
    content_date: float | None,
    application_date: float,
    end_date: float | None,
    automated_detection: bool = False,
) -> dict[str, Any]:
    """The statement of reasons (DSA art. 17(3)) in the DSA Transparency Database shape.

    Decisions here are never automated (art. 17(3)(c): we say so); automated detection may
    have flagged the content.
    """
    rung = LADDER[action]
    statement: dict[str, Any] = {
        "puid": puid,
        "decision_visibility": [rung.visibility] if rung.visibility else [],
        "decision_account": rung.account or None,
        "decision_ground": ground.value,
        "category": DSA_CATEGORY[category],
        "category_specification": category.value,
        "decision_facts": facts,
        "content_type": [content_type],
        "content_date": _date(content_date),
        "application_date": _date(application_date),
        "end_date_account_restriction": _date(end_date) if rung.account else None,
        "end_date_visibility_restriction": _date(end_date) if rung.visibility else None,
        "automated_detection": "Yes" if automated_detection else "No",
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
        "source_type": source.value,
        "action": action.value,
    }
    if ground is Ground.ILLEGAL:
        statement["illegal_content_legal_ground"] = reference
        statement["illegal_content_explanation"] = facts
    else:
        statement["incompatible_content_ground"] = reference
        statement["incompatible_content_explanation"] = facts
    return statement


def _date(ts: float | None) -> str | None:
    if ts is None:
        return None
    import datetime as _dt  # stdlib, formatting only: the time itself is an argument

    return _dt.datetime.fromtimestamp(ts, tz=_dt.UTC).strftime("%Y-%m-%d")


# ---------------------------------------------------------------- appeals (art. 20)


class AppealState(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"  # the decision stands
    REVERSED = "reversed"  # the decision is undone


APPEAL_TRANSITIONS: dict[tuple[AppealState, str], AppealState] = {
    (AppealState.PENDING, "uphold"): AppealState.UPHELD,
    (AppealState.PENDING, "reverse"): AppealState.REVERSED,
}


class AppealOutcome(StrEnum):
    UPHOLD = "uphold"
    REVERSE = "reverse"


def check_outcome(value: object) -> AppealOutcome:
    """Raises DomainError ``bad_outcome`` for anything but uphold or reverse."""
    try:
        return AppealOutcome(str(value))
    except ValueError:
        raise DomainError("bad_outcome", field="outcome") from None


def check_ground(value: object) -> Ground:
    """``illegal`` or ``incompatible`` (the console's words) to the DSA ground.

    Raises:
        DomainError: ``bad_ground`` for anything else (never a silent default).
    """
    try:
        return GROUNDS[str(value)]
    except KeyError:
        raise DomainError("bad_ground", field="ground") from None


def check_can_appeal(decided_at: float, now: float, already_appealed: bool) -> None:
    """Raises DomainError ``appeal_window_closed`` or ``already_appealed``."""
    if already_appealed:
        raise DomainError("already_appealed")
    if now > decided_at + APPEAL_WINDOW:
        raise DomainError("appeal_window_closed")


def decide_appeal(
    state: AppealState, outcome: str, *, decider: str, original_decider: str
) -> AppealState:
    """An appeal is decided by a person other than the one who took the decision
    (DSA art. 20(6): "not solely on the basis of automated means", by qualified staff).

    Raises:
        DomainError: ``same_moderator`` or ``bad_request_state``.
    """
    if decider == original_decider:
        raise DomainError("same_moderator")
    try:
        return APPEAL_TRANSITIONS[(state, outcome)]
    except KeyError:
        raise DomainError("bad_request_state", state=state.value) from None


# ---------------------------------------------------------------- evidence and audit


def canonical_json(value: Any) -> bytes:
    """One byte form per value: sorted keys, no spaces, UTF-8 (hashes must be stable)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def seal(content: Any) -> str:
    """SHA-256 of the canonical form: the seal of a piece of evidence."""
    return hashlib.sha256(canonical_json(content)).hexdigest()


GENESIS = "0" * 64


def chain_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    """Hash of one audit entry, bound to the previous one: altering or removing any entry
    breaks every hash after it."""
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical_json(entry)).hexdigest()


def verify_chain(entries: list[tuple[int, str, str, dict[str, Any]]]) -> list[str]:
    """Check ``(seq, prev_hash, hash, entry)`` rows in seq order; return the problems."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    for seq, prev_hash, digest, entry in entries:
        if seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (found {seq})")
            expected_seq = seq
        if prev_hash != prev:
            problems.append(f"entry {seq}: previous hash does not match (removed or altered)")
        if chain_hash(prev_hash, entry) != digest:
            problems.append(f"entry {seq}: content does not match its hash (altered)")
        prev = digest
        expected_seq += 1
    return problems


# ---------------------------------------------------------------- retention


@dataclass(frozen=True, slots=True)
class Retention:
    """How long each kind of record is kept (docs/moderation.md, retention table)."""

    messages_days: float = 7.0  # unreported messages (GDPR art. 5(1)(e))
    content_log_days: float = 365.0  # LCEN art. 6 / décret 2021-1362 art. 3: one year
    evidence_days: float = 365.0  # sealed evidence, or longer while a case is open
    sanctions_days: float = 365.0  # after a sanction ended (or was revoked)
    cases_days: float = 365.0  # after the decision: the case, its reports and notices
    exports_days: float = 365.0  # lawful-request bundles written under data/exports
    guests_days: float = 30.0  # guest profiles after their last activity

    def horizon(self, days: float, now: float) -> float:
        return now - days * DAY
