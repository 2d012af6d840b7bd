"""Settings precedence: packaged defaults < file < env < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from papote.config import ConfigError, load_settings


def test_defaults_ship_the_seeded_salons() -> None:
    settings = load_settings(env={})
    names = [s.name for s in settings.salons]
    for required in [
        "Général",
        "Rencontres",
        "Amitié",
        "18-25 ans",
        "25-40 ans",
        "40 ans et plus",
        "Musique",
        "Sport",
        "Jeux vidéo",
        "Cinéma & séries",
        "Île-de-France",
        "Bretagne",
        "Occitanie",
        "Corse",
    ]:
        assert required in names
    regions = [s for s in settings.salons if s.category == "region"]
    assert len(regions) >= 13
    assert len({s.slug for s in settings.salons}) == len(settings.salons)
    assert settings.limits.say_burst == 5
    assert settings.limits.say_rate == 1.0
    assert settings.port == 8000


def test_precedence(tmp_path: Path) -> None:
    file = tmp_path / "p.toml"
    file.write_text('[server]\nport = 9000\nhost = "0.0.0.0"\n[limits]\nsay_burst = 7\n')
    settings = load_settings(
        config_file=file,
        env={"PAPOTE_PORT": "9100", "PAPOTE_MAX_TEXT_CHARS": "300"},
        overrides={"port": 9200, "host": None},
    )
    assert settings.port == 9200
    assert settings.host == "0.0.0.0"
    assert settings.limits.say_burst == 7
    assert settings.limits.max_text_chars == 300


def test_errors_name_the_setting(tmp_path: Path) -> None:
    file = tmp_path / "p.toml"
    file.write_text("[server]\nprot = 1\n")
    with pytest.raises(ConfigError, match="prot"):
        load_settings(config_file=file, env={})
    with pytest.raises(ConfigError, match="port"):
        load_settings(env={"PAPOTE_PORT": "eighty"})


def test_sqlite_is_the_default_database(tmp_path: Path) -> None:
    settings = load_settings(env={"PAPOTE_DATA_DIR": str(tmp_path)})
    assert settings.effective_database_url.startswith("sqlite+aiosqlite:///")
    assert str(tmp_path) in settings.effective_database_url
