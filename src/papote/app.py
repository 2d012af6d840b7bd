"""Composition root: builds the adapters chosen by the settings and wires the services."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import structlog
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from papote.broker.inprocess import InProcessBroker
from papote.clock import SystemClock
from papote.config import Settings
from papote.domain.rooms import RoomKind
from papote.ports import Broker, Clock, RoomRow, Store
from papote.protocol.codec import JsonCodec
from papote.security import Argon2Hasher, load_or_create_secret, new_id
from papote.service.chat import ChatService
from papote.service.hub import Hub
from papote.service.sessions import SessionService
from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.sql import SqlStore
from papote.transport.http import HttpApi
from papote.transport.ws import WsEndpoint

log = structlog.get_logger(__name__)

KEEP_ALIVE_SECONDS = 60.0

# Defence in depth against XSS: no inline script, nothing from elsewhere.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class SecurityHeaders:
    """Adds the security headers to every HTTP response (pure ASGI, no buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


@dataclass
class Services:
    store: Store
    broker: Broker
    hub: Hub
    chat: ChatService
    sessions: SessionService
    ws: WsEndpoint


def web_dir() -> Path:
    return Path(str(resources.files("papote").joinpath("web")))


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Pick the adapters from the settings (SQLite or PostgreSQL; in-process broker)."""
    clock = clock or SystemClock()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = SqlStore(make_engine(settings.effective_database_url))
    broker: Broker = InProcessBroker()
    hub = Hub()
    node_id = new_id(4)
    chat = ChatService(
        store=store,
        broker=broker,
        hub=hub,
        clock=clock,
        limits=settings.limits,
        hasher=Argon2Hasher(),
        new_id=new_id,
        node_id=node_id,
    )
    secret = load_or_create_secret(settings.secret_key, settings.data_dir)
    sessions = SessionService(store, clock, settings.limits, secret)

    async def released(user_id: str) -> None:
        await sessions.do_keep_alive([user_id])

    ws = WsEndpoint(
        chat=chat,
        sessions=sessions,
        hub=hub,
        codec=JsonCodec(settings.limits.max_frame_bytes),
        limits=settings.limits,
        clock=clock,
        on_disconnect=released,
    )
    return Services(store=store, broker=broker, hub=hub, chat=chat, sessions=sessions, ws=ws)


async def seed_salons(store: Store, settings: Settings, now: float) -> None:
    await store.upsert_salons(
        [
            RoomRow(
                id=f"salon:{s.slug}",
                kind=RoomKind.SALON.value,
                name=s.name,
                topic=s.topic,
                owner_id=None,
                password_hash=None,
                created_at=now,
                position=i,
                category=s.category,
            )
            for i, s in enumerate(settings.salons)
        ]
    )


async def _keep_alive(services: Services) -> None:
    while True:
        await asyncio.sleep(KEEP_ALIVE_SECONDS)
        try:
            await services.sessions.do_keep_alive(list(services.hub.users))
        except Exception:
            log.exception("keep-alive failed")


def create_app(
    settings: Settings, *, migrate: bool = True, clock: Clock | None = None
) -> Starlette:
    """The ASGI application. ``migrate``: bring the schema up to date at start-up."""
    services = build_services(settings, clock)
    api = HttpApi(services.sessions, services.chat)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        store = services.store
        assert isinstance(store, SqlStore)
        if migrate:
            await upgrade(store.engine)
        await seed_salons(store, settings, (clock or SystemClock()).now())
        await services.chat.start()
        keep_alive = asyncio.create_task(_keep_alive(services))
        log.info("papote ready", database=store.engine.dialect.name, salons=len(settings.salons))
        try:
            yield
        finally:
            keep_alive.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await keep_alive
            await services.chat.stop()
            await store.close()

    routes = [
        Route("/api/session", api.create_session, methods=["POST"]),
        Route("/api/salons", api.salons, methods=["GET"]),
        Route("/api/health", api.health, methods=["GET"]),
        WebSocketRoute("/ws", services.ws.handle),
        Mount("/", StaticFiles(directory=web_dir(), html=True, check_dir=False), name="web"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(SecurityHeaders)])
    app.state.services = services
    return app
