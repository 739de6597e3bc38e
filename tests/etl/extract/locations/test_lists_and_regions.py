"""Counts over a list of places, every front or a region are not placed, unless a nationality places them."""

from __future__ import annotations

import pytest

from etl.extract.lexicon import build_lexicon
from etl.extract.locations import listed_places
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.locations.helpers import place_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 20 people were killed in Gaza and the West Bank."),
        ("en", "At least 20 people were killed in northern Israel, the Golan Heights and southern Lebanon."),
        ("es", "Al menos 20 personas murieron en Gaza y Cisjordania."),
        ("fr", "Au moins 20 personnes ont été tuées à Gaza et en Cisjordanie."),
    ],
)
def test_a_count_over_a_list_of_places_is_not_placed(reference, language, text):
    assert place_of(reference, text, language) == [""]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Strikes killed 20 people in Rafah and Khan Younis.", ["Gaza"]),  # one location listed twice
        (
            "At least 20 people were killed in Gaza, Israel's military said.",
            ["Gaza"],
        ),  # no list: no conjunction
        ("At least 20 people were killed in Gaza, while 5 died in the West Bank.", ["Gaza", "West Bank"]),
    ],
)
def test_places_that_are_no_list_keep_their_figure_placed(reference, text, places):
    assert place_of(reference, text) == places


def test_a_list_needs_a_conjunction_before_its_last_place(reference):
    lex = build_lexicon(reference, "en")
    listed = "killed in Gaza, Lebanon and Israel"
    apposition = "killed in Gaza, Lebanon's neighbour to the south"
    assert listed_places(lex, listed, listed.index("Gaza"), []) == {"Gaza", "Lebanon", "Israel"}
    assert listed_places(lex, apposition, apposition.index("Gaza"), []) == {"Gaza"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza war: the army said 780 soldiers had been killed on all fronts."),
        ("es", "Guerra en Gaza: el Ejército dijo que 780 soldados habían muerto en todos los frentes."),
        ("fr", "Guerre à Gaza : l'armée a indiqué que 780 soldats avaient été tués sur tous les fronts."),
        ("en", "Gaza war: 383 aid workers were killed worldwide in 2024, more than half of them in Gaza."),
        ("en", "Gaza war: 383 aid workers were killed around the world in 2024."),
        ("es", "Guerra en Gaza: 383 trabajadores humanitarios murieron en todo el mundo en 2024."),
        ("fr", "Guerre à Gaza : 383 travailleurs humanitaires ont été tués dans le monde en 2024."),
    ],
)
def test_a_count_on_all_fronts_or_worldwide_is_not_placed(reference, language, text):
    assert place_of(reference, text, language) == [""]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Tens of thousands have been displaced on both sides of the border, with an estimated 96,000"
            " Lebanese and 60,000 Israelis forced from their homes.",
        ),
        (
            "es",
            "Decenas de miles de personas han sido desplazadas en ambos lados de la frontera: unos 96.000"
            " libaneses y 60.000 israelíes.",
        ),
        (
            "fr",
            "Des dizaines de milliers de personnes ont été déplacées des deux côtés de la frontière, dont"
            " 96 000 Libanais et 60 000 Israéliens.",
        ),
    ],
)
def test_a_count_of_a_nationality_in_a_sentence_spanning_places_is_placed_by_it(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == [
        (96000, "displaced", "Lebanon"),
        (60000, "displaced", "Israel"),
    ]


def test_a_count_in_a_sentence_spanning_places_without_a_nationality_is_not_placed(reference):
    text = "Displacement is high on both sides of the border, where some 96,000 people have fled."
    assert place_of(reference, text) == [""]


@pytest.mark.parametrize(
    "text",
    [
        "At least 85 journalists have been killed in the Israel-Hamas war.",
        "At least 85 journalists have been killed in the Israel–Hezbollah conflict.",
        "Israel-Hamas war: at least 85 journalists have been killed.",
        "At least 85 journalists have been killed in the Hamas–Israel war.",
    ],
)
def test_a_war_named_by_its_sides_is_no_place(reference, text):
    assert place_of(reference, text) == [""]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "Strikes on a camp in Rafah killed at least 45 people, the ministry said, in an attack that drew"
            " condemnation from governments around the world.",
            "Gaza",
        ),
        ("Strikes on a camp in Rafah killed 45 people, which drew condemnation around the world.", "Gaza"),
        ("Strikes killed 45 people across the region, the ministry said.", ""),
    ],
)
def test_a_comment_after_the_count_does_not_make_it_span_regions(reference, text, location):
    assert [f["location"] for f in figures_in(reference, text, "en")] == [location]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Twenty people have been killed in the operation in the West Bank, the largest in the region in"
            " two decades, the ministry said.",
        ),
        ("en", "Twenty people have been killed in the West Bank, the biggest raid in the region in years."),
        (
            "en",
            "Twenty people have been killed in the West Bank, the deadliest toll in the region this year.",
        ),
        (
            "es",
            "Veinte palestinos han muerto en la operación en Cisjordania, la mayor en la región en dos"
            " décadas.",
        ),
        (
            "es",
            "Veinte palestinos han muerto en Cisjordania, la más mortífera en la región en dos décadas.",
        ),
        (
            "fr",
            "Vingt Palestiniens ont été tués en Cisjordanie, la plus grande opération dans la région depuis"
            " vingt ans.",
        ),
        (
            "fr",
            "Vingt Palestiniens ont été tués en Cisjordanie, la plus meurtrière dans la région depuis vingt"
            " ans.",
        ),
    ],
)
def test_a_superlative_set_off_by_a_comma_compares_with_the_region_and_places_nothing(
    reference, language, text
):
    assert place_of(reference, text, language) == ["West Bank"]


def test_a_part_placed_in_its_own_clause_keeps_its_place_in_a_count_over_a_region(reference):
    text = (
        "At least 186 journalists have been killed in the region since the war began, including 178 in Gaza."
    )
    assert [f["location"] for f in figures_in(reference, text, "en")] == ["", "Gaza"]


@pytest.mark.parametrize(
    ("text", "locations"),
    [
        (
            "On the Israeli side, attacks from Lebanon have killed 26 civilians in northern Israel, according"
            " to Israeli figures.",
            ["Israel"],
        ),
        # without a place of its own, a count on one side of a front spans it
        ("On the Israeli side, 82 soldiers and 47 civilians were killed over the same period.", ["", ""]),
    ],
)
def test_a_count_placed_in_its_own_clause_keeps_its_place_past_a_side_of_the_front(
    reference, text, locations
):
    assert [f["location"] for f in figures_in(reference, text, "en")] == locations


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "In Sudan, ACLED has recorded more than 30,000 reported fatalities.", "Sudan"),
        ("en", "Fighting in Khartoum killed 30 people, medics said.", "Sudan"),
        ("en", "In Darfur, 30 people were killed, medics said.", "Sudan"),
        ("es", "En Sudán, más de 30.000 personas han muerto.", "Sudan"),
        ("es", "En Jartum murieron 30 personas.", "Sudan"),
        ("fr", "Au Soudan, plus de 30 000 personnes ont été tuées.", "Sudan"),
        ("fr", "À Khartoum, 30 personnes ont été tuées.", "Sudan"),
        ("en", "In Ukraine, the UN has verified more than 14,000 civilian deaths.", "Ukraine"),
        ("en", "A strike on Kyiv killed 30 people.", "Ukraine"),
        ("es", "En Ucrania han muerto más de 14.000 civiles.", "Ukraine"),
        ("fr", "En Ukraine, plus de 14 000 civils ont été tués.", "Ukraine"),
    ],
)
def test_other_wars_a_report_compares_are_their_own_places(reference, language, text, place):
    assert [f["location"] for f in figures_in(reference, text, language)] == [place]
