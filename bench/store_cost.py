"""What an entry and a connect cost the server in the store, in CPU time (SQLite, PostgreSQL).

The store calls an arrival storm makes, without sockets or HTTP: ``pseudos_in_use`` (the
quick check), ``create_users`` (claims, users and LCEN records) and ``arrivals`` (tokens to
users, blocks and the ``hello`` flag), in batches of the given sizes, one batch after the
other, in one process. The figure is the process's CPU time per person (all its threads:
SQLite's writer thread counts), which the machine's other work hardly changes; the wall
time per batch is given too, and does depend on it (and, on PostgreSQL, on the database's
own CPU, which is not counted here).

    .venv/bin/python bench/store_cost.py --store postgres --batches 1,10,50,200 \
        --out bench/results/store-cost-postgres.json

PostgreSQL: a schema of its own in ``--database-url``, dropped at the end; SQLite: a
temporary file. Bounded: at most 20,000 people per batch size.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text

import load  # bench/load.py: write_result
from papote.ports import ContentLogRow, NewUser, UserRow
from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.sql import SqlStore


def person(i: int, tag: str, now: float) -> NewUser:
    user = UserRow(
        id=f"u-{tag}-{i}",
        pseudo=f"Gens{tag}{i}",
        pseudo_folded=f"gens{tag}{i}",
        gender="f",
        age=30,
        departement="75",
        token_hash=f"t-{tag}-{i}",
        created_at=now,
        active_until=now + 3600,
    )
    log = ContentLogRow(
        now, user.id, user.pseudo, "127.0.0.1", 4000, "https", "profile", user.id, "create"
    )
    return NewUser(user, now, log)


async def phase(name: str, calls: list[Any], people: int) -> dict[str, Any]:
    cpu0, wall0 = time.process_time(), time.perf_counter()
    walls = []
    for call in calls:
        t = time.perf_counter()
        await call()
        walls.append(time.perf_counter() - t)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    walls.sort()
    return {
        "phase": name,
        "people": people,
        "batches": len(calls),
        "cpu_us_per_person": round(1e6 * cpu / people, 1),
        "people_per_cpu_second": round(people / cpu) if cpu else None,
        "wall_ms_per_batch_p50": round(1e3 * walls[len(walls) // 2], 2),
        "wall_seconds": round(wall, 2),
    }


async def measure(store: SqlStore, batch: int, people: int) -> list[dict[str, Any]]:
    tag = uuid.uuid4().hex[:6]
    now = time.time()
    entries = [person(i, tag, now) for i in range(people)]
    chunks = [entries[i : i + batch] for i in range(0, people, batch)]
    out = [
        await phase(
            "pseudos_in_use",
            [
                (lambda c=c: store.pseudos_in_use([e.user.pseudo_folded for e in c], now))
                for c in chunks
            ],
            people,
        ),
        await phase("create_users", [(lambda c=c: store.create_users(c)) for c in chunks], people),
        await phase(
            "arrivals",
            [(lambda c=c: store.arrivals([e.user.token_hash for e in c])) for c in chunks],
            people,
        ),
    ]
    for row in out:
        row["batch"] = batch
    return out


async def run(args: argparse.Namespace) -> dict[str, Any]:
    result: dict[str, Any] = {
        "command": " ".join(["bench/store_cost.py", *sys.argv[1:]]),
        "store": args.store,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "loadavg_at_start": os.getloadavg(),
        },
        "rows": [],
    }
    schema = f"storecost{os.getpid()}"
    tmp = Path(tempfile.mkdtemp(prefix="papote-storecost-"))
    if args.store == "postgres":
        admin = make_engine(args.database_url, pool_size=1, max_overflow=0)
        async with admin.begin() as conn:
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        engine = make_engine(args.database_url, schema=schema)
    else:
        engine = make_engine(f"sqlite+aiosqlite:///{tmp / 'cost.db'}")
    store = SqlStore(engine)
    try:
        await upgrade(engine, schema=schema if args.store == "postgres" else "")
        await measure(store, 50, min(500, args.people))  # warm caches and the pool
        for batch in args.batches:
            for row in await measure(store, batch, args.people):
                print(row, flush=True)
                result["rows"].append(row)
    finally:
        await store.close()
        if args.store == "postgres":
            async with admin.begin() as conn:
                await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            await admin.dispose()
    result["machine"]["loadavg_at_end"] = os.getloadavg()
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--store", choices=("sqlite", "postgres"), default="postgres")
    p.add_argument(
        "--batches", type=lambda s: [int(x) for x in s.split(",")], default=[1, 10, 50, 200]
    )
    p.add_argument("--people", type=int, default=2000, help="people per batch size (<= 20000)")
    p.add_argument("--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    p.add_argument("--out", default="")
    args = p.parse_args(argv)
    if not 1 <= args.people <= 20_000 or min(args.batches) < 1:
        p.error("--people within 1..20000, batches >= 1")
    load._install_uvloop()
    result = asyncio.run(run(args))
    load.write_result(result, args.out, f"store-cost-{args.store}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
