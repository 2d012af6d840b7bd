"""The chat's guard: checks on entry, join and say against an in-memory index of active
sanctions, and the sanctions' binding to the person (id, devices, addresses) on every node.
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import structlog

from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.domain.moderation import Action, person_keys
from papote.messages import until_text
from papote.ports import Clock, Envelope, ModerationStore, SanctionRow, UserRow
from papote.service.control import SanctionsChanged, control_envelope

log = structlog.get_logger(__name__)

PERSON_ACTIONS = frozenset({Action.MUTE, Action.SUSPENSION, Action.BAN})
# The author of the cool-down that follows a minor's disclosure (moderation.automated):
# the guard answers "réservé aux adultes" (with the 3018) for it, not "suspendu".
MINOR_COOLDOWN = "system:minor-cooldown"

Publish = Callable[[Envelope], Awaitable[Any]]


class SanctionIndex:
    """Active sanctions by person key and by room, for checks without a database trip."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[SanctionRow]] = {}
        self.by_room: dict[str, list[SanctionRow]] = {}

    def load(self, rows: Iterable[SanctionRow]) -> None:
        by_key: dict[str, list[SanctionRow]] = {}
        by_room: dict[str, list[SanctionRow]] = {}
        for row in rows:
            if row.user_id is None and row.room_id is not None:
                by_room.setdefault(row.room_id, []).append(row)
                continue
            for key in person_keys(row.user_id or "", row.device_hash, row.ip_hash):
                if key != "u:":
                    by_key.setdefault(key, []).append(row)
        self.by_key, self.by_room = by_key, by_room

    def person(
        self,
        keys: Iterable[str],
        actions: frozenset[Action],
        now: float,
        room_id: str | None = None,
        cooldown: bool | None = None,
    ) -> SanctionRow | None:
        """The longest active sanction among ``actions`` matching any of ``keys``
        (``cooldown``: only a minor's cool-downs, or none of them; None: any)."""
        found: SanctionRow | None = None
        for key in keys:
            for row in self.by_key.get(key, ()):
                if Action(row.action) not in actions or row.room_id != room_id:
                    continue
                if cooldown is not None and (row.created_by == MINOR_COOLDOWN) != cooldown:
                    continue
                if not rules.is_active(row.starts_at, row.ends_at, row.revoked_at, now):
                    continue
                if found is None or (
                    row.ends_at is None
                    or (found.ends_at is not None and row.ends_at > found.ends_at)
                ):
                    found = row
        return found

    def room(self, room_id: str, action: Action, now: float) -> SanctionRow | None:
        for row in self.by_room.get(room_id, ()):
            if row.action == action.value and rules.is_active(
                row.starts_at, row.ends_at, row.revoked_at, now
            ):
                return row
        return None


def sanction_rows(
    sanction_id: str,
    bindings: Iterable[tuple[str | None, str | None]],
    *,
    case_id: str,
    action: Action,
    user_id: str,
    room_id: str | None,
    starts_at: float,
    ends_at: float | None,
    created_by: str,
    statement_id: str,
) -> list[SanctionRow]:
    """One sanction row per (device, address) binding, all under one statement; the first
    keeps ``sanction_id``, the others add ``-n`` to it."""
    return [
        SanctionRow(
            id=sanction_id if n == 0 else f"{sanction_id}-{n}",
            case_id=case_id,
            action=action.value,
            user_id=user_id,
            room_id=room_id,
            device_hash=device,
            ip_hash=address,
            starts_at=starts_at,
            ends_at=ends_at,
            revoked_at=None,
            created_by=created_by,
            statement_id=statement_id,
        )
        for n, (device, address) in enumerate(bindings)
    ]


@dataclass(kw_only=True, eq=False)
class Guard:
    """Moderation on the hot path: every check reads memory; a change is stored, applied
    here at once and announced to the other nodes with a ``sanctions`` control message.

    Args:
        live_keys: the person keys (``d:<device>``, ``i:<address>``) a user is connected
            from on this node right now (the hub knows them).
    """

    mstore: ModerationStore
    clock: Clock
    new_id: Callable[[], str]
    publish: Publish
    live_keys: Callable[[str], set[str]]
    node_id: str
    index: SanctionIndex = field(default_factory=SanctionIndex, init=False)
    last_say: dict[tuple[str, str], float] = field(default_factory=dict, init=False)

    async def reload(self) -> None:
        """Reload the active sanctions (on start and whenever a node changes one)."""
        self.index.load(await self.mstore.active_sanctions(self.clock.now()))

    async def add_sanctions(self, rows: Sequence[SanctionRow]) -> None:
        """Store sanctions and apply them here at once (other nodes follow on changed)."""
        for row in rows:
            await self.mstore.add_sanction(row)
        await self.reload()

    async def changed(self) -> None:
        """Tell every node (this one included) that sanctions changed."""
        await self.publish(control_envelope(SanctionsChanged(), self.node_id))

    def bindings(
        self, user_id: str, target: UserRow | None, *, addresses: bool
    ) -> list[tuple[str | None, str | None]]:
        """(device hash, address hash) pairs a person sanction binds, the session's first;
        addresses only when ``addresses`` (rules.binds_addresses: never a whole carrier
        address for a minor category)."""
        first = (
            (target.device_hash, target.ip_hash if addresses else None) if target else (None, None)
        )
        live = self.live_keys(user_id)
        return [first, *_pairs(live, {first[0]}, {first[1]}, addresses)]

    async def bind_live(self, user_id: str, keys: Iterable[str]) -> bool:
        """Bind the devices and addresses ``user_id`` is connected from on this node to
        their active mutes, suspensions and bans.

        The node that decided a sanction bound the connections it saw; the person may
        have tabs on other nodes from another device or address, which each node adds
        here when it hears of the sanction (with the same statement: an appeal lifts
        them together). Returns True if anything was added (the other nodes are told).
        """
        now = self.clock.now()
        by_statement: dict[str | None, list[SanctionRow]] = {}
        for row in self.index.by_key.get(f"u:{user_id}", ()):
            if (
                row.user_id == user_id
                and row.room_id is None
                and Action(row.action) in PERSON_ACTIONS
                and rules.is_active(row.starts_at, row.ends_at, row.revoked_at, now)
            ):
                by_statement.setdefault(row.statement_id or row.id, []).append(row)
        keys = set(keys)
        added: list[SanctionRow] = []
        for rows in by_statement.values():
            # A statement that bound no address (its category does not allow it) binds
            # none on this node either.
            with_addresses = any(r.ip_hash for r in rows)
            added.extend(
                replace(rows[0], id=self.new_id(), device_hash=device, ip_hash=address)
                for device, address in _pairs(
                    keys,
                    {r.device_hash for r in rows},
                    {r.ip_hash for r in rows},
                    with_addresses,
                )
            )
        if not added:
            return False
        await self.add_sanctions(added)
        await self.changed()
        log.info("sanction bound to live connections", user=user_id, rows=len(added))
        return True

    # ------------------------------------------------------------------ checks

    def check_enter(self, keys: Iterable[str], trusted_device: bool = False) -> None:
        """Raises DomainError ``banned`` if a suspension or ban binds any of ``keys``,
        ``adults_only`` if a minor's cool-down does.

        A cool-down binds the minor (``u:``), their devices, and their address for new
        sessions from devices Papote does not know yet (``trusted_device``: a signed
        device cookie old enough, SessionService.known_device): the minor in a private
        window is kept out, the adults of the household or of the carrier's shared
        address who already come here are not, and no one connected is shown out by it.
        """
        keys = set(keys)
        now = self.clock.now()
        cool_keys = keys
        if trusted_device or any(k.startswith("u:") and k != "u:" for k in keys):
            cool_keys = {k for k in keys if not k.startswith("i:")}
        cool = self.index.person(cool_keys, rules.EXCLUSIONS, now, cooldown=True)
        row = self.index.person(keys, rules.EXCLUSIONS, now, cooldown=False)
        if row is None and cool is not None:
            raise DomainError(
                "adults_only", until=until_text(cool.ends_at), notice=cool.statement_id or ""
            )
        if row is not None:
            raise DomainError(
                "banned", until=until_text(row.ends_at), notice=row.statement_id or ""
            )

    def check_join(self, keys: Iterable[str], room_id: str, already_in: bool) -> None:
        now = self.clock.now()
        if self.index.room(room_id, Action.ROOM_CLOSE, now) is not None:
            raise DomainError("room_closed", field="room")
        kicked = self.index.person(keys, frozenset({Action.KICK}), now, room_id=room_id)
        if kicked is not None:
            raise DomainError(
                "kicked", field="room", until=until_text(kicked.ends_at), ends_at=kicked.ends_at
            )
        if not already_in and self.index.room(room_id, Action.ROOM_LOCK, now) is not None:
            raise DomainError("room_locked", field="room")

    def check_voice(self, keys: Iterable[str], room_id: str) -> None:
        """A moderator's removal keeps the person out of that room's voice room.

        Raises:
            DomainError: ``voice_removed`` (``until``) while it runs.
        """
        removed = self.index.person(
            keys, frozenset({Action.VOICE_REMOVE}), self.clock.now(), room_id=room_id
        )
        if removed is not None:
            raise DomainError("voice_removed", field="room", until=until_text(removed.ends_at))

    def check_speak(self, keys: Iterable[str]) -> None:
        """A mute also mutes voice (issue 13 §5).

        Raises:
            DomainError: ``voice_muted`` while a mute runs.
        """
        muted = self.index.person(keys, frozenset({Action.MUTE}), self.clock.now())
        if muted is not None:
            raise DomainError("voice_muted", until=until_text(muted.ends_at))

    def check_say(self, keys: Iterable[str], user_id: str, room_id: str) -> None:
        now = self.clock.now()
        muted = self.index.person(keys, frozenset({Action.MUTE}), now)
        if muted is not None:
            raise DomainError("muted", until=until_text(muted.ends_at))
        if self.index.room(room_id, Action.ROOM_CLOSE, now) is not None:
            raise DomainError("room_closed", field="room")
        slow = self.index.room(room_id, Action.ROOM_SLOW, now)
        if slow is not None and slow.param:
            last = self.last_say.get((user_id, room_id))
            if last is not None and now - last < slow.param:
                raise DomainError(
                    "slow_mode", retry_after=round(slow.param - (now - last), 2), seconds=slow.param
                )
            self.last_say[(user_id, room_id)] = now


def _pairs(
    keys: Iterable[str], devices: set[str | None], addresses: set[str | None], with_addresses: bool
) -> Iterable[tuple[str | None, str | None]]:
    """(device, address) rows for the ``d:``/``i:`` keys not bound yet (``devices``,
    ``addresses``), addresses only ``with_addresses``."""
    keys = set(keys)
    new_devices = sorted({k[2:] for k in keys if k.startswith("d:")} - devices)
    new_addresses = (
        sorted({k[2:] for k in keys if k.startswith("i:")} - addresses) if with_addresses else []
    )
    return itertools.zip_longest(new_devices, new_addresses)
