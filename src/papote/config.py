"""One frozen settings object, read once: default TOML < config file < PAPOTE_* env < flags."""

from __future__ import annotations

import ipaddress
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from papote.domain.moderation import Retention
from papote.domain.rooms import slugify


@dataclass(frozen=True, slots=True)
class Limits:
    """Protective limits; docs/protocol.md and papote.toml explain each one."""

    max_frame_bytes: int = 8192
    transport_max_frame_bytes: int = 65536
    max_text_chars: int = 500
    say_burst: int = 5
    say_rate: float = 1.0
    frame_burst: int = 30
    frame_rate: float = 10.0
    flood_close_after: int = 200
    sessions_per_ip: int = 200  # the ceiling per address and window, proof of work or not
    sessions_per_ip_window: int = 600
    entry_burst_per_ip: int = 30
    entry_rate_per_ip: float = 0.1
    entry_burst_per_device: int = 5
    entry_rate_per_device: float = 1 / 120
    entry_pow_bits: int = 14
    device_trust_after_seconds: int = 600
    max_rooms_per_user: int = 30
    max_private_rooms_per_user: int = 10
    max_pending_dm_requests: int = 10
    dm_request_ttl_seconds: int = 3600
    invite_link_seconds: int = 86400
    outbound_queue_frames: int = 1000
    socket_send_buffer: int = 0  # bytes of SO_SNDBUF per WebSocket; 0: the kernel's
    presence_tick: float = 0.25
    presence_frames_per_second: int = 20_000
    presence_tick_max: float = 2.0
    writer_queue_max: int = 50_000
    history_on_join: int = 50
    history_resume_max: int = 200
    history_ring: int = 200
    member_page: int = 100
    session_grace_seconds: int = 600
    auth_timeout_seconds: int = 10


@dataclass(frozen=True, slots=True)
class MediaSettings:
    """Photos ([media] in papote.toml, PAPOTE_MEDIA_<KEY>); papote.toml explains each."""

    enabled: bool = True
    store: str = "fs"  # fs (data_dir/media) | sql (the database: several nodes)
    max_upload_bytes: int = 10 * 1024 * 1024
    max_pixels: int = 40_000_000
    max_edge: int = 2048
    thumb_edge: int = 400
    out_format: str = "webp"
    workers: int = 1
    time_limit: float = 30.0
    queue_max: int = 8
    worker_memory_mb: int = 2048
    per_minute_person: int = 6
    per_minute_room: int = 30
    bytes_per_day: int = 100 * 1024 * 1024
    classifier: str = "papote.media.classifier:create"
    nude_threshold: float = 0.6
    url_seconds: int = 600
    hashlist_check_seconds: float = 60.0
    originals_hours: float = 48.0


@dataclass(frozen=True, slots=True)
class Detection:
    """Risk detection and its actions (docs/detection.md); papote.toml explains each."""

    enabled: bool = True
    model: bool = True
    queue_max: int = 2000
    batch_max: int = 32
    batch_linger_ms: float = 50.0
    model_max_lag_seconds: float = 1.0
    conversation_idle_minutes: float = 10.0
    help_card_labels: str = "self_harm"
    warning_labels: str = "grooming,threat"
    # Actions per label (docs/detection.md "Actions"; papote.toml explains each).
    case_labels: str = "grooming,threat,self_harm,harassment,hate,scam_spam,prostitution,drugs"
    urgent_labels: str = "grooming,threat,self_harm"
    minor_labels: str = "minor_disclosure"
    minor_cooldown_hours: float = 24.0
    minor_cooldown_address: bool = True
    minor_model_shows_out: bool = False
    pause_dm_labels: str = "grooming,threat"
    repeat_labels: str = "harassment,hate"
    repeat_after: int = 3
    repeat_window_minutes: float = 60.0
    repeat_slow_seconds: int = 30
    repeat_slow_minutes: float = 60.0
    mask_contacts_days: float = 7.0
    # Salons: held before delivery until a moderator decides (the other labels of
    # case_labels are queued after delivery; a label in neither is off).
    hold_labels: str = "scam_spam,prostitution,drugs"
    hold_score: float = 0.5
    # A held message unread this long: its case rises one band in the queue and its
    # writer is told it still waits (never published unread; 0: no limit).
    held_max_minutes: float = 60.0

    def __post_init__(self) -> None:
        # A misspelt label would silently switch an action off: refused at start-up.
        from papote.domain.risk_labels import LABELS

        for f in fields(self):
            if f.name.endswith("_labels"):
                unknown = self.labels(getattr(self, f.name)) - set(LABELS)
                if unknown:
                    raise ConfigError(
                        f"[detection] {f.name}: unknown label(s) {sorted(unknown)}; "
                        f"known: {', '.join(LABELS)}"
                    )

    @staticmethod
    def labels(value: str) -> frozenset[str]:
        return frozenset(x.strip() for x in value.split(",") if x.strip())


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """Voice salons on Janus ([voice] in papote.toml, PAPOTE_VOICE_<KEY>)."""

    # "auto": start a private Janus (loopback) when /usr/bin/janus is installed, else none;
    # "janus": use the Janus at janus_url with the secrets below (several nodes); "none".
    media_server: str = "auto"
    janus_url: str = ""
    janus_api_secret: str = ""
    janus_admin_key: str = ""
    # The private Janus ("auto"): the only interface ICE gathers on, and its UDP ports.
    janus_interface: str = "lo"
    janus_rtp_ports: str = ""
    room_cap: int = 25
    sampling_rate: int = 16000


@dataclass(frozen=True, slots=True)
class CallSettings:
    """1:1 calls and the ICE servers browsers use ([calls] in papote.toml,
    PAPOTE_CALLS_<KEY>); papote.toml explains each."""

    enabled: bool = True
    stun_urls: str = ""  # comma-separated, e.g. "stun:turn.example.fr:3478"
    turn_urls: str = ""  # comma-separated, e.g. "turn:turn.example.fr:3478?transport=udp"
    turn_secret: str = ""  # coturn's static-auth-secret (use-auth-secret)
    turn_ttl_seconds: int = 3600
    relay_only: bool = False  # iceTransportPolicy "relay": the peers never see each other's IP
    ring_seconds: int = 30
    request_burst: int = 3
    request_rate: float = 1 / 20  # call requests per second and person, after the burst
    signal_burst: int = 60  # SDP, ICE and camera frames per call and person
    signal_rate: float = 5.0
    max_sdp_bytes: int = 16384
    max_candidates: int = 20
    metadata_days: float = 30.0
    reconnect_grace_seconds: float = 20.0  # a call waits this long for a dropped socket

    def stun(self) -> list[str]:
        return [u.strip() for u in self.stun_urls.split(",") if u.strip()]

    def turn(self) -> list[str]:
        return [u.strip() for u in self.turn_urls.split(",") if u.strip()]


@dataclass(frozen=True, slots=True)
class SalonDef:
    slug: str
    name: str
    topic: str = ""
    category: str = ""
    voice: bool = False


Networks = tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = Path("./data")
    database_url: str = ""
    database_schema: str = ""
    database_pool_size: int = 10
    redis_url: str = ""
    redis_prefix: str = "papote"
    node_timeout_seconds: float = 15.0
    gc_full_every: float = 600.0
    loop_stall_trace_ms: float = 0.0
    shutdown_grace_seconds: int = 10
    forwarded_allow_ips: str = ""
    metrics_allow: str = "127.0.0.1/32,::1/128"
    ws_impl: str = "native"
    secret_key: str = ""
    log_format: str = "console"
    log_level: str = "info"
    limits: Limits = field(default_factory=Limits)
    retention: Retention = field(default_factory=Retention)
    detection: Detection = field(default_factory=Detection)
    media: MediaSettings = field(default_factory=MediaSettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    calls: CallSettings = field(default_factory=CallSettings)
    salons: tuple[SalonDef, ...] = ()

    def __post_init__(self) -> None:
        # A wrong address stops the start-up (ConfigError), not a scrape later.
        _ = self.metrics_networks

    @property
    def metrics_networks(self) -> Networks | None:
        """Who may read /metrics (``metrics_allow``): None is everyone ("*"); an empty
        value is nobody.

        Raises:
            ConfigError: an item is neither an address nor a network.
        """
        items = [item.strip() for item in self.metrics_allow.split(",") if item.strip()]
        if "*" in items:
            return None
        try:
            return tuple(ipaddress.ip_network(item, strict=False) for item in items)
        except ValueError as exc:
            raise ConfigError(f"setting 'metrics_allow': {exc}") from None

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'papote.db').resolve()}"


class ConfigError(ValueError):
    """A setting has a wrong name or type; the message says which."""


def _coerce(name: str, raw: object, target: Any) -> Any:
    kind = target if isinstance(target, type) else type(target)
    try:
        if kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in {"1", "true", "yes", "on"}
            return bool(raw)
        if kind is int:
            if isinstance(raw, bool):
                raise TypeError
            return int(raw)  # type: ignore[call-overload]
        if kind is float:
            return float(raw)  # type: ignore[arg-type]
        if kind is Path or isinstance(target, Path):
            return Path(str(raw))
        return str(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r}: cannot use {raw!r}") from None


_T = TypeVar(
    "_T",
    "Settings",
    "Limits",
    "Retention",
    "MediaSettings",
    "Detection",
    "CallSettings",
    "VoiceSettings",
)
_SECTIONS = ("limits", "retention", "media", "detection", "calls", "voice", "salons")


def _apply(obj: _T, values: Mapping[str, object], where: str) -> _T:
    known = {f.name: getattr(obj, f.name) for f in fields(obj)}
    changes: dict[str, Any] = {}
    for key, raw in values.items():
        if key not in known or key in _SECTIONS:
            raise ConfigError(f"{where}: unknown setting {key!r}")
        changes[key] = _coerce(key, raw, known[key])
    return replace(obj, **changes)


def _from_toml(settings: Settings, data: Mapping[str, Any], where: str) -> Settings:
    unknown = set(data) - {"server", *_SECTIONS}
    if unknown:
        raise ConfigError(f"{where}: unknown section(s) {sorted(unknown)}")
    settings = _apply(settings, data.get("server", {}), f"{where} [server]")
    limits = _apply(settings.limits, data.get("limits", {}), f"{where} [limits]")
    retention = _apply(settings.retention, data.get("retention", {}), f"{where} [retention]")
    media = _apply(settings.media, data.get("media", {}), f"{where} [media]")
    detection = _apply(settings.detection, data.get("detection", {}), f"{where} [detection]")
    voice = _apply(settings.voice, data.get("voice", {}), f"{where} [voice]")
    calls = _apply(settings.calls, data.get("calls", {}), f"{where} [calls]")
    salons = settings.salons
    if "salons" in data:
        salons = tuple(
            SalonDef(
                slug=slugify(str(s.get("slug") or s["name"])),
                name=str(s["name"]),
                topic=str(s.get("topic", "")),
                category=str(s.get("category", "")),
                voice=s.get("voice", False) is True,
            )
            for s in data["salons"]
        )
    return replace(
        settings,
        limits=limits,
        retention=retention,
        media=media,
        detection=detection,
        voice=voice,
        calls=calls,
        salons=salons,
    )


def load_settings(
    config_file: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Settings:
    """Build the Settings, read once at start-up.

    Args:
        config_file: a TOML file laid over the packaged defaults (else PAPOTE_CONFIG).
        env: the environment (default: os.environ); PAPOTE_<KEY> for any key.
        overrides: command-line flags, highest precedence (None values are ignored).

    Raises:
        ConfigError: unknown key or wrong type, with the place it came from.
    """
    env = os.environ if env is None else env
    default_text = resources.files("papote").joinpath("papote.toml").read_text("utf-8")
    settings = _from_toml(Settings(), tomllib.loads(default_text), "papote.toml (default)")
    path = config_file or env.get("PAPOTE_CONFIG")
    if path:
        with open(path, "rb") as fh:
            settings = _from_toml(settings, tomllib.load(fh), str(path))
    server_keys = {f.name for f in fields(Settings)} - set(_SECTIONS)
    retention_keys = {f.name for f in fields(Retention)}
    retention_env = {
        k: env[f"PAPOTE_RETENTION_{k.upper()}"]
        for k in retention_keys
        if f"PAPOTE_RETENTION_{k.upper()}" in env
    }
    limit_keys = {f.name for f in fields(Limits)}
    server_env = {
        k: env[f"PAPOTE_{k.upper()}"] for k in server_keys if f"PAPOTE_{k.upper()}" in env
    }
    limit_env = {k: env[f"PAPOTE_{k.upper()}"] for k in limit_keys if f"PAPOTE_{k.upper()}" in env}
    settings = _apply(settings, server_env, "environment")
    settings = replace(settings, limits=_apply(settings.limits, limit_env, "environment"))
    settings = replace(settings, retention=_apply(settings.retention, retention_env, "environment"))
    media_env = {
        f.name: env[f"PAPOTE_MEDIA_{f.name.upper()}"]
        for f in fields(MediaSettings)
        if f"PAPOTE_MEDIA_{f.name.upper()}" in env
    }
    settings = replace(settings, media=_apply(settings.media, media_env, "environment"))
    detection_env = {
        f.name: env[f"PAPOTE_DETECTION_{f.name.upper()}"]
        for f in fields(Detection)
        if f"PAPOTE_DETECTION_{f.name.upper()}" in env
    }
    settings = replace(settings, detection=_apply(settings.detection, detection_env, "environment"))
    voice_env = {
        f.name: env[f"PAPOTE_VOICE_{f.name.upper()}"]
        for f in fields(VoiceSettings)
        if f"PAPOTE_VOICE_{f.name.upper()}" in env
    }
    settings = replace(settings, voice=_apply(settings.voice, voice_env, "environment"))
    calls_env = {
        f.name: env[f"PAPOTE_CALLS_{f.name.upper()}"]
        for f in fields(CallSettings)
        if f"PAPOTE_CALLS_{f.name.upper()}" in env
    }
    settings = replace(settings, calls=_apply(settings.calls, calls_env, "environment"))
    if overrides:
        given = {k: v for k, v in overrides.items() if v is not None}
        settings = _apply(
            settings, {k: v for k, v in given.items() if k in server_keys}, "command line"
        )
        settings = replace(
            settings,
            limits=_apply(
                settings.limits, {k: v for k, v in given.items() if k in limit_keys}, "command line"
            ),
        )
    return settings
