"""Reference tables: the only place vocabularies and aliases live (`seeds/reference/*.csv`).

Loaded once, validated with the schemas in `etl.validate`; a bad table raises
`ReferenceTableError` naming the file and the line before anything is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "seeds" / "reference"

TABLES = (
    "metrics",
    "metric_words",
    "sources",
    "qualifiers",
    "subgroups",
    "locations",
    "countries",
    "statuses",
    "numbers",
    "lexicon",
    "named_days",
)


class ReferenceTableError(ValueError):
    """A reference table is missing, malformed or inconsistent."""


@dataclass(frozen=True, eq=False)  # identity hash: a loaded Reference is a cache key
class Reference:
    """The validated reference tables, as DataFrames of `str` columns."""

    directory: Path
    metrics: pd.DataFrame
    metric_words: pd.DataFrame
    sources: pd.DataFrame
    qualifiers: pd.DataFrame
    subgroups: pd.DataFrame
    locations: pd.DataFrame
    countries: pd.DataFrame
    statuses: pd.DataFrame
    numbers: pd.DataFrame
    lexicon: pd.DataFrame
    named_days: pd.DataFrame

    @cached_property
    def metric_names(self) -> frozenset[str]:
        return frozenset(self.metrics["metric"])

    @cached_property
    def qualifier_names(self) -> frozenset[str]:
        return frozenset(self.qualifiers["qualifier"])

    @cached_property
    def status_names(self) -> frozenset[str]:
        return frozenset(self.statuses["status"])

    @cached_property
    def subgroup_names(self) -> frozenset[str]:
        return frozenset(self.subgroups["subgroup"])

    @cached_property
    def location_names(self) -> frozenset[str]:
        return frozenset(self.locations["location"]) | frozenset(self.countries["location"])

    @cached_property
    def source_names(self) -> frozenset[str]:
        return frozenset(self.sources["canonical"])

    @cached_property
    def digest(self) -> str:
        """A hash of every table's content: what the extraction rules read from the tables."""
        tables = (getattr(self, name).to_csv(index=False) for name in TABLES)
        return hashlib.sha256("\x1e".join(tables).encode("utf-8")).hexdigest()

    def rows(self, table: str, language: str) -> pd.DataFrame:
        """The rows of one table for one language."""
        frame: pd.DataFrame = getattr(self, table)
        return frame[frame["language"] == language]


def read_table(path: Path) -> pd.DataFrame:
    """Read one reference CSV as text columns; empty cells are empty strings."""
    if not path.exists():
        raise ReferenceTableError(f"{path}: reference table is missing")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, skipinitialspace=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as error:
        raise ReferenceTableError(f"{path}: cannot be read as CSV: {error}") from error
    return frame.apply(lambda column: column.str.strip())


def load_reference(directory: Path | str = REFERENCE_DIR) -> Reference:
    """Load and validate every reference table in `directory`."""
    from etl.validate import validate_reference_table  # schemas live in one module

    directory = Path(directory)
    tables = {
        name: validate_reference_table(name, read_table(directory / f"{name}.csv"), directory / f"{name}.csv")
        for name in TABLES
    }
    return Reference(directory=directory, **tables)
