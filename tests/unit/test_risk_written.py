"""The hand-written child-safety corpus (data/risk/written/) is exactly what its generator
writes, is split by voice, and keeps its promises (fake numbers, example.test, labels)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

from papote.detect.learn import is_dev
from papote.domain.risk.rules import LABELS
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
WRITTEN = ROOT / "data/risk/written"


def _generator() -> ModuleType:
    return load_script("make_risk_written")


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (WRITTEN / name).read_text().splitlines()]


def test_files_are_what_the_generator_writes() -> None:
    built = _generator().build()
    assert sorted(built) == sorted(["child-dev.jsonl", "child-dev-2.jsonl", "child-train.jsonl"])
    # the held-back parts are named so that the heads' training leaves them out
    assert [n for n in sorted(built) if is_dev(WRITTEN / n)] == [
        "child-dev-2.jsonl",
        "child-dev.jsonl",
    ]
    for name, text in built.items():
        assert (WRITTEN / name).read_text() == text, name


def test_split_by_voice_and_labels_known() -> None:
    gen = _generator()
    train, dev = _rows("child-train.jsonl"), _rows("child-dev.jsonl")
    dev2 = _rows("child-dev-2.jsonl")
    train_voices = {r["voice"] for r in train if r["kind"] != "conversation"}
    dev_voices = {r["voice"] for r in dev if r["kind"] != "conversation"}
    dev2_voices = {r["voice"] for r in dev2 if r["kind"] != "conversation"}
    assert dev_voices == set(gen.DEV_VOICES)
    assert dev2_voices == set(gen.DEV2_VOICES)
    assert not train_voices & dev_voices and not train_voices & dev2_voices
    assert not dev_voices & dev2_voices
    for row in train + dev + dev2:
        assert set(row["labels"]) <= set(LABELS)
        if row["kind"] == "conversation" and row["labels"]:
            assert isinstance(row["alert_turn"], int)
            assert 0 <= row["alert_turn"] < len(row["turns"])


def test_only_fake_contacts() -> None:
    for name in ("child-train.jsonl", "child-dev.jsonl", "child-dev-2.jsonl"):
        text = (WRITTEN / name).read_text()
        for mail in re.findall(r"[\w.]+@[\w.]+\.\w+", text):
            assert mail.endswith("@example.test"), mail
        for digits in re.findall(r"0[67](?:[ .-]?\d\d){4}", text):
            tail = re.sub(r"\D", "", digits)[2:]
            assert tail.startswith(("3998", "0000")), digits
