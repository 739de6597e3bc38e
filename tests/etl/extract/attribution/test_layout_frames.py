"""Sources the layout of a line names: in closing brackets, after a closing dash, before a colon."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aid workers killed: 540 (UN OCHA)", "UN OCHA"),
        ("Journalists killed: at least 197 (CPJ).", "Committee to Protect Journalists"),
        ("Displaced: about 1.9 million, or 90% of the population (UN)", "UN"),
        ("Aid workers killed: 540 (a count by UN OCHA)", "UN OCHA"),
    ],
)
def test_a_source_in_brackets_closing_the_sentence_is_its_source(reference, text, source):
    assert sources_of(reference, text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("17:05 Toll from strike on Khan Younis rises to 90 dead and 300 wounded — health ministry", "Gaza"),
        ("Strike on Khan Younis kills 90, wounds 300 – Civil Defence", "Civil Defence"),
        ("Strike on Khan Younis kills 90, wounds 300 - UNRWA.", "UNRWA"),
    ],
)
def test_a_source_after_a_dash_that_closes_the_line_is_its_source(reference, text, source):
    found = sources_of(reference, text)
    assert len(found) == 2 and all(source in name for name in found)


@pytest.mark.parametrize("wire", ["AFP", "Reuters"])
def test_a_news_agency_after_the_closing_dash_credits_its_wire_and_is_no_source(reference, wire):
    assert sources_of(reference, f"Strike on Khan Younis kills 90, wounds 300 — {wire}") == ["", ""]


@pytest.mark.parametrize(
    "text",
    [
        "Strike on Khan Younis kills 90 — UNRWA school hit, 300 wounded",
        "Strike on Khan Younis kills 90 and wounds 300 in schools of UNRWA",
    ],
)
def test_a_source_not_after_a_dash_that_closes_the_line_is_no_source_of_its_own(reference, text):
    assert "UNRWA" not in sources_of(reference, text)


def test_a_source_in_brackets_within_the_sentence_is_no_source_of_its_own(reference):
    assert sources_of(reference, "Strikes killed 20 people near a UNRWA (UN) school.") == [""]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "MDA: 61 people wounded in drone strike near Binyamina.", "Magen David Adom"),
        (
            "en",
            "Lebanon's Health Ministry: 21 killed in Israeli strike on Aitou.",
            "Lebanese Health Ministry",
        ),
        ("es", "OCHA: 60 muertos en Gaza en la última semana.", "UN OCHA"),
        # a place that labels an entry is where, not who
        ("en", "Lebanon: Israeli strike kills 13 in Nabatieh.", ""),
        ("es", "Líbano: más de 3.000 muertos desde octubre.", ""),
        # a name before a colon inside the sentence labels nothing
        (
            "en",
            "Strikes killed 30 people in Gaza on Monday, the worst day for UNRWA: its schools were hit.",
            "",
        ),
    ],
)
def test_a_known_name_labelling_an_entry_with_a_colon_is_its_source(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]
