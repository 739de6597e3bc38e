"""A local folder of `.txt` / `.html` / `.md` documents described by a `documents.csv` manifest."""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Iterator, Mapping
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from etl.contract import MANIFEST_COLUMNS
from etl.documents import Document, normalise_text, stable_hash
from etl.sources import NotModified, SourceFailure

DOCUMENT_SUFFIXES = {".txt", ".html", ".htm", ".md"}
MANIFEST_NAME = "documents.csv"
# Files that document a folder rather than being documents in it.
NOT_DOCUMENTS = ("readme", "license", "source")
# The same cap as a fetched page (etl.sources.http): a bigger file is refused, not read into memory.
MAX_DOCUMENT_BYTES = 5_000_000
# Signatures of the binary formats a misnamed file usually is.
BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "a gzip archive",
}
# Control bytes no text uses (NUL among them): more than this share of them is a binary file;
# fewer are stray bytes (a NUL is removed, with a warning).
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
MAX_CONTROL_SHARE = 0.05
# A file changed this recently may change again within the same tick of the file system's clock,
# unseen by its times (git's "racy" index entries): it gets no fingerprint, and is read next time.
RACY_NS = 2_000_000_000


def html_to_text(html: str) -> str:
    """The main text of an HTML page (trafilatura), without navigation and boilerplate."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False)
    return text or ""


class PageText(HTMLParser):
    """Every text node outside <script>, <style> and <template>: the fallback for HTML that
    trafilatura cannot read (very deep nesting). html.parser does not recurse, so depth cannot break it."""

    SKIPPED = {"script", "style", "template", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.skipping += tag in self.SKIPPED

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in self.SKIPPED and self.skipping > 0

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.parts.append(data.strip())


def plain_page_text(html: str) -> str:
    parser = PageText()
    parser.feed(html)
    parser.close()
    return "\n".join(parser.parts)


def parse_date(text: str) -> date | None:
    """A manifest date (YYYY-MM-DD); None when empty or malformed."""
    try:
        return date.fromisoformat(text.strip()[:10]) if text.strip() else None
    except ValueError:
        return None


def read_manifest(folder: Path) -> tuple[dict[str, dict[str, str]], list[SourceFailure]]:
    """Manifest rows keyed by file name, and the problems found in the manifest.

    A manifest that cannot be read is named, and the folder's files are still read without it."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}, []
    try:
        text, _ = decode_text(read_raw(path))
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = [c for c in ("file", "published_at") if c not in (reader.fieldnames or [])]
        if missing:
            problem = f"manifest lacks the column(s) {', '.join(missing)}: every file read without it"
            return {}, [SourceFailure(MANIFEST_NAME, problem)]
        return manifest_rows(reader)
    except (OSError, ValueError, csv.Error) as error:
        return {}, [SourceFailure(MANIFEST_NAME, f"cannot be read: {error}: every file read without it")]


def manifest_rows(reader: csv.DictReader) -> tuple[dict[str, dict[str, str]], list[SourceFailure]]:
    """Rows keyed by file name; a duplicate, nameless or badly dated row is a reject, named by line."""
    rows: dict[str, dict[str, str]] = {}
    failures: list[SourceFailure] = []
    for line, row in enumerate(reader, start=2):
        name = (row.get("file") or "").strip()
        row = {column: (row.get(column) or "").strip() for column in MANIFEST_COLUMNS}
        if not name:
            failures.append(SourceFailure(MANIFEST_NAME, f"line {line}: no file name", fatal=False, row=row))
        elif name in rows:  # the document is still read (with the first row): the row is a reject
            reason = f"{MANIFEST_NAME} line {line}: duplicate row, first kept"
            failures.append(SourceFailure(name, reason, fatal=False, row=row))
        elif row["published_at"] and parse_date(row["published_at"]) is None:
            reason = (
                f"{MANIFEST_NAME} line {line}: bad date {row['published_at']!r} (not YYYY-MM-DD): "
                "read without a publication date"
            )
            failures.append(SourceFailure(name, reason, fatal=False, row=row))
            rows[name] = row | {"published_at": ""}
        else:
            rows[name] = row
    return rows, failures


def read_raw(path: Path) -> bytes:
    """The file's bytes, refused (before reading them) past MAX_DOCUMENT_BYTES.

    Unbuffered, sized on the open file: a refresh reads every file of folders of thousands, and
    this took 30 µs a file where `stat` then `read_bytes` took 45 and a capped `read` 80."""
    with open(path, "rb", buffering=0) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_DOCUMENT_BYTES:
            raise ValueError(
                f"too large: {size:,} bytes, over the {MAX_DOCUMENT_BYTES:,}-byte limit for a document"
            )
        return handle.readall()


def check_not_binary(raw: bytes) -> None:
    """Raise, naming the format when known, for a file that is not text."""
    for signature, kind in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise ValueError(f"not text: the file is {kind}")
    controls = len(raw) - len(raw.translate(None, CONTROL_BYTES))
    if controls > MAX_CONTROL_SHARE * len(raw):
        raise ValueError("not text: a binary file (control bytes throughout)")


def decode_text(raw: bytes) -> tuple[str, list[str]]:
    """(text, notes): UTF-16 by BOM, else UTF-8 (with or without BOM), else latin-1; stray NULs removed.

    The notes say what was done to the bytes, so the run log can name it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), ["decoded as UTF-16 (byte order mark)"]
    check_not_binary(raw)
    notes = []
    nuls = raw.count(b"\x00")
    if nuls:
        raw = raw.replace(b"\x00", b"")
        notes.append(f"{nuls} NUL byte{'s' if nuls > 1 else ''} removed")
    try:
        return raw.decode("utf-8-sig"), notes
    except UnicodeDecodeError:
        return raw.decode("latin-1"), [*notes, "not UTF-8: decoded as latin-1"]


def document_text(path: Path) -> tuple[str, list[str]]:
    """(plain text, notes) of a file: HTML reduced to its main text, or to all its text when
    trafilatura finds none (a page too deeply nested for it)."""
    raw, notes = decode_text(read_raw(path))
    if path.suffix.lower() not in {".html", ".htm"}:
        return raw, notes
    text = html_to_text(raw)
    if not text.strip():
        text = plain_page_text(raw)
        if text.strip():
            notes.append("no article found in the HTML (malformed or too deeply nested): read all its text")
    return text, notes


def load_document(path: Path, row: dict[str, str] | None, source: str = "") -> Document:
    """One file as a Document, its HTML reduced to main text; `meta["notes"]` says how it was read."""
    text, notes = document_text(path)
    text = normalise_text(text)
    if not text.strip():
        raise ValueError("empty: no text to read")
    row = row or {}
    document = Document(
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
    document.meta["notes"] = notes
    return document


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


def fingerprint(path: str, row: dict[str, str] | None, now_ns: int) -> str:
    """What tells, without reading it, that a file and its manifest row are as they were: size,
    modification and change times, inode, and the row. "" for a file changed too recently to trust.

    Taken before the file is read: a change made while it is read leaves times the next one sees."""
    stat = os.stat(path)
    if max(stat.st_mtime_ns, stat.st_ctime_ns) > now_ns - RACY_NS:
        return ""
    described = stable_hash(*(row or {}).values())
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}:{described}"


def read_folder(
    folder: Path | str, source: str = "", unchanged: Mapping[str, str] | None = None
) -> Iterator[Document | SourceFailure | NotModified]:
    """Every document in the folder (manifest rows first, then unlisted files), or a failure for each.

    `unchanged` maps file names to the fingerprints they had when the store last read them: a file
    that still has its fingerprint is not read again but given as NotModified. A document read
    without any caveat carries its fingerprint in `meta["fingerprint"]`, for the store to keep.
    """
    folder = Path(folder)
    unchanged = unchanged or {}
    rows, failures = read_manifest(folder)
    yield from failures
    names = document_names(folder)
    present = set(names)
    for name in rows:
        if name not in present:
            yield SourceFailure(name, f"listed in {MANIFEST_NAME} but the file does not exist", source)
    now_ns = time.time_ns()
    for name in names:
        row = rows.get(name)
        try:
            printed = fingerprint(os.path.join(folder, name), row, now_ns)  # no Path per unchanged file
            if printed and unchanged.get(name) == printed:
                yield NotModified(name, source)
                continue
            document = load_document(folder / name, row, source)
        except (OSError, ValueError) as error:
            yield SourceFailure(name, f"cannot be read: {error}", source)
            continue
        caveats = [SourceFailure(name, note, source, fatal=False) for note in document.meta["notes"]]
        if row is None:
            reason = f"not in {MANIFEST_NAME}: read without a publication date"
            caveats.append(SourceFailure(name, reason, source, fatal=False))
        elif document.published_at is None:
            reason = "no publication date in the manifest: as_of left empty"
            caveats.append(SourceFailure(name, reason, source, fatal=False))
        yield from caveats
        if printed and not caveats:  # a caveat is named on every run, so its file is read on every run
            document.meta["fingerprint"] = printed
        yield document
