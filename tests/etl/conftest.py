"""Small real inputs for refresh tests: days cut from the bundled TfP feed, and a config naming them.

The TfP source carries its own figures, so store and pipeline tests can assert values without
depending on what the text extractor finds.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import duckdb
import pytest

from etl.config import load_config
from etl.pipeline import refresh
from tests.conftest import ROOT

FEED = ROOT / "seeds" / "feeds" / "techforpalestine"
DATASETS = ("casualties_daily", "west_bank_daily")
DAYS = ("2024-02-22", "2024-02-23", "2024-02-24")


@lru_cache(maxsize=2)
def feed_records(dataset: str) -> tuple[dict, ...]:
    return tuple(json.loads((FEED / f"{dataset}.json").read_text(encoding="utf-8")))


def write_tfp_slice(target: Path, days=DAYS, edit: Callable[[str, dict], None] | None = None) -> Path:
    """A feed folder with only `days` of both series; `edit(dataset, record)` may alter a record."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("fields.csv", "report_sources.csv"):
        shutil.copy(FEED / name, target / name)
    for dataset in DATASETS:
        records = [json.loads(json.dumps(r)) for r in feed_records(dataset) if r["report_date"] in days]
        for record in records:
            if edit:
                edit(dataset, record)
        (target / f"{dataset}.json").write_text(json.dumps(records), encoding="utf-8")
    return target


def write_config(root: Path, **sources: tuple[str, str]) -> Path:
    """tally.toml in `root` with one [[source]] per keyword: name=(kind, path relative to root)."""
    tables = [
        f'[[source]]\nname = "{name}"\nkind = "{kind}"\npath = "{path}"\n'
        for name, (kind, path) in sources.items()
    ]
    config = root / "tally.toml"
    config.write_text("\n".join(tables), encoding="utf-8")
    return config


def write_feed_and_folder(root: Path, files: dict[str, str]) -> Path:
    """root/tfp (the feed's three days), root/docs holding `files` (name -> text, documents.csv
    among them), and root/tally.toml reading both."""
    write_tfp_slice(root / "tfp")
    (root / "docs").mkdir()
    for name, text in files.items():
        (root / "docs" / name).write_text(text, encoding="utf-8")
    return write_config(root, tfp=("techforpalestine", "tfp"), docs=("folder", "docs"))


def run_refresh(root: Path, reference) -> dict:
    """One refresh of root/tally.toml into root/data, as `tally refresh` runs it."""
    return refresh(load_config(root / "tally.toml"), root / "data", reference, show_progress=False)


def query(root: Path, sql: str, parameters: list | None = None) -> list[tuple]:
    """Rows from the published store in root/data, read-only as the dashboard reads it."""
    with duckdb.connect(str(root / "data" / "tally.duckdb"), read_only=True) as connection:
        return connection.execute(sql, parameters or []).fetchall()


@pytest.fixture
def tfp_root(tmp_path) -> Path:
    """A workspace whose only source is three days of the TfP feed."""
    write_tfp_slice(tmp_path / "tfp")
    write_config(tmp_path, tfp=("techforpalestine", "tfp"))
    return tmp_path
