"""uvicorn's HTTP protocol (httptools), keeping the bytes that follow an upgrade request.

uvicorn hands a WebSocket upgrade to the WebSocket protocol by rebuilding the request from
its parsed headers; whatever the client sent after the request in the same read (its first
frames: an ``auth`` frame, a ``join``) is dropped (uvicorn 0.55, ``httptools_impl``). A
client that does not wait for the 101 before writing (RFC 6455 §4.1 asks it to, some load
tools and hand-written clients do not) then waited forever for an answer to a frame the
server never saw. httptools says where the request ended (``HttpParserUpgrade``'s
argument): the rest goes to the WebSocket protocol right after the request, in order.

It also lets go of the socket once it is the WebSocket's. uvicorn's protocol forgets itself
on an upgrade, but its httptools parser holds its bound callbacks, which hold it: a
reference cycle, the request's scope and headers, its flow control and parser hanging from
it (about 7.5 KiB). uvicorn breaks that cycle in ``connection_lost``, which an upgraded
protocol never gets (the WebSocket protocol does); the young collections are rare on a busy
server (``cli.tune_runtime``), and most of these aged into the older generations to wait
for a full collection: the soak's reconnects, 35 a minute on each node, most of its
0.4 MiB a minute (docs/performance.md, "What still grew"). The parser is dropped as soon
as the socket is handed over, so reference counting frees the rest when ``data_received``
returns.
"""

from __future__ import annotations

import asyncio

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class UpgradeKeepingHttpToolsProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` whose upgrades lose no byte (passed as ``uvicorn.Config(http=)``)."""

    def data_received(self, data: bytes) -> None:
        # uvicorn's own data_received, but for the bytes after an upgrade request.
        self._unset_keepalive_if_required()
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            msg = "Invalid HTTP request received."
            self.logger.warning(msg)
            self.send_400_response(msg)
        except httptools.HttpParserUpgrade as upgrade:
            if not self._should_upgrade():
                self._unsupported_upgrade_warning()
                return
            self.handle_websocket_upgrade()
            end = upgrade.args[0] if upgrade.args else len(data)
            rest = data[end:] if isinstance(end, int) else b""
            protocol = self.transport.get_protocol()
            if rest and protocol is not self and isinstance(protocol, asyncio.Protocol):
                protocol.data_received(rest)

    def handle_websocket_upgrade(self) -> None:
        super().handle_websocket_upgrade()
        # The socket is the WebSocket protocol's now (uvicorn's connection_lost does the same).
        self.parser = None  # type: ignore[assignment]
