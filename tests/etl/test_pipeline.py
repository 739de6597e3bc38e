"""Refresh end to end on a real DuckDB file: incremental, idempotent, history, lock, rejects."""

from __future__ import annotations

import shutil
from datetime import date

import duckdb
import pytest

from etl.config import load_config
from etl.pipeline import refresh
from etl.reference import load_reference
from etl.store import StoreBusy, refresh_lock
from tests.conftest import ROOT

FOLDER = ROOT / "tests" / "fixtures" / "folder"


@pytest.fixture
def workspace(tmp_path):
    shutil.copytree(FOLDER, tmp_path / "docs")
    (tmp_path / "tally.toml").write_text('[[source]]\nname = "docs"\nkind = "folder"\npath = "docs"\n')
    return tmp_path


def run(workspace):
    return refresh(
        load_config(workspace / "tally.toml"), workspace / "data", load_reference(), show_progress=False
    )


def rows(workspace, sql: str) -> list[tuple]:
    with duckdb.connect(str(workspace / "data" / "tally.duckdb"), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_first_refresh_stores_documents_figures_and_run(workspace):
    summary = run(workspace)
    assert (summary["documents_new"], summary["documents_failed"]) == (3, 1)
    assert summary["failures"][0]["doc"] == "missing.txt"
    found = rows(
        workspace,
        "SELECT value, metric, attributed_to, as_of FROM current_figures "
        "WHERE doc = 'strike.txt' ORDER BY char_start",
    )
    sunday, monday = date(2024, 3, 3), date(2024, 3, 4)
    assert found == [
        (12, "killed", "", monday),  # the headline: unattributed, as of publication
        (12, "killed", "Gaza Health Ministry", sunday),
        (30, "injured", "Gaza Health Ministry", sunday),
    ]
    assert rows(workspace, "SELECT status, documents_new, documents_failed, rejects FROM runs") == [
        ("partial", 3, 1, 1)
    ]
    assert rows(workspace, "SELECT doc, stage FROM rejects") == [("missing.txt", "read")]


def test_second_refresh_adds_nothing(workspace):
    run(workspace)
    before = rows(workspace, "SELECT count(*) FROM figures")
    summary = run(workspace)
    assert (summary["documents_new"], summary["documents_unchanged"], summary["figures_new"]) == (0, 3, 0)
    assert rows(workspace, "SELECT count(*) FROM figures") == before


def test_changed_document_keeps_old_figures_as_history(workspace):
    first = run(workspace)
    (workspace / "docs" / "strike.txt").write_text(
        "The health ministry in Gaza said on Sunday that 14 people were killed in a strike on Rafah.\n"
    )
    second = run(workspace)
    assert second["documents_new"] == 1
    assert rows(workspace, "SELECT value FROM current_figures WHERE doc='strike.txt'") == [(14,)]
    history = rows(workspace, "SELECT value, superseded_by FROM figures WHERE doc = 'strike.txt'")
    replaced = second["run_id"]
    assert sorted(history, key=lambda row: (row[0], row[1] or "")) == [
        (12, replaced),
        (12, replaced),
        (14, None),
        (30, replaced),
    ]
    assert first["run_id"] != second["run_id"]


def test_a_second_refresh_at_once_is_refused(workspace):
    (workspace / "data").mkdir()
    with refresh_lock(workspace / "data"), pytest.raises(StoreBusy, match="another refresh"):
        run(workspace)


def test_a_stale_lock_is_taken_over(workspace):
    (workspace / "data").mkdir()
    (workspace / "data" / "refresh.lock").write_text("999999999")
    assert run(workspace)["documents_new"] == 3
