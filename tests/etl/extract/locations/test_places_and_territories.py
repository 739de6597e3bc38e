"""Which names are places, the territory each is in, and where the people of each metric are counted."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.locations.helpers import place_of


def test_iran_is_a_place(reference):
    text = "Strikes on Israel\nIsraeli strikes have killed at least 639 people in Iran."
    assert place_of(reference, text) == ["Iran"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Israeli strikes killed 33 people in Beit Lahiya. Troops wounded two in Jenin.", "Gaza"),
        ("en", "Raids killed 12 Palestinians in Ramallah. Strikes hit Gaza.", "West Bank"),
        ("en", "A rocket wounded 12 people in Sderot, near the Gaza border.", "Israel"),
        ("en", "Strikes killed 15 people in Tyre. Israel says it hit Gaza.", "Lebanon"),
        (
            "fr",
            "Des frappes ont tué 33 personnes à Beit Lahia. Des soldats ont blessé deux à Jénine.",
            "Gaza",
        ),
    ],
)
def test_towns_and_camps_are_placed_in_their_territory(reference, language, text, place):
    assert place_of(reference, text, language)[0] == place


@pytest.mark.parametrize(
    "text",
    ["Israel would free 1,700 Gazans detained since the war began.", "Israel freed 12 Lebanese prisoners."],
)
def test_prisoners_are_placed_where_they_are_held_not_where_they_are_from(reference, text):
    assert place_of(reference, text) == ["Israel"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza war: more than 360 people were killed at the Nova music festival."),
        ("en", "Gaza war: 101 people were killed in Be'eri and 64 in Kfar Aza."),
        ("es", "Guerra en Gaza: más de 360 personas murieron en el festival Nova."),
        ("fr", "Guerre à Gaza : plus de 360 personnes ont été tuées au festival Nova."),
    ],
)
def test_the_festival_and_kibbutzim_of_october_7_are_in_israel(reference, language, text):
    assert set(place_of(reference, text, language)) == {"Israel"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Una veintena de personas murieron este domingo en bombardeos israelíes sobre Rafah."),
        (
            "fr",
            "Une vingtaine de personnes ont été tuées dans des frappes sur Rafah, alors que le Hezbollah "
            "tirait des roquettes vers Israël.",
        ),
    ],
)
def test_strikes_on_a_place_place_their_dead_there(reference, language, text):
    assert place_of(reference, text, language) == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "term", "place"),
    [
        ("en", "Yemen", "Yemen"),
        ("en", "Sanaa", "Yemen"),
        ("en", "Hodeidah", "Yemen"),
        ("es", "Yemen", "Yemen"),
        ("es", "Saná", "Yemen"),
        ("es", "Hodeida", "Yemen"),
        ("fr", "Yémen", "Yemen"),
        ("fr", "Sanaa", "Yemen"),
        ("fr", "Hodeida", "Yemen"),
        ("en", "Syria", "Syria"),
        ("en", "Damascus", "Syria"),
        ("es", "Siria", "Syria"),
        ("es", "Damasco", "Syria"),
        ("fr", "Syrie", "Syria"),
        ("fr", "Damas", "Syria"),
    ],
)
def test_yemen_and_syria_are_places(reference, language, term, place):
    text = {
        "en": f"Israeli strikes killed three people in {term}.",
        "es": f"Los bombardeos israelíes mataron a tres personas en {term}.",
        "fr": f"Les frappes israéliennes ont tué trois personnes à {term}.",
    }[language]
    assert place_of(reference, text, language) == [place]


@pytest.mark.parametrize(
    ("language", "where", "source", "canonical"),
    [
        ("en", "overnight", "the Houthi-run health ministry said", "Houthi Health Ministry"),
        ("en", "in Hodeidah", "the health ministry said", "Houthi Health Ministry"),
        ("en", "overnight", "the Yemeni Health Ministry said", "Houthi Health Ministry"),
        ("en", "overnight", "the Houthi Health Ministry said", "Houthi Health Ministry"),
        ("en", "overnight", "the Houthi health ministry said", "Houthi Health Ministry"),
        ("es", "de noche", "según el Ministerio de Sanidad hutí", "Houthi Health Ministry"),
        ("es", "en Hodeida", "según el Ministerio de Sanidad", "Houthi Health Ministry"),
        ("fr", "dans la nuit", "selon le ministère de la Santé houthi", "Houthi Health Ministry"),
        ("fr", "à Hodeida", "selon le ministère de la Santé", "Houthi Health Ministry"),
        ("en", "overnight", "Syria's health ministry said", "Syrian Health Ministry"),
        ("en", "in Damascus", "the health ministry said", "Syrian Health Ministry"),
        ("en", "overnight", "the Syrian Health Ministry said", "Syrian Health Ministry"),
        ("es", "de noche", "según el Ministerio de Sanidad sirio", "Syrian Health Ministry"),
        ("es", "en Damasco", "según el Ministerio de Sanidad", "Syrian Health Ministry"),
        ("fr", "dans la nuit", "selon le ministère syrien de la Santé", "Syrian Health Ministry"),
        ("fr", "à Damas", "selon le ministère de la Santé", "Syrian Health Ministry"),
    ],
)
def test_the_health_ministries_of_yemen_and_syria(reference, language, where, source, canonical):
    # by a name of their own anywhere, by a plain name where the count is placed
    text = {
        "en": f"Israeli strikes killed three people {where}, {source}.",
        "es": f"Los bombardeos israelíes mataron a tres personas {where}, {source}.",
        "fr": f"Les frappes israéliennes ont tué trois personnes {where}, {source}.",
    }[language]
    assert [f["attributed_to"] for f in figures_in(reference, text, language)] == [canonical]


ISRAELI_TOWNS = {
    "en": [
        "Beersheba",
        "Be'er Sheva",
        "Ashdod",
        "Netanya",
        "Hadera",
        "Binyamina",
        "Nahariya",
        "Eilat",
        "Herzliya",
        "Holon",
        "Rishon LeZion",
        "Petah Tikva",
        "Ramat Gan",
        "Bat Yam",
        "Tiberias",
        "Dimona",
        "Jaffa",
    ],
    "es": ["Beerseba", "Ashdod", "Netanya", "Hadera", "Nahariya", "Eilat", "Ashkelon"],
    "fr": ["Beersheba", "Ashdod", "Netanya", "Hadera", "Nahariya", "Eilat", "Ashkelon"],
}


IN_A_TOWN = {
    "en": "Two people were killed in {town}.",
    "es": "Dos personas murieron en {town}.",
    "fr": "Deux personnes ont été tuées à {town}.",
}


@pytest.mark.parametrize(
    ("language", "town"), [(language, town) for language, towns in ISRAELI_TOWNS.items() for town in towns]
)
def test_a_count_in_an_israeli_town_is_placed_in_israel(reference, language, town):
    assert place_of(reference, IN_A_TOWN[language].format(town=town), language) == ["Israel"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "The quakes killed 2,053 people in western Afghanistan, officials said.", "Afghanistan"),
        ("es", "Al menos 16 migrantes murieron en México tras el vuelco de un autobús.", "Mexico"),
        ("fr", "Au moins 16 migrants ont été tués au Mexique dans l'accident.", "Mexico"),
        ("fr", "Au moins 19 manifestants ont été tués en Birmanie.", "Myanmar"),
    ],
)
def test_a_country_beyond_the_war_is_a_place_after_a_preposition_of_place(reference, language, text, place):
    assert place_of(reference, text, language) == [place]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Floods killed 37 people across Nigeria."),
        ("en", "Floods killed 37 people throughout Nigeria."),
        ("en", "Floods killed 37 people inside Nigeria."),
        ("en", "Floods killed 37 people within Nigeria."),
        ("fr", "Les inondations ont tué 37 personnes dans le Nigeria."),
        ("fr", "Les inondations ont tué 37 personnes aux Philippines."),
    ],
)
def test_every_preposition_of_a_far_place_places_the_count(reference, language, text):
    assert place_of(reference, text, language) == [text.rstrip(".").split()[-1]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel\nMore than 300,000 people have fled from Lebanon into Syria."),
        ("en", "Lebanon\nMore than 300,000 people have fled into Syria."),
        (
            "en",
            "Lebanon\nThe government says 1.2 million have been displaced, and 300,000 have fled into Syria.",
        ),
        ("en", "Lebanon\nOver 300,000 people have been displaced towards Syria."),
        ("es", "Líbano\nMás de 300.000 personas han sido desplazadas hacia Siria."),
        ("fr", "Liban\nPlus de 300 000 personnes ont été déplacées vers la Syrie."),
    ],
)
def test_the_displaced_are_counted_where_they_left_not_where_they_went(reference, language, text):
    found = [f for f in figures_in(reference, text, language) if f["value"] == 300000]
    assert [(f["metric"], f["location"]) for f in found] == [("displaced", "Lebanon")]


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "The deadliest places for aid workers were South Sudan, where 34 were killed, and Sudan, where 25"
            " lost their lives.",
            ["South Sudan", "Sudan"],
        ),
        ("en", "Fighting in South Sudan killed 34 people.", ["South Sudan"]),
        ("en", "Some 34 people were killed in South Sudan.", ["South Sudan"]),
        # a bare country's name places nothing, but it is not the country its name holds
        ("en", "Last year South Sudan saw 34 aid workers killed.", [""]),
        ("es", "Los combates en Sudán del Sur mataron a 34 personas.", ["South Sudan"]),
        ("fr", "Les combats au Soudan du Sud ont tué 34 personnes.", ["South Sudan"]),
    ],
)
def test_a_place_inside_a_longer_countrys_name_is_that_country(reference, language, text, places):
    assert [f["location"] for f in figures_in(reference, text, language)] == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # what is near a place is not in it: the count keeps the place of its own words
        (
            "Israel's government said 900 people had been killed and 2,600 wounded in the assault on"
            " Israel, as rescue teams reached the communities near Gaza.",
            ["Israel", "Israel"],
        ),
        (
            "Some 200,000 Israelis have been evacuated from communities near Gaza and the Lebanese border.",
            ["Israel"],
        ),
    ],
)
def test_a_place_that_is_only_near_places_no_count(reference, text, places):
    assert [f["location"] for f in figures_in(reference, text, "en")] == places


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza: at least 60 Palestinians have died in Israeli custody, 48 of them from Gaza."),
        ("en", "Gaza: at least 60 Palestinian prisoners have died in Israeli jails."),
        ("en", "Gaza: at least 60 Palestinian prisoners have died in Israeli prisons."),
        ("en", "Gaza: at least 60 Palestinians have died in Israeli detention."),
        ("en", "Gaza: at least 60 Palestinians have died in Israeli detention facilities."),
        ("en", "Gaza: at least 60 detainees from Gaza have died in Israeli military facilities."),
        ("es", "Gaza: al menos 60 palestinos han muerto bajo custodia israelí."),
        ("es", "Gaza: al menos 60 palestinos han muerto en cárceles israelíes."),
        ("es", "Gaza: al menos 60 palestinos han muerto en prisiones israelíes."),
        ("fr", "Gaza : au moins 60 Palestiniens sont morts en détention israélienne."),
        ("fr", "Gaza : au moins 60 Palestiniens sont morts dans les prisons israéliennes."),
    ],
)
def test_the_dead_in_israels_custody_died_in_israel(reference, language, text):
    assert place_of(reference, text, language)[0] == "Israel"
