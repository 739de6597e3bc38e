"""The place a title, a heading or the document gives its figures, and the lines that are no heading."""

from __future__ import annotations

import pytest

from etl.extract.heading_places import heading_place
from etl.extract.lexicon import build_lexicon
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.locations.helpers import place_of


def test_a_country_that_speaks_in_the_title_is_not_the_documents_place(reference):
    text = "Israel says the ceasefire holds\nIsraeli strikes killed 104 people.\nAid trucks waited in Gaza."
    assert place_of(reference, text) == ["Gaza"]


def test_a_title_of_two_clauses_is_about_its_first(reference):
    text = (
        "Gaza strikes kill 96 as truce talks resume; fighting flares on Lebanon border\n"
        "The ministry said the overall toll had risen to 29,878."
    )
    assert place_of(reference, text) == ["Gaza", "Gaza"]


def test_the_document_is_where_it_names_places_with_a_preposition(reference):
    text = (
        "Ceasefire under strain\n"
        "Israel said on Friday that Israel would respond after Israel came under fire in Gaza.\n"
        "Strikes on Tuesday killed 104 people."
    )
    assert place_of(reference, text) == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "title", "place"),
    [
        ("es", "Líbano: más de 3.000 muertos desde el inicio de las hostilidades con Israel", "Lebanon"),
        # "de" names whose the strikes are, not where
        ("es", "Líbano: ya son 558 los muertos por los bombardeos de Israel", "Lebanon"),
        ("fr", "Liban : déjà 558 morts dans les frappes d'Israël", "Lebanon"),
        ("fr", "Gaza : le bilan dépasse 40 000 morts, selon le Hamas ; Israël dément", "Gaza"),
        # a place named with a preposition still decides
        ("en", "Israel: 30 killed in Gaza overnight", "Gaza"),
        # the kicker must be a place and nothing else
        ("en", "Israel and Lebanon: talks resume as Hezbollah and Israel trade fire", ""),
    ],
)
def test_a_place_before_the_headings_colon_is_its_place(reference, language, title, place):
    assert heading_place(build_lexicon(reference, language), title) == place


@pytest.mark.parametrize(
    ("title", "place"),
    [
        # a country coordinated with a party is a side that acts
        ("Israel and Hamas trade blame as toll mounts", ""),
        ("Hezbollah and Israel exchange fire across the border", ""),
        # two places are two places
        ("Gaza Strip and Israel: humanitarian bulletin", ""),
        ("Israel revises October 7 death toll down to about 1,200", "Israel"),
    ],
)
def test_a_place_coordinated_with_a_party_is_no_place_of_the_heading(reference, title, place):
    assert heading_place(build_lexicon(reference, "en"), title) == place


def test_a_fact_line_is_no_heading_and_leaves_the_section_heading_above_it(reference):
    text = (
        "The war in numbers\n"
        "In Israel\n"
        "Killed on October 7: about 1,200\n"
        "In Gaza\n"
        "Killed: at least 67,000, according to the health ministry\n"
        "Injured: more than 169,000\n"
        "Displaced: about 1.9 million\n"
    )
    assert place_of(reference, text) == ["Israel", "Gaza", "Gaza", "Gaza"]


def test_a_fact_line_with_a_day_in_its_label_is_no_heading_either(reference):
    text = (
        "The war in numbers\n"
        "Killed in Gaza: at least 44,000\n"
        "Israelis killed on October 7: about 1,200\n"
        "Displaced: 1.9 million\n"
    )
    assert place_of(reference, text) == ["Gaza", "Israel", "Gaza"]


def test_the_government_where_a_text_is_set_is_that_places(reference):
    text = "In northern Israel, 60,000 residents remain displaced from their homes, government figures say."
    assert [f["attributed_to"] for f in figures_in(reference, text)] == ["Israeli official figures"]


def test_a_list_item_is_no_heading_and_leaves_the_section_heading_above_it(reference):
    text = "Lebanon strikes\n\nIn Lebanon\n- Convoys seen near Damascus\n\nStrikes killed 12 people."
    assert place_of(reference, text) == ["Lebanon"]


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Myanmar quake toll passes 3,000", "Myanmar"),
        ("Nigeria: Maiduguri floods", "Nigeria"),
        ("Taiwan's strongest quake in 25 years kills nine", "Taiwan"),
        ("Russia says Ukrainian prisoners of war died in plane crash", ""),
        ("Aid flights resume as Myanmar digs out after the quake", ""),
    ],
)
def test_a_heading_that_opens_with_a_far_country_is_about_it_unless_the_country_speaks(
    reference, title, place
):
    assert heading_place(build_lexicon(reference, "en"), title) == place
