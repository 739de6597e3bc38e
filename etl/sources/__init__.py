"""Sources: one module per kind of input, each yielding Documents (or failures naming the document)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceFailure:
    """A document or source that could not be read, and why, in plain words."""

    doc: str
    reason: str
    source: str = ""
    fatal: bool = True  # False: the document was still read, with this caveat
    row: dict | None = None  # the part of the document that was left out, kept as a reject


@dataclass(frozen=True)
class NotModified:
    """A document its source says is unchanged since the last refresh: a server's HTTP 304, or a
    folder's file that kept the fingerprint it had when the store read it."""

    doc: str
    source: str = ""
