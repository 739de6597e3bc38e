"""One refresh at a time: `refresh.lock` beside the store, an flock the kernel frees if its holder dies.

Even a refresh killed with kill -9 never blocks the next one; a refresh refused the lock is told the
pid of the one that holds it.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from etl.write_errors import plain_write_error

LOCK_NAME = "refresh.lock"
# how often, and how long apart, a refresh refused the lock reads the pid its holder is writing
HOLDER_READS = 50
HOLDER_WAIT_S = 0.01


class StoreBusy(RuntimeError):
    """Another refresh holds the lock."""


@contextmanager
def refresh_lock(data_dir: Path | str) -> Iterator[Path]:
    """Hold `refresh.lock` (an flock) for the duration; a live holder makes this raise StoreBusy.

    The kernel drops the flock when its process dies, even by kill -9, so a crashed refresh never
    blocks the next one; the file is removed on a clean exit."""
    path = Path(data_dir) / LOCK_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = take_lock(path)
    except OSError as error:
        raise plain_write_error(error, path) from error
    try:
        os.ftruncate(handle, 0)
        os.write(handle, str(os.getpid()).encode())
        yield path
    finally:
        path.unlink(missing_ok=True)  # while still held: a waiting process then sees a new file
        os.close(handle)


def take_lock(path: Path) -> int:
    """An open descriptor of `path` holding its exclusive flock, or StoreBusy naming the holder."""
    while True:
        handle = os.open(path, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = lock_holder(handle)
            os.close(handle)
            raise StoreBusy(f"another refresh (pid {holder}) is running on {path.parent}") from None
        try:
            same = os.fstat(handle).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:  # not a file its last holder removed between our open and our flock
            return handle
        os.close(handle)


def lock_holder(handle: int) -> str:
    """The pid the lock's holder wrote, or "?". It writes it right after taking the lock: a holder read
    in between is waited for, a few milliseconds at most."""
    for _ in range(HOLDER_READS):
        holder = os.pread(handle, 32, 0).decode(errors="replace").strip()
        if holder:
            return holder
        time.sleep(HOLDER_WAIT_S)
    return "?"
