"""Places carried on from before: "there", "the territory", and counts that go on from the count before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.locations.helpers import place_of


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "Israeli troops raided Jenin on Monday. Three people were killed there, medics said.",
            ["West Bank"],
        ),
        (
            "en",
            "Strikes hit homes in Gaza. Troops raided Jenin. Three people were killed there.",
            ["West Bank"],
        ),
        (
            "en",
            "At least 800 people were killed in the West Bank. Since, 34 Israelis have been killed there.",
            ["West Bank", "West Bank"],
        ),
        ("en", "Troops raided Jenin. Israel says three of its soldiers were wounded there.", ["West Bank"]),
        ("en", "Hezbollah fired rockets at Haifa from Lebanon. Two people were wounded there.", ["Israel"]),
        (
            "es",
            "Bombardeos en Gaza y en Gaza. Tropas entraron en Yenín. Tres personas murieron allí.",
            ["West Bank"],
        ),
    ],
)
def test_there_points_back_to_the_last_place_named_not_a_speaker_nor_an_origin(
    reference, language, text, places
):
    assert place_of(reference, text, language) == places


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "At least 800 Palestinians were killed in the West Bank. Some 44 Israelis have been killed"
            " in attacks in the territory.",
            ["West Bank", "West Bank"],
        ),
        (
            "es",
            "Al menos 800 palestinos han muerto en Cisjordania. Unos 44 israelíes han muerto en ataques"
            " en el territorio.",
            ["West Bank", "West Bank"],
        ),
        (
            "fr",
            "Au moins 800 Palestiniens ont été tués en Cisjordanie. Quelque 44 Israéliens ont été tués"
            " dans des attaques dans le territoire.",
            ["West Bank", "West Bank"],
        ),
        # a place that is no territory is not the one "the territory" points back to
        (
            "en",
            "Gaza toll passes 69,000\nThe war began with the Hamas attack on Israel. Since then, 69,000"
            " people have been killed in the territory.",
            ["Gaza", "Gaza"],
        ),
    ],
)
def test_the_territory_points_back_to_the_last_territory_named(reference, language, text, places):
    assert place_of(reference, text, language) == places


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lebanon: strikes kill five\nTroops raided Rafah. Three people were killed in the territory."),
        (
            "es",
            "Líbano: bombardeos matan a cinco\nTropas entraron en Rafah. Tres personas murieron"
            " en el territorio.",
        ),
        (
            "fr",
            "Liban : des frappes font cinq morts\nDes soldats sont entrés à Rafah. Trois personnes"
            " ont été tuées dans le territoire.",
        ),
    ],
)
def test_the_territory_points_back_past_the_documents_place(reference, language, text):
    assert place_of(reference, text, language) == ["Lebanon", "Gaza"]


def test_an_existential_there_points_to_no_place(reference):
    text = "Militants fired rockets at Tyre on Monday. There were 20 soldiers killed, the army said."
    assert place_of(reference, text) == [""]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed. More than 92,000 have "
            "been wounded.",
        ),
        (
            "fr",
            "Cinq Palestiniens ont été tués à Naplouse.\n\nDans la bande de Gaza, 40 005 personnes ont été "
            "tuées. Plus de 92 000 personnes ont été blessées.",
        ),
        # a count that says it goes on is a companion too, of whatever kind
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 30 people were killed. Another 12 were killed "
            "overnight.",
        ),
        # so is a first estimate of the same count
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed. The ministry had "
            "initially put the toll at 41,000.",
        ),
        (
            "en",
            "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed. The ministry "
            "originally gave 41,000 dead.",
        ),
        (
            "es",
            "Cinco personas murieron en Nablus.\n\nEn Gaza han muerto 40.005 personas. Las autoridades "
            "habían cifrado inicialmente el balance en 41.000 muertos.",
        ),
        (
            "es",
            "Cinco personas murieron en Nablus.\n\nEn Gaza han muerto 40.005 personas. En un principio, "
            "el ministerio había cifrado el balance en 41.000 muertos.",
        ),
        (
            "fr",
            "Cinq Palestiniens ont été tués à Naplouse.\n\nDans la bande de Gaza, 40 005 personnes ont été "
            "tuées. Le ministère avait initialement fait état de 41 000 morts.",
        ),
        (
            "fr",
            "Cinq Palestiniens ont été tués à Naplouse.\n\nDans la bande de Gaza, 40 005 personnes ont été "
            "tuées. Dans un premier temps, le ministère avait fait état de 41 000 morts.",
        ),
    ],
)
def test_a_companion_count_keeps_the_place_of_the_counts_before_it(reference, language, text):
    assert place_of(reference, text, language)[1:] == ["Gaza", "Gaza"]


@pytest.mark.parametrize(
    ("language", "carried"),
    [
        ("en", "This brings the total number of fatalities to 68,875."),
        ("en", "This takes the death toll to 68,875."),
        ("en", "This raises the death toll to 68,875."),
        ("en", "That brings the death toll to 68,875."),
        ("en", "That takes the death toll to 68,875."),
        ("en", "That raises the death toll to 68,875."),
        ("es", "Esto eleva el número de muertos a 68.875."),
        ("es", "Con ello, el número de muertos asciende a 68.875."),
        ("fr", "Cela porte le bilan à 68 875 morts."),
        ("fr", "Ceci porte le bilan à 68 875 morts."),
    ],
)
def test_a_sentence_that_carries_the_last_count_on_keeps_its_place_and_source(reference, language, carried):
    # in a paragraph of its own, in a document that names the West Bank most
    before = {
        "en": "In the West Bank, 14 people were killed. In the West Bank, 3 were hurt.\n\n"
        "In the Gaza Strip, 141 people were killed, according to the Ministry of Health.",
        "es": "En Cisjordania murieron 14 personas. En Cisjordania, 3 resultaron heridas.\n\n"
        "En la Franja de Gaza murieron 141 personas, según el Ministerio de Sanidad.",
        "fr": "En Cisjordanie, 14 personnes ont été tuées. En Cisjordanie, 3 ont été blessées.\n\n"
        "Dans la bande de Gaza, 141 personnes ont été tuées, selon le ministère de la Santé.",
    }[language]
    figures = figures_in(reference, f"{before}\n\n{carried}", language, date(2025, 11, 5))
    assert (figures[-1]["value"], figures[-1]["location"], figures[-1]["attributed_to"]) == (
        68875,
        "Gaza",
        "Gaza Health Ministry",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph
        "Five were killed in Nablus.\n\nIn Gaza, 40,005 people have been killed.\n\nMore than 92,000 have "
        "been wounded.",
        # a count of the same kind starts its own scope
        "Five were killed in Nablus. In Gaza, 40,005 people have been killed. Since then, 300 have been "
        "killed.",
        # counts of two places before it
        "Five were killed in Nablus. 30 were killed in Gaza and 12 were killed in Lebanon. More than 92,000 "
        "have been wounded.",
        # hostages are held in Gaza by rule, not by the text's place
        "Five were killed in Nablus. Hamas holds 100 hostages in Gaza. More than 92,000 have been wounded.",
    ],
)
def test_a_count_that_is_no_companion_keeps_the_documents_place(reference, text):
    assert place_of(reference, text)[-1] == "West Bank"


def test_a_place_a_speaker_is_in_is_what_there_points_back_to(reference):
    text = (
        "The UN has asked Israel to rescind the order. The health ministry in Gaza says 1,799 people"
        " have now been killed there."
    )
    assert [f["location"] for f in figures_in(reference, text, "en")] == ["Gaza"]
