"""What kind of people a count counts (etl.extract.count_kinds, and the kinds etl.extract.reading gives)."""

from __future__ import annotations

import pytest

from tests.etl.extract.conftest import figures_in


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Militants seized 251 people, 116 of whom are still held in Gaza, including 42 who are dead."),
        (
            "es",
            "Los milicianos secuestraron a 251 personas, de las que 116 siguen retenidas en Gaza, "
            "incluidas 42 que están muertas.",
        ),
    ],
)
def test_a_part_of_a_part_of_people_abducted_counts_hostages(reference, language, text):
    # the whole is read as "people" abducted; what they are, for its parts, is hostages
    figures = figures_in(reference, text, language)
    assert [(f["value"], f["metric"]) for f in figures] == [
        (251, "hostages_taken"),
        (116, "hostages_held"),
        (42, "hostages_dead"),
    ]


def test_a_count_after_those_of_people_abducted_counts_hostages(reference):
    text = (
        "Militants abducted 251 people during the attack, according to Israeli figures. "
        "Of those, 49 are still in Gaza."
    )
    figures = figures_in(reference, text, "en")
    assert [(f["value"], f["metric"]) for f in figures] == [(251, "hostages_taken"), (49, "hostages_held")]


@pytest.mark.parametrize(
    ("text", "metric", "location"),
    [
        ("Israel freed 250 people on Monday.", "prisoners_released", "Israel"),
        ("Under the deal, Israel will release 250 people.", "prisoners_released", "Israel"),
        ("160 doctors are held by Israel.", "prisoners_held", "Israel"),
        # whom Hamas frees are hostages
        ("Hamas freed 20 people on Monday.", "hostages_released", "Gaza"),
        # a place named before the verb is not who frees them
        (
            "Hamas freed 20 people. All 20 had crossed into Israel after being freed.",
            "hostages_released",
            "Gaza",
        ),
    ],
)
def test_people_israel_holds_or_frees_are_its_prisoners(reference, text, metric, location):
    figures = figures_in(reference, text, "en")
    assert {(f["metric"], f["location"]) for f in figures} == {(metric, location)}
