"""`papote serve` and `papote admin` for the tests, forked from a process that has already
imported Papote instead of started from scratch.

A server start costs about 0.95 s of CPU, 0.7 s of it imports (SQLAlchemy, Alembic, the
risk rules' regular expressions, Pillow, prometheus-client...); the suite starts about 270
servers and runs the admin CLI about 30 times. A fork server (the standard library's
``multiprocessing`` "forkserver") imports Papote once per test worker and forks each
server from it: the child runs exactly what `python -m papote` runs (``papote.cli.main``
with the same arguments, in a fresh environment, its output to the server's log), only
without paying the imports again.

What a fork leaves shared is checked before anything is forked: the fork server has one
thread (BLAS is kept to one, so no thread pool is copied half-way), and nothing in Papote
reads its settings at import time (``load_settings`` reads the environment when the
command runs). ``random`` reseeds itself in a forked child; tokens come from
``os.urandom``. ``PAPOTE_TEST_FORK=0`` starts every server as a plain subprocess, the way
`make run` does, and the tests about the process itself always do (``plain``: signals,
shutdown).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ENABLED = os.environ.get("PAPOTE_TEST_FORK", "1") != "0"

# Imported once in the fork server: what `papote serve` and `papote admin` import, then
# tests/forkserver_preload.py moves it all out of the garbage collector's reach
# (gc.freeze), as `papote serve` does at start-up (cli.tune_runtime): a child's own
# collection then walks what it made, not the 100,000 objects of the imports (0.15 ->
# 0.015 s of CPU, and their memory pages stay shared instead of being copied).
PRELOAD = ["papote.cli", "papote.app", "tests.forkserver_preload"]

_context: multiprocessing.context.ForkServerContext | None = None


def _fork_context() -> multiprocessing.context.ForkServerContext:
    global _context
    if _context is None:
        # The fork server inherits this environment when it starts: one BLAS thread, so
        # that the process forked from has a single thread (checked in _check_single_thread).
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        _context = context
    return _context


def _check_single_thread() -> None:
    threads = len(os.listdir("/proc/self/task"))
    if threads != 1:
        raise RuntimeError(f"forked from a process with {threads} threads")


def _run_cli(argv: list[str], env: dict[str, str], out: str, err: str, stdin: str) -> None:
    """In the forked child: run `python -m papote <argv>` as if just started."""
    _check_single_thread()
    os.environ.clear()
    os.environ.update(env)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with open(stdin, "rb") as source:
        os.dup2(source.fileno(), 0)
    out_fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    err_fd = out_fd if err == out else os.open(err, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 (the process's own)
    sys.argv = [sys.executable, "-m", "papote", *argv]
    from papote.cli import main

    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)


def _serve(argv: list[str], env: dict[str, str], log_path: str, sock: socket.socket) -> None:
    """In the forked child: `papote serve ... --fd N` on the socket handed over."""
    _run_cli([*argv, "--fd", str(sock.fileno())], env, log_path, log_path, os.devnull)


class ForkedProcess:
    """The part of ``subprocess.Popen`` the tests use, over a forked process."""

    def __init__(self, process: multiprocessing.process.BaseProcess, args: list[str]) -> None:
        self._process = process
        self.args = args

    @property
    def pid(self) -> int:
        pid = self._process.pid
        assert pid is not None
        return pid

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        code = self._process.exitcode
        if code is None:
            raise subprocess.TimeoutExpired(self.args, timeout or 0.0)
        return code

    def send_signal(self, sig: int) -> None:
        if self._process.exitcode is None:
            os.kill(self.pid, sig)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


def serve(
    argv: list[str], env: dict[str, str], log_path: Path, sock: socket.socket, *, plain: bool
) -> Any:
    """Start `papote serve <argv> --fd <sock>` with ``env`` as its whole environment, its
    output appended to ``log_path``; a Popen-like process (ForkedProcess, or a real
    Popen when forking is off or ``plain``)."""
    if plain or not ENABLED:
        with log_path.open("ab") as log_file:
            return subprocess.Popen(
                [sys.executable, "-m", "papote", *argv, "--fd", str(sock.fileno())],
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env=env,
                pass_fds=(sock.fileno(),),
            )
    context = _fork_context()
    process = context.Process(
        target=_serve, args=(argv, env, str(log_path), sock), name="papote-serve", daemon=False
    )
    process.start()
    return ForkedProcess(process, ["papote", *argv])


def run(
    argv: list[str], env: dict[str, str], stdin: str = "", timeout: float | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m papote <argv>` to completion with ``env`` as its whole environment, like
    ``subprocess.run(..., capture_output=True, text=True)``."""
    if not ENABLED:
        return subprocess.run(
            [sys.executable, "-m", "papote", *argv],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    with tempfile.TemporaryDirectory(prefix="papote-cli-") as work:
        paths = [os.path.join(work, name) for name in ("stdin", "stdout", "stderr")]
        Path(paths[0]).write_text(stdin, encoding="utf-8")
        process = _fork_context().Process(
            target=_run_cli, args=(argv, env, paths[1], paths[2], paths[0]), name="papote-cli"
        )
        process.start()
        process.join(timeout)
        if process.exitcode is None:
            process.kill()
            process.join()
            raise subprocess.TimeoutExpired(["papote", *argv], timeout or 0.0)
        out, err = (_read(path) for path in paths[1:])
        return subprocess.CompletedProcess(["papote", *argv], process.exitcode, out, err)


def _read(path: str) -> str:
    """What a finished child wrote to ``path`` ("" if it wrote nothing)."""
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return ""
