"""Risk detector on any list of splits: per-label precision / recall / F1 of the rules
alone (the regex-only baseline), rules + the n-gram head (``model = true``) and, with
``--use``, rules + the USE-embedding head; latency per message on one core.

    flock /tmp/papote-bench.lock /work/wt/bench-prio .venv/bin/python bench/detect_eval.py \
        [--split data/risk/dev.jsonl --split 'data/risk/written/*-dev*.jsonl' ...]
        [--use] [--rules-only] [--repeat 3] [--no-latency]

A split may be a glob ('data/risk/written/other-dev-*.jsonl', quoted): its files are scored as
one split. Default splits: data/risk/dev.jsonl, data/risk/heldout.jsonl and the hand-written
dev parts ('data/risk/written/*-dev*.jsonl').

Writes bench/results/detect_eval-<UTC time>.json (scores per split and detector, the rows
each got wrong, latency). Pins itself to one CPU and one BLAS thread, so the latency is what
one worker core pays per message.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import datetime as dt
import json
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from papote.detect.evaluate import judge_row, score
from papote.detect.model import EmbeddingRiskDetector, NgramRiskDetector
from papote.detect.ngram import NgramHead
from papote.detect.phones import is_phone
from papote.domain.risk.detector import RuleDetector
from papote.domain.risk.rules import LABELS
from papote.ports import RiskDetector

ROOT = Path(__file__).resolve().parent.parent


def evaluate(detector: RiskDetector, rows: list[dict[str, Any]]) -> dict[str, Any]:
    gold: list[list[str]] = []
    pred: list[tuple[str, ...]] = []
    alerts = alerts_right = 0
    errors = []
    for row in rows:
        verdict = judge_row(detector, row)
        gold.append(row["labels"])
        pred.append(verdict.labels)
        if "turns" in row and row.get("alert_turn") is not None:
            alerts += 1
            alerts_right += verdict.alert_turn == row["alert_turn"]
        if set(verdict.labels) != set(row["labels"]):
            text = row.get("text") or [t["text"] for t in row["turns"]]
            errors.append(
                {"id": row["id"], "gold": row["labels"], "got": list(verdict.labels), "text": text}
            )
    per_label = score(gold, pred)
    return {
        "per_label": per_label,
        "macro_f1": round(statistics.mean(v["f1"] for v in per_label.values()), 3),
        "conversations_alert_turn_exact": f"{alerts_right}/{alerts}",
        "errors": errors,
    }


def latency(detector: RiskDetector, texts: list[str], repeat: int) -> dict[str, float]:
    detector.analyse("bonjour")  # warm
    times = []
    for _ in range(repeat):
        for text in texts:
            t0 = time.perf_counter()
            detector.analyse(text)
            times.append(time.perf_counter() - t0)
    times.sort()
    return {
        "messages": len(times),
        "p50_ms": round(times[len(times) // 2] * 1000, 3),
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))] * 1000, 3),
        "mean_ms": round(statistics.mean(times) * 1000, 3),
    }


def table(name: str, result: dict[str, Any], detectors: list[str]) -> None:
    print(f"{name}: {result['messages']} messages, {result['conversations']} conversations")
    print(f"{'label':20} " + " ".join(f"{d + ' P/R/F1':>22}" for d in detectors) + " support")
    for label in LABELS:
        cells = []
        for d in detectors:
            v = result[d]["per_label"][label]
            cells.append(f"{v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}  ")
        print(
            f"{label:20} "
            + " ".join(cells)
            + f" {result[detectors[0]]['per_label'][label]['support']}"
        )
    for detector in detectors:
        report = result[detector]
        print(f"{detector}: macro F1 {report['macro_f1']}, alert turn exact "
              f"{report['conversations_alert_turn_exact']}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--split",
        type=Path,
        action="append",
        help="a JSONL split or a quoted glob of files scored as one, repeatable "
        "(default: data/risk/dev.jsonl, heldout.jsonl, 'written/*-dev*.jsonl')",
    )
    parser.add_argument("--use", action="store_true", help="rules + the USE head as well")
    parser.add_argument("--repeat", type=int, default=3, help="latency passes over the messages")
    parser.add_argument("--no-latency", action="store_true", help="scores only")
    parser.add_argument(
        "--rules-only", action="store_true", help="the rule detector alone (no model load)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument(
        "--ngram-head", type=Path, help="an n-gram head file to use instead of the shipped one"
    )
    args = parser.parse_args()
    splits: list[Path] = args.split or [
        ROOT / "data/risk/dev.jsonl",
        ROOT / "data/risk/heldout.jsonl",
        ROOT / "data/risk/written/*-dev*.jsonl",
    ]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    t0 = time.perf_counter()
    detectors: dict[str, RiskDetector] = {"rules_only": RuleDetector(is_phone=is_phone)}
    if not args.rules_only:
        head = NgramHead.load(args.ngram_head) if args.ngram_head else None
        detectors["rules_plus_ngram"] = NgramRiskDetector(head)
        if args.use:
            detectors["rules_plus_use"] = EmbeddingRiskDetector()
    load_s = time.perf_counter() - t0
    result: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpu": platform.processor() or platform.machine(),
        "model_load_s": round(load_s, 2),
        "versions": {name: d.version for name, d in detectors.items()},
        "splits": {},
    }
    latency_texts: list[str] = []
    for split in splits:
        base = Path(split.anchor) if split.is_absolute() else ROOT
        rel = str(split.relative_to(base)) if split.is_absolute() else str(split)
        files = sorted(base.glob(rel)) if "*" in rel else [split]
        if not files:
            parser.error(f"no file matches {split}")
        rows = [json.loads(x) for f in files for x in f.read_text().splitlines() if x.strip()]
        texts = [r["text"] for r in rows if "text" in r]
        latency_texts += texts
        name = str(split.relative_to(ROOT)) if split.is_relative_to(ROOT) else str(split)
        entry: dict[str, Any] = {
            "rows": len(rows),
            "messages": len(texts),
            "conversations": len(rows) - len(texts),
        }
        for detector_name, detector in detectors.items():
            entry[detector_name] = evaluate(detector, rows)
        result["splits"][name] = entry
        table(name, entry, list(detectors))
    if not args.no_latency:
        result["latency_one_core"] = {}
        for detector_name, detector in detectors.items():
            lat = latency(detector, latency_texts, args.repeat)
            result["latency_one_core"][detector_name] = lat
            print(f"{detector_name}: latency p50 {lat['p50_ms']} ms, p99 {lat['p99_ms']} ms "
                  f"per message over {lat['messages']} (one core, one BLAS thread)")  # fmt: skip
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = args.out / f"detect_eval-{stamp}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
