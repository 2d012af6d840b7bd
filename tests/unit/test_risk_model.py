"""The embedding head adapter, its shipped weights, its data, and `papote detect --jsonl`."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papote.cli import cmd_detect
from papote.detect.learn import corpus_digest, training_paths
from papote.detect.model import EmbeddingRiskDetector, Head, scaled, shipped_head, with_head
from papote.detect.phones import is_phone, parsed_is_phone
from papote.domain.risk.detector import THRESHOLD, analyse
from papote.domain.risk.rules import LABELS
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_head_matches_the_labels_and_the_training_data() -> None:
    head = shipped_head()
    assert head.labels == LABELS
    assert head.weights.shape == (len(LABELS), 512)
    assert head.bias.shape == head.thresholds.shape == (len(LABELS),)
    # use-head-2 was trained on the templates alone; scripts/train_risk.py --use trains
    # use-head-3 on every training file (docs/detection.md, "Classifier")
    if head.version.startswith("use-head-2:"):
        digest = hashlib.sha256((ROOT / "data/risk/train.jsonl").read_bytes()).hexdigest()[:8]
    else:
        digest = corpus_digest(ROOT, training_paths(ROOT))
    assert head.version.endswith(":" + digest)


def test_the_data_files_are_what_the_generator_writes() -> None:
    module = load_script("make_risk_data")  # it imports risk_templates
    for split, rows in module.build().items():
        lines = (ROOT / f"data/risk/{split}.jsonl").read_text().splitlines()
        assert [json.loads(x) for x in lines] == rows


def test_the_held_out_file_is_what_its_generator_writes() -> None:
    module = load_script("make_risk_heldout")
    rows = module.build()
    lines = (ROOT / "data/risk/heldout.jsonl").read_text().splitlines()
    assert [json.loads(x) for x in lines] == rows
    assert len(rows) > 2000 and len({r["id"] for r in rows}) == len(rows)


def test_the_second_held_out_file_is_what_its_generator_writes() -> None:
    module = load_script("make_risk_heldout2")
    rows = module.build()
    lines = (ROOT / "data/risk/heldout-2.jsonl").read_text().splitlines()
    assert [json.loads(x) for x in lines] == rows
    assert len({r["id"] for r in rows}) == len(rows)
    labels = {label for r in rows for label in r["labels"]}
    assert labels == set(LABELS)  # every label, and hard negatives for each
    negatives = {r["family"].split("/")[0] for r in rows if r["kind"] == "hard_negative"}
    assert negatives == set(LABELS)


def test_head_round_trips_through_npz(tmp_path: Path) -> None:
    head = Head(
        labels=("a", "b"),
        weights=np.ones((2, 512), dtype=np.float32),
        bias=np.zeros(2, dtype=np.float32),
        thresholds=np.array([0.5, 1.01], dtype=np.float32),
        version="test",
    )
    head.save(str(tmp_path / "h.npz"))
    again = Head.load(tmp_path / "h.npz")
    assert again.labels == head.labels and again.version == "test"
    x = np.zeros((1, 512), dtype=np.float32)
    assert np.allclose(again.probabilities(x), [[0.5, 0.5]])


@pytest.mark.parametrize(
    ("p", "t", "raised"), [(0.8, 0.7, True), (0.6, 0.7, False), (0.99, 1.01, False)]
)
def test_scaled_puts_the_threshold_on_the_detector_scale(p: float, t: float, raised: bool) -> None:
    assert (scaled(p, t) >= THRESHOLD) is raised
    assert 0.0 <= scaled(p, t) <= 1.0


def test_phone_check() -> None:
    assert is_phone("0612345678") and is_phone("+33612345678")
    assert is_phone("0639981234")  # ARCEP's fiction block counts as a number
    assert not is_phone("1234567890")
    assert not is_phone("20261202")
    assert is_phone("330612345678") and is_phone("0033612345678")  # 12 bare, 13 with 00
    assert not is_phone("1764791234567")  # a timestamp in milliseconds


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(["", "0", "33", "330", "06", "01", "32", "41", "1", "7"]),
    st.text("0123456789", min_size=6, max_size=15),
)
def test_long_bare_digit_runs_answer_as_phonenumbers_does(prefix: str, rest: str) -> None:
    digits = (prefix + rest)[:15]
    assert is_phone(digits) == parsed_is_phone(digits)


def test_embedding_detector_adds_model_scores(embedding_detector: EmbeddingRiskDetector) -> None:
    [a, b] = embedding_detector.analyse_batch(["j'ai 14 ans", "quelle belle journée"])
    assert "minor_disclosure" in a.labels()
    assert b.labels() == {}
    sources = {h.source for h in a.hits + b.hits}
    assert embedding_detector.head.version in sources  # below-threshold scores are kept
    assert embedding_detector.version.endswith(embedding_detector.head.version)


def test_detect_jsonl_text_and_turns(embedding_detector: EmbeddingRiskDetector) -> None:
    lines = [
        {"id": "m1", "text": "jsuis en 4e"},
        {"id": "m2", "text": "mon fils a 14 ans"},
        {"id": 3, "turns": [
            {"speaker": "A", "text": "t'as quel âge ?"},
            {"speaker": "B", "text": "treize"},
            {"speaker": "A", "text": "t'es trop mignonne, t'as snap ?"},
        ]},
    ]  # fmt: skip
    out = io.StringIO()
    source = io.StringIO("".join(json.dumps(x) + "\n" for x in lines))
    assert cmd_detect(source, out) == 0
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["m1", "m2", 3]
    assert rows[0]["labels"] == ["minor_disclosure"] and rows[0]["alert_turn"] is None
    assert rows[1]["labels"] == []
    assert rows[2]["labels"] == ["minor_disclosure", "grooming", "off_platform"]
    assert rows[2]["alert_turn"] == 1
    for row in rows:
        assert set(row) == {"id", "labels", "scores", "alert_turn"}
        assert set(row["scores"]) == set(LABELS)


def test_detect_jsonl_reports_bad_lines_and_goes_on() -> None:
    out = io.StringIO()
    source = io.StringIO('{"id": 1}\nnot json\n\n{"id": 2, "text": "ajoute moi sur snap"}\n')
    assert cmd_detect(source, out, rules_only=True) == 1
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert rows[0]["id"] == 1 and "error" in rows[0]
    assert "error" in rows[1]
    assert rows[2]["labels"] == ["off_platform"]


@pytest.mark.parametrize(("text", "raised"), [("moi !", False), ("ok", False), ("moi aussi", True)])
def test_the_head_raises_nothing_on_a_one_word_message(text: str, raised: bool) -> None:
    """ngram-3: a head at its threshold raises a label on two words or more, never on one
    ("moi !" in a game's lobby read as off_platform); its score is still kept to rank."""
    ones = [1.0] * len(LABELS)
    done = with_head(analyse(text), LABELS, ones, [0.5] * len(LABELS), "head-test")
    assert bool(done.labels()) == raised
    assert all(h.score >= 0.49 for h in done.hits if h.source == "head-test")
