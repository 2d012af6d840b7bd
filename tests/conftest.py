"""Shared fixtures: a real `papote serve` subprocess on a free loopback port."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, settings

from papote.voice.janus_process import JanusProcess, janus_installed, start_janus
from tests import forked

# The suite shares 2 cores with real servers and a browser: generation speed and run time
# vary with load, so neither may fail a property test (what is checked does not change).
settings.register_profile("papote", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("papote")

# Every wait in the tests is a multiple of this unit (scale it on a slow machine).
UNIT = float(os.environ.get("PAPOTE_TEST_TIMEOUT_UNIT", "1.0"))

# `make test` runs two workers that each take whole files (xdist's --dist loadfile), in the
# order collected (--no-loadscope-reorder; by default xdist starts with the files that hold
# the most tests, which leaves the browser files, a few long tests each, for the end). The
# longest files first, the shortest last, so that neither worker waits long for the other
# at the end: the browser tests (four fifths of the suite's CPU), then the tiers that start
# servers, the unit tests last. Each module's tests stay together and in their order.
_TIERS = ("e2e", "integration", "contract", "service", "unit")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def tier(item: pytest.Item) -> int:
        parts = item.path.relative_to(Path(__file__).parent).parts
        return _TIERS.index(parts[0]) if parts[0] in _TIERS else len(_TIERS)

    items.sort(key=tier)


# Starting a server costs it about a second of CPU (imports, migrations). Tests run at
# nice 10 and share 2 cores with other work, measurements at nice 0 among them: a test
# server may then get a few percent of a core and need a minute of wall time to answer
# (importing papote.app alone took 38 s of wall time for 0.7 s of CPU at a load of 16).
# What says a start is stuck is the CPU it burnt without answering, not the wall clock;
# the wall bound only ends a wait on a process that gets no CPU at all.
START_CPU_SECONDS = 20.0
START_WALL_SECONDS = 100.0


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_started(
    process: subprocess.Popen[bytes] | forked.ForkedProcess, ready: Callable[[], bool], what: str
) -> None:
    """Poll ``ready()`` until it holds; raise RuntimeError if the process exits first, or
    has used START_CPU_SECONDS of CPU (or START_WALL_SECONDS of wall time, both in units)
    without being ready."""
    started = time.monotonic()
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        if ready():
            return
        cpu = cpu_seconds(process.pid)
        waited = time.monotonic() - started
        if cpu > START_CPU_SECONDS * UNIT or waited > START_WALL_SECONDS * UNIT:
            raise RuntimeError(f"{what} did not start ({cpu:.1f} s of CPU in {waited:.0f} s)")
        time.sleep(0.05)


# A new httpx client makes a new SSL context and loads a CA bundle into it (SSL_CERT_FILE or
# certifi's): 45 ms of CPU, even for plain HTTP. Polled every 50 ms with `httpx.get`, a
# server that took a second to answer cost the test a second of CPU, taken from the server
# starting on the same 2 cores. The tests speak plain HTTP to 127.0.0.1: the clients they
# make often share one context (``verify=SSL_CONTEXT``), the health checks one client.
SSL_CONTEXT = httpx.create_ssl_context()
_HEALTH_CHECKS = httpx.Client(verify=SSL_CONTEXT, timeout=1)


def listening_socket() -> socket.socket:
    """A loopback TCP socket bound to a port the kernel chose, already listening: handed
    to the server it stays ours, so no other process can take the port in between."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


@dataclass
class LiveServer:
    url: str
    port: int
    data_dir: Path
    process: subprocess.Popen[bytes] | forked.ForkedProcess
    log_path: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10 * UNIT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_server(
    data_dir: Path,
    env: dict[str, str] | None = None,
    extra_args: list[str] | None = None,
    *,
    plain: bool = False,
) -> LiveServer:
    """Start `python -m papote serve` on a socket bound here and wait until /api/health
    answers (connections made before the server is up wait in the socket's backlog).

    The server is forked from a process that has imported Papote already (tests/forked.py:
    0.37 s of CPU instead of 0.95); ``plain`` starts a new Python instead, for the tests
    that are about the process itself (signals, shutdown)."""
    sock = listening_socket()
    port = int(sock.getsockname()[1])
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / f"server-{port}.log"
    # The tests' servers read with the rules alone, whose verdicts the tests write down;
    # the default (rules + n-gram head) is tested where a test asks for it
    # (PAPOTE_DETECTION_MODEL=true: tests/integration/test_detection.py).
    full_env = {
        **os.environ,
        "PAPOTE_LOG_LEVEL": "info",
        "PAPOTE_DETECTION_MODEL": "false",
        # No private Janus per server: the voice tests hand a server the run's Janus
        # (the `janus` fixture) with PAPOTE_VOICE_MEDIA_SERVER=janus.
        "PAPOTE_VOICE_MEDIA_SERVER": "none",
        **(env or {}),
    }
    argv = ["serve", "--host", "127.0.0.1", "--data-dir", str(data_dir), *(extra_args or [])]
    with sock:
        process = forked.serve(argv, full_env, log_path, sock, plain=plain)
    server = LiveServer(
        url=f"http://127.0.0.1:{port}",
        port=port,
        data_dir=data_dir,
        process=process,
        log_path=log_path,
        env=env or {},
    )

    def healthy() -> bool:
        try:
            return _HEALTH_CHECKS.get(f"{server.url}/api/health").status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_started(process, healthy, "server")
    except RuntimeError as exc:
        server.stop()
        raise RuntimeError(f"{exc}:\n{server.log()}") from None
    return server


@contextlib.contextmanager
def serving(data_dir: Path, **env: str) -> Iterator[LiveServer]:
    """A fresh server with a fresh SQLite database and the settings ``env`` adds."""
    server = start_server(
        data_dir,
        env={
            # Generous: tests exercise behaviour, not the flood guards, unless they mean to.
            "PAPOTE_SESSIONS_PER_IP": "1000",
            "PAPOTE_ENTRY_BURST_PER_IP": "1000",
            **env,
        },
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A fresh server with a fresh SQLite database, for one test."""
    with serving(tmp_path / "data") as server:
        yield server


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server for the tests of a module that leave nothing another test reads: HTTP
    refusals, frames answered with an error, pseudos no other test of the module takes.
    A start costs the server 1.5 to 2 s of CPU, the price of a whole test of this kind;
    a test that counts people, reads a salon or needs fresh limits takes ``live_server``."""
    with serving(tmp_path_factory.mktemp("shared") / "data") as server:
        yield server


# ---------------------------------------------------------------- Janus (voice salons)


@pytest.fixture(scope="session")
def janus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[JanusProcess]:
    """One private Janus for the whole run (its own generated config, free loopback port,
    ICE on loopback only, random secrets); `make test` installs it (ensure-services.sh).
    Missing, the tests that need it fail: they are never silently skipped."""
    if not janus_installed():
        pytest.fail("Janus is missing: run `bash scripts/ensure-services.sh` (installs janus)")
    process = start_janus(tmp_path_factory.mktemp("janus"))
    try:
        yield process
    finally:
        process.stop()


def janus_env(janus: JanusProcess) -> dict[str, str]:
    """A server's environment to use the run's Janus."""
    return {
        "PAPOTE_VOICE_MEDIA_SERVER": "janus",
        "PAPOTE_VOICE_JANUS_URL": janus.config.url,
        "PAPOTE_VOICE_JANUS_API_SECRET": janus.config.api_secret,
        "PAPOTE_VOICE_JANUS_ADMIN_KEY": janus.config.admin_key,
    }


# ---------------------------------------------------------------- Redis and PostgreSQL
# The services of the machine (scripts/ensure-services.sh starts them for `make test`).
# If they are down, the tests that need them error: they are never silently skipped.
REDIS_URL = os.environ.get("PAPOTE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PG_URL = os.environ.get("PAPOTE_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


MOD_PASSWORD = "un mot de passe solide"


def admin_cli(server: LiveServer, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """`papote admin <args[0]> --data-dir <server's> <args[1:]>`, with the server's
    environment (its database and settings), as an operator runs it."""
    return admin_cli_on(server.data_dir, *args, env=server.env, stdin=stdin)


def admin_cli_on(
    data_dir: Path, *args: str, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """`papote admin <args[0]> --data-dir <data_dir> <args[1:]>`, server running or not."""
    return forked.run(
        ["admin", args[0], "--data-dir", str(data_dir), *args[1:]],
        env={**os.environ, **(env or {})},
        stdin=stdin,
        timeout=60 * UNIT,
    )


def create_moderator(server: LiveServer, login: str, password: str = MOD_PASSWORD) -> str:
    """Create a moderator with the CLI and log in through ``server``; the staff token."""
    _create_moderator_on(server.data_dir, login, password, server.env)
    return moderator_login(server, login, password)


def _create_moderator_on(
    data_dir: Path, login: str, password: str = MOD_PASSWORD, env: dict[str, str] | None = None
) -> None:
    done = admin_cli_on(
        data_dir,
        "create-moderator",
        "--login",
        login,
        "--password-stdin",
        env=env,
        stdin=f"{password}\n",
    )
    assert done.returncode == 0, done.stderr


def moderator_login(server: LiveServer, login: str, password: str = MOD_PASSWORD) -> str:
    """Log a moderator in through ``server``; the staff token."""
    response = httpx.post(
        f"{server.url}/api/mod/login",
        verify=SSL_CONTEXT,
        json={"login": login, "password": password},
        timeout=10 * UNIT,
    )
    assert response.status_code == 200, response.text
    token: str = response.json()["token"]
    return token


# A moderator account costs an `admin create-moderator` run (about 1.6 s of CPU: a Python
# start and the application's imports). Tests that need the same accounts on a fresh
# database each start their server on a copy of a data directory where the CLI created
# them once for the run (database, secret key): the copy is as fresh as a new directory
# plus those accounts, and the CLI is still what made them.
StaffedCopy = Callable[[Path, tuple[str, ...]], Path]


@pytest.fixture(scope="session")
def staffed_data(tmp_path_factory: pytest.TempPathFactory) -> StaffedCopy:
    """``staffed_data(dest, logins)``: a copy at ``dest`` of a data directory holding the
    moderators ``logins`` (password MOD_PASSWORD), made once per set of logins."""
    templates: dict[tuple[str, ...], Path] = {}

    def copy(dest: Path, logins: tuple[str, ...]) -> Path:
        template = templates.get(logins)
        if template is None:
            template = tmp_path_factory.mktemp("staffed") / "data"
            for login in logins:
                _create_moderator_on(template, login)
            templates[logins] = template
        shutil.copytree(template, dest)
        return dest

    return copy


def unique_name(kind: str) -> str:
    """A name no other test run uses at the same time (Redis prefix, PostgreSQL schema)."""
    return f"t_{kind}_{os.getpid()}_{time.monotonic_ns() % 10**9}"


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A Redis prefix for one test on the shared Redis; its keys are deleted afterwards."""
    import redis

    prefix = unique_name("r")
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@dataclass
class RedisServer:
    """A redis-server of the test's own, which the test may stop and start again.

    redis-server cannot take a bound socket, so its port is one the kernel just gave out
    (``port`` 0 until the first start). If another process takes it before redis-server
    binds it, the first start retries on another one; a restart keeps its port (the
    clients' URL) and fails loudly if it was taken meanwhile. Either way the server that
    answers is checked to be this process, never someone else's on that port.
    """

    workdir: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        for _ in range(1 if self.port else 5):
            port = self.port or _kernel_port()
            if self._start_on(port):
                self.port = port
                return
        raise RuntimeError(f"redis-server did not start:\n{self._log().read_text()}")

    def _log(self) -> Path:
        return self.workdir / "redis.log"

    def _start_on(self, port: int) -> bool:
        """Start redis-server on ``port``; False if it exited (the port was taken)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        with self._log().open("ab") as log:
            process = subprocess.Popen(
                [
                    "redis-server",
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    str(self.workdir),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.process = process

        def answering() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as sock:
                    sock.sendall(b"INFO server\r\n")
                    info = sock.recv(65536)
            except OSError:
                return False
            # Somebody else's server on that port: ours is failing to bind it (and exits).
            return f"process_id:{process.pid}\r\n".encode() in info

        try:
            wait_started(process, answering, "redis-server")
        except RuntimeError:
            self.stop()
            return False
        return True

    def stop(self) -> None:
        """Stop it like a crash of the service: every client is cut, nothing is saved."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(workdir=tmp_path / "redis")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def embedding_detector() -> object:
    """The rules + embedding head detector, loaded once for the whole run (~1.5 s)."""
    from papote.detect.model import EmbeddingRiskDetector

    return EmbeddingRiskDetector()


def _kernel_port() -> int:
    """A free port the kernel gives out now (it may be taken again before it is used:
    only for redis-server, which cannot be handed a bound socket; see RedisServer)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
