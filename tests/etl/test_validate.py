"""Each schema check rejects the row it guards, with its name as the reason."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document
from etl.validate import split_valid


@pytest.fixture
def figures(reference):
    text = "The health ministry in Gaza said 40 people were killed and 10 to 20 wounded."
    return extract_document(Document(doc="a.txt", text=text, published_at=date(2024, 1, 1)), reference)


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("metric", "eaten", "metric: metric_in_metrics_csv"),
        ("status", "rumoured", "status: status_in_statuses_csv"),
        ("value", -3, "value: value_is_not_negative"),
        ("value_high", 5, "value_not_above_value_high"),
        ("qualifier", "range", "range_iff_value_high"),
        ("char_end", 0, "char_start_before_char_end"),
        ("mention", "99,999", "quote_contains_mention"),
        ("as_of", "2024-01-09", "as_of_not_after_published_at_plus_one_day"),
    ],
)
def test_bad_row_is_rejected_with_its_reason(reference, figures, column, value, reason):
    figures.loc[0, column] = value
    good, bad = split_valid(figures, reference)
    assert list(good["value"]) == [10]
    assert reason in bad["reason"].iloc[0]


def test_good_rows_pass(reference, figures):
    good, bad = split_valid(figures, reference)
    assert (len(good), len(bad)) == (2, 0)
