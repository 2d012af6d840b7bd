"""Photos end to end on a real server: latency from upload to delivery, and the memory
one concurrent upload costs, measured from outside the server.

A real ``papote serve`` (SQLite, the file-system MediaStore, the NudeNet classifier, one
worker process: the defaults) on a loopback socket; ``--concurrency`` senders and one
receiver in ``salon:general``. Each sender, in a loop: ``POST /api/media`` with a phone
photo (a 12 MP JPEG made here, EXIF orientation 6, 0.57 MB), then ``say {media}``; the
receiver notes when the ``message`` carrying that photo arrives. Latency = from the start
of the POST to that arrival (what a person waits for their photo to show on the other's
screen). Memory: the RSS of the server process and of its worker processes, sampled every
20 ms from /proc (outside the server), before the run (idle, after one warm-up photo) and
at its peak; the peak minus idle, divided by the concurrency, is the cost of one
concurrent upload.

Writes bench/results/media-upload-c<N>.json. Example (docs/performance.md, "Photos: upload
to delivery"):

    flock /tmp/papote-bench.lock .venv/bin/python bench/media_upload.py --concurrency 4 --photos 6
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import websockets
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))
from media_pipeline import photo_12mp  # the same picture as the pipeline bench

RESULTS = Path(__file__).parent / "results"
ROOM = "salon:general"


def phone_jpeg() -> bytes:
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # held upright
    photo_12mp().save(out, "JPEG", quality=88, exif=exif.tobytes())
    return out.getvalue()


def kib(pid: int, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


class Sampler:
    """RSS of the server and of its workers (the media pipeline's processes), from /proc."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_server = 0
        self.peak_workers = 0
        self.peak_total = 0
        self.running = False

    def now(self) -> tuple[int, int]:
        workers = sum(kib(child, "VmRSS") for child in children(self.pid))
        return kib(self.pid, "VmRSS"), workers

    async def run(self) -> None:
        self.running = True
        while self.running:
            server, workers = self.now()
            self.peak_server = max(self.peak_server, server)
            self.peak_workers = max(self.peak_workers, workers)
            self.peak_total = max(self.peak_total, server + workers)
            await asyncio.sleep(0.02)


def start_server(data_dir: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # a port from the OS
    sock.listen(128)
    port = sock.getsockname()[1]
    env = {
        **os.environ,
        "PAPOTE_LOG_LEVEL": "warning",
        "PAPOTE_DETECTION_MODEL": "false",
        "PAPOTE_SESSIONS_PER_IP": "100000",
        "PAPOTE_ENTRY_BURST_PER_IP": "100000",
        "PAPOTE_MEDIA_PER_MINUTE_PERSON": "100000",
        "PAPOTE_MEDIA_PER_MINUTE_ROOM": "100000",
        "PAPOTE_MEDIA_BYTES_PER_DAY": str(10**12),
        "PAPOTE_MEDIA_QUEUE_MAX": "64",
        "PAPOTE_MEDIA_WORKERS": str(workers),
        "PAPOTE_MEDIA_TIME_LIMIT": "120",
    }
    cmd = [sys.executable, "-m", "papote", "serve", "--host", "127.0.0.1"]
    cmd += ["--fd", str(sock.fileno()), "--data-dir", str(data_dir)]
    with sock:
        process = subprocess.Popen(cmd, env=env, pass_fds=[sock.fileno()])
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start")


class Person:
    def __init__(self, url: str, pseudo: str) -> None:
        self.url = url
        self.pseudo = pseudo
        self.token = ""
        self.ws: Any = None
        self.ids = 0

    async def enter(self, http: httpx.AsyncClient) -> None:
        response = await http.post(
            f"{self.url}/api/session",
            json={"pseudo": self.pseudo, "gender": "x", "age": 30, "postal_code": "75011"},
        )
        response.raise_for_status()
        self.token = response.json()["token"]
        ws_url = self.url.replace("http://", "ws://") + "/ws?token=" + self.token
        self.ws = await websockets.connect(ws_url, max_size=2**22, max_queue=None)
        await self.until(lambda f: f["type"] == "hello")
        await self.send({"type": "join", "room": ROOM})
        await self.until(lambda f: f["type"] == "joined")

    async def send(self, frame: dict[str, Any]) -> int:
        self.ids += 1
        await self.ws.send(json.dumps({**frame, "id": self.ids}))
        return self.ids

    async def until(self, match: Any) -> dict[str, Any]:
        while True:
            frame = json.loads(await self.ws.recv())
            if match(frame):
                return frame  # type: ignore[no-any-return]


async def run(args: argparse.Namespace) -> dict[str, Any]:
    photo = phone_jpeg()
    tmp = Path(tempfile.mkdtemp(prefix="papote-media-bench-"))
    process, url = start_server(tmp / "data", args.workers)
    sampler = Sampler(process.pid)
    sent_at: dict[str, float] = {}
    latencies: list[float] = []
    arrived = asyncio.Event()
    expected = args.concurrency * args.photos
    try:
        async with httpx.AsyncClient(timeout=300) as http:
            receiver = Person(url, "Recoit")
            await receiver.enter(http)
            senders = [Person(url, f"Envoie{n}") for n in range(args.concurrency)]
            for sender in senders:
                await sender.enter(http)

            async def receive() -> None:
                while len(latencies) < expected + 1:  # + the warm-up photo
                    frame = json.loads(await receiver.ws.recv())
                    media = frame.get("media") if frame.get("type") == "message" else None
                    if media and media["id"] in sent_at:
                        latencies.append(time.perf_counter() - sent_at.pop(media["id"]))
                        arrived.set()

            async def one(sender: Person) -> None:
                started = time.perf_counter()
                response = await http.post(
                    f"{url}/api/media",
                    params={"room": ROOM},
                    content=photo,
                    headers={
                        "Authorization": f"Bearer {sender.token}",
                        "Content-Type": "application/octet-stream",
                    },
                )
                response.raise_for_status()
                media_id = response.json()["id"]
                sent_at[media_id] = started
                await sender.send({"type": "say", "room": ROOM, "text": "", "media": media_id})

            async def drain(sender: Person) -> None:
                while True:  # the sender's own copies and `sent`: read, never held up
                    await sender.ws.recv()

            receiving = asyncio.create_task(receive())
            draining = [asyncio.create_task(drain(s)) for s in senders]
            await one(senders[0])  # warm-up: the worker starts, the model loads
            while len(latencies) < 1:
                await arrived.wait()
                arrived.clear()
            latencies.clear()
            await asyncio.sleep(1.0)
            idle_server, idle_workers = sampler.now()
            sampling = asyncio.create_task(sampler.run())
            t0 = time.perf_counter()

            async def loop(sender: Person) -> None:
                for _ in range(args.photos):
                    await one(sender)

            await asyncio.gather(*(loop(s) for s in senders))
            async with asyncio.timeout(300):
                while len(latencies) < expected:
                    await arrived.wait()
                    arrived.clear()
            wall = time.perf_counter() - t0
            sampler.running = False
            await sampling
            receiving.cancel()
            for task in draining:
                task.cancel()
    finally:
        process.terminate()
        process.wait(30)
    ordered = sorted(latencies)

    def pct(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 3)

    idle_total = idle_server + idle_workers
    return {
        "concurrency": args.concurrency,
        "photos": len(ordered),
        "workers": args.workers,
        "photo_bytes": len(photo),
        "photo_pixels": "4000x3000",
        "wall_seconds": round(wall, 2),
        "photos_per_second": round(len(ordered) / wall, 3),
        "latency_seconds": {
            "p50": pct(0.5),
            "p90": pct(0.9),
            "p99": pct(0.99),
            "max": round(ordered[-1], 3),
            "mean": round(statistics.mean(ordered), 3),
        },
        "rss_kib": {
            "idle_server": idle_server,
            "idle_workers": idle_workers,
            "peak_server": sampler.peak_server,
            "peak_workers": sampler.peak_workers,
            "peak_total": sampler.peak_total,
            "per_concurrent_upload": round((sampler.peak_total - idle_total) / args.concurrency),
            # The server's own part: the bodies held while they wait for a worker.
            "per_concurrent_upload_server": round(
                (sampler.peak_server - idle_server) / args.concurrency
            ),
        },
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
        },
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, default=4, help="senders at once")
    parser.add_argument("--photos", type=int, default=5, help="photos per sender")
    parser.add_argument("--workers", type=int, default=1, help="media.workers of the server")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"media-upload-c{args.concurrency}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
