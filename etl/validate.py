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


# --- Tables the pipeline writes -------------------------------------------------------------


def in_vocabulary(name: str, vocabulary: frozenset[str], allow_empty: bool = False) -> pa.Check:
    """A check, named for the vocabulary it guards, that a column only holds its words."""
    allowed = set(vocabulary) | ({""} if allow_empty else set())
    return pa.Check(lambda column: column.isin(allowed), name=name, error=name)


def figures_schema(reference) -> pa.DataFrameSchema:
    """The figures table, its vocabularies taken from the loaded reference tables."""
    text = {"dtype": str, "nullable": False, "coerce": True}
    return pa.DataFrameSchema(
        {
            "figure_id": pa.Column(**text, unique=True),
            "doc_id": pa.Column(**text),
            "doc": pa.Column(**text),
            "metric": pa.Column(
                **text, checks=in_vocabulary("metric_in_metrics_csv", reference.metric_names)
            ),
            "location": pa.Column(
                **text,
                checks=in_vocabulary("location_in_locations_csv", reference.location_names, allow_empty=True),
            ),
            "subgroup": pa.Column(
                **text, checks=in_vocabulary("subgroup_in_subgroups_csv", reference.subgroup_names)
            ),
            "value": pa.Column("Int64", checks=pa.Check.ge(0, error="value_is_not_negative"), coerce=True),
            "value_high": pa.Column("Int64", nullable=True, coerce=True),
            "qualifier": pa.Column(
                **text, checks=in_vocabulary("qualifier_in_qualifiers_csv", reference.qualifier_names)
            ),
            "status": pa.Column(
                **text, checks=in_vocabulary("status_in_statuses_csv", reference.status_names)
            ),
            "attributed_to": pa.Column(**text),
            "attribution_basis": pa.Column(**text),
            "attribution_text": pa.Column(**text),
            "reported_by": pa.Column(**text),
            "as_of": pa.Column(**text, checks=pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$")),
            "event_date": pa.Column(**text, checks=pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$")),
            "published_at": pa.Column(**text, checks=pa.Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$")),
            "mention": pa.Column(**text, checks=pa.Check.str_length(min_value=1)),
            "quote": pa.Column(**text),
            "char_start": pa.Column("Int64", checks=pa.Check.ge(0), coerce=True),
            "char_end": pa.Column("Int64", coerce=True),
        },
        checks=[
            pa.Check(
                lambda f: f["value_high"].isna() | (f["value"] <= f["value_high"]),
                error="value_not_above_value_high",
            ),
            pa.Check(
                lambda f: (f["qualifier"] == "range") == f["value_high"].notna(), error="range_iff_value_high"
            ),
            pa.Check(lambda f: f["char_start"] < f["char_end"], error="char_start_before_char_end"),
            pa.Check(
                lambda f: pd.Series(
                    [m in q for m, q in zip(f["mention"], f["quote"], strict=True)], index=f.index
                ),
                error="quote_contains_mention",
            ),
            pa.Check(as_of_not_after_publication, error="as_of_not_after_published_at_plus_one_day"),
        ],
        strict=False,
        name="FiguresTable",
    )


def as_of_not_after_publication(frame: pd.DataFrame) -> pd.Series:
    """A figure cannot hold later than the day after its document was published."""
    as_of = pd.to_datetime(frame["as_of"].replace("", None), errors="coerce")
    published = pd.to_datetime(frame["published_at"].replace("", None), errors="coerce")
    return as_of.isna() | published.isna() | (as_of <= published + pd.Timedelta(days=1))


def split_valid(frame: pd.DataFrame, reference) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows that pass the figures schema, rejects with `reason` naming the failed checks)."""
    if frame.empty:
        return frame, frame.assign(reason=pd.Series(dtype=str))
    schema = figures_schema(reference)
    try:
        return schema.validate(frame, lazy=True), frame.iloc[0:0].assign(reason=pd.Series(dtype=str))
    except pa.errors.SchemaErrors as errors:
        reasons: dict[int, list[str]] = {}
        for case in errors.failure_cases.itertuples():
            index = case.index if pd.notna(case.index) else None
            whole_row = case.schema_context == "DataFrameSchema" or not case.column
            label = str(case.check) if whole_row else f"{case.column}: {case.check}"
            targets = [index] if index is not None else list(frame.index)
            for target in targets:
                reasons.setdefault(int(target), []).append(label)
        bad = frame.loc[list(reasons)].copy()
        bad["reason"] = ["; ".join(dict.fromkeys(reasons[i])) for i in bad.index]
        good = (
            schema.validate(frame.drop(index=list(reasons)), lazy=True)
            if len(reasons) < len(frame)
            else frame.iloc[0:0]
        )
        return good, bad


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
