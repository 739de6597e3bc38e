"""Shares, rates, factors, ratios and fractions: the counts they are taken from, and those they are not."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.sentences_of_figures.helpers import figures, only


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Nearly 90 percent of the 2.3 million residents have been displaced."),
        ("en", "A third of the 2.1 million people have fled."),
        ("es", "Cerca del 90% de los 2,1 millones de habitantes de la Franja han sido desplazados."),
        ("fr", "Près de 90 % des 2,1 millions d'habitants ont été déplacés."),
        # a percent in words
        ("en", "Nearly ninety per cent of the 2.3 million residents have been displaced."),
        ("fr", "Près de nonante pour cent des 2,1 millions d'habitants ont été déplacés."),
    ],
)
def test_the_people_a_share_is_taken_from_are_no_figure(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 70% of the 44,000 people killed were women and children.", [("killed", 44000)]),
        ("Half of the 250 hostages are still held.", [("hostages_held", 250)]),
    ],
)
def test_a_whole_named_by_its_event_or_kind_is_a_figure(reference, text, expected):
    assert [(r["metric"], r["value"]) for r in figures(reference, text)] == expected


def test_a_share_of_the_dead_named_after_a_copula_keeps_its_subgroup(reference):
    figure = only(reference, "The army says about 17,000 of the dead are militants.")
    assert (figure["metric"], figure["subgroup"], figure["value"]) == ("killed", "combatants", 17000)


def test_a_share_named_after_its_whole_or_before_it(reference):
    rows = figures(reference, "Strikes killed 35 people in Rafah. Twelve of them were children.")
    assert [(r["value"], r["subgroup"]) for r in rows] == [(35, "all"), (12, "children")]
    figure = only(reference, "Of those killed in Gaza, 14,500 were children, the ministry said.")
    assert (figure["metric"], figure["subgroup"], figure["value"]) == ("killed", "children", 14500)


def test_a_count_over_a_span_of_time_is_no_rate(reference):
    text = "The ministry in Gaza reports 27,000 dead in four months. One in four were children."
    assert [f["value"] for f in figures_in(reference, text, "en")] == [27000]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Has the UN divided by two the number of women killed? Strikes killed 40 people in Gaza.",
        ),
        ("es", "¿Ha dividido por dos la ONU el número de mujeres muertas? En Gaza murieron 40 personas."),
        (
            "fr",
            "L'ONU a-t-elle « divisé par deux » le nombre de femmes tuées ? À Gaza, 40 ont été tuées.",
        ),
        ("fr", "Le nombre de morts a été multiplié par trois : 40 personnes ont été tuées à Gaza."),
    ],
)
def test_a_factor_is_no_count(reference, language, text):
    assert [f["value"] for f in figures_in(reference, text, language)] == [40]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll was {} two in a week. Strikes killed 40 people in Gaza."),
        ("es", "El balance fue {} dos en una semana. En Gaza murieron 40 personas."),
        ("fr", "Le bilan a été {} deux en une semaine. À Gaza, 40 personnes ont été tuées."),
    ],
)
@pytest.mark.parametrize("operation", range(4))
def test_every_factor_lead_makes_a_factor(reference, language, text, operation):
    leads = {
        "en": ["divided by", "multiplied by", "divided by", "multiplied by"],
        "es": ["dividido por", "multiplicado por", "dividida por", "multiplicada por"],
        "fr": ["divisé par", "multiplié par", "divisée par", "multipliée par"],
    }[language]
    assert [f["value"] for f in figures_in(reference, text.format(leads[operation]), language)] == [40]


@pytest.mark.parametrize(
    "text",
    [
        "More than 10 children a day have been killed in Gaza, UNICEF said.",
        "About 100 people per day were killed in the first week of the war in Gaza.",
    ],
)
def test_a_rate_past_the_noun_it_counts_is_no_figure(reference, text):
    assert figures(reference, text) == []


def test_a_rate_is_past_a_noun_of_people_only(reference):
    assert [f["value"] for f in figures(reference, "Five were killed a week ago in Gaza.")] == [5]


def test_a_day_earlier_past_the_noun_is_no_rate(reference):
    assert [
        f["value"] for f in figures(reference, "Strikes killed 25 Palestinians a day earlier in Gaza.")
    ] == [25]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "For every deceased hostage whose remains are returned, Israel will hand over"
            " the bodies of 15 Palestinians.",
        ),
        (
            "es",
            "Por cada rehén fallecido cuyos restos sean devueltos, Israel entregará los"
            " cuerpos de 15 palestinos.",
        ),
        (
            "fr",
            "Pour chaque otage décédé dont la dépouille est rendue, Israël remettra les"
            " corps de 15 Palestiniens.",
        ),
        ("en", "In exchange for every deceased hostage, Israel hands over the bodies of 15 Palestinians."),
        ("en", "In exchange for each deceased hostage, Israel hands over the bodies of 15 Palestinians."),
        ("es", "A cambio de cada rehén fallecido, Israel entrega los cuerpos de 15 palestinos."),
        ("fr", "En échange de chaque dépouille d'otage, Israël remet les corps de 15 Palestiniens."),
    ],
)
def test_a_count_after_a_ratio_opening_its_sentence_is_no_figure(reference, language, text):
    assert figures_in(reference, text, language) == []


def test_a_ratio_opening_another_sentence_leaves_a_count_alone(reference):
    text = "For every hostage, Israel frees 30 prisoners. So far, 90 prisoners have been released."
    assert [(f["metric"], f["value"]) for f in figures(reference, text)] == [("prisoners_released", 90)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Parmi les blessés, 71 enfants ont été touchés par balle.", [(71, "injured")]),
        ("fr", "Au total, 71 enfants ont été blessés par balle.", [(71, "injured")]),
        ("fr", "Ses équipes soignaient plus de 20 blessés par heure.", []),
        ("es", "Sus equipos atendían a más de 20 heridos por hora.", []),
        ("en", "Its teams treated more than 20 wounded people per hour.", []),
        # a week-long truce is no rate
        (
            "en",
            "In all, 117 hostages have been returned alive, including 105 freed during a week-long truce.",
            [(117, "hostages_released"), (105, "hostages_released")],
        ),
    ],
)
def test_shot_is_injured_and_a_count_per_hour_is_a_rate(reference, language, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The deal says that, for every dead hostage returned, Israel returns the bodies of 15 people.",
        ),
        (
            "fr",
            "Le texte prévoit que, pour chaque otage mort restitué, Israël rende les corps de 15 personnes.",
        ),
    ],
)
def test_a_ratio_that_opens_a_clause_makes_its_count_a_rate(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        (
            "es",
            "Cerca de 1.9 millones de personas, alrededor de 90 por ciento de los habitantes, huyeron.",
            [1900000],
        ),
        ("es", "Unos 90 por ciento de los habitantes han sido desplazados.", []),
        (
            "fr",
            "Près de 90 pour cent des habitants, soit 1,9 million de personnes, ont été déplacés.",
            [1900000],
        ),
    ],
)
def test_the_number_word_of_a_percent_is_no_count(reference, language, text, values):
    assert [f["value"] for f in figures_in(reference, text, language)] == values


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 60,034 have been killed in Gaza, nearly one Gazan in 35."),
        ("fr", "Plus de 60 034 personnes ont été tuées à Gaza, soit près d'un Gazaoui sur 35."),
        ("es", "Más de 60.034 personas murieron en Gaza, casi un gazatí de cada 35."),
    ],
)
def test_the_whole_of_a_ratio_past_what_it_counts_is_no_count(reference, language, text):
    assert 35 not in [f["value"] for f in figures_in(reference, text, language)]


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        (
            "en",
            "More than 1.7 million people, or three quarters of the population, have fled, the UN said.",
            "1.7 million",
        ),
        (
            "fr",
            "Plus de 1,7 million de personnes, soit les trois quarts de la population, ont fui.",
            "1,7 million",
        ),
        ("fr", "Quelque 300 000 personnes, soit deux tiers des habitants, ont fui.", "300 000"),
        ("fr", "Au moins 50 000 habitants, soit deux cinquièmes de la ville, ont fui.", "50 000"),
        ("fr", "Environ 40 000 personnes, soit trois dixièmes de la région, ont fui.", "40 000"),
        ("es", "Unas 300.000 personas, dos tercios de la población, han huido.", "300.000"),
        ("es", "Unas 300.000 personas, tres cuartos de la población, han huido.", "300.000"),
        ("es", "Unas 300.000 personas, cuatro quintos de la población, han huido.", "300.000"),
        ("es", "Unas 300.000 personas, tres décimos de la población, han huido.", "300.000"),
    ],
)
def test_a_number_before_a_fractions_denominator_is_no_count(reference, language, text, mention):
    assert [f["mention"] for f in figures_in(reference, text, language)] == [mention]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 20 people were killed every day in Gaza."),
        ("en", "Some 20 people were wounded each day in Gaza."),
        ("en", "An average of 20 people were killed in Gaza."),
        ("en", "On average more than 20 people were killed in Gaza."),
        ("es", "Más de 20 personas murieron cada día en Gaza."),
        ("es", "Una media de 20 personas murieron en Gaza."),
        ("es", "En promedio 20 personas murieron en Gaza."),
        ("fr", "Plus de 20 personnes ont été tuées chaque jour à Gaza."),
        ("fr", "En moyenne, 20 personnes ont été tuées à Gaza."),
    ],
)
def test_rates_and_averages_are_no_counts(reference, language, text):
    assert figures_in(reference, text, language) == []


def test_a_share_of_a_count_set_off_after_it_is_no_rate_of_it(reference):
    text = (
        "UN OCHA estimates that roughly 1.7 million people, around three in every four Gazans, are displaced."
    )
    assert [f["value"] for f in figures_in(reference, text, "en")] == [1700000]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In the kibbutz, a quarter of the roughly 400 residents were killed or abducted."),
        ("fr", "Au kibboutz, un quart des quelque 400 habitants ont été tués ou enlevés."),
        ("fr", "Au kibboutz, un tiers des 400 habitants ont été tués."),
        ("fr", "Au kibboutz, la moitié des 400 habitants ont été tués."),
        ("es", "En el kibutz, una cuarta parte de los cerca de 400 habitantes fueron asesinados."),
        ("es", "En el kibutz, un tercio de los 400 habitantes fueron asesinados."),
        ("es", "En el kibutz, la tercera parte de los 400 habitantes fueron asesinados."),
        ("es", "En el kibutz, la mitad de los 400 habitantes fueron asesinados."),
    ],
)
def test_the_people_a_fraction_is_taken_from_are_no_count_of_what_befell_the_fraction(
    reference, language, text
):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        *[
            (
                "en",
                f"He said more than 420 children were being killed or injured across the Gaza Strip {rate}.",
            )
            for rate in ["every day", "each day", "per day", "every week"]
        ],
        *[
            ("es", f"Más de 100 niños han sido asesinados o heridos en la Franja de Gaza {rate}.")
            for rate in ["cada día", "al día"]
        ],
        *[
            ("fr", f"Plus de 100 enfants ont été tués ou blessés dans la bande de Gaza {rate}.")
            for rate in ["chaque jour", "par jour"]
        ],
    ],
)
def test_a_count_whose_clause_ends_on_a_rate_is_no_figure(reference, language, text):
    assert figures_in(reference, text, language) == []


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people were killed in Gaza, and more die of their wounds every day.",
        "The death toll in Gaza rose to 40 as Israeli strikes on the Strip go on every day.",
    ],
)
def test_a_rate_past_the_counts_clause_or_after_no_people_is_not_its_own(reference, text):
    assert [f["value"] for f in figures_in(reference, text, "en")] == [40]
