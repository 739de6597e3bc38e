"""A failure to write the store, told in plain words naming the path.

A full disk, a read-only data directory or a missing permission reaches the refresh as an OSError
or as a DuckDB error of some class; both become StoreWriteError, and the published store is left as
it was.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import duckdb

WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG, errno.EACCES, errno.EPERM}


class StoreWriteError(OSError):
    """The data directory cannot take the new store (full disk, read-only, no permission).

    The published store is left as it was; the message names the path and the problem."""


def plain_write_error(error: BaseException, path: Path) -> StoreWriteError:
    """An OS or DuckDB write failure in plain words, naming the path."""
    text = str(error)
    number = getattr(error, "errno", None)
    if number == errno.ENOSPC or "No space left" in text:
        problem = f"no space left on device writing {path}"
    elif number in (errno.EROFS, errno.EACCES, errno.EPERM) or "Read-only file system" in text:
        problem = f"data directory {path.parent} is not writable ({os.strerror(number or errno.EROFS)})"
    elif number == errno.EFBIG or "File too large" in text:
        problem = f"file size limit reached writing {path}"
    else:
        problem = f"cannot write {path}: {text}"
    return StoreWriteError(number or errno.EIO, f"{problem}; the published store is unchanged")


# How DuckDB words a failure of the disk under it, whatever exception class carries it.
DISK_WORDS = ("No space left", "Read-only file system", "File too large", "Disk quota", "Permission denied")


def is_write_failure(error: BaseException) -> bool:
    """A failure of the disk under the store (not some other fault of the refresh)."""
    if isinstance(error, duckdb.IOException):
        return True
    if isinstance(error, duckdb.Error):
        return any(words in str(error) for words in DISK_WORDS)
    return (
        isinstance(error, OSError) and not isinstance(error, StoreWriteError) and error.errno in WRITE_ERRNOS
    )
