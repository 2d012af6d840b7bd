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
from papote.service.hub import Connection
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
    # A DM: refused until the recipient's consent to sensitive photos exists.
    await photos.world.open_dm("ana", "ben")
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ana"), "dm:ana-ben", marked_nude(4), ORIGIN)
    assert info.value.code == "media_nude_in_dm"
    photos.world.clock.t += 60  # past the per-minute limit of three photos
    assert await photos.media.do_upload(user(photos, "ana"), "dm:ana-ben", jpeg(4), ORIGIN)
    # Ana accepting does not count: the recipient's consent is what opens the door.
    await photos.world.store.set_sensitive_photos("dm:ana-ben", "ana", 1.0)
    with pytest.raises(DomainError) as info:
        await photos.media.do_upload(user(photos, "ana"), "dm:ana-ben", marked_nude(5), ORIGIN)
    assert info.value.code == "media_nude_in_dm"
    await photos.world.store.set_sensitive_photos("dm:ana-ben", "ben", 2.0)
    photos.world.clock.t += 60
    nude = await photos.media.do_upload(user(photos, "ana"), "dm:ana-ben", marked_nude(6), ORIGIN)
    ref = await photos.media.do_attach("ana", "dm:ana-ben", nude.id, "m-1")
    assert ref.blurred_reason == "sensitive"  # still blurred for both
    # Ben takes it back between an upload and its send: the send is refused.
    later = await photos.media.do_upload(user(photos, "ana"), "dm:ana-ben", marked_nude(7), ORIGIN)
    await photos.world.store.set_sensitive_photos("dm:ana-ben", "ben", None)
    with pytest.raises(DomainError) as info:
        await photos.media.do_attach("ana", "dm:ana-ben", later.id, "m-2")
    assert info.value.code == "media_nude_in_dm"
    # Each automated decision is counted for the transparency figures.
    assert await photos.catalog.decisions_between(0.0, photos.world.clock.t + 1) == {
        "nudity_blurred_dm": 2,
        "nudity_blurred_room": 1,
        "nudity_refused_dm": 2,
        "nudity_refused_salon": 1,
    }
    from papote.service.moderation.transparency import transparency

    figures = await transparency(
        photos.moderation.mstore,
        0.0,
        photos.world.clock.t + 1,
        await photos.catalog.decisions_between(0.0, photos.world.clock.t + 1),
    )
    assert figures["automated_decisions"] == 6
    assert figures["automated_photo_decisions"]["nudity_refused_dm"] == 2


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
    nothing = {"media": 0, "media_files": 0, "media_originals": 0, "media_evidence": 0}
    assert await photos.media.purge() == nothing
    # The bytes as uploaded (the deleted photo's too) are kept apart for 48 hours.
    assert set(await photos.blobs.list("originals")) == {
        first.original_sha256,
        second.original_sha256,
    }
    photos.world.clock.t += 2 * rules.DAY + 1
    assert await photos.media.purge() == {**nothing, "media_originals": 2}
    assert await photos.blobs.list("originals") == []
    photos.world.clock.t += 6 * rules.DAY
    assert await photos.media.purge() == {**nothing, "media": 1, "media_files": 2}
    assert await photos.blobs.list() == []
    assert await photos.catalog.get_media(second.id) is None


async def test_a_photo_in_a_message_once_by_its_uploader_in_its_room(photos: Photos) -> None:
    from papote.protocol import wire
    from tests.service.conftest import frames

    world = photos.world
    world.chat.attach_media = photos.media.do_attach
    ana, ben = await world.connect("ana"), await world.connect("ben")
    for conn in (ana, ben):
        await world.chat.do_join(conn, wire.Join(room="salon:a"))
    frames(ben)
    row = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(1), ORIGIN)
    sent = await world.chat.say_soon(ana, wire.Say(room="salon:a", text="", media=row.id, id=1))
    (message,) = [f for f in frames(ben) if f["type"] == "message"]
    assert message["text"] == "" and message["msg_id"] == sent.msg_id
    assert message["media"] == {
        "id": row.id,
        "w": row.width,
        "h": row.height,
        "thumb": {"w": row.thumb_width, "h": row.thumb_height},
    }
    # History (from the store, a fresh join) carries it too.
    stored = await world.store.get_message(sent.msg_id)
    assert stored is not None and stored.media is not None
    # Sent once only; never someone else's; never into another room.
    for conn, media in ((ana, row.id), (ben, row.id)):
        with pytest.raises(DomainError) as info:
            await world.chat.say_soon(conn, wire.Say(room="salon:a", text="x", media=media))
        assert info.value.code == "no_such_media"
    other = await photos.media.do_upload(user(photos, "ana"), "room:intime", jpeg(2), ORIGIN)
    with pytest.raises(DomainError) as info:
        await world.chat.say_soon(ana, wire.Say(room="salon:a", text="", media=other.id))
    assert info.value.code == "no_such_media"
    # A sensitive photo is marked for everyone.
    nude = await photos.media.do_upload(user(photos, "ana"), "room:intime", marked_nude(3), ORIGIN)
    ref = await photos.media.do_attach("ana", "room:intime", nude.id, "m-x")
    assert ref.blurred_reason == "sensitive"


async def reporting_in_salon(photos: Photos) -> Connection:
    """Photos wired into chat and reports; Ana and Ben in salon:a; Ana's connection."""
    from papote.protocol import wire

    photos.world.chat.attach_media = photos.media.do_attach
    photos.moderation.cases.evidence.keep_photo = photos.media.keep_photo
    ana, ben = await photos.world.connect("ana"), await photos.world.connect("ben")
    for conn in (ana, ben):
        await photos.world.chat.do_join(conn, wire.Join(room="salon:a"))
    return ana


async def test_a_reported_photo_is_kept_and_sealed(photos: Photos) -> None:
    from papote.protocol import wire

    world, moderation = photos.world, photos.moderation
    ana = await reporting_in_salon(photos)
    row = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(1), ORIGIN)
    sent = await world.chat.say_soon(ana, wire.Say(room="salon:a", text="vu ?", media=row.id))
    reporter = user(photos, "ben")
    await moderation.reports.do_report(
        reporter,
        {"salon:a"},
        wire.Report(target_type="message", target_id=sent.msg_id, category="sexual_content"),
    )
    case = await moderation.mstore.open_case_for("message", sent.msg_id)
    assert case is not None
    (evidence,) = await moderation.mstore.evidence_of_case(case.id)
    content = json.loads(evidence.content)
    assert content["message"]["media"]["id"] == row.id
    photo = content["photo"]
    assert photo["sha256"] == row.sha256 and photo["pdq"] == row.pdq
    kept = await photos.blobs.get(photo["evidence_blob"], area="evidence")
    assert kept is not None and kept == await photos.blobs.get(row.sha256)
    # The bytes as uploaded are sealed too (within originals_hours of the upload).
    assert photo["original_sha256"] == row.original_sha256
    original = await photos.blobs.get(photo["original_blob"], area="evidence")
    assert original is not None and original == jpeg(1)
    # Retention removes the photo and the original kept apart, not the evidence.
    photos.world.clock.t += 8 * rules.DAY
    counts = await photos.media.purge()
    assert (counts["media"], counts["media_originals"], counts["media_evidence"]) == (1, 1, 0)
    assert await photos.blobs.get(row.sha256) is None
    assert await photos.blobs.get(photo["evidence_blob"], area="evidence") == kept
    # Past the evidence's year, still kept while its case is open...
    photos.world.clock.t += 400 * rules.DAY
    await moderation.retention.purge()
    assert (await photos.media.purge())["media_evidence"] == 0
    assert await photos.blobs.get(photo["evidence_blob"], area="evidence") == kept
    # ...and gone with its last seal once the case is decided and its evidence expired.
    from tests.service.test_moderation_service import MOD, decision

    await moderation.decisions.do_decide(MOD, case.id, decision(rules.Action.DISMISS))
    await moderation.retention.purge()
    assert await moderation.mstore.evidence_of_case(case.id) == []
    assert (await photos.media.purge())["media_evidence"] == 2
    assert await photos.blobs.list("evidence") == []


async def test_a_photo_deleted_by_its_sender_and_reported_seals_its_original(
    photos: Photos,
) -> None:
    from papote.protocol import wire

    world, moderation = photos.world, photos.moderation
    ana = await reporting_in_salon(photos)
    first = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(1), ORIGIN)
    gone = await world.chat.say_soon(ana, wire.Say(room="salon:a", text="", media=first.id))
    late = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(2), ORIGIN)
    kept = await world.chat.say_soon(ana, wire.Say(room="salon:a", text="", media=late.id))
    await photos.media.do_delete(user(photos, "ana"), first.id, ORIGIN)
    report = wire.Report(target_type="message", target_id=gone.msg_id, category="sexual_content")
    await moderation.reports.do_report(user(photos, "ben"), {"salon:a"}, report)
    case = await moderation.mstore.open_case_for("message", gone.msg_id)
    assert case is not None
    (evidence,) = await moderation.mstore.evidence_of_case(case.id)
    photo = json.loads(evidence.content)["photo"]
    # Deleted: no re-encoded image any more, but what was sent is sealed.
    assert "evidence_blob" not in photo
    assert await photos.blobs.get(photo["original_blob"], area="evidence") == jpeg(1)
    # Past originals_hours a report seals the re-encoded image only, and says so.
    world.clock.t += 3 * rules.DAY
    await photos.media.purge()
    report = wire.Report(target_type="message", target_id=kept.msg_id, category="sexual_content")
    await moderation.reports.do_report(user(photos, "ben"), {"salon:a"}, report)
    case = await moderation.mstore.open_case_for("message", kept.msg_id)
    assert case is not None
    (evidence,) = await moderation.mstore.evidence_of_case(case.id)
    photo = json.loads(evidence.content)["photo"]
    assert photo["original_blob"] is None and photo["evidence_blob"]


async def test_staff_links_serve_the_sealed_copy_and_nothing_else(photos: Photos) -> None:
    row = await photos.media.do_upload(user(photos, "ana"), "salon:a", jpeg(3), ORIGIN)
    data = await photos.blobs.get(row.sha256)
    assert data is not None
    copy = await photos.media.keep_photo(row.id)
    assert copy is not None
    blob = str(copy["evidence_blob"])
    link = photos.media.evidence_url(blob)
    assert link is not None and "a=evidence" in link
    query = dict(part.split("=", 1) for part in link.split("?", 1)[1].split("&"))
    served = await photos.media.open(blob, query["e"], query["s"], "evidence")
    assert served == (data, "image/webp")
    # A photo link does not open evidence, nor an evidence link a photo; no other area.
    assert await photos.media.open(blob, query["e"], query["s"]) is None
    photo = photos.media.url(row.sha256)
    pq = dict(part.split("=", 1) for part in photo.split("?", 1)[1].split("&"))
    assert await photos.media.open(row.sha256, pq["e"], pq["s"], "evidence") is None
    original = str(copy["original_blob"])
    assert await photos.media.open(original, query["e"], query["s"], "originals") is None
    assert photos.media.evidence_url("../x") is None


async def test_photo_consent_is_the_recipients_told_to_each_of_their_tabs(
    photos: Photos,
) -> None:
    from papote.protocol import wire
    from tests.service.conftest import frames

    world = photos.world
    await world.open_dm("ana", "ben")
    ben, ben_phone = await world.connect("ben"), await world.connect("ben")
    ana = await world.connect("ana")
    joined = await world.chat.do_join(ben, wire.Join(room="dm:ana-ben"))
    assert joined.sensitive_photos is False
    for room, code in (("salon:a", "bad_room"), ("room:intime", "bad_room")):
        with pytest.raises(DomainError) as info:
            await world.chat.do_photo_consent(ben, wire.PhotoConsent(room=room, accept=True))
        assert info.value.code == code
    outsider = await world.connect("cyd")
    with pytest.raises(DomainError) as info:
        await world.chat.do_photo_consent(
            outsider, wire.PhotoConsent(room="dm:ana-ben", accept=True)
        )
    assert info.value.code == "forbidden"
    for conn in (ben, ben_phone, ana):
        frames(conn)
    ok = await world.chat.do_photo_consent(
        ben, wire.PhotoConsent(room="dm:ana-ben", accept=True, id=7)
    )
    assert ok == wire.Ok(re=7)
    await settle(world)
    event = {"type": "photo_consent", "room": "dm:ana-ben", "accept": True}
    assert [f for f in frames(ben) if f["type"] == "photo_consent"] == [event]
    assert [f for f in frames(ben_phone) if f["type"] == "photo_consent"] == [event]
    assert not [f for f in frames(ana) if f["type"] == "photo_consent"]  # hers to know only
    assert (await world.chat.do_join(ben, wire.Join(room="dm:ana-ben"))).sensitive_photos
    assert not (await world.chat.do_join(ana, wire.Join(room="dm:ana-ben"))).sensitive_photos
    assert await photos.media.dm_accepts("dm:ana-ben", "ana")
    await world.chat.do_photo_consent(ben, wire.PhotoConsent(room="dm:ana-ben", accept=False))
    assert not await photos.media.dm_accepts("dm:ana-ben", "ana")
