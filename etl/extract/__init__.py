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
    return empty_figures()
