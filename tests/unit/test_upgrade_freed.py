"""transport.upgrade: an HTTP protocol that upgraded its socket to a WebSocket is freed by
reference counting, without waiting for the cyclic collector (the soak's growth)."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from papote.transport.upgrade import UpgradeKeepingHttpToolsProtocol

UPGRADE = (
    b"GET /ws?token=abc HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
    b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
    b"Sec-WebSocket-Version: 13\r\n\r\n"
)


class FakeTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.protocol: asyncio.BaseProtocol | None = None
        self.closed = False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 50000), "sockname": ("127.0.0.1", 8000)}.get(
            name, default
        )

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self.protocol = protocol

    def get_protocol(self) -> asyncio.BaseProtocol:
        assert self.protocol is not None
        return self.protocol

    def write(self, data: bytes | bytearray | memoryview) -> None:
        pass

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True


class WebSocketSide(asyncio.Protocol):
    """What uvicorn hands the socket to (``ws=``): records the bytes of the upgrade."""

    received: list[bytes] = []

    def __init__(self, **uvicorn_kwargs: Any) -> None:
        pass

    def data_received(self, data: bytes) -> None:
        WebSocketSide.received.append(data)


async def app(scope: Any, receive: Any, send: Any) -> None:
    raise AssertionError("an upgrade never reaches the ASGI app here")


@pytest.fixture
def no_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def upgrade(protocol_class: type[HttpToolsProtocol]) -> weakref.ref[HttpToolsProtocol]:
    config = Config(app, ws=WebSocketSide, http=protocol_class, log_config=None)
    config.load()
    transport = FakeTransport()
    protocol = protocol_class(config=config, server_state=ServerState(), app_state={})
    protocol.connection_made(transport)
    protocol.data_received(UPGRADE)
    assert isinstance(transport.protocol, WebSocketSide)  # the socket was handed over
    assert WebSocketSide.received[-1].startswith(b"GET /ws?token=abc HTTP/1.1\r\n")
    return weakref.ref(protocol)


async def test_an_upgraded_protocol_is_freed_without_the_collector(no_collector: None) -> None:
    gone = [upgrade(UpgradeKeepingHttpToolsProtocol) for _ in range(20)]
    assert [ref() for ref in gone] == [None] * 20


async def test_uvicorns_own_protocol_keeps_the_cycle(no_collector: None) -> None:
    """What the parser dropped is for: uvicorn's protocol, upgraded, waits for the collector
    (if a uvicorn release frees it itself, this fails and that override can go)."""
    kept = upgrade(HttpToolsProtocol)
    assert kept() is not None
    gc.collect()
    assert kept() is None
