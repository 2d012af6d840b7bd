"""Command line: `papote serve | migrate | admin ... | detect --jsonl`."""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import resource
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

import structlog

from papote.config import ConfigError, Settings, load_settings
from papote.logs import configure_logging

if TYPE_CHECKING:
    from papote.app import Services
    from papote.ports import LabelRow

log = structlog.get_logger(__name__)

SWITCH_INTERVAL = 0.0005  # seconds (CPython's default: 0.005)

# What may serve /ws (the `ws_impl` setting): our listener, or uvicorn's ASGI ones.
WS_IMPLS = frozenset({"native", "websockets-sansio", "websockets", "wsproto"})


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
    serve.add_argument(
        "--fd",
        type=int,
        help="serve on this inherited, already bound TCP socket instead of --host/--port "
        "(socket activation; the tests bind port 0 and pass it, so no port is ever raced for)",
    )
    serve.add_argument("--redis-url", dest="redis_url", help="Redis URL (PAPOTE_REDIS_URL)")
    serve.add_argument(
        "--ws-impl",
        dest="ws_impl",
        choices=sorted(WS_IMPLS),
        help="what serves /ws (PAPOTE_WS_IMPL): native (default) or an ASGI implementation",
    )
    migrate = sub.add_parser("migrate", help="create or upgrade the database schema")
    _common(migrate)
    detect = sub.add_parser(
        "detect", help="risk detector on JSON lines (stdin to stdout), see docs/detection.md"
    )
    detect.add_argument(
        "--jsonl",
        action="store_true",
        required=True,
        help='read {"id", "text"} or {"id", "turns": [{"speaker", "text"}]} lines',
    )
    detect.add_argument("--rules-only", action="store_true", help="the rules without a head")
    detect.add_argument(
        "--use-head",
        action="store_true",
        help="the USE-embedding head instead of the n-gram head (compared in docs/detection.md)",
    )
    admin = sub.add_parser("admin", help="moderation administration")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    create = admin_sub.add_parser("create-moderator", help="create a moderator account")
    _common(create)
    create.add_argument("--login", required=True)
    create.add_argument("--admin", action="store_true", help="role admin instead of moderator")
    create.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (else: prompt)",
    )
    verify = admin_sub.add_parser("verify-audit", help="check the hash chain of the audit log")
    _common(verify)
    purge = admin_sub.add_parser("purge", help="apply the retention table now")
    _common(purge)
    export = admin_sub.add_parser("export", help="lawful request export (JSON + manifest)")
    _common(export)
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--user", help="user id")
    target.add_argument("--content", help="content id (message, room, DM request)")
    export.add_argument(
        "--request-ref",
        required=True,
        dest="request_ref",
        help="the reference of the judicial requisition",
    )
    hashlist = admin_sub.add_parser(
        "hashlist",
        help="known-image lists: import FILE --name LIST [--kind pdq|sha256] | list | "
        "remove --name LIST",
    )
    _common(hashlist)
    hashlist.add_argument("hashlist_command", choices=["import", "list", "remove"])
    hashlist.add_argument(
        "file",
        nargs="?",
        help="import: one hex hash a line, ThreatExchange / HMA format ('-': standard input)",
    )
    hashlist.add_argument("--name", help="the list's name, e.g. where it comes from")
    hashlist.add_argument("--kind", choices=["pdq", "sha256"], default="pdq")
    labels = admin_sub.add_parser(
        "labels",
        help="moderators' decisions on automated cases, as training labels: export (JSONL "
        "on standard output; personal data: never commit or ship it)",
    )
    _common(labels)
    labels.add_argument("labels_command", choices=["export"])
    labels.add_argument("--from", dest="start", help="YYYY-MM-DD (default: all)")
    labels.add_argument("--to", dest="end", help="YYYY-MM-DD, excluded (default: all)")
    transparency = admin_sub.add_parser("transparency", help="DSA transparency figures")
    _common(transparency)
    transparency.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD")
    transparency.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD (excluded)")
    transparency.add_argument("--format", choices=["json", "csv"], default="json")
    return parser


_NOT_SETTINGS = {
    "command",
    "config",
    "admin_command",
    "login",
    "admin",
    "password_stdin",
    "user",
    "content",
    "request_ref",
    "start",
    "end",
    "format",
    "hashlist_command",
    "labels_command",
    "file",
    "name",
    "kind",
    "fd",
}


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {k: v for k, v in vars(args).items() if k not in _NOT_SETTINGS}
    return load_settings(config_file=args.config, overrides=overrides)


def raise_open_files_limit(wanted: int = 65536) -> None:
    """Raise the soft open-files limit for many sockets; say so when the hard one is lower."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    if hard != resource.RLIM_INFINITY and hard < wanted:
        # Each WebSocket is a file descriptor: this caps the connections of the process.
        log.warning(
            "open-files hard limit is lower than wanted",
            hard=hard,
            wanted=wanted,
            soft=resource.getrlimit(resource.RLIMIT_NOFILE)[0],
        )


def tune_runtime() -> None:
    """Two interpreter settings that a busy server needs (docs/performance.md).

    The cyclic garbage collector: a full collection walks every live container object;
    with thousands of connections that was 0.2 to 0.4 s, several times a minute, and it
    showed as the p99 latency. The objects built at start-up (modules, SQL metadata) are
    moved out of its reach (``gc.freeze``), and collections are made rarer but still
    frequent enough that cyclic garbage does not pile up.

    The GIL switch interval: the database driver (aiosqlite) runs in a thread, and each of
    its steps waits for the GIL while the event loop fans out; at the default 5 ms a group
    commit of many rooms took 0.2 s. A shorter interval hands the GIL over sooner.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 100)
    sys.setswitchinterval(SWITCH_INTERVAL)


def cmd_migrate(settings: Settings) -> int:
    from papote.storage.engine import make_engine
    from papote.storage.migrate import upgrade

    async def run() -> None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.effective_database_url, schema=settings.database_schema)
        try:
            await upgrade(engine, schema=settings.database_schema)
        finally:
            await engine.dispose()

    asyncio.run(run())
    log.info("database up to date", url=_redact(settings.effective_database_url))
    return 0


def cmd_serve(settings: Settings, fd: int | None = None) -> int:
    import socket

    import uvicorn

    from papote.app import create_app
    from papote.transport.upgrade import UpgradeKeepingHttpToolsProtocol

    if settings.ws_impl not in WS_IMPLS:
        print(f"papote: ws_impl must be one of {sorted(WS_IMPLS)}", file=sys.stderr)
        return 2
    raise_open_files_limit()
    app = create_app(settings)
    tune_runtime()
    native = app.state.services.native
    # uvicorn hands every WebSocket upgrade to `ws`: our listener's protocol (native), or
    # one of its own ASGI implementations.
    ws: Any = native.protocol_factory if native is not None else settings.ws_impl
    # socket(fileno=...) reads the family from the descriptor (uvicorn's own --fd takes
    # every descriptor for a Unix socket, and asyncio then leaves TCP_NODELAY off).
    sockets = [socket.socket(fileno=fd)] if fd is not None else None
    host, port = sockets[0].getsockname()[:2] if sockets else (settings.host, settings.port)
    log.info(
        "serving",
        url=f"http://{host}:{port}/",
        database=_redact(settings.effective_database_url),
        ws=settings.ws_impl,
    )
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        ws=ws,
        # uvicorn's httptools protocol, but the bytes a client sends right after its
        # upgrade request reach the WebSocket (transport.upgrade).
        http=UpgradeKeepingHttpToolsProtocol,
        ws_max_size=settings.limits.transport_max_frame_bytes,
        forwarded_allow_ips=settings.forwarded_allow_ips or None,
        proxy_headers=bool(settings.forwarded_allow_ips),
        access_log=False,
        server_header=False,
        # A client that never answers the close must not keep the node alive (SIGTERM).
        timeout_graceful_shutdown=settings.shutdown_grace_seconds,
    )
    server = uvicorn.Server(config)
    server.run(sockets=sockets)
    return 0 if server.started else 3  # 3: uvicorn's own code for a failed startup


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "detect":
        return cmd_detect(sys.stdin, sys.stdout, rules_only=args.rules_only, use_head=args.use_head)
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
    if args.command == "admin":
        return cmd_admin(settings, args)
    return cmd_serve(settings, fd=args.fd)


def cmd_detect(
    source: TextIO, sink: TextIO, *, rules_only: bool = False, use_head: bool = False
) -> int:
    """`papote detect --jsonl`: one verdict line per input line (docs/detection.md).

    Input ``{"id", "text"}`` or ``{"id", "turns": [{"speaker", "text"}, ...]}``; output
    ``{"id", "labels", "scores", "alert_turn"}`` where ``alert_turn`` is the index (from 0)
    of the first turn at which a label is raised reading the turns in order, null for a
    single text or when nothing is raised. A malformed line gets ``{"id", "error"}`` and
    the exit status 1, the other lines are still answered.
    """
    import json

    from papote.detect.evaluate import judge_row
    from papote.detect.phones import is_phone
    from papote.domain.risk.detector import RuleDetector
    from papote.ports import RiskDetector

    detector: RiskDetector
    if rules_only:
        detector = RuleDetector(is_phone=is_phone)
    elif use_head:
        from papote.detect.model import EmbeddingRiskDetector

        detector = EmbeddingRiskDetector()
    else:
        from papote.detect.model import NgramRiskDetector

        detector = NgramRiskDetector()
    status = 0
    for line in source:
        if not line.strip():
            continue
        row_id: object = None
        try:
            row = json.loads(line)
            row_id = row.get("id")
            if not isinstance(row.get("text"), str) and not isinstance(row.get("turns"), list):
                raise ValueError("a line needs a text or turns")
            verdict = judge_row(detector, row)
            out: dict[str, object] = {
                "id": row_id,
                "labels": list(verdict.labels),
                "scores": verdict.scores,
                "alert_turn": verdict.alert_turn,
            }
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            status = 1
            out = {"id": row_id, "error": str(exc) or type(exc).__name__}
        sink.write(json.dumps(out, ensure_ascii=False) + "\n")
        sink.flush()
    return status


def cmd_admin(settings: Settings, args: argparse.Namespace) -> int:
    """`papote admin ...`: runs against the database directly (the server may be running)."""
    import getpass

    from papote.app import build_services
    from papote.domain.errors import DomainError
    from papote.messages import describe
    from papote.service.moderation.transparency import transparency
    from papote.storage.migrate import upgrade

    password = ""
    if args.admin_command == "create-moderator":
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Mot de passe (12 caractères au moins) : ")

    async def run() -> int:
        services = build_services(settings)
        try:
            await upgrade(services.mstore.engine, schema=settings.database_schema)
            moderation = services.moderation
            command = args.admin_command
            if command == "create-moderator":
                staff = await services.staff.do_create(
                    args.login, password, "admin" if args.admin else "moderator"
                )
                await moderation.audit.audit(
                    "cli", "create_staff", staff.id, {"login": staff.login, "role": staff.role}
                )
                print(f"{staff.role} {staff.login} créé·e (id {staff.id})")
            elif command == "verify-audit":
                problems = await moderation.audit.verify_audit()
                entries = len(await services.mstore.audit_entries())
                if problems:
                    for problem in problems:
                        print(f"ALTÉRÉ : {problem}")
                    return 1
                print(f"journal d'audit intact ({entries} entrées)")
            elif command == "purge":
                counts = await moderation.retention.purge()
                if services.media is not None:
                    counts.update(await services.media.purge())
                print(_json(counts), end="")
            elif command == "hashlist":
                return await _hashlist(services, args)
            elif command == "export":
                path = await moderation.exports.export(
                    "cli", args.request_ref, user_id=args.user, content_id=args.content
                )
                print(path)
            elif command == "labels":
                start = _day(args.start) if args.start else 0.0
                end = _day(args.end) if args.end else float("inf")
                rows = await services.mstore.labels_between(start, end)
                for row in rows:
                    print(_label_line(row))
                await moderation.audit.audit("cli", "export_labels", "labels", {"rows": len(rows)})
            elif command == "transparency":
                start, end = _day(args.start), _day(args.end)
                photos = None
                if services.media is not None:
                    photos = await services.media.catalog.decisions_between(start, end)
                report = await transparency(services.mstore, start, end, photos)
                print(_json(report) if args.format == "json" else _csv(report), end="")
            return 0
        except DomainError as exc:
            print(f"papote: {describe(exc.code, exc.params)}", file=sys.stderr)
            return 2
        finally:
            await services.store.close()

    return asyncio.run(run())


def _label_line(row: LabelRow) -> str:
    """One label as a JSON line ``papote detect --jsonl`` can read back (``id`` and
    ``text`` or ``turns``) with the moderator's verdict on it."""
    sample = json.loads(row.sample)
    line = {
        "id": row.id,
        **sample,
        "label": row.label,
        "verdict": row.verdict,
        "category": row.category,
        "action": row.action,
        "score": row.score,
        "detector": row.detector,
        "case_id": row.case_id,
        "decided_at": row.decided_at,
    }
    return json.dumps(line, ensure_ascii=False, sort_keys=True)


async def _hashlist(services: Services, args: argparse.Namespace) -> int:
    """`papote admin hashlist import|list|remove`: the known-image lists in the database
    (every node reloads them within ``media.hashlist_check_seconds``)."""
    import time
    from collections import Counter
    from pathlib import Path

    from papote.media.hashlist import ListFormatError, parse_hash_lines
    from papote.storage.media_sql import SqlMediaCatalog

    catalog = SqlMediaCatalog(services.mstore.engine)
    command = args.hashlist_command
    if command in ("import", "remove") and not args.name:
        print("papote: --name is required", file=sys.stderr)
        return 2
    if command == "import" and not args.file:
        print("papote: the list FILE is required", file=sys.stderr)
        return 2
    if command == "import":
        try:
            if args.file == "-":
                hashes = parse_hash_lines(sys.stdin)
            else:
                text = await asyncio.to_thread(Path(args.file).read_text, encoding="utf-8")
                hashes = parse_hash_lines(text.splitlines())
        except (ListFormatError, OSError, UnicodeDecodeError) as exc:
            print(f"papote: {args.file}: {exc}", file=sys.stderr)
            return 2
        added = await catalog.add_hashes(args.name, args.kind, hashes, time.time())
        await services.moderation.audit.audit(
            "cli", "hashlist_import", args.name, {"kind": args.kind, "added": added}
        )
        print(f"{args.name} ({args.kind}) : {added} empreintes ajoutées, {len(hashes)} lues")
    elif command == "list":
        for kind in ("pdq", "sha256"):
            counts = Counter(name for name, _ in await catalog.all_hashes(kind))
            for name, count in sorted(counts.items()):
                print(f"{name}\t{kind}\t{count}")
    elif command == "remove":
        removed = await catalog.remove_list(args.name)
        await services.moderation.audit.audit(
            "cli", "hashlist_remove", args.name, {"removed": removed}
        )
        print(f"{args.name} : {removed} empreintes retirées")
    return 0


def _day(text: str) -> float:
    import datetime as dt

    return dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=dt.UTC).timestamp()


def _json(value: object) -> str:
    import json

    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _csv(report: dict[str, object]) -> str:
    """Flat ``section,key,value`` lines, one per figure."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "key", "value"])
    for key, value in report.items():
        if isinstance(value, dict):
            for sub, number in value.items():
                writer.writerow([key, sub, number])
        else:
            writer.writerow(["total", key, "" if value is None else value])
    return out.getvalue()


if __name__ == "__main__":
    sys.exit(main())
