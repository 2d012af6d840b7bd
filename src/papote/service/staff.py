"""Moderator and admin accounts: argon2 passwords, bearer sessions, separate from guests."""

from __future__ import annotations

import asyncio
import re

from papote.domain.errors import DomainError
from papote.ports import Clock, ModerationStore, PasswordHasher, StaffRow
from papote.security import new_id, new_token, token_hash

STAFF_SESSION_SECONDS = 8 * 3600  # one working shift
ROLES = ("moderator", "admin")
_LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")


class StaffService:
    """Staff accounts. A guest token never authenticates here: different table, different
    header, different lookup (tests prove it for every moderator endpoint)."""

    def __init__(self, mstore: ModerationStore, hasher: PasswordHasher, clock: Clock) -> None:
        self.mstore = mstore
        self.hasher = hasher
        self.clock = clock

    async def do_create(self, login: str, password: str, role: str = "moderator") -> StaffRow:
        """Raises DomainError ``bad_login`` (format), ``login_taken`` or ``weak_password``."""
        if not _LOGIN_RE.match(login) or role not in ROLES:
            raise DomainError("bad_login", field="login")
        if len(password) < 12:
            raise DomainError("weak_password", field="password", min=12)
        if await self.mstore.get_staff_by_login(login) is not None:
            raise DomainError("login_taken", field="login")
        hashed = await asyncio.to_thread(self.hasher.hash, password)
        staff = StaffRow(
            id=new_id(), login=login, password_hash=hashed, role=role, created_at=self.clock.now()
        )
        await self.mstore.create_staff(staff)
        return staff

    async def do_login(self, login: str, password: str) -> tuple[str, StaffRow]:
        staff = await self.mstore.get_staff_by_login(login)
        # Verify even for an unknown login, so timing does not tell which logins exist.
        hashed = staff.password_hash if staff else "$argon2id$v=19$m=19456,t=2,p=1$" + "A" * 22
        ok = await asyncio.to_thread(self.hasher.verify, hashed, password)
        if staff is None or not ok or staff.disabled_at is not None:
            raise DomainError("bad_login")
        token = new_token()
        now = self.clock.now()
        await self.mstore.create_staff_session(
            token_hash(token), staff.id, now, now + STAFF_SESSION_SECONDS
        )
        return token, staff

    async def authenticate(self, token: str) -> StaffRow:
        """Raises DomainError ``staff_unauthorized``."""
        if not token:
            raise DomainError("staff_unauthorized")
        staff = await self.mstore.staff_for_session(token_hash(token), self.clock.now())
        if staff is None:
            raise DomainError("staff_unauthorized")
        return staff

    async def do_logout(self, token: str) -> None:
        await self.mstore.delete_staff_session(token_hash(token))


__all__ = ["ROLES", "StaffService", "new_id"]
