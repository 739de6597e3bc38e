"""The only module that reads the store: read-only, cached on the store file's version.

A refresh replaces the store file whole (os.replace), so keying the cache on the file's
modification time picks up new data on the next rerun, and each read sees one whole run.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from etl.contract import FIGURE_COLUMNS
from etl.store import STORE_NAME


def data_dir() -> Path:
    return Path(os.environ.get("TALLY_DATA_DIR", "data"))


def store_file() -> Path:
    return data_dir() / STORE_NAME


def store_version() -> int:
    """Changes whenever a refresh publishes a new store (0 when there is none)."""
    path = store_file()
    return path.stat().st_mtime_ns if path.exists() else 0


def query(sql: str, version: int) -> pd.DataFrame:
    """Run one read-only query on the published store; an empty frame when there is no store."""
    if not version:
        return pd.DataFrame()
    with duckdb.connect(str(store_file()), read_only=True) as connection:
        return connection.execute(sql).df()


@st.cache_data(show_spinner=False)
def figures(version: int) -> pd.DataFrame:
    """Current figures with their document's kind (article or dataset), language and title."""
    columns = ", ".join(f"f.{c}" for c in FIGURE_COLUMNS)
    frame = query(
        f"""SELECT {columns}, d.kind, d.language, d.title, d.url, d.source
            FROM current_figures f JOIN current_documents d USING (doc_id)
            ORDER BY f.as_of, f.doc, f.char_start""",
        version,
    )
    for column in ("as_of", "published_at", "event_date"):
        if column in frame:
            frame[column] = pd.to_datetime(frame[column])
    return frame


@st.cache_data(show_spinner=False)
def runs(version: int) -> pd.DataFrame:
    return query("SELECT * FROM runs ORDER BY started_at DESC", version)


def last_refresh(version: int) -> pd.Timestamp | None:
    frame = runs(version)
    return None if frame.empty else frame["finished_at"].iloc[0]
