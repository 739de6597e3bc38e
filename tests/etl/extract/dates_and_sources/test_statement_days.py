"""The day a figure holds: the day its statement gives, carried on, or given where its source spoke."""

from __future__ import annotations

from datetime import date

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.dates_and_sources.helpers import MONDAY, read


def test_as_of_date_resolves_against_publication(reference):
    (figure,) = read(reference, "UN OCHA said 1,200 people were displaced in Gaza as of 28 February.")
    assert figure["as_of"] == "2024-02-28"


def test_figures_with_data_as_of_a_day_hold_on_that_day(reference):
    text = "Naciones Unidas calcula, con datos a 1 de marzo, que unas 124.000 personas han huido en Gaza."
    assert [f["as_of"] for f in figures_in(reference, text, "es", MONDAY)] == ["2024-03-01"]


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("en", "The ministry said 30,000 people had been killed in Gaza as of February 28th.", "2024-02-28"),
        (
            "en",
            "The ministry said 30,000 people had been killed in Gaza as of the 2nd of March.",
            "2024-03-02",
        ),
        ("es", "El ministerio informó de 30.000 muertos en Gaza al 1º de marzo.", "2024-03-01"),
    ],
)
def test_a_day_with_an_ordinal_suffix_is_a_day(reference, language, text, as_of):
    (figure,) = read(reference, text, language=language)
    assert figure["as_of"] == as_of


def test_event_day_does_not_move_as_of(reference):
    (figure,) = read(reference, "Troops freed three hostages in Gaza on Saturday.")
    assert (figure["metric"], figure["as_of"]) == ("hostages_rescued", "2024-03-04")


@pytest.mark.parametrize(
    "text",
    [
        "On February 19 the Gaza Health Ministry's count of the dead stood at 29,092.",
        # an article is no count
        "On February 19, a spokesman for the Gaza Health Ministry said 29,092 people had been killed.",
    ],
)
def test_a_day_opening_the_sentence_before_its_source_dates_the_statement_even_in_digits(reference, text):
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-02-19"


@pytest.mark.parametrize(
    "text",
    [
        # the count stands between the day and its source: the day is the event's
        "On Tuesday alone, a dozen people were shot dead near the corridor in Gaza, officials at Al-Awda"
        " Hospital said.",
        "On 27 February, three people were killed in a strike in Gaza, the civil defence said.",
    ],
)
def test_a_day_before_the_count_and_its_source_after_it_is_the_events(reference, text):
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "At least 25 people, including four children, were killed on Saturday in a strike on a school.",
        "Some 558 people, among them 50 children and 94 women, were killed on Saturday.",
        "Three hostages and 183 prisoners were released on Saturday.",
        "Five journalists were among at least 20 people killed on Saturday.",
    ],
)
def test_counts_sharing_a_verb_share_the_day_it_names(reference, text):
    assert {figure["event_date"] for figure in read(reference, text)} == {"2024-03-02"}


def test_a_day_after_the_comma_of_a_leading_according_is_the_figures_not_the_statements(reference):
    text = "According to the Prime Minister's Office, 116 hostages abducted on October 7 remain in Gaza."
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-03-04"
    (figure,) = read(reference, "According to the health ministry on Sunday, 40 people were killed in Gaza.")
    assert figure["as_of"] == "2024-03-03"


def test_leading_day_dates_the_statement(reference):
    (figure,) = read(reference, "On Friday, the health ministry in Gaza said 80 people had been killed.")
    assert figure["as_of"] == "2024-03-01"


def test_a_day_earlier_counts_back_from_the_statement(reference):
    figures = read(
        reference, "UNRWA said on Sunday that 30 of its staff had been killed, up from 25 a day earlier."
    )
    assert [(f["value"], f["subgroup"], f["as_of"]) for f in figures] == [
        (30, "un_staff", "2024-03-03"),
        (25, "un_staff", "2024-03-02"),
    ]


def test_superseded_figure_without_a_date_has_no_as_of(reference):
    figures = read(
        reference, "Israel lowered its toll to 1,200, down from the figure of 1,400 cited for weeks."
    )
    assert [(f["value"], f["as_of"]) for f in figures] == [(1200, "2024-03-04"), (1400, "")]


def test_a_pronoun_for_a_source_named_in_its_own_sentence_takes_no_day_from_the_last_speaker(reference):
    text = (
        "The number of aid workers killed in Gaza has passed 280, the UN said on Friday. Among them are 207"
        " staff members of UNRWA, according to the agency's latest situation report."
    )
    figures = figures_in(reference, text, "en", MONDAY)
    assert [(f["value"], f["attributed_to"], f["as_of"]) for f in figures] == [
        (280, "UN", "2024-03-01"),
        (207, "UNRWA", "2024-03-04"),
    ]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "A quick recap: on Sunday evening, Israeli authorities said 13 people had been killed in Israel.",
            "2024-03-03",
        ),
        ("Update: on Sunday, Israeli authorities said 13 people had been killed in Israel.", "2024-03-03"),
        ("Day 150: on Sunday, Israeli authorities said 13 people had been killed in Israel.", "2024-03-03"),
    ],
)
def test_a_label_before_a_colon_leaves_the_day_that_opens_the_statement(reference, text, as_of):
    (figure,) = read(reference, text)
    assert figure["as_of"] == as_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Les frappes ont tué 3 000 personnes au Liban, a annoncé samedi le ministère libanais de la "
            "Santé, qui fait état d'au moins 13 492 blessés.",
        ),
        (
            "es",
            "Al menos 16 palestinos han muerto en Cisjordania, según ha informado el sábado el Ministerio de "
            "Sanidad palestino, que ha precisado que entre los fallecidos hay cuatro menores.",
        ),
    ],
)
def test_a_relative_clause_of_the_source_takes_the_day_its_source_spoke(reference, language, text):
    figures = read(reference, text, language=language)
    assert [f["as_of"] for f in figures] == ["2024-03-02", "2024-03-02"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The ministry said on Tuesday that 60,034 people had been killed. That same day, the ministry"
            " reported seven new deaths from malnutrition.",
        ),
        (
            "es",
            "El ministerio informó el martes de 60.034 muertos. Ese mismo día, el ministerio informó de siete"
            " nuevas muertes por desnutrición.",
        ),
        (
            "fr",
            "Le ministère a annoncé mardi 60 034 morts. Le même jour, le ministère a fait état de sept"
            " nouveaux décès liés à la malnutrition.",
        ),
        (
            "fr",
            "Le ministère a annoncé mardi 60 034 morts. Le jour même, le ministère a fait état de sept"
            " nouveaux décès liés à la malnutrition.",
        ),
    ],
)
def test_the_same_day_is_the_day_last_given(reference, language, text):
    figures = figures_in(reference, text, language, date(2025, 7, 30))
    assert [f["as_of"] for f in figures] == ["2025-07-29"] * 2
