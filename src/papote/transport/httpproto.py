"""uvicorn's HTTP protocol, which lets go of a socket once it is a WebSocket.

On an upgrade request uvicorn's ``HttpToolsProtocol`` hands the socket to the WebSocket
protocol (``NativeWsProtocol``) and forgets itself, but its httptools parser still holds
its bound callbacks, which hold it: a reference cycle, the request's scope and headers,
its flow control and parser hanging from it. uvicorn breaks that cycle in
``connection_lost``, which an upgraded protocol never gets (the WebSocket protocol does),
so each WebSocket opened left about 20 objects for the cyclic collector; and the young
collections are rare on a busy server (``cli.tune_runtime``), so most of them aged into
the oldest generation and waited for a full collection: the soak's reconnects, 30 a
minute on each node (docs/performance.md, "Soak"). ``HttpProtocol`` drops the parser as
soon as the socket is handed over, so reference counting frees the rest when uvicorn's
``data_received`` returns.
"""

from __future__ import annotations

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class HttpProtocol(HttpToolsProtocol):
    """``uvicorn.Config(http=HttpProtocol)``: uvicorn's httptools protocol, unchanged
    but for the parser dropped after a WebSocket upgrade."""

    def handle_websocket_upgrade(self) -> None:
        super().handle_websocket_upgrade()
        # The socket is the WebSocket protocol's now (uvicorn's connection_lost does the same).
        self.parser = None  # type: ignore[assignment]
