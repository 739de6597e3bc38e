"""What the short-sentence tests share: a text's figures, its only figure, and their statuses."""

from __future__ import annotations

from datetime import date

from etl.documents import Document
from etl.extract import extract_document
from tests.etl.extract.conftest import figures_in


def figures(reference, text: str, published: date | None = date(2024, 3, 4)) -> list[dict]:
    document = Document(doc="t.txt", text=text, published_at=published, publisher="Test Wire")
    return extract_document(document, reference).to_dict("records")


def statuses_of(reference, text: str, language: str) -> list[tuple[str, str]]:
    return [(r["metric"], r["status"]) for r in figures_in(reference, text, language, date(2025, 1, 8))]


def only(reference, text: str, **kwargs) -> dict:
    found = figures(reference, text, **kwargs)
    assert len(found) == 1, found
    return found[0]
