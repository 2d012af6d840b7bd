"""Risk detection on two nodes (docs/detection.md "Limits of the wiring"): a DM whose two
people are connected to different nodes is weighed whole, and a repeat offender's hits
count wherever they were scored. Real processes on PostgreSQL and Redis."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import REDIS_URL, LiveServer, create_moderator, unique_name
from tests.integration.client import Client
from tests.integration.test_detection import Desk, open_dm, said_ids
from tests.integration.test_metrics import scrape
from tests.integration.test_multinode import cluster_env, running_cluster
from tests.waiting import until


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[LiveServer]]:
    env = {
        **cluster_env(unique_name("s"), unique_name("r"), REDIS_URL),
        "PAPOTE_SAY_BURST": "100",
        "PAPOTE_DETECTION_REPEAT_AFTER": "2",
        # Everyone comes from the loopback: the minor's cool-down binds her device only.
        "PAPOTE_DETECTION_MINOR_COOLDOWN_ADDRESS": "false",
    }
    with running_cluster(tmp_path_factory.mktemp("detect"), 2, env, migrate=True) as nodes:
        yield nodes


async def test_an_age_question_on_one_node_and_the_answer_on_the_other(
    pair: list[LiveServer],
) -> None:
    """Each node scores what it stored: Lea's "12" is scored on her node, which reads
    Marc's question back from the store, and she is shown out (with the DM sealed about
    him); his node, reading her answer back, does not act on it a second time."""
    n0, n1 = pair
    marc = await Client.enter(n0.url, "Marc", gender="m", age=45)
    lea = await Client.enter(n1.url, "Lea", gender="f", age=18)
    room = await open_dm(marc, lea, "salut")
    await marc.say(room, "t'as quel âge ?")
    await lea.say(room, "12")
    error = await lea.expect("error")
    assert error["code"] == "adults_only"
    await marc.say(room, "ah d'accord")

    async def marc_node_read_her_turn() -> bool:
        return (await scrape(n0.url))["papote_detection_caught_up_total"] >= 1

    await until(marc_node_read_her_turn, what="Marc's node read Lea's answer back")
    metrics = [await scrape(node.url) for node in pair]
    assert metrics[1]["papote_detection_caught_up_total"] >= 1  # his question, on her node
    # Shown out once, by her node: Marc's node counted no flag of its own.
    assert metrics[0]["papote_detection_flags_total"] == 0
    assert metrics[1]["papote_detection_flags_total"] == 1
    await marc.close()


async def test_a_repeat_offender_writing_from_two_nodes_is_slowed(
    pair: list[LiveServer],
) -> None:
    n0, n1 = pair
    bob = await Client.enter(n0.url, "Bob")
    bob_elsewhere = await Client.connect(n1.url, bob.session)  # a second tab, other node
    for tab in (bob, bob_elsewhere):
        await tab.join("salon:general")
    await bob.say("salon:general", "t'es un connard")

    async def told() -> bool:
        return (await scrape(n1.url))["papote_detection_shared_hits_total"] >= 1

    await until(told, what="the other node learnt of the first hit")
    await bob_elsewhere.say("salon:general", "ferme ta gueule connard")  # the second

    async def slowed() -> bool:
        reply = await bob.request({"type": "say", "room": "salon:general", "text": "bon"})
        return reply.get("code") == "slow_mode"

    await until(slowed, what="slowed on every node")
    # Slowed on the other node too (each node times the interval from what was said
    # through it: one message may pass there first).
    await bob_elsewhere.request({"type": "say", "room": "salon:general", "text": "ok"})
    reply = await bob_elsewhere.request({"type": "say", "room": "salon:general", "text": "ok ?"})
    assert reply.get("code") == "slow_mode"
    for tab in (bob, bob_elsewhere):
        await tab.close()


async def test_a_message_held_on_one_node_and_released_reaches_the_other_node_in_place(
    pair: list[LiveServer],
) -> None:
    """A dealer's line held on node 0, released by a moderator through node 1: the
    ``released`` control puts it back in node 1's ring at its place (a joiner there sees
    it between its neighbours), the people in the salon on node 1 get it late, and
    someone away from node 1 during the release gets it when they resume with ``since``."""
    n0, n1 = pair
    room = "salon:musique"
    sam = await Client.enter(n0.url, "Sam")
    ana = await Client.enter(n1.url, "Ana")
    away = await Client.enter(n1.url, "Paul")
    for client in (sam, ana, away):
        await client.join(room)
    before = await ana.say(room, "qui sort ce soir ?")
    held = await sam.say(room, "je vends de la beuh, dispo ce soir")
    seen = await ana.say(room, "moi je reste chez moi")
    await away.expect("message", msg_id=seen["msg_id"])
    assert held["msg_id"] not in said_ids(away.frames) + said_ids(ana.frames)
    await away.close()  # away from node 1: saw up to `seen`

    token = await asyncio.to_thread(create_moderator, n1, unique_name("mod"))
    async with httpx.AsyncClient() as http:
        desk = Desk(server=n1, http=http, token=token)
        case = await desk.case_where("held case", target_id=held["msg_id"])
        done = await desk.decide(case["id"], action="dismiss", category="drugs")
        assert done.status_code == 200, done.text
    late = await ana.expect("message", msg_id=held["msg_id"])
    assert late["released"] is True and late["seq"] == held["seq"]
    later = await sam.say(room, "bon tant pis")
    await ana.expect("message", msg_id=later["msg_id"])
    # A joiner on node 1 finds it at its place in that node's ring.
    cleo = await Client.enter(n1.url, "Cleo")
    history = (await cleo.join(room))["history"]
    ids = [m["msg_id"] for m in history]
    assert ids[-4:] == [before["msg_id"], held["msg_id"], seen["msg_id"], later["msg_id"]]
    assert all("released" not in m for m in history)
    # Paul comes back on node 1 from the last seq he saw: the release, then what followed.
    back = await Client.enter(n1.url, "Paul2")
    resumed = await back.join(room, since=seen["seq"])
    got = [(m["msg_id"], m.get("released", False)) for m in resumed["history"]]
    assert got == [(held["msg_id"], True), (later["msg_id"], False)]
    for client in (sam, ana, cleo, back):
        await client.close()
