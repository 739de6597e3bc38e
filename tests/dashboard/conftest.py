"""A real store built by a real refresh on a small fixture folder and a slice of the TfP series."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from etl.config import load_config
from etl.pipeline import refresh
from etl.reference import load_reference
from tests.conftest import ROOT, SEEDS

DAYS = ("2024-02-22", "2024-02-23", "2024-02-24")


def write_tfp_slice(target: Path) -> None:
    """Three days of the bundled Gaza series (and its mapping tables) as a small feed folder."""
    import json

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


@pytest.fixture(scope="session")
def server(fixture_store):
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "dashboard" / "app.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    env = dict(os.environ, TALLY_DATA_DIR=str(fixture_store))
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/_stcore/health")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=20)
