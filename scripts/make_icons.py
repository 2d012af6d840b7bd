"""Draw Papote's PWA icons as PNG with the standard library only (zlib + struct).

The shapes match src/papote/web/icons/icon.svg: a violet-to-pink rounded square, a white
speech bubble (an ellipse and a tail) and three dots. Each pixel's coverage comes from a
signed distance, so edges are anti-aliased without supersampling.

    python scripts/make_icons.py   # writes icon-192.png, icon-512.png, icon-maskable-512.png
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "papote" / "web" / "icons"

TOP_LEFT = (0x73, 0x57, 0xFF)
BOTTOM_RIGHT = (0xE2, 0x54, 0x9A)
WHITE = (0xFF, 0xFF, 0xFF)
DOTS = [
    ((192, 244), (0x73, 0x57, 0xFF)),
    ((256, 244), (0x9A, 0x55, 0xDD)),
    ((320, 244), (0xC2, 0x54, 0xB6)),
]
TAIL = [(150.0, 318.0), (128.0, 410.0), (228.0, 356.0)]


def rounded_rect_sdf(x: float, y: float, size: float, radius: float) -> float:
    half = size / 2
    qx = abs(x - half) - (half - radius)
    qy = abs(y - half) - (half - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def ellipse_sdf(x: float, y: float, cx: float, cy: float, rx: float, ry: float) -> float:
    # First-order approximation: good enough for a 1-pixel anti-aliased edge.
    dx, dy = (x - cx) / rx, (y - cy) / ry
    k = math.hypot(dx, dy)
    if k == 0:
        return -min(rx, ry)
    grad = math.hypot(dx / rx, dy / ry)
    return (k - 1.0) * k / grad if grad else 0.0


def triangle_sdf(x: float, y: float, pts: list[tuple[float, float]]) -> float:
    best = math.inf
    signs = []
    for i in range(3):
        (ax, ay), (bx, by) = pts[i], pts[(i + 1) % 3]
        ex, ey = bx - ax, by - ay
        wx, wy = x - ax, y - ay
        t = max(0.0, min(1.0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
        best = min(best, math.hypot(wx - ex * t, wy - ey * t))
        signs.append(ex * wy - ey * wx >= 0)
    inside = all(signs) or not any(signs)  # same side of all three edges
    return -best if inside else best


def coverage(distance: float, scale: float) -> float:
    """Fraction of a pixel covered, for a distance in 512-unit space."""
    return max(0.0, min(1.0, 0.5 - distance * scale))


def mix(a: tuple[float, ...], b: tuple[float, ...], t: float) -> tuple[float, ...]:
    return tuple(x + (y - x) * t for x, y in zip(a, b, strict=True))


def render(size: int, maskable: bool) -> bytes:
    scale = size / 512  # pixels per design unit
    inv = 1 / scale
    # Maskable icons keep their content in the central 80 % safe zone, full-bleed background.
    content = 0.78 if maskable else 1.0
    offset = 256 * (1 - content)
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            x = (px + 0.5) * inv
            y = (py + 0.5) * inv
            t = (x + y) / 1024
            bg = mix(TOP_LEFT, BOTTOM_RIGHT, t)
            alpha = 1.0 if maskable else coverage(rounded_rect_sdf(x, y, 512, 116), scale)
            # Content coordinates (scaled around the centre for maskable icons).
            cx = (x - offset) / content
            cy = (y - offset) / content
            cscale = scale * content
            bubble = min(ellipse_sdf(cx, cy, 256, 244, 160, 128), triangle_sdf(cx, cy, TAIL))
            color = mix(bg, WHITE, coverage(bubble, cscale))
            for (dx, dy), dot in DOTS:
                d = math.hypot(cx - dx, cy - dy) - 21
                cov = coverage(d, cscale)
                if cov:
                    color = mix(color, dot, cov)
            row += bytes(round(c) for c in color) + bytes([round(alpha * 255)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
    ]:
        (OUT / name).write_bytes(render(size, maskable))
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
