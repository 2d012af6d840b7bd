"""GET /metrics: Prometheus text that moves with the traffic."""

from __future__ import annotations

import asyncio
import re

import httpx

from tests.conftest import UNIT, LiveServer
from tests.integration.client import Client


async def scrape(url: str) -> dict[str, float]:
    async with httpx.AsyncClient() as http:
        response = await http.get(f"{url}/metrics")
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
    assert after['papote_store_seconds_count{method="get_user_by_token"}'] >= 2
    assert after["papote_slow_consumers_dropped_total"] == 0
    assert after["papote_outbound_queue_frames"] >= 0
    assert after["papote_writer_queue"] == 0

    await alice.close()
    await bruno.close()
    for _ in range(50):  # the server notices the closes asynchronously
        gone = await scrape(live_server.url)
        if gone["papote_connections"] == 0:
            break
        await asyncio.sleep(0.1 * UNIT)
    assert gone["papote_connections"] == 0
