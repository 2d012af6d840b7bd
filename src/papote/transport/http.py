"""HTTP API: guest entry, salon list, health. Errors are JSON with a French message."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping

import msgspec
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from papote.config import Networks
from papote.domain.errors import DomainError
from papote.messages import describe
from papote.ports import Origin
from papote.protocol.wire import PROTOCOL_VERSION
from papote.service.chat import ChatService, user_info
from papote.service.sessions import DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, SessionService
from papote.transport.body import read_json_object

_STATUS = {
    "pseudo_taken": 409,
    "too_many_sessions": 429,
    "pow_required": 429,
    "banned": 403,
    "adults_only": 403,
    "invalid_json": 400,
    "payload_too_large": 413,
    "unsupported_media_type": 415,
}
MAX_BODY = 4096


def lang_of(request: Request) -> str:
    accept = request.headers.get("accept-language", "fr").lower()
    return "en" if accept.startswith("en") else "fr"


def error_response(
    request: Request,
    code: str,
    *,
    field: str | None = None,
    status: int | None = None,
    params: dict[str, object] | None = None,
) -> JSONResponse:
    headers = {}
    if params and "retry_after" in params:
        headers["Retry-After"] = str(int(float(str(params["retry_after"]))))
    body = {
        "error": {"code": code, "message": describe(code, params, lang_of(request)), "field": field}
    }
    return JSONResponse(body, status_code=status or _STATUS.get(code, 422), headers=headers)


def peer(client: tuple[str, int] | None, headers: Mapping[str, str]) -> tuple[str, int]:
    """The client's address and source port (décret 2021-1362 asks for both).

    Behind a trusted proxy, uvicorn has already replaced the address with the one from
    X-Forwarded-For and set the port to 0; the proxy may pass the real source port in
    ``X-Real-Port`` (nginx: ``proxy_set_header X-Real-Port $remote_port``). A direct
    client's own header is never trusted: its port is the TCP one.
    """
    if client is None:
        return "0.0.0.0", 0  # noqa: S104
    host, port = client[0], client[1]
    if port == 0:
        raw = headers.get("x-real-port", "")
        if raw.isdigit() and 0 < int(raw) < 65536:
            port = int(raw)
    return host, port


def request_peer(request: Request) -> tuple[str, int]:
    """``peer`` of an HTTP request (its client, as uvicorn set it from a trusted proxy)."""
    client = request.client
    return peer((client.host, client.port) if client else None, request.headers)


def address_in(host: str, networks: Networks | None) -> bool:
    """Whether ``host`` is in one of ``networks`` (None: every address is).

    An IPv4 client seen through an IPv6 socket (``::ffff:192.0.2.1``) counts as its IPv4
    address; a host that is no address at all (a Unix socket) is in none.
    """
    if networks is None:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in network for network in networks)


class HttpApi:
    """The HTTP endpoints, thin: parse, call a service, shape the answer."""

    def __init__(self, sessions: SessionService, chat: ChatService) -> None:
        self.sessions = sessions
        self.chat = chat

    async def create_session(self, request: Request) -> Response:
        try:
            data = await read_json_object(request, MAX_BODY)
        except DomainError as exc:
            return error_response(request, exc.code, params=exc.params)
        for name in ("pseudo", "gender", "age", "postal_code"):
            if name not in data:
                return error_response(request, "missing_field", field=name, params={"field": name})
        ip, port = request_peer(request)
        try:
            new = await self.sessions.do_create(
                data["pseudo"],
                data["gender"],
                data["age"],
                data["postal_code"],
                Origin(ip=ip, port=port, protocol=request.url.scheme),
                request.cookies.get(DEVICE_COOKIE),
                resume=data["resume"] if isinstance(data.get("resume"), str) else None,
                proof=data.get("pow"),
            )
        except DomainError as exc:
            response = error_response(request, exc.code, field=exc.field, params=exc.params)
            if exc.code == "pow_required":  # the work to show with the next try (§1.1)
                body = msgspec.json.decode(response.body)
                body["pow"] = {"challenge": exc.params["challenge"], "bits": exc.params["bits"]}
                return JSONResponse(body, status_code=429)
            return response
        info = user_info(new.user)
        response = JSONResponse(
            {
                "token": new.token,
                "user": msgspec.to_builtins(info),
                "expires_in": new.expires_in,
                "resume": new.resume,
                "resumed": new.resumed,
            },
            status_code=201,
        )
        if request.cookies.get(DEVICE_COOKIE) != new.device_token:
            response.set_cookie(
                DEVICE_COOKIE,
                new.device_token,
                max_age=DEVICE_COOKIE_MAX_AGE,
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
                path="/",
            )
        return response

    async def end_session(self, request: Request) -> Response:
        """``DELETE /api/session`` (``Authorization: Bearer <token>``): "Quitter le tchat"."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return error_response(request, "unauthorized", status=401)
        try:
            user = await self.sessions.do_end(token.strip())
        except DomainError as exc:
            return error_response(request, exc.code, status=401)
        await self.chat.do_end_session(user.id)
        return Response(status_code=204)

    async def salons(self, request: Request) -> Response:
        return JSONResponse(await self.chat.salons())

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "protocol": PROTOCOL_VERSION})
