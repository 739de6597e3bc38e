"""The figure contract (shared/spec/FIGURES.md): column names and their order.

Vocabularies (metrics, qualifiers, statuses, subgroups, locations, sources) are not
listed here: they live in the reference tables under `seeds/reference/`.
"""

from __future__ import annotations

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

# Columns of the document manifest (`documents.csv`).
MANIFEST_COLUMNS: list[str] = ["file", "url", "title", "publisher", "published_at", "date_basis", "language"]

# Bumped whenever extraction rules change, so stored figures can be re-extracted.
EXTRACTOR_VERSION = "0.1.0"
