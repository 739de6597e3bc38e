"""Which verb a count takes in Spanish and French: clauses of their own, clitics and partitives."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.languages.helpers import rows


def test_a_clause_after_depuis_que_l_has_a_verb_of_its_own(reference):
    text = (
        "Les frappes ont tué 274 personnes, dont 64 enfants, dans la journée la plus meurtrière "
        "depuis que l'armée a libéré quatre otages."
    )
    assert rows(reference, text, "fr", columns=("value", "metric")) == [
        (274, "killed"),
        (64, "killed"),
        (4, "hostages_rescued"),
    ]


@pytest.mark.parametrize(
    "clause",
    ["depuis qu'il a libéré", "lorsqu'il a libéré", "après qu'il a libéré", "avant qu'il ait libéré"],
)
def test_an_elided_subordinator_opens_a_clause_of_its_own(reference, clause):
    text = (
        "Les frappes ont tué 274 personnes, dont 64 enfants, dans la journée la plus meurtrière "
        f"{clause} les otages."
    )
    assert rows(reference, text, "fr", columns=("value", "metric")) == [(274, "killed"), (64, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El acuerdo prevé la liberación de 250 presos y de 1.700 gazatíes detenidos"
            " desde el inicio de la guerra.",
        ),
        (
            "fr",
            "L'accord prévoit la libération de 250 prisonniers et de 1 700 Gazaouis détenus"
            " depuis le début de la guerre.",
        ),
        (
            "en",
            "The deal provides for the release of 250 prisoners and of 1,700 Gazans detained"
            " since the war began.",
        ),
    ],
)
def test_a_count_after_and_and_a_repeated_preposition_shares_what_governs_the_one_before(
    reference, language, text
):
    assert rows(reference, text, language, columns=("metric", "value")) == [
        ("prisoners_released", 250),
        ("prisoners_released", 1700),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Más de 4.000 personas han perdido la vida, y más de un millón se vieron obligadas a huir de"
            " sus casas.",
        ),
        ("fr", "Plus de 4 000 personnes ont été tuées, et plus d'un million ont été contraintes de fuir."),
    ],
)
def test_a_count_with_its_own_verb_past_a_clitic_does_not_share_the_verb_before(reference, language, text):
    assert rows(reference, text, language, columns=("metric", "value")) == [
        ("killed", 4000),
        ("displaced", 1000000),
    ]


@pytest.mark.parametrize("relative", ["de los que", "de los cuales"])
def test_a_spanish_relative_partitive_opens_a_part_of_the_count_before(reference, relative):
    text = (
        f"Según las autoridades israelíes, 76 rehenes siguen en Gaza, {relative} al menos 35 habrían muerto."
    )
    assert rows(reference, text, "es", columns=("metric", "value")) == [
        ("hostages_held", 76),
        ("hostages_dead", 35),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Au total, 16 otages israéliens et cinq Thaïlandais ont été libérés."),
        ("es", "En total, 16 rehenes israelíes y cinco tailandeses han sido liberados."),
    ],
)
def test_a_count_with_its_nationality_after_it_takes_the_verb_of_the_count_after(reference, language, text):
    assert [f["metric"] for f in figures_in(reference, text, language)] == ["hostages_released"] * 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Deux femmes palestiniennes, dont l'une était enceinte, ont été tuées dimanche."),
        ("es", "Dos mujeres palestinas, una de ellas embarazada, murieron el domingo."),
    ],
)
def test_a_part_set_off_past_a_nationality_after_the_noun_leaves_the_verb_the_counts(
    reference, language, text
):
    assert rows(reference, text, language, columns=("value", "metric", "subgroup")) == [
        (2, "killed", "women")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Elle a rappelé que 38 enfants avaient été tués en Israël et que des dizaines d'autres ont été"
            " pris en otage.",
        ),
        (
            "en",
            "She recalled that 38 children were killed in Israel and that dozens of others were taken"
            " hostage.",
        ),
        ("es", "Recordó que 38 niños murieron en Israel y que decenas de otros fueron tomados como rehenes."),
    ],
)
def test_a_second_reported_clause_tells_nothing_of_the_count_before(reference, language, text):
    assert rows(reference, text, language, columns=("value", "metric", "location")) == [
        (38, "killed", "Israel")
    ]
