"""Stores for the dashboard tests, a real server, and helpers to drive pages and read downloads.

Two stores:
- `fixture_store`: built by the real `refresh` on the seed articles and three days of the
  bundled TfP series (the real path, end to end);
- `synthetic_store`: written row by row with the store's own DDL (etl.store.SCHEMA), small and
  hand-checked, with what the seeds lack: a disagreement between sources, a range, a proposed
  figure, HTML in a document, a formula-like quote, a failed run with rejects.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard.serve import server_command
from etl.config import load_config
from etl.contract import FIGURE_COLUMNS
from etl.pipeline import refresh
from etl.reference import load_reference
from tests.conftest import ROOT, SEEDS

APP = str(ROOT / "dashboard" / "app.py")
DAYS = ("2024-02-22", "2024-02-23", "2024-02-24")


def write_tfp_slice(target: Path) -> None:
    """Three days of the bundled Gaza series (and its mapping tables) as a small feed folder."""
    source = ROOT / "seeds" / "feeds" / "techforpalestine"
    target.mkdir(parents=True)
    for name in ("fields.csv", "report_sources.csv"):
        shutil.copy(source / name, target / name)
    for dataset in ("casualties_daily", "west_bank_daily"):
        records = json.loads((source / f"{dataset}.json").read_text(encoding="utf-8"))
        (target / f"{dataset}.json").write_text(json.dumps([r for r in records if r["report_date"] in DAYS]))


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("store")
    write_tfp_slice(root / "tfp")
    shutil.copytree(SEEDS, root / "seeds")
    (root / "tally.toml").write_text(
        '[[source]]\nname = "seeds"\nkind = "folder"\npath = "seeds"\n\n'
        '[[source]]\nname = "techforpalestine"\nkind = "techforpalestine"\npath = "tfp"\n',
        encoding="utf-8",
    )
    data_dir = root / "data"
    refresh(load_config(root / "tally.toml"), data_dir, load_reference(), show_progress=False)
    return data_dir


# --- The synthetic store ---------------------------------------------------------------------------

A1_TEXT = (
    "Gaza toll <b>rises</b>. At least 23,000 people have been killed in Gaza, the health ministry said. "
    "<script>alert('x')</script> Israel says 1,200 people were killed on 7 October."
)
A2_TEXT = (
    "The Government Media Office put the toll at 23,500. Between 200 and 300 hostages were taken. "
    "A deal would free 50 hostages."
)
A3_TEXT = "=SUM(A1) 40 personnes ont été blessées à Gaza."  # a French article

DOCUMENTS = [
    # doc_id, doc, title, publisher, published_at, kind, source, text
    (
        "a1",
        "a1.txt",
        "Toll <script>alert(1)</script> rises",
        "Wire <b>News</b>",
        "2024-01-10",
        "article",
        "news",
        A1_TEXT,
    ),
    ("a2", "a2.txt", "Media office toll", "Other Paper", "2024-01-11", "article", "news", A2_TEXT),
    ("a3", "a3.txt", "Blessés", "Third Paper", "2024-01-11", "article", "news", A3_TEXT),
    *[
        (
            f"d{day}",
            f"casualties_daily.json#2024-01-{day}",
            f"Gaza daily casualties 2024-01-{day}",
            "Tech For Palestine",
            f"2024-01-{day}",
            "dataset",
            "techforpalestine",
            f"Gaza daily casualties, 2024-01-{day}. Gaza Health Ministry reported killed_cum: {value}.",
        )
        for day, value in (("09", 22900), ("10", 23100), ("11", 23300))
    ],
]


def figure(doc_id: str, text: str, mention: str, quote: str, **fields) -> dict:
    start = re.search(rf"(?<![\d,.]){re.escape(mention)}(?![\d,])", text).start()
    published = next(d[4] for d in DOCUMENTS if d[0] == doc_id)
    row = {
        "figure_id": f"{doc_id}-{start}",
        "doc_id": doc_id,
        "doc": next(d[1] for d in DOCUMENTS if d[0] == doc_id),
        "location": "Gaza",
        "subgroup": "all",
        "value_high": None,
        "qualifier": "exact",
        "status": "reported",
        "attributed_to": "",
        "attribution_basis": "",
        "attribution_text": "",
        "reported_by": next(d[3] for d in DOCUMENTS if d[0] == doc_id),
        "as_of": published,
        "event_date": None,
        "published_at": published,
        "mention": mention,
        "quote": quote,
        "char_start": start,
        "char_end": start + len(mention),
    }
    row.update(fields)
    return row


def synthetic_figures() -> list[dict]:
    a1_sentence = "At least 23,000 people have been killed in Gaza, the health ministry said."
    rows = [
        figure(
            "a1",
            A1_TEXT,
            "23,000",
            a1_sentence,
            metric="killed",
            value=23000,
            qualifier="at_least",
            attributed_to="Gaza Health Ministry",
            attribution_text="the health ministry",
        ),
        figure(
            "a1",
            A1_TEXT,
            "1,200",
            "Israel says 1,200 people were killed on 7 October.",
            metric="killed",
            location="Israel",
            value=1200,
            attributed_to="Israeli official figures",
            attribution_text="Israel",
            event_date="2023-10-07",
        ),
        figure(
            "a2",
            A2_TEXT,
            "23,500",
            "The Government Media Office put the toll at 23,500.",
            metric="killed",
            value=23500,
            attributed_to="Gaza Government Media Office",
        ),
        figure(
            "a2",
            A2_TEXT,
            "200 and 300",
            "Between 200 and 300 hostages were taken.",
            metric="hostages_taken",
            value=200,
            value_high=300,
            qualifier="range",
        ),
        figure(
            "a2",
            A2_TEXT,
            "50",
            "A deal would free 50 hostages.",
            metric="hostages_released",
            value=50,
            status="proposed",
        ),
        figure("a3", A3_TEXT, "40", A3_TEXT, metric="injured", value=40),
    ]
    for doc_id, _doc, _title, _publisher, _published, kind, _source, text in DOCUMENTS:
        if kind == "dataset":
            mention = text.rsplit(": ", 1)[1].rstrip(".")
            rows.append(
                figure(
                    doc_id,
                    text,
                    mention,
                    text,
                    metric="killed",
                    value=int(mention),
                    attributed_to="Gaza Health Ministry",
                    attribution_text="Gaza Health Ministry",
                )
            )
    return rows


@pytest.fixture
def figures() -> pd.DataFrame:
    """The synthetic figures as the dashboard loads them (with their document's kind and feed)."""
    frame = pd.DataFrame(synthetic_figures())
    kinds = {d[0]: d[5] for d in DOCUMENTS}
    feeds = {d[0]: d[6] for d in DOCUMENTS}
    frame["kind"], frame["source"] = frame["doc_id"].map(kinds), frame["doc_id"].map(feeds)
    for column in ("as_of", "event_date", "published_at"):
        frame[column] = pd.to_datetime(frame[column])
    frame["value_high"] = frame["value_high"].astype("Int64")
    return frame


RUNS = [
    # run_id, started_at, finished_at, status, new, unchanged, failed, figures_new, rejects, failures_json
    ("run-1", "2024-01-11 06:00:00", "2024-01-11 06:01:00", "ok", 6, 0, 0, 9, 0, "[]"),
    (
        "run-2",
        "2024-01-12 06:00:00",
        "2024-01-12 06:02:30",
        "partial",
        0,
        6,
        1,
        0,
        1,
        json.dumps([{"doc": "broken.html", "reason": "could not decode the page"}]),
    ),
]
REJECTS = [("run-2", "a2.txt", "validate", "value_high_not_below_value: 300 < 200", '{"value": 300}')]


def write_synthetic_store(data_dir: Path) -> Path:
    """A store with the production DDL and hand-written rows (see the module docstring)."""
    from etl.store import SCHEMA, STORE_NAME

    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / STORE_NAME
    doc_frame = pd.DataFrame(
        [
            {
                "doc_id": doc_id,
                "doc": doc,
                "url": f"https://example.org/{doc}" if kind == "article" else "",
                "title": title,
                "publisher": publisher,
                "published_at": pd.Timestamp(published).date(),
                "date_basis": "metadata",
                "language": "fr" if doc_id == "a3" else "en",
                "kind": kind,
                "source": source,
                "content_hash": f"hash-{doc_id}",
                "text": text,
                "first_seen_run": "run-1",
                "last_seen_run": "run-2",
                "superseded_by": None,
            }
            for doc_id, doc, title, publisher, published, kind, source, text in DOCUMENTS
        ]
    )
    fig_frame = pd.DataFrame(synthetic_figures())[FIGURE_COLUMNS]
    for column in ("as_of", "event_date", "published_at"):
        fig_frame[column] = pd.to_datetime(fig_frame[column]).dt.date
    fig_frame["value_high"] = fig_frame["value_high"].astype("Int64")
    fig_frame["run_id"], fig_frame["extractor_version"], fig_frame["superseded_by"] = "run-1", "test", None
    with duckdb.connect(str(path)) as connection:
        connection.execute(SCHEMA)
        connection.register("doc_frame", doc_frame)
        connection.register("fig_frame", fig_frame)
        connection.execute("INSERT INTO documents SELECT * FROM doc_frame")
        connection.execute("INSERT INTO figures SELECT * FROM fig_frame")
        # A superseded figure: history, never shown.
        connection.execute(
            "INSERT INTO figures SELECT * REPLACE ('old-' || figure_id AS figure_id, 99999 AS value, "
            "'run-2' AS superseded_by) FROM figures WHERE figure_id = ?",
            [f"a1-{A1_TEXT.index('23,000')}"],
        )
        for run in RUNS:
            connection.execute(
                "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'cfg', 'test', ?)", list(run)
            )
        for reject in REJECTS:
            connection.execute("INSERT INTO rejects VALUES (?, ?, ?, ?, ?)", list(reject))
    return data_dir


@pytest.fixture(scope="session")
def synthetic_store(tmp_path_factory) -> Path:
    return write_synthetic_store(tmp_path_factory.mktemp("synthetic") / "data")


ARTICLE_SQL = (
    "SELECT f.*, d.kind FROM current_figures f JOIN current_documents d USING (doc_id) WHERE {where} "
    "ORDER BY f.as_of, f.doc, f.char_start, f.figure_id"
)


def store_frame(data_dir: Path, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(data_dir / "tally.duckdb"), read_only=True) as connection:
        return connection.execute(sql).df()


# --- Driving pages ---------------------------------------------------------------------------------


def open_page(data_dir: Path, page: str | None = None, monkeypatch=None, **params: str):
    """The app on `data_dir`, run once, then switched to `views/<page>.py` with URL parameters."""
    from streamlit.testing.v1 import AppTest

    if monkeypatch is not None:
        monkeypatch.setenv("TALLY_DATA_DIR", str(data_dir))
    else:
        os.environ["TALLY_DATA_DIR"] = str(data_dir)
    app = AppTest.from_file(APP, default_timeout=120)
    for name, value in params.items():
        app.query_params[name] = value
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    if page is not None:
        app.switch_page(f"views/{page}.py").run()
        assert not app.exception, [e.value for e in app.exception]
    return app


# Every callable a page registers for a deferred download ("Every figure", "Chart (PNG)"), by file
# id, as Streamlit gets it. Streamlit drops its own copy when it collects orphaned files, which in
# AppTest can happen before a test reads it; this record keeps the very callable the button calls.
DEFERRED: dict[str, Callable] = {}


def record_deferred_downloads() -> None:
    from streamlit.runtime.media_file_manager import MediaFileManager

    original = MediaFileManager.add_deferred
    if getattr(original, "records_for_tests", False):
        return

    def add_deferred(self, data_callable, *args, **kwargs):
        file_id = original(self, data_callable, *args, **kwargs)
        DEFERRED[file_id] = data_callable
        return file_id

    add_deferred.records_for_tests = True
    MediaFileManager.add_deferred = add_deferred


record_deferred_downloads()


def downloaded_bytes(button) -> bytes:
    """The file behind a download button (stored, or generated on click), as the user gets it."""
    import gc

    from streamlit.runtime.media_file_manager import MediaFileManager

    proto = button.proto
    if proto.HasField("deferred_file_id"):
        assert proto.deferred_file_id in DEFERRED, f"no deferred download {proto.deferred_file_id}"
        content = DEFERRED[proto.deferred_file_id]()
        return content.encode("utf-8") if isinstance(content, str) else content
    file_id = proto.url.rsplit("/", 1)[-1].split(".")[0]
    for manager in (o for o in gc.get_objects() if isinstance(o, MediaFileManager)):
        stored = manager._storage._files_by_id.get(file_id)
        if stored is not None:
            return stored.content
    raise AssertionError(f"no media file {file_id}")


def download(app, key: str) -> bytes:
    buttons = [b for b in app.get("download_button") if b.proto.id.endswith(key) or key in b.proto.id]
    assert buttons, f"no download button {key}"
    return downloaded_bytes(buttons[0])


def expected_figures_csv(frame: pd.DataFrame) -> bytes:
    """figures.csv as the contract writes it, built here independently of the app's code."""
    frame = frame[FIGURE_COLUMNS].copy()
    for column in ("as_of", "published_at", "event_date"):
        frame[column] = frame[column].map(lambda d: d.strftime("%Y-%m-%d") if pd.notna(d) else "")
    frame["value_high"] = frame["value_high"].astype("Int64")
    for column in frame.columns:
        frame[column] = frame[column].map(
            lambda v: f"'{v}" if isinstance(v, str) and v[:1] in ("=", "+", "-", "@") else v
        )
    return frame.to_csv(index=False).encode("utf-8")


# --- A real server ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, attempts: int = 120) -> str:
    """GET url until it answers (bounded: attempts x 0.5 s)."""
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"{url} never answered")


def start_server(data_dir: Path):
    port = free_port()
    command = server_command(port, "127.0.0.1")
    env = dict(os.environ, TALLY_DATA_DIR=str(data_dir))
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, f"http://127.0.0.1:{port}"


def stop_server(process) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=20)


@pytest.fixture(scope="session")
def server(fixture_store):
    process, url = start_server(fixture_store)
    try:
        wait_for(f"{url}/_stcore/health")
        yield url
    finally:
        stop_server(process)


@pytest.fixture(scope="session")
def synthetic_server(synthetic_store):
    process, url = start_server(synthetic_store)
    try:
        wait_for(f"{url}/_stcore/health")
        yield url
    finally:
        stop_server(process)
