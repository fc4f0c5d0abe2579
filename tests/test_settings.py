from __future__ import annotations

from pathlib import Path

import pytest

from dragoman.errors import ConfigError
from dragoman.settings import HELP, Settings


def test_every_setting_has_help() -> None:
    assert set(HELP) == set(Settings.__dataclass_fields__)


def test_precedence_file_then_environment_then_overrides(tmp_path: Path) -> None:
    config = tmp_path / "dragoman.toml"
    config.write_text(
        '[dragoman]\ndb = "file.duckdb"\nbatch_size = 4\nmodel = "from_file"\n', encoding="utf-8"
    )
    env = {"DRAGOMAN_BATCH_SIZE": "8", "DRAGOMAN_MODEL": "from_env"}
    settings = Settings.load(file=config, env=env, model="from_flag")
    assert settings.db == "file.duckdb"
    assert settings.batch_size == 8
    assert settings.model == "from_flag"


def test_defaults_without_file_or_environment() -> None:
    settings = Settings.load(env={})
    assert settings == Settings()
    assert settings.cache_path.name == "dragoman"


def test_registry_list_from_environment() -> None:
    settings = Settings.load(env={"DRAGOMAN_REGISTRY": "a.yaml:b.csv"})
    assert settings.registry == ("a.yaml", "b.csv")


def test_switches_from_file_and_environment(tmp_path: Path) -> None:
    config = tmp_path / "s.toml"
    config.write_text("[dragoman]\nunidentified_attackers = false\n", encoding="utf-8")
    assert Settings.load(file=config, env={}).unidentified_attackers is False
    assert Settings.load(env={"DRAGOMAN_UNIDENTIFIED_ATTACKERS": "no"}).unidentified_attackers is False
    assert Settings.load(env={}).unidentified_attackers is True


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[dragoman]\nbatch_size = "many"\n', "batch_size"),
        ("[dragoman]\ncolour = 1\n", "colour"),
        ("= 1", "cannot read"),
        ('[dragoman]\nunidentified_attackers = "perhaps"\n', "unidentified_attackers"),
    ],
)
def test_bad_settings_raise_config_error(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        Settings.load(file=config, env={})
