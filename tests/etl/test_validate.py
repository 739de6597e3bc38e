"""Each schema check rejects the row it guards, naming itself and its column; good rows pass."""

from __future__ import annotations

import json
from datetime import datetime

import pandas as pd
import pandera.pandas as pa
import pytest

from etl.validate import DocumentsTable, RejectsTable, RunsTable, figures_schema, split_valid


def figure(number: int, **changes) -> dict:
    """A valid figure row as a refresh hands it to validation (dates as ISO text)."""
    row = {
        "figure_id": f"f{number}",
        "doc_id": "d1",
        "doc": "a.txt",
        "metric": "killed",
        "location": "Gaza",
        "subgroup": "all",
        "value": 40,
        "value_high": None,
        "qualifier": "exact",
        "status": "reported",
        "attributed_to": "Gaza Health Ministry",
        "attribution_basis": "",
        "attribution_text": "the health ministry",
        "reported_by": "Wire",
        "as_of": "2024-01-01",
        "event_date": "",
        "published_at": "2024-01-01",
        "mention": "40",
        "quote": "The ministry said 40 people were killed.",
        "char_start": 18,
        "char_end": 20,
    }
    return row | changes


def table(*rows: dict) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"metric": "eaten"}, "metric: metric_in_metrics_csv"),
        ({"location": "Atlantis"}, "location: location_in_locations_csv"),
        ({"subgroup": "poets"}, "subgroup: subgroup_in_subgroups_csv"),
        ({"qualifier": "perhaps"}, "qualifier: qualifier_in_qualifiers_csv"),
        ({"status": "rumoured"}, "status: status_in_statuses_csv"),
        ({"value": -3, "mention": "-3", "quote": "-3 killed"}, "value: value_is_not_negative"),
        ({"value": 20, "value_high": 10, "qualifier": "range"}, "value_not_above_value_high"),
        ({"qualifier": "range"}, "range_iff_value_high"),
        ({"value_high": 50}, "range_iff_value_high"),
        ({"char_end": 18}, "char_start_before_char_end"),
        ({"mention": "99,999"}, "quote_contains_mention"),
        ({"as_of": "2024-01-03"}, "as_of_not_after_published_at_plus_one_day"),
        ({"as_of": "1 Jan"}, "as_of: str_matches"),
        ({"value": "forty"}, "value: coerce_dtype('Int64')"),
        ({"doc_id": None}, "doc_id: not_nullable"),
    ],
)
def test_a_bad_row_is_rejected_with_the_check_that_caught_it(reference, changes, reason):
    good, bad = split_valid(table(figure(1), figure(2, **changes), figure(3)), reference)
    assert list(good["figure_id"]) == ["f1", "f3"]  # one bad row never takes the others with it
    assert list(bad["figure_id"]) == ["f2"]
    assert reason in bad["reason"].iloc[0]


def test_good_rows_pass_with_contract_types(reference):
    good, bad = split_valid(
        table(figure(1), figure(2, value=10, value_high=20, qualifier="range")), reference
    )
    assert bad.empty
    assert str(good["value"].dtype) == "Int64" and list(good["value_high"].isna()) == [True, False]


def test_unstated_location_and_dates_are_allowed(reference):
    good, bad = split_valid(table(figure(1, location="", as_of="", published_at="")), reference)
    assert (len(good), len(bad)) == (1, 0)


def test_as_of_may_be_the_day_after_publication(reference):
    good, _ = split_valid(table(figure(1, as_of="2024-01-02")), reference)
    assert len(good) == 1


def test_a_repeated_figure_keeps_its_first_row(reference):
    good, bad = split_valid(table(figure(1), figure(1)), reference)
    assert (len(good), list(bad["reason"])) == (1, ["figure_id_is_unique"])


def test_a_missing_column_rejects_every_row_and_says_so(reference):
    good, bad = split_valid(table(figure(1), figure(2)).drop(columns="quote"), reference)
    assert good.empty and len(bad) == 2
    assert all("column_in_dataframe" in reason for reason in bad["reason"])


def test_vocabularies_come_from_the_reference_tables(reference):
    metric = figures_schema(reference).columns["metric"].checks[0]
    assert metric.name == "metric_in_metrics_csv"
    assert bool(metric(pd.DataFrame({"metric": sorted(reference.metric_names)})["metric"]).check_passed)


def test_documents_table_guards_kind_hash_and_language():
    row = {
        "doc_id": "d1",
        "doc": "a.txt",
        "url": "",
        "title": "",
        "publisher": "",
        "published_at": None,
        "date_basis": "",
        "language": "en",
        "kind": "article",
        "source": "seeds",
        "content_hash": "0" * 64,
        "text": "Some text.",
    }
    DocumentsTable.validate(pd.DataFrame([row]))
    for bad in ({"kind": "tweet"}, {"content_hash": "xyz"}, {"language": "eng"}, {"text": ""}):
        with pytest.raises(pa.errors.SchemaError):
            DocumentsTable.validate(pd.DataFrame([row | bad]))


def test_rejects_table_knows_its_stages():
    row = {"doc": "a.txt", "stage": "extract", "reason": "extraction failed: boom", "row": None}
    RejectsTable.validate(pd.DataFrame([row]))
    with pytest.raises(pa.errors.SchemaError):
        RejectsTable.validate(pd.DataFrame([row | {"stage": "guess"}]))


def test_runs_table_guards_status_counts_and_times():
    start = datetime(2024, 1, 1, 12)
    row = {
        "run_id": "run-1",
        "started_at": start,
        "finished_at": start,
        "status": "ok",
        "documents_new": 1,
        "documents_unchanged": 0,
        "documents_failed": 0,
        "figures_new": 3,
        "rejects": 0,
        "failures_json": json.dumps([]),
    }
    RunsTable.validate(pd.DataFrame([row]))
    for bad in ({"status": "fine"}, {"rejects": -1}, {"finished_at": datetime(2023, 1, 1)}):
        with pytest.raises(pa.errors.SchemaError):
            RunsTable.validate(pd.DataFrame([row | bad]))


def test_a_country_of_countries_csv_is_a_location(reference):
    good, bad = split_valid(
        table(figure(1, location="Afghanistan"), figure(2, location="Nigeria")), reference
    )
    assert bad.empty and list(good["location"]) == ["Afghanistan", "Nigeria"]
