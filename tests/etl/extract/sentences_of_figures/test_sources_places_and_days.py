"""Who said it, where and when, on short sentences."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_document
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.sentences_of_figures.helpers import figures, only


def test_attribution_after_the_figure_and_source_chain(reference):
    figure = only(
        reference, "Some 70 people were killed in Israel, according to an AFP tally based on Israeli data."
    )
    assert (figure["attributed_to"], figure["attribution_basis"]) == ("AFP", "Israeli official figures")


def test_health_ministry_resolved_by_place(reference):
    figure = only(reference, "The health ministry said 15 people were killed in Lebanon.")
    assert (figure["attributed_to"], figure["location"]) == ("Lebanese Health Ministry", "Lebanon")


def test_stated_day_sets_as_of(reference):
    figure = only(reference, "The health ministry in Gaza said on Saturday that 51 people were killed.")
    assert figure["as_of"] == "2024-03-02"  # publication is Monday 4 March


def test_no_publication_date_leaves_as_of_empty(reference):
    figure = only(reference, "The health ministry in Gaza said 51 people were killed.", published=None)
    assert figure["as_of"] == ""


def test_a_title_naming_two_places_is_placed_where_its_preposition_says(reference):
    text = (
        "Israel strikes kill dozens in Gaza\n\nThe health ministry said 52 bodies were brought to hospitals."
    )
    document = Document(doc="t.txt", text=text, title=text.split("\n")[0], published_at=date(2024, 3, 4))
    (figure,) = extract_document(document, reference).to_dict("records")
    assert (figure["metric"], figure["location"], figure["attributed_to"]) == (
        "killed",
        "Gaza",
        "Gaza Health Ministry",
    )


def test_who_shows_a_tally_and_where_an_armed_group_counts_its_own(reference):
    tally = only(reference, "More than 1,200 people were killed in Israel, Israeli tallies show.")
    assert tally["attributed_to"] == "Israeli official figures"
    fighters = only(reference, "Hezbollah said eight of its fighters were killed.")
    assert (fighters["location"], fighters["subgroup"], fighters["attributed_to"]) == (
        "Lebanon",
        "combatants",
        "Hezbollah",
    )


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # where the freed were detained is where they came from
        ("Israel freed 1,718 Gazans detained in Gaza during the war.", "Israel"),
        ("Israel freed 1,718 Gazans arrested in Gaza during the war.", "Israel"),
        # where they were held is where they are freed from
        ("Israel freed 90 prisoners held in the West Bank.", "West Bank"),
        # an arrest is placed where it was made
        ("Israel has arrested 18,500 people in the West Bank.", "West Bank"),
    ],
)
def test_prisoners_freed_are_placed_where_they_were_held_not_taken(reference, text, location):
    assert [f["location"] for f in figures(reference, text)] == [location]


def test_a_speaker_before_a_colon_speaks_for_the_count_before_it_and_those_after(reference):
    text = (
        "Israel released 1,968 prisoners on Monday, the Israel Prison Service said: 250 serving long"
        " sentences and 1,718 people detained during the war."
    )
    assert [f["attributed_to"] for f in figures(reference, text)] == ["Israeli official figures"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb of notice
        ("The IDF has notified the families of 203 hostages held in Gaza.", ("Israeli military", "all")),
        ("The IDF has informed the families of 203 hostages held in Gaza.", ("Israeli military", "all")),
        ("The IDF informs the families of 203 hostages held in Gaza.", ("Israeli military", "all")),
        ("The IDF notes that 203 hostages are held in Gaza.", ("Israeli military", "all")),
        # a part of a group named with it takes the copula's subgroup
        ("The IDF said that more than 20 of the hostages are minors.", ("Israeli military", "children")),
    ],
)
def test_notice_is_speech_and_a_part_takes_its_copulas_subgroup(reference, text, expected):
    assert [(f["attributed_to"], f["subgroup"]) for f in figures(reference, text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The number of people murdered in the attack on 7 October has passed 1,400.",
        "Some 1,200 people were killed in the attack on October 7.",
    ],
)
def test_an_attack_on_a_named_day_is_the_named_day(reference, text):
    found = figures_in(reference, text, "en", date(2024, 10, 19))
    assert [(f["metric"], f["location"], f["event_date"]) for f in found] == [
        ("killed", "Israel", "2023-10-07")
    ]
