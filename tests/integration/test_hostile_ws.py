"""Hostile WebSocket frames (issue 10 §14, §15, §18) on both front ends: an error frame
with a code, the connection still served; before login, an error and a real close."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Iterator

import pytest
import websockets
from websockets.exceptions import ConnectionClosed

from tests.conftest import UNIT, LiveServer, start_server
from tests.integration.client import Client, new_session

NESTED_ARRAY = "[" * 1500
NESTED_BEFORE_TYPE = '{"x":' + "[" * 3000 + "]" * 3000 + ',"type":"ping","id":1}'
_numbers = itertools.count(1)


def pseudo() -> str:
    """A pseudo no other test of the module (on the same server) has taken."""
    return f"Alice{next(_numbers)}"


# One server per front end for the whole module: every frame here is refused and each test
# enters under a pseudo of its own, so no test reads what another left.
@pytest.fixture(scope="module", params=["native", "websockets-sansio"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    live = start_server(
        tmp_path_factory.mktemp("hostile") / "d",
        env={
            "PAPOTE_WS_IMPL": request.param,
            # The module's entries all come from 127.0.0.1: no entry budget in the way.
            "PAPOTE_SESSIONS_PER_IP": "1000",
            "PAPOTE_ENTRY_BURST_PER_IP": "1000",
        },
    )
    try:
        yield live
    finally:
        live.stop()


@pytest.mark.parametrize(
    ("frame", "codes"),
    [
        (NESTED_ARRAY, {"bad_frame", "invalid_json"}),
        (NESTED_BEFORE_TYPE, {"invalid_json"}),
        ('{"type":"history","room":"salon:general","before":9223372036854775808,"id":1}', None),
        ('{"type":"history","room":"salon:general","before":-1,"id":1}', None),
        ('{"type":"history","room":"salon:general","before":5,"limit":10000,"id":1}', None),
        ('{"type":"join","room":"salon:general","since":18446744073709551616,"id":1}', None),
        ('{"type":"ping","id":100000000000000000000}', None),
    ],
)
async def test_hostile_frames_get_an_error_and_the_connection_goes_on(
    server: LiveServer, frame: str, codes: set[str] | None
) -> None:
    alice = await Client.enter(server.url, pseudo())
    await alice.join("salon:general")
    await alice.ws.send(frame)
    error = await alice.expect("error")
    assert error["code"] in (codes or {"out_of_range"}), error
    assert (await alice.request({"type": "ping"}))["type"] == "pong"
    await alice.close()


async def test_a_request_id_over_64_characters_is_refused(server: LiveServer) -> None:
    alice = await Client.enter(server.url, pseudo())
    await alice.ws.send(json.dumps({"type": "ping", "id": "x" * 65}))
    error = await alice.expect("error")
    assert (error["code"], error["field"]) == ("out_of_range", "id")
    assert "re" not in error  # never echoed back
    await alice.ws.send(json.dumps({"type": "ping", "id": "y" * 64}))
    assert (await alice.expect("pong"))["re"] == "y" * 64
    await alice.close()


@pytest.mark.parametrize("frame", [NESTED_ARRAY, NESTED_BEFORE_TYPE])
async def test_a_hostile_first_frame_gets_an_error_and_a_close_frame(
    server: LiveServer, frame: str
) -> None:
    await new_session(server.url, pseudo())  # the server is warm
    async with websockets.connect(server.ws_url) as ws:
        await ws.send(frame)
        error = json.loads(await asyncio.wait_for(ws.recv(), 10 * UNIT))
        assert error["type"] == "error"
        with pytest.raises(ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 10 * UNIT)
        assert closed.value.rcvd is not None  # a close frame, not a dropped socket
        assert closed.value.rcvd.code == 4001


async def test_a_frame_over_the_frame_rate_is_refused_with_its_own_id(server: LiveServer) -> None:
    # docs/protocol.md §2: a reply echoes the request's id as `re`, a refusal too; a
    # client waiting for the answer to a frame the frame limiter refused was never told.
    alice = await Client.enter(server.url, pseudo())
    count = 40  # the burst (30) answered, then the frame rate refuses
    for i in range(count):
        await alice.ws.send(json.dumps({"type": "ping", "id": f"p{i}"}))
    replies = [await alice.next(lambda f: f["type"] in ("pong", "error")) for _ in range(count)]
    # Refusals are queued as frames arrive, answers in turn: the ids, not their order.
    assert {r.get("re") for r in replies} == {f"p{i}" for i in range(count)}
    refused = [r for r in replies if r["type"] == "error"]
    assert refused and {r["code"] for r in refused} == {"rate_limited"}
    await alice.close()
