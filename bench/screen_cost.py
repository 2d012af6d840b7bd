"""CPU per message of the salon screen on the send path (docs/detection.md "Held
messages"): the rule detector's reading plus the hold decision, as ChatService.say_soon
pays it for every salon and private-room message. CPU time (process_time), not wall
clock, so a busy machine changes it less; the load average is written beside it.

    flock /tmp/papote-bench.lock .venv/bin/python bench/screen_cost.py \
        --out bench/results/detect-screen-cost.json

``--data-risk`` adds every text line and turn of data/risk and heldout-5's text lines
(session 8: "the rule screen's cost" in docs/performance.md).
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


def _data_risk() -> list[str]:
    texts = []
    for path in sorted((ROOT / "data/risk").glob("**/*.jsonl")):
        if path.name == "heldout-2.jsonl":
            continue
        for row in map(json.loads, path.open(encoding="utf-8")):
            texts += [row["text"]] if "text" in row else []
            texts += [turn["text"] for turn in row.get("turns", ())]
    return texts


def _heldout5() -> list[str]:
    rows = map(json.loads, (ROOT / "data/risk/heldout-5.jsonl").open(encoding="utf-8"))
    return [r["text"] for r in rows if "text" in r]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--out", default="")
    parser.add_argument("--data-risk", action="store_true", help="and data/risk's texts")
    args = parser.parse_args()
    rules = RuleDetector(is_phone=is_phone)

    def screen(text: str) -> str | None:
        analysis = rules.analyse(text)
        return held_value(labels_to_hold(analysis.labels(), HOLD, 0.5))

    # What bench/load.py says (a send time and padding), a load client's line with words,
    # the dev split's chat lines, and (--data-risk) every text line and conversation turn
    # of data/risk (heldout-2 left unread, as by the tests) and heldout-5's text lines.
    load_texts = [f"{1733212345678901234 + i} " + "x" * 20 for i in range(args.messages)]
    word_texts = [
        f"{1764806400000 + i} bench message number {i % 10} from sender"
        for i in range(args.messages)
    ]
    rows = map(json.loads, (ROOT / "data/risk/dev.jsonl").open(encoding="utf-8"))
    dev_texts = [r["text"] for r in rows if "text" in r][: args.messages]
    sets = [
        ("bench_load_text", load_texts),
        ("bench_message_line", word_texts),
        ("dev_split_messages", dev_texts),
    ]
    if args.data_risk:
        sets += [("data_risk_lines_and_turns", _data_risk()), ("heldout5_text_lines", _heldout5())]
    result: dict[str, object] = {"loadavg_at_start": os.getloadavg()}
    for name, texts in sets:
        for text in texts:  # one pass first: caches, the phone metadata, the allocator
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
