"""Export writes the current tables as CSV and a Data Package that Frictionless accepts."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from frictionless import validate

from etl.contract import FIGURE_COLUMNS
from etl.export import export
from etl.published import guard_formulas
from tests.etl.conftest import run_refresh, write_feed_and_folder

MANIFEST = (
    "file,url,title,publisher,published_at,date_basis,language\n"
    'note.txt,,"=HYPERLINK(""http://evil.example"")",@wire,2024-02-23,metadata,en\n'
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory, reference):
    root = tmp_path_factory.mktemp("export")
    write_feed_and_folder(root, {"documents.csv": MANIFEST, "note.txt": "A short note without figures.\n"})
    summary = run_refresh(root, reference)
    counts = export(root / "data", root / "out")
    return root / "out", summary, counts


def test_the_package_is_valid_frictionless(exported):
    out, _, _ = exported
    report = validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_package_describes_every_column_it_ships(exported):
    out, _, _ = exported
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert {"name", "title", "licenses", "created", "sources", "resources"} <= set(package)
    assert [r["name"] for r in package["resources"]] == ["figures", "documents", "claims", "runs"]
    for resource in package["resources"]:
        header = list(pd.read_csv(out / resource["path"], nrows=0).columns)
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == header
        assert all(f.get("description") for f in fields), resource["name"]
    figures = package["resources"][0]["schema"]["fields"]
    types = {f["name"]: f["type"] for f in figures}
    assert (types["value"], types["value_high"], types["as_of"], types["quote"]) == (
        "integer",
        "integer",
        "date",
        "string",
    )


def test_figures_csv_is_the_contract_table_of_current_figures(exported):
    out, summary, counts = exported
    figures = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False)
    assert list(figures.columns) == FIGURE_COLUMNS
    assert len(figures) == counts["figures"] == summary["figures_new"]
    day = figures[(figures["doc"] == "casualties_daily.json#2024-02-23") & (figures["subgroup"] == "all")]
    assert set(zip(day["metric"], day["value"], day["value_high"], day["as_of"], strict=True)) == {
        ("killed", "29514", "", "2024-02-23"),
        ("injured", "69616", "", "2024-02-23"),
    }


def test_claims_and_runs_are_exported(exported):
    out, summary, _ = exported
    claims = pd.read_csv(out / "claims.csv")
    assert claims["n_documents"].dtype == "int64" and (claims["n_documents"] >= 1).all()
    runs = pd.read_csv(out / "runs.csv")
    assert list(runs["run_id"]) == [summary["run_id"]]


def test_formula_like_cells_are_defused_in_the_files(exported):
    out, _, _ = exported
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    note = documents[documents["doc"] == "note.txt"].iloc[0]
    assert note["title"] == '\'=HYPERLINK("http://evil.example")' and note["publisher"] == "'@wire"


def test_formula_guard_leaves_numbers_numeric():
    frame = pd.DataFrame({"quote": ["=1+1", "+972", "- a bullet", "@x", "plain"], "value": [1, 2, 3, 4, 5]})
    guarded = guard_formulas(frame)
    assert list(guarded["quote"]) == ["'=1+1", "'+972", "'- a bullet", "'@x", "plain"]
    assert list(guarded["value"]) == [1, 2, 3, 4, 5] and guarded["value"].dtype == "int64"
