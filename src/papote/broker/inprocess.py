"""The in-process broker: one node, publish delivers straight to the local hub."""

from __future__ import annotations

from papote.ports import Deliver, Envelope


class InProcessBroker:
    """The Broker port for a single node; nothing leaves the process."""

    def __init__(self) -> None:
        self._deliver: Deliver | None = None

    async def start(self, deliver: Deliver) -> None:
        self._deliver = deliver

    async def publish(self, envelope: Envelope) -> None:
        if self._deliver is None:
            raise RuntimeError("broker not started")
        self._deliver(envelope)

    async def close(self) -> None:
        self._deliver = None
