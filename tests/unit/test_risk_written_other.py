"""The hand-written corpus of the non-child labels (data/risk/written/other-*.jsonl)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
MINE = ("harassment", "threat", "hate", "scam_spam", "prostitution", "drugs", "self_harm")


def _module() -> Any:
    return load_script("write_other_corpus")


def test_the_files_are_what_the_script_writes() -> None:
    built = _module().build()
    # other-*-6 and other-*-7 are independent writers' voices (sessions 6, 7), not the script's.
    on_disk = {
        p.stem
        for p in (ROOT / "data/risk/written").glob("other-*.jsonl")
        if not re.search(r"-\d+[a-z]?$", p.stem)
    }
    assert on_disk == set(built)
    for name, rows in built.items():
        lines = (ROOT / f"data/risk/written/{name}.jsonl").read_text().splitlines()
        assert [json.loads(x) for x in lines] == rows


def test_the_split_is_by_voice_and_every_label_has_positives_and_hard_negatives() -> None:
    module = _module()
    built = module.build()
    ids: set[str] = set()
    for name, rows in built.items():
        dev = name.startswith("other-dev-")
        for row in rows:
            assert (row["voice"] in module.DEV_VOICES) == dev
            assert row["id"] not in ids
            ids.add(row["id"])
    rows = [r for rs in built.values() for r in rs]
    for label in MINE:
        positives = [r for r in rows if r["kind"] == "positive" and label in r["labels"]]
        hard = [r for r in rows if r["kind"] == "hard_negative" and r["near"] == label]
        assert len(positives) >= 200 and len(hard) >= 200, label
        assert {r["voice"] for r in positives} & set(module.DEV_VOICES), label
    assert sum(r["kind"] == "conversation" for r in rows) >= 100


def test_links_and_numbers_are_fictional() -> None:
    for path in (ROOT / "data/risk/written").glob("other-*.jsonl"):
        text = path.read_text()
        for host in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
            assert host.rstrip(".").endswith("example.test"), host
        for number in re.findall(r"\b0[67](?:[ .]?\d\d){4}\b", text):
            digits = re.sub(r"\D", "", number)
            # the fiction blocks, or a number of zeros (the session-6 writers' "06 00 00 00 00")
            assert digits.startswith(("063998", "0700")) or set(digits[2:]) == {"0"}, number
