"""What the language tests share: a text's figures as rows of chosen columns."""

from __future__ import annotations

from datetime import date

from etl.documents import Document
from etl.extract import extract_document

COLUMNS = ("metric", "value", "qualifier", "attributed_to", "as_of")


def rows(
    reference,
    text: str,
    language: str = "",
    published: date = date(2024, 3, 4),
    columns: tuple[str, ...] = COLUMNS,
    title: str = "",
) -> list[tuple]:
    document = Document(doc="t.txt", text=text, title=title, language=language, published_at=published)
    frame = extract_document(document, reference)
    return list(frame[list(columns)].itertuples(index=False, name=None))
