"""Guest sessions: entry with a pseudo, token authentication, pseudo reservation."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from papote.config import Limits
from papote.domain.errors import DomainError
from papote.domain.identity import Profile, pseudo_skeleton
from papote.domain.moderation import person_keys
from papote.domain.ratelimit import SlidingWindowCounter
from papote.ports import Clock, ContentLogRow, Origin, Store, UserRow
from papote.security import ip_hash, ip_key, new_id, new_token, token_hash

# The long-lived device cookie sanctions bind to, beside the address (DESIGN.md).
DEVICE_COOKIE = "papote_device"
DEVICE_COOKIE_MAX_AGE = 2 * 365 * 86_400


@dataclass(frozen=True, slots=True)
class NewSession:
    token: str
    user: UserRow
    expires_in: int
    device_token: str  # set as the device cookie when the browser had none
    resume: str  # kept by the browser: gets this pseudo back within the grace period
    resumed: bool = False  # an existing session taken back (same user, same id)


class SessionService:
    """Creates guest sessions and resolves tokens.

    A pseudo stays reserved while its owner has a socket open and for
    ``session_grace_seconds`` after the last one closed (``users.active_until``, and in
    step the pseudo's claim, which makes it unique across nodes).
    """

    def __init__(self, store: Store, clock: Clock, limits: Limits, secret: bytes) -> None:
        self.store = store
        self.clock = clock
        self.limits = limits
        self.secret = secret
        self.per_ip = SlidingWindowCounter(limits.sessions_per_ip, limits.sessions_per_ip_window)
        self.check_enter: Callable[[Iterable[str]], None] = lambda keys: None
        self.content_log: Callable[[list[ContentLogRow]], Awaitable[None]] | None = None

    def person_hashes(self, ip: str, device_token: str | None) -> tuple[str, str | None]:
        """Keyed hashes of the address (IPv6: its /64) and of the device token."""
        device = None
        if device_token and len(device_token) <= 100:
            device = hmac.new(
                self.secret, f"device:{device_token}".encode(), hashlib.sha256
            ).hexdigest()
        return ip_hash(self.secret, ip), device

    async def do_create(
        self,
        pseudo: object,
        gender: object,
        age: object,
        postal_code: object,
        origin: Origin,
        device_token: str | None = None,
        resume: str | None = None,
    ) -> NewSession:
        """Validate the profile and open a session.

        A person under suspension or ban is refused whatever the pseudo: the sanction
        binds their device token and address. With the ``resume`` secret of the session
        that holds this pseudo (a lost tab, a restarted phone browser), that session is
        taken back instead: same person, new token (the old one stops working).

        Raises:
            DomainError: any code of ``Profile.check``, ``banned``, ``pseudo_taken`` or
                ``too_many_sessions``.
        """
        profile = Profile.check(pseudo, gender, age, postal_code)
        now = self.clock.now()
        device_token = device_token or secrets.token_urlsafe(24)
        addr_hash, device_hash = self.person_hashes(origin.ip, device_token)
        self.check_enter(person_keys("", device_hash, addr_hash) - {"u:"})
        ip = ip_key(origin.ip)
        folded = pseudo_skeleton(profile.pseudo)  # look-alikes share one claim
        if resume and len(resume) <= 200:
            back = await self._resume(folded, resume, device_token, now)
            if back is not None:
                return back
        # A quick answer for a pseudo in use, so a second try does not count against the
        # address's session budget; the claim below is what decides.
        if await self.store.pseudo_in_use(folded, now):
            raise DomainError("pseudo_taken", field="pseudo")
        self.per_ip.prune(now)
        if not self.per_ip.hit(ip, now):
            raise DomainError("too_many_sessions", retry_after=self.limits.sessions_per_ip_window)
        token, secret = new_token(), new_token()
        user = UserRow(
            id=new_id(),
            pseudo=profile.pseudo,
            pseudo_folded=folded,
            gender=profile.gender,
            age=profile.age,
            departement=profile.departement,
            token_hash=token_hash(token),
            created_at=now,
            active_until=now + self.limits.session_grace_seconds,
            ip_hash=addr_hash,
            device_hash=device_hash,
            resume_hash=token_hash(secret),
        )
        # Atomic in the database: of sessions racing for one pseudo, on this node or on
        # others, exactly one gets it.
        if not await self.store.create_user_if_pseudo_free(user, now):
            raise DomainError("pseudo_taken", field="pseudo")
        if self.content_log is not None:  # LCEN: the profile (pseudo) is content too
            await self.content_log(
                [
                    ContentLogRow(
                        at=now,
                        user_id=user.id,
                        pseudo=user.pseudo,
                        ip=origin.ip,
                        port=origin.port,
                        protocol=origin.protocol,
                        content_type="profile",
                        content_id=user.id,
                        operation="create",
                    )
                ]
            )
        return NewSession(
            token=token,
            user=user,
            expires_in=self.limits.session_grace_seconds,
            device_token=device_token,
            resume=secret,
        )

    async def _resume(
        self, folded: str, resume: str, device_token: str, now: float
    ) -> NewSession | None:
        token, secret = new_token(), new_token()
        user = await self.store.resume_session(
            folded,
            token_hash(resume),
            token_hash(token),
            token_hash(secret),
            now,
            now + self.limits.session_grace_seconds,
        )
        if user is None:
            return None
        return NewSession(
            token=token,
            user=user,
            expires_in=self.limits.session_grace_seconds,
            device_token=device_token,
            resume=secret,
            resumed=True,
        )

    async def do_end(self, token: str) -> UserRow:
        """End the session ("Quitter le tchat") of ``token`` now and free its pseudo.

        Raises:
            DomainError: ``unauthorized`` for an unknown token.
        """
        if not token or len(token) > 200:
            raise DomainError("unauthorized")
        user = await self.store.get_user_by_token(token_hash(token))
        if user is None:
            raise DomainError("unauthorized")
        # The token hash is replaced by one no token has (unique per user, not hex).
        await self.store.end_session(user.id, self.clock.now(), f"ended:{user.id}")
        return user

    async def check_token(self, token: str, is_live: Callable[[str], bool]) -> UserRow:
        """The user a token belongs to.

        Args:
            is_live: whether a user already has a live socket here (then the grace
                period cannot have run out: the reservation is being kept alive).

        Raises:
            DomainError: ``unauthorized`` or ``session_expired``.
        """
        if not token or len(token) > 200:
            raise DomainError("unauthorized")
        user = await self.store.get_user_by_token(token_hash(token))
        if user is None:
            raise DomainError("unauthorized")
        if user.active_until <= self.clock.now() and not is_live(user.id):
            raise DomainError("session_expired")
        return user

    async def do_keep_alive(self, user_ids: list[str]) -> None:
        """Extend the reservation of users who are connected."""
        await self.store.set_active_until(
            user_ids, self.clock.now() + self.limits.session_grace_seconds
        )
