"""Counts listed after a count that add up to it are its parts; counts that do not add up are their own."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in
from tests.etl.extract.parts.helpers import CPJ, parts_of


def test_counts_listed_with_a_copula_each_are_parts_of_one_whole(reference):
    text = CPJ + "Of those killed, 170 were Palestinians, two were Israelis and six were Lebanese."
    assert parts_of(reference, text) == [
        (170, "killed", "journalists"),
        (2, "killed", "journalists"),
        (6, "killed", "journalists"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hamas freed 24 hostages, 13 Israelis and 11 foreigners."),
        ("es", "Hamás liberó a 24 rehenes, 13 israelíes y 11 extranjeros."),
        ("fr", "Le Hamas a libéré 24 otages, 13 Israéliens et 11 étrangers."),
    ],
)
def test_counts_set_after_a_count_by_a_comma_that_add_up_to_it_are_its_parts(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (24, "hostages_released", "all"),
        (13, "hostages_released", "all"),
        (11, "hostages_released", "foreign_nationals"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Strikes killed 30 people, 20 men, 6 women and 4 children.",
        "Strikes killed 30 people, 20 men, 6 women, and 4 children.",
    ],
)
def test_parts_listed_with_commas_and_and_add_up_to_their_whole(reference, text):
    assert [(f["value"], f["subgroup"]) for f in figures_in(reference, text)] == [
        (30, "all"),
        (20, "men"),
        (6, "women"),
        (4, "children"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel freed 39 Palestinians (24 women and 15 minors) who were held in Israeli prisons."),
        ("en", "Israel freed 39 Palestinians — 24 women and 15 minors — who were held in Israeli prisons."),
        # a relative clause past the comma that closes the list tells of the whole
        ("en", "Israel freed 39 Palestinians, 24 women and 15 minors, who were held in Israeli prisons."),
        ("es", "Israel excarceló a 39 palestinos —24 mujeres y 15 menores— que permanecían en las cárceles."),
    ],
)
def test_parts_set_off_by_dashes_or_brackets_are_parts_of_the_count_before(reference, language, text):
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, language)] == [
        (39, "prisoners_released", "all"),
        (24, "prisoners_released", "women"),
        (15, "prisoners_released", "children"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas freed 24 hostages. 13 Israelis and 11 foreigners.",  # no comma sets them after it
        # a clause of its own between the count and the comma
        "Hamas freed 24 hostages as Israel released prisoners, 13 women and 11 minors.",
        "Hamas freed 24 hostages on Friday as the truce went into its sixth day, 13 women and 11 minors.",
    ],
)
def test_counts_after_a_count_that_are_no_breakdown_of_it_are_not_parts(reference, text):
    hostages = [f["value"] for f in figures_in(reference, text) if f["metric"].startswith("hostages")]
    assert hostages == [24]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Strikes killed 12 women, eight children and three men."),
        ("en", "The dead included 12 women, eight children and three men, according to the Red Crescent."),
        ("es", "Los bombardeos mataron a 12 mujeres, ocho niños y tres hombres."),
        ("fr", "Les frappes ont tué 12 femmes, huit enfants et trois hommes."),
    ],
)
def test_counts_listed_after_a_verb_share_it(reference, language, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, language)] == [
        (12, "killed"),
        (8, "killed"),
        (3, "killed"),
    ]


def test_counts_listed_that_do_not_add_up_are_counts_of_the_verb_not_parts(reference):
    text = "Hamas freed 24 hostages, 13 Israelis and 10 foreigners."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text, "en")] == [
        (24, "hostages_released"),
        (13, "hostages_released"),
        (10, "hostages_released"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Pendant la trêve, 105 otages ont été libérés — 81 Israéliens, 23 Thaïlandais et un Philippin.",
        ),
        (
            "es",
            "Durante la tregua, 105 rehenes fueron liberados —81 israelíes, 23 tailandeses y un filipino—.",
        ),
        ("en", "During the truce, 105 hostages were freed (81 Israelis, 23 Thais and a Filipino)."),
    ],
)
def test_parts_set_off_by_a_dash_after_the_counts_verb_with_one_more_by_its_article(
    reference, language, text
):
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text, language)]
    assert found == [(105, "hostages_released"), (81, "hostages_released"), (23, "hostages_released")]


def test_counts_after_a_dash_that_do_not_add_up_are_not_parts(reference):
    # one more would not close the list: 81 and 22 are not 105 less one
    text = "During the truce, 105 hostages were freed — 81 Israelis, 22 Thais and a Filipino."
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text)]
    assert (105, "hostages_released") in found and (22, "hostages_released") not in found


def test_parts_listed_with_a_copula_after_a_part_of_them_share_its_whole(reference):
    text = (
        "At least 192 journalists have been killed since the war began. Of them, 185 were Palestinians"
        " killed in Gaza, two were Israelis killed in Israel and five were killed in Lebanon."
    )
    found = [(f["value"], f["subgroup"], f["location"]) for f in figures_in(reference, text)]
    assert found[1:] == [
        (185, "journalists", "Gaza"),
        (2, "journalists", "Israel"),
        (5, "journalists", "Lebanon"),
    ]


def test_parts_listed_with_a_copula_after_of_them_share_its_whole(reference):
    text = (
        "At least 192 journalists have been killed since the war began. CPJ says 185 of them were"
        " Palestinians, two were Israelis and five were Lebanese."
    )
    found = [(f["value"], f["subgroup"]) for f in figures_in(reference, text)]
    assert found[1:] == [(185, "journalists"), (2, "journalists"), (5, "journalists")]


@pytest.mark.parametrize("things", ["groups", "batches", "stages", "phases", "rounds"])
def test_counts_that_add_up_to_a_count_after_its_clause_and_a_count_of_things_are_its_parts(
    reference, things
):
    # an article after a part opens no noun of its own ("13 a few hours later")
    text = (
        f"The 20 living hostages were handed to the Red Cross on Monday in two {things}, seven in the morning"
        " and 13 a few hours later."
    )
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (20, "hostages_released"),
        (7, "hostages_released"),
        (13, "hostages_released"),
    ]


def test_counts_after_a_count_of_things_that_do_not_add_up_are_no_parts(reference):
    text = "The 20 hostages were handed to the Red Cross in two groups, seven on Monday and 14 on Tuesday."
    assert [f["value"] for f in figures_in(reference, text) if f["metric"] == "hostages_released"] == [20]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The last 20 living hostages were freed on Monday. Hamas handed them to the Red Cross in two"
            " groups: seven in the morning in Gaza City, and 13 more a few hours later in Khan Younis.",
        ),
        (
            "en",
            "The last 20 living hostages were freed on Monday. They were handed to the Red Cross in two"
            " groups on Monday morning, seven at first in northern Gaza and then 13 more in Khan Younis.",
        ),
        (
            "es",
            "Los últimos 20 rehenes vivos fueron liberados el lunes. Fueron entregados a la Cruz Roja en dos"
            " grupos, siete primero en el norte de Gaza y luego 13 más en Jan Yunis.",
        ),
        (
            "es",
            "Los últimos 20 rehenes vivos fueron liberados el lunes. Fueron entregados a la Cruz Roja en dos"
            " grupos, siete primero en el norte de Gaza y después 13 más en Jan Yunis.",
        ),
        (
            "fr",
            "Les 20 derniers otages vivants ont été libérés lundi. Ils ont été remis à la Croix-Rouge en deux"
            " groupes : sept d'abord dans le nord de Gaza, puis 13 autres à Khan Younès.",
        ),
        (
            "fr",
            "Les 20 derniers otages vivants ont été libérés lundi. Ils ont été remis à la Croix-Rouge en deux"
            " groupes : sept d'abord dans le nord de Gaza, et ensuite 13 autres à Khan Younès.",
        ),
    ],
)
def test_counts_listed_past_a_count_of_things_that_add_up_to_the_last_sentences_count_are_its_parts(
    reference, language, text
):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (20, "hostages_released"),
        (7, "hostages_released"),
        (13, "hostages_released"),
    ]


@pytest.mark.parametrize(
    ("language", "things"),
    [("es", "tandas"), ("es", "fases"), ("es", "etapas"), ("fr", "phases"), ("fr", "étapes")],
)
def test_a_count_of_stages_is_no_figure(reference, language, things):
    text = {
        "es": f"Los 20 rehenes fueron liberados en dos {things}.",
        "fr": f"Les 20 otages ont été libérés en deux {things}.",
    }[language]
    assert [f["value"] for f in figures_in(reference, text, language)] == [20]


def test_parts_listed_with_commas_after_a_modifier_share_their_whole(reference):
    text = (
        "Of the 74 deaths recorded this year, 63 occurred in July, including 24 children under five years of"
        " age, one child older than five, and 38 adults."
    )
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text)] == [
        (74, "killed", "all"),
        (63, "killed", "all"),
        (24, "killed", "children"),
        (1, "killed", "children"),
        (38, "killed", "all"),
    ]


def test_parts_listed_after_a_modifier_a_comma_and_a_conjunction_share_their_whole(reference):
    text = (
        "183 prisoners were released, including 18 serving life sentences and 54 serving long sentences, as"
        " well as 111 people from Gaza who had been detained during the war."
    )
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (183, "prisoners_released"),
        (18, "prisoners_released"),
        (54, "prisoners_released"),
        (111, "prisoners_released"),
    ]


def test_counts_that_add_up_to_a_count_past_where_its_people_were_are_its_parts(reference):
    text = (
        "Los ataques han causado la muerte de al menos 49 personas en el norte de Israel y en los Altos del"
        " Golán ocupados, 26 civiles y 23 militares, según la AFP."
    )
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, "es")] == [
        (49, "killed", "all"),
        (26, "killed", "civilians"),
        (23, "killed", "soldiers"),
    ]
