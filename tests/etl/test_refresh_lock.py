"""One refresh at a time: the lock names its holder, and racing processes never hold it together."""

from __future__ import annotations

import subprocess
import sys

import pytest

from etl import refresh_lock
from tests.conftest import ROOT

SLOW_HOLDER = """
import os, sys, time
from etl import refresh_lock
handle = refresh_lock.take_lock(os.path.join(sys.argv[1], refresh_lock.LOCK_NAME))
print("locked", flush=True)
time.sleep(0.1)  # the gap between taking the lock and writing the pid
os.write(handle, str(os.getpid()).encode())
time.sleep(3)
"""


def test_a_refresh_refused_the_lock_names_its_holder_though_it_has_not_written_its_pid_yet(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", SLOW_HOLDER, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(
            refresh_lock.StoreBusy, match=f"another refresh \\(pid {holder.pid}\\) is running"
        ):
            refresh_lock.take_lock(tmp_path / refresh_lock.LOCK_NAME)
    finally:
        holder.kill()
        holder.wait()


LOCK_TAKER = """
import os, sys
from etl import refresh_lock
data, rounds = sys.argv[1], int(sys.argv[2])
held = overlaps = 0
for _ in range(rounds):
    try:
        with refresh_lock.refresh_lock(data):
            held += 1
            try:  # a marker only one holder at a time may create
                os.close(os.open(os.path.join(data, "holder"), os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                overlaps += 1
                continue
            os.unlink(os.path.join(data, "holder"))
    except refresh_lock.StoreBusy:
        pass
print(held, overlaps)
"""


def test_processes_racing_for_the_lock_never_hold_it_together(tmp_path):
    """The holder removes the lock file as it leaves: one who opened the old file just before must
    not think it holds the lock while a third takes the new file."""
    command = [sys.executable, "-c", LOCK_TAKER, str(tmp_path), "3000"]
    racers = [subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(4)]
    results = [tuple(map(int, racer.communicate(timeout=120)[0].split())) for racer in racers]
    assert all(held > 0 for held, _ in results)  # they did take turns
    assert [overlaps for _, overlaps in results] == [0, 0, 0, 0]
