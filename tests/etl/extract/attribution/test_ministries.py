"""Whose ministry a ministry is: by the place of its count, its portfolio or its nationality."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of
from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("place", "source"),
    [
        ("Gaza", "Gaza Health Ministry"),
        ("the West Bank", "Palestinian Health Ministry"),
        ("Lebanon", "Lebanese Health Ministry"),
    ],
)
def test_local_health_authorities_are_the_health_ministry_of_the_place(reference, place, source):
    text = f"More than 40 people were killed in {place}, according to local health authorities."
    assert sources_of(reference, text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At least 44,805 Palestinians were killed in Gaza, according to MoH.", "Gaza Health Ministry"),
        (
            "Since January, 120 Palestinians were killed in the West Bank, the MOH said.",
            "Palestinian Health Ministry",
        ),
    ],
)
def test_the_ministry_of_healths_abbreviation_is_the_ministry_of_the_place(reference, text, source):
    assert sources_of(reference, text, "en") == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cartera, controlada por Hamás, había informado de 71 muertos en Gaza.", "Gaza Health Ministry"),
        ("La cartera de Sanidad informó de 71 muertos en Gaza.", "Gaza Health Ministry"),
        ("La cartera de Salud informó de 71 muertos en Gaza.", "Gaza Health Ministry"),
        # a portfolio named after the word is a ministry of its own, not the place's health ministry
        ("El ministerio de Exteriores informó de 71 muertos en Gaza.", "Ministerio de Exteriores"),
        ("La cartera del Interior informó de 71 muertos en Gaza.", "Cartera del Interior"),
        ("El ministerio de Gaza informó de 71 muertos.", "Gaza Health Ministry"),
        # a source named after it is no portfolio: the speaker is that source's
        ("El ministerio de Hamás informó de 71 muertos en Gaza.", "Hamas"),
    ],
)
def test_a_ministry_called_its_portfolio_is_the_places_unless_another_is_named(reference, text, expected):
    assert [f["attributed_to"] for f in figures_in(reference, text, "es")] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The ministry of Defence said 30 people were killed in Gaza.", "Ministry of Defence"),
        (
            "en",
            "The ministry of the Interior said 30 people were killed in Gaza.",
            "Ministry of the Interior",
        ),
        ("en", "The health ministry of Gaza said 30 people were killed.", "Gaza Health Ministry"),
        (
            "fr",
            "Le ministère de la Défense a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère de la Défense",
        ),
        (
            "fr",
            "Le ministère du Travail a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère du Travail",
        ),
        (
            "fr",
            "Le ministère des Armées a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère des Armées",
        ),
        (
            "fr",
            "Le ministère de l'Intérieur a indiqué que 30 personnes ont été tuées à Gaza.",
            "Ministère de l'Intérieur",
        ),
        (
            "es",
            "El Ministerio de Asuntos Exteriores informó de 71 muertos en Gaza.",
            "Ministerio de Asuntos Exteriores",
        ),
        (
            "en",
            "In Lebanon, the Ministry of Public Health said 30 people were killed.",
            "Lebanese Health Ministry",
        ),
        (
            "es",
            "En el Líbano, el ministerio de Salud Pública informó de 71 muertos.",
            "Lebanese Health Ministry",
        ),
        ("es", "En Gaza, la cartera de Sanidad Pública informó de 71 muertos.", "Gaza Health Ministry"),
        (
            "fr",
            "Au Liban, le ministère de la Santé publique a fait état de 30 morts.",
            "Lebanese Health Ministry",
        ),
        (
            "fr",
            "Selon le ministère de la Santé de l'Autorité palestinienne, 30 personnes ont été tuées"
            " en Cisjordanie.",
            "Palestinian Health Ministry",
        ),
    ],
)
def test_a_ministry_of_a_named_portfolio_in_english_and_french(reference, language, text, expected):
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [expected]


def test_the_houthi_health_ministry_in_spanish(reference):
    text = "El Ministerio de Salud hutí denunció la muerte de 11 civiles en Hodeida."
    assert sources_of(reference, text, "es") == ["Houthi Health Ministry"]
    text = "El Ministerio de Salud denunció la muerte de 11 civiles en la provincia de Hodeida, en Yemen."
    assert sources_of(reference, text, "es") == ["Houthi Health Ministry"]


@pytest.mark.parametrize(
    ("language", "template"),
    [
        ("es", "La guerra ya dejó más de 400 muertos en {place}, según el Ministerio de Salud local."),
        ("es", "La guerra ya dejó más de 400 muertos en {place}, según el Ministerio de Sanidad local."),
        ("fr", "La guerre a fait plus de 400 morts {place}, selon le ministère de la Santé local."),
        ("en", "The war has killed more than 400 people in {place}, according to the local health ministry."),
    ],
)
@pytest.mark.parametrize("place", ["Gaza", "West Bank", "Lebanon"])
def test_the_local_health_ministry_is_the_places(reference, language, template, place):
    names = {
        "es": {"Gaza": "Gaza", "West Bank": "Cisjordania", "Lebanon": "el Líbano"},
        "fr": {"Gaza": "à Gaza", "West Bank": "en Cisjordanie", "Lebanon": "au Liban"},
        "en": {"Gaza": "Gaza", "West Bank": "the West Bank", "Lebanon": "Lebanon"},
    }[language]
    ministry = {"Gaza": "Gaza Health Ministry", "West Bank": "Palestinian Health Ministry"}
    text = template.format(place=names[place])
    assert sources_of(reference, text, language) == [ministry.get(place, "Lebanese Health Ministry")]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "46 people were killed in Yemen, according to the Houthi-run Ministry of Health.",
            "Houthi Health Ministry",
        ),
        ("en", "Strikes killed 35 in Sanaa, the ministry said.", "Houthi Health Ministry"),
        ("es", "Los ataques mataron a 35 personas en Saná, según el ministerio.", "Houthi Health Ministry"),
        ("fr", "Les frappes ont tué 35 personnes à Sanaa, selon le ministère.", "Houthi Health Ministry"),
        ("en", "Strikes killed 35 in Tehran, the ministry said.", "Iranian Health Ministry"),
        (
            "es",
            "Los ataques mataron a 35 personas en Teherán, según el ministerio.",
            "Iranian Health Ministry",
        ),
        ("fr", "Les frappes ont tué 35 personnes à Téhéran, selon le ministère.", "Iranian Health Ministry"),
    ],
)
def test_the_ministry_of_a_count_placed_in_yemen_or_iran_is_its_health_ministry(
    reference, language, text, source
):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Las explosiones dejaron 37 muertos en el sur del Líbano, según el ministerio libanés."),
        ("fr", "Les explosions ont fait 37 morts dans le sud du Liban, selon le ministère libanais."),
    ],
)
def test_the_lebanese_ministry_is_lebanons_health_ministry(reference, language, text):
    assert sources_of(reference, text, language) == ["Lebanese Health Ministry"]


def test_the_palestinian_ministry_of_health_is_the_ramallah_ministry(reference):
    text = "The Palestinian Ministry of Health reports 923 Palestinians killed in the West Bank."
    assert sources_of(reference, text, "en") == ["Palestinian Health Ministry"]


def test_the_foreign_ministry_of_french_coverage_is_frances(reference):
    text = "Le ministère des Affaires étrangères rappelle que trois Franco-Israéliens sont retenus à Gaza."
    assert sources_of(reference, text, "fr") == ["French Foreign Ministry"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "La cancillería de Tailandia precisó que 17 ciudadanos fueron liberados.",
            "Thai Foreign Ministry",
        ),
        (
            "es",
            "La cancillería tailandesa precisó que 17 ciudadanos fueron liberados.",
            "Thai Foreign Ministry",
        ),
        (
            "es",
            "La Cancillería argentina confirmó nueve argentinos muertos en Israel.",
            "Argentine Foreign Ministry",
        ),
        (
            "en",
            "The Argentine Foreign Ministry said nine Argentines died in Israel.",
            "Argentine Foreign Ministry",
        ),
        (
            "en",
            "Argentina's foreign ministry said nine Argentines died in Israel.",
            "Argentine Foreign Ministry",
        ),
    ],
)
def test_foreign_ministries_by_their_names_in_coverage(reference, language, text, source):
    assert sources_of(reference, text, language) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A policeman shot dead two Israeli tourists in Alexandria, the Egyptian interior ministry said.",
            "Egypt",
        ),
        ("The Qatari foreign ministry said 50 hostages were freed from Gaza.", "Qatar"),
        (
            "The Jordanian foreign ministry said three Jordanians were killed in Gaza.",
            "Jordanian foreign ministry",
        ),
    ],
)
def test_a_portfolio_ministry_after_a_nationality_is_that_countrys_government(reference, text, source):
    assert sources_of(reference, text) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En Israel, 3.391 personas resultaron heridas, informó el Ministerio de Sanidad."),
        ("es", "En Israel, 3.391 personas resultaron heridas, informó el Ministerio de Salud."),
        ("fr", "En Israël, 3 391 personnes ont été blessées, a indiqué le ministère de la Santé."),
        ("es", "Unas 3.391 personas resultaron heridas, informó el Ministerio de Sanidad de Israel."),
        ("fr", "Quelque 3 391 personnes ont été blessées, a indiqué le ministère de la Santé d'Israël."),
    ],
)
def test_the_health_ministry_of_a_count_in_israel_is_israels_in_spanish_and_french(reference, language, text):
    assert sources_of(reference, text, language) == ["Israeli official figures"]
