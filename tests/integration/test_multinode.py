"""Several `papote serve` processes sharing PostgreSQL and Redis (DESIGN.md, Scale).

Real processes on loopback ports, the machine's PostgreSQL (a fresh schema per cluster,
setting ``database_schema``) and Redis (a fresh key prefix, setting ``redis_prefix``);
the Redis-restart test runs its own redis-server so it can stop it. People on different
nodes meet in a salon, a private room and a DM; member lists and counts are global; a
block holds on every node within a second; a dead node's people leave the lists; and
nothing acknowledged is lost when Redis restarts mid-conversation.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import redis
from sqlalchemy import text

from papote.storage.engine import make_engine
from tests.conftest import (
    PG_URL,
    REDIS_URL,
    UNIT,
    LiveServer,
    RedisServer,
    create_moderator,
    start_server,
    unique_name,
)
from tests.integration.client import Client, Frame, get_json
from tests.waiting import until

NODE_TIMEOUT = 1.5  # seconds: a dead node is swept within about 4/3 of this
CALL_GRACE = 2.0  # seconds an active call waits for a dropped socket to come back


def cluster_env(schema: str, prefix: str, redis_url: str) -> dict[str, str]:
    return {
        "PAPOTE_DATABASE_URL": PG_URL,
        "PAPOTE_DATABASE_SCHEMA": schema,
        "PAPOTE_DATABASE_POOL_SIZE": "4",
        "PAPOTE_REDIS_URL": redis_url,
        "PAPOTE_REDIS_PREFIX": prefix,
        "PAPOTE_NODE_TIMEOUT_SECONDS": str(NODE_TIMEOUT * UNIT),
        "PAPOTE_CALLS_RECONNECT_GRACE_SECONDS": str(CALL_GRACE * UNIT),
        # Every node must hash IP addresses the same way.
        "PAPOTE_SECRET_KEY": "one-secret-for-every-node-of-the-cluster",
        # These tests exercise several nodes, not the flood guards.
        "PAPOTE_SESSIONS_PER_IP": "1000",
        "PAPOTE_ENTRY_BURST_PER_IP": "1000",
        "PAPOTE_SAY_BURST": "1000",
        "PAPOTE_SAY_RATE": "1000",
        "PAPOTE_FRAME_BURST": "1000",
        "PAPOTE_FRAME_RATE": "1000",
    }


def start_cluster(base: Path, count: int, env: dict[str, str]) -> list[LiveServer]:
    """Start ``count`` nodes at once (they migrate together: the lock makes that safe)."""
    with ThreadPoolExecutor(count) as pool:
        futures = [pool.submit(start_server, base / f"node{i}", env) for i in range(count)]
        return [future.result() for future in futures]


async def drop_schema(schema: str) -> None:
    engine = make_engine(PG_URL, pool_size=1, max_overflow=0)
    try:
        async with engine.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        await engine.dispose()


def delete_keys(url: str, prefix: str) -> None:
    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@contextlib.contextmanager
def running_cluster(
    base: Path, count: int, env: dict[str, str], *, migrate: bool = False
) -> Iterator[list[LiveServer]]:
    """``count`` nodes on the PostgreSQL schema and Redis prefix of ``env`` (cluster_env),
    both dropped afterwards; with ``migrate``, `papote migrate` makes the schema and the
    tables first (end to end), else the nodes migrate together as they start."""
    try:
        if migrate:
            subprocess.run(
                [sys.executable, "-m", "papote", "migrate", "--data-dir", str(base / "migrate")],
                env={**os.environ, **env},
                check=True,
                capture_output=True,
                timeout=60 * UNIT,
            )
        nodes = start_cluster(base, count, env)
        try:
            yield nodes
        finally:
            for node in nodes:
                node.stop()
    finally:
        asyncio.run(drop_schema(env["PAPOTE_DATABASE_SCHEMA"]))
        delete_keys(env["PAPOTE_REDIS_URL"], env["PAPOTE_REDIS_PREFIX"])


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[LiveServer]]:
    """Three nodes on a schema made by `papote migrate`, for the whole module."""
    env = cluster_env(unique_name("s"), unique_name("r"), REDIS_URL)
    with running_cluster(tmp_path_factory.mktemp("cluster"), 3, env, migrate=True) as nodes:
        yield nodes


async def messages(client: Client, room: str, count: int) -> list[Frame]:
    """The next ``count`` messages of ``room`` this client received, in arrival order."""
    return [
        await client.next(lambda f: f.get("type") == "message" and f["room"] == room, 10 * UNIT)
        for _ in range(count)
    ]


async def salon_count(node: LiveServer, room: str) -> int:
    salons = await get_json(f"{node.url}/api/salons")
    return int(next(s["members"] for s in salons if s["id"] == room))


async def close_all(*clients: Client) -> None:
    for client in clients:
        await client.close()


# ---------------------------------------------------------------- three nodes


async def test_a_salon_across_nodes_with_global_presence(cluster: list[LiveServer]) -> None:
    n0, n1, n2 = cluster
    alice = await Client.enter(n0.url, "Alice", gender="f", age=30)
    bob = await Client.enter(n1.url, "Bob", gender="m", age=41, postal_code="20000")
    assert [m["pseudo"] for m in (await alice.join("salon:general"))["members"]] == ["Alice"]
    joined = await bob.join("salon:general")
    assert {m["pseudo"] for m in joined["members"]} == {"Alice", "Bob"}
    assert (await alice.presence("joined", bob.id))["pseudo"] == "Bob"
    # Counts are global: a node where nobody is connected sees both.
    assert await salon_count(n2, "salon:general") == 2
    sent = await alice.say("salon:general", "Bonjour de n0")
    for person in (alice, bob):
        message = await person.expect("message", msg_id=sent["msg_id"])
        assert (message["seq"], message["text"]) == (1, "Bonjour de n0")
    await bob.send({"type": "typing", "room": "salon:general"})
    assert (await alice.expect("typing"))["user"]["id"] == bob.id
    # A second tab of Bob's on another node: no second `joined`, and one `left` only
    # when both are gone.
    bob2 = await Client.connect(n2.url, bob.session)
    await bob2.join("salon:general")
    await bob.request({"type": "leave", "room": "salon:general"})
    await bob2.close()
    await alice.presence("left", bob.id)
    assert not [f for f in await alice.drain() if f.get("type") == "presence"]
    await until(lambda: _count_is(n1, "salon:general", 1))
    # A late joiner on the third node gets the history written through the first.
    carol = await Client.enter(n2.url, "Carole")
    history = (await carol.join("salon:general"))["history"]
    assert [m["text"] for m in history] == ["Bonjour de n0"]
    await close_all(alice, bob, carol)


async def test_concurrent_writers_on_every_node_get_one_order(cluster: list[LiveServer]) -> None:
    """Seqs come from one UPDATE ... RETURNING per batch: concurrent nodes never collide,
    never skip, and every member on every node receives 1..N in order, once each."""
    room = "salon:musique"
    writers = [await Client.enter(node.url, f"Musicien{i}") for i, node in enumerate(cluster)]
    for writer in writers:
        await writer.join(room)
    per_writer = 40

    async def write(writer: Client, index: int) -> list[Frame]:
        return [await writer.say(room, f"w{index}-{n}") for n in range(per_writer)]

    acks = await asyncio.gather(*(write(w, i) for i, w in enumerate(writers)))
    total = per_writer * len(writers)
    seqs = sorted(ack["seq"] for batch in acks for ack in batch)
    assert seqs == list(range(1, total + 1))
    acked = {ack["msg_id"] for batch in acks for ack in batch}
    for writer in writers:
        got = await messages(writer, room, total)
        assert [m["seq"] for m in got] == list(range(1, total + 1))
        assert {m["msg_id"] for m in got} == acked
    # No duplicate comes late: one more message, through the same relays, reaches each
    # writer after anything older could (the relay hands a room on in seq order).
    last = await writers[0].say(room, "fin")
    for writer in writers:
        await writer.expect("message", msg_id=last["msg_id"])
        extra = [f for f in await writer.drain() if f.get("type") == "message"]
        assert extra == []
    await close_all(*writers)


async def test_a_private_room_across_nodes(cluster: list[LiveServer]) -> None:
    n0, n1, _ = cluster
    owner = await Client.enter(n0.url, "Hote")
    guest = await Client.enter(n1.url, "Invitee")
    created = await owner.request({"type": "create_room", "name": "Entre nous"})
    room = created["room"]
    await owner.join(room)
    ok = await owner.request({"type": "invite", "room": room, "user": guest.id})
    assert ok["type"] == "ok"
    invited = await guest.expect("invited")  # went to the other node through Redis
    assert (invited["room"], invited["by"]["id"]) == (room, owner.id)
    joined = await guest.join(room)
    assert {m["id"] for m in joined["members"]} == {owner.id, guest.id}
    said = await guest.say(room, "merci pour l'invitation")
    assert (await owner.expect("message", msg_id=said["msg_id"]))["text"] == (
        "merci pour l'invitation"
    )
    await close_all(owner, guest)


async def test_a_dm_across_nodes(cluster: list[LiveServer]) -> None:
    n0, _, n2 = cluster
    dora = await Client.enter(n2.url, "Dora")
    eve = await Client.enter(n0.url, "Eve")
    await dora.request({"type": "dm_request", "to": eve.id, "text": "On papote ?"})
    request = await eve.expect("dm_request")
    assert request["from"]["id"] == dora.id
    opened = await eve.request({"type": "dm_accept", "request_id": request["request_id"]})
    room = opened["room"]
    assert (await dora.expect("dm_opened"))["room"] == room
    await eve.join(room)
    await dora.join(room)
    said = await dora.say(room, "Merci !")
    assert (await eve.expect("message", msg_id=said["msg_id"]))["text"] == "Merci !"

    # A call across the two nodes: ringing, answer, signalling, hang-up (protocol §2.6).
    placed = await dora.request({"type": "call_request", "room": room})
    call = placed["call"]
    await eve.expect("call_incoming", call=call)
    assert (await eve.request({"type": "call_accept", "call": call}))["type"] == "call_accepted"
    await dora.expect("call_accepted", call=call)
    await dora.send({"type": "call_sdp", "call": call, "kind": "offer", "sdp": "v=0\r\n"})
    assert (await eve.expect("call_sdp", call=call))["kind"] == "offer"
    await eve.send({"type": "call_ice", "call": call, "candidates": [{"candidate": ""}]})
    assert (await dora.expect("call_ice", call=call))["candidates"] == [{"candidate": ""}]
    # Eve's socket on n0 drops; her tab comes back through another node and takes the
    # call back there. n0's grace timer runs out and must not end it (the store says n0
    # no longer holds it). Nothing to wait for but time: nothing must happen.
    await eve.close()
    eve = await Client.connect(n2.url, eve.session)
    assert (await eve.request({"type": "call_resume", "call": call}))["type"] == "ok"
    await asyncio.sleep(CALL_GRACE * UNIT * 1.5)
    await dora.send({"type": "call_sdp", "call": call, "kind": "offer", "sdp": "v=0\r\n"})
    assert (await eve.expect("call_sdp", call=call))["kind"] == "offer"
    await eve.request({"type": "call_hangup", "call": call})
    assert (await dora.expect("call_ended", call=call))["reason"] == "hangup"
    await close_all(dora, eve)


async def test_a_block_holds_on_every_node_within_a_second(cluster: list[LiveServer]) -> None:
    n0, n1, n2 = cluster
    room = "salon:sport"
    alice = await Client.enter(n0.url, "Alix")
    alice_n1 = await Client.connect(n1.url, alice.session)  # her other tab, elsewhere
    witness = await Client.enter(n1.url, "Temoin")  # on the same node as that tab
    bob = await Client.enter(n2.url, "Boris")
    for client in (alice, alice_n1, witness, bob):
        await client.join(room)
    before = await bob.say(room, "avant")
    await alice_n1.expect("message", msg_id=before["msg_id"])

    async def reached_alice_n1(text: str) -> bool:
        """Bob says ``text``; did Alice's tab on n1 get it? The witness on n1 got it,
        so it went through n1's fan-out; a ping answered afterwards on the same socket
        proves anything queued for Alice's tab before it has arrived."""
        said = await bob.say(room, text)
        await witness.expect("message", msg_id=said["msg_id"])
        await alice_n1.request({"type": "ping"})
        return any(f.get("msg_id") == said["msg_id"] for f in alice_n1.frames)

    assert (await alice.request({"type": "block", "user": bob.id}))["type"] == "ok"
    probes = itertools.count()

    async def blocked_on_n1() -> bool:
        return not await reached_alice_n1(f"sonde {next(probes)}")

    await until(blocked_on_n1, within=1)  # a second (scaled, like every wait)
    assert not await reached_alice_n1("après")  # and it holds
    # A new tab on the third node does not list Bob either.
    alice_n2 = await Client.connect(n2.url, alice.session)
    assert bob.id in alice_n2.frames[0]["blocked"]
    members = (await alice_n2.join(room))["members"]
    assert bob.id not in {m["id"] for m in members}
    await close_all(alice, alice_n1, alice_n2, witness, bob)


async def test_a_sanction_decided_on_one_node_applies_on_the_others(
    cluster: list[LiveServer],
) -> None:
    """A kick decided through node 0 removes the person from the room on node 2 within a
    second, and node 1 refuses their return (the control path every sanction uses)."""
    n0, n1, n2 = cluster
    room = "salon:cinema-series"
    token = await asyncio.to_thread(create_moderator, n0, "modo-cluster")
    async with httpx.AsyncClient() as http:
        witness = await Client.enter(n1.url, "Spectatrice")
        rude = await Client.enter(n2.url, "Malpoli")
        await witness.join(room)
        await rude.join(room)
        said = await rude.say(room, "insulte")
        await witness.expect("message", msg_id=said["msg_id"])
        await witness.request(
            {
                "type": "report",
                "target_type": "message",
                "target_id": said["msg_id"],
                "category": "harassment",
            }
        )
        headers = {"Authorization": f"Bearer {token}"}
        queue = (await http.get(f"{n0.url}/api/mod/cases", headers=headers)).json()
        case = next(c for c in queue if c["target_id"] == said["msg_id"])
        response = await http.post(
            f"{n0.url}/api/mod/cases/{case['id']}/decision",
            headers=headers,
            json={"action": "kick", "duration": 600, "facts": "Insulte."},
        )
        assert response.status_code == 200, response.text
        removed = await rude.next(lambda f: f.get("type") == "removed", timeout=1.0 * UNIT)
        assert removed["room"] == room
        rude_n1 = await Client.connect(n1.url, rude.session)
        assert (await rude_n1.request({"type": "join", "room": room}))["code"] == "kicked"
        await close_all(witness, rude, rude_n1)


async def test_a_dead_node_leaves_no_ghosts(cluster: list[LiveServer]) -> None:
    """Last in the module: it kills the third node."""
    n0, n1, n2 = cluster
    room = "salon:cinema-series"
    ghost = await Client.enter(n2.url, "Fantome")
    gina = await Client.enter(n0.url, "Gina")
    await ghost.join(room)
    assert ghost.id in {m["id"] for m in (await gina.join(room))["members"]}
    # Gina (n0) is in a call with the ghost (n2).
    await ghost.request({"type": "dm_request", "to": gina.id, "text": "Un appel ?"})
    request = await gina.expect("dm_request")
    dm = (await gina.request({"type": "dm_accept", "request_id": request["request_id"]}))["room"]
    placed = await ghost.request({"type": "call_request", "room": dm})
    await gina.expect("call_incoming", call=placed["call"])
    assert (await gina.request({"type": "call_accept", "call": placed["call"]}))["type"] == (
        "call_accepted"
    )
    n2.process.send_signal(signal.SIGKILL)  # no goodbye from that node
    n2.process.wait()
    # n2 cannot end its calls any more: the node that sweeps it does, as soon as it is
    # found dead (no grace: the node that would have waited for the socket is gone).
    ended = await gina.next(
        lambda f: f.get("type") == "call_ended" and f["call"] == placed["call"],
        timeout=3 * NODE_TIMEOUT * UNIT,
    )
    assert ended["reason"] == "disconnected"
    await gina.presence("left", ghost.id, timeout=3 * NODE_TIMEOUT * UNIT)
    hugo = await Client.enter(n1.url, "Hugo")
    assert ghost.id not in {m["id"] for m in (await hugo.join(room))["members"]}
    assert await salon_count(n1, room) == 2
    await close_all(gina, hugo, ghost)


# ---------------------------------------------------------------- Redis restart


async def test_nothing_acknowledged_is_lost_when_redis_restarts(
    tmp_path: Path, own_redis: RedisServer
) -> None:
    """Two nodes on a fresh schema (they migrate it together at start-up) and a Redis of
    the test's own, killed and restarted mid-conversation."""
    schema, prefix = unique_name("s"), unique_name("r")
    env = cluster_env(schema, prefix, own_redis.url)
    room = "salon:general"
    nodes = start_cluster(tmp_path, 2, env)
    try:
        a, b = nodes
        alice = await Client.enter(a.url, "Alice")
        bob = await Client.enter(b.url, "Bob")
        await alice.join(room)
        await bob.join(room)
        acks: list[Frame] = []

        async def talk(rounds: int, tag: str) -> None:
            for n in range(rounds):
                acks.append(await alice.say(room, f"alice {tag} {n}"))
                acks.append(await bob.say(room, f"bob {tag} {n}"))

        await talk(5, "avant")
        own_redis.stop()  # mid-conversation: every node loses its connections
        await talk(5, "pendant")  # still acknowledged: the database is the truth
        await asyncio.to_thread(own_redis.start)
        await talk(5, "après")
        total = len(acks)
        assert sorted(ack["seq"] for ack in acks) == list(range(1, total + 1))
        for person in (alice, bob):
            got = await messages(person, room, total)
            assert [m["seq"] for m in got] == list(range(1, total + 1))
            assert {m["msg_id"] for m in got} == {ack["msg_id"] for ack in acks}
        # Presence comes back too: both nodes put their people back in the new Redis.
        await until(lambda: _count_is(b, room, 2))
        carol = await Client.enter(b.url, "Carole")
        members = {m["id"] for m in (await carol.join(room))["members"]}
        # The member list is a window kept from presence frames (protocol 21): whoever
        # the restart's sweep took out is put back by the nodes' re-registration.
        for person in (alice, bob):
            if person.id not in members:
                await carol.presence("joined", person.id, room, timeout=3 * NODE_TIMEOUT * UNIT)
        await alice.presence("joined", carol.id)  # and news still crosses nodes
        await close_all(alice, bob, carol)
    finally:
        for node in nodes:
            node.stop()
        await drop_schema(schema)


async def _count_is(node: LiveServer, room: str, expected: int) -> bool:
    return await salon_count(node, room) == expected
