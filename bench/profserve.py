"""Run ``papote serve`` with a profiler that the bench switches on and off per phase.

``bench/load.py --profile-phase join`` (or ``say``) starts the server through this
wrapper and sends it SIGUSR1 when the phase starts and SIGUSR2 when it ends: only that
phase is profiled, not the start-up, the entries and the connects around it. The report
goes to ``PAPOTE_PROFILE_OUT``; ``PAPOTE_PROFILER`` chooses the profiler:

- ``pyinstrument`` (default): sampling, low overhead, shares of the event-loop thread's
  wall time (time the loop waits for work is under ``select``);
- ``cprofile``: deterministic, exact call counts (how many frames, flushes, tasks per
  join or per ``say``), but every call costs more: its times overstate small functions;
- ``trace``: no profiler: bench/latency_trace.py stamps each bench message on its way
  through the server (read, checked, committed, published, written) and writes the
  percentiles of each step as JSON.

A profile says where the time goes, not how much there is: the profiler costs time too,
so its figures are never published as the server's.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import runpy
import signal
import sys
import time
from types import FrameType
from typing import Any


def main() -> None:
    out = os.environ.get("PAPOTE_PROFILE_OUT", "profile.txt")
    kind = os.environ.get("PAPOTE_PROFILER", "pyinstrument")
    state: dict[str, Any] = {}
    if kind == "trace":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import latency_trace

        latency_trace.install()

    def start(signum: int, frame: FrameType | None) -> None:
        if state:
            return
        if kind == "trace":
            latency_trace.start()
            state["prof"] = kind
            return
        if kind == "cprofile":
            prof = cProfile.Profile(time.process_time)  # CPU, not the neighbours
            prof.enable()
        else:
            from pyinstrument import Profiler

            prof = Profiler(interval=0.0005, async_mode="disabled")
            prof.start()
        state["prof"] = prof

    def stop(signum: int, frame: FrameType | None) -> None:
        prof = state.pop("prof", None)
        if prof is None:
            return
        if kind == "trace":
            latency_trace.stop(out)
            return
        if kind == "cprofile":
            prof.disable()
            text = io.StringIO()
            stats = pstats.Stats(prof, stream=text)
            stats.sort_stats("tottime").print_stats(60)
            stats.sort_stats("cumulative").print_stats(80)
            stats.dump_stats(out + ".pstats")
            report = text.getvalue()
        else:
            prof.stop()
            report = prof.output_text(unicode=True, color=False, show_all=False)
        with open(out, "w", encoding="utf-8") as f:
            f.write(report)

    signal.signal(signal.SIGUSR1, start)
    signal.signal(signal.SIGUSR2, stop)
    sys.argv = ["papote", *sys.argv[1:]]
    runpy.run_module("papote", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
