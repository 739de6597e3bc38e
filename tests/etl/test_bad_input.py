"""Bad documents beside a good one: the refresh finishes, names each bad document and its problem
in plain words, stores every figure of the good document, and keeps a reject with the reason.

Each case is a folder holding `good.txt`, one bad file from tests/fixtures/bad/ (the 50 MB text is
generated into tmp_path) and a `documents.csv`. The good document's figures are compared with
those of the same document refreshed alone. Where behaviour is a decision (latin-1 is decoded, a
stray NUL byte is removed, deeply nested HTML is read as plain text, a file over 5 MB is refused),
the case asserts the decision.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from etl.cli import main
from tests.conftest import ROOT
from tests.etl.conftest import query, write_config

BAD = ROOT / "tests" / "fixtures" / "bad"
HEADER = "file,url,title,publisher,published_at,date_basis,language\n"
GOOD_ROW = "good.txt,,Strike kills 14,Fixture Wire,2024-03-04,metadata,en\n"
# What identifies a figure apart from its dates (a manifest without dates changes as_of).
FIGURE = "metric, value, value_high, location, subgroup, attributed_to, mention, char_start, char_end"


@dataclass(frozen=True)
class Case:
    name: str
    files: tuple[str, ...] = ()
    manifest: str = HEADER + GOOD_ROW  # or the name of a file in tests/fixtures/bad/manifests
    doc: str = ""  # the document the run must name ("" : nothing to name)
    problem: str = ""  # the words it must use
    level: str = "error"  # error: the document failed; warning: read, with this caveat
    rejected: bool = True  # a rejects row carries the reason
    figures: dict[str, set] = field(default_factory=dict)  # doc -> {(metric, value)} it must store


CASES = [
    Case("png", ("image.txt",), doc="image.txt", problem="cannot be read: not text: the file is a PNG image"),
    Case("gzip", ("archive.txt",), doc="archive.txt", problem="not text: the file is a gzip archive"),
    Case("binary", ("blob.txt",), doc="blob.txt", problem="not text: a binary file (control bytes"),
    Case("empty", ("empty.txt",), doc="empty.txt", problem="cannot be read: empty: no text to read"),
    Case("50 MB", ("huge.txt",), doc="huge.txt", problem="too large: 52,428,800 bytes, over the 5,000,000"),
    Case(
        "latin-1",
        ("latin1.txt",),
        doc="latin1.txt",
        problem="not UTF-8: decoded as latin-1",
        level="warning",
        rejected=False,
        figures={"latin1.txt": {("killed", 17), ("injured", 40)}},
    ),
    Case(
        "utf-16",
        ("utf16.txt",),
        doc="utf16.txt",
        problem="decoded as UTF-16",
        level="warning",
        rejected=False,
        figures={"utf16.txt": {("killed", 21), ("injured", 50)}},
    ),
    Case(
        "nul byte",
        ("nul.txt",),
        doc="nul.txt",
        problem="1 NUL byte removed",
        level="warning",
        rejected=False,
        figures={"nul.txt": {("killed", 23), ("injured", 60)}},
    ),
    Case(
        "malformed html",
        ("malformed.html",),
        rejected=False,
        figures={"malformed.html": {("killed", 26), ("injured", 70)}},
    ),
    Case(
        "deeply nested html",
        ("nested.html",),
        doc="nested.html",
        problem="no article found in the HTML (malformed or too deeply nested): read all its text",
        level="warning",
        rejected=False,
        figures={"nested.html": {("killed", 27), ("injured", 80)}},
    ),
    Case(
        "script in the body",
        ("script.html",),
        rejected=False,
        figures={"script.html": {("killed", 28), ("injured", 90)}},  # never 999 or 500 from the scripts
    ),
    Case(
        "manifest missing columns",
        manifest="missing_columns.csv",
        doc="documents.csv",
        problem="manifest lacks the column(s) published_at: every file read without it",
    ),
    Case(
        "manifest bad date",
        ("dated.txt",),
        manifest="bad_dates.csv",
        doc="dated.txt",
        problem="documents.csv line 3: bad date '4 March 2024' (not YYYY-MM-DD)",
        level="warning",
        figures={"dated.txt": {("killed", 33), ("injured", 95)}},
    ),
    Case(
        "manifest row without a file",
        manifest="missing_files.csv",
        doc="ghost.txt",
        problem="listed in documents.csv but the file does not exist",
    ),
    Case(
        "manifest duplicate row",
        ("dated.txt",),
        manifest="duplicates.csv",
        doc="dated.txt",
        problem="documents.csv line 4: duplicate row, first kept",
        level="warning",
        figures={"dated.txt": {("killed", 33), ("injured", 95)}},
    ),
]


def make_folder(root: Path, case: Case) -> None:
    docs = root / "docs"
    docs.mkdir(parents=True)
    shutil.copy(BAD / "good.txt", docs / "good.txt")
    for name in case.files:
        if name == "huge.txt":  # generated, never committed: 50 MiB of real sentences
            line = b"The health ministry in Gaza said 12 people were killed on Monday.\n"
            with (docs / name).open("wb") as handle:
                handle.write(line * (50 * 2**20 // len(line)))
                handle.write(b"x" * (50 * 2**20 % len(line)))
        else:
            shutil.copy(BAD / name, docs / name)
    manifest = case.manifest
    if manifest.endswith(".csv"):
        manifest = (BAD / "manifests" / manifest).read_text(encoding="utf-8")
    (docs / "documents.csv").write_text(manifest, encoding="utf-8")
    write_config(root, docs=("folder", "docs"))


def refresh_cli(root: Path, monkeypatch, reference) -> tuple[int, str]:
    """`tally refresh` as a user runs it (the session's reference tables, to save loading them)."""
    monkeypatch.setattr("etl.reference.load_reference", lambda directory=None: reference)
    result = CliRunner().invoke(
        main, ["refresh", "--config", str(root / "tally.toml"), "--data-dir", str(root / "data")]
    )
    return result.exit_code, result.stderr


def good_figures(root: Path) -> list[tuple]:
    return query(root, f"SELECT {FIGURE} FROM current_figures WHERE doc = 'good.txt' ORDER BY char_start")


@pytest.fixture(scope="module")
def good_alone(tmp_path_factory, reference) -> list[tuple]:
    """The good document's figures when it is refreshed on its own."""
    root = tmp_path_factory.mktemp("good")
    make_folder(root, Case("good"))
    from tests.etl.conftest import run_refresh

    summary = run_refresh(root, reference)
    assert summary["failures"] == [] and summary["warnings"] == []
    figures = good_figures(root)
    assert {(metric, value) for metric, value, *_ in figures} == {("killed", 14), ("injured", 30)}
    return figures


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_bad_document_is_named_and_the_good_one_stored(tmp_path, monkeypatch, reference, good_alone, case):
    make_folder(tmp_path, case)
    code, stderr = refresh_cli(tmp_path, monkeypatch, reference)
    assert code == 0, stderr  # the run finishes
    if case.doc:
        assert f"{case.level}: {case.doc}: " in stderr and case.problem in stderr, stderr
        [(failures_json,)] = query(tmp_path, "SELECT failures_json FROM runs")
        logged = [(f["doc"], f["reason"]) for f in json.loads(failures_json)]
        assert any(doc == case.doc and case.problem in reason for doc, reason in logged), logged
    assert good_figures(tmp_path) == good_alone
    rejects = query(tmp_path, "SELECT doc, stage, reason FROM rejects")
    named = [(stage, reason) for doc, stage, reason in rejects if doc == case.doc and case.problem in reason]
    assert bool(named) == case.rejected, rejects
    assert all(stage == "read" for stage, _ in named)
    for doc, wanted in case.figures.items():
        stored = query(tmp_path, "SELECT metric, value FROM current_figures WHERE doc = ?", [doc])
        assert set(stored) == wanted
    [(status,)] = query(tmp_path, "SELECT status FROM runs")
    assert status == ("partial" if case.rejected else "ok")


def test_scripts_are_not_read_as_text(tmp_path, monkeypatch, reference):
    make_folder(tmp_path, Case("script", ("script.html",)))
    refresh_cli(tmp_path, monkeypatch, reference)
    [(text,)] = query(tmp_path, "SELECT text FROM current_documents WHERE doc = 'script.html'")
    assert "document.write" not in text and "999" not in text and "500 people" not in text


def test_a_duplicate_row_keeps_the_first(tmp_path, monkeypatch, reference):
    make_folder(tmp_path, Case("duplicates", ("dated.txt",), manifest="duplicates.csv"))
    refresh_cli(tmp_path, monkeypatch, reference)
    assert query(tmp_path, "SELECT publisher, title FROM current_documents WHERE doc = 'dated.txt'") == [
        ("Fixture Wire", "Strike")
    ]
    [(row,)] = query(tmp_path, "SELECT row_json FROM rejects WHERE doc = 'dated.txt'")
    assert json.loads(row)["publisher"] == "Other Wire"  # the refused row, kept whole


def test_every_bad_file_at_once(tmp_path, monkeypatch, reference, good_alone):
    """All the bad files in one folder: one run, each named, every readable figure stored."""
    files = tuple(p.name for p in BAD.iterdir() if p.is_file() and p.suffix in (".txt", ".html"))
    make_folder(tmp_path, Case("all", (*(name for name in files if name != "good.txt"), "huge.txt")))
    code, stderr = refresh_cli(tmp_path, monkeypatch, reference)
    assert code == 0, stderr
    for case in CASES:
        if case.doc and not case.manifest.endswith(".csv"):
            assert f"{case.level}: {case.doc}: " in stderr and case.problem in stderr, case.name
    assert good_figures(tmp_path) == good_alone
    stored = {doc for (doc,) in query(tmp_path, "SELECT DISTINCT doc FROM current_figures")}
    assert stored >= {d for case in CASES for d in case.figures if d != "dated.txt"}
