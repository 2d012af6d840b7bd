"""The image pipeline: untrusted bytes in, a fresh re-encoded image and its thumbnail out.

Pure: no I/O, no clock, no global state changed. It runs in a worker process
(media/workers.py) so that a slow or hostile file never blocks the event loop; the hard
time limit is the worker's.

Steps (docs/architecture.md, "Photos"):
1. the type is sniffed from the first bytes (never the name or the Content-Type);
2. the header gives the size; more than ``max_pixels`` is refused *before* any pixel is
   decoded (Pillow's own ``MAX_IMAGE_PIXELS`` is set to the same cap as a second lock);
3. the first frame is decoded, the EXIF orientation applied, the colours converted to
   sRGB (from an embedded ICC profile, from CMYK, 16-bit, palette or alpha);
4. the pixels are copied into a new image that owns nothing of the upload's container
   (no EXIF, GPS, XMP, ICC, comment survives) and encoded at ``max_edge`` plus a
   ``thumb_edge`` thumbnail;
5. the PDQ hash (Meta's open perceptual hash) of the oriented pixels and the SHA-256 of
   the bytes as uploaded are computed for the known-image lists.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from enum import StrEnum

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

Image.MAX_IMAGE_PIXELS = 50_000_000  # replaced by Options.max_pixels in each worker


class Kind(StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    GIF = "gif"
    HEIF = "heif"


# Brands of an ISO BMFF 'ftyp' box that mean HEIC/HEIF still images (phones).
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}


def sniff(data: bytes) -> Kind | None:
    """The image type from its magic bytes, or None: the name and headers are ignored."""
    if data.startswith(b"\xff\xd8\xff"):
        return Kind.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return Kind.PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return Kind.WEBP
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return Kind.GIF
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return Kind.HEIF
    return None


_PILLOW_FORMATS = {
    Kind.JPEG: ["JPEG"],
    Kind.PNG: ["PNG"],
    Kind.WEBP: ["WEBP"],
    Kind.GIF: ["GIF"],
    Kind.HEIF: ["HEIF"],
}


@dataclass(frozen=True, slots=True)
class Options:
    """Caps and output shape (config: ``[media]`` in papote.toml)."""

    max_pixels: int = 40_000_000  # a 12 MP phone photo is 12,000,000
    max_edge: int = 2048
    thumb_edge: int = 400
    out_format: str = "webp"  # webp | jpeg
    quality: int = 82
    thumb_quality: int = 75


@dataclass(frozen=True, slots=True)
class Prepared:
    """What the pipeline made of one upload."""

    kind: Kind
    source_width: int
    source_height: int
    width: int
    height: int
    data: bytes
    thumb_width: int
    thumb_height: int
    thumb: bytes
    mime: str
    original_sha256: str
    sha256: str  # of ``data``: the content address
    thumb_sha256: str
    pdq: str  # 64 hex digits
    pdq_quality: int


class Rejected(Exception):
    """The upload is not an image we accept; ``code`` is one of ``REJECT_CODES``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


REJECT_CODES = ("media_type", "media_too_large", "media_invalid")


def check_header(data: bytes, options: Options) -> tuple[Kind, Image.Image]:
    """Sniff the type and read the header only: the dimensions are checked before any
    pixel is decoded.

    Raises:
        Rejected: ``media_type`` (not one of ours), ``media_too_large`` (more pixels than
            ``max_pixels``), ``media_invalid`` (a header Pillow cannot read).
    """
    kind = sniff(data)
    if kind is None:
        raise Rejected("media_type")
    if kind is Kind.HEIF:
        _register_heif()
    Image.MAX_IMAGE_PIXELS = options.max_pixels
    try:
        with warnings.catch_warnings():
            # Past MAX_IMAGE_PIXELS Pillow warns, past twice that it raises: both refuse.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=_PILLOW_FORMATS[kind])
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Rejected("media_too_large") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise Rejected("media_invalid") from None
    except Exception:  # a decoder's unexpected error on hostile bytes is still a refusal
        raise Rejected("media_invalid") from None
    width, height = image.size
    if width <= 0 or height <= 0:
        raise Rejected("media_invalid")
    if width * height > options.max_pixels:
        raise Rejected("media_too_large")
    return kind, image


def prepare(data: bytes, options: Options) -> Prepared:
    """The whole pipeline for one upload (see the module docstring).

    Raises:
        Rejected: see ``check_header``; ``media_invalid`` when decoding fails.
    """
    kind, image = check_header(data, options)
    source_size = image.size
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            pixels = _decode(image)
    except Rejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Rejected("media_too_large") from None
    except Exception:  # truncated data, a broken chunk, a codec's own error
        raise Rejected("media_invalid") from None
    finally:
        image.close()
    full = _fresh(_fit(pixels, options.max_edge))
    thumb = _fresh(_fit(full, options.thumb_edge))
    data_out = _encode(full, options.out_format, options.quality)
    thumb_out = _encode(thumb, options.out_format, options.thumb_quality)
    # PDQ looks at 512 px: from the re-encode's pixels when they are that big (cheaper),
    # else from the decoded ones (a small max_edge must not weaken the matching).
    pdq, quality = pdq_hash(full if max(full.size) >= PDQ_EDGE else pixels)
    return Prepared(
        kind=kind,
        source_width=source_size[0],
        source_height=source_size[1],
        width=full.width,
        height=full.height,
        data=data_out,
        thumb_width=thumb.width,
        thumb_height=thumb.height,
        thumb=thumb_out,
        mime="image/webp" if options.out_format == "webp" else "image/jpeg",
        original_sha256=hashlib.sha256(data).hexdigest(),
        sha256=hashlib.sha256(data_out).hexdigest(),
        thumb_sha256=hashlib.sha256(thumb_out).hexdigest(),
        pdq=pdq,
        pdq_quality=quality,
    )


_SRGB = ImageCms.createProfile("sRGB")


def _decode(image: Image.Image) -> Image.Image:
    """The first frame's pixels, oriented, in sRGB."""
    image.seek(0)  # GIF, animated WebP, HEIF sequences: the first frame only
    image.load()
    icc = image.info.get("icc_profile")
    oriented = ImageOps.exif_transpose(image) or image
    return _to_rgb(oriented, icc if isinstance(icc, bytes) else None)


def _fresh(image: Image.Image) -> Image.Image:
    """A new image built from the raw RGB pixels alone: nothing of the container (info,
    EXIF, XMP, ICC, comments, text chunks) can follow it into the output (``resize`` and
    ``convert`` copy ``info``; this does not)."""
    return Image.frombytes("RGB", image.size, image.convert("RGB").tobytes())


def _to_rgb(image: Image.Image, icc: bytes | None) -> Image.Image:
    mode = image.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit greyscale: scale to 8 bits (Pillow's convert("L") clips instead).
        image = image.point(lambda v: v / 256).convert("L")
        mode = "L"
    if mode == "F":
        image = image.convert("L")
        mode = "L"
    if icc and mode in ("RGB", "CMYK", "L"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB") or image
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: fall back to the plain conversion below
    if mode in ("RGBA", "LA", "PA", "P", "RGBa", "La") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")


def _fit(image: Image.Image, edge: int) -> Image.Image:
    """``image`` scaled so that its longer side is at most ``edge`` (never enlarged)."""
    width, height = image.size
    longest = max(width, height)
    if longest <= edge:
        return image
    scale = edge / longest
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _encode(image: Image.Image, out_format: str, quality: int) -> bytes:
    out = io.BytesIO()
    if out_format == "webp":
        image.save(out, format="WEBP", quality=quality, method=3)
    else:
        image.save(out, format="JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue()


PDQ_EDGE = 512  # the reference photo hasher works on at most 512x512 as well


def pdq_hash(image: Image.Image) -> tuple[str, int]:
    """PDQ hash (64 hex digits, ThreatExchange's order) and quality (0-100) of RGB pixels.

    Meta's reference C++ (the ``pdqhash`` binding) does the hashing; big images are first
    reduced to at most 512 px on a side, as the reference tools advise, which changes the
    hash by a few bits at most (checked against ThreatExchange's reference hashes:
    docs/operations.md).
    """
    import numpy as np
    import pdqhash

    small = _fit(image, PDQ_EDGE)
    array = np.asarray(small.convert("RGB"), dtype=np.uint8)
    bits, quality = pdqhash.compute(array)
    return bytes(np.packbits(np.asarray(bits, dtype=np.uint8))).hex(), int(quality)


_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True
