"""Tables (etl.extract.tables): a cell counts what its column and its row say together."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.tables import find_tables, split_cells
from tests.etl.extract.conftest import figures_in

PUBLISHED = date(2024, 6, 3)

PIPE = """Weekly casualty report

Casualties (cumulative, as of 1 June)

| Area | Killed | Injured | Change since report #21 |
|---|---|---|---|
| Gaza Strip | 36,284 | 81,777 | +146 killed / +52 injured |
| - of whom children | 15,100 | n/a | n/a |
| West Bank | 512 | 4,950 | +3 killed |

Source: Ministry of Health; OCHA.
"""

TABS = (
    "Health toll, 7 October 2023 - 30 May 2024\n\n"
    "Indicator\tGaza Strip\tWest Bank\nKilled\t36,096\t505\nInjured\t81,136\t4,900\n"
)

ALIGNED = """Table 2: Palestinians killed by governorate, 7 Oct 2023 - 27 May 2024

Governorate       Killed   of whom children   Share of total
Jenin                140                 30             27.5
Tulkarm               95                 21             18.7
Other areas (5)       60                 12             11.8

Source: OCHA data.
"""


def rows_of(reference, text: str) -> list[tuple]:
    return [
        (r["mention"], r["metric"], r["location"], r["subgroup"], r["attributed_to"], r["as_of"])
        for r in figures_in(reference, text, "en", PUBLISHED)
    ]


def test_a_pipe_tables_cells_count_what_their_column_and_row_say(reference):
    assert rows_of(reference, PIPE) == [
        ("36,284", "killed", "Gaza", "all", "Gaza Health Ministry", "2024-06-01"),
        ("81,777", "injured", "Gaza", "all", "Gaza Health Ministry", "2024-06-01"),
        ("15,100", "killed", "Gaza", "children", "Gaza Health Ministry", "2024-06-01"),
        ("512", "killed", "West Bank", "all", "Palestinian Health Ministry", "2024-06-01"),
        ("4,950", "injured", "West Bank", "all", "Palestinian Health Ministry", "2024-06-01"),
    ]


def test_a_tab_tables_columns_name_the_places_and_its_caption_the_last_day(reference):
    assert rows_of(reference, TABS) == [
        ("36,096", "killed", "Gaza", "all", "", "2024-05-30"),
        ("505", "killed", "West Bank", "all", "", "2024-05-30"),
        ("81,136", "injured", "Gaza", "all", "", "2024-05-30"),
        ("4,900", "injured", "West Bank", "all", "", "2024-05-30"),
    ]


def test_an_aligned_tables_column_of_people_counts_the_event_of_the_column_before_it(reference):
    found = rows_of(reference, ALIGNED)
    assert [(m, metric, subgroup) for m, metric, _, subgroup, _, _ in found] == [
        ("140", "killed", "all"),
        ("30", "killed", "children"),
        ("95", "killed", "all"),
        ("21", "killed", "children"),
        ("60", "killed", "all"),
        ("12", "killed", "children"),
    ]
    assert {(place, source, day) for _, _, place, _, source, day in found} == {
        ("West Bank", "UN OCHA", "2024-05-27")
    }


def test_a_column_that_counts_things_holds_no_figure(reference):
    text = (
        "Displacement\n\n| Area | Individuals displaced | Households |\n|---|---|---|\n"
        "| Rafah | 2,400 | 480 |\n| Khan Younis | 1,100 | 220 |\n"
    )
    assert [r[0] for r in rows_of(reference, text)] == ["2,400", "1,100"]


def test_a_rows_day_cell_dates_its_count(reference):
    text = (
        "Key figures\n\n| Indicator | Figure | Source | As of |\n|---|---|---|---|\n"
        "| Palestinians killed in Gaza | 36,000 | MoH | 28 May |\n"
        "| Palestinians injured in Gaza | 81,000 | MoH | 30 May |\n"
    )
    assert [(r[0], r[1], r[4], r[5]) for r in rows_of(reference, text)] == [
        ("36,000", "killed", "Gaza Health Ministry", "2024-05-28"),
        ("81,000", "injured", "Gaza Health Ministry", "2024-05-30"),
    ]


def test_a_tables_note_dates_the_table_and_not_the_prose_after_it(reference):
    text = (
        "Hostage count\n\n| Status | Number |\n|---|---|\n| Still held in Gaza | 120 |\n"
        "| Released | 105 |\n\n"
        "Figures as of 28 May 2024.\n\nThe army said 43 of them were dead.\n"
    )
    days = {r["mention"]: r["as_of"] for r in figures_in(reference, text, "en", PUBLISHED)}
    assert days == {"120": "2024-05-28", "105": "2024-05-28", "43": "2024-06-03"}


@pytest.mark.parametrize(
    ("line", "kind", "cells"),
    [
        ("| | Iran | Israel |", "pipe", ["", "Iran", "Israel"]),
        ("Killed\t24\t\t5", "tab", ["Killed", "24", "", "5"]),
        ("Jenin        140      30", "aligned", ["Jenin", "140", "30"]),
    ],
)
def test_a_pipe_or_a_tab_keeps_an_empty_cells_place(line, kind, cells):
    assert [cell.text for cell in split_cells(line, 0, kind)] == cells


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 300.  It was 200 before.\nOfficials said 50.  Others said 60.\n",
        "The army spoke.  Then medics did.\nIt said:  300 were killed there.\nThey said:  120 were hurt.\n",
    ],
)
def test_prose_lines_with_double_spaces_are_no_table(text):
    assert find_tables(text) == []


def test_a_row_is_one_sentence_whatever_its_stops(reference):
    text = (
        "Tolls\n\n| Area | Killed |\n|---|---|\n| Gaza (health ministry) | 35,000 |\n"
        "| Israel, incl. 7 Oct. (Israeli sources) | 1,500 |\n"
    )
    assert [(r[0], r[4]) for r in rows_of(reference, text)] == [
        ("35,000", "Gaza Health Ministry"),
        ("1,500", "Israeli official figures"),
    ]


def test_a_cells_row_name_is_read_in_its_label_not_before_it(reference):
    text = (
        "Key figures\n\n| Indicator | Figure |\n|---|---|\n"
        "| People killed since the truce took effect | 24 |\n"
        "| People injured since the truce took effect | 60 |\n"
    )
    assert [(r[0], r[1]) for r in rows_of(reference, text)] == [("24", "killed"), ("60", "injured")]


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        ("en", "In Israel, 1,200+ people were killed, officials said.", "1,200"),
        ("es", "En Israel murieron 1.200+ personas, según las autoridades.", "1.200"),
        ("fr", "En Israël, 1 200+ personnes ont été tuées, selon les autorités.", "1 200"),
    ],
)
def test_a_sign_touching_a_number_says_more_than(reference, language, text, mention):
    found = figures_in(reference, text, language)
    assert [(r["mention"], r["qualifier"]) for r in found] == [(mention, "more_than")]


def test_a_list_item_counts_its_leads_group_on_its_leads_day(reference):
    text = (
        "Press freedom\n\nThe group's tally as of May 30, by where the journalists were killed:\n\n"
        "- 105 killed in Gaza\n- 3 killed in Lebanon\n"
    )
    assert [(r[0], r[2], r[3], r[5]) for r in rows_of(reference, text)] == [
        ("105", "Gaza", "journalists", "2024-05-30"),
        ("3", "Lebanon", "journalists", "2024-05-30"),
    ]


def test_a_place_named_in_a_row_or_a_note_is_no_source(reference):
    text = (
        "Distribution\n\nGovernorate    Killed    Injured\nNabatieh          900      3,100\n"
        "Mount Lebanon     300      1,200\n\nNote: Mount Lebanon includes the suburbs of Beirut.\n"
    )
    assert {r[4] for r in rows_of(reference, text)} == {""}


def test_a_notes_name_that_names_no_source_for_a_rows_place_gives_way_to_the_next(reference):
    text = (
        "Tolls\n\n| | Killed |\n|---|---|\n| Gaza | 35,000 |\n| Israel | 1,500 |\n\n"
        "Sources: MoH; Israeli sources.\n"
    )
    assert [(r[0], r[4]) for r in rows_of(reference, text)] == [
        ("35,000", "Gaza Health Ministry"),
        ("1,500", "Israeli official figures"),
    ]


def test_a_title_with_one_pipe_is_no_table_row():
    assert find_tables("Flash Update #12 | Gaza Strip\nKilled | 300\nInjured | 900\n") == []


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        ("en", "In Lebanon, ~1.2 million people have fled, officials said.", "1.2 million"),
        ("es", "En el Líbano, ~1,2 millones de personas han huido, según las autoridades.", "1,2 millones"),
        ("fr", "Au Liban, ~1,2 million de personnes ont fui, selon les autorités.", "1,2 million"),
    ],
)
def test_a_tilde_touching_a_number_says_approximately(reference, language, text, mention):
    found = figures_in(reference, text, language)
    assert [(r["mention"], r["qualifier"]) for r in found] == [(mention, "approximately")]


def test_a_source_in_brackets_in_a_fact_lines_label_is_its_counts(reference):
    text = "Key figures\n\nPeople killed in the West Bank (OCHA): 480, including 116 children\nHurt: 5,000\n"
    assert [(r[0], r[4]) for r in rows_of(reference, text)] == [
        ("480", "UN OCHA"),
        ("116", "UN OCHA"),
        ("5,000", ""),
    ]
