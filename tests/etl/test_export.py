"""Export writes the tables and a Data Package that Frictionless accepts."""

from __future__ import annotations

import json

import pandas as pd
from click.testing import CliRunner
from frictionless import validate

from etl.cli import main
from etl.export import guard_formulas


def test_export_of_a_refreshed_store_is_a_valid_data_package(tmp_path):
    runner = CliRunner()
    data = tmp_path / "data"
    config = tmp_path / "tally.toml"
    from tests.conftest import SEEDS

    config.write_text(f'[[source]]\nname = "seeds"\nkind = "folder"\npath = "{SEEDS}"\n')
    assert runner.invoke(main, ["refresh", "--config", str(config), "--data-dir", str(data)]).exit_code == 0
    result = runner.invoke(main, ["export", str(tmp_path / "out"), "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    package = json.loads((tmp_path / "out" / "datapackage.json").read_text())
    assert [r["name"] for r in package["resources"]] == ["figures", "documents", "claims", "runs"]
    report = validate(str(tmp_path / "out" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    figures = pd.read_csv(tmp_path / "out" / "figures.csv")
    assert len(figures) == 14 and 29514 in set(figures["value"])


def test_formula_cells_get_an_apostrophe():
    frame = pd.DataFrame({"quote": ["=HYPERLINK(1)", "- a bullet", "plain"], "value": [1, 2, 3]})
    assert list(guard_formulas(frame)["quote"]) == ["'=HYPERLINK(1)", "'- a bullet", "plain"]
    assert list(guard_formulas(frame)["value"]) == [1, 2, 3]
