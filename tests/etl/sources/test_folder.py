"""A folder with a manifest: every file read, problems named, HTML reduced to its article."""

from __future__ import annotations

from datetime import date

from etl.documents import Document
from etl.sources import SourceFailure
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
