"""What the extract tests share: one text read as a document."""

from __future__ import annotations

from datetime import date

from etl.documents import Document
from etl.extract import extract_rows


def figures_in(reference, text: str, language: str = "", published: date = date(2025, 1, 22)) -> list[dict]:
    """The figures of `text`, read as a document in `language` ("" detects it) published on `published`."""
    document = Document(doc="t.txt", text=text, language=language, published_at=published)
    return extract_rows(document, reference)
