"""GET /metrics: Prometheus text that moves with the traffic, for allowed addresses only.

One node (SQLite, in-process broker) counts connections, messages and store calls, and
has no multi-node families. Two nodes on PostgreSQL and Redis also count the envelopes
that cross Redis, the gaps the relay fills from the store and the dead nodes presence
sweeps; a node whose Redis goes away counts its failed sends, its outbox and its
resubscription. /metrics answers the addresses of ``metrics_allow`` (the loopback by
default) and anyone else as if it did not exist.
"""

from __future__ import annotations

import asyncio
import re
import signal
import time
from pathlib import Path

import httpx
import pytest

from papote.config import ConfigError, Settings, load_settings
from papote.ports import NewMessage
from papote.storage.engine import make_engine
from papote.storage.sql import SqlStore
from papote.transport.http import address_in
from tests.conftest import (
    PG_URL,
    REDIS_URL,
    LiveServer,
    RedisServer,
    start_server,
    unique_name,
)
from tests.integration.client import Client
from tests.integration.test_multinode import (
    close_all,
    cluster_env,
    delete_keys,
    drop_schema,
    messages,
    start_cluster,
)
from tests.waiting import until

MULTINODE = ("papote_broker_", "papote_relay_", "papote_presence_")


async def scrape(url: str, headers: dict[str, str] | None = None) -> dict[str, float]:
    async with httpx.AsyncClient() as http:
        response = await http.get(f"{url}/metrics", headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    values: dict[str, float] = {}
    for line in response.text.splitlines():
        match = re.fullmatch(r"(papote_[a-z_]+(?:\{[^}]*\})?) (\S+)", line)
        if match:
            values[match.group(1)] = float(match.group(2))
    return values


async def test_metrics_count_connections_messages_deliveries_and_store_calls(
    live_server: LiveServer,
) -> None:
    before = await scrape(live_server.url)
    assert before["papote_connections"] == 0
    assert before["papote_deliveries_total"] == 0

    alice = await Client.enter(live_server.url, "Alice")
    bruno = await Client.enter(live_server.url, "Bruno")
    await alice.join("salon:general")
    await bruno.join("salon:general")
    for i in range(3):
        await alice.say("salon:general", f"bonjour {i}")
    for i in range(3):
        await bruno.expect("message", text=f"bonjour {i}")

    after = await scrape(live_server.url)
    assert after["papote_connections"] == 2
    assert after["papote_users"] == 2
    assert after["papote_rooms"] == 1
    assert after["papote_frames_in_total"] >= 5  # 2 joins and 3 says at least
    assert after["papote_messages_stored_total"] == 3
    assert after['papote_broadcasts_total{kind="message"}'] == 3
    # Each message reached both members: 6 deliveries, plus presence.
    assert after["papote_deliveries_total"] >= 6
    assert after["papote_frames_out_total"] >= after["papote_deliveries_total"]
    assert after["papote_socket_writes_total"] >= 1
    assert after["papote_store_batches_total"] >= 1
    commits = after['papote_store_seconds_count{method="append_messages"}']
    assert commits == after["papote_store_batches_total"]
    # Tokens of sockets opening are looked up in batches (SessionService.arrive): the two
    # connects took one or two batches.
    assert after['papote_store_seconds_count{method="arrivals"}'] in (1, 2)
    assert after["papote_slow_consumers_dropped_total"] == 0
    assert after["papote_outbound_queue_frames"] >= 0
    assert after["papote_writer_queue"] == 0
    # The risk detection worker scored the three messages off the send path.

    async def scored() -> bool:
        return (await scrape(live_server.url))["papote_detection_scored_total"] == 3

    await until(scored)
    detection = await scrape(live_server.url)
    assert detection["papote_detection_queue"] == 0
    assert detection["papote_detection_shed_total"] == 0
    assert detection["papote_detection_lag_seconds_count"] == 3
    assert detection['papote_detection_lag_seconds_bucket{le="+Inf"}'] == 3
    assert detection["papote_detection_batch_seconds_count"] >= 1
    assert detection["papote_detection_model_skipped_total"] == 0  # the worker kept up
    assert detection["papote_detection_conversations"] == 0  # three salon messages, no DM
    # One node: no Redis, no relay, so none of their families (rather than zeros).
    assert [name for name in after if name.startswith(MULTINODE)] == []

    await alice.close()
    await bruno.close()

    async def no_connections() -> bool:  # the server notices the closes asynchronously
        return (await scrape(live_server.url))["papote_connections"] == 0

    await until(no_connections)


# ---------------------------------------------------------------- who may read them


def test_the_metrics_allow_setting() -> None:
    default = load_settings(env={}).metrics_networks
    assert default is not None
    assert [str(n) for n in default] == ["127.0.0.1/32", "::1/128"]
    given = load_settings(env={"PAPOTE_METRICS_ALLOW": " 10.1.2.3/8 , 192.0.2.5 "})
    assert [str(n) for n in given.metrics_networks or ()] == ["10.0.0.0/8", "192.0.2.5/32"]
    assert Settings(metrics_allow="*").metrics_networks is None  # everyone
    assert Settings(metrics_allow="").metrics_networks == ()  # nobody: /metrics is off
    with pytest.raises(ConfigError, match="metrics_allow"):
        load_settings(env={"PAPOTE_METRICS_ALLOW": "127.0.0.1,localhost"})
    loopback = Settings().metrics_networks
    assert address_in("127.0.0.1", loopback)
    assert address_in("::1", loopback)
    assert address_in("::ffff:127.0.0.1", loopback)  # IPv4 through an IPv6 socket
    assert not address_in("127.0.0.2", loopback)
    assert not address_in("192.0.2.1", loopback)
    assert not address_in("testclient", loopback)  # not an address: in no network
    assert address_in("testclient", None)
    assert not address_in("127.0.0.1", ())


async def test_metrics_answer_only_metrics_allow_as_the_app_sees_the_client(
    tmp_path: Path,
) -> None:
    """Behind a trusted proxy the client is X-Forwarded-For's: the proxy's own loopback
    address does not open /metrics to the world, and a refusal is the 404 of any page
    that does not exist."""
    server = start_server(
        tmp_path / "data",
        env={
            "PAPOTE_METRICS_ALLOW": "192.0.2.0/24, 2001:db8::/32",
            "PAPOTE_FORWARDED_ALLOW_IPS": "127.0.0.1",
        },
    )
    try:
        async with httpx.AsyncClient() as http:
            nowhere = await http.get(f"{server.url}/no-such-page")
            assert nowhere.status_code == 404
            for forwarded in (None, "198.51.100.7", "127.0.0.1", "2001:db9::1"):
                headers = {"X-Forwarded-For": forwarded} if forwarded else {}
                refused = await http.get(f"{server.url}/metrics", headers=headers)
                assert refused.status_code == 404, forwarded
                assert refused.text == nowhere.text
                assert refused.headers["content-type"] == nowhere.headers["content-type"]
            health = await http.get(f"{server.url}/api/health")
            assert health.status_code == 200  # only /metrics is closed
        for allowed in ("192.0.2.7", "2001:db8::5"):
            values = await scrape(server.url, {"X-Forwarded-For": allowed})
            assert values["papote_connections"] == 0
    finally:
        server.stop()


# ---------------------------------------------------------------- several nodes


async def write_behind_the_nodes(schema: str, room: str, author: Client, text: str) -> int:
    """A message stored by a node whose envelope never reached Redis; its seq."""
    store = SqlStore(make_engine(PG_URL, schema=schema, pool_size=1))
    try:
        (stored,) = await store.append_messages(
            [
                NewMessage(
                    room_id=room,
                    msg_id=unique_name("m"),
                    user_id=author.id,
                    pseudo=author.user["pseudo"],
                    text=text,
                    ts=int(time.time() * 1000),
                )
            ]
        )
    finally:
        await store.close()
    return stored.seq


def fanned_out(values: dict[str, float]) -> float:
    """Envelopes fanned out here, all kinds (no control envelope in these tests)."""
    return sum(v for k, v in values.items() if k.startswith("papote_broadcasts_total{"))


async def test_two_nodes_count_envelopes_gaps_and_sweeps(tmp_path: Path) -> None:
    schema, prefix = unique_name("s"), unique_name("r")
    env = cluster_env(schema, prefix, REDIS_URL)
    room = "salon:general"
    nodes = start_cluster(tmp_path, 2, env)
    try:
        a, b = nodes
        start = await scrape(a.url)
        for name in (
            "papote_broker_published_total",
            "papote_broker_received_total",
            "papote_broker_publish_failures_total",
            "papote_broker_outbox",
            "papote_broker_outbox_dropped_total",
            "papote_broker_resubscriptions_total",
            "papote_relay_gaps_total",
            "papote_relay_filled_total",
            "papote_relay_duplicates_total",
            "papote_relay_skipped_total",
            "papote_presence_sweeps_total",
            "papote_presence_swept_total",
        ):
            assert start[name] == 0, name
        alice = await Client.enter(a.url, "Alice")
        bob = await Client.enter(b.url, "Bob")
        await alice.join(room)
        await bob.join(room)
        for n in range(3):
            await alice.say(room, f"bonjour {n}")
        assert [m["seq"] for m in await messages(bob, room, 3)] == [1, 2, 3]

        async def settled() -> bool:
            # Each node received exactly what the other published (Redis is quiet now).
            on_a, on_b = await scrape(a.url), await scrape(b.url)
            return (
                on_b["papote_broker_received_total"] == on_a["papote_broker_published_total"]
                and on_a["papote_broker_received_total"] == on_b["papote_broker_published_total"]
                and on_b['papote_broadcasts_total{kind="message"}'] == 3
            )

        await until(settled)
        on_a, on_b = await scrape(a.url), await scrape(b.url)
        assert on_a["papote_broker_published_total"] >= 3  # Alice's messages at least
        for values in (on_a, on_b):
            # What a node fanned out is what it published plus what it received.
            assert fanned_out(values) == (
                values["papote_broker_published_total"] + values["papote_broker_received_total"]
            )
            assert values["papote_broker_outbox"] == 0
            assert values["papote_relay_gaps_total"] == values["papote_relay_filled_total"] == 0

        # A message whose envelope was lost: the next one shows the gap, and both nodes
        # read the missing one from the store before handing the new one on.
        lost = await write_behind_the_nodes(schema, room, alice, "perdu en route")
        said = await alice.say(room, "après le trou")
        assert (lost, said["seq"]) == (4, 5)
        got = await messages(bob, room, 2)
        assert [(m["seq"], m["text"]) for m in got] == [(4, "perdu en route"), (5, "après le trou")]
        # Her own three, the one filled from the store, then hers: in order there too.
        assert [m["seq"] for m in await messages(alice, room, 5)] == [1, 2, 3, 4, 5]
        for node in (a, b):
            values = await scrape(node.url)
            assert values["papote_relay_gaps_total"] == 1, node.url
            assert values["papote_relay_filled_total"] == 1, node.url
            assert values["papote_relay_skipped_total"] == 0, node.url

        # Node b dies without a word: node a sweeps it, and Bob out of the salon.
        b.process.send_signal(signal.SIGKILL)
        b.process.wait()

        async def swept() -> bool:
            return (await scrape(a.url))["papote_presence_sweeps_total"] == 1

        await until(swept, within=10)
        values = await scrape(a.url)
        assert values["papote_presence_swept_total"] == 1  # Bob, in one salon
        assert values["papote_broker_publish_failures_total"] == 0
        assert values["papote_broker_resubscriptions_total"] == 0
        await close_all(alice, bob)
    finally:
        for node in nodes:
            node.stop()
        await drop_schema(schema)
        delete_keys(REDIS_URL, prefix)


async def test_a_redis_outage_shows_in_failures_outbox_and_resubscriptions(
    tmp_path: Path, own_redis: RedisServer
) -> None:
    """One node: every envelope it fanned out is either published to Redis or waiting
    in its outbox, before, during and after the outage."""
    schema, prefix = unique_name("s"), unique_name("r")
    room = "salon:general"
    node = start_server(tmp_path / "node", cluster_env(schema, prefix, own_redis.url))
    try:
        alice = await Client.enter(node.url, "Alice")
        await alice.join(room)
        await alice.say(room, "avant")

        async def all_sent() -> bool:
            values = await scrape(node.url)
            return values["papote_broker_published_total"] == fanned_out(values)

        await until(all_sent)
        assert (await scrape(node.url))["papote_broker_outbox"] == 0
        own_redis.stop()
        said = await alice.say(room, "pendant")  # stored and acknowledged all the same
        assert said["seq"] == 2

        async def failing() -> bool:
            return (await scrape(node.url))["papote_broker_publish_failures_total"] >= 1

        await until(failing)
        during = await scrape(node.url)
        assert during['papote_broadcasts_total{kind="message"}'] == 2
        assert during["papote_broker_outbox"] >= 1  # "pendant", kept for Redis
        assert during["papote_broker_published_total"] + during[
            "papote_broker_outbox"
        ] == fanned_out(during)
        assert during["papote_broker_resubscriptions_total"] == 0
        await asyncio.to_thread(own_redis.start)

        async def back() -> bool:
            values = await scrape(node.url)
            return (
                values["papote_broker_outbox"] == 0
                and values["papote_broker_resubscriptions_total"] == 1
            )

        await until(back, within=10)
        await until(all_sent)
        after = await scrape(node.url)
        assert after["papote_broker_published_total"] >= (
            during["papote_broker_published_total"] + during["papote_broker_outbox"]
        )
        assert after["papote_broker_outbox_dropped_total"] == 0
        assert after["papote_broker_publish_failures_total"] >= 1
        await close_all(alice)
    finally:
        node.stop()
        await drop_schema(schema)
