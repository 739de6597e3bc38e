"""Runs: the refresh history, with each run's counts, failures and rejected rows."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.widgets import download_table, empty_store_notice, refreshed_caption

COUNTS = ["documents_new", "documents_unchanged", "documents_failed", "figures_new", "rejects"]


def failures(text: str | None) -> pd.DataFrame:
    """A run's failures_json as a table (doc, reason, and whether it was only a warning)."""
    try:
        rows = json.loads(text or "[]")
    except json.JSONDecodeError:
        rows = [{"doc": "", "reason": f"unreadable failures_json: {text!r}"}]
    frame = pd.DataFrame(rows, columns=["doc", "reason", "warning"])
    frame["warning"] = frame["warning"].map(lambda v: v is True)
    return frame


def main() -> None:
    version = data.store_version()
    runs = data.runs(version)
    st.title("Runs")
    refreshed_caption(version)
    if runs.empty:
        empty_store_notice()
        return
    st.caption(f"{len(runs)} refresh{'es' if len(runs) != 1 else ''}, newest first.")
    st.dataframe(
        runs[["run_id", "started_at", "finished_at", "status", *COUNTS, "extractor_version", "config_hash"]],
        hide_index=True,
        width="stretch",
        column_config={
            "started_at": st.column_config.DatetimeColumn("started", format="YYYY-MM-DD HH:mm:ss"),
            "finished_at": st.column_config.DatetimeColumn("finished", format="YYYY-MM-DD HH:mm:ss"),
        },
        key="runs_table",
    )
    run_id = st.selectbox("Run", list(runs["run_id"]), key="run_choice")
    run = runs[runs["run_id"] == run_id].iloc[0]
    st.subheader("Failures and warnings")
    problems = failures(run["failures_json"])
    if problems.empty:
        st.caption("None: every document was read.")
    else:
        st.dataframe(problems, hide_index=True, width="stretch", key="failures_table")
    st.subheader("Rejected rows")
    rejects = data.rejects(version)
    rejects = rejects[rejects["run_id"] == run_id] if not rejects.empty else rejects
    if rejects.empty:
        st.caption("None: nothing was refused.")
    else:
        st.caption(
            f"{len(rejects)} rows refused (stage: read, extract or validate), each with its reason "
            "(nothing is dropped silently)."
        )
        st.dataframe(
            rejects,
            hide_index=True,
            width="stretch",
            column_config={"row_json": st.column_config.TextColumn("row", width="large")},
            key="rejects_table",
        )
        download_table(rejects, f"tally-rejects-{run_id}.csv", "These rejects (CSV)", key="download_rejects")


main()
