"""The CLI, driven as a user drives it: extract and evaluate on the bundled seeds."""

from __future__ import annotations

import json

import pandas as pd
from click.testing import CliRunner

from etl.cli import main
from etl.contract import FIGURE_COLUMNS
from tests.conftest import ROOT, SEEDS

SEED_GOLD_ROWS = (ROOT / "tests" / "fixtures" / "seeds_gold.csv").read_text(encoding="utf-8").splitlines()

KILLED_IN_SECOND_SEED = [r for r in SEED_GOLD_ROWS if r.startswith("001_") and ",killed," in r]
SEED_GOLD = "\n".join(SEED_GOLD_ROWS[:1] + KILLED_IN_SECOND_SEED) + "\n"


def test_extract_writes_the_contract_table(tmp_path):
    output = tmp_path / "figures.csv"
    result = CliRunner().invoke(main, ["extract", str(SEEDS), "-o", str(output)])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(output, dtype=str, keep_default_na=False)
    assert list(table.columns) == FIGURE_COLUMNS
    row = table[(table["doc"] == "001_a9eddfca80504bb2.txt") & (table["value"] == "29514")].iloc[0]
    assert (row["metric"], row["attributed_to"], row["as_of"]) == (
        "killed",
        "Gaza Health Ministry",
        "2024-02-23",
    )


def test_extract_names_unreadable_documents_and_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(
        "The health ministry in Gaza said 12 people were killed.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    output = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "-o", str(output)])
    assert result.exit_code == 0
    assert "empty.txt" in result.stderr and "no text" in result.stderr
    assert pd.read_csv(output)["value"].tolist() == [12]


def test_extract_fails_when_nothing_can_be_read(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code != 0
    assert "no document could be read" in result.output


def test_evaluate_scores_against_gold(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text(SEED_GOLD, encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), str(SEEDS), "--json"])
    assert result.exit_code == 0, result.output
    scores = pd.read_json(pd.io.common.StringIO(result.stdout), typ="series")
    assert scores["matched"] == 2 and scores["strict_recall"] == 1.0


def test_evaluate_fails_when_no_document_is_found(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text(SEED_GOLD, encoding="utf-8")  # a folder holding only the gold file
    result = CliRunner().invoke(main, ["evaluate", str(gold), str(tmp_path)])
    assert result.exit_code != 0
    assert "no document could be read" in result.output


def test_refresh_json_summary_then_nothing_new(tmp_path):
    runner = CliRunner()
    args = ["refresh", "--json", "--data-dir", str(tmp_path / "data")]
    first = json.loads(runner.invoke(main, args).stdout)
    second = json.loads(runner.invoke(main, args).stdout)
    assert set(first) == {
        "documents_new",
        "documents_unchanged",
        "documents_failed",
        "figures_new",
        "rejects",
        "run_id",
    }
    assert first["documents_new"] > 1000 and first["figures_new"] > 4000
    assert second["documents_new"] == 0 and second["figures_new"] == 0


def test_refresh_names_a_bad_config(tmp_path):
    config = tmp_path / "tally.toml"
    config.write_text('[[source]]\nname = "x"\nkind = "carrier-pigeon"\npath = "."\n')
    result = CliRunner().invoke(main, ["refresh", "--config", str(config), "--data-dir", str(tmp_path)])
    assert result.exit_code != 0 and "unknown source kind 'carrier-pigeon'" in result.output


def test_export_without_a_store_says_so(tmp_path):
    result = CliRunner().invoke(main, ["export", str(tmp_path / "out"), "--data-dir", str(tmp_path / "none")])
    assert result.exit_code != 0 and "run `tally refresh` first" in result.output


def test_schedule_runs_then_stops(tmp_path):
    result = CliRunner().invoke(
        main, ["schedule", "--every", "1s", "--runs", "2", "--data-dir", str(tmp_path)]
    )
    assert result.exit_code == 0
    assert "schedule stopped after 2 run(s)" in result.stderr


def test_dashboard_refreshes_an_empty_store_then_serves(tmp_path):
    """`tally dashboard` as a user starts it: a real process, a real server on loopback."""
    import os
    import subprocess
    import sys

    from tests.dashboard.conftest import free_port, wait_for

    port = free_port()
    tally = os.path.join(os.path.dirname(sys.executable), "tally")
    process = subprocess.Popen(
        [tally, "dashboard", "--port", str(port), "--data-dir", str(tmp_path / "data")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_for(f"http://127.0.0.1:{port}/_stcore/health", attempts=240) == "ok"
        assert (tmp_path / "data" / "tally.duckdb").exists()
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert "No store yet: refreshing" in process.stderr.read()


def test_refresh_while_another_runs_says_so_and_fails(tmp_path):
    from etl.refresh_lock import refresh_lock

    data = tmp_path / "data"
    with refresh_lock(data):
        result = CliRunner().invoke(main, ["refresh", "--data-dir", str(data)])
    assert result.exit_code != 0
    assert "another refresh" in result.output and "try again when it has finished" in result.output
    assert not (data / "tally.duckdb").exists()


def test_evaluate_show_errors_names_a_missed_claim(tmp_path):
    gold = tmp_path / "gold.csv"
    phantom = "001_a9eddfca80504bb2.txt,hostages_rescued,987654,,exact,reported,Gaza,all,,2024-02-23"
    gold.write_text(
        "doc,metric,value,value_high,qualifier,status,location,subgroup,attributed_to,as_of\n"
        + phantom
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["evaluate", str(gold), str(SEEDS), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "missed" in result.stdout and "hostages_rescued 987654" in result.stdout
    assert "metric hostages_rescued" in result.stdout and "strict F1 0.000" in result.stdout


def test_extract_reads_a_single_file(tmp_path):
    document = tmp_path / "one.txt"
    document.write_text("A plain line of text.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(document), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 0, result.output
    assert list(pd.read_csv(tmp_path / "out.csv").columns) == FIGURE_COLUMNS
