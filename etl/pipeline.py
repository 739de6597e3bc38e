"""A refresh: read the configured sources, extract what is new or changed, validate, store, record the run."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from rich.progress import Progress

from etl import store
from etl.config import Config, read_source
from etl.documents import DESCRIPTION_FIELDS, Document, stable_hash
from etl.extract import extract_rows, extractor_version, figures_frame
from etl.extract.language import detect_language
from etl.reference import Reference
from etl.sources import NotModified, SourceFailure
from etl.validate import split_valid
from etl.workers import extract_many

# New figures are gathered into a frame every this many rows, not kept as dicts to the end.
FRAME_BATCH_ROWS = 5000

SUMMARY_KEYS = (
    "documents_new",
    "documents_unchanged",
    "documents_failed",
    "figures_new",
    "rejects",
    "run_id",
)


@dataclass
class RunLog:
    run_id: str
    started_at: datetime
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("documents_new", "documents_unchanged", "documents_failed", "figures_new", "rejects"), 0
        )
    )
    failures: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    seen: dict[str, tuple[tuple[str, str], str]] = field(default_factory=dict)  # id -> ((source, doc), hash)
    # (source, doc) -> (fingerprint, hash) of the files read again and found unchanged
    fingerprints: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def fail(self, doc: str, reason: str, stage: str = "read") -> None:
        self.counts["documents_failed"] += 1
        self.failures.append({"doc": doc, "reason": reason})
        self.rejects.append({"doc": doc, "stage": stage, "reason": reason, "row": None})


def note(failure: SourceFailure, log: RunLog) -> None:
    """A failed document fails; a part left out of a read document is a reject; the rest are warnings."""
    if failure.fatal:
        log.fail(failure.doc, failure.reason)
        return
    log.warnings.append({"doc": failure.doc, "reason": failure.reason})
    if failure.row is not None:
        log.rejects.append(
            {"doc": failure.doc, "stage": "read", "reason": failure.reason, "row": failure.row}
        )


def new_run_id(now: datetime) -> str:
    return f"run-{now:%Y%m%dT%H%M%S}-{stable_hash(now.isoformat(), length=6)}"


def figure_rows(document: Document, reference: Reference) -> list[dict]:
    """A dataset document carries its figures; prose goes through the extractor."""
    if document.kind == "dataset":
        rows = document.meta.get("figures", [])
    else:
        rows = extract_rows(document, reference)
    return with_document_ids(rows, document)


def is_blank(value: object) -> bool:
    return value is None or value is pd.NA or value != value or (isinstance(value, str) and not value.strip())


def document_fields(document: Document) -> dict[str, str]:
    published = document.published_at.isoformat() if document.published_at else ""
    fields = {"doc_id": document.doc_id, "doc": document.doc, "reported_by": document.publisher}
    return fields | {"published_at": published}


def with_document_ids(rows: list[dict], document: Document) -> list[dict]:
    """Fill the ids and document fields a figure source left empty (the extractor usually fills them)."""
    fields = {column: value for column, value in document_fields(document).items() if value}
    filled = []
    for row in rows:
        if any(is_blank(row.get(column)) for column in ("figure_id", *fields)):
            row = dict(row)  # a copy: the rows may belong to the document (a dataset's figures)
            for column, value in fields.items():
                if is_blank(row.get(column)):
                    row[column] = value
            if is_blank(row.get("figure_id")):
                row["figure_id"] = stable_hash(
                    document.doc_id, document.content_hash, str(row["char_start"]), str(row["mention"])
                )
        filled.append(row)
    return filled


def same_document(item: Document, log: RunLog) -> str | None:
    """The other name under which this very text (same id, same hash) is stored or was read this run."""
    where, digest = log.seen.get(item.doc_id, ((item.source, item.doc), ""))
    return where[1] if where != (item.source, item.doc) and digest == item.content_hash else None


def is_unchanged(item: Document, stored: store.StoredDocument, reextract_other_than: str | None) -> bool:
    """The same text, described the same way, and read by the extractor of version
    `reextract_other_than` (None: whichever read it)."""
    if stored.content_hash != item.content_hash or (
        reextract_other_than and stored.extractor_version != reextract_other_than
    ):
        return False
    for column, was in zip(DESCRIPTION_FIELDS, stored.description, strict=True):
        now = getattr(item, column)
        if column == "language" and not now:
            continue  # a language the source leaves blank is detected, and stored as detected
        if (now or None) != (was or None):  # "" and NULL both say "not given"
            return False
    return True


def trusted_fingerprints(
    source: str,
    fingerprints: dict[tuple[str, str], tuple[str, str]],
    known: dict[tuple[str, str], store.StoredDocument],
) -> dict[str, str]:
    """A source's file fingerprints whose file's stored document is still the text they were taken with."""
    trusted = {}
    for (where, doc), (printed, digest) in fingerprints.items():
        stored = known.get((where, doc))
        if where == source and stored and stored.content_hash == digest:
            trusted[doc] = printed
    return trusted


def to_extract(
    items: list,
    reference: Reference,
    log: RunLog,
    known: dict[tuple[str, str], store.StoredDocument],
    reextract: bool,
) -> list[tuple[Document, str | None]]:
    """New and changed documents (with the id they replace); counts the unchanged and the failed."""
    version = extractor_version(reference)
    pending: list[tuple[Document, str | None]] = []
    for item in items:
        if isinstance(item, NotModified):
            stored = known.get((item.source, item.doc))
            if stored:
                log.counts["documents_unchanged"] += 1
                log.unchanged.append(stored.doc_id)
            else:  # the server says unchanged, yet the store does not have it: never silent
                log.warnings.append(
                    {"doc": item.doc, "reason": "server says unchanged, but it is not stored"}
                )
            continue
        if isinstance(item, SourceFailure):
            note(item, log)
            continue
        stored = known.get((item.source, item.doc))
        if stored and is_unchanged(item, stored, version if reextract else None):
            log.counts["documents_unchanged"] += 1
            log.unchanged.append(stored.doc_id)
            if item.meta.get("fingerprint"):
                log.fingerprints[(item.source, item.doc)] = (item.meta["fingerprint"], item.content_hash)
            continue
        twin = same_document(item, log)
        if twin:  # the same text under another name (no URL): stored once, not once per copy
            log.warnings.append({"doc": item.doc, "reason": f"same document as {twin}, stored once"})
            log.counts["documents_unchanged"] += 1
            continue
        if not item.language and item.kind == "article":
            item = replace(item, language=detect_language(item.text, reference))
        log.seen[item.doc_id] = ((item.source, item.doc), item.content_hash)
        pending.append((item, stored.doc_id if stored else None))
    return pending


def extract_pending(
    pending: list[tuple[Document, str | None, int]],
    reference: Reference,
    log: RunLog,
    workers: int,
    progress: Progress,
) -> tuple[list[tuple[Document, str | None]], pd.DataFrame]:
    """The figures of every pending document (with its progress task), in order; failures are named."""
    changed: list[tuple[Document, str | None]] = []
    frames: list[pd.DataFrame] = []
    batch: list[dict] = []
    documents = [document for document, _, _ in pending]
    outcomes = extract_many(documents, reference, figure_rows, workers)
    for (document, previous, task), (figures, error) in zip(pending, outcomes, strict=True):
        progress.advance(task)
        if error is not None:
            log.fail(document.doc, f"extraction failed: {error}", "extract")
            continue
        changed.append((document, previous))
        batch += figures
        if len(batch) >= FRAME_BATCH_ROWS:  # rows as dicts take three times a frame's memory
            frames.append(figures_frame(batch))
            batch = []
    frames = [frame for frame in (*frames, figures_frame(batch)) if not frame.empty]
    return changed, pd.concat(frames, ignore_index=True) if frames else figures_frame([])


def write_changes(
    connection, changed: list, figures: pd.DataFrame, reference: Reference, log: RunLog
) -> None:
    """Validate every new figure in one pass and write documents, figures and rejects in bulk."""
    for _, previous in changed:
        if previous:
            store.supersede(connection, previous, log.run_id)
    store.write_documents(connection, [document for document, _ in changed], log.run_id)
    store.touch_documents(connection, log.unchanged, log.run_id)
    stored_files = {
        (document.source, document.doc): (document.meta["fingerprint"], document.content_hash)
        for document, _ in changed
        if document.meta.get("fingerprint")
    }
    store.write_fingerprints(connection, log.fingerprints | stored_files)
    good, bad = split_valid(figures, reference)
    store.insert_figures(connection, good, log.run_id, extractor_version(reference))
    for row in bad.to_dict("records"):
        reason = f"{figure_words(row)} failed the check {row.pop('reason')}"
        log.rejects.append({"doc": row.get("doc", ""), "stage": "validate", "reason": reason, "row": row})
    log.counts["documents_new"] += len(changed)
    log.counts["figures_new"] += len(good)


def figure_words(row: dict) -> str:
    """A refused figure in words: its metric, its mention and where it came from."""
    where = str(row.get("attribution_text") or row.get("quote") or "")[:80]
    return f"{row.get('metric') or 'figure'} {row.get('mention')!r}" + (f" ({where})" if where else "")


def run_status(log: RunLog) -> str:
    """ok: nothing failed; partial: some documents failed or were rejected; failed: nothing was read."""
    if not log.failures and not log.rejects:
        return "ok"
    read = log.counts["documents_new"] + log.counts["documents_unchanged"]
    return "partial" if read else "failed"


def refresh(
    config: Config,
    data_dir: Path,
    reference: Reference,
    reextract: bool = False,
    show_progress: bool | None = None,
    workers: int = 1,
) -> dict:
    """Run one refresh; returns the summary (SUMMARY_KEYS) and records the run in the store.

    `workers` > 1 extracts across that many processes when there are enough new documents.
    """
    started = datetime.now(UTC).replace(tzinfo=None)
    log = RunLog(new_run_id(started), started)
    # Progress is for a person at a terminal; piped or captured output stays clean.
    quiet = not (sys.stdout.isatty() and sys.stderr.isatty()) if show_progress is None else not show_progress
    fetchers: list = []  # their HTTP caches are saved only once the store is published
    with store.open_store_for_writing(data_dir) as connection:
        known = store.stored_documents(connection)
        # --reextract reads every file: a fingerprint says the text is the same, not its figures
        fingerprints = {} if reextract else store.stored_fingerprints(connection)
        log.seen = {stored.doc_id: (where, stored.content_hash) for where, stored in known.items()}
        with Progress(disable=quiet, transient=True) as progress:
            pending = []
            for source in config.sources:
                try:
                    unchanged = trusted_fingerprints(source.name, fingerprints, known)
                    items = list(read_source(source, data_dir, fetchers, unchanged))
                except Exception as error:  # a source that cannot be read is named, the rest goes on
                    log.fail(source.name, f"source cannot be read: {type(error).__name__}: {error}")
                    continue
                task = progress.add_task(f"[bold]{source.name}", total=len(items))
                new = to_extract(items, reference, log, known, reextract)
                progress.advance(task, len(items) - len(new))  # what needs no extraction is done
                pending += [(document, previous, task) for document, previous in new]
            # All sources' documents in one batch: one pool for the run, busy to the end.
            changed, figures = extract_pending(pending, reference, log, workers, progress)
        write_changes(connection, changed, figures, reference, log)
        log.counts["rejects"] = len(log.rejects)
        store.insert_rejects(connection, log.run_id, log.rejects)
        status = run_status(log)
        store.record_run(
            connection,
            {
                "run_id": log.run_id,
                "started_at": started,
                "finished_at": datetime.now(UTC).replace(tzinfo=None),
                "status": status,
                **log.counts,
                "config_hash": config.digest,
                "extractor_version": extractor_version(reference),
                "failures_json": json.dumps(log.failures + [dict(w, warning=True) for w in log.warnings]),
            },
        )
    for fetcher in fetchers:
        fetcher.save()
    refused = [{"doc": r["doc"], "reason": r["reason"]} for r in log.rejects if r["stage"] == "validate"]
    return {
        **log.counts,
        "run_id": log.run_id,
        "failures": log.failures,
        "warnings": log.warnings,
        "refused": refused,
    }
