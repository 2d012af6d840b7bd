"""A ChatService on a real SQLite store and the in-process broker, with fake sockets."""

from __future__ import annotations

import atexit
import itertools
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from papote.broker.inprocess import InProcessBroker
from papote.config import Limits
from papote.domain.ratelimit import TokenBucket
from papote.ports import RoomRow, UserRow
from papote.service.chat import ChatService, user_info
from papote.service.hub import Connection, Hub
from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.sql import SqlStore


@dataclass
class FakeClock:
    t: float = 1_800_000_000.0

    def now(self) -> float:
        return self.t

    def monotonic(self) -> float:
        return self.t


class PlainHasher:
    """Argon2 is tested elsewhere; here a cheap stand-in keeps examples fast."""

    def hash(self, password: str) -> str:
        return "plain$" + password

    def verify(self, hashed: str, password: str) -> bool:
        return hashed == "plain$" + password


@dataclass
class World:
    chat: ChatService
    store: SqlStore
    hub: Hub
    clock: FakeClock
    users: dict[str, UserRow] = field(default_factory=dict)

    async def connect(self, uid: str) -> Connection:
        row = self.users[uid]
        blocked = await self.store.blocked_by(uid)
        state = self.hub.user_state(user_info(row), blocked)
        conn = Connection(state, 100_000, TokenBucket(10**9, 10**9), TokenBucket(10**9, 10**9))
        self.hub.attach(conn)
        return conn

    async def open_dm(self, a: str, b: str) -> str:
        """A DM room ``dm:<a>-<b>`` with both as members (the consent step skipped)."""
        room_id = f"dm:{a}-{b}"
        await self.store.create_room(
            RoomRow(
                id=room_id,
                kind="dm",
                name="",
                topic="",
                owner_id=None,
                password_hash=None,
                created_at=0.0,
            )
        )
        for uid in (a, b):
            await self.store.add_member(room_id, uid, "member", 0.0)
        return room_id


def frames(conn: Connection) -> list[dict[str, Any]]:
    """Take everything queued for a connection, decoded."""
    out = [json.loads(item) for item in conn.queue]
    conn.queue.clear()
    return out


# Migrating a new SQLite file costs ~0.16 s of CPU, two thirds of a world: the property
# tests build one per example. Each world gets a copy of a file migrated once per process
# (the migrations themselves are tested on empty databases in tests/contract).
_migrated: list[Path] = []


async def migrated_database(path: Path) -> None:
    """Put at ``path`` a SQLite database at the newest schema, as `upgrade` leaves it."""
    if not _migrated:
        directory = Path(tempfile.mkdtemp(prefix="papote-schema-"))
        atexit.register(shutil.rmtree, directory, True)
        engine = make_engine(f"sqlite+aiosqlite:///{directory / 'schema.db'}")
        await upgrade(engine)
        await engine.dispose()  # the last connection closed: the WAL is checkpointed
        _migrated.append(directory / "schema.db")
    shutil.copyfile(_migrated[0], path)


async def make_world(tmp: Path, users: list[str], limits: Limits | None = None) -> World:
    await migrated_database(tmp / "w.db")
    engine = make_engine(f"sqlite+aiosqlite:///{tmp / 'w.db'}")
    store = SqlStore(engine)
    clock = FakeClock()
    hub = Hub()
    counter = itertools.count(1)
    chat = ChatService(
        store=store,
        broker=InProcessBroker(),
        hub=hub,
        clock=clock,
        limits=limits or Limits(say_burst=10**6, say_rate=10**6),
        hasher=PlainHasher(),
        new_id=lambda: f"id{next(counter)}",
        node_id="test",
    )
    await chat.start()
    await store.upsert_salons(
        [
            RoomRow(
                id=f"salon:{slug}",
                kind="salon",
                name=slug,
                topic="",
                owner_id=None,
                password_hash=None,
                created_at=0.0,
                position=i,
            )
            for i, slug in enumerate(["a", "b"])
        ]
    )
    world = World(chat=chat, store=store, hub=hub, clock=clock)
    for uid in users:
        row = UserRow(
            id=uid,
            pseudo=uid.capitalize(),
            pseudo_folded=uid,
            gender="x",
            age=30,
            departement="75",
            token_hash=f"t-{uid}",
            created_at=0.0,
            active_until=clock.t + 600,
        )
        await store.create_user(row)
        world.users[uid] = row
    return world


async def close_world(world: World) -> None:
    await world.chat.stop()
    await world.store.close()
