"""tally.toml: the default lists the bundled seeds; a wrong entry is an error naming its source."""

from __future__ import annotations

import pytest

from etl.config import DEFAULT_CONFIG, ConfigError, load_config
from tests.conftest import ROOT
from tests.etl.conftest import write_config


def test_default_config_reads_the_bundled_seeds():
    config = load_config()
    assert config.path == DEFAULT_CONFIG == ROOT / "tally.toml"
    local = {(s.kind, s.path) for s in config.sources if s.path}
    assert ("folder", ROOT / "seeds" / "documents") in local
    assert ("techforpalestine", ROOT / "seeds" / "feeds" / "techforpalestine") in local


def test_paths_are_relative_to_the_config_file(tmp_path):
    (tmp_path / "docs").mkdir()
    config = load_config(write_config(tmp_path, mine=("folder", "docs")))
    assert [(s.name, s.kind, s.path) for s in config.sources] == [("mine", "folder", tmp_path / "docs")]


def test_the_config_hash_changes_with_the_file(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = load_config(write_config(tmp_path, one=("folder", "a"))).digest
    second = load_config(write_config(tmp_path, one=("folder", "b"))).digest
    assert first != second


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            'name = "pigeons"\nkind = "carrier-pigeon"\npath = "."',
            "pigeons: unknown source kind 'carrier-pigeon'",
        ),
        ('name = "drafts"\nkind = "folder"', "drafts needs a path"),
        ('name = "drafts"\nkind = "folder"\npath = "nowhere"', "drafts: "),
        ('name = "drafts"\npath = "."', "drafts needs a kind"),
    ],
)
def test_a_bad_source_is_named(tmp_path, entry, message):
    config = tmp_path / "tally.toml"
    config.write_text(f"[[source]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as error:
        load_config(config)
    assert str(config) in str(error.value)


def test_a_missing_or_broken_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="tally.toml"):
        load_config(tmp_path / "tally.toml")
    (tmp_path / "broken.toml").write_text("[[source]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.toml"):
        load_config(tmp_path / "broken.toml")
