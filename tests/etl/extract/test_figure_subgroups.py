"""Which group of people a figure counts (etl.extract.figure_subgroups)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("The toll of soldiers killed since October 7 stands at 914.", "soldiers"),
        # the toll's words up to its comma, however far before the count
        (
            "The overall toll of soldiers killed since October 7, 2023, including on the Lebanon border"
            " and in the West Bank, stands at 914.",
            "soldiers",
        ),
        # a clause set off by commas after the toll is not whose toll it is
        ("The death toll, which includes many children, stands at 69,000.", "all"),
        # a nationality before a word that names no people describes a thing
        ("The toll of the brutal American aggression on the port has risen to 80.", "all"),
        ("The toll of the American strikes on the port has risen to 80 dead.", "all"),
        # before a word that names people (or what they are counted as), it names them
        ("The toll of American hostages has risen to 8.", "foreign_nationals"),
        ("The toll of American dead has risen to 8.", "foreign_nationals"),
        ("The toll of Americans has risen to 8.", "foreign_nationals"),
        # whom it was told to is not whom it counts
        ("A UN spokesman told reporters that the figure of about 35,000 dead still stood.", "all"),
    ],
)
def test_a_toll_named_before_its_count_names_its_subgroup(reference, text, subgroup):
    assert [f["subgroup"] for f in figures_in(reference, text, "en")] == [subgroup]


@pytest.mark.parametrize(
    ("language", "text", "subgroup"),
    [
        ("en", "UNRWA said 207 members of its staff had been killed in Gaza.", "un_staff"),
        ("en", "MSF said 12 members of its staff had been killed in Gaza.", "aid_workers"),
        # unattributed: "its" is the organisation the sentence names before the count
        ("en", "UNRWA pays tribute to the 207 members of its staff killed in Gaza.", "un_staff"),
        ("en", "MSF mourns the 12 members of its staff killed in Gaza.", "aid_workers"),
        ("es", "La UNRWA rinde homenaje a los 207 miembros de su personal muertos en Gaza.", "un_staff"),
    ],
)
def test_the_staff_of_an_organisation_are_of_its_kind(reference, language, text, subgroup):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == [subgroup]


@pytest.mark.parametrize(
    "text",
    [
        "The Gaza Civil Defence says 79 of its own members have been killed since October.",
        "The Gaza Civil Defence says 79 of its staff have been killed since October.",
        "The Gaza Civil Defence says 79 members of its staff have been killed since October.",
        # past an aside, "the agency" still points back to the civil defence
        "The Gaza Civil Defence said 35 people had been killed. The agency, whose crews were among the first"
        " at the scene, says 79 of its own members have been killed since October.",
    ],
)
def test_the_members_of_a_rescue_service_are_civil_defence(reference, text):
    figures = figures_in(reference, text, "en")
    assert [(f["subgroup"], f["attributed_to"]) for f in figures][-1] == (
        "civil_defence",
        "Gaza Civil Defence",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll stood at 492 dead — 35 of them children and 58 women — and 1,645 wounded."),
        ("en", "The toll stood at 492 dead, 35 of them children and 58 women, and 1,645 wounded."),
        ("es", "El balance hablaba de 492 muertos —35 de ellos niños y 58 mujeres— y 1.645 heridos."),
    ],
)
def test_a_count_after_a_list_of_parts_is_coordinated_with_their_whole(reference, language, text):
    subgroups = [(f["value"], f["subgroup"]) for f in figures_in(reference, text, language)]
    assert subgroups == [(492, "all"), (35, "children"), (58, "women"), (1645, "all")]


@pytest.mark.parametrize("staff", ["our UN colleagues", "UN personnel", "UN employees"])
def test_un_staff_named_as_such_are_un_staff_whoever_speaks(reference, staff):
    text = f"More than 400 aid workers have been killed in Gaza, more than 280 of them {staff}."
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["subgroup"]) for f in figures] == [(400, "aid_workers"), (280, "un_staff")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La OMS contabilizaba 28.473 muertos —más de 340 de ellos, trabajadores sanitarios— y 68.146"
            " heridos.",
        ),
        ("en", "WHO counted 28,473 dead, more than 340 of them, health workers, and 68,146 wounded."),
    ],
)
def test_a_part_named_past_a_comma_after_of_them_is_of_that_subgroup(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["subgroup"]) for f in figures] == [
        (28473, "all"),
        (340, "medical_staff"),
        (68146, "all"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "subgroup"),
    [
        (
            "fr",
            "Une vingtaine de secouristes ont été tués, selon la Défense civile libanaise.",
            "civil_defence",
        ),
        ("fr", "Deux secouristes du Croissant-Rouge ont été tués à Gaza.", "medical_staff"),
        ("es", "Una veintena de socorristas murieron, según la Defensa Civil libanesa.", "civil_defence"),
        ("es", "Dos socorristas murieron en Gaza.", "medical_staff"),
    ],
)
def test_rescuers_a_civil_defence_counts_are_its_own(reference, language, text, subgroup):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == [subgroup]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Au moins 35 Français ont été tués le 7 octobre."),
        ("fr", "Neuf ressortissants français sont portés disparus."),
        ("fr", "Quatre Franco-Israéliens sont retenus en otage."),
        ("fr", "Douze travailleurs étrangers ont été tués."),
        ("es", "Doce trabajadores extranjeros murieron."),
        ("en", "Eight Canadians were killed in Israel on October 7."),
        ("es", "Ocho canadienses murieron en Israel el 7 de octubre."),
        ("fr", "Huit Canadiens ont été tués en Israël le 7 octobre."),
    ],
)
def test_foreigners_named_by_their_nationality_are_foreign_nationals(reference, language, text):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["foreign_nationals"]


NATIONALS_KILLED = {
    "en": "Eight {} were killed in Israel on October 7.",
    "es": "Ocho {} murieron en Israel el 7 de octubre.",
    "fr": "Huit {} ont été tués en Israël le 7 octobre.",
}


@pytest.mark.parametrize(
    ("language", "nationals"),
    [
        ("en", "Mexicans"),
        ("en", "Brazilians"),
        ("en", "Peruvians"),
        ("en", "Colombians"),
        ("en", "Chileans"),
        ("en", "Italians"),
        ("en", "Spaniards"),
        ("en", "Tanzanians"),
        ("en", "Sri Lankans"),
        ("en", "Australians"),
        ("en", "Romanians"),
        ("en", "Moldovans"),
        ("en", "Mexican nationals"),
        ("es", "mexicanos"),
        ("es", "brasileños"),
        ("es", "peruanos"),
        ("es", "colombianos"),
        ("es", "chilenos"),
        ("es", "chinos"),
        ("es", "italianos"),
        ("es", "españoles"),
        ("es", "ucranianos"),
        ("es", "tanzanos"),
        ("es", "australianos"),
        ("es", "rumanos"),
        ("es", "moldavos"),
        ("fr", "Mexicains"),
        ("fr", "Brésiliens"),
        ("fr", "Péruviens"),
        ("fr", "Colombiens"),
        ("fr", "Chiliens"),
        ("fr", "Chinois"),
        ("fr", "Italiens"),
        ("fr", "Espagnols"),
        ("fr", "Ukrainiens"),
        ("fr", "Tanzaniens"),
        ("fr", "Sri-Lankais"),
        ("fr", "Australiens"),
        ("fr", "Roumains"),
        ("fr", "Moldaves"),
        ("en", "Indians"),
        ("en", "Indian nationals"),
        ("en", "Ethiopians"),
        ("en", "Eritreans"),
        ("en", "Somalis"),
        ("en", "Pakistanis"),
        ("en", "foreign agricultural workers"),
        ("en", "foreign farm workers"),
        ("es", "indios"),
        ("es", "etíopes"),
        ("es", "eritreos"),
        ("es", "somalíes"),
        ("es", "paquistaníes"),
        ("fr", "Indiens"),
        ("fr", "Éthiopiens"),
        ("fr", "Érythréens"),
        ("fr", "Somaliens"),
        ("fr", "Pakistanais"),
    ],
)
def test_nationals_of_other_countries_are_foreign_nationals(reference, language, nationals):
    text = NATIONALS_KILLED[language].format(nationals)
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["foreign_nationals"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Según el CPJ, al menos 128 periodistas y trabajadores de prensa murieron en Gaza."),
        ("es", "Según el CPJ, al menos 128 periodistas y trabajadores de los medios murieron en Gaza."),
        ("fr", "Selon le CPJ, au moins 128 journalistes et employés des médias ont été tués à Gaza."),
        ("fr", "Selon le CPJ, au moins 128 journalistes et professionnels des médias ont été tués à Gaza."),
    ],
)
def test_media_workers_are_journalists_whoever_counts_them(reference, language, text):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["journalists"]


@pytest.mark.parametrize(
    "text",
    [
        "HRANA said 1,054 people had been killed in Iran, including 318 military personnel.",
        "Some 20 US service members were wounded in Iraq, the Pentagon said.",
    ],
)
def test_military_personnel_and_service_members_are_soldiers(reference, text):
    assert [f["subgroup"] for f in figures_in(reference, text, "en")][-1] == "soldiers"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Vingt et un réservistes ont été tués lundi dans la bande de Gaza."),
        ("es", "Veintiún reservistas murieron el lunes en la Franja de Gaza."),
    ],
)
def test_reservists_are_soldiers(reference, language, text):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["soldiers"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Three children were killed in the strike and two others were wounded, civil defence said."),
        (
            "fr",
            "Trois enfants ont été tués dans la frappe, et deux autres blessés, selon la Défense civile.",
        ),
        ("es", "Tres niños murieron en el ataque y otros dos resultaron heridos, según la Defensa Civil."),
    ],
)
def test_others_after_a_count_are_of_its_group(reference, language, text):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["children", "children"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 93 people were killed, including 25 children, and 40 others were wounded."),
        (
            "fr",
            "Au moins 93 personnes ont été tuées, dont 25 enfants, et 40 autres ont été blessées.",
        ),
    ],
)
def test_others_after_a_part_are_of_the_group_of_its_whole(reference, language, text):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["all", "children", "all"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The deaths bring the number of soldiers killed since the ground offensive began to 219,"
            " and to 556 since October 7.",
        ),
        (
            "fr",
            "Ces morts portent le nombre de soldats tués à 219 depuis l'offensive terrestre,"
            " et à 556 depuis le 7 octobre.",
        ),
    ],
)
def test_a_count_after_and_and_the_same_preposition_is_of_the_group_before(reference, language, text):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["soldiers", "soldiers"]


@pytest.mark.parametrize(
    "text",
    [
        "Parmi les morts figurent une quarantaine de femmes et d'enfants.",
        "Parmi les morts figurent une quarantaine de femmes et enfants.",
    ],
)
def test_women_and_children_counted_together_in_french(reference, text):
    assert [f["subgroup"] for f in figures_in(reference, text, "fr")] == ["women_and_children"]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("Some 300 people were wounded. Doctors said 31 of those people are children.", "children"),
        ("Hamas holds 130 hostages. Of them, 20 hostages are women.", "women"),
    ],
)
def test_a_copula_names_the_group_of_a_count_whose_noun_names_none(reference, text, subgroup):
    assert figures_in(reference, text, "en")[-1]["subgroup"] == subgroup


def test_a_tolls_agent_is_not_the_group_it_counts(reference):
    text = "The minister said the toll from the blasts of radios used by Hezbollah members had risen to 25."
    assert [(f["value"], f["subgroup"]) for f in figures_in(reference, text, "en")] == [(25, "all")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ministry said 13 of the 600 dead were children."),
        ("es", "Según el ministerio, 13 de los 600 muertos eran niños."),
        ("fr", "Selon le ministère, 13 des 600 morts étaient des enfants."),
    ],
)
def test_the_whole_after_its_part_is_not_of_the_parts_group(reference, language, text):
    assert [f["subgroup"] for f in figures_in(reference, text, language)] == ["children", "all"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "UNIFIL said that four Italian peacekeepers were lightly injured."),
        ("es", "La FINUL informó de que cuatro cascos azules italianos resultaron heridos."),
        ("fr", "La Finul a indiqué que quatre Casques bleus italiens avaient été blessés."),
    ],
)
def test_peacekeepers_are_un_staff(reference, language, text):
    assert [(f["subgroup"], f["value"]) for f in figures_in(reference, text, language)] == [("un_staff", 4)]
