"""Bad records in the TfP daily series, and a broken reference table.

A record with a wrongly typed field or a negative count keeps the rest of its day; the bad field
is a reject naming the day and the field. A cumulative that falls is kept as the source stated it,
with a warning naming the day, the field and both values. A reference table with an error stops
the run before the store is touched, naming the file and the line.
"""

from __future__ import annotations

import json
import os
import shutil

from click.testing import CliRunner

from etl.cli import main
from etl.reference import REFERENCE_DIR
from tests.conftest import ROOT
from tests.etl.conftest import query, run_refresh, write_config, write_tfp_slice

DAY = "casualties_daily.json#2024-02-23"
NEXT = "casualties_daily.json#2024-02-24"
ALL_KILLED = (
    "SELECT doc, value FROM current_figures "
    "WHERE metric = 'killed' AND subgroup = 'all' AND location = 'Gaza'"
)


def refresh_cli(root, monkeypatch, reference, *extra: str):
    monkeypatch.setattr("etl.reference.load_reference", lambda directory=None: reference)
    return CliRunner().invoke(
        main, ["refresh", "--config", str(root / "tally.toml"), "--data-dir", str(root / "data"), *extra]
    )


def tfp_with(root, edit):
    write_tfp_slice(root / "tfp", edit=edit)
    write_config(root, tfp=("techforpalestine", "tfp"))


def on_day(day: str, **fields):
    def edit(dataset: str, record: dict) -> None:
        if dataset == "casualties_daily" and record["report_date"] == day:
            record.update(fields)

    return edit


def clean_counts(tmp_path, reference) -> int:
    write_tfp_slice(tmp_path / "clean" / "tfp")
    write_config(tmp_path / "clean", tfp=("techforpalestine", "tfp"))
    return run_refresh(tmp_path / "clean", reference)["figures_new"]


def test_a_wrongly_typed_field_is_a_reject_naming_day_and_field(tmp_path, monkeypatch, reference):
    tfp_with(tmp_path, on_day("2024-02-23", killed_cum="lots", injured_cum=[1]))
    result = refresh_cli(tmp_path, monkeypatch, reference)
    assert result.exit_code == 0, result.output
    assert f"warning: {DAY}: field killed_cum is 'lots', not a whole number: left out" in result.stderr
    rejects = query(tmp_path, "SELECT doc, stage, reason, row_json FROM rejects ORDER BY reason")
    assert [(doc, stage) for doc, stage, _, _ in rejects] == [(DAY, "read"), (DAY, "read")]
    assert "field injured_cum is [1]" in rejects[0][2] and "field killed_cum is 'lots'" in rejects[1][2]
    assert json.loads(rejects[1][3]) == {"report_date": "2024-02-23", "field": "killed_cum", "value": "lots"}
    # the other days, and the day's other fields, are all stored
    assert dict(query(tmp_path, ALL_KILLED)) == {
        "casualties_daily.json#2024-02-22": 29410,
        "casualties_daily.json#2024-02-24": 29606,
    }
    children = query(
        tmp_path, "SELECT value FROM current_figures WHERE doc = ? AND subgroup = 'children'", [DAY]
    )
    assert children  # killed_children_cum of the same record
    assert clean_counts(tmp_path, reference) - 2 == query(tmp_path, "SELECT count(*) FROM figures")[0][0]


def test_a_negative_count_is_a_reject_named_on_the_command_line(tmp_path, monkeypatch, reference):
    tfp_with(tmp_path, on_day("2024-02-23", injured_cum=-5))
    result = refresh_cli(tmp_path, monkeypatch, reference)
    assert result.exit_code == 0
    assert f"rejected: {DAY}: " in result.stderr and "value_is_not_negative" in result.stderr
    [(stage, reason, row)] = query(
        tmp_path, "SELECT stage, reason, row_json FROM rejects WHERE doc = ?", [DAY]
    )
    assert stage == "validate" and "value_is_not_negative" in reason
    assert reason.startswith(
        "injured '-5' (Tech For Palestine casualties_daily.injured_cum) failed the check"
    )
    assert json.loads(row)["attribution_text"].endswith("casualties_daily.injured_cum")
    assert json.loads(row)["value"] == -5
    assert dict(query(tmp_path, ALL_KILLED))[DAY] == 29514


def test_a_falling_cumulative_is_kept_and_named(tmp_path, monkeypatch, reference):
    tfp_with(tmp_path, on_day("2024-02-24", killed_cum=29000))
    result = refresh_cli(tmp_path, monkeypatch, reference)
    assert result.exit_code == 0
    words = "cumulative killed_cum fell from 29514 on 2024-02-23 to 29000: kept as the source stated it"
    assert f"warning: {NEXT}: {words}" in result.stderr
    [(failures_json,)] = query(tmp_path, "SELECT failures_json FROM runs")
    assert {"doc": NEXT, "reason": words, "warning": True} in json.loads(failures_json)
    assert dict(query(tmp_path, ALL_KILLED))[NEXT] == 29000  # what the source said


def test_a_truncated_json_file_is_named_and_the_other_series_stored(tmp_path, monkeypatch, reference):
    write_tfp_slice(tmp_path / "tfp")
    shutil.copy(
        ROOT / "tests" / "fixtures" / "bad" / "broken.json", tmp_path / "tfp" / "casualties_daily.json"
    )
    write_config(tmp_path, tfp=("techforpalestine", "tfp"))
    result = refresh_cli(tmp_path, monkeypatch, reference)
    assert result.exit_code == 0
    assert "error: casualties_daily.json: cannot be read as JSON" in result.stderr
    assert query(tmp_path, "SELECT doc, stage FROM rejects") == [("casualties_daily.json", "read")]
    west_bank = query(tmp_path, "SELECT count(*) FROM current_figures WHERE doc LIKE 'west_bank%'")[0][0]
    assert west_bank > 0


def test_a_bad_reference_table_stops_before_anything_is_written(tmp_path):
    write_tfp_slice(tmp_path / "tfp")
    config = write_config(tmp_path, tfp=("techforpalestine", "tfp"))
    data = tmp_path / "data"
    assert (
        CliRunner().invoke(main, ["refresh", "--config", str(config), "--data-dir", str(data)]).exit_code == 0
    )
    store = data / "tally.duckdb"
    before, stamp = store.read_bytes(), os.stat(store).st_mtime_ns
    tables = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, tables)
    lines = (tables / "statuses.csv").read_text(encoding="utf-8").splitlines()
    lines.insert(3, "rumoured,en,they say")
    (tables / "statuses.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_tfp_slice(tmp_path / "tfp", days=("2024-02-25",))  # new data that must not be written
    result = CliRunner().invoke(
        main, ["refresh", "--config", str(config), "--data-dir", str(data), "--reference-dir", str(tables)]
    )
    assert result.exit_code != 0
    assert f"{tables / 'statuses.csv'}: line 4: status isin" in result.output, result.output
    assert "'rumoured'" in result.output
    assert store.read_bytes() == before and os.stat(store).st_mtime_ns == stamp
    assert sorted(p.name for p in data.iterdir()) == ["tally.duckdb"]  # no lock, no draft
