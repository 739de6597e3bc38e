"""A verb shared by counts listed together (etl.extract.shared_verbs)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("part", "metric"),
    [
        # past the aside about its part, the verb is the count's own, not that of the count it is part of
        ("among them 154 children, who died", "killed"),
        ("including 154 children, who later died", "killed"),
        # with no verb after the aside, the count is of its whole's kind
        ("among them 154 children", "injured"),
        # a relative with no comma before it is the part's alone
        ("among them 154 children who died", "injured"),
        # and so is one after a count that is no part of it
        ("and 154 children, who died", "injured"),
    ],
)
def test_a_count_whose_verb_follows_the_aside_about_its_part_takes_that_verb(reference, part, metric):
    text = f"Since October 2023, 2,500 people have been injured. This includes 459 women, {part}."
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in figures][:2] == [(2500, "injured"), (459, metric)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to AFP, 111 of the 251 people abducted on October 7 are still held in Gaza."),
        ("fr", "Selon l'AFP, 111 des 251 personnes enlevées le 7 octobre sont toujours retenues à Gaza."),
        (
            "es",
            "Según la AFP, 111 de las 251 personas secuestradas el 7 de octubre siguen retenidas en Gaza.",
        ),
    ],
)
def test_a_part_takes_the_verb_after_its_whole_and_the_whole_its_own_participle(reference, language, text):
    found = [(f["value"], f["metric"]) for f in figures_in(reference, text, language)]
    assert found == [(111, "hostages_held"), (251, "hostages_taken")]


def test_a_whole_with_no_participle_of_its_own_keeps_its_nouns_kind(reference):
    found = figures_in(reference, "Israel says 37 of the 101 hostages in Gaza are dead.", "en")
    assert [(f["value"], f["metric"]) for f in found] == [(37, "hostages_dead"), (101, "hostages_held")]


@pytest.mark.parametrize("holders", ["foreign passport holders", "foreign passport-holders"])
def test_the_verb_after_a_part_set_off_with_including_is_the_wholes(reference, holders):
    text = f"Hamas said that 60 hostages, including 23 {holders}, had been killed in the bombardment."
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, "en")]
    assert found == [(60, "hostages_dead", "all"), (23, "hostages_dead", "foreign_nationals")]


def test_the_verb_after_parts_listed_together_is_theirs_not_their_wholes(reference):
    text = (
        "The ministry said 900 people were killed and 4,000 hurt, including 120 children and 80 women killed."
    )
    found = [(f["value"], f["metric"], f["subgroup"]) for f in figures_in(reference, text, "en")]
    assert found == [
        (900, "killed", "all"),
        (4000, "injured", "all"),
        (120, "killed", "children"),
        (80, "killed", "women"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Eight hostages, three Israelis and five Thai nationals, were freed in Gaza today.",
        "Eight hostages - three Israelis and five Thai nationals - were freed in Gaza today.",
        "Eight hostages — three Israelis and five Thai nationals — were freed in Gaza today.",
        "Eight hostages (three Israelis and five Thai nationals) were freed in Gaza today.",
    ],
)
def test_the_verb_after_parts_set_off_is_the_wholes_and_theirs(reference, text):
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in figures] == [
        (8, "hostages_released"),
        (3, "hostages_released"),
        (5, "hostages_released"),
    ]
