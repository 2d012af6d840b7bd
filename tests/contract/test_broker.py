"""The Broker contract: every implementation delivers what is published, in order."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from papote.broker.inprocess import InProcessBroker
from papote.ports import Broker, Envelope


@pytest.fixture(params=["inprocess"])
async def broker(request: pytest.FixtureRequest) -> AsyncIterator[Broker]:
    impl = InProcessBroker()
    yield impl
    await impl.close()


async def test_published_envelopes_arrive_in_order(broker: Broker) -> None:
    seen: list[Envelope] = []
    await broker.start(seen.append)
    sent = [
        Envelope(room_id="salon:a", kind="message", sender_id="u", payload=b"{}", seq=i)
        for i in range(1, 51)
    ]
    for envelope in sent:
        await broker.publish(envelope)
    assert [e.seq for e in seen] == list(range(1, 51))
    assert seen[0].payload == b"{}"


async def test_publish_before_start_is_an_error(broker: Broker) -> None:
    with pytest.raises(RuntimeError):
        await broker.publish(Envelope(room_id="r", kind="typing", sender_id="u", payload=b""))
