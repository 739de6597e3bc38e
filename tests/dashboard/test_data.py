"""dashboard/data.py reads through Arrow (faster, smaller at 100k figures): the same frames as `.df()`."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import pandas as pd
import pytest

from dashboard import data

QUERIES = [
    "SELECT * FROM current_figures ORDER BY figure_id",
    "SELECT * FROM figures ORDER BY figure_id",
    "SELECT * FROM documents ORDER BY doc_id",
    "SELECT * FROM claims ORDER BY ALL",
    "SELECT * FROM runs ORDER BY run_id",
    "SELECT * FROM rejects ORDER BY ALL",
    "SELECT * FROM rejects WHERE run_id = 'none'",  # empty
]


@pytest.mark.parametrize("sql", QUERIES)
def test_arrow_reads_give_the_frames_duckdb_df_gives(synthetic_store, sql):
    path = synthetic_store / "tally.duckdb"
    with duckdb.connect(str(path), read_only=True) as connection:
        expected = connection.execute(sql).df()
    got = data.query(sql, f"{path}@{data.identity(path)}")
    pd.testing.assert_frame_equal(got, expected)


def test_the_dashboard_imports_none_of_the_writers_schemas():
    # pandera (the refresh's validation) is 14 MB of every dashboard process that never writes.
    modules = "dashboard.data, dashboard.analysis, dashboard.charts, dashboard.filters, dashboard.widgets"
    probe = f"import sys, {modules}; print(sorted(m for m in ('pandera', 'etl.store') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
