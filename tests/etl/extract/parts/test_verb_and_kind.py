"""Which verb and kind a part takes from its whole, and the counts that are no part and take none."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Five journalists were among at least 20 people killed in the strikes."),
        ("es", "Cinco periodistas estaban entre los 20 muertos de los bombardeos."),
        ("fr", "Cinq journalistes figuraient parmi les 20 personnes tuées dans les frappes."),
    ],
)
def test_a_part_among_the_count_after_it_takes_its_metric(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == [
        (5, "killed", "journalists"),
        (20, "killed", "all"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 1,580 health workers have been killed, and 18 of the 36 hospitals still work."),
        ("en", "At least 1,580 health workers have been killed, and 18 of Gaza's 36 hospitals still work."),
        ("es", "Al menos 1.580 sanitarios han muerto y solo 18 de los 36 hospitales funcionan."),
        ("fr", "Au moins 1 580 soignants ont été tués et seuls 18 des 36 hôpitaux fonctionnent."),
        ("en", "At least 1,580 health workers have been killed, and 18 of its 36 facilities still work."),
    ],
)
def test_a_share_of_a_count_of_things_counts_things(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [(1580, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Over 300 of its facilities have been damaged, and more than 700 people have been killed.",
        # a noun the tables do not know: its own verb ends the list
        "Over 300 of its warehouses have been looted, and more than 700 people have been killed.",
    ],
)
def test_a_count_with_a_verb_of_its_own_takes_no_verb_from_the_count_after_it(reference, text):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [(700, "killed")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 130 hostages remain in Gaza, although around 30 are believed to have died."),
        ("es", "Unos 130 rehenes siguen en Gaza, aunque unos 30 habrían muerto."),
        ("fr", "Quelque 130 otages restent à Gaza, bien que 30 soient morts."),
        ("fr", "Quelque 130 otages restent à Gaza, même si 30 seraient morts."),
        ("en", "About 130 hostages remain in Gaza, though 30 are thought to be dead."),
        ("es", "Unos 130 rehenes siguen en Gaza, si bien 30 habrían muerto."),
        ("fr", "Quelque 130 otages restent à Gaza, quoique 30 seraient morts."),
    ],
)
def test_a_bare_count_conceded_of_the_count_before_is_its_part(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["location"]) for f in figures] == [
        (130, "hostages_held", "Gaza"),
        (30, "hostages_dead", "Gaza"),
    ]


def test_a_count_with_a_noun_of_its_own_after_a_concession_is_no_part(reference):
    text = "Hamas freed three hostages, although 20 Palestinians were killed in strikes on Saturday."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (3, "hostages_released"),
        (20, "killed"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb after the whole is the part's; a whole of plain people counts nothing of its own
        ("The army said 12 of the 40 soldiers were wounded.", [(12, "injured", "soldiers")]),
        ("Seven of the 20 journalists were killed.", [(7, "killed", "journalists")]),
        # a verb with no auxiliary, after a whole named by its own event
        (
            "Five of the 12 wounded soldiers died.",
            [(5, "killed", "soldiers"), (12, "injured", "soldiers")],
        ),
        # the copula after the whole and its participle is the part's
        (
            "Five of the 12 people killed in the strike were children.",
            [(5, "killed", "children"), (12, "killed", "all")],
        ),
    ],
)
def test_a_part_before_its_whole_takes_the_verb_and_group_of_the_whole(reference, text, expected):
    figures = figures_in(reference, text)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two Israeli hostages were among the 12 people freed on Friday.",
            [(2, "hostages_released"), (12, "hostages_released")],
        ),
        (
            "Two hostages were among the 30 people killed in the strike.",
            [(2, "hostages_dead"), (30, "killed")],
        ),
        # past the noun's own words
        (
            "Officials said 65 prisoners of war were among the 74 people killed in the crash.",
            [(65, "killed"), (74, "killed")],
        ),
    ],
)
def test_a_count_of_a_kind_among_a_count_shares_its_event_but_lends_it_no_kind(reference, text, expected):
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == expected


def test_a_whole_with_no_noun_of_its_own_takes_the_kind_named_before_it(reference):
    text = (
        "Hamas still holds 59 hostages out of the 251 abducted, and the army counts 35 of those still held"
        " as dead."
    )
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [
        (59, "hostages_held"),
        (251, "hostages_taken"),
        (35, "hostages_dead"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The office recorded 1,373 Palestinians killed since late May, 859 of them near aid sites."),
        (
            "en",
            "The office recorded 1,373 Palestinians killed since late May, 859 of them outside aid sites.",
        ),
        ("es", "La oficina registró 1.373 palestinos muertos, 859 de ellos cerca de centros de ayuda."),
        ("fr", "Le bureau a recensé 1 373 Palestiniens tués, dont 859 près de sites d'aide."),
    ],
)
def test_a_thing_past_a_preposition_after_a_part_is_where_not_what(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [(1373, "killed"), (859, "killed")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Hundreds were killed, including 90 children.", [(90, "killed", "children")]),
        (
            "en",
            "Dozens of Palestinians were wounded, among them 12 journalists.",
            [(12, "injured", "journalists")],
        ),
        ("es", "Cientos de personas murieron, entre ellas 90 niños.", [(90, "killed", "children")]),
        ("fr", "Des centaines de personnes ont été tuées, dont 90 enfants.", [(90, "killed", "children")]),
    ],
)
def test_a_part_of_a_whole_too_vague_to_be_a_figure_takes_the_wholes_verb(
    reference, language, text, expected
):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"], f["subgroup"]) for f in figures] == expected


def test_a_count_that_is_no_part_takes_no_verb_from_before_it(reference):
    text = "Strikes killed dozens of people, as talks turned to the fate of 59 hostages."
    assert [(f["value"], f["metric"]) for f in figures_in(reference, text)] == [(59, "hostages_held")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Of the 251 people abducted, 73 are still held in Gaza, including at least 35 who are dead."),
        (
            "fr",
            "Sur les 251 personnes enlevées, 73 sont toujours retenues à Gaza, dont au moins 35 sont mortes"
            " selon l'armée.",
        ),
    ],
)
def test_a_part_is_of_the_kind_its_whole_was_read_as(reference, language, text):
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (251, "hostages_taken"),
        (73, "hostages_held"),
        (35, "hostages_dead"),
    ]


def test_a_clause_about_whose_a_source_is_tells_nothing_of_the_count(reference):
    text = (
        "The dead included 12 women and three elderly people, according to the Red Crescent, whose teams"
        " took the wounded to a field hospital."
    )
    assert [f["metric"] for f in figures_in(reference, text, "en")] == ["killed", "killed"]


def test_a_count_with_a_finite_verb_of_its_own_after_a_part_is_no_part(reference):
    text = (
        "The ministry says 1,799 people have been killed since Saturday, including 583 children, and"
        " 6,388 have been wounded."
    )
    figures = figures_in(reference, text, "en")
    assert [(f["metric"], f["subgroup"]) for f in figures] == [
        ("killed", "all"),
        ("killed", "children"),
        ("injured", "all"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El ministerio elevó a 492 la cifra de muertos, entre ellos 35 niños y 58 mujeres, mientras que "
            "los heridos ascienden a 1.645.",
        ),
        (
            "en",
            "The ministry said 492 people were killed, including 35 children and 58 women, while "
            "1,645 were wounded.",
        ),
        (
            "fr",
            "Le ministère a fait état de 492 morts, dont 35 enfants et 58 femmes, tandis que les blessés "
            "sont 1 645.",
        ),
    ],
)
def test_a_part_takes_no_verb_from_a_clause_of_contrast_after_it(reference, language, text):
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text, language)]
    assert (58, "killed") in found and (1645, "injured") in found


def test_a_label_before_a_count_with_its_own_verb_gives_its_parts_no_event(reference):
    # the parts of a count with its own verb are of its kind, not of the label's
    text = (
        "On casualties: the ministry in Gaza says 1,799 Palestinians have been killed, "
        "including 583 children and 351 women."
    )
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in figures] == [
        (1799, "killed"),
        (583, "killed"),
        (351, "killed"),
    ]
