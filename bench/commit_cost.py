"""What one group commit of messages costs the server, in CPU time (SQLite).

``SqlStore.append_messages`` on a fresh SQLite file, ``--commits`` times in a row, each
commit holding ``--batch`` messages spread over 10 rooms, each with an origin (so its
LCEN content record is written too), after 50 commits of warm-up. The figure is the
process's CPU time per commit (all its threads: the commit runs in SQLite's writer
thread), which the machine's other work hardly changes; the wall time is given too.
At 100 salons of 100 and 500 messages/s a commit holds one or two messages
(docs/performance.md, "The per-say cost, counted").

    .venv/bin/python bench/commit_cost.py --batch 1
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from papote.ports import NewMessage, Origin, RoomRow
from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.sql import SqlStore

ROOMS = 10


async def run(batch: int, commits: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="papote-commit-"))
    engine = make_engine(f"sqlite+aiosqlite:///{tmp / 'commit.db'}")
    await upgrade(engine)
    store = SqlStore(engine)
    for r in range(ROOMS):
        room = RoomRow(f"salon:r{r}", "salon", f"r{r}", "", None, None, 0.0)
        await store.create_room(room)
    origin = Origin("127.0.0.1", 5000, "ws")

    def messages(k: int) -> list[NewMessage]:
        return [
            NewMessage(
                f"salon:r{(k + i) % ROOMS}", f"m{k}-{i}", "u1", "p", "bonjour " * 5, k, origin
            )
            for i in range(batch)
        ]

    for k in range(50):
        await store.append_messages(messages(k))
    cpu, wall = time.process_time(), time.perf_counter()
    for k in range(commits):
        await store.append_messages(messages(1000 + k))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(
        f"batch {batch}: {1e6 * cpu / commits:.0f} µs of CPU per commit,"
        f" {1e6 * wall / commits:.0f} µs wall"
    )
    await store.close()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--batch", type=int, default=1, help="messages per commit")
    p.add_argument("--commits", type=int, default=500)
    args = p.parse_args()
    if not 1 <= args.batch <= 2000 or not 1 <= args.commits <= 20000:
        p.error("--batch 1..2000, --commits 1..20000")
    sys.path.insert(0, str(Path(__file__).parent))
    from inproc import run_on_uvloop

    run_on_uvloop(run(args.batch, args.commits))
    return 0


if __name__ == "__main__":
    sys.exit(main())
