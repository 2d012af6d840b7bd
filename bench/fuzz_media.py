"""Fuzz the image pipeline with malformed files, through the real worker pool.

Each file is a mutation of a small valid JPEG, PNG, WebP, GIF or HEIC made here (bit
flips, truncation, spliced or repeated chunks, garbage appended, huge dimensions written
into the header, random bytes behind a valid magic). Every one goes through
``WorkerPool.process`` exactly as an upload does (a worker process, the hard time limit,
the memory cap). The run checks: no exception other than a refusal, no file over the time
limit (a worker replaced counts as one), the worker's memory (RSS) at the start and the
end, and writes JSON under bench/results/.

Bounded: ``--files`` and ``--seconds``, whichever comes first; the count reached is in the
result. Example (docs/performance.md, "Photos"):

    .venv/bin/python bench/fuzz_media.py --files 100000 --seconds 1200
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import random
import struct
import time
from collections import Counter
from pathlib import Path

from PIL import Image, ImageDraw

from papote.media.pipeline import Options, Rejected, _register_heif
from papote.media.workers import WorkerPool

RESULTS = Path(__file__).parent / "results"


def seeds() -> dict[str, bytes]:
    """Small valid files of each accepted type (small: the fuzzing is about parsers)."""
    image = Image.new("RGB", (48, 36), (200, 180, 40))
    draw = ImageDraw.Draw(image)
    draw.ellipse([4, 4, 30, 30], fill=(20, 60, 200))
    draw.rectangle([28, 10, 46, 34], fill=(220, 20, 60))
    _register_heif()
    out: dict[str, bytes] = {}
    for fmt, params in (
        ("JPEG", {"quality": 80}),
        ("JPEG-progressive", {"quality": 80, "progressive": True}),
        ("PNG", {}),
        ("WEBP", {"quality": 80}),
        ("GIF", {}),
        ("HEIF", {"quality": 60}),
    ):
        buffer = io.BytesIO()
        image.save(buffer, fmt.split("-")[0], **params)
        out[fmt] = buffer.getvalue()
    frames = [image, image.rotate(90), image.rotate(180)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=50)
    out["GIF-animated"] = buffer.getvalue()
    return out


def huge_header(data: bytes, rng: random.Random) -> bytes:
    """Write a huge width and height where the format keeps them."""
    width, height = rng.choice([(65535, 65535), (100_000, 100_000), (1, 2**31 - 1)])
    blob = bytearray(data)
    if blob.startswith(b"\x89PNG"):
        blob[16:24] = struct.pack(">II", width, height)
    elif blob[:3] == b"GIF":
        blob[6:10] = struct.pack("<HH", width & 0xFFFF, height & 0xFFFF)
    elif blob[:2] == b"\xff\xd8":
        at = blob.find(b"\xff\xc0")
        if at < 0:
            at = blob.find(b"\xff\xc2")
        if at > 0:
            blob[at + 5 : at + 9] = struct.pack(">HH", height & 0xFFFF, width & 0xFFFF)
    elif blob[:4] == b"RIFF":
        at = blob.find(b"VP8 ")
        if at > 0:
            blob[at + 14 : at + 18] = struct.pack("<HH", width & 0x3FFF, height & 0x3FFF)
    return bytes(blob)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["flip", "flip", "truncate", "splice", "repeat", "append", "huge", "random"])
    blob = bytearray(data)
    if kind == "flip":
        for _ in range(rng.randint(1, 32)):
            blob[rng.randrange(len(blob))] = rng.randrange(256)
    elif kind == "truncate":
        del blob[rng.randrange(1, len(blob)) :]
    elif kind == "splice":
        a, b = sorted(rng.sample(range(len(blob)), 2))
        c = rng.randrange(len(blob))
        blob[c:c] = blob[a:b]
    elif kind == "repeat":
        a = rng.randrange(len(blob))
        blob[a:a] = blob[a : a + rng.randint(1, 64)] * rng.randint(2, 200)
    elif kind == "append":
        blob += bytes(rng.randrange(256) for _ in range(rng.randint(1, 2048)))
    elif kind == "huge":
        blob = bytearray(huge_header(data, rng))
    else:
        blob = bytearray(data[:12]) + bytes(rng.randrange(256) for _ in range(rng.randint(0, 4096)))
    return kind, bytes(blob)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def run(files: int, seconds: float, seed: int, time_limit: float) -> dict[str, object]:
    rng = random.Random(seed)
    base = seeds()
    pool = WorkerPool(
        Options(max_edge=2048, thumb_edge=400),
        workers=1,
        time_limit=time_limit,
        queue_max=4,
        classifier_spec=None,
    )
    await pool.start()
    worker_pid = next(iter(pool.all)).process.pid or 0
    rss_start = rss_kib(worker_pid)
    outcomes: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    slowest = 0.0
    errors: list[str] = []
    rss_samples: list[int] = []
    started = time.monotonic()
    done = 0
    while done < files and time.monotonic() - started < seconds:
        name = rng.choice(sorted(base))
        kind, data = mutate(base[name], rng)
        by_kind[kind] += 1
        t0 = time.monotonic()
        restarts = pool.restarts
        try:
            await pool.process(data)
            outcomes["accepted"] += 1
        except Rejected as exc:
            outcomes[exc.code] += 1
        except Exception as exc:  # a crash of ours: the run records it and goes on
            outcomes["error"] += 1
            errors.append(f"{name}/{kind}: {exc!r}")
        slowest = max(slowest, time.monotonic() - t0)
        if pool.restarts != restarts:
            outcomes["worker_replaced"] += 1
        done += 1
        if done % 5000 == 0:
            alive = next(iter(pool.all)).process.pid or 0
            rss_samples.append(rss_kib(alive))
            print(f"{done} files, {time.monotonic() - started:.0f} s, {dict(outcomes)}", flush=True)
    elapsed = time.monotonic() - started
    alive = next(iter(pool.all)).process.pid or 0
    rss_end = rss_kib(alive)
    await pool.close()
    return {
        "files": done,
        "files_asked": files,
        "seconds": round(elapsed, 1),
        "files_per_second": round(done / elapsed, 1) if elapsed else 0,
        "outcomes": dict(sorted(outcomes.items())),
        "mutations": dict(sorted(by_kind.items())),
        "slowest_file_seconds": round(slowest, 3),
        "time_limit_seconds": time_limit,
        "worker_rss_kib_start": rss_start,
        "worker_rss_kib_end": rss_end,
        "worker_rss_kib_samples": rss_samples,
        "same_worker_throughout": alive == worker_pid,
        "errors": errors[:20],
        "seed": seed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=1200.0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--time-limit", type=float, default=15.0)
    parser.add_argument("--out", default=str(RESULTS / "fuzz-media.json"))
    args = parser.parse_args()
    result = asyncio.run(run(args.files, args.seconds, args.seed, args.time_limit))
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
