"""Figure extraction: a pure function of (document, reference tables) -> figures table."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from etl.contract import FIGURE_COLUMNS
from etl.documents import Document
from etl.reference import Reference


def empty_figures() -> pd.DataFrame:
    """An empty figures table with the contract's columns."""
    return pd.DataFrame({column: pd.Series(dtype="object") for column in FIGURE_COLUMNS})


@lru_cache(maxsize=8)
def reference_lexicons(reference: Reference) -> dict:
    """Every language's compiled lexicon, built once per process."""
    from etl.extract.lexicon import build_lexicon

    return {code: build_lexicon(reference, code) for code in sorted(set(reference.lexicon["language"]))}


def extract_rows(document: Document, reference: Reference) -> list[dict]:
    """Every figure in one document's text as contract rows (dicts keyed by etl.contract's columns).

    A pure function of (document, reference tables): it can run in any process, in any order.
    """
    from etl.extract.figures import document_figures
    from etl.extract.language import detect_language

    lexicons = reference_lexicons(reference)
    language = (
        document.language if document.language in lexicons else detect_language(document.text, reference)
    )
    return document_figures(document, lexicons, language)


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    """Contract rows as a figures table (value_high nullable)."""
    if not rows:
        return empty_figures()
    # Column by column: a frame from a list of dicts, then a column selection, cost more than the
    # extraction of a short article.
    frame = pd.DataFrame({column: [row.get(column) for row in rows] for column in FIGURE_COLUMNS})
    frame["value_high"] = frame["value_high"].astype("Int64")
    return frame


def extract_document(document: Document, reference: Reference) -> pd.DataFrame:
    """Every figure in one document's text, with the contract's columns (see etl.contract)."""
    return figures_frame(extract_rows(document, reference))
