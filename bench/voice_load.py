"""How many voice-salon participants one Janus on one core carries (docs/performance.md
"Voice salons").

A private Janus (papote.voice.janus_process, the same generated config as `papote serve`)
is pinned to one core with ``taskset``; participants are RTCPeerConnections in one headless
Chromium page (Debian's /usr/bin/chromium, fake microphone: a tone with beeps), each joined
through the Janus adapter Papote uses (papote.voice.janus: room, one-time token, join with
the browser's offer), in rooms of ``--room-size`` (the salons' cap, 25). For each total of
participants it measures, over ``--seconds``: Janus's CPU (utime+stime from /proc, as a
share of one core), how much of Janus's core everything else used meanwhile (/proc/stat:
zero on an idle core), how long Janus's threads waited for a CPU (run-queue delay summed
over its threads, /proc/<pid>/task/*/schedstat: its own threads queue behind each other on
one core too), each participant's received and sent audio bitrate and loss
(RTCPeerConnection.getStats), and Janus's RSS. Writes JSON under bench/results/.

On a shared machine, ``--janus-nice -10`` runs Janus ahead of the others' niced work on
its core (as a dedicated media host would), and ``--browser-core 0`` keeps the Chromium
that plays the participants off Janus's core.

    flock /tmp/papote-bench.lock .venv/bin/python bench/voice_load.py --totals 25,50,75,100
    flock /tmp/papote-bench.lock .venv/bin/python bench/voice_load.py --totals 25,50,100 \
        --speakers 3 --out voice-load-3-speakers.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import secrets
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.async_api import Page, async_playwright

from papote.voice.janus import JanusMediaServer
from papote.voice.janus_process import JanusProcess, start_janus

RESULTS = Path(__file__).parent / "results"
TICK = os.sysconf("SC_CLK_TCK")

OPEN = """async ([n, speaking]) => {
  window.peers = window.peers || [];
  const stream = await navigator.mediaDevices.getUserMedia({audio: true});
  const one = async (i) => {
    const pc = new RTCPeerConnection();
    const track = stream.getAudioTracks()[0].clone();
    track.enabled = speaking[i];  // a listener sends silence (as a muted browser does)
    pc.addTrack(track, stream);
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise((r) => {
      if (pc.iceGatheringState === "complete") return r();
      pc.onicegatheringstatechange = () => pc.iceGatheringState === "complete" && r();
      setTimeout(r, 2000);
    });
    return pc;
  };
  const made = await Promise.all([...Array(n).keys()].map(one));
  window.peers.push(...made);
  return made.map((pc) => pc.localDescription.sdp);
}"""
ANSWER = (
    """async ([i, sdp]) => { await window.peers[i].setRemoteDescription({type: "answer", sdp}); }"""
)
CONNECTED = """() => window.peers.filter((pc) => pc.connectionState === "connected").length"""
STATS = """async () => Promise.all(window.peers.map(async (pc) => {
  const out = {rx: 0, tx: 0, lost: 0, got: 0, jitter: 0};
  (await pc.getStats()).forEach((r) => {
    if (r.type === "inbound-rtp" && r.kind === "audio") {
      out.rx += r.bytesReceived; out.lost += r.packetsLost; out.got += r.packetsReceived;
      out.jitter = r.jitter;
    }
    if (r.type === "outbound-rtp" && r.kind === "audio") out.tx += r.bytesSent;
  });
  return out;
}))"""
CLOSE = """() => { for (const pc of window.peers) pc.close(); window.peers = []; }"""


def janus_cpu(pid: int) -> float:
    """CPU seconds (user + system) of the Janus process, all threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def janus_waited(pid: int) -> float:
    """Seconds Janus's threads (live ones) spent runnable but waiting for a CPU."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[1])
        except (OSError, IndexError, ValueError):  # a thread that just ended
            continue
    return total / 1e9


def core_busy(core: int) -> float:
    """Seconds core ``core`` spent running anything (all but idle and iowait)."""
    for line in Path("/proc/stat").read_text().splitlines():
        if line.startswith(f"cpu{core} "):
            ticks = [int(x) for x in line.split()[1:]]
            return (sum(ticks) - ticks[3] - ticks[4]) / TICK
    raise ValueError(f"no cpu{core} in /proc/stat")


def janus_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def starved(janus: JanusProcess, offset: int) -> tuple[int, int]:
    """Janus's "too old outgoing packet" warnings since ``offset`` in its log (it could
    not keep up: not enough CPU), and the log's new size."""
    data = janus.log_path.read_bytes()
    return data[offset:].count(b"Discarding too old outgoing packet"), len(data)


async def step(
    page: Page,
    media: JanusMediaServer,
    janus: JanusProcess,
    total: int,
    size: int,
    seconds: float,
    speakers: int,
    core: int,
) -> dict[str, Any]:
    rooms = [f"salon:bench-{secrets.token_hex(4)}" for _ in range((total + size - 1) // size)]
    for room in rooms:
        await media.create_room(room)
    speaking = [i % size < speakers for i in range(total)]
    offers: list[str] = []
    while len(offers) < total:
        n = min(25, total - len(offers))
        offers += await page.evaluate(OPEN, [n, speaking[len(offers) : len(offers) + n]])
    joined_at = time.monotonic()
    for i, offer in enumerate(offers):
        room = rooms[i // size]
        token = await media.authorise(room, f"p{i}")
        answer = await media.join(room, f"p{i}", f"p{i}", 0, token, offer, not speaking[i])
        await page.evaluate(ANSWER, [i, answer])
    join_seconds = time.monotonic() - joined_at
    deadline = time.monotonic() + 30
    while await page.evaluate(CONNECTED) < total and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.2)
    connected = await page.evaluate(CONNECTED)
    await asyncio.sleep(3)  # warm up: jitter buffers, mixer
    pid = janus.process.pid
    _, log_at = starved(janus, 0)
    load_before = os.getloadavg()[0]
    before, cpu0, t0 = await page.evaluate(STATS), janus_cpu(pid), time.monotonic()
    wait0, busy0 = janus_waited(pid), core_busy(core)
    await asyncio.sleep(seconds)
    after, cpu1, t1 = await page.evaluate(STATS), janus_cpu(pid), time.monotonic()
    wait1, busy1 = janus_waited(pid), core_busy(core)
    late_packets, _ = starved(janus, log_at)
    elapsed = t1 - t0
    rx = sorted(
        (a["rx"] - b["rx"]) * 8 / elapsed / 1000 for a, b in zip(after, before, strict=True)
    )
    tx = sorted(
        (a["tx"] - b["tx"]) * 8 / elapsed / 1000 for a, b in zip(after, before, strict=True)
    )
    got = sum(a["got"] - b["got"] for a, b in zip(after, before, strict=True))
    lost = sum(a["lost"] - b["lost"] for a, b in zip(after, before, strict=True))
    await page.evaluate(CLOSE)
    for room in rooms:
        await media.destroy_room(room)
    result = {
        "participants": total,
        "speakers": sum(speaking),
        "rooms": len(rooms),
        "connected": connected,
        "join_seconds_all": round(join_seconds, 2),
        "janus_cpu_share_of_one_core": round((cpu1 - cpu0) / elapsed, 3),
        "janus_rss_mb": round(janus_rss_mb(pid), 1),
        "rx_kbps_per_participant": {"min": round(rx[0], 1), "median": round(rx[len(rx) // 2], 1)},
        "tx_kbps_per_participant_median": round(tx[len(tx) // 2], 1),
        "loss_ratio": round(lost / max(1, got + lost), 4),
        "jitter_s_last": round(max(a["jitter"] for a in after), 4),
        "janus_late_packets_dropped": late_packets,
        "janus_threads_runqueue_wait_s_per_s": round((wait1 - wait0) / elapsed, 3),
        "others_on_janus_core_share": round(((busy1 - busy0) - (cpu1 - cpu0)) / elapsed, 3),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "janus_cpu_ms_per_participant_second": round((cpu1 - cpu0) / elapsed / total * 1000, 2),
    }
    print(json.dumps(result), flush=True)
    return result


async def main(args: argparse.Namespace) -> None:
    totals = [int(x) for x in args.totals.split(",")]
    directory = Path(tempfile.mkdtemp(prefix="papote-bench-janus-"))
    if args.browser_core is not None:  # Chromium (started below) inherits it
        os.sched_setaffinity(0, {args.browser_core})
    wrapper: tuple[str, ...] = ("taskset", "-c", str(args.core))
    if args.janus_nice:
        wrapper = ("nice", "-n", str(args.janus_nice), *wrapper)
    janus = start_janus(directory, wrapper=wrapper)
    media = JanusMediaServer(janus.config, sampling_rate=args.rate)
    await media.start(lambda _event: None)
    results = []
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=[
                    "--no-sandbox",
                    "--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream",
                    "--allow-loopback-in-peer-connection",
                ],
            )
            page = await browser.new_page()
            await page.route("http://127.0.0.1:9/", lambda r: r.fulfill(body="<html></html>"))
            await page.goto("http://127.0.0.1:9/")
            for total in totals:
                try:
                    results.append(
                        await step(
                            page,
                            media,
                            janus,
                            total,
                            args.room_size,
                            args.seconds,
                            args.speakers,
                            args.core,
                        )
                    )
                except Exception as exc:  # Janus starved or the browser gave up: say so
                    results.append({"participants": total, "failed": repr(exc)})
                    print(json.dumps(results[-1]), flush=True)
                    break
                finally:
                    write(args, results)  # what was measured survives a later step's end
            await browser.close()
    finally:
        await media.close()
        janus.stop()
        shutil.rmtree(directory, ignore_errors=True)
    print(f"wrote {RESULTS / args.out}")


def write(args: argparse.Namespace, results: list[dict[str, Any]]) -> None:
    out = {
        "bench": "voice_load",
        "janus": "1.1.2 (Debian), AudioBridge, pinned with taskset to one core",
        "janus_core": args.core,
        "janus_nice": args.janus_nice,
        "browser_core": args.browser_core,
        "sampling_rate": args.rate,
        "speakers_per_room": args.speakers,
        "room_size": args.room_size,
        "seconds": args.seconds,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "load_average_at_end": os.getloadavg(),
        "results": results,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / args.out).write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--totals", default="25,50,100")
    parser.add_argument("--room-size", type=int, default=25)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=int, default=16000)
    parser.add_argument("--core", type=int, default=1)
    parser.add_argument("--janus-nice", type=int, default=0, help="nice value for Janus")
    parser.add_argument(
        "--browser-core", type=int, default=None, help="pin the bench and its Chromium here"
    )
    parser.add_argument(
        "--speakers", type=int, default=25, help="unmuted participants per room (the rest listen)"
    )
    parser.add_argument("--out", default="voice-load.json")
    asyncio.run(main(parser.parse_args()))
