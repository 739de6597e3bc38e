"""A local folder of `.txt` / `.html` / `.md` documents described by a `documents.csv` manifest."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from etl.contract import MANIFEST_COLUMNS
from etl.documents import Document, normalise_text
from etl.sources import SourceFailure

DOCUMENT_SUFFIXES = {".txt", ".html", ".htm", ".md"}
MANIFEST_NAME = "documents.csv"
# Files that document a folder rather than being documents in it.
NOT_DOCUMENTS = ("readme", "license", "source")


def html_to_text(html: str) -> str:
    """The main text of an HTML page (trafilatura), without navigation and boilerplate."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False)
    return text or ""


def parse_date(text: str) -> date | None:
    """A manifest date (YYYY-MM-DD); None when empty or malformed."""
    try:
        return date.fromisoformat(text.strip()[:10]) if text.strip() else None
    except ValueError:
        return None


def read_manifest(folder: Path) -> tuple[dict[str, dict[str, str]], list[SourceFailure]]:
    """Manifest rows keyed by file name, and the problems found in the manifest."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}, []
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("file", "published_at") if c not in (reader.fieldnames or [])]
        if missing:
            return {}, [SourceFailure(str(path), f"manifest lacks the column(s) {', '.join(missing)}")]
        rows: dict[str, dict[str, str]] = {}
        failures: list[SourceFailure] = []
        for line, row in enumerate(reader, start=2):
            name = (row.get("file") or "").strip()
            row = {column: (row.get(column) or "").strip() for column in MANIFEST_COLUMNS}
            if not name:
                failures.append(SourceFailure(str(path), f"line {line}: no file name"))
            elif name in rows:
                failures.append(
                    SourceFailure(name, f"{MANIFEST_NAME} line {line}: duplicate row, first kept")
                )
            elif row["published_at"] and parse_date(row["published_at"]) is None:
                failures.append(
                    SourceFailure(name, f"{MANIFEST_NAME} line {line}: bad date {row['published_at']!r}")
                )
                rows[name] = row | {"published_at": ""}
            else:
                rows[name] = row
    return rows, failures


def read_text_file(path: Path) -> str:
    """Decode a document: UTF-8 (with or without BOM), UTF-16 by BOM, else latin-1."""
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw:
        raise ValueError("binary content (NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def load_document(path: Path, row: dict[str, str] | None, source: str = "") -> Document:
    """One file as a Document, its HTML reduced to main text."""
    raw = read_text_file(path)
    text = html_to_text(raw) if path.suffix.lower() in {".html", ".htm"} else raw
    text = normalise_text(text)
    if not text.strip():
        raise ValueError("no text")
    row = row or {}
    return Document(
        doc=path.name,
        text=text,
        url=row.get("url", ""),
        title=row.get("title", ""),
        publisher=row.get("publisher", ""),
        published_at=parse_date(row.get("published_at", "")),
        date_basis=row.get("date_basis", ""),
        language=row.get("language", ""),  # empty: detected from the text at extraction
        source=source,
    )


def document_names(folder: Path) -> list[str]:
    """The folder's document file names, sorted (scandir: no stat per file, for folders of 10k files)."""
    with os.scandir(folder) as entries:
        names = [entry.name for entry in entries if entry.is_file()]
    kept = []
    for name in names:
        stem, suffix = os.path.splitext(name)  # as Path's stem and suffix, without a Path per file
        if suffix.lower() in DOCUMENT_SUFFIXES and stem.lower() not in NOT_DOCUMENTS:
            kept.append(name)
    return sorted(kept)


def read_folder(folder: Path | str, source: str = "") -> Iterator[Document | SourceFailure]:
    """Every document in the folder (manifest rows first, then unlisted files), or a failure for each."""
    folder = Path(folder)
    rows, failures = read_manifest(folder)
    yield from failures
    files = [folder / name for name in document_names(folder)]
    present = {p.name for p in files}
    for name in rows:
        if name not in present:
            yield SourceFailure(name, f"listed in {MANIFEST_NAME} but the file does not exist", source)
    for path in files:
        row = rows.get(path.name)
        try:
            document = load_document(path, row, source)
        except (OSError, ValueError) as error:
            yield SourceFailure(path.name, f"cannot be read: {error}", source)
            continue
        if row is None:
            yield SourceFailure(
                path.name, f"not in {MANIFEST_NAME}: read without a publication date", source, fatal=False
            )
        elif document.published_at is None:
            yield SourceFailure(
                path.name, "no publication date in the manifest: as_of left empty", source, fatal=False
            )
        yield document
