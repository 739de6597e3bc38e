"""What the date and source tests share: a text read as a document published on a Monday."""

from __future__ import annotations

from datetime import date

from etl.documents import Document
from etl.extract import extract_document

MONDAY = date(2024, 3, 4)


def read(reference, text: str, published: date | None = MONDAY, language: str = "en") -> list[dict]:
    document = Document(doc="t.txt", text=text, language=language, published_at=published)
    return extract_document(document, reference).to_dict("records")
