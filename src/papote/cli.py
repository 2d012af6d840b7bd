"""Command line: `papote serve | migrate`."""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys
from collections.abc import Sequence

import structlog

from papote.config import ConfigError, Settings, load_settings
from papote.logs import configure_logging

log = structlog.get_logger(__name__)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", help="TOML file laid over the defaults (PAPOTE_CONFIG)")
    parser.add_argument("--data-dir", dest="data_dir", help="data directory (PAPOTE_DATA_DIR)")
    parser.add_argument(
        "--database-url",
        dest="database_url",
        help="SQLAlchemy URL (PAPOTE_DATABASE_URL); default SQLite in data dir",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="papote", description="Papote, le tchat responsable.")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the chat server")
    _common(serve)
    serve.add_argument("--host", help="listen address (PAPOTE_HOST), default 127.0.0.1")
    serve.add_argument("--port", type=int, help="listen port (PAPOTE_PORT), default 8000")
    serve.add_argument("--redis-url", dest="redis_url", help="Redis URL (PAPOTE_REDIS_URL)")
    migrate = sub.add_parser("migrate", help="create or upgrade the database schema")
    _common(migrate)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {k: v for k, v in vars(args).items() if k not in ("command", "config")}
    return load_settings(config_file=args.config, overrides=overrides)


def raise_open_files_limit(wanted: int = 65536) -> None:
    """Raise the soft open-files limit for many sockets; say so when the hard one is lower."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    if hard != resource.RLIM_INFINITY and hard < wanted:
        log.warning("open-files hard limit is lower than wanted", hard=hard, wanted=wanted)


def cmd_migrate(settings: Settings) -> int:
    from papote.storage.engine import make_engine
    from papote.storage.migrate import upgrade

    async def run() -> None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.effective_database_url)
        try:
            await upgrade(engine)
        finally:
            await engine.dispose()

    asyncio.run(run())
    log.info("database up to date", url=_redact(settings.effective_database_url))
    return 0


def cmd_serve(settings: Settings) -> int:
    import uvicorn

    from papote.app import create_app

    raise_open_files_limit()
    app = create_app(settings)
    log.info(
        "serving",
        url=f"http://{settings.host}:{settings.port}/",
        database=_redact(settings.effective_database_url),
    )
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        ws_max_size=settings.limits.transport_max_frame_bytes,
        forwarded_allow_ips=settings.forwarded_allow_ips or None,
        proxy_headers=bool(settings.forwarded_allow_ips),
        access_log=False,
        server_header=False,
    )
    return 0


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings(args)
    except (ConfigError, OSError) as exc:
        print(f"papote: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_format, settings.log_level)
    if settings.data_dir:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    if args.command == "migrate":
        return cmd_migrate(settings)
    return cmd_serve(settings)


if __name__ == "__main__":
    sys.exit(main())
