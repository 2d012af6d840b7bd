"""I/O adapters only: the HTTP API and the WebSocket endpoint move bytes to and from services."""
