"""Properties of the extractor on generated text: it never raises, and what it returns is sound."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.documents import Document
from etl.extract import extract_rows, figures_frame
from etl.pipeline import with_document_ids
from etl.validate import split_valid

# Words that exercise every rule family, mixed with arbitrary characters.
PIECES = (
    "killed wounded hostages prisoners released held displaced said told according to per citing "
    "the health ministry in Gaza Lebanon West Bank Israel Hamas UN OCHA AFP at least more than about "
    "between and to 1,200 35-40 1.7 million a dozen two dozen 8 306 26.083 as of on Sunday 3 March "
    "including of them , . ; : ( ) — selon según muertos morts dont entre ellos"
).split()

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60).map(" ".join)


def check(reference, text: str, language: str, published: date | None) -> None:
    document = Document(doc="t.txt", text=text, language=language, published_at=published)
    rows = extract_rows(document, reference)
    frame = figures_frame(rows)
    if rows:  # every output passes the figures schema the store applies
        _, rejected = split_valid(figures_frame(with_document_ids(rows, document)), reference)
        assert rejected.empty, rejected["reason"].tolist()
    for row in frame.to_dict("records"):
        assert text[row["char_start"] : row["char_end"]] == row["mention"]
        assert row["mention"] in row["quote"]
        assert row["value"] >= 0
        high = row["value_high"]
        assert high is None or str(high) == "<NA>" or row["value"] <= high
        assert (row["qualifier"] == "range") == (not (high is None or str(high) == "<NA>"))
        assert row["metric"] in reference.metric_names and row["status"] in reference.status_names
        assert row["qualifier"] in reference.qualifier_names and row["subgroup"] in reference.subgroup_names


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, language=st.sampled_from(["en", "es", "fr", ""]), dated=st.booleans())
def test_extractor_is_sound_on_any_text(reference, text, language, dated):
    check(reference, text, language, date(2024, 3, 4) if dated else None)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, language=st.sampled_from(["en", "es", "fr", ""]))
def test_extractor_never_raises_slow(reference, text, language):
    check(reference, text, language, date(2024, 3, 4))
