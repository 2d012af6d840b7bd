"""Composition root: builds the adapters chosen by the settings and wires the services."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import msgspec
import structlog
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from papote.broker.inprocess import InProcessBroker
from papote.clock import SystemClock
from papote.config import ConfigError, Detection, Settings
from papote.detect.phones import is_phone
from papote.domain.contacts import contact_spans
from papote.domain.moderation import DETECTED_CATEGORY
from papote.domain.risk.detector import MessageAnalysis, RuleDetector
from papote.domain.risk.hold import held_value, labels_to_hold
from papote.domain.rooms import RoomKind
from papote.metrics import Metrics
from papote.ports import Broker, Clock, MediaServer, Presence, RiskDetector, RoomRow, Store
from papote.protocol import wire
from papote.protocol.codec import JsonCodec
from papote.protocol.wire import UserInfo
from papote.runtime import FullCollections, LoopWatch
from papote.security import Argon2Hasher, load_or_create_secret, new_id
from papote.service.calls import CallService
from papote.service.chat import ChatService
from papote.service.control import RepeatHit, control_envelope
from papote.service.detection import Actions, DetectionConfig, DetectionService
from papote.service.hub import Hub
from papote.service.media import MediaService
from papote.service.moderation import Moderation, build_moderation
from papote.service.moderation.automated import Flag
from papote.service.presence import InProcessPresence
from papote.service.relay import Relay
from papote.service.sessions import SessionService
from papote.service.staff import StaffService
from papote.service.voice import VoiceService
from papote.storage.calls_sql import SqlCallStore
from papote.storage.engine import make_engine
from papote.storage.migrate import upgrade
from papote.storage.moderation_sql import SqlModerationStore
from papote.storage.sql import SqlStore
from papote.transport.http import HttpApi
from papote.transport.media_http import MediaApi
from papote.transport.mod_http import ModApi
from papote.transport.ws import WsEndpoint
from papote.transport.wsnative import NativeListener
from papote.voice.janus import JanusMediaServer
from papote.voice.janus_process import JanusConfig, JanusProcess, janus_installed, start_janus

log = structlog.get_logger(__name__)

KEEP_ALIVE_SECONDS = 60.0
PURGE_SECONDS = 3600.0
DM_EXPIRY_SECONDS = 60.0

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
    # Calls (and voice salons) need the camera and microphone of this origin, nothing else.
    (b"permissions-policy", b"camera=(self), microphone=(self), geolocation=()"),
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
    mstore: SqlModerationStore
    moderation: Moderation
    staff: StaffService
    presence: Presence
    metrics: Metrics | None = None
    native: NativeListener | None = None
    media: MediaService | None = None
    voice: VoiceService | None = None
    calls: CallService | None = None
    collections: FullCollections | None = None
    loop_watch: LoopWatch | None = None


def web_dir() -> Path:
    return Path(str(resources.files("papote").joinpath("web")))


def build_services(settings: Settings, clock: Clock | None = None) -> Services:
    """Pick the adapters from the settings: SQLite or PostgreSQL; one node (in-process
    broker and presence) or several (Redis)."""
    clock = clock or SystemClock()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = SqlStore(
        make_engine(
            settings.effective_database_url,
            schema=settings.database_schema,
            pool_size=settings.database_pool_size,
        )
    )
    hub = Hub()
    node_id = new_id(4)
    broker, presence, relay = _scale_out(
        settings, store, hub, node_id, lambda room_id, user: chat.presence_changed(room_id, user)
    )
    metrics = Metrics(allow=settings.metrics_networks)
    timed = metrics.timed_store(store)  # the chat path's store calls feed /metrics
    secret = load_or_create_secret(settings.secret_key, settings.data_dir)
    mstore = SqlModerationStore(store.engine)
    # Moderation first: the chat is given its guard, report desk and inbox (ports it
    # calls); moderation reaches the chat only through the broker (control messages).
    moderation = build_moderation(
        store=store,
        mstore=mstore,
        clock=clock,
        new_id=new_id,
        secret=secret,
        retention=settings.retention,
        publish=broker.publish,
        live_keys=hub.keys_of,
        export_dir=settings.data_dir / "exports",
        node_id=node_id,
        held_max_minutes=settings.detection.held_max_minutes,
    )
    chat = ChatService(
        store=timed,
        broker=broker,
        hub=hub,
        clock=clock,
        limits=settings.limits,
        hasher=Argon2Hasher(),
        new_id=new_id,
        node_id=node_id,
        presence=presence,
        guard=moderation.guard,
        reports=moderation.reports,
        notices=moderation.notices,
        content_log=mstore.log_content,
    )
    chat.detection = build_detection(settings, chat, moderation)
    if relay is not None:
        relay.attach(chat.history)
        # Presence envelopes lost while Redis was away: the member lists read it again.
        relay.resync_hooks.append(chat.resync_member_lists)
    sessions = SessionService(timed, clock, settings.limits, secret)
    chat.invite_secret = secret
    sessions.check_enter = moderation.guard.check_enter
    sessions.log_entries = True
    staff = StaffService(mstore, Argon2Hasher(), clock)

    voice = VoiceService(
        chat=chat, media=_media_server(settings), clock=clock, cap=settings.voice.room_cap
    )
    moderation.cases.evidence.voice_metadata = voice.metadata

    def voice_ice(user_id: str) -> wire.IceConfig:
        return msgspec.structs.replace(calls.ice_config(user_id), policy="all")

    chat.voice_ice = voice_ice
    calls = _calls(settings, store, chat, clock, node_id)
    moderation.cases.evidence.call_evidence = calls.evidence
    if settings.redis_url:
        from papote.broker.redis import RedisPresence

        assert isinstance(presence, RedisPresence)
        presence.on_node_dead = calls.on_node_dead  # its calls end (the other side told)
        voice.other_nodes = presence.live_nodes  # a voice report asks them for turns
    ws = WsEndpoint(
        chat=chat,
        voice=voice,
        sessions=sessions,
        hub=hub,
        codec=JsonCodec(settings.limits.max_frame_bytes, settings.calls.max_sdp_bytes),
        limits=settings.limits,
        clock=clock,
        on_disconnect=sessions.do_release,
        calls=calls,
    )
    if relay is not None:
        # Control envelopes lost while Redis was away: re-read what they carry.
        relay.resync_hooks.append(moderation.guard.reload)
    native = None
    if settings.ws_impl == "native":  # else an ASGI server's WebSocket serves /ws
        native = NativeListener(ws, settings.forwarded_allow_ips)
        native.install(hub)
    metrics.watch(hub=hub, ws=ws, chat=chat, flusher=lambda: native.flusher if native else None)
    collections = FullCollections(settings.gc_full_every)
    loop_watch = LoopWatch(trace_after=settings.loop_stall_trace_ms / 1000)
    metrics.watch_collections(collections, loop_watch)
    media = _media(settings, store, moderation, clock, secret) if settings.media.enabled else None
    if media is not None:
        media.content_log = mstore.log_content

        async def in_salon(room_id: str, user_id: str) -> bool:
            return user_id in await presence.present(room_id, [user_id])

        media.in_salon = in_salon
        chat.attach_media = media.do_attach
        moderation.cases.evidence.keep_photo = media.keep_photo
        calls.keep_still = media.keep_still
    return Services(
        store=store,
        broker=broker,
        hub=hub,
        chat=chat,
        sessions=sessions,
        ws=ws,
        mstore=mstore,
        moderation=moderation,
        staff=staff,
        presence=presence,
        metrics=metrics,
        native=native,
        media=media,
        voice=voice,
        calls=calls,
        collections=collections,
        loop_watch=loop_watch,
    )


def _calls(
    settings: Settings, store: SqlStore, chat: ChatService, clock: Clock, node_id: str
) -> CallService:
    """1:1 calls: metadata in the database, hooks on blocks, sanctions and closed sockets."""
    calls = CallService(
        calls=SqlCallStore(store.engine),
        chat=chat,
        clock=clock,
        new_id=new_id,
        settings=settings.calls,
        turn_secret=settings.calls.turn_secret.encode(),
        node_id=node_id,
    )
    chat.calls_enabled = settings.calls.enabled
    chat.on_block = calls.on_block
    chat.on_sanctioned = calls.on_sanctioned
    chat.on_disconnect = calls.on_disconnect
    return calls


def _media_server(settings: Settings) -> MediaServer | None:
    """The voice rooms' media server ([voice] media_server): a configured Janus, or None
    ("none", or "auto": then the lifespan may start a private Janus, ``_PrivateJanus``)."""
    cfg = settings.voice
    if cfg.media_server == "janus":
        if not cfg.janus_url or not cfg.janus_api_secret or not cfg.janus_admin_key:
            raise ConfigError(
                '[voice] media_server = "janus" needs janus_url, janus_api_secret and '
                "janus_admin_key"
            )
        config = JanusConfig(cfg.janus_url, cfg.janus_api_secret, cfg.janus_admin_key)
        return JanusMediaServer(config, sampling_rate=cfg.sampling_rate)
    if cfg.media_server not in ("auto", "none"):
        raise ConfigError(f"[voice] media_server: unknown value {cfg.media_server!r}")
    return None


JANUS_WATCH_SECONDS = 2.0


class _PrivateJanus:
    """media_server = "auto": a private Janus (loopback, its own generated config and
    secrets, in a fresh temporary directory) when Janus is installed, started again if it
    stops (the people in voice are told by the adapter; the next join works again)."""

    def __init__(self, settings: Settings, voice: VoiceService) -> None:
        self.settings = settings
        self.voice = voice
        self.janus: JanusProcess | None = None

    async def start(self) -> bool:
        settings = self.settings
        if not janus_installed():
            log.warning(
                "voice: Janus is not installed (apt-get install janus); voice salons are hidden"
            )
            return False
        directory = Path(tempfile.mkdtemp(prefix="papote-janus-"))
        try:
            janus = await asyncio.to_thread(
                start_janus,
                directory,
                rtp_ports=settings.voice.janus_rtp_ports,
                interface=settings.voice.janus_interface,
            )
        except RuntimeError as exc:
            log.error("voice: Janus did not start; voice salons are hidden", error=str(exc)[-500:])
            shutil.rmtree(directory, ignore_errors=True)
            return False
        self.janus = janus
        self.voice.media = JanusMediaServer(
            janus.config, sampling_rate=settings.voice.sampling_rate
        )
        log.info("voice: private Janus started", url=janus.config.url, pid=janus.process.pid)
        return True

    async def watch(self) -> None:
        while True:
            await asyncio.sleep(JANUS_WATCH_SECONDS)
            janus = self.janus
            if janus is None or janus.process.poll() is None:
                continue
            log.error(
                "voice: the private Janus stopped; starting another", code=janus.process.returncode
            )
            old = self.voice.media
            if old is not None:
                with contextlib.suppress(Exception):
                    await old.close()
            await self.stop()
            if await self.start():
                await self.voice.start()

    async def stop(self) -> None:
        janus, self.janus = self.janus, None
        if janus is not None:
            await asyncio.to_thread(janus.stop)
            shutil.rmtree(janus.directory, ignore_errors=True)


def _media(
    settings: Settings, store: SqlStore, moderation: Moderation, clock: Clock, secret: bytes
) -> MediaService:
    """Photos: the pipeline's worker processes (started on first use), the MediaStore
    chosen by ``media.store``, the child-safety hook on the moderation records."""
    from papote.media.fsstore import FsMediaStore
    from papote.media.pipeline import Options
    from papote.media.workers import WorkerPool
    from papote.ports import MediaStore
    from papote.service.child_safety import ChildSafety
    from papote.storage.media_sql import SqlMediaCatalog, SqlMediaStore

    cfg = settings.media
    blobs: MediaStore = (
        SqlMediaStore(store.engine)
        if cfg.store == "sql"
        else FsMediaStore(settings.data_dir / "media")
    )
    pool = WorkerPool(
        Options(
            max_pixels=cfg.max_pixels,
            max_edge=cfg.max_edge,
            thumb_edge=cfg.thumb_edge,
            out_format=cfg.out_format,
        ),
        workers=cfg.workers,
        time_limit=cfg.time_limit,
        queue_max=cfg.queue_max,
        classifier_spec=cfg.classifier or None,
        memory_limit=cfg.worker_memory_mb * 1024 * 1024,
    )
    media = MediaService(
        store=store,
        catalog=SqlMediaCatalog(store.engine),
        blobs=blobs,
        processor=pool,
        clock=clock,
        new_id=new_id,
        settings=cfg,
        secret=secret,
        messages_days=settings.retention.messages_days,
    )

    def check_keys(keys: Iterable[str], user_id: str, room_id: str) -> None:
        moderation.guard.check_enter(keys)
        moderation.guard.check_say(keys, user_id, room_id)

    media.check_keys = check_keys
    media.on_known_image = ChildSafety(moderation, clock, new_id).known_image
    return media


def build_detection(
    settings: Settings, chat: ChatService, moderation: Moderation
) -> DetectionService | None:
    """The risk detection worker (docs/detection.md), or None when it is switched off.
    Its actions go through the moderation service (cases, seals, statements) and the
    chat (cards, slow-downs, held DM requests)."""
    conf = settings.detection
    # A decision on held messages reaches the rooms even with detection switched off
    # since (held before the change).
    moderation.held.on_released = chat.do_deliver_released
    moderation.held.on_rejected = chat.do_withdraw_rejected
    if not conf.enabled:
        return None

    def detector() -> RiskDetector:
        # Called once, in the worker's thread: the model loads off the event loop.
        rules = RuleDetector(is_phone=is_phone)
        if not conf.model:
            return rules
        try:
            from papote.detect.model import NgramRiskDetector

            return NgramRiskDetector()
        except Exception:  # a broken model install must not stop the rules
            log.exception("embedding model unavailable, rules only")
            return rules

    async def send_card(user_id: str, card: wire.SafetyCard) -> None:
        await chat.send_direct(user_id, card)

    async def members(room_id: str) -> list[wire.UserRef]:
        users = await chat.store.get_users(await chat.store.room_member_ids(room_id))
        return [wire.UserRef(id=u.id, pseudo=u.pseudo) for u in users]

    hold = Detection.labels(conf.hold_labels)
    if hold:
        screen_rules = RuleDetector(is_phone=is_phone)

        def screen(text: str) -> tuple[MessageAnalysis, str | None]:
            analysis = screen_rules.analyse(text)
            return analysis, held_value(labels_to_hold(analysis.labels(), hold, conf.hold_score))

        chat.screen = screen

    if conf.mask_contacts_days > 0:
        contacts_rules = RuleDetector(is_phone=is_phone)
        chat.contacts = lambda text: contact_spans(contacts_rules.analyse(text))
        chat.contact_mask_seconds = conf.mask_contacts_days * 86_400

    automated = moderation.automated
    automated.pause_categories = frozenset(
        DETECTED_CATEGORY[label] for label in Detection.labels(conf.pause_dm_labels)
    )
    chat.dm_requests_paused = automated.dm_requests_paused
    automated.on_request_released = chat.do_show_request

    async def minor(flag: Flag, adult: str | None) -> None:
        await automated.do_minor(
            flag,
            cooldown=conf.minor_cooldown_hours * 3600,
            addresses=conf.minor_cooldown_address,
            adult_in_dm=adult,
        )

    return DetectionService(
        detector=detector,
        send_card=send_card,
        members=members,
        config=DetectionConfig(
            queue_max=conf.queue_max,
            batch_max=conf.batch_max,
            batch_linger=conf.batch_linger_ms / 1000,
            model_max_lag=conf.model_max_lag_seconds,
            conversation_idle=conf.conversation_idle_minutes * 60,
            help_card_labels=Detection.labels(conf.help_card_labels),
            warning_labels=Detection.labels(conf.warning_labels),
            case_labels=Detection.labels(conf.case_labels),
            urgent_labels=Detection.labels(conf.urgent_labels),
            minor_labels=Detection.labels(conf.minor_labels),
            minor_model_shows_out=conf.minor_model_shows_out,
            repeat_labels=Detection.labels(conf.repeat_labels),
            repeat_after=conf.repeat_after,
            repeat_window=conf.repeat_window_minutes * 60,
            repeat_slow_seconds=conf.repeat_slow_seconds,
            repeat_slow=conf.repeat_slow_minutes * 60,
        ),
        actions=Actions(
            flag=automated.do_flag,
            minor=minor,
            slow=chat.do_slow_person,
            share_hit=lambda user_id: chat.broker.publish(
                control_envelope(RepeatHit(user=user_id, node=chat.node_id), chat.node_id)
            ),
        ),
        earlier=lambda room_id, seq, n: chat.store.messages_before(room_id, seq, n),
    )


def _scale_out(
    settings: Settings,
    store: Store,
    hub: Hub,
    node_id: str,
    on_presence: Callable[[str, UserInfo], None],
) -> tuple[Broker, Presence, Relay | None]:
    """One node: in-process broker and presence. With ``redis_url``: Redis pub/sub behind
    the relay (order and gap-fill from the store), and presence in Redis whose own
    changes (a dead node's people swept) go to ``on_presence``."""
    if not settings.redis_url:
        return InProcessBroker(), InProcessPresence(), None
    from papote.broker.redis import RedisBroker, RedisPresence

    redis_broker = RedisBroker(settings.redis_url, prefix=settings.redis_prefix, node_id=node_id)
    relay = Relay(
        redis_broker, store, node_id=node_id, has_members=lambda room_id: hub.count(room_id) > 0
    )
    redis_broker.on_resubscribed = relay.resync_soon
    redis_broker.gather = (hub.hold, hub.release)

    async def refresh_blocks() -> None:
        # Only adds: a block missed is a safety hole, an unblock missed is not (it
        # comes back with the person's next connection).
        for user_id, state in list(hub.users.items()):
            state.blocked.update(await store.blocked_by(user_id))

    relay.resync_hooks.append(refresh_blocks)
    presence = RedisPresence(
        settings.redis_url,
        prefix=settings.redis_prefix,
        node_id=node_id,
        node_timeout=settings.node_timeout_seconds,
    )

    async def presence_changed(room_id: str, user: UserInfo, state: str) -> None:
        # Someone vanished with a dead node (or came back with one taken for dead): the
        # room hears of it at the next presence tick, as of any other arrival or departure.
        on_presence(room_id, user)

    presence.on_change = presence_changed
    return relay, presence, relay


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
                voice=s.voice,
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


async def _expire_dm_requests(services: Services) -> None:
    """DM requests unanswered for dm_request_ttl_seconds end (checked every minute, or
    four times per time-to-live when that is shorter)."""
    ttl = services.chat.limits.dm_request_ttl_seconds
    every = max(0.5, min(DM_EXPIRY_SECONDS, ttl / 4))
    while True:
        await asyncio.sleep(every)
        try:
            await services.chat.expire_dm_requests()
        except Exception:
            log.exception("DM request expiry failed")


async def _held_reminders(services: Services, max_minutes: float) -> None:
    """Held messages unread past held_max_minutes: their writers are told they still wait
    (HeldReminders), checked every minute, or four times per limit when that is shorter."""
    every = max(1.0, min(60.0, max_minutes * 60 / 4))
    while True:
        await asyncio.sleep(every)
        try:
            await services.moderation.reminders.do_remind()
        except Exception:
            log.exception("held message reminders failed")


async def _retention(services: Services) -> None:
    """The retention purge, hourly (also `papote admin purge`); first run at start-up."""
    while True:
        try:
            counts = await services.moderation.retention.purge()
            if services.media is not None:
                counts.update(await services.media.purge())
            if services.calls is not None:
                counts["calls"] = await services.calls.purge()
            if any(counts.values()):
                log.info("retention purge", **counts)
        except Exception:
            log.exception("retention purge failed")
        await asyncio.sleep(PURGE_SECONDS)


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
            await upgrade(store.engine, schema=settings.database_schema)
        await seed_salons(store, settings, (clock or SystemClock()).now())
        await services.presence.start()
        await services.chat.start()
        await services.moderation.start()
        if services.calls is not None and not settings.redis_url:
            await services.calls.end_orphans()  # a single node: earlier runs' calls
        if services.chat.detection is not None:
            services.chat.detection.start()
        if services.media is not None:
            await services.media.start()
        voice = services.voice
        assert voice is not None
        private = None
        if settings.voice.media_server == "auto" and voice.media is None:
            private = _PrivateJanus(settings, voice)
            if not await private.start():
                private = None
        await voice.start()
        watch = asyncio.create_task(private.watch()) if private is not None else None
        keep_alive = asyncio.create_task(_keep_alive(services))
        retention = asyncio.create_task(_retention(services))
        expiry = asyncio.create_task(_expire_dm_requests(services))
        held_max = settings.detection.held_max_minutes
        reminders = (
            asyncio.create_task(_held_reminders(services, held_max)) if held_max > 0 else None
        )
        assert services.collections is not None
        collections = asyncio.create_task(services.collections.run())
        assert services.loop_watch is not None
        loop_watch = asyncio.create_task(services.loop_watch.run())
        log.info("papote ready", database=store.engine.dialect.name, salons=len(settings.salons))
        try:
            yield
        finally:
            keep_alive.cancel()
            collections.cancel()
            loop_watch.cancel()
            if watch is not None:
                watch.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watch
            retention.cancel()
            expiry.cancel()
            if reminders is not None:
                reminders.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reminders
            with contextlib.suppress(asyncio.CancelledError):
                await expiry
            with contextlib.suppress(asyncio.CancelledError):
                await retention
            with contextlib.suppress(asyncio.CancelledError):
                await keep_alive
            with contextlib.suppress(asyncio.CancelledError):
                await collections
            with contextlib.suppress(asyncio.CancelledError):
                await loop_watch
            # While presence can still tell who is where, send the last tick's changes;
            # then presence takes this node's people out, and the chat service sends
            # those departures before it closes the broker.
            await services.chat.flush_presence()
            await services.presence.close()
            if services.chat.detection is not None:  # cards need the broker: stop first
                await services.chat.detection.stop()
            await voice.close()
            if services.calls is not None:
                await services.calls.close()
            await services.chat.stop()
            await services.sessions.stop()
            if services.media is not None:
                await services.media.close()
            if private is not None:
                await private.stop()
            await store.close()

    metrics = services.metrics
    assert metrics is not None
    routes = [
        Route("/api/session", api.create_session, methods=["POST"]),
        Route("/api/session", api.end_session, methods=["DELETE"]),
        Route("/api/salons", api.salons, methods=["GET"]),
        Route("/api/health", api.health, methods=["GET"]),
        Route("/metrics", metrics.endpoint, methods=["GET"]),
        *ModApi(
            services.staff,
            services.moderation,
            services.calls,
            evidence_url=services.media.evidence_url if services.media is not None else None,
            voice=services.voice,
        ).routes(),
        *(
            MediaApi(
                services.media, services.sessions, lambda uid: uid in services.hub.users
            ).routes()
            if services.media is not None
            else []
        ),
        WebSocketRoute("/ws", services.ws.handle),
        Mount("/", StaticFiles(directory=web_dir(), html=True, check_dir=False), name="web"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(SecurityHeaders)])
    app.state.services = services
    return app
