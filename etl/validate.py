"""Every table's schema, defined once (pandera DataFrameModels), with checks named for what they guard."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

if TYPE_CHECKING:
    from etl.reference import Reference

LANGUAGE_CODE = r"^[a-z]{2}$"


class RowsListedOnce(pa.DataFrameModel):
    """A reference table whose rows are each listed once."""

    @pa.dataframe_check
    def row_is_listed_once(cls, frame: pd.DataFrame) -> Series[bool]:
        # a row copied twice changes nothing but hides which of the two an edit should touch
        return ~frame.duplicated(keep="first")


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

    @pa.dataframe_check
    def term_is_listed_once(cls, frame: pd.DataFrame) -> Series[bool]:
        return ~frame.duplicated(["kind", "name", "language", "term"], keep=False)


class NumbersTable(RowsListedOnce):
    """seeds/reference/numbers.csv: number words and their values."""

    term: Series[str] = pa.Field(str_length={"min_value": 1})
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    value: Series[str] = pa.Field(str_matches=r"^\d+$")
    kind: Series[str] = pa.Field(
        isin=["article", "unit", "tens", "multiplier", "scale", "approximate", "half"]
    )

    class Config:
        strict = True


class LexiconTable(pa.DataFrameModel):
    """seeds/reference/lexicon.csv: grammar words by role (speech verbs, units, labels, ...)."""

    role: Series[str] = pa.Field(str_matches=r"^[a-z_]+$")
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True

    @pa.dataframe_check
    def term_is_listed_once(cls, frame: pd.DataFrame) -> Series[bool]:
        return ~frame.duplicated(["role", "language", "term"], keep=False)


class SourcesTable(RowsListedOnce):
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
        # "UNICEF" and "Unicef" may both be listed (single words match in their own case), for one canonical
        key = frame["alias"].str.casefold() + "|" + frame["language"] + "|" + frame["context"]
        return frame.groupby(key)["canonical"].transform("nunique") == 1


class QualifiersTable(RowsListedOnce):
    """seeds/reference/qualifiers.csv: qualifier phrases and where they stand."""

    qualifier: Series[str] = pa.Field(
        isin=["exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range"]
    )
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    phrase: Series[str]
    position: Series[str] = pa.Field(isin=["before", "after", ""])

    class Config:
        strict = True


class SubgroupsTable(RowsListedOnce):
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


class LocationsTable(RowsListedOnce):
    """seeds/reference/locations.csv: place names and the location they belong to."""

    location: Series[str] = pa.Field(str_length={"min_value": 1})
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str] = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True


class CountriesTable(LocationsTable):
    """seeds/reference/countries.csv: the countries of the world beyond the war's own places, by their
    names in each language (Unicode CLDR, as Babel gives them); a place only after a preposition of place."""


class StatusesTable(RowsListedOnce):
    """seeds/reference/statuses.csv: cue words for proposed and projected figures."""

    status: Series[str] = pa.Field(isin=["reported", "proposed", "projected"])
    language: Series[str] = pa.Field(str_matches=LANGUAGE_CODE)
    term: Series[str]

    class Config:
        strict = True


class NamedDaysTable(pa.DataFrameModel):
    """seeds/reference/named_days.csv: days named by their date ("the October 7 attack") or by the actor
    of their attack ("the Hamas attack"; a canonical source, or empty), and where."""

    day: Series[str] = pa.Field(str_matches=r"^\d{4}-\d{2}-\d{2}$")
    location: Series[str]
    actor: Series[str]
    description: Series[str]

    class Config:
        strict = True

    @pa.check("day", name="day_is_unique")
    def day_is_unique(cls, day: Series[str]) -> Series[bool]:
        return ~day.duplicated(keep=False)


REFERENCE_SCHEMAS: dict[str, type[pa.DataFrameModel]] = {
    "metrics": MetricsTable,
    "metric_words": MetricWordsTable,
    "sources": SourcesTable,
    "qualifiers": QualifiersTable,
    "subgroups": SubgroupsTable,
    "locations": LocationsTable,
    "countries": CountriesTable,
    "statuses": StatusesTable,
    "numbers": NumbersTable,
    "lexicon": LexiconTable,
    "named_days": NamedDaysTable,
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


# --- Tables the pipeline writes -------------------------------------------------------------

DATE_OR_EMPTY = r"^(\d{4}-\d{2}-\d{2})?$"  # ISO day; '' when the document does not say


class FiguresTable(pa.DataFrameModel):
    """figures.csv (FIGURES.md) as a refresh writes it: dates as ISO text, '' when unknown.

    The vocabulary checks depend on the loaded reference tables, so `figures_schema(reference)`
    adds them; the checks here hold whatever the vocabularies are.
    """

    figure_id: Series[str] = pa.Field(str_length={"min_value": 1})
    doc_id: Series[str] = pa.Field(str_length={"min_value": 1})
    doc: Series[str] = pa.Field(str_length={"min_value": 1})
    metric: Series[str]
    location: Series[str]
    subgroup: Series[str]
    value: Series[pd.Int64Dtype]
    value_high: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    qualifier: Series[str]
    status: Series[str]
    attributed_to: Series[str]  # free text: a source outside sources.csv keeps its own name
    attribution_basis: Series[str]
    attribution_text: Series[str]
    reported_by: Series[str]
    as_of: Series[str] = pa.Field(str_matches=DATE_OR_EMPTY)
    event_date: Series[str] = pa.Field(str_matches=DATE_OR_EMPTY)
    published_at: Series[str] = pa.Field(str_matches=DATE_OR_EMPTY)
    mention: Series[str] = pa.Field(str_length={"min_value": 1})
    quote: Series[str]
    char_start: Series[pd.Int64Dtype] = pa.Field(ge=0)
    char_end: Series[pd.Int64Dtype]

    class Config:
        coerce = True
        strict = False  # the store adds run columns; the contract columns are what is checked
        name = "FiguresTable"

    @pa.check("value", name="value_is_not_negative")
    def value_is_not_negative(cls, value: Series[int]) -> Series[bool]:
        return value >= 0

    @pa.dataframe_check
    def figure_id_is_unique(cls, frame: pd.DataFrame) -> Series[bool]:
        # Only the repeats are rejected: the first of a repeated figure is kept, never both.
        return ~frame["figure_id"].duplicated(keep="first")

    @pa.dataframe_check
    def value_not_above_value_high(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["value_high"].isna() | (frame["value"] <= frame["value_high"])

    @pa.dataframe_check
    def range_iff_value_high(cls, frame: pd.DataFrame) -> Series[bool]:
        return (frame["qualifier"] == "range") == frame["value_high"].notna()

    @pa.dataframe_check
    def char_start_before_char_end(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["char_start"] < frame["char_end"]

    @pa.dataframe_check
    def quote_contains_mention(cls, frame: pd.DataFrame) -> Series[bool]:
        pairs = zip(frame["mention"], frame["quote"], strict=True)
        return pd.Series([mention in quote for mention, quote in pairs], index=frame.index)

    @pa.dataframe_check
    def as_of_not_after_published_at_plus_one_day(cls, frame: pd.DataFrame) -> Series[bool]:
        return as_of_not_after_publication(frame)


def in_vocabulary(name: str, vocabulary: frozenset[str], allow_empty: bool = False) -> pa.Check:
    """A check, named for the vocabulary it guards, that a column only holds its words."""
    allowed = set(vocabulary) | ({""} if allow_empty else set())
    return pa.Check(lambda column: column.isin(allowed), name=name, error=name)


@lru_cache(maxsize=8)  # a Reference hashes by identity: one schema per loaded set of tables
def figures_schema(reference: Reference) -> pa.DataFrameSchema:
    """FiguresTable with its vocabularies taken from the loaded reference tables."""
    vocabularies = {
        "metric": in_vocabulary("metric_in_metrics_csv", reference.metric_names),
        "location": in_vocabulary("location_in_locations_csv", reference.location_names, allow_empty=True),
        "subgroup": in_vocabulary("subgroup_in_subgroups_csv", reference.subgroup_names),
        "qualifier": in_vocabulary("qualifier_in_qualifiers_csv", reference.qualifier_names),
        "status": in_vocabulary("status_in_statuses_csv", reference.status_names),
    }
    return FiguresTable.to_schema().update_columns(
        {column: {"checks": [check]} for column, check in vocabularies.items()}
    )


def as_of_not_after_publication(frame: pd.DataFrame) -> pd.Series:
    """A figure cannot hold later than the day after its document was published."""
    as_of = pd.to_datetime(frame["as_of"].replace("", None), errors="coerce")
    published = pd.to_datetime(frame["published_at"].replace("", None), errors="coerce")
    return as_of.isna() | published.isna() | (as_of <= published + pd.Timedelta(days=1))


def failure_reasons(cases: pd.DataFrame) -> tuple[dict, list[str]]:
    """({row index: reasons} of failures pinned to a row, reasons of failures pinned to none)."""
    by_row: dict = {}
    unpinned: list[str] = []
    for case in cases.itertuples():
        whole_row = case.schema_context == "DataFrameSchema" or not case.column
        label = str(case.check) if whole_row else f"{case.column}: {case.check}"
        if pd.notna(case.index):
            by_row.setdefault(case.index, []).append(label)
        else:
            unpinned.append(label)
    return by_row, unpinned


def split_valid(frame: pd.DataFrame, reference: Reference) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows that pass the figures schema, rejects with `reason` naming each failed check and column).

    A cell that cannot be coerced (a value of "twelve") makes the table-wide checks fail for every
    row, so rows with failures of their own are set aside and the rest validated again: one bad
    row never takes the batch with it. Only a fault of the table itself (a missing column)
    rejects every row.
    """
    frame = frame.reset_index(drop=True)
    schema = figures_schema(reference)
    reasons: dict = {}
    remaining = frame
    while not remaining.empty:
        try:
            return schema.validate(remaining, lazy=True), with_reasons(frame, reasons)
        except pa.errors.SchemaErrors as errors:
            by_row, unpinned = failure_reasons(errors.failure_cases)
            if not by_row:
                by_row = dict.fromkeys(remaining.index, unpinned)
            for index, labels in by_row.items():
                reasons[index] = list(dict.fromkeys(labels))
            remaining = remaining.drop(index=list(by_row))
    return frame.iloc[0:0], with_reasons(frame, reasons)


def with_reasons(frame: pd.DataFrame, reasons: dict) -> pd.DataFrame:
    """The rejected rows of `frame`, each with its reasons joined in `reason`."""
    bad = frame.loc[list(reasons)].copy()
    bad["reason"] = pd.Series(["; ".join(reasons[i]) for i in bad.index], index=bad.index, dtype=str)
    return bad


class DocumentsTable(pa.DataFrameModel):
    """The documents a refresh writes: one row per document version."""

    doc_id: Series[str] = pa.Field(str_length={"min_value": 1}, unique=True)
    doc: Series[str] = pa.Field(str_length={"min_value": 1})
    url: Series[str]
    title: Series[str]
    publisher: Series[str]
    published_at: Series[pa.DateTime] = pa.Field(nullable=True, coerce=True)
    date_basis: Series[str]
    language: Series[str] = pa.Field(str_matches=r"^([a-z]{2})?$")
    kind: Series[str] = pa.Field(isin=["article", "dataset"])
    source: Series[str]
    content_hash: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    text: Series[str] = pa.Field(str_length={"min_value": 1})


class RejectsTable(pa.DataFrameModel):
    """What a refresh could not store, and why."""

    doc: Series[str]
    stage: Series[str] = pa.Field(isin=["read", "extract", "validate"])
    reason: Series[str] = pa.Field(str_length={"min_value": 1})


class RunsTable(pa.DataFrameModel):
    """One row per refresh, with its counts."""

    run_id: Series[str] = pa.Field(str_matches=r"^run-")
    status: Series[str] = pa.Field(isin=["ok", "partial", "failed"])
    documents_new: Series[int] = pa.Field(ge=0)
    documents_unchanged: Series[int] = pa.Field(ge=0)
    documents_failed: Series[int] = pa.Field(ge=0)
    figures_new: Series[int] = pa.Field(ge=0)
    rejects: Series[int] = pa.Field(ge=0)

    @pa.dataframe_check
    def finished_after_started(cls, frame: pd.DataFrame) -> Series[bool]:
        return frame["finished_at"] >= frame["started_at"]


class FileFingerprintsTable(pa.DataFrameModel):
    """What a folder's file looked like (size, times, inode, manifest row) when its text was stored."""

    source: Series[str]
    doc: Series[str] = pa.Field(str_length={"min_value": 1})
    fingerprint: Series[str] = pa.Field(str_matches=r"^\d+:\d+:\d+:\d+:[0-9a-f]{16}$")
    content_hash: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")

    class Config:
        unique = ["source", "doc"]
