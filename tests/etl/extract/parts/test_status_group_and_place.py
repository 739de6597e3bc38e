"""What else a part shares with its whole or keeps as its own: status, group, place, and what befell it."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Protesters demanded a deal to bring home the 48 hostages still held in Gaza, "
            "of whom Israel believes 20 are alive.",
        ),
        (
            "es",
            "Los manifestantes exigieron un acuerdo para traer de vuelta a los 48 rehenes que siguen "
            "retenidos en Gaza, de los cuales Israel estima que 20 siguen con vida.",
        ),
        (
            "fr",
            "Les manifestants réclament un accord pour ramener les 48 otages encore détenus à Gaza, "
            "dont Israël estime que 20 sont en vie.",
        ),
    ],
)
def test_a_part_a_source_speaks_of_shares_the_status_of_its_whole(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["status"]) for f in figures] == [
        (48, "hostages_held", "reported"),
        (20, "hostages_held", "reported"),
    ]


def test_a_status_cue_between_a_whole_and_its_part_is_the_parts_own(reference):
    figures = figures_in(reference, "Hamas holds 59 hostages and has offered to free 10 of them.")
    assert [(f["value"], f["metric"], f["status"]) for f in figures] == [
        (59, "hostages_held", "reported"),
        (10, "hostages_released", "proposed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the hostages, eight were rescued alive by troops.", [(8, "hostages_rescued", "all")]),
        ("Of those killed, 12 were killed by soldiers.", [(12, "killed", "all")]),
        ("Of those killed, 12 were reportedly children.", [(12, "killed", "children")]),
    ],
)
def test_the_agent_of_a_passive_after_a_copula_is_not_the_group_counted(reference, text, expected):
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == expected


def test_a_part_of_a_count_placed_by_its_text_keeps_the_place_of_its_whole(reference):
    text = (
        "Israeli forces have arrested more than 18,500 people in the West Bank, including 570 women and"
        " about 1,500 children."
    )
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == [
        (18500, "prisoners_held", "West Bank"),
        (570, "prisoners_held", "West Bank"),
        (1500, "prisoners_held", "West Bank"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Israel freed 1,968 prisoners, including 250 serving life sentences and 1,718 detained in Gaza.",
        ),
        (
            "en",
            "Israel began freeing 1,968 prisoners. They include 250 serving life sentences and 1,718 people"
            " detained in Gaza during the war.",
        ),
        (
            "es",
            "Israel liberó a 1.968 presos, entre ellos 250 condenados a cadena perpetua y 1.718 detenidos en"
            " Gaza.",
        ),
    ],
)
def test_a_part_of_a_release_is_released_however_it_came_to_be_held(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (1968, "prisoners_released"),
        (250, "prisoners_released"),
        (1718, "prisoners_released"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel freed 90 prisoners, including 20 women who were held without charge.",
            [(90, "prisoners_released"), (20, "prisoners_released")],
        ),
        (
            "Hamas freed 20 hostages, including eight soldiers who had been held in tunnels.",
            [(20, "hostages_released"), (8, "hostages_released")],
        ),
        (
            "Hamas freed 20 hostages, including 10 abducted from the Nova festival.",
            [(20, "hostages_released"), (10, "hostages_released")],
        ),
        # where the dead had fled to is where they died
        (
            "Strikes killed 30 people, including 12 children who were sheltering in a school.",
            [(30, "killed"), (12, "killed")],
        ),
        (
            "Strikes killed 30 people, including 12 children sheltering in a school.",
            [(30, "killed"), (12, "killed")],
        ),
        # a part's own verb stands
        (
            "Hamas freed 20 hostages, including eight who were confirmed dead.",
            [(20, "hostages_released"), (8, "hostages_dead")],
        ),
    ],
)
def test_a_relative_clause_or_participle_tells_of_a_parts_past(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == expected


def test_the_remains_of_a_count_are_dead_whatever_state_its_parts_are_in(reference):
    text = "The bodies of seven hostages, six Israelis and one Thai, are still in Gaza."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (7, "hostages_dead"),
        (6, "hostages_dead"),
        (1, "hostages_dead"),
    ]


def test_a_part_handed_over_of_the_dead_is_dead(reference):
    found = figures_in(reference, "Hamas has returned 13 of 28 deceased hostages.", "en")
    assert [(f["value"], f["metric"]) for f in found] == [(13, "hostages_dead"), (28, "hostages_dead")]


@pytest.mark.parametrize(
    "text",
    [
        "Israel released 1,968 prisoners. Of these, 250 were serving long sentences, while 1,718 were Gazans"
        " detained during the war.",
        "Israel released 1,968 prisoners. Of these, 250 were serving long sentences and 1,718 were Gazans"
        " detained during the war.",
    ],
)
def test_a_part_that_is_people_detained_before_is_released_with_its_whole(reference, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (1968, "prisoners_released"),
        (250, "prisoners_released"),
        (1718, "prisoners_released"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Israel released 1,968 prisoners, according to the prison service — 250 serving life sentences and"
        " 1,718 people from Gaza who had been detained during the war.",
        "Israel released 1,968 prisoners, including 1,718 people from Gaza who had been detained in the war.",
    ],
)
def test_the_past_of_a_part_of_a_release_told_past_where_they_are_from_is_no_count_of_its_own(
    reference, text
):
    assert {f["metric"] for f in figures_in(reference, text)} == {"prisoners_released"}


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The Israeli military says at least 42 of the hostages still held are dead.", "hostages_dead"),
        ("The army says 42 of the hostages still held in Gaza are believed dead.", "hostages_dead"),
        ("The 24 hostages still held in Gaza are dead, the army says.", "hostages_dead"),
        # no copula of the count's own: the state is the count's
        ("Hamas holds 100 of the hostages still held in Gaza.", "hostages_held"),
    ],
)
def test_a_copula_past_a_state_still_held_says_what_befell_the_count(reference, text, metric):
    assert [f["metric"] for f in figures_in(reference, text, "en")] == [metric]
