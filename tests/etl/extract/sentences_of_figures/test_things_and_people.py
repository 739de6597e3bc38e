"""Counts of things and of people nothing befell: vehicles, shelters, camps, families and populations."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.sentences_of_figures.helpers import figures


@pytest.mark.parametrize("thing", ["house", "home", "car", "tent", "school", "apartment"])
def test_one_before_a_thing_is_no_count_of_people(reference, thing):
    assert [f["value"] for f in figures(reference, f"Twelve people died in one {thing}.")] == [12]


@pytest.mark.parametrize("thing", ["model", "study", "estimate", "report"])
def test_one_before_a_source_of_figures_is_its_article(reference, thing):
    text = f"Thousands more could die: one {thing} projected 11,580 excess deaths in Gaza."
    assert [f["value"] for f in figures(reference, text)] == [11580]


def test_one_before_a_thing_is_its_article_and_leaves_the_count_after_it_to_the_count_before(reference):
    found = figures(reference, "Twelve people died in one home and 5 in a car.")
    assert [(f["value"], f["metric"]) for f in found] == [(12, "killed"), (5, "killed")]


@pytest.mark.parametrize("unit", ["centimetres", "centimeters"])
def test_a_length_is_no_count(reference, unit):
    assert figures(reference, f"The boy had a wound 3 {unit} deep.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said 25 projectiles were fired, wounding three people.", [("injured", 3, "all")]),
        ("Israel's army says it has lost 405 soldiers in Gaza.", [("killed", 405, "soldiers")]),
        ("Some 500,000 people lost their homes, the UN said.", [("displaced", 500000, "all")]),
        ("The TA-125 lost 1.1% to end at 1,334.20.", []),  # "lost" alone is a market's, not a toll's
    ],
)
def test_things_fired_and_what_was_lost(reference, text, expected):
    assert [(r["metric"], r["value"], r["subgroup"]) for r in figures(reference, text)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Investigators reviewed 35 photographs taken after the strike in Gaza."),
        ("en", "Investigators reviewed 35 photos taken after the strike in Gaza."),
        ("en", "Investigators reviewed 4 videos taken after the strike in Gaza."),
        ("en", "Investigators reviewed 4 images taken after the strike in Gaza."),
    ],
)
def test_pictures_taken_are_no_hostages(reference, language, text):
    assert figures_in(reference, text, language) == []


def test_series_of_figures_are_things(reference):
    text = "Les frappes ont tué 40 personnes à Gaza, selon l'Ocha, qui a publié deux séries de chiffres."
    assert [f["value"] for f in figures_in(reference, text, "fr")] == [40]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Hay medio millón de desplazados en Líbano y ya hay más de 300 centros habilitados."),
        ("fr", "Il y a un demi-million de déplacés au Liban et plus de 300 centres ouverts."),
    ],
)
def test_shelters_opened_are_things(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [500000]


def test_how_many_times_people_were_displaced_is_no_count(reference):
    text = (
        "1.7 million Palestinians in Gaza have been driven from their homes, some of them five or six times."
    )
    assert [f["value"] for f in figures_in(reference, text, "en")] == [1700000]


def test_a_house_number_before_a_street_name_is_no_count(reference):
    text = "A missile hit a building on 18 Rothschild Street in Petah Tikva, killing four people in Israel."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [4]


def test_things_that_a_noun_of_people_is_of_leave_the_count_its_verb(reference):
    text = "According to UNRWA, around 32,000 residents of the three camps remain displaced in the West Bank."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [(32000, "displaced")]


def test_people_that_a_noun_of_people_is_of_are_a_count(reference):
    text = "The children of the 20 hostages still held in Gaza wrote to the prime minister."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [(20, "hostages_held")]


def test_nationalities_are_foreign_nationals_and_a_family_is_not_a_count(reference):
    rows = figures(reference, "Seven aid workers, including three British nationals, were killed in Gaza.")
    assert [(r["value"], r["subgroup"]) for r in rows] == [(7, "aid_workers"), (3, "foreign_nationals")]
    rows = figures(reference, "Hamas released 17 hostages, including 14 Israelis and three Americans.")
    assert [(r["value"], r["subgroup"]) for r in rows] == [(17, "all"), (14, "all"), (3, "foreign_nationals")]
    rows = figures(reference, "Among the dead in Gaza were 14 members of one family, relatives said.")
    assert [(r["metric"], r["value"]) for r in rows] == [("killed", 14)]


def test_a_thing_within_a_noun_phrase_is_not_what_an_inclusion_belongs_to(reference):
    found = figures(
        reference,
        "The attack killed four members of one family in Gaza, including two children, relatives said.",
    )
    assert [(f["value"], f["subgroup"]) for f in found] == [(4, "all"), (2, "children")]
    found = figures(
        reference, "Seven aid workers were killed in Gaza. They were in three vehicles, two of them armoured."
    )
    assert [f["value"] for f in found] == [7]  # the two are vehicles


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 500 families were displaced from Jenin camp."),
        ("en", "Some 3,000 households have lost their homes."),
        ("es", "Más de 500 familias fueron desplazadas del campo de Yenín."),
        ("fr", "Plus de 500 familles ont été déplacées du camp de Jénine."),
    ],
)
def test_families_and_households_are_not_counts_of_people(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The operation has displaced about 40,000 people from three camps."),
        ("en", "The operation has displaced about 40,000 people from four neighbourhoods."),
        ("en", "The operation has displaced about 40,000 people from four neighborhoods."),
        ("es", "La operación ha desplazado a unas 40.000 personas de tres campamentos."),
        ("es", "La operación ha desplazado a unas 40.000 personas de cuatro barrios."),
        ("fr", "L'opération a déplacé quelque 40 000 personnes de trois camps."),
        ("fr", "L'opération a déplacé quelque 40 000 personnes de quatre quartiers."),
    ],
)
def test_a_count_of_camps_or_neighbourhoods_is_no_count_of_people(reference, language, text):
    assert [(f["metric"], f["value"]) for f in figures_in(reference, text, language)] == [
        ("displaced", 40000)
    ]


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "In 47 of these incidents, ten members of a single family were killed.", [10]),
        ("en", "The army is investigating 12 incidents in which 40 civilians were killed.", [40]),
        ("es", "En 47 de estos incidentes murieron diez miembros de una familia.", [10]),
        ("fr", "Dans 47 de ces incidents, dix membres d'une même famille ont été tués.", [10]),
    ],
)
def test_a_count_of_incidents_is_no_figure(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        (
            "en",
            "The toll passed 60,000 in an enclave that had 2.1 million inhabitants before the war.",
            [60000],
        ),
        (
            "fr",
            "Le bilan dépasse 60 000 morts, dans une enclave qui comptait 2,1 millions d'habitants.",
            [60000],
        ),
        (
            "es",
            "El balance supera los 60.000 muertos en un enclave que tenía 2,1 millones de habitantes.",
            [60000],
        ),
        # inhabitants something befell are counted
        ("en", "Strikes killed 12 inhabitants of Jabalia.", [12]),
        ("en", "About 2,000 inhabitants of the camp have fled.", [2000]),
        (
            "en",
            "About 60,000 inhabitants of the villages along the northern border are still unable to"
            " return home.",
            [60000],
        ),
    ],
)
def test_inhabitants_nothing_befell_are_a_population(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The spokesman said 116 medics were killed in Gaza, and that 35 ambulances were out of service.",
        ),
        ("en", "Four children died of cold in Gaza, and some 22,000 tents were damaged or swept away."),
        ("es", "Murieron 116 sanitarios en Gaza y 35 ambulancias quedaron fuera de servicio."),
        ("es", "Murieron 116 niños de frío en Gaza y unas 22.000 tiendas resultaron dañadas."),
        ("fr", "Au moins 116 soignants ont été tués à Gaza et 35 ambulances ont été mises hors service."),
        (
            "fr",
            "Au moins 116 enfants sont morts de froid à Gaza et quelque 22 000 tentes ont été endommagées.",
        ),
    ],
)
def test_ambulances_and_tents_are_things(reference, language, text):
    assert len(figures_in(reference, text, language)) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "None of the 347 Irish troops serving in Lebanon was hurt, the army said."),
        ("en", "Not one of the 347 Irish troops serving in Lebanon was hurt, the army said."),
        ("en", "No one was reported injured, the army said."),
        ("es", "Ninguno de los 347 soldados irlandeses desplegados en el Líbano resultó herido."),
        ("es", "Ninguna de las 347 enfermeras desplegadas en el Líbano resultó herida."),
        ("fr", "Aucun des 347 soldats irlandais déployés au Liban n'a été blessé."),
        ("fr", "Aucune des 347 infirmières déployées au Liban n'a été blessée."),
    ],
)
def test_none_of_a_number_of_people_is_no_count_of_what_befell_them(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *[("en", f"The strike killed a {who} of two and 10 others.") for who in ("mother", "father")],
        *[
            ("en", f"The strike killed a {who} of two and 10 others.")
            for who in ("grandmother", "grandfather")
        ],
        *[
            ("es", f"El ataque mató a una {who} de dos niños y a otras 10 personas.")
            for who in ("madre", "abuela")
        ],
        *[
            ("es", f"El ataque mató a un {who} de dos niños y a otras 10 personas.")
            for who in ("padre", "abuelo")
        ],
        *[
            ("fr", f"La frappe a tué une {who} de deux enfants et 10 autres personnes.")
            for who in ("mère", "grand-mère")
        ],
        *[
            ("fr", f"La frappe a tué un {who} de deux enfants et 10 autres personnes.")
            for who in ("père", "grand-père")
        ],
    ],
)
def test_the_size_of_a_family_is_no_count(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [10]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The ministry said 8,500 school students had been killed.", [(8500, "killed")]),
        ("en", "The ministry said 120 school pupils had been killed.", [(120, "killed")]),
        ("en", "The ministry said 231 school teachers had been killed.", [(231, "killed")]),
        # a thing before no people is still a thing
        ("en", "The strikes killed 40 people and hit 12 school buildings.", [(40, "killed")]),
        # a nationality after a thing is the thing's adjective
        ("es", "Siete empleados murieron cuando tres drones israelíes atacaron sus coches.", [(7, "killed")]),
    ],
)
def test_a_thing_before_people_says_which_people_they_are(reference, language, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == expected
