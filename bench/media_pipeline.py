"""Photo pipeline throughput and the SQL MediaStore's chunk size, measured.

1. ``pipeline``: a 12 MP JPEG (4000x3000, a photo-like picture made here: gradients,
   shapes, sensor noise) and a 12 MP phone HEIC of the same picture, through one worker
   process with the NudeNet classifier, one at a time: images/s on one core, p50/p99 per
   image, the worker's peak RSS (VmHWM: the memory one concurrent upload costs).
2. ``store``: put and get of 1 MB and 3 MB blobs in PostgreSQL with chunks of 64 KiB,
   256 KiB and 1 MiB (the SQL MediaStore), and on the file system for comparison.

Bounded by ``--images`` per format and ``--rounds`` per chunk size. Writes JSON under
bench/results/. Example (docs/performance.md, "Photos"):

    .venv/bin/python bench/media_pipeline.py --images 20 --rounds 20
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import platform
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from papote.media.pipeline import Options, _register_heif
from papote.media.workers import WorkerPool

RESULTS = Path(__file__).parent / "results"
PG_URL = os.environ.get("PAPOTE_TEST_PG_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


def photo_12mp() -> Image.Image:
    """4000x3000: smooth shapes (what a camera sees) plus fine noise (what it records)."""
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    rng = random.Random(7)
    for y in range(300):
        draw.line([(0, y), (400, y)], fill=(120 + y // 4, 140, 200 - y // 3))
    for _ in range(40):
        x, y = rng.randrange(400), rng.randrange(300)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse([x, y, x + rng.randint(10, 120), y + rng.randint(10, 90)], fill=colour)
    big = small.filter(ImageFilter.GaussianBlur(2)).resize((4000, 3000), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((4000, 3000), 12).convert("RGB")
    return Image.blend(big, noise, 0.08)


def encoded(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "HEIF":
        _register_heif()
        image.save(out, "HEIF", quality=75)
    else:
        exif = Image.Exif()
        exif[0x0112] = 6  # a phone held upright
        image.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def vm_kib(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def bench_pipeline(images: int, out_format: str) -> dict[str, object]:
    picture = photo_12mp()
    inputs = {"jpeg_12mp": encoded(picture, "JPEG"), "heic_12mp": encoded(picture, "HEIF")}
    pool = WorkerPool(
        Options(out_format=out_format),
        workers=1,
        time_limit=120.0,
        classifier_spec="papote.media.classifier:create",
    )
    await pool.start()
    pid = next(iter(pool.all)).process.pid or 0
    idle_rss = vm_kib(pid, "VmRSS")
    result: dict[str, object] = {"worker_rss_idle_kib": idle_rss, "out_format": out_format}
    for name, data in inputs.items():
        await pool.process(data)  # warm-up (first model run, codec tables)
        times = []
        for _ in range(images):
            t0 = time.perf_counter()
            outcome = await pool.process(data)
            times.append(time.perf_counter() - t0)
        result[name] = {
            "input_bytes": len(data),
            "output_bytes": len(outcome.prepared.data),
            "thumb_bytes": len(outcome.prepared.thumb),
            "output_size": [outcome.prepared.width, outcome.prepared.height],
            "images": images,
            "images_per_second_one_core": round(images / sum(times), 2),
            "p50_seconds": round(statistics.median(times), 3),
            "p99_seconds": round(percentile(times, 0.99), 3),
        }
    result["worker_rss_peak_kib"] = vm_kib(pid, "VmHWM")
    await pool.close()
    return result


async def bench_store(rounds: int) -> dict[str, object]:
    from sqlalchemy import text

    from papote.media.fsstore import FsMediaStore
    from papote.storage.engine import make_engine
    from papote.storage.media_sql import SqlMediaStore
    from papote.storage.migrate import upgrade

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(PG_URL, pool_size=1, max_overflow=0)
    async with admin.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = make_engine(PG_URL, connect_args={"server_settings": {"search_path": schema}})
    out: dict[str, object] = {}
    try:
        await upgrade(engine)
        sizes = {"1MB": 1_000_000, "3MB": 3_000_000}
        for chunk in (64 * 1024, 256 * 1024, 1024 * 1024):
            store = SqlMediaStore(engine, chunk=chunk)
            for label, size in sizes.items():
                puts, gets = [], []
                for _ in range(rounds):
                    data = os.urandom(size)
                    t0 = time.perf_counter()
                    name = await store.put(data)
                    puts.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    assert await store.get(name) == data
                    gets.append(time.perf_counter() - t0)
                out[f"postgres_chunk_{chunk // 1024}k_{label}"] = {
                    "put_p50_ms": round(statistics.median(puts) * 1000, 1),
                    "get_p50_ms": round(statistics.median(gets) * 1000, 1),
                }
        with tempfile.TemporaryDirectory() as tmp:
            fs = FsMediaStore(Path(tmp))
            for label, size in sizes.items():
                puts, gets = [], []
                for _ in range(rounds):
                    data = os.urandom(size)
                    t0 = time.perf_counter()
                    name = await fs.put(data)
                    puts.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    assert await fs.get(name) == data
                    gets.append(time.perf_counter() - t0)
                out[f"fs_{label}"] = {
                    "put_p50_ms": round(statistics.median(puts) * 1000, 1),
                    "get_p50_ms": round(statistics.median(gets) * 1000, 1),
                }
    finally:
        await engine.dispose()
        async with admin.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--out-format", default="webp", choices=["webp", "jpeg"])
    parser.add_argument("--skip-store", action="store_true")
    parser.add_argument("--out", default=str(RESULTS / "media-pipeline.json"))
    args = parser.parse_args()
    result: dict[str, object] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "load_average_at_start": list(os.getloadavg()),
        "pipeline": asyncio.run(bench_pipeline(args.images, args.out_format)),
    }
    if not args.skip_store:
        result["store"] = asyncio.run(bench_store(args.rounds))
    result["load_average_at_end"] = list(os.getloadavg())
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
