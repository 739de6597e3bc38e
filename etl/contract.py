"""The figure contract (shared/spec/FIGURES.md): column names and their order.

Vocabularies (metrics, qualifiers, statuses, subgroups, locations, sources) are not
listed here: they live in the reference tables under `seeds/reference/`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.documents import Document

# Columns of the exported figures table, in contract order.
FIGURE_COLUMNS: list[str] = [
    "figure_id",
    "doc_id",
    "doc",
    "metric",
    "location",
    "subgroup",
    "value",
    "value_high",
    "qualifier",
    "status",
    "attributed_to",
    "attribution_basis",
    "attribution_text",
    "reported_by",
    "as_of",
    "event_date",
    "published_at",
    "mention",
    "quote",
    "char_start",
    "char_end",
]

# The data dictionary: what each column of figures.csv means (FIGURES.md).
FIGURE_DESCRIPTIONS: dict[str, str] = {
    "figure_id": "Stable id: the same document text and mention give the same id across runs",
    "doc_id": "Stable id of the document (hash of its URL, or of its text when it has none)",
    "doc": "The document's file name or URL, as given in the input manifest",
    "metric": "What is counted: killed, injured, hostages_held, prisoners_released, displaced, ...",
    "location": "Where the counted people were killed, hurt, held or displaced; empty when unsaid or mixed",
    "subgroup": "all, children, women, soldiers, journalists, medical_staff, un_staff, ...",
    "value": "The number as stated; for a range, its lower end",
    "value_high": "The upper end of a range; empty otherwise",
    "qualifier": "exact, approximately, at_least, more_than, at_most, less_than or range",
    "status": "reported, proposed (deal terms, demands, plans) or projected (forecasts)",
    "attributed_to": "Canonical name of the immediate source of the figure; empty when unattributed",
    "attribution_basis": "Where that source got the figure, when the text says",
    "attribution_text": "The attribution as written",
    "reported_by": "The publisher of the document",
    "as_of": "The day the figure is said to hold",
    "event_date": "The day of the event counted, where stated",
    "published_at": "The document's publication date",
    "mention": "The number as written",
    "quote": "The sentence that holds the mention",
    "char_start": "Offset of the mention's first character in the document's stored text",
    "char_end": "Offset just after the mention's last character",
}

# Columns of the document manifest (`documents.csv`).
MANIFEST_COLUMNS: list[str] = ["file", "url", "title", "publisher", "published_at", "date_basis", "language"]

# The rules' release. The version stored with each figure adds digests of the rules' code and of the
# reference tables (etl.extract.extractor_version), so that any change to either is a new version
# that `tally refresh --reextract` acts on, whether or not this was bumped.
EXTRACTOR_VERSION = "0.1.0"


def with_document_fields(document: Document, rows: list[dict]) -> list[dict]:
    """Fill each figure row's ids and the fields it takes from its document."""
    from etl.documents import stable_hash

    doc_id, content_hash = document.doc_id, document.content_hash
    published = document.published_at.isoformat() if document.published_at else ""
    for row in rows:
        row.update(
            figure_id=stable_hash(doc_id, content_hash, str(row["char_start"]), row["mention"]),
            doc_id=doc_id,
            doc=document.doc,
            reported_by=document.publisher,
            published_at=published,
        )
    return rows
