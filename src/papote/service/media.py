"""Photos: upload (limits, pipeline, known-image lists, nudity), signed links, purge.

load -> decide -> store, as the other services: the pipeline runs in worker processes
(media/workers.py); the bytes go to the MediaStore, the rows to the MediaCatalog.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import structlog

from papote.config import MediaSettings
from papote.domain.errors import DomainError
from papote.domain.moderation import DAY, person_keys
from papote.domain.ratelimit import TokenBucket
from papote.domain.rooms import RoomKind
from papote.media.hashlist import KnownImages, Match
from papote.media.pipeline import Kind, Rejected, sniff
from papote.media.workers import Busy, Outcome, Processor
from papote.ports import (
    Clock,
    ContentLogRow,
    MediaCatalog,
    MediaRow,
    MediaStore,
    Origin,
    Store,
    UserRow,
)
from papote.protocol import wire

log = structlog.get_logger(__name__)

BUSY_RETRY_SECONDS = 2.0
MAX_BUCKETS = 100_000
HOUR = 3600.0
# MediaStore areas: what links serve to a room's members, the bytes as uploaded (never
# served), the copies sealed as evidence (served to staff only, re-encoded ones only).
MEDIA, ORIGINALS, EVIDENCE = "media", "originals", "evidence"
EVIDENCE_GRACE = HOUR  # an evidence copy this recent may not be sealed yet: not purged
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class KnownImageUpload:
    """What the child-safety hook receives when an upload matches a known-image list."""

    user: UserRow
    keys: frozenset[str]
    room_id: str
    origin: Origin
    match: Match
    original_sha256: str
    evidence_sha256: str  # the bytes as uploaded, in the MediaStore's "evidence" area
    pdq: str
    size: int
    at: float


KnownImageHook = Callable[[KnownImageUpload], Awaitable[object]]
ContentLog = Callable[[list[ContentLogRow]], Awaitable[None]]


class MediaService:
    """Everything about photos that is not moving bytes over HTTP."""

    def __init__(
        self,
        *,
        store: Store,
        catalog: MediaCatalog,
        blobs: MediaStore,
        processor: Processor,
        clock: Clock,
        new_id: Callable[[], str],
        settings: MediaSettings,
        secret: bytes,
        messages_days: float = 7.0,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.blobs = blobs
        self.processor = processor
        self.clock = clock
        self.new_id = new_id
        self.settings = settings
        self.messages_days = messages_days  # photos follow the messages' retention
        self.url_key = hmac.new(secret, b"papote media links", hashlib.sha256).digest()
        self.known = KnownImages()
        self.known_version: tuple[int, float] | None = None
        self.known_checked = 0.0
        self.person_buckets: dict[str, TokenBucket] = {}
        self.room_buckets: dict[str, TokenBucket] = {}
        # Wired by app.py: the Guard's checks, the LCEN content log, the child-safety hook.
        self.check_keys: Callable[[Iterable[str], str, str], None] | None = None
        self.content_log: ContentLog | None = None
        self.on_known_image: KnownImageHook | None = None
        # Who is in a salon now (the Presence port, any node): salons have no member rows.
        self.in_salon: Callable[[str, str], Awaitable[bool]] | None = None

    async def start(self) -> None:
        await self.reload_lists()

    async def close(self) -> None:
        await self.processor.close()

    # ------------------------------------------------------------------ known images

    async def reload_lists(self, force: bool = True) -> None:
        """Load the known-image lists if they changed (another process imported one)."""
        now = self.clock.monotonic()
        if not force and now - self.known_checked < self.settings.hashlist_check_seconds:
            return
        self.known_checked = now
        version = await self.catalog.hash_lists_version()
        if version == self.known_version:
            return
        self.known = KnownImages(
            pdq=await self.catalog.all_hashes("pdq"),
            sha256=await self.catalog.all_hashes("sha256"),
        )
        self.known_version = version
        log.info("known-image lists loaded", entries=len(self.known))

    # ------------------------------------------------------------------ upload

    def _take(self, buckets: dict[str, TokenBucket], key: str, per_minute: int) -> float:
        """Spend one token of ``key``'s bucket; 0.0, or the seconds to wait."""
        now = self.clock.monotonic()
        bucket = buckets.get(key)
        if bucket is None:
            if len(buckets) >= MAX_BUCKETS:
                buckets.clear()  # bounded memory; a refill for everyone is harmless
            bucket = buckets[key] = TokenBucket(per_minute, per_minute / 60.0, updated=now)
        if bucket.take(now):
            return 0.0
        return max(0.1, round(bucket.retry_after(), 1))

    async def _check_sender(
        self, user: UserRow, room_id: str, keys: frozenset[str], size: int, evidence: bool = False
    ) -> str:
        """The room's kind, if ``user`` may send a photo of ``size`` bytes there now.

        Raises:
            DomainError: ``not_member``, a Guard refusal (``banned``, ``muted``...),
                ``media_rate`` or ``media_quota`` (with ``retry_after``).
        """
        room = await self.store.get_room(room_id)
        if room is None:
            raise DomainError("not_member", field="room")
        if room.kind == RoomKind.SALON.value:
            present = self.in_salon is not None and await self.in_salon(room_id, user.id)
        else:
            present = await self.store.member_role(room_id, user.id) in ("owner", "member")
        if not present:
            raise DomainError("not_member", field="room")
        if self.check_keys is not None and not evidence:  # a muted person may still report
            self.check_keys(keys, user.id, room_id)
        wait = self._take(self.person_buckets, user.id, self.settings.per_minute_person)
        if not wait:
            wait = self._take(self.room_buckets, room_id, self.settings.per_minute_room)
        if wait:
            raise DomainError("media_rate", retry_after=wait)
        since = self.clock.now() - DAY
        used = await self.catalog.bytes_uploaded_since(user.id, since)
        if used + size > self.settings.bytes_per_day:
            raise DomainError("media_quota")
        return room.kind

    async def do_upload(
        self,
        user: UserRow,
        room_id: str,
        data: bytes,
        origin: Origin,
        keys: Iterable[str] = (),
        evidence: bool = False,
    ) -> MediaRow:
        """Take one photo for ``room_id``: checks, pipeline, lists, classifier, storage.

        Raises:
            DomainError: see ``_check_sender``; ``media_type``, ``media_too_large``,
                ``media_invalid`` (the file); ``server_busy`` (the pipeline's queue is
                full); ``media_refused`` (a known image: the person is never told why);
                ``media_nude_in_salon``.

        ``evidence``: a still of a call, captured in the reporter's browser for a report
        (issue 13 §4): a DM of theirs only, never sent as a message, kept even if nude
        (what it shows is the point).
        """
        all_keys = frozenset({*person_keys(user.id, user.device_hash, user.ip_hash), *keys})
        if evidence and not room_id.startswith(f"{RoomKind.DM.value}:"):
            raise DomainError("not_member", field="room")
        kind = await self._check_sender(user, room_id, all_keys, len(data), evidence)
        try:
            outcome = await self.processor.process(data)
        except Busy:
            raise DomainError("server_busy", retry_after=BUSY_RETRY_SECONDS) from None
        except Rejected as exc:
            raise DomainError(exc.code) from None
        prepared = outcome.prepared
        await self.reload_lists(force=False)
        match = self.known.check([prepared.original_sha256, prepared.sha256], prepared.pdq)
        verdict = outcome.verdict
        if match is not None:
            await self._decided("known_image", "refused", kind, None, "")
            await self._known_image(user, all_keys, room_id, origin, data, outcome, match)
            raise DomainError("media_refused")
        nude = (
            not evidence and verdict is not None and verdict.score >= self.settings.nude_threshold
        )
        if nude:
            assert verdict is not None
            if kind == RoomKind.SALON.value:
                await self._decided("nudity", "refused", kind, verdict.score, verdict.model)
                raise DomainError("media_nude_in_salon")
            if kind == RoomKind.DM.value and not await self.dm_accepts(room_id, user.id):
                # Only once the recipient accepted "photos sensibles" in this DM (§3).
                await self._decided("nudity", "refused", kind, verdict.score, verdict.model)
                raise DomainError("media_nude_in_dm")
            await self._decided("nudity", "blurred", kind, verdict.score, verdict.model)
        now = self.clock.now()
        await self.blobs.put(prepared.data)
        await self.blobs.put(prepared.thumb)
        row = MediaRow(
            id=self.new_id(),
            sha256=prepared.sha256,
            thumb_sha256=prepared.thumb_sha256,
            original_sha256=prepared.original_sha256,
            pdq=prepared.pdq,
            mime=prepared.mime,
            width=prepared.width,
            height=prepared.height,
            thumb_width=prepared.thumb_width,
            thumb_height=prepared.thumb_height,
            size=len(data),
            uploader_id=user.id,
            room_id=room_id,
            created_at=now,
            nude_score=verdict.score if verdict else None,
            nude_labels=",".join(verdict.labels) if verdict else "",
            model=verdict.model if verdict else "",
        )
        await self.catalog.add_media(row)
        if evidence:  # marked as sent: it can never go into a message
            await self.catalog.attach_media(row.id, f"evidence:{row.id}")
        if self.settings.originals_hours > 0:
            # The bytes as uploaded, for a bounded window, out of every route's reach: a
            # report within it seals them (docs/moderation.md "Reported photos"). The
            # record first: a crash between the two leaves nothing the purge cannot find.
            until = now + self.settings.originals_hours * HOUR
            await self.catalog.keep_blob(ORIGINALS, prepared.original_sha256, row.id, now, until)
            await self.blobs.put(data, area=ORIGINALS)
        if self.content_log is not None:
            await self.content_log([ContentLogRow.of(user, origin, "media", row.id, "create", now)])
        return row

    async def dm_accepts(self, room_id: str, sender_id: str) -> bool:
        """Whether everyone else in the DM ``room_id`` accepts "photos sensibles" there."""
        others = set(await self.store.room_member_ids(room_id)) - {sender_id}
        return bool(others) and others <= await self.store.sensitive_photos_accepted(room_id)

    async def _decided(
        self, detector: str, action: str, room_kind: str, score: float | None, model: str
    ) -> None:
        """Count an automated decision on a photo (transparency, DSA art. 15 and 24)."""
        await self.catalog.add_decision(self.clock.now(), detector, action, room_kind, score, model)

    async def _keep_evidence(self, data: bytes, media_id: str | None) -> str:
        """Copy bytes to the evidence area (no route serves it but the staff's links);
        recorded first, so that the purge of unsealed copies, which spares the recent
        ones, never takes them before their seal is written."""
        digest = hashlib.sha256(data).hexdigest()
        await self.catalog.keep_blob(EVIDENCE, digest, media_id, self.clock.now(), None)
        await self.blobs.put(data, area=EVIDENCE)
        return digest

    async def _known_image(
        self,
        user: UserRow,
        keys: frozenset[str],
        room_id: str,
        origin: Origin,
        data: bytes,
        outcome: Outcome,
        match: Match,
    ) -> None:
        """Keep the bytes as uploaded out of reach of every route (the "evidence" area)
        and hand the rest to the child-safety hook (urgent case, sealed evidence,
        precautionary suspension)."""
        evidence = await self._keep_evidence(data, None)
        log.warning(
            "known image refused",
            user=user.id,
            room=room_id,
            list=match.list_name,
            kind=match.kind,
            distance=match.distance,
        )
        if self.on_known_image is not None:
            await self.on_known_image(
                KnownImageUpload(
                    user=user,
                    keys=keys,
                    room_id=room_id,
                    origin=origin,
                    match=match,
                    original_sha256=outcome.prepared.original_sha256,
                    evidence_sha256=evidence,
                    pdq=outcome.prepared.pdq,
                    size=len(data),
                    at=self.clock.now(),
                )
            )

    # ------------------------------------------------------------------ viewing

    def sign(self, sha256: str, expires: int, area: str = MEDIA) -> str:
        # Served photos keep their first form; other areas name themselves in the message.
        text = f"{sha256}:{expires}" if area == MEDIA else f"{area}:{sha256}:{expires}"
        return hmac.new(self.url_key, text.encode(), hashlib.sha256).hexdigest()[:32]

    def url(self, sha256: str, area: str = MEDIA) -> str:
        """A link to the bytes valid for ``url_seconds`` (rounded up to the minute so
        that a browser's cache sees the same URL for a while). ``area`` "evidence":
        a link only the moderation console hands out (``evidence_url``)."""
        now = int(self.clock.now())
        expires = (now + self.settings.url_seconds) // 60 * 60 + 60
        link = f"/media/{sha256}?e={expires}&s={self.sign(sha256, expires, area)}"
        return link if area == MEDIA else f"{link}&a={area}"

    def evidence_url(self, sha256: str) -> str | None:
        """For staff only (transport/mod_http.py): the re-encoded copy of a reported photo
        sealed as evidence, behind the same short-lived signed links."""
        return self.url(sha256, EVIDENCE) if _HEX64.fullmatch(sha256) else None

    async def do_view(self, user: UserRow, media_id: str) -> dict[str, object]:
        """Links to a photo and its thumbnail, for a member of the photo's room.

        Raises:
            DomainError: ``no_such_media`` (also when ``user`` may not see it: the
                answer does not tell a photo's existence to outsiders).
        """
        row = await self.catalog.get_media(media_id)
        if row is None or not await self._may_see(user, row.room_id):
            raise DomainError("no_such_media")
        return media_out(row, self.url(row.sha256), self.url(row.thumb_sha256), self.sensitive(row))

    async def _may_see(self, user: UserRow, room_id: str) -> bool:
        """Salons are public (anyone with a session may look, as anyone may join);
        private rooms and DMs: their members only."""
        if room_id.startswith(f"{RoomKind.SALON.value}:"):
            return True
        return await self.store.member_role(room_id, user.id) in ("owner", "member")

    async def keep_photo(self, media_id: str) -> dict[str, object] | None:
        """A reported photo: copy its re-encoded image and, within ``originals_hours`` of
        its upload, its bytes as uploaded to the evidence area (which the photos' purge
        does not touch; it goes with the last seal naming it). What the seal records, or
        None if nothing of it is left."""
        row = await self.catalog.get_media(media_id)
        original_sha = await self.catalog.kept_for(ORIGINALS, media_id)
        original = await self.blobs.get(original_sha, ORIGINALS) if original_sha else None
        data = await self.blobs.get(row.sha256) if row is not None else None
        if data is None and original is None:
            return None
        out: dict[str, object] = {"media_id": media_id}
        if row is not None:
            out.update(
                sha256=row.sha256,
                original_sha256=row.original_sha256,
                pdq=row.pdq,
                uploader_id=row.uploader_id,
                uploaded_at=row.created_at,
                nude_score=row.nude_score,
                model=row.model,
            )
        if data is not None:
            out["evidence_blob"] = await self._keep_evidence(data, media_id)
        if original is not None:
            # Its sender deleted it or not: what was sent is what is sealed.
            out["original_blob"] = await self._keep_evidence(original, media_id)
            out["original_sha256"] = original_sha
        else:
            out["original_blob"] = None  # past originals_hours: the re-encoded image only
        return out

    async def keep_still(self, media_id: str, user_id: str, room_id: str) -> dict[str, object]:
        """A call still for a report: the reporter's own evidence upload for that DM,
        copied out of retention's reach (``keep_photo``).

        Raises:
            DomainError: ``still_invalid`` (someone else's, another room's, not evidence).
        """
        row = await self.catalog.get_media(media_id)
        if row is None or row.uploader_id != user_id or row.room_id != room_id:
            raise DomainError("still_invalid", field="still")
        if row.msg_id != f"evidence:{row.id}":
            raise DomainError("still_invalid", field="still")
        kept = await self.keep_photo(media_id)
        if kept is None:
            raise DomainError("still_invalid", field="still")
        return kept

    async def do_attach(
        self, user_id: str, room_id: str, media_id: str, msg_id: str
    ) -> wire.MediaRef:
        """A photo goes into a message: its uploader's, for the room it was uploaded to,
        once. Returns what the message carries.

        Raises:
            DomainError: ``no_such_media`` (someone else's, another room's, already sent);
                ``media_nude_in_dm`` (a sensitive photo, and the DM's other member no
                longer accepts them).
        """
        row = await self.catalog.get_media(media_id)
        if row is None or row.uploader_id != user_id or row.room_id != room_id:
            raise DomainError("no_such_media", field="media")
        if (
            self.sensitive(row)
            and room_id.startswith(f"{RoomKind.DM.value}:")
            and not await self.dm_accepts(room_id, user_id)
        ):
            # The recipient took "photos sensibles" back between the upload and the send.
            raise DomainError("media_nude_in_dm", field="media")
        if not await self.catalog.attach_media(media_id, msg_id):
            raise DomainError("no_such_media", field="media")
        return wire.MediaRef(
            id=row.id,
            w=row.width,
            h=row.height,
            thumb=wire.MediaThumb(w=row.thumb_width, h=row.thumb_height),
            blurred_reason="sensitive" if self.sensitive(row) else None,
        )

    def sensitive(self, row: MediaRow) -> bool:
        """Flagged by the classifier at the configured threshold (blurred for everyone)."""
        return row.nude_score is not None and row.nude_score >= self.settings.nude_threshold

    async def open(
        self, sha256: str, expires: str, signature: str, area: str = MEDIA
    ) -> tuple[bytes, str] | None:
        """The bytes and type behind a signed link, or None (bad, expired, removed)."""
        if area not in (MEDIA, EVIDENCE) or not expires.isdigit():
            return None
        if int(expires) < self.clock.now():
            return None
        if not hmac.compare_digest(self.sign(sha256, int(expires), area), signature):
            return None
        if area == EVIDENCE:
            # Only a re-encoded copy is ever shown (the console links nothing else): bytes
            # that are not our own output are never served, whatever the link.
            data = await self.blobs.get(sha256, EVIDENCE)
            kind = sniff(data) if data is not None else None
            if data is None or kind not in (Kind.WEBP, Kind.JPEG):
                return None
            return data, f"image/{kind.value}"
        rows = await self.catalog.media_by_hash(sha256)
        if not rows:
            return None  # deleted or purged: the link dies with the row
        data = await self.blobs.get(sha256)
        if data is None:
            return None
        return data, rows[0].mime

    # ------------------------------------------------------------------ deletion, retention

    async def _drop(self, row: MediaRow) -> int:
        """Delete a row, then the bytes no other row uses; returns files removed."""
        await self.catalog.delete_media(row.id)
        removed = 0
        for sha in {row.sha256, row.thumb_sha256}:
            if not await self.catalog.hash_in_use(sha) and await self.blobs.delete(sha):
                removed += 1
        return removed

    async def do_delete(self, user: UserRow, media_id: str, origin: Origin) -> None:
        """The uploader deletes their own photo (bytes, row; the LCEN record stays).

        Raises:
            DomainError: ``no_such_media`` (also someone else's photo).
        """
        row = await self.catalog.get_media(media_id)
        if row is None or row.uploader_id != user.id:
            raise DomainError("no_such_media")
        await self._drop(row)
        if self.content_log is not None:
            now = self.clock.now()
            await self.content_log([ContentLogRow.of(user, origin, "media", row.id, "delete", now)])

    async def purge(self, batch: int = 500) -> dict[str, int]:
        """Photos follow the messages' retention (docs/moderation.md §8): rows older than
        ``messages_days`` go, and their files with them; originals go after
        ``originals_hours``; evidence copies go once no sealed evidence names them (the
        moderation purge keeps a seal while its case is open, a year otherwise), never in
        their first hour (their seal is being written)."""
        now = self.clock.now()
        before = now - self.messages_days * DAY
        rows_removed = files_removed = 0
        while True:
            rows = await self.catalog.expired_media(before, keep=(), limit=batch)
            if not rows:
                break
            for row in rows:
                files_removed += await self._drop(row)
                rows_removed += 1
        originals = await self._drop_kept(
            ORIGINALS, lambda: self.catalog.expired_kept(ORIGINALS, now, batch)
        )
        evidence = await self._drop_kept(
            EVIDENCE, lambda: self.catalog.unsealed_evidence(now - EVIDENCE_GRACE, batch)
        )
        return {
            "media": rows_removed,
            "media_files": files_removed,
            "media_originals": originals,
            "media_evidence": evidence,
        }

    async def _drop_kept(self, area: str, due: Callable[[], Awaitable[list[str]]]) -> int:
        removed = 0
        while hashes := await due():
            for sha in hashes:
                await self.blobs.delete(sha, area)
                await self.catalog.forget_kept(area, sha)
                removed += 1
        return removed


def media_out(row: MediaRow, url: str, thumb_url: str, sensitive: bool) -> dict[str, object]:
    """A photo as the HTTP API shows it."""
    return {
        "id": row.id,
        "w": row.width,
        "h": row.height,
        "url": url,
        "thumb": {"w": row.thumb_width, "h": row.thumb_height, "url": thumb_url},
        "room": row.room_id,
        "sensitive": sensitive,
    }
