"""Risk detection on two nodes (docs/detection.md "Limits of the wiring"): a DM whose two
people are connected to different nodes is weighed whole, and a repeat offender's hits
count wherever they were scored. Real processes on PostgreSQL and Redis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import REDIS_URL, LiveServer, unique_name
from tests.integration.client import Client
from tests.integration.test_detection import open_dm
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
