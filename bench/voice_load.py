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

``--browser-max`` adds plain-RTP peers encoded with ``opusenc`` (Debian package
``opus-tools``, installed with apt-get on first use if missing).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import secrets
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any, cast

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


def browser_cpu(janus_pid: int) -> float:
    """CPU seconds (user + system) of this bench's descendants but Janus: the Chromium
    processes playing the participants (their limit, not Janus's, may be what a step
    meets)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / TICK
    me, total = os.getpid(), 0.0
    for pid, cpu in times.items():
        up = parents.get(pid, 0)
        while up not in (0, 1, me, janus_pid):
            up = parents.get(up, 0)
        if up == me and pid != janus_pid:
            total += cpu
    return total


def opus_packets(directory: Path, speaking: bool) -> list[bytes]:
    """20 ms Opus packets (48 kHz mono, opusenc's default VBR) of a 440 Hz tone with
    beeps for a speaker (as Chromium's fake microphone), of silence for a listener."""
    rate, seconds = 48000, 4
    samples = bytearray()
    for i in range(rate * seconds):
        on = speaking and (i // (rate // 4)) % 4 != 3  # 250 ms pauses: turns
        value = int(8000 * math.sin(2 * math.pi * 440 * i / rate)) if on else 0
        samples += struct.pack("<h", value)
    wav, ogg = directory / f"in-{speaking}.wav", directory / f"in-{speaking}.opus"
    with wave.open(str(wav), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(samples))
    if shutil.which("opusenc") is None:  # Debian's opus-tools, only for the plain-RTP peers
        subprocess.run(
            ["apt-get", "install", "-y", "--no-install-recommends", "opus-tools"], check=True
        )
    subprocess.run(
        ["opusenc", "--quiet", "--framesize", "20", "--bitrate", "24", str(wav), str(ogg)],
        check=True,
    )
    return ogg_packets(ogg.read_bytes())[2:]  # OpusHead and OpusTags first


def ogg_packets(data: bytes) -> list[bytes]:
    """The packets of an Ogg stream (RFC 3533: pages, lacing values)."""
    packets: list[bytes] = []
    partial = b""
    at = 0
    while at < len(data):
        assert data[at : at + 4] == b"OggS", "not an Ogg page"
        segments = data[at + 26]
        lacing = data[at + 27 : at + 27 + segments]
        body = at + 27 + segments
        for size in lacing:
            partial += data[body : body + size]
            body += size
            if size < 255:
                packets.append(partial)
                partial = b""
        at = body
    return packets


def host_ip() -> str:
    """The address AudioBridge's plain-RTP sockets bind to (its ``local_ip``: the
    machine's first non-loopback address, as Janus detects it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.254", 9))  # no packet is sent: the route picks the source
        return str(probe.getsockname()[0])


HOST_IP = host_ip()


class RtpPeer(asyncio.DatagramProtocol):
    """A plain-RTP AudioBridge participant (no ICE, DTLS or SRTP): sends its Opus
    packets every 20 ms and counts the mix it receives."""

    def __init__(self, packets: list[bytes], ssrc: int) -> None:
        self.packets, self.ssrc = packets, ssrc
        self.transport: asyncio.DatagramTransport | None = None
        self.to: tuple[str, int] | None = None
        self.sent = self.rx = self.got = 0
        self.last_seq: int | None = None
        self.lost = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        if len(data) < 12 or 72 <= data[1] & 0x7F <= 76:  # RTCP (RFC 5761: 72-76)
            return
        self.rx += len(data) - 12
        self.got += 1
        seq = struct.unpack_from("!H", data, 2)[0]
        if self.last_seq is not None:
            gap = (seq - self.last_seq) & 0xFFFF
            if 1 < gap < 1000:
                self.lost += gap - 1
        self.last_seq = seq

    def send(self, n: int) -> None:
        if self.transport is None or self.to is None:
            return
        payload = self.packets[n % len(self.packets)]
        header = struct.pack("!BBHII", 0x80, 111, n & 0xFFFF, (n * 960) & 0xFFFFFFFF, self.ssrc)
        self.transport.sendto(header + payload, self.to)
        self.sent += 1


async def rtp_clock(peers: list[RtpPeer], stop: asyncio.Event) -> None:
    """Send every peer's next packet every 20 ms (catching up after a late tick)."""
    start, n = time.monotonic(), 0
    while not stop.is_set():
        for peer in peers:
            peer.send(n)
        n += 1
        await asyncio.sleep(max(0.0, start + n * 0.02 - time.monotonic()))


async def join_rtp(
    media: JanusMediaServer, room: str, pid: str, peer: RtpPeer, muted: bool
) -> None:
    """Join ``room`` as a plain-RTP participant (Janus answers with where to send)."""
    loop = asyncio.get_running_loop()
    await loop.create_datagram_endpoint(lambda: peer, local_addr=(HOST_IP, 0))
    assert peer.transport is not None
    port = peer.transport.get_extra_info("sockname")[1]
    token = await media.authorise(room, pid)
    handle = await media.client.attach()
    data, _ = await media.client.message(
        handle,
        {
            "request": "join",
            "room": room,
            "id": pid,
            "display": pid,
            "token": token,
            "muted": muted,
            "rtp": {"ip": HOST_IP, "port": port, "payload_type": 111, "fec": False},
        },
    )
    rtp = data["rtp"]
    peer.to = (str(rtp["ip"]), int(rtp["port"]))


def progress(line: str) -> None:
    """Where a step is (stderr): a run stopped by its time bound says how far it got."""
    print(line, file=sys.stderr, flush=True)


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
    args: argparse.Namespace,
    packets: dict[bool, list[bytes]],
) -> dict[str, Any]:
    size, seconds, speakers, core = args.room_size, args.seconds, args.speakers, args.core
    rooms = [f"salon:bench-{secrets.token_hex(4)}" for _ in range((total + size - 1) // size)]
    for room in rooms:
        await media.create_room(room, allow_rtp_participants=True)
    speaking = [i % size < speakers for i in range(total)]
    # The first `browser_max` participants are WebRTC peers in Chromium; the rest are
    # plain-RTP peers of this process (`--browser-max`: Chromium's own CPU is the limit).
    in_browser = min(total, args.browser_max)
    offers: list[str] = []
    started = time.monotonic()
    while len(offers) < in_browser:
        n = min(25, in_browser - len(offers))
        offers += await page.evaluate(OPEN, [n, speaking[len(offers) : len(offers) + n]])
        progress(f"{total}: {len(offers)} offers made ({time.monotonic() - started:.1f} s)")
    joined_at = time.monotonic()
    for i, offer in enumerate(offers):
        room = rooms[i // size]
        token = await media.authorise(room, f"p{i}")
        answer = await media.join(room, f"p{i}", f"p{i}", 0, token, offer, not speaking[i])
        await page.evaluate(ANSWER, [i, answer])
        if (i + 1) % 25 == 0:
            progress(f"{total}: {i + 1} joined ({time.monotonic() - joined_at:.1f} s)")
    peers = [RtpPeer(packets[speaking[i]], 0x5000 + i) for i in range(in_browser, total)]
    for i, peer in enumerate(peers, start=in_browser):
        await join_rtp(media, rooms[i // size], f"p{i}", peer, not speaking[i])
    stop = asyncio.Event()
    clock = asyncio.create_task(rtp_clock(peers, stop))
    if peers:
        progress(f"{total}: {len(peers)} plain-RTP peers joined")
    join_seconds = time.monotonic() - joined_at
    deadline = time.monotonic() + 30
    while await page.evaluate(CONNECTED) < in_browser and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.2)
    connected = await page.evaluate(CONNECTED)
    progress(f"{total}: {connected} connected ({time.monotonic() - joined_at:.1f} s)")
    await asyncio.sleep(3)  # warm up: jitter buffers, mixer
    pid = janus.process.pid
    _, log_at = starved(janus, 0)
    load_before = os.getloadavg()[0]
    stats_at = time.monotonic()
    before, cpu0, t0 = await page.evaluate(STATS), janus_cpu(pid), time.monotonic()
    wait0, busy0, browser0 = janus_waited(pid), core_busy(core), browser_cpu(pid)
    rtp0 = [(p.rx, p.got, p.lost, p.sent) for p in peers]
    progress(f"{total}: window starts (stats read in {time.monotonic() - stats_at:.1f} s)")
    await asyncio.sleep(seconds)
    after, cpu1, t1 = await page.evaluate(STATS), janus_cpu(pid), time.monotonic()
    wait1, busy1, browser1 = janus_waited(pid), core_busy(core), browser_cpu(pid)
    rtp1 = [(p.rx, p.got, p.lost, p.sent) for p in peers]
    stop.set()
    await clock
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
    rtp_rx = sorted((a[0] - b[0]) * 8 / elapsed / 1000 for a, b in zip(rtp1, rtp0, strict=True))
    rtp_got = sum(a[1] - b[1] for a, b in zip(rtp1, rtp0, strict=True))
    rtp_pps = sorted((a[1] - b[1]) / elapsed for a, b in zip(rtp1, rtp0, strict=True))
    rtp_lost = sum(a[2] - b[2] for a, b in zip(rtp1, rtp0, strict=True))
    rtp_sent_pps = sum(a[3] - b[3] for a, b in zip(rtp1, rtp0, strict=True)) / elapsed
    await page.evaluate(CLOSE)
    for peer in peers:
        if peer.transport is not None:
            peer.transport.close()
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
        "browser_cpu_share": round((browser1 - browser0) / elapsed, 3),
        "others_on_janus_core_share": round(((busy1 - busy0) - (cpu1 - cpu0)) / elapsed, 3),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "janus_cpu_ms_per_participant_second": round((cpu1 - cpu0) / elapsed / total * 1000, 2),
        "webrtc_participants": in_browser,
        "plain_rtp_participants": len(peers),
    }
    if peers:
        result["plain_rtp"] = {
            "rx_kbps_per_participant": {
                "min": round(rtp_rx[0], 1),
                "median": round(rtp_rx[len(rtp_rx) // 2], 1),
            },
            # 50 a second when Janus encodes every 20 ms frame of the mix for everyone
            "rx_packets_per_s_per_participant": {
                "min": round(rtp_pps[0], 1),
                "median": round(rtp_pps[len(rtp_pps) // 2], 1),
            },
            "loss_ratio": round(rtp_lost / max(1, rtp_got + rtp_lost), 4),
            "sent_packets_per_s": round(rtp_sent_pps, 1),
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
    packets = {speaking: opus_packets(directory, speaking) for speaking in (True, False)}
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
                    results.append(await step(page, media, janus, total, args, packets))
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
        "browser_max": args.browser_max,
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
    parser.add_argument(
        "--browser-max",
        type=int,
        default=10_000,
        help="at most this many WebRTC peers in Chromium; the rest join as plain-RTP peers",
    )
    parser.add_argument("--out", default="voice-load.json")
    asyncio.run(main(parser.parse_args()))
