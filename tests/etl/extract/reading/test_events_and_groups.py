"""What befell the people a count counts, and who they were: killed, injured, missing, displaced."""

from __future__ import annotations

from datetime import date

import pytest

from etl.documents import Document
from etl.extract import extract_rows
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.reading.helpers import figures_of, metrics_of


@pytest.mark.parametrize(
    "text",
    [
        "More than 50,000 children have been killed or injured in Gaza.",
        "Some 300 were killed and wounded.",
        "The strike left some 300 dead and wounded.",
        "The strike left some 300 dead and injured.",
        # the number of the dead and wounded: the "and" inside the term does not cut it
        "The ministry put the number of dead and wounded at more than 300.",
    ],
)
def test_one_count_of_the_killed_and_injured_is_of_casualties(reference, text):
    assert [metric for _, metric in metrics_of(reference, text)] == ["casualties"]


def test_an_armys_losses_are_its_dead(reference):
    assert metrics_of(reference, "Its losses stand at 316 soldiers since the ground invasion began.") == [
        (316, "killed")
    ]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("About 50 soldiers and civilians were killed in Israel.", "all"),
        ("12 children and women were killed in Gaza.", "women_and_children"),
        ("Nine soldiers were killed in Gaza.", "soldiers"),
        (
            "Two soldiers and a civilian were killed in Gaza.",
            "soldiers",
        ),  # the civilian is a count of its own
    ],
)
def test_a_count_of_two_subgroups_is_of_all(reference, text, subgroup):
    document = Document(doc="t.txt", text=text, published_at=date(2025, 2, 8))
    assert [figure["subgroup"] for figure in extract_rows(document, reference)] == [subgroup]


@pytest.mark.parametrize(
    "text",
    [
        "Another 10,000 people are believed to be buried under rubble in Gaza.",
        "Rescuers were searching for 14 people trapped under the debris.",
    ],
)
def test_people_under_the_rubble_are_missing(reference, text):
    assert [m for _, m in metrics_of(reference, text)] == ["missing"]


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 10,000 bodies remain under the rubble.",
        "Four bodies remain missing.",
        "Rescuers say some 10,000 bodies lie under the rubble.",
        "About 300 bodies lying under the rubble have yet to be recovered.",
        "Some 200 bodies lay under the rubble for weeks.",
    ],
)
def test_bodies_that_remain_missing_are_missing(reference, text):
    assert [metric for _, metric in metrics_of(reference, text)] == ["missing"]


@pytest.mark.parametrize(
    "text",
    [
        # people lost, whatever else some of them may be
        "Up to 21,000 children are estimated to be lost, many of them trapped, detained or buried.",
        "Some 5,000 children are lost in Gaza.",
        "About 300 children were lost in the chaos.",
    ],
)
def test_people_who_are_lost_are_missing(reference, text):
    assert [metric for _, metric in metrics_of(reference, text)] == ["missing"]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("An estimated 100 Israelis and foreign nationals remain captive in Gaza.", "all"),
        ("The attack killed 1,200 Israelis and foreigners.", "all"),
        # a nationality alone is still a subgroup
        ("Some 24 Thais were freed.", "foreign_nationals"),
    ],
)
def test_people_of_a_place_and_a_subgroup_are_no_one_subgroup(reference, text, subgroup):
    assert [f["subgroup"] for f in figures_of(reference, text)] == [subgroup]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a verb of loss counts the dead only before what it counts, or with a life after it
        ("en", "Hezbollah has lost 500 fighters.", [(500, "killed")]),
        ("en", "Some 500 people have lost their lives in Gaza.", [(500, "killed")]),
        ("es", "Unas 500 personas perdieron la vida en Gaza.", [(500, "killed")]),
        ("fr", "Quelque 500 personnes ont perdu la vie à Gaza.", [(500, "killed")]),
        ("en", "Some 4,000 children have lost one or both legs, UNICEF said.", []),
        ("es", "Unos 4.000 niños han perdido una o ambas piernas.", []),
        ("en", "UNICEF said 4,000 children had lost one or more limbs.", []),
        ("en", "About 500 Palestinians have lost their homes.", [(500, "displaced")]),
        ("es", "Unas 500 personas han perdido sus hogares en Gaza.", [(500, "displaced")]),
        ("fr", "Quelque 500 personnes ont perdu leur maison à Gaza.", [(500, "displaced")]),
    ],
)
def test_what_was_lost_decides_the_count(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 12,000 patients still need to be evacuated for treatment abroad, WHO said.", []),
        ("About 300 patients were medically evacuated to Egypt.", []),
        ("WHO said 1,200 patients had died while waiting for medical evacuation.", [(1200, "killed")]),
        # an evacuation from danger is a displacement
        ("Some 1,000 people were evacuated from the hospital in Gaza.", [(1000, "displaced")]),
    ],
)
def test_a_medical_evacuation_is_no_displacement(reference, text, expected):
    assert metrics_of(reference, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "subgroup"),
    [
        ("en", "Strikes killed 20 Palestinian children.", "children"),
        ("en", "Strikes killed 20 Palestinian children and women.", "women_and_children"),
        ("en", "Strikes killed 20 Palestinian journalists.", "journalists"),
    ],
)
def test_a_people_word_before_the_head_qualifies_it(reference, language, text, subgroup):
    assert [f["subgroup"] for f in figures_of(reference, text, language)] == [subgroup]


def test_remains_are_the_dead_whatever_only_the_living_undergo(reference):
    text = "Rescue teams have recovered 600 bodies since the ceasefire began."
    assert metrics_of(reference, text) == [(600, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 1,500 people are believed to be buried beneath collapsed homes."),
        ("en", "About 1,500 people are believed to be buried under collapsed homes."),
        ("es", "Unas 1.500 personas siguen sepultadas bajo los edificios derrumbados."),
        ("fr", "Environ 1 500 personnes seraient ensevelies sous les immeubles effondrés."),
    ],
)
def test_people_buried_under_buildings_are_missing(reference, language, text):
    assert metrics_of(reference, text, language) == [(1500, "missing")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los ataques hirieron a 20 personas.", [(20, "injured")]),
        ("Los ataques pueden herir a 20 personas.", [(20, "injured")]),
        ("Una persona murió y 20 resultaron heridas.", [(20, "injured")]),
        ("El ataque que matara a 20 personas.", [(20, "killed")]),
        ("Los ataques que mataran a 20 personas.", [(20, "killed")]),
        ("Los ataques podrían matar a 20 personas.", [(20, "killed")]),
    ],
)
def test_spanish_verb_forms_of_killing_and_wounding(reference, text, expected):
    assert metrics_of(reference, text, "es") == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "People on the two sides of the border have been displaced."),
        ("es", "Miles de personas de los dos lados de la frontera han sido desplazadas."),
        ("fr", "Des milliers de personnes ont été déplacées des deux côtés de la frontière."),
    ],
)
def test_sides_are_no_people(reference, language, text):
    assert metrics_of(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "Some 2,600 bodies have been recovered from under the rubble.", "killed"),
        ("en", "Some 10,000 bodies remain under the rubble.", "missing"),
        ("es", "Unos 520 cuerpos fueron sacados de bajo los escombros.", "killed"),
        ("es", "Unos 520 cuerpos fueron sacados de entre los escombros.", "killed"),
        ("es", "Unos 520 cuerpos siguen bajo los escombros.", "missing"),
        ("fr", "Quelque 520 corps ont été extraits de sous les décombres.", "killed"),
        ("fr", "Quelque 520 corps sont toujours sous les décombres.", "missing"),
    ],
)
def test_bodies_taken_out_from_under_the_rubble_are_dead_not_missing(reference, language, text, metric):
    assert [m for _, m in metrics_of(reference, text, language)] == [metric]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The UN human rights office has recorded at least 875 killings of people seeking food."),
        (
            "es",
            "La oficina de la ONU ha documentado al menos 875 asesinatos de personas que buscaban comida.",
        ),
    ],
)
def test_a_count_of_killings_counts_the_killed(reference, language, text):
    assert metrics_of(reference, text, language) == [(875, "killed")]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "Paramedics treated and evacuated 61 wounded to hospitals in Hadera.", "injured"),
        ("en", "Rescuers evacuated 20 bodies from the rubble.", "killed"),
        ("es", "Los equipos evacuaron a 61 heridos a hospitales de Hadera.", "injured"),
        ("fr", "Les secours ont évacué 61 blessés vers les hôpitaux de Hadera.", "injured"),
    ],
)
def test_people_moved_for_care_are_counted_by_what_befell_them(reference, language, text, metric):
    assert [m for _, m in metrics_of(reference, text, language)] == [metric]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The return of 300,000 displaced people to northern Gaza began on Monday."),
        ("es", "El regreso de 300.000 desplazados al norte de Gaza comenzó el lunes."),
        ("fr", "Le retour de 300 000 déplacés dans le nord de Gaza a commencé lundi."),
    ],
)
def test_the_displaced_who_return_home_are_not_freed(reference, language, text):
    assert [m for _, m in metrics_of(reference, text, language)] == ["displaced"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A strike on a camp for displaced people in Rafah leaves at least 45 dead."),
        ("en", "A strike on a camp for displaced people in Rafah left at least 45 dead."),
        ("en", "Israel struck a camp for displaced people in Rafah, leaving at least 45 dead."),
        ("es", "Un bombardeo contra un campamento de desplazados en Rafah deja al menos 45 muertos."),
        ("es", "Los bombardeos contra campamentos de desplazados en Rafah dejan al menos 45 muertos."),
        ("es", "Un bombardeo contra un campamento de desplazados en Rafah dejó al menos 45 muertos."),
        ("es", "Los bombardeos contra campamentos de desplazados en Rafah dejaron al menos 45 muertos."),
        ("es", "Un bombardeo contra un campamento de desplazados en Rafah ha dejado al menos 45 muertos."),
        ("fr", "Une frappe sur un camp de déplacés à Rafah fait au moins 45 morts."),
        ("fr", "Israël a frappé un camp de déplacés à Rafah, faisant au moins 45 morts."),
    ],
)
def test_what_a_strike_leaves_is_counted_by_its_own_noun(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_of(reference, text, language)] == [(45, "killed")]


def test_people_who_would_be_forced_out_under_a_plan_are_a_projection(reference):
    text = "Nearly 1 million people would be forced to move south again under the plan."
    figures = figures_in(reference, text, "en")
    assert [(f["metric"], f["status"]) for f in figures] == [("displaced", "projected")]


@pytest.mark.parametrize("subject", ["they", "we"])
def test_what_researchers_project_is_a_projection(reference, subject):
    text = f"If conditions persist, {subject} project up to 11,000 more deaths in Gaza from disease."
    assert [f["status"] for f in figures_in(reference, text, "en")] == ["projected"]


def test_a_project_in_a_name_is_no_projection(reference):
    text = (
        "A colleague from the UN Office for Project Services was killed and five others were injured in Gaza."
    )
    assert [f["status"] for f in figures_in(reference, text, "en")] == ["reported"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The army said it had neutralized more than 50 terrorists in the West Bank.",
            [(50, "killed")],
        ),
        (
            "en",
            "The army said it had neutralised more than 50 terrorists in the West Bank.",
            [(50, "killed")],
        ),
        ("es", "El ejército afirmó haber neutralizado a 50 terroristas en Cisjordania.", [(50, "killed")]),
        ("es", "El ejército dijo que 50 terroristas fueron neutralizados en Cisjordania.", [(50, "killed")]),
        ("fr", "L'armée affirme avoir neutralisé 50 terroristes en Cisjordanie.", [(50, "killed")]),
        ("fr", "L'armée affirme que 50 terroristes ont été neutralisés en Cisjordanie.", [(50, "killed")]),
        (
            "es",
            "El ejército afirmó haber detenido a un centenar de sospechosos en Cisjordania.",
            [(100, "prisoners_held")],
        ),
        (
            "es",
            "Las fuerzas israelíes han arrestado a 14.500 palestinos en Cisjordania.",
            [(14500, "prisoners_held")],
        ),
        ("es", "El ejército ha arrestado a 14.500 palestinos en Cisjordania.", [(14500, "prisoners_held")]),
    ],
)
def test_verbs_of_killing_and_arrest_in_military_statements(reference, language, text, expected):
    assert metrics_of(reference, text, language) == expected


def test_people_forced_out_of_a_place_are_displaced(reference):
    text = "More than 100,000 people have been forced out of Jabalia camp and Beit Lahia since 5 October."
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["displaced"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Red Crescent said it had lost contact with nine of its paramedics."),
        ("en", "Rescuers lost contact with 9 people in Rafah."),
        ("es", "La Media Luna Roja perdió el contacto con nueve de sus paramédicos."),
        ("es", "La Media Luna Roja ha perdido el contacto con nueve de sus paramédicos."),
        ("fr", "Le Croissant-Rouge a perdu le contact avec neuf de ses secouristes."),
    ],
)
def test_people_contact_with_is_lost_are_missing(reference, language, text):
    assert metrics_of(reference, text, language) == [(9, "missing")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 41,000 children are at heightened risk of death, the IPC said."),
        ("es", "Unos 41.000 niños corren riesgo de muerte por desnutrición."),
        ("es", "Unos 41.000 niños corren riesgo de morir por desnutrición."),
        ("fr", "Quelque 41 000 enfants courent un risque de mort."),
        ("fr", "Quelque 41 000 enfants courent le risque de mourir de faim."),
    ],
)
def test_people_at_risk_of_death_are_not_dead(reference, language, text):
    assert metrics_of(reference, text, language) == []


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("1,200 innocent people were slaughtered at a music festival.", "killed"),
        ("More than 700 of our soldiers have fallen in this war.", "killed"),
        ("By then, 700 soldiers had fallen in Gaza.", "killed"),
        ("A deal last November brought home more than 100 hostages.", "hostages_released"),
        ("A new deal would bring home 33 hostages.", "hostages_released"),
        ("Talks are aimed at bringing home 33 hostages.", "hostages_released"),
    ],
)
def test_words_for_the_killed_and_the_freed(reference, text, metric):
    assert [m for _, m in metrics_of(reference, text)] == [metric]
