"""The embedded store: one DuckDB file, replaced whole on each refresh so readers never see half a run.

A refresh copies the published file, writes into the copy and swaps it in with `os.replace`:
a reader (the dashboard) opens either the old file or the new one, and never waits on the
writer's lock. One refresh at a time (etl.refresh_lock); the next refresh removes the draft of one
that died.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import duckdb
import pandas as pd

from etl.contract import FIGURE_COLUMNS
from etl.documents import DESCRIPTION_FIELDS, Document
from etl.published import STORE_NAME
from etl.refresh_lock import refresh_lock
from etl.validate import DocumentsTable, FileFingerprintsTable, RejectsTable, RunsTable
from etl.write_errors import is_write_failure, plain_write_error

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR, doc VARCHAR, url VARCHAR, title VARCHAR, publisher VARCHAR, published_at DATE,
    date_basis VARCHAR, language VARCHAR, kind VARCHAR, source VARCHAR, content_hash VARCHAR, text VARCHAR,
    first_seen_run VARCHAR, last_seen_run VARCHAR, superseded_by VARCHAR
);
CREATE TABLE IF NOT EXISTS figures (
    figure_id VARCHAR, doc_id VARCHAR, doc VARCHAR, metric VARCHAR, location VARCHAR, subgroup VARCHAR,
    value BIGINT, value_high BIGINT, qualifier VARCHAR, status VARCHAR, attributed_to VARCHAR,
    attribution_basis VARCHAR, attribution_text VARCHAR, reported_by VARCHAR, as_of DATE, event_date DATE,
    published_at DATE, mention VARCHAR, quote VARCHAR, char_start INTEGER, char_end INTEGER,
    run_id VARCHAR, extractor_version VARCHAR, superseded_by VARCHAR
);
CREATE TABLE IF NOT EXISTS rejects (
    run_id VARCHAR, doc VARCHAR, stage VARCHAR, reason VARCHAR, row_json VARCHAR
);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, status VARCHAR, documents_new INTEGER,
    documents_unchanged INTEGER, documents_failed INTEGER, figures_new INTEGER, rejects INTEGER,
    config_hash VARCHAR, extractor_version VARCHAR, failures_json VARCHAR
);
CREATE TABLE IF NOT EXISTS file_fingerprints (
    source VARCHAR, doc VARCHAR, fingerprint VARCHAR, content_hash VARCHAR
);
CREATE OR REPLACE VIEW current_documents AS SELECT * FROM documents WHERE superseded_by IS NULL;
CREATE OR REPLACE VIEW current_figures AS SELECT * FROM figures WHERE superseded_by IS NULL;
CREATE OR REPLACE VIEW claims AS
SELECT metric, location, subgroup, status, value, value_high, attributed_to, as_of,
       CAST(count(DISTINCT doc_id) AS BIGINT) AS n_documents,
       string_agg(DISTINCT doc_id, ';' ORDER BY doc_id) AS doc_ids,
       min(quote) AS quote
FROM current_figures
GROUP BY ALL;
"""


class StoreMissing(FileNotFoundError):
    """No store has been built in this data directory yet."""


def store_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / STORE_NAME


def remove_stale_drafts(data_dir: Path) -> list[Path]:
    """Remove the drafts (and their DuckDB logs) of refreshes that died; called under the lock."""
    removed = []
    for draft in data_dir.glob(f".{STORE_NAME}.*.draft*"):
        pid = draft.name.split(".")[3] if draft.name.count(".") >= 4 else ""
        if pid != str(os.getpid()):
            draft.unlink(missing_ok=True)
            removed.append(draft)
    return removed


def durable_replace(draft: Path, published: Path) -> None:
    """Swap the draft in whole, flushed first so a power cut cannot publish a half-written file."""
    with open(draft, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(draft, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def discard(draft: Path) -> None:
    draft.unlink(missing_ok=True)
    draft.with_name(f"{draft.name}.wal").unlink(missing_ok=True)  # DuckDB's log of the draft


def open_draft(published: Path, draft: Path) -> duckdb.DuckDBPyConnection:
    """A copy of the published store (or a new file) with the schema, open for writing."""
    discard(draft)
    if published.exists():
        shutil.copyfile(published, draft)
    connection = duckdb.connect(str(draft))
    try:
        connection.execute(SCHEMA)
    except BaseException:
        connection.close()
        raise
    return connection


@contextmanager
def writable_copy(data_dir: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to a copy of the store; on success the copy replaces the published file.

    On any failure (a full disk included) the draft is removed and the published file is untouched;
    a failure to write is raised as StoreWriteError, in plain words."""
    published = store_path(data_dir)
    draft = published.with_name(f".{STORE_NAME}.{os.getpid()}.draft")
    try:
        connection = open_draft(published, draft)
    except (OSError, duckdb.Error) as error:
        discard(draft)
        if not is_write_failure(error) and not isinstance(error, OSError):
            raise
        raise plain_write_error(error, published) from error
    try:
        yield connection
        connection.execute("CHECKPOINT")
        connection.close()
        durable_replace(draft, published)
    except BaseException as error:
        connection.close()
        discard(draft)
        if is_write_failure(error):
            raise plain_write_error(error, published) from error
        raise


def connect_readonly(data_dir: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the published store."""
    path = store_path(data_dir)
    if not path.exists():
        raise StoreMissing(f"no store at {path}: run `tally refresh` first")
    return duckdb.connect(str(path), read_only=True)


@contextmanager
def open_store_readonly(data_dir: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the published store, closed on exit.

    It never waits on a refresh: the writer works on a draft copy and swaps it in whole, so this
    sees the last published run. Raises StoreMissing when no refresh has run yet.
    """
    connection = connect_readonly(data_dir)
    try:
        yield connection
    finally:
        connection.close()


@contextmanager
def open_store_for_writing(data_dir: Path | str) -> Iterator[duckdb.DuckDBPyConnection]:
    """The refresh lock, then a draft copy of the store that replaces the published file on success."""
    with refresh_lock(data_dir):
        remove_stale_drafts(Path(data_dir))
        with writable_copy(data_dir) as connection:
            yield connection


class StoredDocument(NamedTuple):
    """What a refresh compares a document read again with."""

    doc_id: str
    content_hash: str
    extractor_version: str  # of its figures ('' when it has none)
    description: tuple  # its DESCRIPTION_FIELDS, as stored


def stored_documents(connection: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], StoredDocument]:
    """(source, doc) -> the stored current document (see StoredDocument)."""
    described = ", ".join(f"d.{column}" for column in DESCRIPTION_FIELDS)
    rows = connection.execute(
        f"""SELECT d.source, d.doc, d.doc_id, d.content_hash, coalesce(max(f.extractor_version), ''),
                  {described}
           FROM current_documents d LEFT JOIN current_figures f USING (doc_id)
           GROUP BY ALL"""
    ).fetchall()
    return {(row[0], row[1]): StoredDocument(*row[2:5], tuple(row[5:])) for row in rows}


def stored_fingerprints(connection: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], tuple[str, str]]:
    """(source, doc) -> (fingerprint, content hash) of each folder file, as the store last read it."""
    rows = connection.execute(
        "SELECT source, doc, fingerprint, content_hash FROM file_fingerprints"
    ).fetchall()
    return {(source, doc): (printed, digest) for source, doc, printed, digest in rows}


def write_fingerprints(
    connection: duckdb.DuckDBPyConnection, fingerprints: dict[tuple[str, str], tuple[str, str]]
) -> None:
    """Keep the fingerprints of the files this run read, in place of the ones they had before."""
    if not fingerprints:
        return
    frame = FileFingerprintsTable.validate(
        pd.DataFrame(
            [(source, doc, printed, digest) for (source, doc), (printed, digest) in fingerprints.items()],
            columns=["source", "doc", "fingerprint", "content_hash"],
        )
    )
    connection.register("incoming_fingerprints", frame)
    connection.execute(
        "DELETE FROM file_fingerprints WHERE (source, doc) IN (SELECT source, doc FROM incoming_fingerprints)"
    )
    connection.execute("INSERT INTO file_fingerprints SELECT * FROM incoming_fingerprints")
    connection.unregister("incoming_fingerprints")


def supersede(connection: duckdb.DuckDBPyConnection, doc_id: str, run_id: str) -> None:
    """Keep a changed document's old text and figures as history, marked with the run that replaced them."""
    for table in ("documents", "figures"):
        connection.execute(
            f"UPDATE {table} SET superseded_by = ? WHERE doc_id = ? AND superseded_by IS NULL",
            [run_id, doc_id],
        )


DOCUMENT_FIELDS = [
    "doc_id",
    "doc",
    "url",
    "title",
    "publisher",
    "published_at",
    "date_basis",
    "language",
    "kind",
    "source",
    "content_hash",
    "text",
]


def write_documents(connection: duckdb.DuckDBPyConnection, documents: list[Document], run_id: str) -> None:
    """Insert new documents in one bulk insert."""
    if not documents:
        return
    frame = pd.DataFrame(
        [{f: getattr(d, f) for f in DOCUMENT_FIELDS} for d in documents], columns=DOCUMENT_FIELDS
    )
    frame["published_at"] = pd.to_datetime(frame["published_at"], errors="coerce")
    frame = DocumentsTable.validate(frame)
    frame["published_at"] = frame["published_at"].dt.date
    frame["first_seen_run"], frame["last_seen_run"], frame["superseded_by"] = run_id, run_id, None
    connection.register("incoming_documents", frame)
    connection.execute("INSERT INTO documents SELECT * FROM incoming_documents")
    connection.unregister("incoming_documents")


def touch_documents(connection: duckdb.DuckDBPyConnection, doc_ids: list[str], run_id: str) -> None:
    """Record that unchanged documents were seen again by this run."""
    if doc_ids:
        connection.register("seen", pd.DataFrame({"doc_id": doc_ids}))
        connection.execute(
            "UPDATE documents SET last_seen_run = ? "
            "WHERE superseded_by IS NULL AND doc_id IN (SELECT doc_id FROM seen)",
            [run_id],
        )
        connection.unregister("seen")


def insert_figures(
    connection: duckdb.DuckDBPyConnection, figures: pd.DataFrame, run_id: str, version: str
) -> None:
    """Append validated figures (contract columns) in one bulk insert."""
    if figures.empty:
        return
    frame = figures[FIGURE_COLUMNS].copy()
    for column in ("as_of", "event_date", "published_at"):
        frame[column] = pd.to_datetime(frame[column].replace("", None), errors="coerce").dt.date
    frame["run_id"], frame["extractor_version"], frame["superseded_by"] = run_id, version, None
    connection.register("incoming_figures", frame)
    connection.execute("INSERT INTO figures SELECT * FROM incoming_figures")
    connection.unregister("incoming_figures")


def insert_rejects(connection: duckdb.DuckDBPyConnection, run_id: str, rejects: list[dict]) -> None:
    if rejects:
        RejectsTable.validate(pd.DataFrame(rejects))
    for reject in rejects:
        connection.execute(
            "INSERT INTO rejects VALUES (?, ?, ?, ?, ?)",
            [
                run_id,
                reject["doc"],
                reject["stage"],
                reject["reason"],
                json.dumps(reject.get("row"), default=str),
            ],
        )


def record_run(connection: duckdb.DuckDBPyConnection, run: dict) -> None:
    columns = [
        "run_id",
        "started_at",
        "finished_at",
        "status",
        "documents_new",
        "documents_unchanged",
        "documents_failed",
        "figures_new",
        "rejects",
        "config_hash",
        "extractor_version",
        "failures_json",
    ]
    RunsTable.validate(pd.DataFrame([run]))
    connection.execute(
        f"INSERT INTO runs VALUES ({', '.join('?' * len(columns))})", [run[c] for c in columns]
    )
