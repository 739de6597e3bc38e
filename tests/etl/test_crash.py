"""Crashes, races and full disks: the published store is never left half-written.

- `tally refresh` killed with SIGKILL at seeded random moments (and as soon as its draft appears):
  the store opens read-only and holds exactly the previous figures and runs (killed before the swap)
  or exactly the new ones (killed after it); the dead refresh's lock and draft do not block or
  confuse the next one, which completes the work.
- Two refreshes started at once: one runs, the other exits naming the running one.
- A full disk and a read-only data directory (real tmpfs mounts, so root cannot write through
  them): a clear error and the old store byte for byte.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from etl.cli import main
from tests.conftest import SEEDS
from tests.etl.conftest import feed_records, write_tfp_slice

TALLY = os.path.join(os.path.dirname(sys.executable), "tally")
DAYS = tuple(r["report_date"] for r in feed_records("casualties_daily"))[:40]


def workspace(root: Path) -> tuple[Path, Path]:
    """(small config: the seed articles, full config: the seeds and 40 days of the TfP series)."""
    write_tfp_slice(root / "tfp", days=DAYS)
    small = root / "small.toml"
    small.write_text(f'[[source]]\nname = "seeds"\nkind = "folder"\npath = "{SEEDS}"\n')
    full = root / "full.toml"
    full.write_text(
        small.read_text() + '\n[[source]]\nname = "tfp"\nkind = "techforpalestine"\npath = "tfp"\n'
    )
    return small, full


def start(config: Path, data: Path) -> subprocess.Popen:
    command = [TALLY, "refresh", "--config", str(config), "--data-dir", str(data), "--json"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(config: Path, data: Path) -> subprocess.CompletedProcess:
    process = start(config, data)
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def contents(data: Path) -> tuple[int, int]:
    """(current figures, runs) of the published store, opened read-only as the dashboard opens it."""
    with duckdb.connect(str(data / "tally.duckdb"), read_only=True) as connection:
        figures = connection.execute("SELECT count(*) FROM current_figures").fetchone()[0]
        runs = connection.execute("SELECT count(*) FROM runs").fetchone()[0]
    return figures, runs


def wait_for_draft(data: Path, process: subprocess.Popen) -> None:
    """Until this process's own draft exists (the kill then lands while it writes)."""
    while process.poll() is None and not (data / f".tally.duckdb.{process.pid}.draft").exists():
        time.sleep(0.01)


def test_kill_9_at_random_points_loses_nothing(tmp_path):
    small, full = workspace(tmp_path)
    started = time.monotonic()
    clean = finish(full, tmp_path / "clean")
    duration = time.monotonic() - started
    assert clean.returncode == 0, clean.stderr
    expected = contents(tmp_path / "clean")[0]
    data = tmp_path / "data"
    assert finish(small, data).returncode == 0
    previous, pristine = contents(data), (data / "tally.duckdb").read_bytes()
    assert 0 < previous[0] < expected
    randomly = random.Random(7)
    points = [duration * randomly.uniform(0.2, 0.8) for _ in range(2)] + ["draft"]
    published = (expected, previous[1] + 1)
    interrupted = []
    for point in points:
        process = start(full, data)
        if point == "draft":
            wait_for_draft(data, process)
        else:
            time.sleep(point)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        now = contents(data)  # readable whatever the moment of the kill
        assert process.returncode in (0, -signal.SIGKILL)
        if process.returncode == 0 or now == published:  # the swap came first: the new store is whole
            assert now == published, point
            (data / "tally.duckdb").write_bytes(pristine)  # the next point starts from the old store
            continue
        interrupted.append(point)
        assert now == previous, point  # killed before the swap: exactly what it was
    assert "draft" in interrupted  # a kill landed while the draft was being written
    leftovers = sorted(p.name for p in data.iterdir())
    assert any(name.endswith(".draft") for name in leftovers), leftovers  # the killed writer's draft
    done = finish(full, data)
    assert done.returncode == 0, done.stderr
    assert contents(data)[0] == expected
    assert sorted(p.name for p in data.iterdir()) == ["tally.duckdb"]  # stale drafts and lock gone


def test_two_refreshes_at_once_one_runs_one_says_so(tmp_path):
    _, full = workspace(tmp_path)
    data = tmp_path / "data"
    first, second = start(full, data), start(full, data)
    results = [(p.returncode, out, err) for p in (first, second) for out, err in [p.communicate(timeout=300)]]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results
    refused = next(err for code, _, err in results if code == 1)
    winner = first if first.returncode == 0 else second
    assert f"another refresh (pid {winner.pid}) is running on {data}" in refused
    assert "try again when it has finished" in refused
    stored = json.loads(next(out for code, out, _ in results if code == 0))["figures_new"]
    assert stored > 0 and contents(data) == (stored, 1)  # the winner's run, whole


@pytest.fixture
def tmpfs(tmp_path):
    """Mount a small tmpfs (root only); yields a function that mounts one at a path with a size."""
    mounted: list[Path] = []

    def mount(path: Path, size: int) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True, text=True
        )
        if result.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()}): needs root")
        mounted.append(path)
        return path

    yield mount
    for path in reversed(mounted):
        subprocess.run(["umount", "-l", str(path)], check=False)


def previous_store(tmp_path: Path, small: Path) -> Path:
    built = tmp_path / "built"
    result = CliRunner().invoke(main, ["refresh", "--config", str(small), "--data-dir", str(built)])
    assert result.exit_code == 0, result.output
    return built / "tally.duckdb"


@pytest.mark.parametrize("room", ["copy", "write"])
def test_a_full_disk_is_a_clear_error_and_the_old_store_stays(tmp_path, tmpfs, room):
    """copy: no room for the draft copy; write: the copy fits, the new figures do not."""
    small, full = workspace(tmp_path)
    built = previous_store(tmp_path, small)
    size = built.stat().st_size
    data = tmpfs(tmp_path / "data", size + size // 2 if room == "copy" else 2 * size + 64 * 1024)
    shutil.copy(built, data / "tally.duckdb")
    before = (data / "tally.duckdb").read_bytes()
    result = CliRunner().invoke(main, ["refresh", "--config", str(full), "--data-dir", str(data)])
    assert result.exit_code == 1
    assert f"no space left on device writing {data / 'tally.duckdb'}; the published store is unchanged" in (
        result.output
    ), result.output
    assert (data / "tally.duckdb").read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["tally.duckdb"]  # no half draft filling the disk
    assert contents(data)[1] == 1


def test_a_read_only_data_directory_is_a_clear_error(tmp_path, tmpfs):
    small, full = workspace(tmp_path)
    built = previous_store(tmp_path, small)
    data = tmpfs(tmp_path / "data", 64 * 2**20)
    shutil.copy(built, data / "tally.duckdb")
    before = (data / "tally.duckdb").read_bytes()
    remount = subprocess.run(["mount", "-o", "remount,ro", str(data)], capture_output=True, text=True)
    assert remount.returncode == 0, remount.stderr
    result = CliRunner().invoke(main, ["refresh", "--config", str(full), "--data-dir", str(data)])
    assert result.exit_code == 1
    assert f"data directory {data} is not writable (Read-only file system)" in result.output, result.output
    assert (data / "tally.duckdb").read_bytes() == before and contents(data)[1] == 1
