"""Guest sessions: entry with a pseudo, token authentication, pseudo reservation."""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from papote.config import Limits
from papote.domain.entry_rate import EntryGate, EntryPolicy, pow_solves
from papote.domain.errors import DomainError
from papote.domain.identity import AGE_MIN, Profile, pseudo_skeleton
from papote.domain.moderation import person_keys
from papote.domain.pseudo_policy import pseudo_verdict
from papote.ports import Arrival, Clock, ContentLogRow, NewUser, Origin, Store, UserRow
from papote.security import ip_hash, ip_key, new_id, new_token, token_hash
from papote.service.writer import Batcher

# The long-lived device cookie sanctions bind to, beside the address (DESIGN.md).
DEVICE_COOKIE = "papote_device"
DEVICE_COOKIE_MAX_AGE = 2 * 365 * 86_400
# A proof-of-work challenge is good for this long, and once (docs/operations.md).
POW_TTL = 120.0


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
        self.gate = EntryGate(
            EntryPolicy(
                burst_per_ip=limits.entry_burst_per_ip,
                refill_per_ip=limits.entry_rate_per_ip,
                burst_per_device=limits.entry_burst_per_device,
                refill_per_device=limits.entry_rate_per_device,
                max_per_ip=limits.sessions_per_ip,
                window=limits.sessions_per_ip_window,
                pow_bits=limits.entry_pow_bits,
            )
        )
        self._spent_pow: dict[str, float] = {}  # challenge -> when it stops being valid
        # (keys, trusted device) -> raises if a sanction keeps them out (the Guard's).
        self.check_enter: Callable[[Iterable[str], bool], None] = lambda keys, trusted: None
        # LCEN: the profile (pseudo) is content too. True: each entry's record commits
        # with its user (``NewUser.log``).
        self.log_entries = False
        # An arrival storm costs a few database round trips per batch, not per person:
        # the entries' quick pseudo checks, their claims (one transaction), and the
        # tokens of sockets opening are each gathered (service.writer.Batcher).
        self._in_use: Batcher[tuple[str, float], bool] = Batcher(self._pseudos_in_use)
        self._entries: Batcher[NewUser, bool] = Batcher(store.create_users, name="entries")
        self._arrivals: Batcher[str, Arrival | None] = Batcher(store.arrivals, name="arrivals")
        self._departures: Batcher[str, None] = Batcher(self._extend, name="departures")

    async def stop(self) -> None:
        for batcher in (self._in_use, self._entries, self._arrivals, self._departures):
            await batcher.stop()

    async def _pseudos_in_use(self, asked: list[tuple[str, float]]) -> list[bool]:
        held = await self.store.pseudos_in_use([f for f, _ in asked], max(n for _, n in asked))
        return [folded in held for folded, _ in asked]

    def person_hashes(self, ip: str, device_token: str | None) -> tuple[str, str | None]:
        """Keyed hashes of the address (IPv6: its /64) and of the device token."""
        device = None
        if device_token and len(device_token) <= 100:
            device = hmac.new(
                self.secret, f"device:{device_token}".encode(), hashlib.sha256
            ).hexdigest()
        return ip_hash(self.secret, ip), device

    def _sign(self, purpose: str, text: str) -> str:
        mac = hmac.new(self.secret, f"{purpose}:{text}".encode(), hashlib.sha256)
        return mac.hexdigest()[:32]

    def new_device_token(self, now: float) -> str:
        """A device cookie value Papote can recognise later: random, dated, signed."""
        body = f"{secrets.token_urlsafe(18)}.{int(now)}"
        return f"{body}.{self._sign('device', body)}"

    def known_device(self, device_token: str | None, now: float) -> str | None:
        """The device's key for the entry rate when its cookie is one Papote signed at
        least ``device_trust_after_seconds`` ago (a script harvesting fresh cookies gains
        nothing for that long); None otherwise (older unsigned cookies included)."""
        if not device_token or len(device_token) > 100:
            return None
        body, _, sig = device_token.rpartition(".")
        issued = body.rpartition(".")[2]
        if not issued.isdigit() or not hmac.compare_digest(sig, self._sign("device", body)):
            return None
        if int(issued) > now - self.limits.device_trust_after_seconds:
            return None
        return body

    def new_challenge(self, ip: str, bits: int, now: float) -> str:
        """A proof-of-work challenge bound to the address, the difficulty and the time."""
        body = f"{int(now)}.{bits}.{secrets.token_hex(8)}"
        return f"{body}.{self._sign('pow:' + ip, body)}"

    def pow_shown(self, ip: str, proof: object, now: float) -> int:
        """The difficulty of a valid, fresh, unused proof of work; 0 for anything else.

        ``proof`` is ``{"challenge": ..., "nonce": ...}`` as the client sent it.
        """
        if not isinstance(proof, dict):
            return 0
        challenge, nonce = proof.get("challenge"), proof.get("nonce")
        if not isinstance(challenge, str) or not isinstance(nonce, str) or len(challenge) > 100:
            return 0
        body, _, sig = challenge.rpartition(".")
        parts = body.split(".")
        if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
            return 0
        if not hmac.compare_digest(sig, self._sign("pow:" + ip, body)):
            return 0
        issued, bits = int(parts[0]), int(parts[1])
        if not now - POW_TTL <= issued <= now + 1 or challenge in self._spent_pow:
            return 0
        if not pow_solves(challenge, nonce, bits):
            return 0
        for old in [c for c, until in self._spent_pow.items() if until < now]:
            del self._spent_pow[old]
        self._spent_pow[challenge] = issued + POW_TTL
        return bits

    async def do_create(
        self,
        pseudo: object,
        gender: object,
        age: object,
        postal_code: object,
        origin: Origin,
        device_token: str | None = None,
        resume: str | None = None,
        proof: object = None,
    ) -> NewSession:
        """Validate the profile and open a session.

        A person under suspension or ban is refused whatever the pseudo: the sanction
        binds their device token and address. With the ``resume`` secret of the session
        that holds this pseudo (a lost tab, a restarted phone browser), that session is
        taken back instead: same person, new token (the old one stops working).

        New sessions from one address are paced by ``EntryGate`` (domain/entry_rate.py):
        ``proof`` is the client's answer to a ``pow_required`` refusal.

        Raises:
            DomainError: any code of ``Profile.check``, ``pseudo_minor``,
                ``pseudo_refused`` (domain/pseudo_policy.py), ``banned``, ``pseudo_taken``,
                ``pow_required`` (params ``challenge`` and ``bits``) or
                ``too_many_sessions``.
        """
        profile = Profile.check(pseudo, gender, age, postal_code)
        now = self.clock.now()
        verdict = pseudo_verdict(profile.pseudo)
        if verdict == "minor":  # docs/moderation.md "Pseudos"
            raise DomainError("pseudo_minor", field="pseudo", min=AGE_MIN)
        if verdict == "refused":
            raise DomainError("pseudo_refused", field="pseudo")
        known = self.known_device(device_token, now)
        device_token = device_token or self.new_device_token(now)
        addr_hash, device_hash = self.person_hashes(origin.ip, device_token)
        self.check_enter(person_keys("", device_hash, addr_hash) - {"u:"}, known is not None)
        ip = ip_key(origin.ip)
        folded = pseudo_skeleton(profile.pseudo)  # look-alikes share one claim
        if resume and len(resume) <= 200:
            back = await self._resume(folded, resume, device_token, now)
            if back is not None:
                return back
        # A quick answer for a pseudo in use, so a second try does not count against the
        # address's session budget; the claim below is what decides.
        if await self._in_use.submit((folded, now)):
            raise DomainError("pseudo_taken", field="pseudo")
        shown = self.pow_shown(ip, proof, now) if proof is not None else 0
        decision = self.gate.check(ip, known, now, pow_bits_shown=shown)
        if not decision.allowed:
            if decision.pow_bits:
                challenge = self.new_challenge(ip, decision.pow_bits, now)
                raise DomainError("pow_required", challenge=challenge, bits=decision.pow_bits)
            raise DomainError("too_many_sessions", retry_after=math.ceil(decision.retry_after))
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
        # others, exactly one gets it; concurrent entries share one transaction.
        record = ContentLogRow.of(user, origin, "profile", user.id, "create", now)
        if not await self._entries.submit(NewUser(user, now, record if self.log_entries else None)):
            raise DomainError("pseudo_taken", field="pseudo")
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
        """The user a token belongs to (``arrive``).

        Raises:
            DomainError: ``unauthorized`` or ``session_expired``.
        """
        return (await self.arrive(token, is_live)).user

    async def arrive(self, token: str, is_live: Callable[[str], bool]) -> Arrival:
        """What a socket opening with ``token`` needs: its user, whom they block, whether
        ``hello`` has more to read. Tokens of sockets opening together are looked up in
        one batch; nothing is written (a reconnect costs the database one shared read).

        Args:
            is_live: whether a user already has a live socket here (then the grace
                period cannot have run out: the reservation is being kept alive).

        Raises:
            DomainError: ``unauthorized`` or ``session_expired``.
        """
        if not token or len(token) > 200:
            raise DomainError("unauthorized")
        arrival = await self._arrivals.submit(token_hash(token))
        if arrival is None:
            raise DomainError("unauthorized")
        if arrival.user.active_until <= self.clock.now() and not is_live(arrival.user.id):
            raise DomainError("session_expired")
        return arrival

    async def do_keep_alive(self, user_ids: list[str]) -> None:
        """Extend the reservation of users who are connected."""
        await self.store.set_active_until(
            user_ids, self.clock.now() + self.limits.session_grace_seconds
        )

    async def do_release(self, user_id: str) -> None:
        """``user_id``'s last socket here closed: the pseudo stays theirs for the grace
        period from now. People leaving together (a network blip) share one write."""
        await self._departures.submit(user_id)

    async def _extend(self, user_ids: list[str]) -> list[None]:
        await self.do_keep_alive(sorted(set(user_ids)))  # sorted: one lock order
        return [None] * len(user_ids)
