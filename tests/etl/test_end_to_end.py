"""Seeds -> store -> export, as a user runs it: the CLI, a real store, the frictionless command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from etl.cli import main
from tests.conftest import SEEDS
from tests.etl.conftest import write_config, write_tfp_slice

FRICTIONLESS = Path(sys.executable).parent / "frictionless"


def test_seeds_to_store_to_a_valid_data_package(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    write_tfp_slice(tmp_path / "tfp")
    config = write_config(tmp_path, seeds=("folder", "seeds"), tfp=("techforpalestine", "tfp"))
    data, out = tmp_path / "data", tmp_path / "out"
    runner = CliRunner()

    first = runner.invoke(main, ["refresh", "--config", str(config), "--data-dir", str(data), "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    seed_files = [p.name for p in SEEDS.glob("*.txt")]
    assert summary["documents_new"] > len(seed_files) and summary["documents_failed"] == 0

    again = json.loads(
        runner.invoke(main, ["refresh", "--config", str(config), "--data-dir", str(data), "--json"]).stdout
    )
    assert (again["documents_new"], again["figures_new"]) == (0, 0)

    exported = runner.invoke(main, ["export", str(out), "--data-dir", str(data)])
    assert exported.exit_code == 0, exported.output
    checked = subprocess.run(
        [str(FRICTIONLESS), "validate", str(out / "datapackage.json")], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert set(seed_files) <= set(documents["doc"])
    assert {"article", "dataset"} == set(documents["kind"])
    runs = pd.read_csv(out / "runs.csv")
    assert list(runs["run_id"]) == [summary["run_id"], again["run_id"]]
    assert list(runs["figures_new"]) == [summary["figures_new"], 0]
    figures = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False)
    assert len(figures) == summary["figures_new"]
    assert set(figures["doc_id"]) <= set(documents["doc_id"])  # every figure traces to a document
