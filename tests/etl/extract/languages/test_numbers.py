"""Numbers in Spanish and French: separators, number words, halves, qualifiers, and numbers of no people."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.languages.helpers import rows


def test_spanish_separators_words_and_qualifiers(reference):
    text = "El Ministerio de Sanidad de Gaza informó el sábado de que más de 2.200 palestinos han muerto."
    assert rows(reference, text, "es") == [
        ("killed", 2200, "more_than", "Gaza Health Ministry", "2024-03-02")
    ]


def test_french_spaces_and_decimal_comma(reference):
    text = "Selon l'ONU, près de 1,2 million de personnes ont été déplacées dans la bande de Gaza."
    assert rows(reference, text, "fr") == [("displaced", 1200000, "approximately", "UN", "2024-03-04")]
    text = "Le ministère de la Santé de Gaza a annoncé lundi que 8\u00a0306 personnes avaient été tuées."
    assert rows(reference, text, "fr") == [("killed", 8306, "exact", "Gaza Health Ministry", "2024-03-04")]


def test_an_approximate_number_word_is_approximately(reference):
    assert rows(reference, "Une cinquantaine de personnes ont été tuées à Gaza.", "fr")[0][1:3] == (
        50,
        "approximately",
    )
    assert rows(reference, "Un centenar de personas murieron en Gaza.", "es")[0][1:3] == (
        100,
        "approximately",
    )
    # a qualifier of its own wins
    assert rows(reference, "Menos de un centenar de rehenes siguen en Gaza.", "es")[0][1:3] == (
        100,
        "less_than",
    )


@pytest.mark.parametrize(
    ("language", "text", "mention", "value"),
    [
        ("en", "Half a million people have been displaced in Gaza.", "Half a million", 500000),
        ("en", "A half million people have been displaced in Gaza.", "A half million", 500000),
        ("en", "Half a dozen people were killed in Gaza.", "Half a dozen", 6),
        ("es", "Medio millón de personas han sido desplazadas en Gaza.", "Medio millón", 500000),
        ("es", "Medio centenar de personas resultaron heridas en Gaza.", "Medio centenar", 50),
        ("fr", "Un demi-million de personnes ont été déplacées à Gaza.", "Un demi-million", 500000),
    ],
)
def test_half_of_a_number_word_is_half_its_value(reference, language, text, mention, value):
    assert rows(reference, text, language, columns=("mention", "value")) == [(mention, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Talks lasted half a day; 30 people were killed in Gaza.",
        "Half the 30 people killed in Gaza were children.",
    ],
)
def test_half_without_a_number_after_it_is_no_number(reference, text):
    assert [value for (value,) in rows(reference, text, "en", columns=("value",))] == [30]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le nombre de morts a dépassé les 61 000."),
        ("fr", "Le nombre de morts dépasse les 61 000."),
        ("es", "El número de muertos superó los 61.000."),
    ],
)
def test_passing_a_number_after_its_article_is_more_than_it(reference, language, text):
    assert rows(reference, text, language, columns=("value", "qualifier")) == [(61000, "more_than")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los muertos superan los 1.400."),
        ("es", "Las víctimas mortales superan las 1.400."),
        ("es", "El balance supera las 1.400 personas muertas."),
        ("es", "Los muertos superaron los 1.400."),
        ("es", "Las víctimas mortales superaron las 1.400."),
        ("es", "Los muertos superaron 1.400 en una semana."),
        ("es", "Los muertos superan 1.400 en una semana."),
        ("es", "El número de muertos superó las 1.400 personas."),
        ("es", "El número de muertos ha superado 1.400."),
        ("es", "El número de muertos había superado los 1.400."),
        ("es", "Las víctimas mortales han superado las 1.400."),
        ("fr", "Les morts dépassent les 1 400."),
        ("fr", "Les morts dépassent 1 400, selon le ministère."),
        ("fr", "Les pertes ont dépassé 1 400 morts."),
        ("fr", "Le bilan a franchi la barre des 1 400 morts."),
        ("fr", "Le bilan a dépassé le cap des 1 400 morts."),
    ],
)
def test_a_toll_that_passes_a_number_is_more_than_it(reference, language, text):
    assert [(f["value"], f["qualifier"]) for f in figures_in(reference, text, language)] == [
        (1400, "more_than")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Troops arrested 17 suspects in the three areas."),
        ("en", "Troops arrested 17 suspects in the three zones."),
        ("en", "Troops arrested 17 suspects in the three cities."),
        ("es", "Las tropas detuvieron a 17 sospechosos en las tres zonas."),
        ("es", "Las tropas detuvieron a 17 sospechosos en las tres áreas."),
        ("es", "Las tropas detuvieron a 17 sospechosos en las tres ciudades."),
        ("es", "Las tropas detuvieron a 17 sospechosos en los tres pueblos."),
        ("fr", "Les soldats ont arrêté 17 suspects dans les trois zones."),
        ("fr", "Les soldats ont arrêté 17 suspects dans les trois villes."),
        ("fr", "Les soldats ont arrêté 17 suspects dans les trois villages."),
    ],
)
def test_places_counted_are_things_not_people(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [17]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels seized three ships.",
        "The rebels seized three vessels.",
        "The rebels seized three boats.",
        "The army still holds five positions inside Lebanon.",
        "The army still holds five outposts inside Lebanon.",
    ],
)
def test_ships_and_positions_seized_or_held_are_things_not_people(reference, text):
    assert figures_in(reference, text, "en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The house held four generations."),
        ("en", "He had set three goals: to return all the hostages and to defeat Hamas."),
        ("es", "Se había fijado tres metas: devolver a todos los rehenes y derrotar a Hamás."),
        ("fr", "Il s'était fixé trois objectifs : ramener tous les otages et vaincre le Hamas."),
    ],
)
def test_generations_and_goals_are_no_count_of_people_held(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas would free five hostages in return for a truce, two Egyptian security sources said."),
        ("es", "Hamás liberaría a cinco rehenes a cambio de una tregua, según dos fuentes egipcias."),
        ("fr", "Le Hamas libérerait cinq otages en échange d'une trêve, selon deux sources égyptiennes."),
    ],
)
def test_sources_counted_are_no_people_counted(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [5]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "La cifra de desplazados podría superar un millón y medio.", (1500000, "more_than")),
        ("es", "Los desplazados podrían superar los 60.000.", (60000, "more_than")),
        ("es", "Las personas desplazadas podrían superar las 60.000.", (60000, "more_than")),
        ("es", "Hay dos millones y medio de desplazados.", (2500000, "exact")),
        ("es", "Hay 2 millones y media de desplazadas.", (2500000, "exact")),
        ("fr", "Le nombre de déplacés pourrait dépasser un million et demi.", (1500000, "more_than")),
        ("fr", "Le nombre de déplacés pourrait dépasser les 60 000.", (60000, "more_than")),
        ("fr", "Deux millions et demie de personnes ont été déplacées.", (2500000, "exact")),
        ("en", "The number of displaced could exceed a million and a half.", (1500000, "more_than")),
    ],
)
def test_a_scale_and_a_half_and_a_count_that_could_be_exceeded(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "qualifier")) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "El ataque empezó a las tres y media y dejó 30 muertos."), ("fr", "À trois et demie, 30 morts.")],
)
def test_a_number_and_a_half_without_a_scale_is_no_number(reference, language, text):
    assert rows(reference, text, language, columns=("value",)) == [(30,)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The youngest, who turned nine in captivity, was among 24 hostages freed."),
        ("es", "El más pequeño, que cumplió nueve en cautiverio, estaba entre los 24 rehenes liberados."),
    ],
)
def test_the_age_a_child_turned_is_no_figure(reference, language, text):
    assert rows(reference, text, language, columns=("value",)) == [(24,)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the personal "a" between the qualifier and the number
        ("es", "El ejército da por muertos al menos a 41 de ellos.", (41, "at_least")),
        ("es", "El ejército da por muertos por lo menos a 41 de ellos.", (41, "at_least")),
    ],
)
def test_a_qualifier_before_the_personal_a_qualifies_the_count(reference, language, text, expected):
    assert rows(reference, text, language, columns=("value", "qualifier")) == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los cautivos estaban en dos apartamentos separados por unos 200 metros."),
        ("fr", "Les captifs étaient dans deux appartements séparés d'environ 200 mètres."),
        ("en", "The captives were held in two apartments some 200 metres apart."),
    ],
)
def test_apartments_and_metres_are_no_people(reference, language, text):
    assert rows(reference, text, language, columns=("value",)) == []


@pytest.mark.parametrize(
    ("language", "thing"),
    [
        *[("es", w) for w in ["litros", "calorías", "palés", "túneles", "buques", "barcos", "dosis"]],
        *[("fr", w) for w in ["litres", "calories", "palettes", "tunnels", "navires", "bateaux", "doses"]],
    ],
)
def test_a_count_of_things_beside_a_count_of_people_is_no_figure(reference, language, thing):
    text = {
        "es": f"La tregua permitió liberar a 50 rehenes y entregar 130.000 {thing} más.",
        "fr": f"La trêve a permis de libérer 50 otages et de livrer 130 000 {thing} de plus.",
    }[language]
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (50, "hostages_released")
    ]


@pytest.mark.parametrize("thing", ["communities", "testimonies"])
def test_a_count_of_communities_or_testimonies_is_no_figure(reference, thing):
    text = f"The deal freed 50 hostages and reached 130 {thing} in Gaza."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [
        (50, "hostages_released")
    ]
