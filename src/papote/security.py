"""Secrets and hashes: session tokens, keyed IP hashes, room passwords (argon2)."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import socket
from pathlib import Path

from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError


def new_token() -> str:
    """A 256-bit random session token (only its SHA-256 is stored)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_id(nbytes: int = 8) -> str:
    """A random lowercase hex id (16 characters by default)."""
    return secrets.token_hex(nbytes)


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
