"""CPU per message of the salon screen on the send path (docs/detection.md "Held
messages"): the rule detector's reading plus the hold decision, as ChatService.say_soon
pays it for every salon and private-room message. CPU time (process_time), not wall
clock, so a busy machine changes it less; the load average is written beside it.

    flock /tmp/papote-bench.lock .venv/bin/python bench/screen_cost.py \
        --out bench/results/detect-screen-cost.json
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from papote.detect.phones import is_phone
from papote.domain.risk.detector import RuleDetector
from papote.domain.risk.hold import held_value, labels_to_hold

HOLD = frozenset({"scam_spam", "prostitution", "drugs"})
ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    rules = RuleDetector(is_phone=is_phone)

    def screen(text: str) -> str | None:
        analysis = rules.analyse(text)
        return held_value(labels_to_hold(analysis.labels(), HOLD, 0.5))

    # What bench/load.py says (a send time and padding), and the dev split's chat lines.
    load_texts = [f"{1733212345678901234 + i} " + "x" * 20 for i in range(args.messages)]
    rows = map(json.loads, (ROOT / "data/risk/dev.jsonl").open(encoding="utf-8"))
    dev_texts = [r["text"] for r in rows if "text" in r][: args.messages]
    result: dict[str, object] = {"loadavg_at_start": os.getloadavg()}
    for name, texts in (("bench_load_text", load_texts), ("dev_split_messages", dev_texts)):
        for text in texts[:50]:
            screen(text)
        started = time.process_time()
        for text in texts:
            screen(text)
        spent = time.process_time() - started
        result[name] = {
            "messages": len(texts),
            "cpu_us_per_message": round(spent / len(texts) * 1e6, 1),
        }
    result["loadavg_at_end"] = os.getloadavg()
    print(json.dumps(result))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
