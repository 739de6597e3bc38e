"""Which count a count is part of (etl.extract.parts)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.etl.extract.conftest import figures_in

CPJ = "The war has killed at least 178 journalists, the Committee to Protect Journalists said.\n"


def parts_of(reference, text: str) -> list[tuple[int, str, str]]:
    figures = figures_in(reference, text, published=date(2025, 8, 12))
    return [(f["value"], f["metric"], f["subgroup"]) for f in figures][1:]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of those killed, 170 were Palestinians.",
        "Among those killed, 170 were Palestinians.",
        "Among those killed were 170 Palestinians.",
    ],
)
def test_an_opening_partitive_with_its_event_points_back_to_the_last_count(reference, sentence):
    assert parts_of(reference, CPJ + sentence) == [(170, "killed", "journalists")]


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
