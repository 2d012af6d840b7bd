"""Entry batches that meet in the database (issue 14 §1): batches of claims from several
nodes at once, and a crowd entering one node with the same pseudos. Claims stay atomic and
unique, and each entry is told its own outcome, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import select

from papote.config import Limits
from papote.domain.errors import DomainError
from papote.ports import NewUser, Origin
from papote.service.sessions import NewSession, SessionService
from papote.storage.schema import pseudo_claims, users
from papote.storage.sql import SqlStore
from tests.contract.test_store import user

ORIGIN = Origin(ip="192.0.2.44", port=41000, protocol="http")


async def claims_and_users(store: SqlStore) -> tuple[dict[str, str], set[str]]:
    async with store.engine.connect() as conn:
        claims = (
            await conn.execute(select(pseudo_claims.c.pseudo_folded, pseudo_claims.c.user_id))
        ).all()
        ids = (await conn.execute(select(users.c.id))).scalars().all()
    return {str(folded): str(uid) for folded, uid in claims}, set(ids)


async def test_overlapping_claim_batches_have_one_winner_per_pseudo(store: SqlStore) -> None:
    """Three batches of claims at once, sharing pseudos in different orders (two batches
    in flight on one node, or two nodes): one winner per pseudo, each entry told whether
    it won, only winners written, and no deadlock (rows go in pseudo order)."""
    for round_ in range(4):
        names = [f"p{round_}{c}" for c in "abcde"]
        batches = [
            [NewUser(user(f"a{round_}{i}", n), 10.0) for i, n in enumerate(names)],
            [NewUser(user(f"b{round_}{i}", n), 10.0) for i, n in enumerate(reversed(names))],
            [NewUser(user(f"c{round_}{i}", n), 10.0) for i, n in enumerate(names[1::2])],
        ]
        results = await asyncio.wait_for(
            asyncio.gather(*(store.create_users(b) for b in batches)), timeout=30
        )
        won = [
            e.user
            for b, r in zip(batches, results, strict=True)
            for e, w in zip(b, r, strict=True)
            if w
        ]
        assert sorted(u.pseudo_folded for u in won) == sorted(names)  # one winner each
        claims, ids = await claims_and_users(store)
        for u in won:
            assert claims[u.pseudo_folded] == u.id
        everyone = {e.user.id for b in batches for e in b}
        assert ids & everyone == {u.id for u in won}  # the losers wrote nothing


@dataclass
class Clock:
    t: float = 1_800_000_000.0

    def now(self) -> float:
        return self.t

    def monotonic(self) -> float:
        return self.t


async def test_a_crowd_with_duplicates_gets_each_pseudo_once(store: SqlStore) -> None:
    """60 entries at once, each pseudo asked for three times: 20 sessions, 40 refusals."""
    sessions = SessionService(
        store,
        Clock(),
        Limits(sessions_per_ip=1000, entry_burst_per_ip=1000),
        b"k" * 32,
    )

    async def enter(pseudo: str) -> NewSession | None:
        try:
            return await sessions.do_create(pseudo, "m", 40, "13001", ORIGIN)
        except DomainError as exc:
            assert exc.code == "pseudo_taken"
            return None

    names = [f"Gens{i:02d}" for i in range(20)]
    outcomes = await asyncio.gather(*(enter(n) for n in names * 3))
    await sessions.stop()
    won = [o for o in outcomes if o is not None]
    assert sorted(o.user.pseudo for o in won) == sorted(names)
    claims, ids = await claims_and_users(store)
    assert ids == {o.user.id for o in won}
    assert {claims[o.user.pseudo_folded] for o in won} == ids
