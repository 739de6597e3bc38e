"""Readers during a refresh, and a scheduled refresh stopped by SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from etl.config import load_config
from etl.pipeline import refresh
from etl.reference import load_reference
from tests.conftest import ROOT, SEEDS

FEED = ROOT / "seeds" / "feeds" / "techforpalestine"

READER = """
import json, os, sys, time, duckdb
path, until, out, stop = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
seen, errors, after_stop = [], [], 0
while time.time() < until and after_stop < 20:
    after_stop += os.path.exists(stop)
    try:
        with duckdb.connect(path, read_only=True) as connection:
            seen.append(connection.execute("SELECT count(*) FROM current_figures").fetchone()[0])
    except Exception as error:
        errors.append(repr(error))
open(out, "w").write(json.dumps({"seen": seen, "errors": errors}))
"""


def test_a_reader_sees_the_old_store_or_the_new_one_never_a_mix(tmp_path):
    data = tmp_path / "data"
    small = tmp_path / "small.toml"
    small.write_text(f'[[source]]\nname = "seeds"\nkind = "folder"\npath = "{SEEDS}"\n')
    full = tmp_path / "full.toml"
    full.write_text(
        small.read_text() + f'\n[[source]]\nname = "tfp"\nkind = "techforpalestine"\npath = "{FEED}"\n'
    )
    before = refresh(load_config(small), data, load_reference(), show_progress=False)["figures_new"]
    out, stop = tmp_path / "reader.json", tmp_path / "stop"
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            READER,
            str(data / "tally.duckdb"),
            str(time.time() + 120),
            str(out),
            str(stop),
        ]
    )
    time.sleep(0.5)
    added = refresh(load_config(full), data, load_reference(), show_progress=False)["figures_new"]
    stop.write_text("done")
    reader.wait(timeout=150)
    report = json.loads(out.read_text())
    assert report["errors"] == []
    assert set(report["seen"]) <= {before, before + added} and before in report["seen"]
    assert before + added in report["seen"]


def test_schedule_stops_cleanly_on_sigterm(tmp_path):
    tally = os.path.join(os.path.dirname(sys.executable), "tally")
    process = subprocess.Popen(
        [tally, "schedule", "--every", "1h", "--data-dir", str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(240):  # wait (bounded) for the first run to be published
        if (tmp_path / "data" / "tally.duckdb").exists():
            break
        time.sleep(0.25)
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert stdout.strip(), stderr
    assert json.loads(stdout.splitlines()[0])["documents_new"] > 0
    assert "schedule stopped after 1 run(s)" in stderr
    assert not (tmp_path / "data" / "refresh.lock").exists()
