"""Every table's schema, defined once (pandera DataFrameModels), with checks named for what they guard."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

LANGUAGE_CODE = r"^[a-z]{2}$"


class MetricsTable(pa.DataFrameModel):
    """seeds/reference/metrics.csv: each metric as a (domain, event) pair and where it is located."""

    metric: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    domain: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    event: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")  # "none": the domain alone
    default_location: Series[str]
    location_from_text: Series[str] = pa.Field(isin=["yes", "no"])

    class Config:
        strict = True

    @pa.dataframe_check
    def domain_event_pair_is_unique(cls, frame: pd.DataFrame) -> Series[bool]:
        return ~frame.duplicated(["domain", "event"], keep=False)


class MetricWordsTable(pa.DataFrameModel):
    """seeds/reference/metric_words.csv: the words that signal a metric's event or domain."""

    kind: Series[str] = pa.Field(isin=["event", "domain"])
    name: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True


class NumbersTable(pa.DataFrameModel):
    """seeds/reference/numbers.csv: number words and their values."""

    term: Series[str] = pa.Field(str_length={"min_value": 1})
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    value: Series[str] = pa.Field(str_matches=r"^\d+$")
    kind: Series[str] = pa.Field(isin=["article", "unit", "tens", "multiplier", "scale", "approximate"])

    class Config:
        strict = True


class LexiconTable(pa.DataFrameModel):
    """seeds/reference/lexicon.csv: grammar words by role (speech verbs, units, labels, ...)."""

    role: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True


class SourcesTable(pa.DataFrameModel):
    """seeds/reference/sources.csv: canonical source names and their aliases."""

    canonical: Series[str] = pa.Field(str_length={"min_value": 1})
    alias: Series[str] = pa.Field(str_length={"min_value": 1})
    kind: Series[str] = pa.Field(str_length={"min_value": 1})
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    context: Series[str]
    home: Series[str]

    class Config:
        strict = True

    @pa.dataframe_check
    def alias_resolves_once_per_context(cls, frame: pd.DataFrame) -> Series[bool]:
        key = frame["alias"].str.casefold() + "|" + frame["language"] + "|" + frame["context"]
        return ~key.duplicated(keep=False)


class QualifiersTable(pa.DataFrameModel):
    """seeds/reference/qualifiers.csv: qualifier phrases and where they stand."""

    qualifier: Series[str] = pa.Field(
        isin=["exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range"]
    )
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    phrase: Series[str]
    position: Series[str] = pa.Field(isin=["before", "after", ""])

    class Config:
        strict = True


class SubgroupsTable(pa.DataFrameModel):
    """seeds/reference/subgroups.csv: the words that name each subgroup."""

    subgroup: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str]
    source_kind: Series[
        str
    ]  # the term names this subgroup only for sources of this kind ("staff" of a UN body)
    location_from_context: Series[str] = pa.Field(isin=["yes", "no"])

    class Config:
        strict = True


class LocationsTable(pa.DataFrameModel):
    """seeds/reference/locations.csv: place names and the location they belong to."""

    location: Series[str] = pa.Field(str_length={"min_value": 1})
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True


class StatusesTable(pa.DataFrameModel):
    """seeds/reference/statuses.csv: cue words for proposed and projected figures."""

    status: Series[str] = pa.Field(isin=["reported", "proposed", "projected"])
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str]

    class Config:
        strict = True


REFERENCE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "metrics": MetricsTable,
    "metric_words": MetricWordsTable,
    "sources": SourcesTable,
    "qualifiers": QualifiersTable,
    "subgroups": SubgroupsTable,
    "locations": LocationsTable,
    "statuses": StatusesTable,
    "numbers": NumbersTable,
    "lexicon": LexiconTable,
}


def validate_reference_table(name: str, frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Validate one reference table; raise ReferenceTableError naming the file and CSV line."""
    from etl.reference import ReferenceTableError

    try:
        return REFERENCE_SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        lines = []
        for _, case in cases.head(5).iterrows():
            index = case.get("index")
            where = f"line {int(index) + 2}" if pd.notna(index) else "table"
            lines.append(f"{where}: {case['column'] or ''} {case['check']} (got {case['failure_case']!r})")
        raise ReferenceTableError(f"{path}: " + "; ".join(lines)) from errors
