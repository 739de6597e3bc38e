"""A name's head word in lower case ("the forum", "the club") stands for the source so named before."""

from __future__ import annotations

import pytest

from tests.etl.extract.attribution.helpers import sources_of


@pytest.mark.parametrize(
    "second",
    [
        "The forum said 40 of them are dead.",
        "According to the forum, 40 of them are dead.",
        "Some 40 of them are dead, the forum said.",
    ],
)
def test_the_head_word_of_a_name_said_before_is_that_source(reference, second):
    text = "The Hostages and Missing Families Forum said 120 hostages remain in Gaza. " + second
    assert sources_of(reference, text) == ["Hostages and Missing Families Forum"] * 2


def test_the_head_word_points_back_past_a_source_that_spoke_since(reference):
    text = (
        "The Palestinian Prisoners' Club said 300 people were arrested in the West Bank. "
        "The health ministry said 12 people were killed in Jenin. "
        "Since October, Israeli forces have arrested more than 8,430 Palestinians, according to the club."
    )
    assert sources_of(reference, text) == [
        "Palestinian Prisoners' Club",
        "Palestinian Health Ministry",
        "Palestinian Prisoners' Club",
    ]


def test_a_head_word_no_name_said_before_holds_is_no_source(reference):
    text = "UNICEF said 1,580 children were killed in Gaza. The committee said 30 journalists were killed."
    assert sources_of(reference, text) == ["UNICEF", ""]


def test_the_same_one_is_still_the_last_source_that_spoke(reference):
    text = (
        "Según el Ministerio de Salud libanés, 2.255 personas murieron en el Líbano. "
        "El mismo departamento informó de que 22 personas murieron en Beirut."
    )
    assert sources_of(reference, text, "es") == ["Lebanese Health Ministry"] * 2


def test_a_capitalised_head_word_points_back_too(reference):
    text = (
        "The Hostages and Missing Families Forum said 120 hostages remain in Gaza. "
        "UNICEF said 1,580 children were killed in Gaza. The Forum said 40 hostages are dead."
    )
    assert sources_of(reference, text) == ["Hostages and Missing Families Forum", "UNICEF"] + [
        "Hostages and Missing Families Forum"
    ]


def test_a_head_word_that_opens_a_longer_name_does_not_point_back(reference):
    text = (
        "The Hostages and Missing Families Forum said 120 hostages remain in Gaza. "
        "UNICEF said 1,580 children were killed in Gaza. The Forum for Regional Thinking said 40 were killed."
    )
    assert sources_of(reference, text)[2] != "Hostages and Missing Families Forum"


def test_a_pronoun_of_the_tables_that_is_also_a_head_word_is_still_the_last_source_that_spoke(reference):
    text = "UNICEF said 1,580 children were killed in Gaza. The office also said 2,600 were wounded."
    assert sources_of(reference, text) == ["UNICEF", "UNICEF"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "At least 20 people were killed in Gaza, the civil defence agency said. Israeli media reported "
            "that 3 soldiers were killed. A strike killed 21 people, according to the same agency.",
            ["Gaza Civil Defence", "Israeli media", "Gaza Civil Defence"],
        ),
        (
            "en",
            "UNICEF said 12 children were killed in Gaza. Hamas said 4 hostages were killed. "
            "According to the same source, 7 people were injured.",
            ["UNICEF", "Hamas", "Hamas"],
        ),
    ],
)
def test_according_to_the_same_noun_is_the_last_source_so_named_else_the_last_that_spoke(
    reference, language, text, expected
):
    assert sources_of(reference, text, language) == expected
