"""Figure extraction: a pure function of (document, reference tables) -> figures table."""

from __future__ import annotations

import pandas as pd

from etl.contract import FIGURE_COLUMNS
from etl.documents import Document
from etl.reference import Reference


def empty_figures() -> pd.DataFrame:
    """An empty figures table with the contract's columns."""
    return pd.DataFrame({column: pd.Series(dtype="object") for column in FIGURE_COLUMNS})


def extract_document(document: Document, reference: Reference) -> pd.DataFrame:
    """Every figure in one document's text, with the contract's columns (see etl.contract)."""
    from etl.extract.figures import document_figures
    from etl.extract.lexicon import build_lexicon

    language = document.language if document.language in set(reference.lexicon["language"]) else "en"
    rows = document_figures(document, build_lexicon(reference, language))
    if not rows:
        return empty_figures()
    frame = pd.DataFrame(rows)
    frame["value_high"] = frame["value_high"].astype("Int64")
    return frame[FIGURE_COLUMNS]
