"""Numbers on short sentences: values, qualifiers, ranges, years, changes and numbers restated."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.sentences_of_figures.helpers import figures, only


@pytest.mark.parametrize(
    ("text", "value", "high", "qualifier"),
    [
        ("The strikes killed at least 1,234 people in Gaza.", 1234, None, "at_least"),
        ("More than 2.5 million people were displaced in Gaza.", 2500000, None, "more_than"),
        ("Officials said a dozen people were killed in Gaza.", 12, None, "exact"),
        ("Gunmen killed two dozen people in the West Bank.", 24, None, "exact"),
        ("Between 40 and 60 people were wounded in Gaza.", 40, 60, "range"),
        ("Some 300 people were injured in Lebanon.", 300, None, "approximately"),
        ("Up to 90 people were killed in Lebanon.", 90, None, "at_most"),
        ("Fewer than 20 people died in Gaza.", 20, None, "less_than"),
        ("Some 1.9m people were displaced in Gaza.", 1900000, None, "approximately"),
        ("Militants killed 1,200-plus people in Israel.", 1200, None, "more_than"),
        ("A strike 2.5km from the camp killed 3 people in Gaza.", 3, None, "exact"),  # no "2" of "2.5km"
        ("Some 1900-2000 people were killed in Gaza.", 1900, 2000, "range"),  # not two years: people follow
        (
            "Some 64·3 thousand people were killed in Gaza.",
            64300,
            None,
            "approximately",
        ),  # The Lancet's point
    ],
)
def test_numbers_qualifiers_and_ranges(reference, text, value, high, qualifier):
    figure = only(reference, text)
    assert (
        figure["value"],
        None
        if figure["value_high"] is None or str(figure["value_high"]) == "<NA>"
        else int(figure["value_high"]),
        figure["qualifier"],
    ) == (value, high, qualifier)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Entre 60 y 70 palestinos murieron este viernes en Yabalia."),
        ("fr", "Entre 60 et 70 Palestiniens ont été tués vendredi à Jabaliya."),
    ],
)
def test_between_two_numbers_is_a_range_in_every_language(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["value_high"], f["qualifier"]) for f in found] == [(60, 70, "range")]


@pytest.mark.parametrize(
    "years", ["the 1975-1990 civil war", "the civil war from 1975 to 1990", "the war between 1975 and 1990"]
)
def test_two_years_joined_are_no_range(reference, years):
    found = figures(reference, f"The ministry said 558 people were killed, the most since {years}.")
    assert [f["value"] for f in found] == [558]


def test_two_years_joined_by_words_before_people_are_a_range(reference):
    found = figures(reference, "Between 1900 and 2000 people were killed in Gaza.")
    assert [(f["value"], f["value_high"]) for f in found] == [(1900, 2000)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Plus de 1900 personnes ont été tuées au Liban depuis octobre.", 1900),
        ("es", "Más de 1900 muertos en el Líbano desde octubre.", 1900),
        ("en", "About 2000 people have been killed in Lebanon since October.", 2000),
    ],
)
def test_four_digits_after_a_qualifier_and_before_people_are_a_count(reference, language, text, value):
    assert [f["value"] for f in figures_in(reference, text, language)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "In 2014 people were killed in Gaza, and 51 people died in the camp.",
        "By around 2000, 51 people had been killed in the camp.",
        "Around 2000 years ago, 51 people were killed in the camp.",
    ],
)
def test_a_year_with_no_qualifier_or_no_people_after_it_stays_a_year(reference, text):
    assert [f["value"] for f in figures(reference, text)] == [51]


@pytest.mark.parametrize(
    "compound", ["three-storey house", "9-digit identity number", "649-page list", "UPDATE 2-Death toll"]
)
def test_a_number_hyphened_to_a_word_is_a_modifier_not_a_count(reference, compound):
    text = f"Rescuers said 12 people were killed. The {compound} was found under the rubble."
    assert [f["value"] for f in figures(reference, text)] == [12]


@pytest.mark.parametrize(
    ("written", "qualifier"), [("60,000-odd", "approximately"), ("1,200-plus", "more_than")]
)
def test_a_qualifier_hyphened_after_a_number_qualifies_it(reference, written, qualifier):
    found = figures(reference, f"The {written} Israelis who were displaced from the north want to go home.")
    assert [f["qualifier"] for f in found] == [qualifier]


@pytest.mark.parametrize("span", ["2023-24", "2023–24", "2014/15"])
def test_a_year_and_two_digits_after_it_are_a_span_of_years(reference, span):
    found = figures(reference, f"The {span} war killed more than 4,000 people in Lebanon.")
    assert [f["value"] for f in found] == [4000]


def test_offsets_slice_to_the_mention(reference):
    text = "Hospitals said more than 3,000 people were wounded in Gaza."
    figure = only(reference, text)
    assert text[figure["char_start"] : figure["char_end"]] == figure["mention"] == "3,000"


def test_a_group_of_thousands_after_a_dot_is_no_decimal(reference):
    text = "El Ministerio de Sanidad de Gaza cifra en 26.083 los muertos."
    assert [f["value"] for f in figures_in(reference, text, "es")] == [26083]


def test_a_number_word_after_the_repeats_a_count_already_made(reference):
    text = (
        "Israeli forces rescued two hostages in Rafah on Monday. "
        "The two men, who spent 128 days in captivity, were taken to hospital."
    )
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(2, "hostages_rescued")]


def test_a_number_word_after_all_repeats_a_count_already_made(reference):
    text = (
        "Three Israeli men held hostage in Gaza have been released by Hamas. All three were seized from"
        " their homes in Be'eri during the attack."
    )
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(3, "hostages_released")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fifty hostages remain in Gaza. Israeli officials believe 20 of the 50 are alive."),
        ("es", "Quedan 50 rehenes en Gaza. Se cree que 20 de los 50 siguen vivos."),
        ("fr", "Il reste 50 otages à Gaza. Israël estime que 20 des 50 sont en vie."),
    ],
)
def test_a_count_of_the_count_already_made_before_a_verb_is_its_part(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in found] == [(50, "hostages_held"), (20, "hostages_held")]


def test_a_count_of_the_count_already_made_before_its_noun_keeps_its_own_predicate(reference):
    text = (
        "Hamas is to free 33 hostages. Israel believes eight of the 33 hostages due to be released are dead."
    )
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in found if f["value"] == 8] == [(8, "hostages_dead")]


def test_a_number_word_after_the_with_no_count_before_is_a_count(reference):
    found = only(reference, "Israeli forces rescued the four hostages held in Nuseirat.")
    assert (found["value"], found["metric"]) == (4, "hostages_rescued")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll rose from 30 to 40 dead.", [(30, None), (40, None)]),
        ("The number of wounded increased from 30 to 40.", [(30, None), (40, None)]),
        ("From 30 to 40 wounded people were admitted.", [(30, 40)]),
    ],
)
def test_a_change_from_one_count_to_another_is_no_range(reference, text, expected):
    assert [(f["value"], f["value_high"]) for f in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "De 30 a 40 personas resultaron heridas.", [(30, 40, "injured")]),
        ("es", "El balance pasó de 30 a 40 muertos.", [(30, None, "killed"), (40, None, "killed")]),
        ("es", "La cifra de heridos subió de 30 a 40.", [(30, None, "injured"), (40, None, "injured")]),
        ("es", "El balance fue revisado al alza de 30 a 40.", [(30, None, "killed"), (40, None, "killed")]),
        ("fr", "Les frappes ont fait de 30 à 40 blessés.", [(30, 40, "injured")]),
        ("fr", "Le bilan est passé de 30 à 40 morts.", [(30, None, "killed"), (40, None, "killed")]),
        ("fr", "Le nombre de blessés a grimpé de 30 à 40.", [(30, None, "injured"), (40, None, "injured")]),
        (
            "fr",
            "Le bilan a été revu à la hausse de 30 à 40 morts.",
            [(30, None, "killed"), (40, None, "killed")],
        ),
    ],
)
def test_spanish_and_french_ranges_and_changes(reference, language, text, expected):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["value_high"], f["metric"]) for f in found] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", f"The number of wounded {verb} from 30 to 40.") for verb in ("went", "changed")]
    + [
        ("es", f"La cifra de heridos {verb} de 30 a 40.")
        for verb in ("pasó", "ha pasado", "pasaba", "aumentó", "ha aumentado", "subió", "ha subido")
        + ("se elevó", "se ha elevado", "creció", "ha crecido", "bajó", "ha bajado", "cayó", "ha caído")
        + ("descendió", "ha descendido")
    ]
    + [
        ("fr", f"Le nombre de blessés {verb} de 30 à 40.")
        for verb in ("est passé", "passe", "a augmenté", "a grimpé", "est monté", "a bondi", "a baissé")
        + ("a chuté", "a diminué")
    ]
    + [("fr", "Le nombre de blessés, passant de 30 à 40, inquiète.")],
)
def test_every_verb_of_change_parts_the_count_before_from_the_count_now(reference, language, text):
    assert [f["value_high"] for f in figures_in(reference, text, language)] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "The number of martyrs has risen to 64,300 (sixty-four thousand three hundred).",
        "The toll has risen to 64,300 (64,300) martyrs.",
    ],
)
def test_a_number_restated_in_brackets_is_one_figure(reference, text):
    assert [(f["value"], f["metric"]) for f in figures(reference, text)] == [(64300, "killed")]


def test_a_number_in_brackets_that_differs_is_a_figure_of_its_own(reference):
    text = "The toll has risen to 64,300 (64,000 on Friday) martyrs."
    assert [f["value"] for f in figures(reference, text)] == [64300, 64000]
