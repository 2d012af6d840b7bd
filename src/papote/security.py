"""Secrets and hashes: session tokens, keyed IP hashes, room passwords (argon2)."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import secrets
import socket
import threading
from pathlib import Path

from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError


def new_token() -> str:
    """A 256-bit random session token (only its SHA-256 is stored)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class RandomPool:
    """Bytes from ``os.urandom`` read a block at a time: ids as random as
    ``secrets.token_hex`` gives, without a system call per id (every message has one;
    docs/performance.md, "The per-say cost, counted"). Each byte is handed out once,
    under a lock (ids are also made in threads); a forked child starts a pool of its
    own, so that it never hands out its parent's bytes."""

    BLOCK = 4096

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._block = b""
        self._pos = 0
        os.register_at_fork(after_in_child=self._forget)

    def _forget(self) -> None:
        self._lock = threading.Lock()
        self._block = b""
        self._pos = 0

    def take(self, nbytes: int) -> bytes:
        if nbytes > self.BLOCK:
            return os.urandom(nbytes)
        with self._lock:
            pos = self._pos
            end = pos + nbytes
            if end > len(self._block):
                self._block = os.urandom(self.BLOCK)
                pos, end = 0, nbytes
            self._pos = end
            return self._block[pos:end]


_pool = RandomPool()


def new_id(nbytes: int = 8) -> str:
    """A random lowercase hex id (16 characters by default)."""
    return _pool.take(nbytes).hex()


def ip_key(ip: str) -> str:
    """The address a sanction or a limit binds to: the IPv4 address, or the IPv6 /64."""
    if ":" not in ip:
        # A dotted quad, as the kernel gives a peer's address: the C parser (a tenth of
        # ``ipaddress``'s cost, which was 5 µs of each connect), same canonical text.
        try:
            return socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, ip))
        except (OSError, ValueError):  # not a dotted quad (or not even text a C string holds)
            pass
    return _ip_key_parsed(ip)


def _ip_key_parsed(ip: str) -> str:
    """``ip_key`` by ``ipaddress``: the definition (the dotted-quad path must agree)."""
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(address) >> 64 << 64, 64)))
    return str(address)


def ip_hash(secret: bytes, ip: str) -> str:
    """Keyed hash of the address (not reversible without the server secret)."""
    return hmac.new(secret, ip_key(ip).encode(), hashlib.sha256).hexdigest()


def load_or_create_secret(configured: str, data_dir: Path) -> bytes:
    """The server secret: the configured one, else data_dir/secret.key (created once)."""
    if configured:
        return configured.encode()
    path = data_dir / "secret.key"
    if path.exists():
        return path.read_bytes().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    value = secrets.token_hex(32).encode()
    path.write_bytes(value)
    path.chmod(0o600)
    return value


class Argon2Hasher:
    """The PasswordHasher port on argon2-cffi (RFC 9106 low-memory profile)."""

    def __init__(self) -> None:
        self._hasher = _Argon2(time_cost=2, memory_cost=19 * 1024, parallelism=1)

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, hashed: str, password: str) -> bool:
        try:
            return self._hasher.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return False
