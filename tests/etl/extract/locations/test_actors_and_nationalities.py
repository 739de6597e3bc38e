"""Countries and groups that act, speak or are named by a nationality: the places they are and are not."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.locations.helpers import place_of


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Gaza war\n\nIsrael says it has killed more than 17,000 fighters.", ["Gaza"]),
        ("Losses\n\nHezbollah said it had lost 500 fighters.", ["Lebanon"]),
        ("Losses\n\nTehran puts its dead at 610.", ["Iran"]),  # its own dead, no act of its own
    ],
)
def test_a_source_telling_of_its_own_act_does_not_place_the_people_it_acted_on(reference, text, places):
    """Its home places its own losses, not the people it says it killed."""
    assert place_of(reference, text) == places


def test_a_nationality_after_the_copula_places_a_bare_count(reference):
    text = (
        "The war has killed at least 178 journalists in Gaza.\n"
        "Of those killed, 170 were Palestinians, two were Israelis and six were Lebanese."
    )
    assert place_of(reference, text) == ["Gaza", "Gaza", "Israel", "Lebanon"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Strikes killed 274 people in the deadliest day since Israel freed the hostages."),
        ("en", "Strikes killed 274 people after Israel ended the truce."),
        ("fr", "Les frappes ont tué 274 personnes depuis qu'Israël a libéré les otages."),
        ("fr", "Les frappes ont tué 274 personnes depuis que le Liban a rouvert sa frontière."),
    ],
)
def test_a_name_that_opens_a_clause_is_its_actor_not_the_place(reference, language, text):
    assert place_of(reference, text, language) == [""]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("At least 500 people have been killed in Israel's military offensive.", [""]),
        ("At least 500 people have been killed in Israel's 13-month war on Gaza.", ["Gaza"]),
        (
            "At least 500 people were killed and 900 wounded in Israel’s strikes on Lebanon.",
            ["Lebanon", "Lebanon"],
        ),
    ],
)
def test_a_country_that_owns_a_military_action_wages_it_and_is_not_the_place(reference, text, places):
    assert place_of(reference, text) == places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Three people were killed in Israel's north, the army said.", "Israel"),
        ("Two people were killed in Gaza's north in strikes, medics said.", "Gaza"),
        ("Two people were killed in Gaza's north as Israeli strikes went on, medics said.", "Gaza"),
    ],
)
def test_a_possessive_place_with_no_military_action_after_it_stays_the_place(reference, text, place):
    assert place_of(reference, text) == [place]


def test_the_ministry_of_a_count_placed_past_the_country_that_wages_the_war_is_the_places(reference):
    text = "At least 500 people were killed in Israel's offensive on Gaza, the health ministry said."
    [figure] = figures_in(reference, text, "en", date(2024, 3, 4))
    assert figure["attributed_to"] == "Gaza Health Ministry"


@pytest.mark.parametrize(
    ("language", "agent"),
    [
        ("en", "The bodies of 30 Palestinians released by Israel were received by the Red Cross."),
        ("es", "Los cuerpos de 30 palestinos entregados por Israel fueron recibidos por la Cruz Roja."),
        ("fr", "Les corps de 30 Palestiniens remis par Israël ont été reçus par la Croix-Rouge."),
    ],
)
def test_the_agent_of_a_passive_is_no_place(reference, language, agent):
    opening = {
        "en": "Strikes killed 12 people in Gaza on Monday, the health ministry said.",
        "es": "Los bombardeos mataron a 12 personas en Gaza el lunes, según el Ministerio de Salud.",
        "fr": "Les frappes ont tué 12 personnes à Gaza lundi, selon le ministère de la Santé.",
    }[language]
    assert place_of(reference, f"{opening}\n\n{agent}", language) == ["Gaza", "Gaza"]


@pytest.mark.parametrize(
    "line",
    [
        "Israel resumes strikes, killing more than 400 people, according to the health ministry.",
        "March 18, 2025: Israel resumes strikes, killing more than 400 people, according to the ministry.",
        # or its clause, past a short opening phrase
        "On Tuesday, Israel resumed strikes, killing more than 400 people, according to the ministry.",
    ],
)
def test_a_country_that_opens_its_sentence_and_acts_is_no_place(reference, line):
    text = f"Strikes killed 12 people in Gaza on Monday.\n\n{line}"
    figures = figures_in(reference, text, "en", date(2025, 10, 20))
    assert [(f["location"], f["attributed_to"]) for f in figures][-1] == ("Gaza", "Gaza Health Ministry")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In return, Israel freed 2,000 detainees and returned the bodies of 345 Palestinians."),
        ("es", "A cambio, Israel excarceló a 2.000 presos y entregó los cuerpos de 345 palestinos."),
        ("fr", "En échange, Israël a libéré 2 000 détenus et restitué les dépouilles de 345 Palestiniens."),
    ],
)
def test_a_country_acting_past_a_short_opening_phrase_is_no_place_of_the_dead(reference, language, text):
    figures = figures_in(reference, f"Gaza truce holds\n\n{text}", language, date(2025, 10, 20))
    assert [(f["value"], f["location"]) for f in figures][-1] == (345, "Gaza")


@pytest.mark.parametrize(
    "action",
    [
        "ataque",
        "ataques",
        "bombardeo",
        "bombardeos",
        "disparos",
        "fuego",
        "ofensiva",
        "ejército",
        "fuerzas",
        "tropas",
        "incursión",
        "incursiones",
        "asedio",
        "operación",
        "operaciones",
        "colonos",
        "soldados",
    ],
)
def test_a_nationality_after_a_military_action_wages_it_and_places_nothing(reference, action):
    text = f"Más de 100 palestinos murieron en Gaza. Otros 20 murieron en {action} israelíes."
    assert place_of(reference, text, "es") == ["Gaza", "Gaza"]


def test_a_name_after_a_verb_spelled_like_a_military_action_is_a_place(reference):
    assert place_of(reference, "Israel strikes Gaza, killing 40 people, the ministry said.") == ["Gaza"]


def test_a_nationality_before_a_name_does_not_make_the_document_its_country(reference):
    text = (
        "Seven killed in Al-Mazzeh strike\n"
        "The strike hit a building in western Damascus used by members of the Lebanese Hezbollah.\n"
        "Fighters of the Lebanese Hezbollah often met there, far from the war in Lebanon.\n"
        "Since January, strikes have killed 315 people."
    )
    assert place_of(reference, text)[-1] == "Syria"


def test_a_nationality_before_a_noun_of_place_still_names_the_place(reference):
    text = (
        "Aid runs out\n"
        "Strikes hit homes in Palestinian territory. Aid workers in Palestinian territory ran out of fuel.\n"
        "A clinic in Beirut was also hit.\n"
        "Since January, strikes have killed 315 people."
    )
    assert place_of(reference, text) == ["Gaza"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos explosiones hirieron a dos cascos azules de Sri Lanka en Naqura, en el sur del Líbano."),
        ("es", "Radio Nacional de España. Al menos 20 personas murieron en Jan Yunis."),
        ("en", "Global Affairs Canada said eight Canadians were killed in Israel."),
    ],
)
def test_a_bare_country_is_a_nationality_a_speaker_or_an_outlet_not_a_place(reference, language, text):
    assert "Sri Lanka" not in place_of(reference, text, language)
    assert not {"Spain", "Canada"} & set(place_of(reference, text, language))


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Israel says at least 20,000 of the dead were fighters.", "Gaza"),
        ("Hezbollah said it had lost 500 fighters.", "Lebanon"),  # an armed group's own fighters
    ],
)
def test_a_count_of_fighters_is_placed_by_the_home_of_an_armed_group_only(reference, text, location):
    document = Document(doc="t.txt", title="Gaza war", text=text, published_at=date(2025, 1, 22))
    assert [figure["location"] for figure in extract_rows(document, reference)] == [location]
