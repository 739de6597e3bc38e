"""The only module that reads the store: read-only, cached on the store file's version.

Where the store is: `$TALLY_DATA_DIR/tally.duckdb` (`tally dashboard --data-dir DIR` sets the
variable; without it, `./data`). A refresh replaces the file whole (os.replace), so keying every
cache on the file's modification time picks up new data on the next rerun, and each query opens
its own read-only connection to one whole published run (none is held across reruns).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import streamlit as st

from etl.contract import FIGURE_COLUMNS
from etl.published import STORE_NAME

DATE_COLUMNS = ("as_of", "published_at", "event_date")


def data_dir() -> Path:
    return Path(os.environ.get("TALLY_DATA_DIR", "data"))


def store_file() -> Path:
    return data_dir() / STORE_NAME


def store_version() -> str:
    """The published store's path and modification time ("" when there is none).

    Every cached load takes it as its key: a refresh (a new file) or another data directory gives
    a new key, so no page ever shows a stale or a different store's data.
    """
    path = store_file().resolve()
    try:
        return f"{path}@{identity(path)}"
    except FileNotFoundError:
        return ""


def identity(path: Path | str) -> str:
    """Which file is at `path`: a refresh swaps in a new file (a new inode), never rewrites one."""
    stat = os.stat(path)
    return f"{stat.st_ino}-{stat.st_mtime_ns}"


def path_of(version: str) -> str:
    return version.rsplit("@", 1)[0]


class StoreChanged(RuntimeError):
    """A refresh published a new store while this page was being drawn; the page starts again."""


def query(sql: str, version: str, parameters: list | None = None) -> pd.DataFrame:
    """Run one read-only query on the published store; an empty frame when there is no store.

    Raises StoreChanged when the file opened is no longer the one `version` names: caching the
    new file's rows under the old version would let one page mix two runs."""
    if not version:
        return pd.DataFrame()
    path = path_of(version)
    with duckdb.connect(path, read_only=True) as connection:
        try:
            same = identity(path) == version.rsplit("@", 1)[1]
        except FileNotFoundError:
            same = False
        if not same:  # checked after opening: the file now open is the one still at the path
            raise StoreChanged(path)
        return arrow_to_frame(connection.sql(sql, params=parameters or None).to_arrow_table())


def arrow_to_frame(table: pa.Table) -> pd.DataFrame:
    """The query's Arrow result as the frame DuckDB's `.df()` gives, built faster and smaller.

    At 100k figures `.df()` took three times as long and a third more memory; Arrow hands its
    columns to pandas in bulk. Dates become datetime64[us] and integers with nulls nullable Int64,
    as `.df()` makes them, and a text column with no text at all holds None (tests compare the two).
    """
    frame = table.to_pandas(date_as_object=False)
    for field in table.schema:
        if pa.types.is_date(field.type):
            frame[field.name] = frame[field.name].astype("datetime64[us]")
        elif pa.types.is_integer(field.type) and table.column(field.name).null_count:
            frame[field.name] = frame[field.name].astype("Int64")
        elif pa.types.is_string(field.type) and table.column(field.name).null_count == table.num_rows:
            frame[field.name] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    return frame


def clear_caches() -> None:
    """Forget every table read (tests and the benchmark start from a cold dashboard)."""
    st.cache_data.clear()
    st.cache_resource.clear()


def with_dates(frame: pd.DataFrame) -> pd.DataFrame:
    for column in DATE_COLUMNS:
        if column in frame:
            frame[column] = pd.to_datetime(frame[column])
    return frame


# The figures table is the one large table (100k rows: about 50 MB): it is cached as one frame that
# every session shares, not copied out of a pickle on every read (cache_data), which doubled the
# memory and took as long as the query. Pages only derive new frames from it (pandas copy-on-write),
# never change it: tests/dashboard/test_pages.py checks that after drawing every page.
@st.cache_resource(show_spinner=False, max_entries=2)
def figures(version: str) -> pd.DataFrame:
    """Current figures (contract columns) with their document's kind ('article' or 'dataset'),
    language, title, url and source (the configured feed that read it). Shared: never change it."""
    columns = ", ".join(f"f.{c}" for c in FIGURE_COLUMNS)
    frame = query(
        f"""SELECT {columns}, d.kind, d.language, d.title, d.url, d.source
            FROM current_figures f JOIN current_documents d USING (doc_id)
            ORDER BY f.as_of, f.doc, f.char_start, f.figure_id""",
        version,
    )
    if frame.empty:
        return pd.DataFrame(columns=[*FIGURE_COLUMNS, "kind", "language", "title", "url", "source"])
    frame["value_high"] = frame["value_high"].astype("Int64")
    return with_dates(frame)


@st.cache_data(show_spinner=False, max_entries=4)
def documents(version: str) -> pd.DataFrame:
    """Current documents (without their text) with how many current figures each holds."""
    frame = query(
        """SELECT d.doc_id, d.doc, d.title, d.publisher, d.published_at, d.language, d.kind, d.source,
                  d.url, d.date_basis, count(f.figure_id) AS figures
           FROM current_documents d LEFT JOIN current_figures f USING (doc_id)
           GROUP BY ALL ORDER BY d.kind, d.published_at DESC, d.doc""",
        version,
    )
    return with_dates(frame)


@st.cache_data(show_spinner=False, max_entries=64)
def document_text(version: str, doc_id: str) -> str | None:
    """The stored text of one current document (the text figure offsets refer to)."""
    frame = query("SELECT text FROM current_documents WHERE doc_id = ?", version, [doc_id])
    return None if frame.empty else str(frame["text"].iloc[0] or "")


@st.cache_data(show_spinner=False, max_entries=4)
def claims(version: str) -> pd.DataFrame:
    """The claims view: one claim per row with how many documents state it, and which."""
    frame = query("SELECT * FROM claims ORDER BY metric, as_of, value", version)
    if not frame.empty:
        frame["value_high"] = frame["value_high"].astype("Int64")
    return with_dates(frame)


@st.cache_data(show_spinner=False, max_entries=4)
def runs(version: str) -> pd.DataFrame:
    """Every refresh, newest first."""
    return query("SELECT * FROM runs ORDER BY started_at DESC", version)


@st.cache_data(show_spinner=False, max_entries=4)
def rejects(version: str) -> pd.DataFrame:
    """Every row a run refused, with the stage and the reason."""
    return query(
        "SELECT run_id, doc, stage, reason, row_json FROM rejects ORDER BY run_id DESC, doc", version
    )


def last_run(version: str) -> dict | None:
    """The newest run (its id, status and when it finished), or None before any refresh."""
    frame = runs(version)
    return None if frame.empty else frame.iloc[0].to_dict()


@st.cache_data(show_spinner=False, max_entries=2)
def datapackage(version: str) -> bytes:
    """The store's datapackage.json, as `tally export` writes it (its CSVs are not kept)."""
    from etl.export import export

    if not version:
        return b""
    with tempfile.TemporaryDirectory(prefix="tally-datapackage-") as target:
        export(Path(path_of(version)).parent, target)
        package = json.loads((Path(target) / "datapackage.json").read_text(encoding="utf-8"))
    return json.dumps(package, indent=2).encode("utf-8")
