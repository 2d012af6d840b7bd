"""Hostile HTTP bodies (issue 10 §14-16): a 4xx with a JSON error, never a 500, never a
whole oversized body in memory, on every endpoint that reads a body. Nothing here is
accepted, so the tests share one server (``shared_server``)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.conftest import UNIT, LiveServer

JSON = {"Content-Type": "application/json"}
NESTED = b"[" * 1000 + b"]" * 1000
NESTED_IN_OBJECT = b'{"pseudo":' + b"[" * 2000 + b"]" * 2000 + b"}"
# Every endpoint reading a body, before any authentication matters.
BODY_PATHS = ("/api/session", "/api/mod/login", "/api/notices/x/appeal")


@pytest.mark.parametrize("body", [NESTED, NESTED_IN_OBJECT, b"[" * 3000])
def test_deeply_nested_json_is_400_on_every_endpoint(
    shared_server: LiveServer, body: bytes
) -> None:
    for path in BODY_PATHS:
        response = httpx.post(f"{shared_server.url}{path}", content=body, headers=JSON)
        assert response.status_code == 400, (path, response.text)
        assert response.json()["error"]["code"] == "invalid_json"


def test_content_type_is_checked(shared_server: LiveServer) -> None:
    for path in BODY_PATHS:
        response = httpx.post(
            f"{shared_server.url}{path}", content=b'{"a":1}', headers={"Content-Type": "text/plain"}
        )
        assert response.status_code == 415, (path, response.text)
        assert response.json()["error"]["code"] == "unsupported_media_type"
        bare = httpx.post(f"{shared_server.url}{path}", content=b'{"a":1}')
        assert bare.status_code == 415, (path, bare.text)
    # A charset parameter is fine.
    response = httpx.post(
        f"{shared_server.url}/api/session",
        content=b"{}",
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    assert response.json()["error"]["code"] == "missing_field"


async def _raw_post(port: int, path: str, framing: str, first: bytes) -> bytes:
    """Send a request's head (``framing``: its length header) and only the start of its
    body, then read the answer (the rest of the body never comes: a server that waits for
    it never answers)."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{framing}\r\n\r\n"
    ).encode()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(head + first)
        await writer.drain()
        answer = b""
        async with asyncio.timeout(10 * UNIT):
            while not answer.endswith(b"}") and (chunk := await reader.read(65536)):
                answer += chunk  # the head and the JSON body may come in two writes
        return answer
    finally:
        writer.close()


@pytest.mark.parametrize("path", BODY_PATHS)
async def test_declared_length_over_the_cap_is_413_before_reading(
    shared_server: LiveServer, path: str
) -> None:
    framing = f"Content-Length: {256 * 1024 * 1024}"
    answer = await _raw_post(shared_server.port, path, framing, b"{" + b" " * 1000)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"payload_too_large" in answer


@pytest.mark.parametrize("path", BODY_PATHS)
async def test_a_chunked_body_stops_being_read_at_the_cap(
    shared_server: LiveServer, path: str
) -> None:
    chunk = b" " * 20000
    first = b"%x\r\n%s\r\n" % (len(chunk), chunk)
    answer = await _raw_post(shared_server.port, path, "Transfer-Encoding: chunked", first)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
