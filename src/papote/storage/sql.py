"""SqlStore: the Store port on SQLAlchemy Core async, same SQL for SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

import structlog
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    and_,
    any_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from papote.ports import (
    Arrival,
    DmRequestRow,
    NewMessage,
    NewUser,
    RoomRow,
    StoredMessage,
    UserRow,
)
from papote.storage import schema as t
from papote.storage.engine import sqlite_pragmas, writer_engine
from papote.storage.rows import from_row, to_values

log = structlog.get_logger(__name__)

# Joins the ids a user blocks in one column of ``arrivals`` (ids are hex or slugs: the
# ASCII unit separator, character 31, is in none of them).
BLOCKED_SEPARATOR = chr(31)

_A = TypeVar("_A")
_T = TypeVar("_T")


def _one_of(column: Any, postgres: bool) -> ColumnElement[bool]:
    """``column`` is one of the list given as the ``keys`` parameter.

    On PostgreSQL ``column = ANY(:keys)``, one array parameter: the statement's text is
    the same whatever the number of keys, so asyncpg prepares it once per connection. An
    ``IN (...)`` list is a new statement for every length, parsed and planned again by the
    server and prepared again by the driver (an extra round trip): the most expensive
    part of the small batches of an arrival storm. SQLite has no arrays: an expanding IN.
    """
    if postgres:
        return column == any_(bindparam("keys", type_=postgresql.ARRAY(column.type)))  # type: ignore[no-any-return]
    return column.in_(bindparam("keys", expanding=True))  # type: ignore[no-any-return]


class _Batched:
    """The statements of the batched arrival path, built once per store (building and
    keying a statement with subqueries was a millisecond of CPU per batch)."""

    def __init__(self, postgres: bool) -> None:
        users, claims, blocks = t.users, t.pseudo_claims, t.blocks
        requests, notices = t.dm_requests, t.notices
        self.in_use = select(claims.c.pseudo_folded).where(
            _one_of(claims.c.pseudo_folded, postgres), claims.c.active_until > bindparam("now")
        )
        more = or_(
            exists().where(requests.c.from_id == users.c.id),
            exists().where(requests.c.to_id == users.c.id),
            exists().where(notices.c.user_id == users.c.id, notices.c.read_at.is_(None)),
        )
        # Whom each one blocks, in the same statement (one round trip per batch, not
        # two): the ids joined by a separator no id holds (string_agg / group_concat).
        # (Not func.aggregate_strings: its separator is a parameter rendered into the
        # text at each execution.)
        joined = (
            func.string_agg(blocks.c.blocked_id, func.chr(31))
            if postgres
            else func.group_concat(blocks.c.blocked_id, func.char(31))
        )
        blocked = select(joined).where(blocks.c.blocker_id == users.c.id).scalar_subquery()
        self.arrivals = select(users, more.label("more"), blocked.label("blocked")).where(
            _one_of(users.c.token_hash, postgres)
        )
        self.extend_users = (
            update(users)
            .where(_one_of(users.c.id, postgres))
            .values(active_until=bindparam("until"))
        )
        self.extend_claims = (
            update(claims)
            .where(_one_of(claims.c.user_id, postgres))
            .values(active_until=bindparam("until"))
        )


class SqlStore:
    """The Store port (papote.ports.Store) for any SQLAlchemy async engine."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        # SQLite: a synchronous engine on the same file for the group commit (WAL and a
        # busy timeout make the two safe together); None on PostgreSQL.
        self._writer: Engine | None = writer_engine(engine)
        # SQLite: small group commits on the event loop's own thread (``InlineAppends``).
        self._inline: InlineAppends | None = (
            InlineAppends(self._writer) if self._writer is not None else None
        )
        self._batched = _Batched(engine.dialect.name == "postgresql")
        # The batched reads of an arrival storm without a transaction around them: on
        # PostgreSQL a read in a transaction costs a BEGIN and a ROLLBACK more, two
        # round trips of the three or four of a batch (each statement still sees one
        # snapshot). SQLite's driver opens no transaction for a read anyway (and there
        # setting the level is a hop to aiosqlite's thread).
        self._reads: AsyncEngine = engine
        if engine.dialect.name == "postgresql":
            self._reads = engine.execution_options(isolation_level="AUTOCOMMIT")

    async def close(self) -> None:
        if self._inline is not None:
            await self._inline.close()
        await self.engine.dispose()
        if self._writer is not None:
            self._writer.dispose()

    # ------------------------------------------------------------------ users

    async def create_user(self, user: UserRow) -> None:
        """Insert a user without claiming the pseudo (guests enter through
        ``create_user_if_pseudo_free``)."""
        async with self.engine.begin() as conn:
            await self._insert_user(conn, user)

    async def create_user_if_pseudo_free(self, user: UserRow, now: float) -> bool:
        """Claim ``user.pseudo_folded`` until ``user.active_until`` and insert the user, in
        one transaction; False, and nothing written, when another user holds the pseudo
        after ``now`` (``create_users`` for one entry)."""
        return (await self.create_users([NewUser(user, now)]))[0]

    async def create_users(self, entries: Sequence[NewUser]) -> list[bool]:
        """The claims of many entries, their users and LCEN records in one transaction:
        the group commit of a crowd entering (see ``_create_users``)."""
        if not entries:
            return []
        return await self._transaction(_create_users, entries)

    async def _transaction(self, work: Callable[[Connection, _A], _T], arg: _A) -> _T:
        """Run ``work(conn, arg)`` in one transaction, in one hop.

        On SQLite the whole transaction runs in one hop to a thread, on a connection of
        its own (``writer_engine``): through aiosqlite each statement, cursor and fetch
        is a hop that waits for the busy event loop to come round, and a commit of 400
        messages took 150 to 350 ms under load (docs/performance.md). On PostgreSQL it
        runs through ``run_sync`` on the async engine.
        """
        if self._writer is not None:
            return await asyncio.to_thread(_in_transaction, self._writer, work, arg)
        async with self.engine.begin() as conn:
            return await conn.run_sync(work, arg)

    @staticmethod
    async def _insert_user(conn: AsyncConnection, user: UserRow) -> None:
        await conn.execute(insert(t.users).values(**to_values(user)))

    async def get_user(self, user_id: str) -> UserRow | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(t.users).where(t.users.c.id == user_id))).first()
        return from_row(UserRow, row) if row else None

    async def get_users(self, user_ids: Sequence[str]) -> list[UserRow]:
        if not user_ids:
            return []
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(select(t.users).where(t.users.c.id.in_(list(user_ids))))
            ).all()
        return [from_row(UserRow, r) for r in rows]

    async def get_user_by_token(self, token_hash: str) -> UserRow | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(select(t.users).where(t.users.c.token_hash == token_hash))
            ).first()
        return from_row(UserRow, row) if row else None

    async def pseudo_in_use(self, pseudo_folded: str, now: float) -> bool:
        return bool(await self.pseudos_in_use([pseudo_folded], now))

    async def pseudos_in_use(self, pseudo_folded: Sequence[str], now: float) -> set[str]:
        async with self._reads.connect() as conn:
            rows = (
                await conn.execute(
                    self._batched.in_use, {"keys": sorted(set(pseudo_folded)), "now": now}
                )
            ).all()
        return {row[0] for row in rows}

    async def arrivals(self, token_hashes: Sequence[str]) -> list[Arrival | None]:
        """Two statements for any number of sockets opening: the users with a flag saying
        whether ``hello`` must read more (any DM request from or to them, any unread
        notice: a superset of what it shows, so nothing is missed), and whom they block:
        one statement for any number of sockets opening."""
        if not token_hashes:
            return []
        async with self._reads.connect() as conn:
            rows = (
                await conn.execute(self._batched.arrivals, {"keys": sorted(set(token_hashes))})
            ).all()
        found = {
            r.token_hash: Arrival(
                from_row(UserRow, r),
                frozenset(r.blocked.split(BLOCKED_SEPARATOR)) if r.blocked else frozenset(),
                bool(r.more),
            )
            for r in rows
        }
        return [found.get(h) for h in token_hashes]

    async def set_active_until(self, user_ids: Sequence[str], until: float) -> None:
        """Extend the users' sessions and, in step, the pseudo claims they still hold."""
        if not user_ids:
            return
        params = {"keys": list(user_ids), "until": until}
        async with self.engine.begin() as conn:
            await conn.execute(self._batched.extend_users, params)
            await conn.execute(self._batched.extend_claims, params)

    async def end_session(self, user_id: str, now: float, dead_token_hash: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.users)
                .where(t.users.c.id == user_id)
                .values(
                    active_until=now,
                    token_hash=dead_token_hash,
                    resume_hash=None,
                )
            )
            await conn.execute(delete(t.pseudo_claims).where(t.pseudo_claims.c.user_id == user_id))

    async def resume_session(
        self,
        pseudo_folded: str,
        resume_hash: str,
        token_hash: str,
        new_resume_hash: str,
        now: float,
        until: float,
    ) -> UserRow | None:
        claims, users = t.pseudo_claims, t.users
        holder = (
            select(claims.c.user_id)
            .where(claims.c.pseudo_folded == pseudo_folded, claims.c.active_until > now)
            .scalar_subquery()
        )
        async with self.engine.begin() as conn:
            # One conditional UPDATE: of two tabs resuming with one secret, one wins.
            row = (
                await conn.execute(
                    update(users)
                    .where(users.c.id == holder, users.c.resume_hash == resume_hash)
                    .values(token_hash=token_hash, resume_hash=new_resume_hash, active_until=until)
                    .returning(*users.c)
                )
            ).first()
            if row is None:
                return None
            await conn.execute(
                update(claims).where(claims.c.user_id == row.id).values(active_until=until)
            )
        return from_row(UserRow, row)

    # ------------------------------------------------------------------ rooms

    async def upsert_salons(self, salons: Sequence[RoomRow]) -> None:
        """Insert new salons, update names/topics/order of existing ones; keep seqs.

        Nodes starting together may both insert the same new salon: the loser's
        transaction fails on the primary key, and its retry finds the row and updates it.
        """
        try:
            await self._upsert_salons(salons)
        except IntegrityError:
            await self._upsert_salons(salons)

    async def _upsert_salons(self, salons: Sequence[RoomRow]) -> None:
        async with self.engine.begin() as conn:
            existing = {
                r.id
                for r in (
                    await conn.execute(select(t.rooms.c.id).where(t.rooms.c.kind == "salon"))
                ).all()
            }
            for salon in salons:
                if salon.id in existing:
                    await conn.execute(
                        update(t.rooms)
                        .where(t.rooms.c.id == salon.id)
                        .values(
                            name=salon.name,
                            topic=salon.topic,
                            position=salon.position,
                            category=salon.category,
                            voice=salon.voice,
                        )
                    )
                else:
                    await conn.execute(
                        insert(t.rooms).values(
                            id=salon.id,
                            kind="salon",
                            name=salon.name,
                            topic=salon.topic,
                            owner_id=None,
                            password_hash=None,
                            created_at=salon.created_at,
                            last_seq=0,
                            position=salon.position,
                            category=salon.category,
                            voice=salon.voice,
                        )
                    )

    async def list_rooms(self, kind: str) -> list[RoomRow]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.rooms)
                    .where(t.rooms.c.kind == kind)
                    .order_by(t.rooms.c.position, t.rooms.c.id)
                )
            ).all()
        return [from_row(RoomRow, r) for r in rows]

    async def get_room(self, room_id: str) -> RoomRow | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(t.rooms).where(t.rooms.c.id == room_id))).first()
        return from_row(RoomRow, row) if row else None

    async def create_room(self, room: RoomRow) -> None:
        async with self.engine.begin() as conn:
            # A room starts at seq 0, whatever the row says.
            await conn.execute(insert(t.rooms).values(**{**to_values(room), "last_seq": 0}))

    async def set_room_voice(self, room_id: str, voice: bool) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(t.rooms).where(t.rooms.c.id == room_id).values(voice=voice))

    async def add_member(self, room_id: str, user_id: str, role: str, now: float) -> None:
        """Add or upgrade a membership (invited < member < owner; never downgraded)."""
        rank = {"invited": 0, "member": 1, "owner": 2}
        async with self.engine.begin() as conn:
            current = (
                await conn.execute(
                    select(t.room_members.c.role).where(
                        t.room_members.c.room_id == room_id, t.room_members.c.user_id == user_id
                    )
                )
            ).scalar()
            if current is None:
                try:
                    await conn.execute(
                        insert(t.room_members).values(
                            room_id=room_id, user_id=user_id, role=role, added_at=now
                        )
                    )
                except IntegrityError:  # a concurrent add won: keep theirs
                    return
            elif rank[role] > rank.get(current, 0):
                await conn.execute(
                    update(t.room_members)
                    .where(t.room_members.c.room_id == room_id, t.room_members.c.user_id == user_id)
                    .values(role=role)
                )

    async def member_role(self, room_id: str, user_id: str) -> str | None:
        async with self.engine.connect() as conn:
            role = (
                await conn.execute(
                    select(t.room_members.c.role).where(
                        t.room_members.c.room_id == room_id, t.room_members.c.user_id == user_id
                    )
                )
            ).scalar()
        return str(role) if role is not None else None

    async def set_sensitive_photos(self, room_id: str, user_id: str, at: float | None) -> bool:
        members = t.room_members.c
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(t.room_members)
                .where(
                    members.room_id == room_id,
                    members.user_id == user_id,
                    members.role.in_(("owner", "member")),
                )
                .values(sensitive_photos_at=at)
            )
        return bool(result.rowcount)

    async def sensitive_photos_accepted(self, room_id: str) -> set[str]:
        members = t.room_members.c
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(members.user_id).where(
                    members.room_id == room_id,
                    members.sensitive_photos_at.is_not(None),
                    members.role.in_(("owner", "member")),
                )
            )
            return {str(user_id) for user_id in rows.scalars()}

    async def room_member_ids(self, room_id: str) -> list[str]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.room_members.c.user_id)
                    .where(t.room_members.c.room_id == room_id)
                    .order_by(t.room_members.c.added_at)
                )
            ).all()
        return [r.user_id for r in rows]

    async def count_rooms_owned(self, user_id: str, kind: str) -> int:
        async with self.engine.connect() as conn:
            n = (
                await conn.execute(
                    select(func.count())
                    .select_from(t.rooms)
                    .where(t.rooms.c.owner_id == user_id, t.rooms.c.kind == kind)
                )
            ).scalar()
        return int(n or 0)

    # ------------------------------------------------------------------ messages

    async def append_messages(self, messages: Sequence[NewMessage]) -> list[StoredMessage]:
        """One transaction for the whole batch (group commit), see ``_append``."""
        if not messages:
            return []
        if self._writer is not None:
            inline = self._inline
            if inline is not None and len(messages) <= inline.max_messages:
                stored = inline.append(messages)
                if stored is not None:
                    return stored
            return await asyncio.to_thread(_append_on_sqlite, self._writer, messages)
        return await self._transaction(_append, messages)

    async def messages_after(self, room_id: str, after_seq: int, limit: int) -> list[StoredMessage]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.messages)
                    .where(t.messages.c.room_id == room_id, t.messages.c.seq > after_seq)
                    .order_by(t.messages.c.seq)
                    .limit(limit)
                )
            ).all()
        return [from_row(StoredMessage, r) for r in rows]

    async def messages_before(
        self, room_id: str, before_seq: int | None, limit: int
    ) -> list[StoredMessage]:
        query = select(t.messages).where(t.messages.c.room_id == room_id)
        if before_seq is not None:
            query = query.where(t.messages.c.seq < before_seq)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query.order_by(t.messages.c.seq.desc()).limit(limit))).all()
        return [from_row(StoredMessage, r) for r in reversed(rows)]

    # ------------------------------------------------------------------ blocks

    async def add_block(self, blocker_id: str, blocked_id: str, now: float) -> None:
        async with self.engine.begin() as conn:
            exists = (
                await conn.execute(
                    select(t.blocks.c.blocker_id).where(
                        t.blocks.c.blocker_id == blocker_id, t.blocks.c.blocked_id == blocked_id
                    )
                )
            ).first()
            if exists is None:
                try:
                    await conn.execute(
                        insert(t.blocks).values(
                            blocker_id=blocker_id, blocked_id=blocked_id, created_at=now
                        )
                    )
                except IntegrityError:
                    return

    async def remove_block(self, blocker_id: str, blocked_id: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                delete(t.blocks).where(
                    t.blocks.c.blocker_id == blocker_id, t.blocks.c.blocked_id == blocked_id
                )
            )

    async def blocked_by(self, blocker_id: str) -> set[str]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.blocks.c.blocked_id).where(t.blocks.c.blocker_id == blocker_id)
                )
            ).all()
        return {r.blocked_id for r in rows}

    # ------------------------------------------------------------------ DM requests

    async def create_dm_request(self, request: DmRequestRow) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(insert(t.dm_requests).values(**to_values(request)))

    async def get_dm_request(self, request_id: str) -> DmRequestRow | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(select(t.dm_requests).where(t.dm_requests.c.id == request_id))
            ).first()
        return from_row(DmRequestRow, row) if row else None

    async def update_dm_request(
        self, request_id: str, state: str, now: float, room_id: str | None = None
    ) -> None:
        values: dict[str, Any] = {"state": state, "updated_at": now}
        if room_id is not None:
            values["room_id"] = room_id
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.dm_requests).where(t.dm_requests.c.id == request_id).values(**values)
            )

    async def pending_dm_requests_to(self, user_id: str) -> list[DmRequestRow]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.dm_requests)
                    .where(t.dm_requests.c.to_id == user_id, t.dm_requests.c.state == "requested")
                    .order_by(t.dm_requests.c.created_at)
                )
            ).all()
        return [from_row(DmRequestRow, r) for r in rows]

    # Requests that can still expire (domain.dm.OPEN_STATES).
    _OPEN_REQUEST_STATES = ("requested", "declined", "blocked", "held")

    async def open_dm_requests_from(self, user_id: str) -> list[DmRequestRow]:
        requests = t.dm_requests
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(requests)
                    .where(
                        requests.c.from_id == user_id,
                        requests.c.state.in_(self._OPEN_REQUEST_STATES),
                    )
                    .order_by(requests.c.created_at)
                )
            ).all()
        return [from_row(DmRequestRow, r) for r in rows]

    async def expire_dm_requests(self, created_before: float, now: float) -> list[DmRequestRow]:
        requests = t.dm_requests
        async with self.engine.connect() as conn:
            due = (
                await conn.execute(
                    select(requests).where(
                        requests.c.created_at < created_before,
                        requests.c.state.in_(self._OPEN_REQUEST_STATES),
                    )
                )
            ).all()
        moved = []
        for row in due:
            async with self.engine.begin() as conn:
                # Conditional on the state read: a node sweeping at the same time, or an
                # answer given meanwhile, makes this one a no-op (rowcount 0).
                result = await conn.execute(
                    update(requests)
                    .where(requests.c.id == row.id, requests.c.state == row.state)
                    .values(state="expired", updated_at=now)
                )
            if result.rowcount == 1:
                moved.append(from_row(DmRequestRow, row))
        return moved

    async def count_pending_dm_requests_from(self, user_id: str) -> int:
        async with self.engine.connect() as conn:
            n = (
                await conn.execute(
                    select(func.count())
                    .select_from(t.dm_requests)
                    .where(
                        t.dm_requests.c.from_id == user_id,
                        t.dm_requests.c.state.in_(("requested", "held")),
                    )
                )
            ).scalar()
        return int(n or 0)

    async def find_dm_request_between(self, a: str, b: str) -> DmRequestRow | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(t.dm_requests)
                    .where(
                        or_(
                            and_(t.dm_requests.c.from_id == a, t.dm_requests.c.to_id == b),
                            and_(t.dm_requests.c.from_id == b, t.dm_requests.c.to_id == a),
                        )
                    )
                    .order_by(t.dm_requests.c.updated_at.desc())
                    .limit(1)
                )
            ).first()
        return from_row(DmRequestRow, row) if row else None

    async def dm_rooms_of(self, user_id: str) -> list[tuple[str, str]]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.dm_requests)
                    .where(
                        t.dm_requests.c.room_id.is_not(None),
                        or_(t.dm_requests.c.from_id == user_id, t.dm_requests.c.to_id == user_id),
                    )
                    .order_by(t.dm_requests.c.updated_at)
                )
            ).all()
        seen: dict[str, str] = {}
        for r in rows:
            other = r.to_id if r.from_id == user_id else r.from_id
            seen[r.room_id] = other
        return list(seen.items())

    # ------------------------------------------------------------------ moderation helpers

    async def get_message(self, msg_id: str) -> StoredMessage | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(select(t.messages).where(t.messages.c.msg_id == msg_id))
            ).first()
        return from_row(StoredMessage, row) if row else None

    async def messages_around(
        self, room_id: str, seq: int, before: int, after: int
    ) -> list[StoredMessage]:
        """Up to ``before`` messages before ``seq``, the message itself, ``after`` after it."""
        older = await self.messages_before(room_id, seq, before)
        newer = await self.messages_after(room_id, seq - 1, after + 1)
        return older + newer

    async def recent_messages_of_user(self, user_id: str, limit: int) -> list[StoredMessage]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.messages)
                    .where(t.messages.c.user_id == user_id)
                    .order_by(t.messages.c.ts.desc())
                    .limit(limit)
                )
            ).all()
        return [from_row(StoredMessage, r) for r in reversed(rows)]

    async def delete_message(self, msg_id: str) -> StoredMessage | None:
        message = await self.get_message(msg_id)
        if message is None:
            return None
        async with self.engine.begin() as conn:
            await conn.execute(delete(t.messages).where(t.messages.c.msg_id == msg_id))
        return message

    async def set_message_held(self, msg_id: str, held: str | None) -> StoredMessage | None:
        values: dict[str, Any] = {"held": held}
        if held is None:  # released now: after whatever the room holds so far
            values["released_seq"] = (
                select(t.rooms.c.last_seq)
                .where(t.rooms.c.id == t.messages.c.room_id)
                .scalar_subquery()
            )
        async with self.engine.begin() as conn:
            await conn.execute(
                update(t.messages).where(t.messages.c.msg_id == msg_id).values(**values)
            )
        return await self.get_message(msg_id)

    async def messages_released_since(
        self, room_id: str, seq: int, limit: int
    ) -> list[StoredMessage]:
        m = t.messages.c
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(t.messages)
                    .where(
                        m.room_id == room_id,
                        m.released_seq >= seq,
                        m.seq <= seq,
                        m.held.is_(None),
                    )
                    .order_by(m.released_seq, m.seq)
                    .limit(limit)
                )
            ).all()
        return [from_row(StoredMessage, r) for r in rows]

    async def last_release(self, room_id: str) -> int | None:
        async with self.engine.connect() as conn:
            value = await conn.scalar(
                select(func.max(t.messages.c.released_seq)).where(t.messages.c.room_id == room_id)
            )
        return None if value is None else int(value)

    async def purge_messages(self, before_ts_ms: int) -> int:
        """Delete messages older than the retention horizon (sealed evidence is a copy)."""
        async with self.engine.begin() as conn:
            result = await conn.execute(delete(t.messages).where(t.messages.c.ts < before_ts_ms))
        return int(result.rowcount or 0)

    async def purge_guests(self, inactive_before: float, keep: Sequence[str]) -> int:
        """Delete guest profiles idle since ``inactive_before``, except those in ``keep``."""
        query = delete(t.users).where(t.users.c.active_until < inactive_before)
        if keep:
            query = query.where(t.users.c.id.not_in(list(keep)))
        async with self.engine.begin() as conn:
            result = await conn.execute(query)
            # Claims end with the sessions: whoever held these pseudos is long gone (also
            # the kept profiles: a case keeps the person's record, not their pseudo).
            await conn.execute(
                delete(t.pseudo_claims).where(t.pseudo_claims.c.active_until < inactive_before)
            )
            await conn.execute(
                delete(t.dm_requests).where(
                    t.dm_requests.c.updated_at < inactive_before,
                    t.dm_requests.c.state != "accepted",
                )
            )
        return int(result.rowcount or 0)


def _in_transaction(writer: Engine, work: Callable[[Connection, _A], _T], arg: _A) -> _T:
    with writer.begin() as conn:
        return work(conn, arg)


def _create_users(conn: Connection, entries: Sequence[NewUser]) -> list[bool]:
    """Claim the entries' skeletons, then insert the winners and their LCEN records.

    The claims are one ``INSERT ... ON CONFLICT (pseudo_folded) DO UPDATE ... WHERE
    pseudo_claims.active_until <= now RETURNING``: the primary key serialises concurrent
    claims (several nodes on PostgreSQL, several connections on SQLite), and a row comes
    back only where ours was inserted or took over an expired claim. Rows go in skeleton
    order, so two nodes' batches lock them in the same order (no deadlock); a skeleton
    appears once per statement (PostgreSQL refuses to update a row twice in one), for
    the batch's first entry with it: the others of the batch lose to it or to whoever
    holds it. ``now`` is the batch's latest: a claim that ended before it is free.
    """
    now = max(e.now for e in entries)
    first: dict[str, NewUser] = {}
    for entry in entries:
        first.setdefault(entry.user.pseudo_folded, entry)
    claims = t.pseudo_claims
    dialect: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
    claim = dialect.insert(claims)
    claim = claim.on_conflict_do_update(
        index_elements=[claims.c.pseudo_folded],
        set_={"user_id": claim.excluded.user_id, "active_until": claim.excluded.active_until},
        where=claims.c.active_until <= now,
    )
    # Many parameter sets, not one VALUES list built per batch: SQLAlchemy compiles the
    # statement once and sends the rows as one multi-row INSERT ("insertmanyvalues"), in
    # the order given; compiling a fresh VALUES list each time cost more CPU than the rest
    # of the batch.
    won = {
        row[0]
        for row in conn.execute(
            claim.returning(claims.c.user_id),
            [
                {
                    "pseudo_folded": folded,
                    "user_id": entry.user.id,
                    "active_until": entry.user.active_until,
                }
                for folded, entry in sorted(first.items())
            ],
        )
    }
    winners = [e for e in entries if e.user.id in won]
    if winners:
        conn.execute(insert(t.users), [to_values(e.user) for e in winners])
        logged = [to_values(e.log) for e in winners if e.log is not None]
        if logged:  # LCEN: the profile's identification record commits with it
            conn.execute(insert(t.content_log), logged)
    return [e.user.id in won for e in entries]


def _append(conn: Connection, messages: Sequence[NewMessage]) -> list[StoredMessage]:
    """``_append_with`` through SQLAlchemy's connection (PostgreSQL, in ``run_sync``)."""

    def run(sql: str, params: Any) -> list[Any]:
        return list(conn.exec_driver_sql(sql, params).all())

    def run_many(sql: str, rows: list[tuple[Any, ...]]) -> None:
        conn.exec_driver_sql(sql, rows)

    return _append_with(
        _Statements(conn.dialect.paramstyle, conn.dialect.name, run, run_many), messages
    )


def _append_on_sqlite(writer: Engine, messages: Sequence[NewMessage]) -> list[StoredMessage]:
    """``_append_with`` on the SQLite writer's own driver connection, in one transaction:
    the same statements without SQLAlchemy's work per statement and per transaction
    (an execution context, a result, events, begin and commit objects), 297 -> 119 µs of
    CPU for a commit of one message (docs/performance.md, "The rule screen's prefilter,
    and the commit on SQLite's driver"). The pool still hands the connection out, so the
    entries' transactions (``_create_users``) and this one never overlap; sqlite3 opens
    the transaction before the first statement, as it does under SQLAlchemy."""
    raw = writer.raw_connection()
    try:
        driver: Any = raw.driver_connection
        try:
            stored = _append_on_cursor(driver, messages)
            driver.commit()
        except BaseException:
            driver.rollback()
            raise
        return stored
    finally:
        raw.close()  # back to the pool


def _append_on_cursor(
    conn: sqlite3.Connection, messages: Sequence[NewMessage]
) -> list[StoredMessage]:
    """``_append_with`` on a cursor of a sqlite3 connection, in the caller's transaction."""
    cursor = conn.cursor()

    def run(sql: str, params: Any) -> list[Any]:
        return list(cursor.execute(sql, params).fetchall())

    def run_many(sql: str, rows: list[tuple[Any, ...]]) -> None:
        cursor.executemany(sql, rows)

    try:
        return _append_with(_Statements("qmark", "sqlite", run, run_many), messages)
    finally:
        cursor.close()


class InlineAppends:
    """SQLite: a group commit of a few messages run on the event loop's own thread.

    At 100 salons of 100 and 500 messages/s nearly every group commit holds one message,
    and the hop of each to a worker thread and back (an executor work item, a futex wake,
    the loop woken through its self-pipe, two futures chained, the GIL handed over) cost
    more CPU than the commit itself (docs/performance.md, "Session 6: the per-say
    cost"). The same statements (``_append_with``) in the same single transaction run
    here on a connection of this class's own, when it is cheap to do so:

    - at most ``max_messages`` messages (larger batches, which come with load, keep the
      worker thread: their SQLite C runs beside the loop there);
    - the write lock is free: the connection's busy timeout is 0 and ``BEGIN
      IMMEDIATE`` takes the lock before any statement, so a lock held by another
      connection (an entry batch in the worker thread, a write through aiosqlite) is
      known at once and the batch goes to the worker thread, whose connection waits for
      it; the loop never sleeps on a lock;
    - no checkpoint on the loop: this connection never checkpoints by itself
      (``wal_autocheckpoint=0``); after every ``checkpoint_every`` commits a passive
      checkpoint runs in a worker thread on the writer engine's connection (WAL
      checkpoints run beside writers). In WAL mode with ``synchronous=NORMAL`` a commit
      writes its pages to the WAL without an fsync, so what runs here is the statements'
      CPU and a few ``pwrite`` calls.

    ``append`` returns None, with nothing written, when the batch must go to the thread.
    Only the event loop's thread uses the connection (one batch at a time: the message
    writer has at most one batch in flight).
    """

    max_messages: ClassVar[int] = 4
    checkpoint_every: ClassVar[int] = 100

    def __init__(self, writer: Engine) -> None:
        self._writer = writer
        database = writer.url.database
        assert database
        self._database: str = database
        self._conn: sqlite3.Connection | None = None
        self._since_checkpoint = 0
        self._checkpoint: asyncio.Task[None] | None = None
        self.commits = 0  # counters (tests, metrics)
        self.to_thread = 0
        self.checkpoints = 0

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self._database, timeout=0, isolation_level=None, check_same_thread=False
        )
        sqlite_pragmas(conn, None)
        conn.execute("PRAGMA wal_autocheckpoint=0")
        self._conn = conn
        return conn

    def append(self, messages: Sequence[NewMessage]) -> list[StoredMessage] | None:
        """``_append_with`` in one transaction on this thread, or None (nothing written)
        if another connection holds the write lock."""
        conn = self._conn if self._conn is not None else self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:  # SQLITE_BUSY: another writer; no wait here
            self.to_thread += 1
            return None
        try:
            stored = _append_on_cursor(conn, messages)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self.commits += 1
        self._since_checkpoint += 1
        if self._since_checkpoint >= self.checkpoint_every and self._checkpoint is None:
            self._since_checkpoint = 0
            self._checkpoint = asyncio.get_running_loop().create_task(
                self._run_checkpoint(), name="sqlite-checkpoint"
            )
        return stored

    async def _run_checkpoint(self) -> None:
        try:
            await asyncio.to_thread(_checkpoint, self._writer)
            self.checkpoints += 1
        except Exception:  # the next one tries again; other connections checkpoint too
            log.exception("sqlite checkpoint failed")
        finally:
            self._checkpoint = None

    async def close(self) -> None:
        task = self._checkpoint
        if task is not None:
            with contextlib.suppress(Exception):
                await task
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _checkpoint(writer: Engine) -> None:
    """A passive WAL checkpoint on the writer engine's connection (in a worker thread):
    copies what it can of the WAL into the database without waiting for any lock."""
    raw = writer.raw_connection()
    try:
        driver: Any = raw.driver_connection
        driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    finally:
        raw.close()


@dataclass(frozen=True, slots=True)
class _Statements:
    """How ``_append_with`` runs its SQL: the driver's parameter style, the dialect's
    name, one statement (its rows back) and one statement for many rows."""

    paramstyle: str
    dialect: str
    run: Callable[[str, Any], list[Any]]
    run_many: Callable[[str, list[tuple[Any, ...]]], None]


def _append_with(db: _Statements, messages: Sequence[NewMessage]) -> list[StoredMessage]:
    """One transaction for the whole batch (group commit).

    Each room's ``last_seq`` is advanced by its count with a single
    ``UPDATE ... RETURNING``; the row lock it takes orders concurrent writers
    (several nodes on PostgreSQL) so seqs never collide or skip.

    The statements are the driver's own SQL, written once (``_AppendSql``) and run by
    ``db``: a group commit at 100 salons of 100 and 500 messages/s holds one or two
    messages, and SQLAlchemy's work per statement (building and compiling it, a dict per
    row) was most of a commit's CPU: 520 -> 120 µs per commit of one message on SQLite
    (docs/performance.md, "The per-say cost, counted"). The transaction is the caller's
    (``_append`` in SQLAlchemy's, ``_append_on_sqlite`` on the driver's connection).
    """
    by_room: dict[str, list[int]] = defaultdict(list)
    for index, message in enumerate(messages):
        by_room[message.room_id].append(index)
    room_ids = sorted(by_room)
    sql = _AppendSql.of(db.paramstyle)
    # At most two statements before the inserts whatever the number of rooms (each is a
    # round trip on PostgreSQL): lock the rooms' rows in a fixed order (no deadlock
    # between nodes; needless for one row, and SQLite locks the whole database anyway),
    # then advance every room's last_seq by its count at once (docs/performance.md).
    if len(room_ids) > 1 and db.dialect != "sqlite":
        db.run(sql.lock(len(room_ids)), tuple(room_ids))
    params: list[Any] = []
    for room_id in room_ids:
        params += (room_id, len(by_room[room_id]))
    advanced = db.run(sql.advance(len(room_ids)), (*params, *room_ids))
    lasts = {row[0]: int(row[1]) for row in advanced}
    seqs: list[int] = [0] * len(messages)
    for room_id in room_ids:
        if room_id not in lasts:
            raise LookupError(f"no such room: {room_id}")
        indexes = by_room[room_id]
        first = lasts[room_id] - len(indexes) + 1
        for offset, index in enumerate(indexes):
            seqs[index] = first + offset
    db.run_many(
        sql.insert_message,
        [
            (
                m.room_id,
                seqs[i],
                m.msg_id,
                m.user_id,
                m.pseudo,
                m.text,
                m.ts,
                m.media,
                m.mask,
                m.held,
            )
            for i, m in enumerate(messages)
        ],
    )
    logged = [
        (m.ts / 1000, m.user_id, m.pseudo, m.origin.ip, m.origin.port, m.origin.protocol, m.msg_id)
        for m in messages
        if m.origin is not None
    ]
    if logged:  # LCEN: the identification record commits with the content
        db.run_many(sql.insert_log, logged)
    return [
        StoredMessage(
            room_id=m.room_id,
            seq=seqs[i],
            msg_id=m.msg_id,
            user_id=m.user_id,
            pseudo=m.pseudo,
            text=m.text,
            ts=m.ts,
            media=m.media,
            mask=m.mask,
            held=m.held,
        )
        for i, m in enumerate(messages)
    ]


class _AppendSql:
    """``_append``'s statements in one driver's parameter style (qmark: SQLite;
    numeric_dollar: asyncpg; format/pyformat: psycopg), made once per style and size.
    Table and column names are schema.py's (the schema's own is the connection's
    search_path on PostgreSQL)."""

    _made: ClassVar[dict[str, _AppendSql]] = {}

    def __init__(self, paramstyle: str) -> None:
        self.paramstyle = paramstyle
        self.insert_message = (
            # Placeholders only are formatted into these (no value): hence the noqa.
            "INSERT INTO messages (room_id, seq, msg_id, user_id, pseudo, text, ts, media,"  # noqa: S608
            f" mask, held) VALUES ({self.marks(10)})"
        )
        # content_type and operation are the same for every message row.
        self.insert_log = (
            "INSERT INTO content_log (at, user_id, pseudo, ip, port, protocol, content_type,"  # noqa: S608
            f" content_id, operation) VALUES ({self.marks(6)}, 'message', {self.mark(7)},"
            " 'create')"
        )
        self._lock: dict[int, str] = {}
        self._advance: dict[int, str] = {}

    @classmethod
    def of(cls, paramstyle: str) -> _AppendSql:
        made = cls._made.get(paramstyle)
        if made is None:
            made = cls._made[paramstyle] = cls(paramstyle)
        return made

    def mark(self, n: int, cast: str = "") -> str:
        """The ``n``-th parameter's placeholder (from 1), with a type where PostgreSQL
        cannot infer it (an integer in a CASE)."""
        style = self.paramstyle
        if style == "qmark":
            return "?"
        if style == "numeric_dollar":
            return f"${n}::{cast}" if cast else f"${n}"
        if style in ("format", "pyformat"):
            return f"%s::{cast}" if cast else "%s"
        raise ValueError(f"parameter style not supported: {style}")

    def marks(self, count: int, first: int = 1) -> str:
        return ", ".join(self.mark(n) for n in range(first, first + count))

    def lock(self, rooms: int) -> str:
        sql = self._lock.get(rooms)
        if sql is None:
            sql = self._lock[rooms] = (
                f"SELECT id FROM rooms WHERE id IN ({self.marks(rooms)})"  # noqa: S608
                " ORDER BY id FOR UPDATE"
            )
        return sql

    def advance(self, rooms: int) -> str:
        """Parameters: (room, count) for each room, then the rooms again."""
        sql = self._advance.get(rooms)
        if sql is None:
            whens = " ".join(
                f"WHEN {self.mark(2 * i + 1)} THEN {self.mark(2 * i + 2, 'bigint')}"
                for i in range(rooms)
            )
            sql = self._advance[rooms] = (
                f"UPDATE rooms SET last_seq = last_seq + CASE id {whens} END"  # noqa: S608
                f" WHERE id IN ({self.marks(rooms, 2 * rooms + 1)}) RETURNING id, last_seq"
            )
        return sql
