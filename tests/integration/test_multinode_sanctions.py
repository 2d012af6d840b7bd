"""Mutes, bans and pseudos across several `papote serve` processes (issue 5).

Three nodes of their own on the machine's PostgreSQL and Redis (a fresh schema and key
prefix). The nodes trust 127.0.0.1 as their proxy (``forwarded_allow_ips``, as behind
nginx) and every test client sends its own ``X-Forwarded-For`` address: a sanction that
binds a person's address then binds that client only, as in production, and the tests
can check that another address is not refused.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from tests.conftest import REDIS_URL, UNIT, LiveServer, create_moderator, unique_name
from tests.integration.client import Client, Frame
from tests.integration.test_multinode import close_all, cluster_env, running_cluster
from tests.waiting import until

ROOM = "salon:general"
SPREAD = 1.0  # units: a decision taken on one node holds on the others within this

_addresses = itertools.count(1)


def address() -> dict[str, str]:
    """Headers giving a client an address of its own (10.0.0.1, 10.0.0.2, ...)."""
    n = next(_addresses)
    return {"X-Forwarded-For": f"10.0.{n // 250}.{n % 250 + 1}"}


@dataclass
class Cluster:
    nodes: list[LiveServer]
    moderators: list[str]  # staff tokens of two moderators (an appeal needs another one)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    env = {
        **cluster_env(unique_name("s"), unique_name("r"), REDIS_URL),
        "PAPOTE_FORWARDED_ALLOW_IPS": "127.0.0.1",
    }
    with running_cluster(tmp_path_factory.mktemp("sanctions"), 3, env) as nodes:
        yield Cluster(nodes, [create_moderator(nodes[0], login) for login in ("nord", "sud")])


async def decide_on(
    http: httpx.AsyncClient, node: LiveServer, token: str, user_id: str, **decision: Any
) -> None:
    """A moderator opens a case on a person through ``node`` and decides it."""
    headers = {"Authorization": f"Bearer {token}"}
    opened = await http.post(
        f"{node.url}/api/mod/cases",
        headers=headers,
        json={"target_type": "user", "target_id": user_id, "category": "harassment"},
    )
    assert opened.status_code == 201, opened.text
    decided = await http.post(
        f"{node.url}/api/mod/cases/{opened.json()['id']}/decision",
        headers=headers,
        json={"facts": "Constaté dans le salon.", **decision},
    )
    assert decided.status_code == 200, decided.text


async def say_until(client: Client, text: str, outcome: str, within: float = SPREAD) -> Frame:
    """Say ``text`` until the reply is of type ``outcome`` (``sent`` or ``error``), within
    ``within`` units; every other reply must be the opposite one."""
    other = "error" if outcome == "sent" else "sent"

    async def attempt() -> Frame | None:
        reply = await client.request({"type": "say", "room": ROOM, "text": text})
        assert reply["type"] in (outcome, other), reply
        return reply if reply["type"] == outcome else None

    reply = await until(attempt, within=within, what=f"{client.user['pseudo']}: say -> {outcome}")
    assert reply is not None
    return reply


async def everyone_gets(said: Frame, *clients: Client) -> None:
    for client in clients:
        await client.expect("message", msg_id=said["msg_id"])


async def close_code(client: Client, within: float = 5) -> int:
    """Read until the server closes the socket (within ``within`` units); its close code."""
    with pytest.raises(ConnectionClosed) as closed:
        await client.next(lambda f: False, timeout=within * UNIT)
    assert closed.value.rcvd is not None
    return closed.value.rcvd.code


async def refused_socket(node: LiveServer, token: str, headers: dict[str, str]) -> int:
    """Open /ws with ``token``: the server must say ``banned`` then close; the code."""
    async with websockets.connect(f"{node.ws_url}?token={token}", additional_headers=headers) as ws:
        first = json.loads(await asyncio.wait_for(ws.recv(), 5 * UNIT))
        assert (first["type"], first["code"]) == ("error", "banned"), first
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 5 * UNIT)
    assert closed.value.rcvd is not None
    return closed.value.rcvd.code


async def post_session(
    http: httpx.AsyncClient, node: LiveServer, pseudo: str, headers: dict[str, str]
) -> httpx.Response:
    return await http.post(
        f"{node.url}/api/session",
        json={"pseudo": pseudo, "gender": "m", "age": 35, "postal_code": "13001"},
        headers=headers,
    )


# ---------------------------------------------------------------- mute


async def test_a_mute_holds_on_every_node_until_it_ends(cluster: Cluster) -> None:
    """Muted through node 0: refused within a second on node 2 (where they entered) and
    on node 1 (another tab); the others talk on; at the end both tabs talk again."""
    n0, n1, n2 = cluster.nodes
    mute = 4.0 * UNIT  # long enough for the checks below, short enough to wait out
    home = address()
    loud = await Client.enter(n2.url, "Bavard", headers=home)
    loud_n1 = await Client.connect(n1.url, loud.session, headers=home)
    others = [
        await Client.enter(node.url, pseudo, headers=address())
        for node, pseudo in ((n0, "Lectrice"), (n1, "Passant"), (n2, "Voisine"))
    ]
    everyone = [loud, loud_n1, *others]
    for client in everyone:
        await client.join(ROOM)
    await everyone_gets(await loud.say(ROOM, "avant"), *everyone)

    # The nodes run on this machine and read its clock: the mute starts after this.
    asked = time.time()
    async with httpx.AsyncClient(timeout=10 * UNIT) as http:
        await decide_on(http, n0, cluster.moderators[0], loud.id, action="mute", duration=mute)
    # Both tabs at once: each must be refused within SPREAD of the decision, long before
    # the mute ends (one after the other, a loaded machine could reach the second tab
    # only once the mute was over).
    refusals = await asyncio.gather(*(say_until(tab, "encore", "error") for tab in (loud, loud_n1)))
    assert [refused["code"] for refused in refusals] == ["muted", "muted"]
    for tab in (loud, loud_n1):
        notice = (await tab.expect("notice"))["notice"]
        assert notice["kind"] == "statement_of_reasons"
    # Everybody else, on every node, still talks, and everybody (the muted person too)
    # still receives.
    for speaker in others:
        said = await speaker.say(ROOM, f"{speaker.user['pseudo']} parle")
        await everyone_gets(said, *everyone)

    freed = await say_until(loud, "me revoilà", "sent", within=mute / UNIT + 2)
    # Refused until its end, by the server's own clock (no stopwatch in the test): the
    # first message it let through is dated at least the mute's length after the
    # decision was asked for. (Not after the notice: on a loaded machine the notice is
    # written a few hundred ms after the mute starts.)
    message = await others[0].expect("message", msg_id=freed["msg_id"])
    assert message["ts"] >= (asked + mute) * 1000 - 1  # ts: whole milliseconds
    await everyone_gets(freed, *others[1:])
    await everyone_gets(await loud_n1.say(ROOM, "et d'ici aussi"), *others)
    await close_all(*everyone)


async def test_a_mute_lifted_on_appeal_frees_the_person_on_every_node(
    cluster: Cluster,
) -> None:
    """Muted for an hour through node 0; the person appeals through node 2; another
    moderator reverses it through node 2: within a second both tabs talk again."""
    n0, n1, n2 = cluster.nodes
    home = address()
    loud = await Client.enter(n1.url, "Querelleur", headers=home)
    loud_n2 = await Client.connect(n2.url, loud.session, headers=home)
    witness = await Client.enter(n0.url, "Arbitre", headers=address())
    for client in (loud, loud_n2, witness):
        await client.join(ROOM)
    first, second = cluster.moderators
    async with httpx.AsyncClient(timeout=10 * UNIT) as http:
        await decide_on(http, n0, first, loud.id, action="mute")  # 1 h default
        for tab in (loud, loud_n2):
            refused = await say_until(tab, "chut ?", "error")
            assert refused["code"] == "muted"
        notice = (await loud.expect("notice"))["notice"]
        key = notice["url"].split("key=")[1]
        appealed = await http.post(
            f"{n2.url}/api/notices/{notice['id']}/appeal",
            json={"key": key, "text": "Je plaisantais avec une amie."},
        )
        assert appealed.status_code == 201, appealed.text
        headers = {"Authorization": f"Bearer {second}"}
        appeals = (await http.get(f"{n2.url}/api/mod/appeals", headers=headers)).json()
        appeal = next(a for a in appeals if a["notice_id"] == notice["id"])
        decided = await http.post(
            f"{n2.url}/api/mod/appeals/{appeal['id']}/decision",
            headers=headers,
            json={"outcome": "reverse", "explanation": "Échange amical."},
        )
        assert decided.status_code == 200, decided.text
        assert decided.json()["state"] == "reversed"
    for tab in (loud, loud_n2):
        said = await say_until(tab, "merci", "sent")
        await witness.expect("message", msg_id=said["msg_id"])
    await close_all(loud, loud_n2, witness)


# ---------------------------------------------------------------- ban


async def test_a_ban_closes_every_connection_and_refuses_every_node(cluster: Cluster) -> None:
    """Banned through node 0 while connected on nodes 1 and 2: both sockets get
    ``banned`` and close 4003 within a second; then no node lets the person back, by
    token, address or device, while another address enters freely."""
    n0, n1, n2 = cluster.nodes
    home = address()
    async with httpx.AsyncClient(timeout=10 * UNIT) as http:
        entered = await post_session(http, n1, "Fauteur", home)
        assert entered.status_code == 201, entered.text
        device = entered.cookies["papote_device"]
        session = entered.json()
        tabs = [await Client.connect(node.url, session, headers=home) for node in (n1, n2)]
        witnesses = [
            await Client.enter(node.url, f"Temoin{i}", headers=address())
            for i, node in enumerate((n0, n1, n2))
        ]
        for client in (*tabs, *witnesses):
            await client.join(ROOM)
        await everyone_gets(await tabs[1].say(ROOM, "provocation"), *witnesses)

        # A threat: a category whose ban binds addresses too (docs/moderation.md §3).
        await decide_on(
            http, n0, cluster.moderators[0], session["user"]["id"], action="ban", category="threat"
        )
        for tab in tabs:  # each within SPREAD of the decision (a bounded wait, no stopwatch)
            banned = await tab.next(lambda f: f.get("type") == "error", timeout=SPREAD * UNIT)
            assert banned["code"] == "banned"
            assert await close_code(tab) == 4003
        # The others stay and talk on.
        await everyone_gets(await witnesses[2].say(ROOM, "ouf"), *witnesses)

        for node in (n0, n1, n2):
            # The old token, even from elsewhere: the ban binds the person.
            assert await refused_socket(node, session["token"], address()) == 4003
            # A new pseudo from the same address, or from another one with the device.
            for headers in (home, {**address(), "Cookie": f"papote_device={device}"}):
                again = await post_session(http, node, "Innocent", headers)
                assert again.status_code == 403, again.text
                assert again.json()["error"]["code"] == "banned"
        # Another address without that device is somebody else: welcome on every node.
        for i, node in enumerate((n0, n1, n2)):
            newcomer = await Client.enter(node.url, f"Nouvelle{i}", headers=address())
            await newcomer.join(ROOM)
            await everyone_gets(await newcomer.say(ROOM, "bonjour"), *witnesses)
            await newcomer.close()
    await close_all(*witnesses)


async def test_a_ban_also_binds_where_the_person_is_connected_on_other_nodes(
    cluster: Cluster,
) -> None:
    """The person entered from home on node 1 and also talks from a phone (another
    address and device) on node 2; the ban is decided on node 0, which saw neither
    connection. Node 2 binds the phone's address and device to the ban: coming back
    from the phone under a new pseudo is refused everywhere."""
    n0, n1, n2 = cluster.nodes
    home, phone_address = address(), address()
    async with httpx.AsyncClient(timeout=10 * UNIT) as phone_browser:  # its own cookies
        lent = await post_session(phone_browser, n2, "Pretenom", phone_address)
        assert lent.status_code == 201, lent.text
        phone_device = {"Cookie": f"papote_device={lent.cookies['papote_device']}"}
    phone = {**phone_address, **phone_device}
    async with httpx.AsyncClient(timeout=10 * UNIT) as http:
        entered = await post_session(http, n1, "Sournois", home)
        assert entered.status_code == 201, entered.text
        session = entered.json()
        tabs = [
            await Client.connect(n1.url, session, headers=home),
            await Client.connect(n2.url, session, headers=phone),
        ]
        for tab in tabs:
            await tab.join(ROOM)

        # A threat: a category whose ban binds addresses too (docs/moderation.md §3).
        await decide_on(
            http, n0, cluster.moderators[0], session["user"]["id"], action="ban", category="threat"
        )
        for tab in tabs:
            assert await close_code(tab, within=SPREAD) == 4003
    # The phone's device from a new address, and the phone's address without its device.
    for headers in ({**address(), **phone_device}, phone_address):
        for node in (n0, n1, n2):
            async with httpx.AsyncClient(timeout=10 * UNIT) as fresh:
                again = await post_session(fresh, node, "Nouveau", headers)
            assert again.status_code == 403, (headers, again.text)
            assert again.json()["error"]["code"] == "banned"


# ---------------------------------------------------------------- pseudos


async def test_one_pseudo_raced_on_every_node_goes_to_exactly_one(cluster: Cluster) -> None:
    """Many entries with the same pseudo (as folded) fired at the three nodes at once:
    one gets it, every other one is told ``pseudo_taken``."""
    spellings = {
        "elodie": ("Élodie", "elodie", "ELODIE", "Elodié"),
        "mael": ("Maël", "mael", "MAEL", "Maèl"),
        "zoe": ("Zoé", "zoe", "ZOE", "Zöe"),
    }
    per_node = 12
    for folded, variants in spellings.items():
        attempts = [
            (node, variants[i % len(variants)]) for i in range(per_node) for node in cluster.nodes
        ]
        clients = [
            httpx.AsyncClient(base_url=node.url, headers=address(), timeout=10 * UNIT)
            for node, _ in attempts
        ]
        try:
            # Connections open first, so the entries themselves leave at the same moment.
            await asyncio.gather(*(c.get("/api/health") for c in clients))
            responses = await asyncio.gather(
                *(
                    c.post(
                        "/api/session",
                        json={"pseudo": pseudo, "gender": "f", "age": 28, "postal_code": "35000"},
                    )
                    for c, (_, pseudo) in zip(clients, attempts, strict=True)
                )
            )
        finally:
            await asyncio.gather(*(c.aclose() for c in clients))
        won = [r for r in responses if r.is_success]
        assert len(won) == 1, (folded, [r.status_code for r in responses])
        refused = [r for r in responses if not r.is_success]
        assert {(r.status_code, r.json()["error"]["code"]) for r in refused} == {
            (409, "pseudo_taken")
        }
        assert len(refused) == len(attempts) - 1
        # The winner's session works on any node, and the pseudo stays taken on every one.
        winner = await Client.connect(cluster.nodes[2].url, won[0].json(), headers=address())
        assert winner.user["pseudo"] in variants
        async with httpx.AsyncClient(timeout=10 * UNIT) as http:
            for node in cluster.nodes:
                late = await post_session(http, node, variants[0], address())
                assert late.status_code == 409, late.text
        await winner.close()
