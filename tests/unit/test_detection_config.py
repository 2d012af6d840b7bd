"""The [detection] settings: defaults, TOML, environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from papote.config import ConfigError, Detection, load_settings


def test_defaults_score_with_rules_and_head_and_act_on_the_three_labels() -> None:
    # The n-gram head is on by default (docs/detection.md "Classifier"); it gives way to
    # the rules alone for salon messages when the worker is a second behind.
    conf = load_settings(env={}).detection
    assert conf.enabled and conf.model and conf.model_max_lag_seconds == 1.0
    assert Detection.labels(conf.help_card_labels) == {"self_harm"}
    assert Detection.labels(conf.warning_labels) == {"grooming", "threat"}


def test_toml_and_environment(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[detection]\nqueue_max = 10\nwarning_labels = "grooming"\n')
    conf = load_settings(config_file=path, env={"PAPOTE_DETECTION_MODEL": "true"}).detection
    assert (conf.queue_max, conf.model) == (10, True)
    assert Detection.labels(conf.warning_labels) == {"grooming"}
    assert Detection.labels(" grooming , , threat ") == {"grooming", "threat"}


def test_unknown_detection_setting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text("[detection]\nqueue_size = 10\n")
    with pytest.raises(ConfigError, match="queue_size"):
        load_settings(config_file=path, env={})
