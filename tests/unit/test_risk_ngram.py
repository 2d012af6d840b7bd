"""The n-gram head: its features, its training helpers, its shipped weights and data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from papote.detect.learn import (
    BURNED,
    HEAD_OFF,
    TEMPLATES,
    benign_capped,
    choose_threshold,
    corpus_digest,
    dev_capped,
    dev_paths,
    examples,
    fit_sparse,
    grouped_folds,
    is_dev,
    read_rows,
    training_paths,
)
from papote.detect.model import NgramRiskDetector, shipped_ngram_head
from papote.detect.ngram import BUCKETS, NgramHead, Sparse, features
from papote.domain.risk.normalize import normalise
from papote.domain.risk.rules import LABELS

ROOT = Path(__file__).resolve().parents[2]


def test_features_are_stable_distinct_and_never_empty() -> None:
    a = features("j'ai 14 ans")
    assert np.array_equal(a, features("j'ai 14 ans"))  # CRC-32: the same in every process
    assert len(a) == len(set(a.tolist())) and list(a) == sorted(a)
    assert ((a >= 0) & (a < BUCKETS)).all()
    assert len(features("")) == 1  # the "empty" feature: every row has one
    # glued and spaced typings share most of their n-grams
    glued, spaced = set(features("jai14ans").tolist()), set(features("j ai 14 ans").tolist())
    assert len(glued & spaced) >= 8


def test_sparse_rows_and_dot() -> None:
    x = Sparse.of(["bonjour", "ajoute moi sur snap"])
    assert x.rows == 2
    w = np.ones((BUCKETS, 3), dtype=np.float32)
    z = x.dot(w)
    # each row's values are 1/sqrt(count): the sum is sqrt(count)
    counts = np.diff(x.indptr)
    assert np.allclose(z[:, 0], np.sqrt(counts), rtol=1e-5)
    assert x.take(np.array([1])).rows == 1


def test_ngram_head_single_and_batch_agree_and_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    head = NgramHead(
        labels=("a", "b"),
        weights=rng.normal(0, 0.1, (BUCKETS, 2)).astype(np.float32),
        bias=np.array([0.1, -0.2], dtype=np.float32),
        thresholds=np.array([0.5, HEAD_OFF], dtype=np.float32),
        version="test",
    )
    one = head.probabilities(["t'as quel age"])
    both = head.probabilities(["t'as quel age", "bonne nuit"])
    assert np.allclose(one[0], both[0], atol=1e-6)
    head.save(str(tmp_path / "h.npz"))
    again = NgramHead.load(tmp_path / "h.npz")
    assert again.labels == head.labels and again.version == "test"
    # stored as float16: close, not equal
    assert np.allclose(again.probabilities(["bonne nuit"]), both[1:], atol=1e-3)


def test_fit_sparse_learns_a_word() -> None:
    texts = ["j'aime le foot", "le foot c'est bien", "il pleut", "quel temps", "foot ce soir"]
    y = np.array([[True], [True], [False], [False], [True]])
    w, b = fit_sparse(Sparse.of(texts), y, epochs=80)
    head = NgramHead(("foot",), w, b, np.array([0.5], dtype=np.float32), "t")
    p = head.probabilities(["match de foot", "il neige"])[:, 0]
    assert p[0] > 0.5 > p[1]


def test_choose_threshold_counts_only_what_the_head_adds() -> None:
    p = np.array([0.95] * 6 + [0.6] * 4 + [0.1] * 10)
    gold = np.array([True] * 6 + [False] * 4 + [False] * 10)
    rule = np.zeros(20, dtype=bool)
    assert choose_threshold(p, gold, rule) > 0.6  # at 0.6, 6 right and 4 wrong
    # the rules already raise the six: the head adds nothing right, it stays off
    assert choose_threshold(p, gold, gold.copy()) == HEAD_OFF
    # ... unless the head alone is counted: it is precise by itself from 0.95 down
    assert 0.6 < choose_threshold(p, gold, gold.copy(), policy="head") <= 1.0


def test_benign_capped_raises_the_threshold_until_benign_false_labels_fit() -> None:
    # 1,000 benign lines, three of them scored 0.9 and two 0.7 by the head, none positive
    p = np.zeros(1000)
    p[:3], p[3:5] = 0.9, 0.7
    gold = np.zeros(1000, dtype=bool)
    benign = np.ones(1000, dtype=bool)
    assert benign_capped(0.6, p, gold, benign, 5.0) == 0.6  # 5 false labels: within 5
    assert 0.7 < benign_capped(0.6, p, gold, benign, 3.0) <= 0.9  # the two at 0.7 go
    assert benign_capped(0.6, p, gold, benign, 2.0) > 0.9  # the three at 0.9 go too
    assert benign_capped(0.6, np.ones(1000), gold, benign, 1.0) == HEAD_OFF
    assert benign_capped(HEAD_OFF, p, gold, benign, 1.0) == HEAD_OFF


def test_dev_capped_raises_the_threshold_past_the_dev_parts_veto() -> None:
    """What the head adds to the rules on the dev parts: right at 0.95, two wrong at 0.8
    (right 1 in 3): a threshold of 0.6 is raised above 0.8, not switched off."""
    p = np.array([0.97, 0.95, 0.8, 0.8, 0.5, 0.1])
    gold = np.array([True, True, False, False, True, False])
    rule = np.zeros(6, dtype=bool)
    raised = dev_capped(0.6, p, gold, rule, max_wrong=1, min_precision=0.8)
    assert 0.8 < raised <= 0.95
    assert dev_capped(0.96, p, gold, rule, max_wrong=1, min_precision=0.8) == 0.96
    # a rule's own label is not the head's addition: no veto when the rules have them
    assert dev_capped(0.6, p, gold, p == 0.8, max_wrong=1, min_precision=0.8) == 0.6
    # vetoed at the top of the grid already: off
    assert dev_capped(0.6, np.ones(6), ~gold, rule, max_wrong=1, min_precision=0.8) == HEAD_OFF
    assert dev_capped(HEAD_OFF, p, gold, rule, max_wrong=1, min_precision=0.8) == HEAD_OFF


def test_grouped_folds_keep_voices_whole_and_train_on_templates() -> None:
    groups = [TEMPLATES] * 3 + [f"child/v{i}" for i in range(6) for _ in range(4)]
    groups += [f"benign/b{i}" for i in range(5) for _ in range(2)]
    folds = grouped_folds(groups, 3, seed=1)
    assert (folds[:3] == -1).all()
    for g in set(groups) - {TEMPLATES}:
        assert len({int(f) for f, h in zip(folds, groups, strict=True) if h == g}) == 1
    # every fold holds out voices of every source
    for k in range(3):
        held = {h.split("/")[0] for f, h in zip(folds, groups, strict=True) if f == k}
        assert held == {"child", "benign"}


def test_training_files_leave_the_dev_parts_and_heldout_out() -> None:
    train = training_paths(ROOT)
    dev = dev_paths(ROOT)
    assert train[0].name == "train.jsonl" and len(train) > 1 and dev
    assert not set(train) & set(dev)
    assert all(is_dev(p) for p in dev) and not any(is_dev(p) for p in train)
    # a blind set is never trained on until it is burned (scored, then committed)
    assert [p.name for p in train + dev if "heldout" in p.name] == list(BURNED)
    assert "heldout-2.jsonl" not in BURNED  # the second held-out is never read
    assert is_dev(Path("child-dev.jsonl")) and is_dev(Path("benign-dev-sophie.jsonl"))
    assert not is_dev(Path("benign-devon.jsonl"))


def test_benign_corpus_rows() -> None:
    paths = sorted((ROOT / "data/risk/written").glob("benign-*.jsonl"))
    rows = [json.loads(x) for p in paths for x in p.read_text().splitlines()]
    assert len(rows) >= 2500 and len({r["id"] for r in rows}) == len(rows)
    assert all(r["labels"] == [] and r["voice"] for r in rows)
    assert len({r["voice"] for r in rows}) >= 15
    ex = examples(read_rows(paths), LABELS)
    assert len(ex.texts) > len(rows) and not ex.y.any()  # benign turns count as negatives


def test_shipped_ngram_head_matches_the_labels_and_the_training_data() -> None:
    head = shipped_ngram_head()
    assert head.labels == LABELS
    assert head.weights.shape == (BUCKETS, len(LABELS))
    assert head.bias.shape == head.thresholds.shape == (len(LABELS),)
    # retrain (scripts/train_risk.py) whenever a training file changes
    assert head.version.endswith(":" + corpus_digest(ROOT, training_paths(ROOT)))
    assert (ROOT / "src/papote/detect/risk_ngram.npz").stat().st_size < 4_000_000


@pytest.fixture(scope="module")
def ngram_detector() -> NgramRiskDetector:
    return NgramRiskDetector()


def test_ngram_detector_keeps_rules_spans_and_adds_head_scores(
    ngram_detector: NgramRiskDetector,
) -> None:
    [a, b] = ngram_detector.analyse_batch(["jsuis en 4e", "quelle belle journée"])
    assert "minor_disclosure" in a.labels()
    assert b.labels() == {}
    assert any(h.source == ngram_detector.head.version for h in a.hits)
    assert ngram_detector.version.endswith(ngram_detector.head.version)
    assert a.normalised == normalise("jsuis en 4e").text
    one = ngram_detector.analyse("jsuis en 4e")
    assert one.hits == a.hits
