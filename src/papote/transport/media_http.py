"""Photos over HTTP: ``POST /api/media`` (upload), ``GET /api/media/{id}`` (signed links),
``DELETE /api/media/{id}``, ``GET /media/{sha256}`` (the bytes behind a signed link).

Thin: authenticate, read at most the cap (transport/body.py), call MediaService, shape the
answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from papote.domain.errors import DomainError
from papote.ports import Origin, UserRow
from papote.service.media import MediaService
from papote.service.sessions import DEVICE_COOKIE, SessionService
from papote.transport.body import media_type, read_body
from papote.transport.http import error_response, request_peer

_HASH = re.compile(r"[0-9a-f]{64}")
MULTIPART_OVERHEAD = 16 * 1024  # boundaries and part headers around the file
_STATUS = {
    "unauthorized": 401,
    "session_expired": 401,
    "not_member": 403,
    "banned": 403,
    "adults_only": 403,
    "muted": 403,
    "no_such_media": 404,
    "media_too_large": 413,
    "media_type": 415,
    "unsupported_media_type": 415,
    "media_invalid": 422,
    "media_refused": 422,
    "media_nude_in_salon": 422,
    "media_nude_in_dm": 422,
    "media_rate": 429,
    "media_quota": 429,
    "server_busy": 503,
}
# The bytes of a photo: never a script, never sniffed, shown in place (docs/operations.md).
MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'none'; script-src 'none'; sandbox"


# The Content-Type is checked (read_body), never trusted: the bytes are sniffed.
UPLOAD_TYPES = (
    "application/octet-stream",
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/gif",
    "image/heic",
    "image/heif",
    "multipart/form-data",
)


def first_file(body: bytes, content_type: str) -> bytes | None:
    """The first file part of a ``multipart/form-data`` body, or None."""
    _, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        return None
    found: list[bytes] = []
    current: list[bytes] = []
    headers: list[bytes] = []
    state = {"is_file": False, "done": False}

    def on_header_value(data: bytes, start: int, end: int) -> None:
        headers.append(data[start:end])

    def on_headers_finished() -> None:
        state["is_file"] = any(b"filename=" in h for h in headers)

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if state["is_file"] and not state["done"]:
            current.append(data[start:end])

    def on_part_end() -> None:
        if state["is_file"] and not state["done"]:
            found.append(b"".join(current))
            state["done"] = True
        current.clear()
        headers.clear()

    parser = MultipartParser(
        boundary,
        {
            "on_header_value": on_header_value,
            "on_headers_finished": on_headers_finished,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except Exception:
        return None
    return found[0] if found else None


class MediaApi:
    """The photo endpoints."""

    def __init__(
        self,
        media: MediaService,
        sessions: SessionService,
        is_live: Callable[[str], bool],
    ) -> None:
        self.media = media
        self.sessions = sessions
        self.is_live = is_live

    def routes(self) -> list[Route]:
        return [
            Route("/api/media", self.upload, methods=["POST"]),
            Route("/api/media/{media_id}", self.view, methods=["GET"]),
            Route("/api/media/{media_id}", self.delete, methods=["DELETE"]),
            Route("/media/{sha256}", self.serve, methods=["GET", "HEAD"]),
        ]

    def _error(self, request: Request, exc: DomainError) -> Response:
        return error_response(
            request,
            exc.code,
            field=exc.field,
            status=_STATUS.get(exc.code),
            params=exc.params,
        )

    async def _user(self, request: Request) -> UserRow:
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.lower().startswith("bearer ") else ""
        return await self.sessions.check_token(token, self.is_live)

    def _origin_keys(self, request: Request) -> tuple[Origin, set[str]]:
        ip, port = request_peer(request)
        address, device = self.sessions.person_hashes(ip, request.cookies.get(DEVICE_COOKIE))
        keys = {f"i:{address}"} | ({f"d:{device}"} if device else set())
        return Origin(ip=ip, port=port, protocol=request.url.scheme), keys

    async def upload(self, request: Request) -> Response:
        """``POST /api/media?room=<room id>``: the image as the raw body, or as the first
        file of a multipart form. 201 with the photo's id, size and signed links."""
        try:
            user = await self._user(request)
        except DomainError as exc:
            return self._error(request, exc)
        cap = self.media.settings.max_upload_bytes
        content_type = request.headers.get("content-type", "")
        multipart = media_type(request) == "multipart/form-data"
        try:
            body = await read_body(
                request, cap + (MULTIPART_OVERHEAD if multipart else 0), UPLOAD_TYPES
            )
        except DomainError as exc:
            code = "media_too_large" if exc.code == "payload_too_large" else exc.code
            return self._error(request, DomainError(code, field=exc.field, **exc.params))
        if multipart:
            data = first_file(body, content_type)
            if data is None:
                return self._error(request, DomainError("media_type"))
            if len(data) > cap:
                return self._error(request, DomainError("media_too_large"))
        else:
            data = body
        room_id = request.query_params.get("room", "")
        # evidence=1: a still of a call for a report (docs/protocol.md §1.6), never sent.
        evidence = request.query_params.get("evidence", "") in ("1", "true")
        origin, keys = self._origin_keys(request)
        try:
            row = await self.media.do_upload(user, room_id, data, origin, keys, evidence=evidence)
            out = await self.media.do_view(user, row.id)
        except DomainError as exc:
            return self._error(request, exc)
        return JSONResponse(out, status_code=201)

    async def view(self, request: Request) -> Response:
        try:
            user = await self._user(request)
            out = await self.media.do_view(user, request.path_params["media_id"])
        except DomainError as exc:
            return self._error(request, exc)
        return JSONResponse(out, headers={"Cache-Control": "no-store"})

    async def delete(self, request: Request) -> Response:
        try:
            user = await self._user(request)
            origin, _ = self._origin_keys(request)
            await self.media.do_delete(user, request.path_params["media_id"], origin)
        except DomainError as exc:
            return self._error(request, exc)
        return Response(status_code=204)

    async def serve(self, request: Request) -> Response:
        """The bytes, for whoever holds a valid signed link (an ``<img>`` sends no
        Authorization header: the link is the authorisation, short-lived). ``a=evidence``:
        a reported photo's sealed copy, linked by the moderation console only."""
        sha256 = request.path_params["sha256"]
        found = None
        if _HASH.fullmatch(sha256):
            found = await self.media.open(
                sha256,
                request.query_params.get("e", ""),
                request.query_params.get("s", ""),
                request.query_params.get("a", "media"),
            )
        if found is None:
            return Response(status_code=404, headers={"Cache-Control": "no-store"})
        data, mime = found
        # Evidence (a staff link): never kept by any cache, the browser's included.
        if request.query_params.get("a", "media") != "media":
            caching = "no-store"
        else:
            caching = f"private, max-age={self.media.settings.url_seconds}, immutable"
        return Response(
            data if request.method == "GET" else b"",
            media_type=mime,
            headers={
                "Content-Disposition": "inline",
                "Content-Length": str(len(data)),
                # Content-addressed: the bytes behind a name never change; private: the
                # link is personal to the room's members, no shared cache keeps it.
                "Cache-Control": caching,
                "ETag": f'"{sha256}"',
                "Cross-Origin-Resource-Policy": "same-origin",
                # Added to the app-wide policy (SecurityHeaders): a browser enforces both,
                # so no script runs even if these bytes were ever opened as a document.
                "Content-Security-Policy": MEDIA_CSP,
            },
        )
