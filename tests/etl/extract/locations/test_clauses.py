"""Which place of its sentence is a count's: its own clause's, the clause it goes on, or the opening one."""

from __future__ import annotations

import pytest

from etl.extract.lexicon import build_lexicon
from etl.extract.locations import clause_place, opening_place
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.locations.helpers import place_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gaza strikes kill 96; fighting flares on Lebanon border."),
        (
            "es",
            "Los ataques mataron a 40 personas en Gaza; sus familias se concentraron en Tel Aviv.",
        ),
    ],
)
def test_a_place_past_a_semicolon_is_another_clauses(reference, language, text):
    assert place_of(reference, text, language) == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hezbollah said it had fired rockets at northern Israel, where two civilians were wounded."),
        (
            "es",
            "Hezbolá dijo que lanzó cohetes contra el norte de Israel, donde dos civiles resultaron heridos.",
        ),
        (
            "fr",
            "Le Hezbollah dit avoir tiré des roquettes sur le nord d'Israël, où deux civils ont été blessés.",
        ),
    ],
)
def test_a_clause_opened_by_where_is_placed_at_the_place_before_it(reference, language, text):
    assert place_of(reference, text, language) == ["Israel"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Hezbollah fired rockets at northern Israel, wounding two people, after a strike killed two"
            " fighters in southern Lebanon.",
        ),
        (
            "es",
            "Hezbolá disparó cohetes contra el norte de Israel, hiriendo a dos personas, después de que un"
            " ataque matara a dos combatientes en el sur del Líbano.",
        ),
        (
            "fr",
            "Le Hezbollah a tiré des roquettes sur le nord d'Israël, blessant deux personnes, après qu'une"
            " frappe a tué deux combattants dans le sud du Liban.",
        ),
    ],
)
def test_a_count_governed_by_the_verb_opening_its_window_is_where_the_clause_before_is(
    reference, language, text
):
    assert place_of(reference, text, language) == ["Israel", "Lebanon"]


@pytest.mark.parametrize(
    ("before", "window", "place"),
    [
        ("Strikes on Gaza hit targets in Lebanon, ", " killing 20 people", "Lebanon"),  # the nearest
        ("Talks resumed in Israel on Monday, ", " as another 20 were killed", None),  # no verb opens it
        ("Strikes hit targets in Gaza; troops fired toward the border, ", " killing 20", None),  # own clause
        ("Rockets were fired from Lebanon, ", " wounding 20 people", None),  # where they came from
    ],
)
def test_the_place_of_the_clause_a_participle_goes_on(reference, before, window, place):
    assert clause_place(build_lexicon(reference, "en"), before, window) == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The deal frees the 20 hostages still in Gaza in exchange for 250 Palestinian prisoners."),
        ("en", "The deal frees the 20 hostages still in Gaza in return for 250 Palestinian prisoners."),
        ("es", "El acuerdo libera a los 20 rehenes que siguen en Gaza a cambio de 250 presos palestinos."),
        ("fr", "L'accord libère les 20 otages retenus à Gaza en échange de 250 prisonniers palestiniens."),
    ],
)
def test_the_place_of_the_other_side_of_an_exchange_is_not_the_prisoners(reference, language, text):
    assert place_of(reference, text, language) == ["Gaza", "Israel"]


@pytest.mark.parametrize(
    "text",
    [
        "The toll among troops stands at 912, including soldiers killed on the Lebanon border.",
        "The army said 912 soldiers were killed, including some killed on the Lebanon border.",
    ],
)
def test_the_place_of_a_part_with_a_verb_of_its_own_is_not_the_wholes(reference, text):
    assert place_of(reference, text)[0] == ""


def test_the_place_after_an_aside_about_a_part_is_the_wholes(reference):
    text = "Gaza war: Hamas killed 1,400 people, most of them civilians, in Israel."
    assert place_of(reference, text) == ["Israel"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Some 58 Israelis, including 21 soldiers, were killed in Gaza.", ["Gaza", "Gaza"]),
        ("Some 58 Israelis, including 21 soldiers, were killed in the West Bank and in Israel.", ["", ""]),
    ],
)
def test_a_count_whose_verb_lies_past_its_part_is_where_that_verb_says(reference, text, places):
    # not where its people are from
    assert place_of(reference, text) == places


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Lebanon war\nAbout 1.2 million people have been displaced by the fighting, and tens of thousands"
            " have found refuge in Syria.",
        ),
        (
            "es",
            "Guerra en el Líbano\nUnos 1,2 millones de personas han sido desplazadas por los combates,"
            " y decenas de miles se han refugiado en Siria.",
        ),
    ],
)
def test_the_place_of_a_clause_of_its_own_after_a_comma_and_a_conjunction_is_not_the_counts(
    reference, language, text
):
    assert place_of(reference, text, language) == ["Lebanon"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "El Gobierno israelí cifra en 1.300 los muertos. En Gaza, el ministerio informó de que"
            " 30 personas murieron el lunes.",
            [(1300, "Israel", "Israeli official figures"), (30, "Gaza", "Gaza Health Ministry")],
        ),
        (
            "es",
            "El Gobierno israelí cifra en 1.300 los muertos. En Gaza, el Ministerio de Salud elevó a"
            " 67.869 el número de muertos.",
            [(1300, "Israel", "Israeli official figures"), (67869, "Gaza", "Gaza Health Ministry")],
        ),
        (
            "en",
            "In Gaza, the Israeli military said it had killed 30 militants on Monday.",
            [(30, "Gaza", "Israeli military")],
        ),
        (
            "fr",
            "En Cisjordanie, l'armée israélienne a indiqué avoir tué 30 militants lundi.",
            [(30, "West Bank", "Israeli military")],
        ),
    ],
)
def test_a_place_opening_the_sentence_is_its_figures_over_the_speakers_home(
    reference, language, text, expected
):
    found = figures_in(reference, text, language)
    assert [(f["value"], f["location"], f["attributed_to"]) for f in found] == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "In Gaza, the ministry said 30 people were killed.", "Gaza"),
        ("es", "En el norte de la Franja de Gaza, el ministerio informó de 30 muertos.", "Gaza"),
        # more than one place, no preposition, a place inside a longer subject, an origin: no opening place
        ("en", "In Gaza and the West Bank, the ministry said 30 people were killed.", None),
        ("en", "Gaza, the ministry said, has lost 30 people.", None),
        ("en", "The ministry in Gaza, which is run by Hamas, said 30 people were killed.", None),
        ("en", "From Gaza, the ministry said 30 people were killed.", None),
        # no comma, or a clause too long to be a phrase of place
        ("en", "In Gaza 30 people died.", None),
        ("en", "In the days after the ministry first counted the dead in Gaza, 30 more were found.", None),
    ],
)
def test_the_place_that_opens_a_sentence(reference, language, sentence, expected):
    assert opening_place(build_lexicon(reference, language), sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comment on something else, set off by a comma, names no place of the count
        (
            "Israel is holding more than 10,200 Palestinians, according to the Prisoners' Club, which says"
            " deaths in custody have risen since the war on Gaza began.",
            [(10200, "prisoners_held", "Israel")],
        ),
        # the comma inside a number opens no comment
        (
            "Strikes killed 30 people in Gaza. At least 40,000 Palestinians have been forced from their homes"
            " in the northern West Bank since that operation began.",
            [(30, "killed", "Gaza"), (40000, "displaced", "West Bank")],
        ),
    ],
)
def test_a_place_in_a_comment_after_the_count_is_not_its_place(reference, text, expected):
    found = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"], f["location"]) for f in found] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In the West Bank, nearly 10,000 people have been arrested since October 7."),
        ("es", "En Cisjordania, casi 10.000 personas han sido detenidas desde el 7 de octubre."),
        ("fr", "En Cisjordanie, près de 10 000 personnes ont été arrêtées depuis le 7 octobre."),
        ("fr", "En Cisjordanie, près de 10 000 femmes sont détenues depuis le 7 octobre."),
        ("fr", "En Cisjordanie, près de 10 000 personnes ont été interpellées depuis le 7 octobre."),
        ("fr", "En Cisjordanie, près de 10 000 hommes ont été interpellés depuis le 7 octobre."),
    ],
)
def test_people_arrested_where_the_sentence_opens_are_held_there(reference, language, text):
    found = figures_in(reference, text, language)
    assert [(f["metric"], f["location"]) for f in found] == [("prisoners_held", "West Bank")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Tehran puts its dead at 610; in Israel, 28 people died."),
        ("fr", "Téhéran chiffre ses morts à 610 ; en Israël, 28 personnes ont été tuées."),
    ],
)
def test_a_phrase_of_place_opening_a_clause_past_a_semicolon_places_its_count(reference, language, text):
    assert [f["location"] for f in figures_in(reference, text, language)] == ["Iran", "Israel"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "en",
            "Israeli troops raided al-Shifa hospital in Gaza City. "
            "The army said it had detained more than 900 people at the site.",
            "Gaza",
        ),
        (
            "en",
            "Israeli forces raided the Jenin camp in the West Bank. "
            "The army said it had arrested 20 suspects.",
            "West Bank",
        ),
        (
            "es",
            "Las tropas israelíes asaltaron el hospital Al Shifa, en Gaza. "
            "Los militares aseguraron haber detenido a unos 200 sospechosos.",
            "Gaza",
        ),
    ],
)
def test_people_arrested_with_no_place_of_their_own_are_placed_where_the_document_is(
    reference, language, text, place
):
    found = figures_in(reference, text, language)
    assert [(f["metric"], f["location"]) for f in found] == [("prisoners_held", place)]


def test_prisoners_held_with_no_place_of_their_own_are_still_in_israel(reference):
    text = "Israeli forces raided the Jenin camp in the West Bank. Some 9,000 prisoners remain in custody."
    found = figures_in(reference, text, "en")
    assert [(f["metric"], f["location"]) for f in found] == [("prisoners_held", "Israel")]
