"""A folder with a manifest: every file read, problems named, HTML reduced to its article."""

from __future__ import annotations

import shutil
import time
from datetime import date

from etl.documents import Document
from etl.sources import NotModified, SourceFailure, folder
from etl.sources.folder import read_folder
from tests.conftest import ROOT

FOLDER = ROOT / "tests" / "fixtures" / "folder"


def test_folder_reads_documents_and_names_problems():
    items = list(read_folder(FOLDER, source="fixture"))
    documents = {i.doc: i for i in items if isinstance(i, Document)}
    failures = {(f.doc, f.fatal): f.reason for f in items if isinstance(f, SourceFailure)}
    assert set(documents) == {"strike.txt", "page.html", "unlisted.txt"}
    assert documents["strike.txt"].published_at == date(2024, 3, 4)
    assert documents["strike.txt"].url == "https://example.org/strike"
    assert "does not exist" in failures[("missing.txt", True)]
    assert "not in documents.csv" in failures[("unlisted.txt", False)]
    assert documents["unlisted.txt"].published_at is None


def test_html_goes_through_trafilatura():
    page = next(i for i in read_folder(FOLDER) if isinstance(i, Document) and i.doc == "page.html")
    assert "1,000 people had been displaced" in page.text
    assert "5 questions" not in page.text and "©" not in page.text


def fingerprinted(items: list) -> dict[str, str]:
    return {
        i.doc: i.meta["fingerprint"] for i in items if isinstance(i, Document) and "fingerprint" in i.meta
    }


def test_a_file_read_without_caveat_is_fingerprinted_and_not_read_again_while_it_keeps_it(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(folder, "RACY_NS", 0)  # the copies are new: trust them at once
    shutil.copytree(FOLDER, tmp_path / "docs")
    prints = fingerprinted(list(read_folder(tmp_path / "docs", source="docs")))
    assert set(prints) == {"strike.txt", "page.html"}  # unlisted.txt is read with a caveat, every time
    again = list(read_folder(tmp_path / "docs", source="docs", unchanged=prints))
    assert {i.doc for i in again if isinstance(i, NotModified)} == {"strike.txt", "page.html"}
    assert {i.doc for i in again if isinstance(i, Document)} == {"unlisted.txt"}
    failures = {(f.doc, f.fatal): f.reason for f in again if isinstance(f, SourceFailure)}
    assert "not in documents.csv" in failures[("unlisted.txt", False)]  # named on every run
    assert "does not exist" in failures[("missing.txt", True)]


def test_a_file_edited_or_described_anew_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(folder, "RACY_NS", 0)
    shutil.copytree(FOLDER, tmp_path / "docs")
    prints = fingerprinted(list(read_folder(tmp_path / "docs")))
    time.sleep(0.05)  # past the file system clock's tick: an edit gets new times
    strike = tmp_path / "docs" / "strike.txt"
    strike.write_text(strike.read_text(encoding="utf-8").replace("kills 12", "kills 13"), encoding="utf-8")
    manifest = tmp_path / "docs" / "documents.csv"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("Toll rises,Fixture Web", "Toll rises,Fixture Web 2"),
        encoding="utf-8",
    )
    again = list(read_folder(tmp_path / "docs", unchanged=prints))
    read = {i.doc: i for i in again if isinstance(i, Document)}
    assert set(read) == {"strike.txt", "page.html", "unlisted.txt"}
    assert "kills 13" in read["strike.txt"].text and read["page.html"].publisher == "Fixture Web 2"
    assert fingerprinted(again).keys() == prints.keys() and fingerprinted(again) != prints


def test_a_file_changed_just_now_gets_no_fingerprint(tmp_path):
    """It could change again within the same tick of the file system's clock, unseen by its times."""
    shutil.copytree(FOLDER, tmp_path / "docs")
    assert fingerprinted(list(read_folder(tmp_path / "docs"))) == {}
