"""HTTP request bodies, read safely: every endpoint with a body goes through here.

The cap is checked on the declared ``Content-Length`` before a byte is read, then while
the body streams in (a chunked body has no length), so an oversized request costs at most
``max_bytes`` of memory before its 413, never its whole size (issue 10 §16). The
``Content-Type`` is checked before reading (415), and JSON nesting too deep for the
decoder is an ordinary ``invalid_json`` (400), never a RecursionError (issue 10 §14).
"""

from __future__ import annotations

from typing import Any

import msgspec
from starlette.requests import Request

from papote.domain.errors import DomainError

JSON = ("application/json",)


def media_type(request: Request) -> str:
    """The request's ``Content-Type`` without its parameters, lower-cased ("" if none)."""
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


async def read_body(request: Request, max_bytes: int, content_types: tuple[str, ...]) -> bytes:
    """The request's body, at most ``max_bytes`` of it, of one of ``content_types``.

    An empty body is returned as ``b""`` whatever its type (a POST with nothing to say).

    Raises:
        DomainError: ``payload_too_large`` (the declared length or the bytes received go
            past ``max_bytes``; reading stops there) or ``unsupported_media_type``.
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise DomainError("payload_too_large", max=max_bytes)
    kind = media_type(request)
    if kind and kind not in content_types:
        raise DomainError("unsupported_media_type", type=", ".join(content_types))
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_bytes:
            raise DomainError("payload_too_large", max=max_bytes)
        chunks.append(chunk)
    body = b"".join(chunks)
    if body and not kind:
        raise DomainError("unsupported_media_type", type=", ".join(content_types))
    return body


def decode_object(raw: bytes) -> dict[str, Any]:
    """A JSON object, or ``invalid_json``: not JSON, not UTF-8, not an object, or nested
    deeper than the decoder goes (msgspec raises RecursionError, caught here).

    Raises:
        DomainError: ``invalid_json``.
    """
    try:
        data: Any = msgspec.json.decode(raw)
    except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
        raise DomainError("invalid_json") from None
    if not isinstance(data, dict):
        raise DomainError("invalid_json")
    return data


async def read_json_object(
    request: Request, max_bytes: int, *, empty_ok: bool = False
) -> dict[str, Any]:
    """``read_body`` then ``decode_object``; an empty body is ``{}`` when ``empty_ok``.

    Raises:
        DomainError: ``payload_too_large``, ``unsupported_media_type`` or ``invalid_json``.
    """
    raw = await read_body(request, max_bytes, JSON)
    if not raw and empty_ok:
        return {}
    return decode_object(raw)
