"""Photos on a real server: upload (raw and multipart), the cap, who may see, the headers
of /media/<hash>, a known-image list imported with the CLI, the purge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import UNIT, LiveServer, admin_cli, start_server
from tests.integration.client import Client, new_session
from tests.unit.test_media_pipeline import encode, jpeg_with_everything, photo_like

CAP = 300_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(
        Path(tmp_path_factory.mktemp("media")) / "data",
        env={
            "PAPOTE_SESSIONS_PER_IP": "1000",
            "PAPOTE_MEDIA_MAX_UPLOAD_BYTES": str(CAP),
            "PAPOTE_MEDIA_HASHLIST_CHECK_SECONDS": "0",
            "PAPOTE_MEDIA_PER_MINUTE_PERSON": "1000",
        },
    )
    try:
        yield live
    finally:
        live.stop()


def auth(client: Client) -> dict[str, str]:
    return {"Authorization": f"Bearer {client.session['token']}"}


async def upload(
    http: httpx.AsyncClient, server: LiveServer, client: Client, data: bytes, room: str
) -> httpx.Response:
    return await http.post(
        f"{server.url}/api/media",
        params={"room": room},
        content=data,
        headers={**auth(client), "Content-Type": "application/octet-stream"},
        timeout=60 * UNIT,
    )


async def test_upload_view_and_serve(server: LiveServer) -> None:
    ana = await Client.enter(server.url, "Ana")
    ben = await Client.enter(server.url, "Ben")
    cyd = await Client.enter(server.url, "Cyd")
    await ana.join("salon:general")
    await ben.join("salon:general")
    async with httpx.AsyncClient() as http:
        response = await upload(http, server, ana, jpeg_with_everything(), "salon:general")
        assert response.status_code == 201, response.text
        photo = response.json()
        assert (photo["w"], photo["h"]) == (400, 300)
        assert photo["sensitive"] is False
        # A member of the room gets links; someone outside it learns nothing.
        seen = await http.get(f"{server.url}/api/media/{photo['id']}", headers=auth(ben))
        assert seen.status_code == 200 and seen.headers["cache-control"] == "no-store"
        # Salons are public: someone who is not in it may look (not send).
        public = await http.get(f"{server.url}/api/media/{photo['id']}", headers=auth(cyd))
        assert public.status_code == 200
        refused = await upload(http, server, cyd, jpeg_with_everything(), "salon:general")
        assert refused.status_code == 403
        # The bytes: our re-encode, never sniffed, shown inline, no script, cached privately.
        image = await http.get(server.url + seen.json()["url"])
        assert image.status_code == 200
        assert image.headers["content-type"] == "image/webp"
        assert image.headers["x-content-type-options"] == "nosniff"
        assert image.headers["content-disposition"] == "inline"
        policies = image.headers.get_list("content-security-policy")
        assert any("script-src 'none'" in p and "sandbox" in p for p in policies)
        assert image.headers["cache-control"].startswith("private, max-age=")
        assert image.content[:4] == b"RIFF" and b"PAPOTE-XMP-SECRET" not in image.content
        thumb = await http.get(server.url + seen.json()["thumb"]["url"])
        assert thumb.status_code == 200 and thumb.content[:4] == b"RIFF"
        # A link with a forged signature, or a hash alone, is a 404.
        forged = seen.json()["url"].rsplit("&s=", 1)[0] + "&s=" + "0" * 32
        assert (await http.get(server.url + forged)).status_code == 404
        assert (await http.get(f"{server.url}/media/{'a' * 64}")).status_code == 404
    for client in (ana, ben, cyd):
        await client.close()


async def test_multipart_and_refusals(server: LiveServer) -> None:
    ana = await Client.enter(server.url, "Anouk")
    await ana.join("salon:general")
    picture = encode(photo_like(2), "PNG")
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{server.url}/api/media",
            params={"room": "salon:general"},
            files={"photo": ("vacances.png", picture, "image/png")},
            headers=auth(ana),
            timeout=60 * UNIT,
        )
        assert response.status_code == 201, response.text
        # Over the cap: 413 in French, whatever the declared length.
        too_big = await upload(http, server, ana, b"\xff\xd8\xff" + b"\0" * CAP, "salon:general")
        assert too_big.status_code == 413
        assert too_big.json()["error"]["code"] == "media_too_large"
        # Not an image, whatever its name says.
        fake = await http.post(
            f"{server.url}/api/media",
            params={"room": "salon:general"},
            files={"photo": ("photo.jpg", b"<script>alert(1)</script>", "image/jpeg")},
            headers=auth(ana),
        )
        assert fake.status_code == 415 and fake.json()["error"]["code"] == "media_type"
        # No session, or a room one is not in.
        anonymous = await http.post(
            f"{server.url}/api/media", params={"room": "salon:general"}, content=picture
        )
        assert anonymous.status_code == 401
        elsewhere = await upload(http, server, ana, picture, "salon:rencontres")
        assert elsewhere.status_code == 403
    await ana.close()


async def test_a_listed_image_is_refused_without_a_reason(tmp_path: Path) -> None:
    # A server of its own: the suspension binds the address, 127.0.0.1 for every test.
    server = start_server(
        tmp_path / "data",
        env={"PAPOTE_SESSIONS_PER_IP": "1000", "PAPOTE_MEDIA_HASHLIST_CHECK_SECONDS": "0"},
    )
    try:
        await listed_image_refused(server, tmp_path)
    finally:
        server.stop()


async def listed_image_refused(server: LiveServer, tmp_path: Path) -> None:
    from papote.media.pipeline import Options, prepare

    listed = encode(photo_like(6), "JPEG", quality=90)
    hashes = tmp_path / "liste.txt"
    hashes.write_text(f"# test list\n{prepare(listed, Options()).pdq},100\n")
    done = admin_cli(server, "hashlist", "import", str(hashes), "--name", "test-liste")
    assert done.returncode == 0, done.stderr
    assert "1 empreintes ajoutées" in done.stdout
    listing = admin_cli(server, "hashlist", "list")
    assert "test-liste\tpdq\t1" in listing.stdout
    zoe = await Client.enter(server.url, "Zoe")
    await zoe.join("salon:general")
    async with httpx.AsyncClient() as http:
        refused = await upload(http, server, zoe, listed, "salon:general")
        assert refused.status_code == 422
        error = refused.json()["error"]
        assert error["code"] == "media_refused"
        assert error["message"] == "Cette photo ne peut pas être envoyée."
        # The person is suspended at once: a new session from the same device is refused.
        again = await http.post(
            f"{server.url}/api/session",
            json={"pseudo": "Zoe2", "gender": "f", "age": 30, "postal_code": "75011"},
        )
        assert again.status_code == 403
    await zoe.close()
    bad = tmp_path / "bad.txt"
    bad.write_text("pas une empreinte\n")
    failed = admin_cli(server, "hashlist", "import", str(bad), "--name", "x")
    assert failed.returncode == 2 and "line 1" in failed.stderr


async def test_purge_reports_media(server: LiveServer) -> None:
    done = admin_cli(server, "purge")
    assert done.returncode == 0, done.stderr
    assert '"media": 0' in done.stdout
    session = await new_session(server.url, "Purge")
    assert session["token"]


async def test_a_dm_request_carries_no_photo_and_a_reported_one_reaches_staff_only(
    server: LiveServer,
) -> None:
    from tests.conftest import create_moderator

    ana = await Client.enter(server.url, "Anaïs")
    ben = await Client.enter(server.url, "Benoît")
    # A request is text only: a photo field is refused by the codec, and there is no
    # room to upload to until the request is accepted.
    refused = await ana.request({"type": "dm_request", "to": ben.id, "text": "Salut", "media": "x"})
    assert (refused["type"], refused["code"]) == ("error", "unknown_field")
    sent = await ana.request({"type": "dm_request", "to": ben.id, "text": "Salut !"})
    assert sent["type"] == "dm_request_sent"
    async with httpx.AsyncClient() as http:
        early = await upload(http, server, ana, photo_jpeg(11), f"dm:{sent['request_id']}")
        assert early.status_code in (403, 404) and early.json()["error"]["code"] in (
            "not_member",
            "no_such_room",
        )
        opened = await ben.request({"type": "dm_accept", "request_id": sent["request_id"]})
        room = opened["room"]
        await ana.expect("dm_opened")
        joined = await ben.join(room)
        assert "sensitive_photos" not in joined  # only said when true (omitted default)
        await ana.join(room)
        response = await upload(http, server, ana, photo_jpeg(12), room)
        assert response.status_code == 201, response.text
        said = await ana.request(
            {"type": "say", "room": room, "text": "", "media": response.json()["id"]}
        )
        assert said["type"] == "sent"
        # Ben accepts sensitive photos here: every tab of his is told, Ana is not.
        assert (await ben.request({"type": "photo_consent", "room": room, "accept": True}))[
            "type"
        ] == "ok"
        assert (await ben.expect("photo_consent")) | {} == {
            "type": "photo_consent",
            "room": room,
            "accept": True,
        }
        report = await ben.request(
            {
                "type": "report",
                "target_type": "message",
                "target_id": said["msg_id"],
                "category": "sexual_content",
            }
        )
        assert report["type"] == "report_ack"
        token = create_moderator(server, "photo-mod")
        staff = {"Authorization": f"Bearer {token}"}
        cases = (await http.get(f"{server.url}/api/mod/cases", headers=staff)).json()
        (case,) = [c for c in cases if c["target_id"] == said["msg_id"]]
        detail = (await http.get(f"{server.url}/api/mod/cases/{case['id']}", headers=staff)).json()
        (evidence,) = detail["evidence"]
        photo = evidence["content"]["photo"]
        assert photo["original_blob"] and photo["evidence_blob"]
        link = evidence["photo_url"]
        assert "a=evidence" in link and photo["original_blob"] not in link
        shown = await http.get(server.url + link)
        assert shown.status_code == 200 and shown.headers["content-type"] == "image/webp"
        assert shown.headers["cache-control"] == "no-store"
        # The link is the sealed copy only: the same signature opens nothing else.
        assert (
            await http.get(server.url + link.replace("a=evidence", "a=media"))
        ).status_code == 404
        other = link.replace(photo["evidence_blob"], photo["original_blob"])
        assert (await http.get(server.url + other)).status_code == 404
    await ana.close()
    await ben.close()


def photo_jpeg(seed: int) -> bytes:
    return encode(photo_like(seed), "JPEG", quality=85)
