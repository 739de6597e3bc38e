"""What Tally publishes, as any reader meets it: the store's file name, and CSV cells made safe.

Kept apart from `etl.store` and `etl.export` so that the dashboard reads them without importing
the writer's schemas (pandera: 14 MB of every dashboard process).
"""

from __future__ import annotations

import pandas as pd

STORE_NAME = "tally.duckdb"
# A cell starting so is run as a formula by spreadsheets (CSV injection).
FORMULA_START = ("=", "+", "-", "@")


def guard_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells that a spreadsheet would run as a formula get a leading apostrophe."""
    guarded = frame.copy()
    for column in guarded.columns:
        if guarded[column].dtype == object or pd.api.types.is_string_dtype(guarded[column]):
            guarded[column] = guarded[column].map(
                lambda v: f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_START) else v
            )
    return guarded
