"""Refresh on a real DuckDB file: incremental, idempotent, history kept, failures named, never silent.

Figure values come from the TfP feed (which carries its own figures), so nothing here depends on
what the text extractor finds; folders of articles are used for reading and counting documents.
"""

from __future__ import annotations

import shutil
import time
from datetime import date

import duckdb
import pytest

from etl import pipeline
from etl.config import load_config
from etl.contract import EXTRACTOR_VERSION, FIGURE_COLUMNS
from etl.documents import Document
from etl.extract import extractor_version
from etl.pipeline import refresh
from etl.reference import load_reference
from etl.refresh_lock import StoreBusy, refresh_lock
from etl.sources import folder
from tests.conftest import ROOT
from tests.etl.conftest import query, run_refresh, write_config, write_tfp_slice

FOLDER = ROOT / "tests" / "fixtures" / "folder"
DAY = "casualties_daily.json#2024-02-23"


def test_first_refresh_stores_the_days_figures_and_the_run(tfp_root, reference):
    summary = run_refresh(tfp_root, reference)
    found = dict(
        query(
            tfp_root,
            "SELECT subgroup || '/' || metric, value FROM current_figures WHERE doc = ? AND subgroup = 'all'",
            [DAY],
        )
    )
    assert found == {"all/killed": 29514, "all/injured": 69616}
    assert query(
        tfp_root, "SELECT DISTINCT attributed_to, as_of FROM current_figures WHERE doc = ?", [DAY]
    ) == [("Gaza Health Ministry", date(2024, 2, 23))]
    assert summary["documents_failed"] == summary["rejects"] == 0
    assert query(tfp_root, "SELECT run_id, status, documents_new, figures_new FROM runs") == [
        (summary["run_id"], "ok", summary["documents_new"], summary["figures_new"])
    ]


def test_second_refresh_adds_nothing(tfp_root, reference):
    first = run_refresh(tfp_root, reference)
    second = run_refresh(tfp_root, reference)
    assert (second["documents_new"], second["documents_unchanged"], second["figures_new"]) == (
        0,
        first["documents_new"],
        0,
    )
    assert query(tfp_root, "SELECT count(*) FROM figures") == [(first["figures_new"],)]
    assert query(tfp_root, "SELECT count(DISTINCT last_seen_run) FROM documents") == [(1,)]


def test_figures_gathered_in_batches_are_stored_as_in_one(tmp_path, reference, monkeypatch):
    """New figures are gathered into frames every FRAME_BATCH_ROWS rows: the store is the same."""
    write_tfp_slice(tmp_path / "tfp")
    write_config(tmp_path, tfp=("techforpalestine", "tfp"))
    everything = "SELECT * EXCLUDE (run_id) FROM figures ORDER BY figure_id"
    whole = run_refresh(tmp_path, reference)
    stored = query(tmp_path, everything)
    shutil.rmtree(tmp_path / "data")
    monkeypatch.setattr(pipeline, "FRAME_BATCH_ROWS", 7)  # a batch boundary inside a document's rows
    batched = run_refresh(tmp_path, reference)
    assert batched["figures_new"] == whole["figures_new"] > 3 * 7
    assert query(tmp_path, everything) == stored


def test_changed_document_keeps_old_figures_as_history(tmp_path, reference):
    write_tfp_slice(tmp_path / "tfp")
    write_config(tmp_path, tfp=("techforpalestine", "tfp"))
    run_refresh(tmp_path, reference)
    n_day = query(tmp_path, "SELECT count(*) FROM figures WHERE doc = ?", [DAY])[0][0]

    def revise(dataset: str, record: dict) -> None:
        if dataset == "casualties_daily" and record["report_date"] == "2024-02-23":
            record["killed_cum"] = 29515  # the source corrects its number

    write_tfp_slice(tmp_path / "tfp", edit=revise)
    second = run_refresh(tmp_path, reference)
    assert second["documents_new"] == 1
    assert query(
        tmp_path,
        "SELECT value FROM current_figures WHERE doc = ? AND metric = 'killed' AND subgroup = 'all'",
        [DAY],
    ) == [(29515,)]
    assert query(
        tmp_path, "SELECT value, superseded_by FROM figures WHERE doc = ? AND value = 29514", [DAY]
    ) == [(29514, second["run_id"])]
    assert query(tmp_path, "SELECT count(*) FROM figures WHERE doc = ? AND superseded_by IS NULL", [DAY]) == [
        (n_day,)
    ]


def test_a_figure_failing_validation_is_a_named_reject(tmp_path, reference):
    def corrupt(dataset: str, record: dict) -> None:
        if dataset == "casualties_daily" and record["report_date"] == "2024-02-23":
            record["press_killed_cum"] = -132

    write_tfp_slice(tmp_path / "tfp", edit=corrupt)
    write_config(tmp_path, tfp=("techforpalestine", "tfp"))
    summary = run_refresh(tmp_path, reference)
    assert summary["rejects"] == 1
    [(doc, stage, reason, row)] = query(tmp_path, "SELECT doc, stage, reason, row_json FROM rejects")
    assert (doc, stage) == (DAY, "validate") and "value: value_is_not_negative" in reason and "-132" in row
    assert query(
        tmp_path, "SELECT count(*) FROM current_figures WHERE doc = ? AND subgroup = 'journalists'", [DAY]
    ) == [(0,)]
    assert query(
        tmp_path,
        "SELECT value FROM current_figures WHERE doc = ? AND metric = 'killed' AND subgroup = 'all'",
        [DAY],
    ) == [(29514,)]  # the rest of the day is kept
    assert query(tmp_path, "SELECT status, rejects FROM runs") == [("partial", 1)]


def test_folder_documents_are_read_counted_and_failures_named(tmp_path, reference):
    shutil.copytree(FOLDER, tmp_path / "docs")
    write_config(tmp_path, docs=("folder", "docs"))
    summary = run_refresh(tmp_path, reference)
    assert (summary["documents_new"], summary["documents_failed"]) == (3, 1)
    assert summary["failures"] == [{"doc": "missing.txt", "reason": summary["failures"][0]["reason"]}]
    assert "does not exist" in summary["failures"][0]["reason"]
    assert {w["doc"] for w in summary["warnings"]} == {"unlisted.txt"}  # read, with a caveat
    assert query(tmp_path, "SELECT doc, stage FROM rejects WHERE stage = 'read'") == [("missing.txt", "read")]
    stored = query(tmp_path, "SELECT doc, kind, source, published_at FROM current_documents ORDER BY doc")
    assert stored == [
        ("page.html", "article", "docs", date(2024, 3, 5)),
        ("strike.txt", "article", "docs", date(2024, 3, 4)),
        ("unlisted.txt", "article", "docs", None),
    ]


def test_a_corrected_manifest_row_has_its_document_read_again(tmp_path, reference, monkeypatch):
    """The text is the same, but the figures are dated and reported from the manifest: a corrected
    publication date moves "said on Sunday", and the figures read with the old row become history."""
    monkeypatch.setattr(folder, "RACY_NS", 0)  # the files keep their fingerprints: only the row changes
    shutil.copytree(FOLDER, tmp_path / "docs")
    write_config(tmp_path, docs=("folder", "docs"))
    first = run_refresh(tmp_path, reference)
    manifest = tmp_path / "docs" / "documents.csv"
    corrected = manifest.read_text(encoding="utf-8").replace(
        "Fixture Wire,2024-03-04", "Fixture Wire Corrected,2024-03-11"
    )
    manifest.write_text(corrected, encoding="utf-8")
    second = run_refresh(tmp_path, reference)
    assert (second["documents_new"], second["documents_unchanged"]) == (1, 2)
    said = "FROM {} WHERE doc = 'strike.txt' AND quote LIKE '%said on Sunday%'"
    published = "SELECT DISTINCT published_at, reported_by FROM current_figures WHERE doc = 'strike.txt'"
    assert query(tmp_path, published) == [(date(2024, 3, 11), "Fixture Wire Corrected")]
    assert query(tmp_path, "SELECT DISTINCT as_of " + said.format("current_figures")) == [
        (date(2024, 3, 10),)
    ]
    history = "SELECT DISTINCT as_of, superseded_by " + said.format("figures") + " AND superseded_by <> ''"
    assert query(tmp_path, history) == [(date(2024, 3, 3), second["run_id"])]
    assert query(tmp_path, "SELECT count(*) FROM current_figures") == [(first["figures_new"],)]
    third = run_refresh(tmp_path, reference)
    assert (third["documents_new"], third["documents_unchanged"]) == (0, 3)


def test_one_documents_extraction_crash_is_a_reject_and_the_run_goes_on(tmp_path, reference, monkeypatch):
    shutil.copytree(FOLDER, tmp_path / "docs")
    write_config(tmp_path, docs=("folder", "docs"))
    extract = pipeline.extract_rows

    def fragile(document, reference):
        if document.doc == "strike.txt":
            raise ValueError("unexpected token")
        return extract(document, reference)

    monkeypatch.setattr(pipeline, "extract_rows", fragile)
    summary = run_refresh(tmp_path, reference)
    assert {"doc": "strike.txt", "reason": "extraction failed: ValueError: unexpected token"} in summary[
        "failures"
    ]
    assert query(tmp_path, "SELECT stage FROM rejects WHERE doc = 'strike.txt'") == [("extract",)]
    assert [d for (d,) in query(tmp_path, "SELECT doc FROM current_documents ORDER BY doc")] == [
        "page.html",
        "unlisted.txt",
    ]


def test_the_same_text_twice_is_stored_once(tmp_path, reference):
    (tmp_path / "docs").mkdir()
    for name in ("copy1.txt", "copy2.txt"):
        (tmp_path / "docs" / name).write_text(
            "Some 12 people were killed, officials said.\n", encoding="utf-8"
        )
    write_config(tmp_path, docs=("folder", "docs"))
    first = run_refresh(tmp_path, reference)
    assert (first["documents_new"], first["documents_unchanged"], first["documents_failed"]) == (1, 1, 0)
    assert {"doc": "copy2.txt", "reason": "same document as copy1.txt, stored once"} in first["warnings"]
    second = run_refresh(tmp_path, reference)
    assert (second["documents_new"], second["documents_unchanged"]) == (0, 2)
    assert query(tmp_path, "SELECT count(*) FROM documents") == [(1,)]


def test_nothing_readable_is_a_failed_run(tmp_path, reference):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "empty.txt").write_text("", encoding="utf-8")
    write_config(tmp_path, docs=("folder", "docs"))
    summary = run_refresh(tmp_path, reference)
    assert summary["documents_failed"] == 1
    assert query(tmp_path, "SELECT status FROM runs") == [("failed",)]


def test_ids_a_figure_source_leaves_empty_are_filled_from_its_document():
    document = Document(doc="x.txt", text="12 killed", publisher="Wire", published_at=date(2024, 1, 2))
    row = dict.fromkeys(FIGURE_COLUMNS, "") | {"mention": "12", "char_start": 0, "char_end": 2, "value": 12}
    filled = pipeline.with_document_ids([row], document)[0]
    assert (filled["doc_id"], filled["doc"], filled["reported_by"], filled["published_at"]) == (
        document.doc_id,
        "x.txt",
        "Wire",
        "2024-01-02",
    )
    again = pipeline.with_document_ids([row], document)[0]
    assert row["doc_id"] == ""  # the source's own row is left as it was
    assert filled["figure_id"] and filled["figure_id"] == again["figure_id"]  # stable across runs


def test_a_second_refresh_at_once_is_refused(tfp_root, reference):
    (tfp_root / "data").mkdir()
    with refresh_lock(tfp_root / "data"), pytest.raises(StoreBusy, match="another refresh"):
        run_refresh(tfp_root, reference)


def test_a_stale_lock_is_taken_over(tfp_root, reference):
    (tfp_root / "data").mkdir()
    (tfp_root / "data" / "refresh.lock").write_text("999999999")
    assert run_refresh(tfp_root, reference)["documents_new"] > 0


def test_a_refresh_reads_again_only_the_files_that_changed(tmp_path, reference, monkeypatch):
    """A folder of years of coverage is not read whole on every refresh: a file that kept its size,
    times, inode and manifest row is counted unchanged from its fingerprint in the store."""
    monkeypatch.setattr(folder, "RACY_NS", 0)  # the copies are new: trust them at once
    shutil.copytree(FOLDER, tmp_path / "docs")
    write_config(tmp_path, docs=("folder", "docs"))
    first = run_refresh(tmp_path, reference)
    opened: list[str] = []
    read_raw = folder.read_raw
    monkeypatch.setattr(folder, "read_raw", lambda path: opened.append(path.name) or read_raw(path))

    second = run_refresh(tmp_path, reference)
    assert sorted(opened) == ["documents.csv", "unlisted.txt"]  # the one with a caveat is read every time
    assert (second["documents_new"], second["documents_unchanged"], second["documents_failed"]) == (0, 3, 1)
    assert {w["doc"] for w in second["warnings"]} == {"unlisted.txt"}
    seen = "SELECT count(*) FROM current_documents WHERE last_seen_run = ?"
    assert query(tmp_path, seen, [second["run_id"]]) == [(3,)]

    time.sleep(0.05)  # past the file system clock's tick: the edit gets new times
    strike = tmp_path / "docs" / "strike.txt"
    strike.write_text(
        strike.read_text(encoding="utf-8").replace(" 30 wounded", " 31 wounded"), encoding="utf-8"
    )
    opened.clear()
    third = run_refresh(tmp_path, reference)
    assert sorted(opened) == ["documents.csv", "strike.txt", "unlisted.txt"]
    assert (third["documents_new"], third["documents_unchanged"]) == (1, 2)
    wounded = "SELECT value FROM current_figures WHERE doc = 'strike.txt' AND metric = 'injured'"
    assert query(tmp_path, wounded) == [(31,)]
    assert query(tmp_path, "SELECT count(*) FROM current_figures") == [(first["figures_new"],)]

    opened.clear()
    refresh(load_config(tmp_path / "tally.toml"), tmp_path / "data", reference, reextract=True)
    assert sorted(opened) == ["documents.csv", "page.html", "strike.txt", "unlisted.txt"]


def test_a_fingerprint_counts_only_for_a_document_the_store_still_holds(tmp_path, reference, monkeypatch):
    monkeypatch.setattr(folder, "RACY_NS", 0)
    shutil.copytree(FOLDER, tmp_path / "docs")
    write_config(tmp_path, docs=("folder", "docs"))
    run_refresh(tmp_path, reference)
    with duckdb.connect(str(tmp_path / "data" / "tally.duckdb")) as connection:  # a store pruned by hand
        connection.execute("DELETE FROM documents WHERE doc = 'strike.txt'")
    second = run_refresh(tmp_path, reference)
    assert (second["documents_new"], second["documents_unchanged"]) == (1, 2)
    assert query(tmp_path, "SELECT count(*) FROM current_documents WHERE doc = 'strike.txt'") == [(1,)]


def test_reextract_reads_again_what_other_rules_stored(tmp_path, reference):
    """The stored version names the rules' code and tables: a changed table is a new version."""
    shutil.copytree(FOLDER, tmp_path / "docs")
    write_config(tmp_path, docs=("folder", "docs"))
    run_refresh(tmp_path, reference)
    shutil.copytree(reference.directory, tmp_path / "reference")
    with (tmp_path / "reference" / "lexicon.csv").open("a", encoding="utf-8") as table:
        table.write("speech_verb,en,reckoned\n")
    amended = load_reference(tmp_path / "reference")
    assert extractor_version(amended) != extractor_version(reference)
    assert extractor_version(amended).startswith(f"{EXTRACTOR_VERSION}+")

    config = load_config(tmp_path / "tally.toml")
    assert refresh(config, tmp_path / "data", amended)["documents_new"] == 0  # not asked to re-read
    again = refresh(config, tmp_path / "data", amended, reextract=True)
    assert (again["documents_new"], again["documents_unchanged"]) == (3, 0)
    versions = query(tmp_path, "SELECT DISTINCT extractor_version FROM current_figures")
    assert versions == [(extractor_version(amended),)]
    assert query(tmp_path, "SELECT extractor_version FROM runs ORDER BY started_at DESC LIMIT 1") == versions
    assert refresh(config, tmp_path / "data", amended, reextract=True)["documents_new"] == 0
