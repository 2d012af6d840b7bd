"""The image pipeline (media/pipeline.py): sniffing, caps before decoding, re-encoding
from pixels, orientation, colour modes, metadata stripped, PDQ."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFilter

from papote.media import pipeline
from papote.media.hashlist import hamming
from papote.media.pipeline import Kind, Options, Rejected, prepare, sniff

OPTIONS = Options(max_pixels=4_000_000, max_edge=256, thumb_edge=64)


def picture(size: tuple[int, int] = (320, 240), seed: int = 0) -> Image.Image:
    """A test-made picture with structure (PDQ needs edges, not a flat colour)."""
    image = Image.new("RGB", size, (240, 230, 210))
    draw = ImageDraw.Draw(image)
    w, h = size
    for n in range(12):
        x = (n * 37 + seed * 53) % w
        y = (n * 61 + seed * 29) % h
        colour = ((n * 40 + seed * 7) % 256, (n * 90) % 256, (200 - n * 15) % 256)
        draw.ellipse([x, y, x + w // 4, y + h // 3], fill=colour)
        draw.rectangle([w - x - w // 6, h - y - h // 5, w - x, h - y], fill=colour[::-1])
    return image


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    if fmt == "HEIF":
        pipeline._register_heif()
    image.save(out, fmt, **params)
    return out.getvalue()


def reopen(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


# ------------------------------------------------------------------ sniffing


def test_sniff_reads_the_magic_not_the_name() -> None:
    assert sniff(encode(picture(), "JPEG")) is Kind.JPEG
    assert sniff(encode(picture(), "PNG")) is Kind.PNG
    assert sniff(encode(picture(), "WEBP")) is Kind.WEBP
    assert sniff(encode(picture(), "GIF")) is Kind.GIF
    assert sniff(encode(picture(), "HEIF")) is Kind.HEIF
    assert sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>") is None
    assert sniff(b"%PDF-1.7") is None
    assert sniff(b"") is None


def test_wrong_magic_is_refused_even_if_pillow_could_read_it() -> None:
    bmp = encode(picture(), "BMP")  # Pillow reads BMP; we do not accept it
    with pytest.raises(Rejected) as info:
        prepare(bmp, OPTIONS)
    assert info.value.code == "media_type"


def test_a_png_with_a_jpeg_magic_is_invalid() -> None:
    png = encode(picture(), "PNG")
    with pytest.raises(Rejected) as info:
        prepare(b"\xff\xd8\xff" + png[3:], OPTIONS)
    assert info.value.code == "media_invalid"


# ------------------------------------------------------------------ caps


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims a size and whose pixels are absent (a bomb's shape)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@given(
    width=st.integers(min_value=1, max_value=2**31 - 1),
    height=st.integers(min_value=1, max_value=2**31 - 1),
)
def test_huge_dimensions_are_refused_from_the_header(width: int, height: int) -> None:
    data = png_header_only(width, height)
    if width * height <= OPTIONS.max_pixels:
        return  # small enough: it fails later, on the missing pixels
    with pytest.raises(Rejected) as info:
        pipeline.check_header(data, OPTIONS)
    assert info.value.code == "media_too_large"


def test_a_real_bomb_is_refused_before_decoding() -> None:
    # 10,000 x 10,000 of one colour: a small file, 100 megapixels once decoded.
    bomb = encode(Image.new("L", (10_000, 10_000)), "PNG", optimize=True)
    assert len(bomb) < 200_000
    with pytest.raises(Rejected) as info:
        prepare(bomb, OPTIONS)
    assert info.value.code == "media_too_large"


# ------------------------------------------------------------------ hostile bytes


@given(st.binary(max_size=4096))
def test_random_bytes_are_refused_or_accepted_never_crash(data: bytes) -> None:
    try:
        prepare(data, OPTIONS)
    except Rejected as exc:
        assert exc.code in pipeline.REJECT_CODES


@given(
    st.sampled_from(["JPEG", "PNG", "WEBP", "GIF"]),
    st.floats(min_value=0.0, max_value=0.99),
)
def test_truncated_files_are_refused_cleanly(fmt: str, keep: float) -> None:
    data = encode(picture((96, 64)), fmt)
    cut = data[: int(len(data) * keep)]
    try:
        result = prepare(cut, OPTIONS)
    except Rejected as exc:
        assert exc.code in pipeline.REJECT_CODES
    else:  # some decoders fill a short tail with grey: still a proper re-encode
        assert reopen(result.data).size == (96, 64)


@given(st.data())
def test_flipped_bytes_in_valid_files_never_crash(data: st.DataObject) -> None:
    fmt = data.draw(st.sampled_from(["JPEG", "PNG", "WEBP", "GIF"]))
    original = bytearray(encode(picture((80, 60)), fmt))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(original) - 1))
        original[at] = data.draw(st.integers(0, 255))
    try:
        prepare(bytes(original), OPTIONS)
    except Rejected as exc:
        assert exc.code in pipeline.REJECT_CODES


# ------------------------------------------------------------------ formats and modes


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF", "HEIF"])
def test_each_format_is_re_encoded_to_webp_with_a_thumbnail(fmt: str) -> None:
    result = prepare(encode(picture((640, 480)), fmt), OPTIONS)
    full, thumb = reopen(result.data), reopen(result.thumb)
    assert full.format == "WEBP" and thumb.format == "WEBP"
    assert full.size == (256, 192) == (result.width, result.height)
    assert thumb.size == (64, 48) == (result.thumb_width, result.thumb_height)
    assert result.mime == "image/webp"
    assert len(result.pdq) == 64 and len(result.sha256) == 64


def test_jpeg_output_when_configured() -> None:
    result = prepare(encode(picture(), "PNG"), Options(out_format="jpeg", max_edge=128))
    assert reopen(result.data).format == "JPEG"
    assert result.mime == "image/jpeg"


def test_small_images_are_not_enlarged() -> None:
    result = prepare(encode(picture((50, 30)), "PNG"), OPTIONS)
    assert (result.width, result.height) == (50, 30)
    assert (result.thumb_width, result.thumb_height) == (50, 30)


def test_animated_gif_keeps_its_first_frame() -> None:
    frames = [Image.new("RGB", (40, 40), colour) for colour in ("red", "lime", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    full = reopen(prepare(out.getvalue(), OPTIONS).data)
    r, g, b = full.convert("RGB").getpixel((20, 20))  # type: ignore[misc]
    assert r > 200 and g < 60 and b < 60
    assert getattr(full, "n_frames", 1) == 1


def test_cmyk_jpeg_becomes_rgb_with_the_right_colour() -> None:
    cmyk = Image.new("CMYK", (60, 60), (0, 255, 255, 0))  # pure red in CMYK
    full = reopen(prepare(encode(cmyk, "JPEG"), OPTIONS).data).convert("RGB")
    r, g, b = full.getpixel((30, 30))  # type: ignore[misc]
    assert r > 200 and g < 60 and b < 60


def test_sixteen_bit_png_is_scaled_not_clipped() -> None:
    grey = Image.new("I;16", (40, 40), 32768)  # mid-grey in 16 bits
    full = reopen(prepare(encode(grey, "PNG"), OPTIONS).data).convert("L")
    assert 110 <= full.getpixel((20, 20)) <= 145  # type: ignore[operator]


def test_transparency_is_flattened_on_white() -> None:
    clear = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    full = reopen(prepare(encode(clear, "PNG"), OPTIONS).data).convert("RGB")
    pixel = full.getpixel((20, 20))
    assert isinstance(pixel, tuple) and min(pixel) > 240


@pytest.mark.parametrize(
    ("orientation", "size"),
    [(1, (120, 60)), (3, (120, 60)), (6, (60, 120)), (8, (60, 120))],
)
def test_exif_orientation_is_applied(orientation: int, size: tuple[int, int]) -> None:
    # A landscape picture, red on its left half, as a camera stores it with the tag.
    stored = Image.new("RGB", (120, 60), "blue")
    stored.paste(Image.new("RGB", (60, 60), "red"), (0, 0))
    exif = Image.Exif()
    exif[0x0112] = orientation
    result = prepare(encode(stored, "JPEG", exif=exif.tobytes()), OPTIONS)
    shown = reopen(result.data).convert("RGB")
    assert shown.size == size
    red_corner = {1: (5, 30), 3: (115, 30), 6: (30, 5), 8: (30, 115)}[orientation]
    r, _, b = shown.getpixel(red_corner)  # type: ignore[misc]
    assert r > 180 and b < 80


# ------------------------------------------------------------------ metadata


GPS_LATITUDE = "48.8584"  # the Eiffel tower, as a camera would store it
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    b'22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'dc:creator="PAPOTE-XMP-SECRET"/></rdf:RDF></x:xmpmeta>'
)


def jpeg_with_everything() -> bytes:
    """A JPEG carrying GPS EXIF, an XMP block, a comment and an ICC profile."""
    exif = Image.Exif()
    exif[0x010F] = "PAPOTE-CAMERA-MAKER"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (48.0, 51.0, 30.24)  # GPSLatitude
    gps[3] = "E"
    gps[4] = (2.0, 17.0, 40.2)  # GPSLongitude
    from PIL import ImageCms

    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return encode(
        picture((400, 300)),
        "JPEG",
        exif=exif.tobytes(),
        xmp=XMP,
        comment=b"PAPOTE-COMMENT-SECRET",
        icc_profile=icc,
    )


def test_the_upload_really_carries_the_metadata() -> None:
    data = jpeg_with_everything()
    image = reopen(data)
    assert image.getexif().get_ifd(0x8825)  # GPS
    assert b"PAPOTE-XMP-SECRET" in data and b"PAPOTE-COMMENT-SECRET" in data
    assert b"PAPOTE-CAMERA-MAKER" in data
    assert image.info.get("comment") == b"PAPOTE-COMMENT-SECRET"


@pytest.mark.parametrize("out_format", ["webp", "jpeg"])
def test_gps_xmp_comment_and_icc_are_gone_from_image_and_thumbnail(out_format: str) -> None:
    result = prepare(jpeg_with_everything(), Options(max_edge=256, out_format=out_format))
    for data in (result.data, result.thumb):
        for secret in (b"PAPOTE-XMP-SECRET", b"PAPOTE-COMMENT-SECRET", b"PAPOTE-CAMERA-MAKER"):
            assert secret not in data
        for block in (b"Exif\x00", b"http://ns.adobe.com/xap", b"xmpmeta", b"ICC_PROFILE"):
            assert block not in data
        if out_format == "webp":
            assert b"EXIF" not in data and b"XMP " not in data and b"ICCP" not in data
        image = reopen(data)
        assert not image.getexif()
        assert not image.getexif().get_ifd(0x8825)
        for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "icc_profile"):
            assert key not in image.info


# ------------------------------------------------------------------ PDQ


def photo_like(seed: int) -> Image.Image:
    """Shapes softened like a photograph's (PDQ is meant for photos, not for clip art)."""
    return picture((800, 600), seed=seed).filter(ImageFilter.GaussianBlur(6))


def slightly_changed(image: Image.Image) -> bytes:
    """Cropped by 1 % on each side, resized to 600 px, saved as a JPEG at quality 80."""
    w, h = image.size
    cropped = image.crop((w // 100, h // 100, w - w // 100, h - h // 100))
    return encode(cropped.resize((600, 600 * cropped.height // cropped.width)), "JPEG", quality=80)


@pytest.mark.parametrize("seed", [3, 5, 7])
def test_pdq_survives_re_encoding_resizing_and_a_slight_crop(seed: int) -> None:
    original = photo_like(seed)
    base = prepare(encode(original, "PNG"), OPTIONS).pdq
    assert hamming(base, prepare(slightly_changed(original), OPTIONS).pdq) <= 31
    assert hamming(base, prepare(encode(original, "WEBP", quality=60), OPTIONS).pdq) <= 31
    other = prepare(encode(photo_like(seed + 20), "PNG"), OPTIONS).pdq
    assert hamming(base, other) > 31
