"""Stores for the dashboard tests, a real server, and helpers to drive pages and read downloads.

Two stores:
- `fixture_store`: built by the real `refresh` on the seed articles and three days of the
  bundled TfP series (the real path, end to end);
- `synthetic_store`: small and hand-checked, written row by row (`synthetic.py`), with what the
  seeds lack: a disagreement between sources, a range, a proposed figure, a failed run.
"""

from __future__ import annotations

import json
import os
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
from tests.dashboard.synthetic import DOCUMENTS, synthetic_figures, write_synthetic_store

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
# The same for files a page hands over whole (a stored download): their bytes, by their URL.
STORED: dict[str, bytes | str] = {}


def record_downloads() -> None:
    from streamlit.runtime.media_file_manager import MediaFileManager

    if getattr(MediaFileManager.add, "records_for_tests", False):
        return
    add, add_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def recording_add(self, path_or_data, *args, **kwargs):
        url = add(self, path_or_data, *args, **kwargs)
        STORED[url] = path_or_data
        return url

    def recording_add_deferred(self, data_callable, *args, **kwargs):
        file_id = add_deferred(self, data_callable, *args, **kwargs)
        DEFERRED[file_id] = data_callable
        return file_id

    recording_add.records_for_tests = True
    MediaFileManager.add, MediaFileManager.add_deferred = recording_add, recording_add_deferred


record_downloads()


def downloaded_bytes(button) -> bytes:
    """The file behind a download button (stored, or generated on click), as the user gets it."""
    proto = button.proto
    if proto.HasField("deferred_file_id"):
        assert proto.deferred_file_id in DEFERRED, f"no deferred download {proto.deferred_file_id}"
        content = DEFERRED[proto.deferred_file_id]()
    else:
        assert proto.url in STORED, f"no media file {proto.url}"
        content = STORED[proto.url]
    return content.encode("utf-8") if isinstance(content, str) else content


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
