"""The photo service on a real store, the real pipeline (in a thread) and a fake nudity
classifier: known-image lists refuse and open a child-safety case, the nudity rule,
limits, signed links, deletion and retention."""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from papote.config import MediaSettings
from papote.domain import moderation as rules
from papote.domain.errors import DomainError
from papote.media.fsstore import FsMediaStore
from papote.media.pipeline import Options, prepare
from papote.media.workers import Busy, InlineProcessor, Outcome
from papote.ports import Origin, RoomRow, UserRow, Verdict
from papote.service.child_safety import ChildSafety
from papote.service.media import MediaService
from papote.service.moderation import Moderation
from papote.storage.media_sql import SqlMediaCatalog
from tests.service.conftest import World, close_world
from tests.service.test_moderation_service import admitted, moderated_world, settle
from tests.unit.test_media_pipeline import encode, photo_like, slightly_changed

ORIGIN = Origin(ip="192.0.2.9", port=40000, protocol="http")
OPTIONS = Options(max_edge=512, thumb_edge=128)


class FakeClassifier:
    """Nude when the image's top-left pixel is pure magenta (a test-made marker)."""

    model = "fake-1"

    def classify(self, image: Image.Image) -> Verdict:
        r, g, b = image.convert("RGB").getpixel((0, 0))  # type: ignore[misc]
        if r > 200 and g < 50 and b > 200:
            return Verdict(score=0.97, labels=("FEMALE_BREAST_EXPOSED",), model=self.model)
        return Verdict(score=0.02, labels=(), model=self.model)


@dataclass
class Photos:
    world: World
    moderation: Moderation
    media: MediaService
    blobs: FsMediaStore
    catalog: SqlMediaCatalog
    in_salon: set[tuple[str, str]]


@pytest.fixture
async def photos(tmp_path: Path) -> AsyncIterator[Photos]:
    world, moderation = await moderated_world(tmp_path)
    catalog = SqlMediaCatalog(world.store.engine)
    blobs = FsMediaStore(tmp_path / "media")
    counter = iter(range(1, 10**6))
    media = MediaService(
        store=world.store,
        catalog=catalog,
        blobs=blobs,
        processor=InlineProcessor(OPTIONS, FakeClassifier()),
        clock=world.clock,
        new_id=lambda: f"p{next(counter)}",
        settings=MediaSettings(per_minute_person=3, per_minute_room=100, bytes_per_day=2_000_000),
        secret=b"secret",
    )

    def check_keys(keys: Iterable[str], uid: str, room: str) -> None:
        moderation.guard.check_enter(keys)
        moderation.guard.check_say(keys, uid, room)

    media.check_keys = check_keys
    media.content_log = moderation.mstore.log_content
    ids = iter(range(1, 10**6))
    media.on_known_image = ChildSafety(moderation, world.clock, lambda: f"k{next(ids)}").known_image
    await media.start()
    in_salon = {("salon:a", "ana"), ("salon:a", "ben")}

    async def present(room: str, uid: str) -> bool:
        return (room, uid) in in_salon

    media.in_salon = present
    await world.store.create_room(
        RoomRow(
            id="room:intime",
            kind="room",
            name="intime",
            topic="",
            owner_id="ana",
            password_hash=None,
            created_at=0.0,
        )
    )
    await world.store.add_member("room:intime", "ana", "owner", 0.0)
    yield Photos(world, moderation, media, blobs, catalog, in_salon)
    await close_world(world)


def user(p: Photos, uid: str) -> UserRow:
    return p.world.users[uid]


def jpeg(seed: int) -> bytes:
    return encode(photo_like(seed), "JPEG", quality=90)


def marked_nude(seed: int) -> bytes:
    image = photo_like(seed)
    image.paste(Image.new("RGB", (40, 40), (255, 0, 255)), (0, 0))
    return encode(image, "PNG")


async def test_upload_stores_the_re_encode_and_logs_it(photos: Photos) -> None:
    row = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(1), ORIGIN)
    assert (row.width, row.height) == (512, 384)
    assert row.model == "fake-1" and row.nude_score == 0.02
    stored = await photos.blobs.get(row.sha256)
    assert stored is not None and Image.open(io.BytesIO(stored)).format == "WEBP"
    assert await photos.blobs.get(row.thumb_sha256) is not None
    log = await photos.moderation.mstore.content_log_for(content_id=row.id)
    assert [(e.content_type, e.operation, e.ip, e.port) for e in log] == [
        ("media", "create", "192.0.2.9", 40000)
    ]


async def test_only_people_in_the_room_send_only_members_see_a_private_one(
    photos: Photos,
) -> None:
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "cyd"), "salon:a", jpeg(1), ORIGIN)
    assert info.value.code == "not_member"  # a salon: one must be in it to send
    row = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(1), ORIGIN)
    out = await photos.media.do_view(user(photos, "ben"), row.id)
    assert out["w"] == 512 and str(out["url"]).startswith(f"/media/{row.sha256}?e=")
    assert await photos.media.do_view(user(photos, "cyd"), row.id)  # salons are public
    private = await photos.media.do_upload(user(photos, "ana"), "room:intime", jpeg(2), ORIGIN)
    with pytest.raises(DomainError) as info:
        await photos.media.do_view(user(photos, "ben"), private.id)
    assert info.value.code == "no_such_media"
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ben"), "room:intime", jpeg(3), ORIGIN)
    assert info.value.code == "not_member"


async def test_signed_links_expire_and_cannot_be_forged(photos: Photos) -> None:
    row = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(1), ORIGIN)
    url = photos.media.url(row.sha256)
    expires, signature = url.split("?e=")[1].split("&s=")
    found = await photos.media.open(row.sha256, expires, signature)
    assert found is not None and found[1] == "image/webp"
    assert await photos.media.open(row.sha256, expires, "0" * 32) is None
    assert await photos.media.open(row.thumb_sha256, expires, signature) is None
    photos.world.clock.t += photos.media.settings.url_seconds + 120
    assert await photos.media.open(row.sha256, expires, signature) is None


async def known_list(photos: Photos, image: bytes) -> str:
    pdq = prepare(image, OPTIONS).pdq
    await photos.catalog.add_hashes("liste-test", "pdq", [pdq], photos.world.clock.now())
    await photos.media.reload_lists()
    return pdq


async def test_a_listed_image_and_its_altered_copy_are_refused_others_pass(
    photos: Photos,
) -> None:
    original = photo_like(3)
    await known_list(photos, encode(original, "PNG"))
    for attempt, uid in (
        (encode(original, "JPEG", quality=70), "ana"),
        (slightly_changed(original), "ben"),
    ):
        with pytest.raises(DomainError) as info:
            await photos.media.do_upload(user(photos, uid), "salon:a", attempt, ORIGIN)
        assert info.value.code == "media_refused"  # the same answer as any refusal: no why
    # Another picture from someone not suspended goes through.
    photos.in_salon.add(("salon:a", "cyd"))
    row = await photos.media.do_upload(user(photos, "cyd"), "salon:a", jpeg(9), ORIGIN)
    assert row.id


async def test_a_known_image_opens_an_urgent_case_seals_and_suspends(photos: Photos) -> None:
    world, moderation = photos.world, photos.moderation
    conn = await admitted(world, "ana")
    image = jpeg(4)
    pdq = await known_list(photos, image)
    with pytest.raises(DomainError):
        await photos.media.do_upload(
            user(photos, "ana"), "salon:a", image, ORIGIN, keys={"d:phone-device"}
        )
    await settle(world)
    # An urgent child-safety case, first in the queue.
    cases = await moderation.mstore.list_cases(["open"], 10)
    assert len(cases) == 1
    case = cases[0]
    assert (case.category, case.urgent, case.target_user_id) == ("child_sexual_abuse", True, "ana")
    # Sealed evidence: the match, the hashes, the connection; the bytes kept apart.
    (evidence,) = await moderation.mstore.evidence_of_case(case.id)
    content = json.loads(evidence.content)
    assert rules.seal(content) == evidence.sha256
    assert content["list"] == "liste-test" and content["listed_hash"] == pdq
    assert content["connection"] == {"ip": "192.0.2.9", "port": 40000, "protocol": "http"}
    assert await photos.blobs.get(content["evidence_blob"], area="evidence") == image
    assert await photos.blobs.get(content["evidence_blob"]) is None  # never served
    # Nothing of it was stored as a photo.
    assert await photos.blobs.list() == []
    # Suspended at once, on the account, the session's device and address, and the
    # device of the upload request.
    keys = rules.person_keys("ana", "dev-ana", "ip-ana")
    with pytest.raises(DomainError) as info:
        moderation.guard.check_enter(keys)
    assert info.value.code == "banned"
    with pytest.raises(DomainError):
        moderation.guard.check_enter({"d:phone-device"})
    sanctions = await moderation.mstore.sanctions_matching("ana", None, None)
    assert {s.action for s in sanctions} == {"suspension"}
    statement = await moderation.mstore.get_statement(sanctions[0].statement_id or "")
    assert statement is not None
    body = json.loads(statement.body)
    assert body["automated_detection"] == "Yes"
    assert body["automated_decision"] == "AUTOMATED_DECISION_FULLY"
    assert body["category"] == "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
    # The person is told of a suspension, appealable; the refusal itself gave no reason.
    notices = await moderation.mstore.notices_of_user("ana")
    assert notices and notices[0].appealable_until is not None
    assert "liste" not in notices[0].body
    del conn


async def test_exact_sha256_list(photos: Photos) -> None:
    import hashlib

    image = jpeg(5)
    await photos.catalog.add_hashes("sha-list", "sha256", [hashlib.sha256(image).hexdigest()], 0.0)
    await photos.media.reload_lists()
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ana"), "salon:a", image, ORIGIN)
    assert info.value.code == "media_refused"


async def test_nude_refused_in_salons_allowed_in_a_private_room(photos: Photos) -> None:
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ana"), "salon:a", marked_nude(2), ORIGIN)
    assert info.value.code == "media_nude_in_salon"
    row = await photos.media.do_upload(user(photos, "ana"), "room:intime", marked_nude(2), ORIGIN)
    assert row.nude_score == 0.97 and row.nude_labels == "FEMALE_BREAST_EXPOSED"
    out = await photos.media.do_view(user(photos, "ana"), row.id)
    assert out["sensitive"] is True


async def test_rate_per_person_and_bytes_per_day(photos: Photos) -> None:
    ana = user(photos, "ana")
    sent = [jpeg(seed) for seed in range(3)]
    for image in sent:
        await photos.media.do_upload(ana, "salon:a", image, ORIGIN)
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(ana, "salon:a", jpeg(7), ORIGIN)
    assert info.value.code == "media_rate"
    assert float(str(info.value.params["retry_after"])) > 0
    photos.world.clock.t += 60  # the bucket has refilled
    last = jpeg(8)
    used = sum(len(image) for image in sent)
    photos.media.settings = dataclasses.replace(
        photos.media.settings, bytes_per_day=used + len(last)
    )
    await photos.media.do_upload(ana, "salon:a", last, ORIGIN)  # exactly the quota
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(ana, "salon:a", jpeg(9), ORIGIN)
    assert info.value.code == "media_quota"
    photos.world.clock.t += rules.DAY  # a rolling day later
    await photos.media.do_upload(ana, "salon:a", jpeg(9), ORIGIN)


async def test_a_busy_pipeline_says_server_busy(photos: Photos) -> None:
    class Full:
        async def process(self, data: bytes) -> Outcome:
            raise Busy

        async def close(self) -> None:
            return None

    photos.media.processor = Full()
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(1), ORIGIN)
    assert info.value.code == "server_busy"


async def test_bad_files_are_refused_with_their_reason(photos: Photos) -> None:
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ana"), "salon:a", b"GIF89a" + b"\0" * 50, ORIGIN)
    assert info.value.code == "media_invalid"
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ana"), "salon:a", b"<svg/>", ORIGIN)
    assert info.value.code == "media_type"


async def test_delete_own_photo_and_retention(photos: Photos) -> None:
    ana, ben = user(photos, "ana"), user(photos, "ben")
    first = await photos.media.do_upload(ana, "salon:a", jpeg(1), ORIGIN)
    with pytest.raises(DomainError):
        await photos.media.do_delete(ben, first.id, ORIGIN)
    await photos.media.do_delete(ana, first.id, ORIGIN)
    assert await photos.blobs.get(first.sha256) is None
    assert await photos.catalog.get_media(first.id) is None
    log = await photos.moderation.mstore.content_log_for(content_id=first.id)
    assert [e.operation for e in log] == ["create", "delete"]
    second = await photos.media.do_upload(ana, "salon:a", jpeg(2), ORIGIN)
    assert await photos.media.purge() == {"media": 0, "media_files": 0}
    photos.world.clock.t += 8 * rules.DAY
    assert await photos.media.purge() == {"media": 1, "media_files": 2}
    assert await photos.blobs.list() == []
    assert await photos.catalog.get_media(second.id) is None
