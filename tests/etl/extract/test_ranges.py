"""Ranges (etl.extract.ranges): two numbers joined into one, unless a day and a count."""

from __future__ import annotations

import pytest

from etl.extract.lexicon import build_lexicon
from etl.extract.numbers import find_numbers


def numbers(reference, text: str, language: str) -> list[tuple[str, int, int | None]]:
    lex = build_lexicon(reference, language)
    return [(m.text, m.value, m.value_high) for m in find_numbers(text, lex)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a day after its month, then the count the sentence brings the total to
        (
            "en",
            "bringing the number of soldiers killed since the offensive began on Oct. 27 to 242.",
            [("27", 27, None), ("242", 242, None)],
        ),
        (
            "en",
            "bringing the toll since the offensive began on October 27 to 242.",
            [("27", 27, None), ("242", 242, None)],
        ),
        (
            "es",
            "elevando el balance desde el 27 de octubre a 242.",
            [("27", 27, None), ("242", 242, None)],
        ),
        # two days of one month are a range of days
        ("en", "Strikes from Oct. 7 to 27 killed 40.", [("7 to 27", 7, 27), ("40", 40, None)]),
        ("en", "Between 20 and 30 people died.", [("Between 20 and 30", 20, 30)]),
    ],
)
def test_a_day_after_its_month_opens_no_range_with_a_count(reference, language, text, expected):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Five or six people were killed.", [("Five or six", 5, 6)]),
        ("es", "Murieron cinco o seis personas.", [("cinco o seis", 5, 6)]),
        ("es", "Resultaron heridas siete u ocho personas.", [("siete u ocho", 7, 8)]),
        ("fr", "Cinq ou six personnes ont été tuées.", [("Cinq ou six", 5, 6)]),
        # the larger first is no range
        ("en", "Six or five people were killed.", [("Six", 6, None), ("five", 5, None)]),
    ],
)
def test_two_numbers_offered_as_alternatives_are_a_range(reference, language, text, expected):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Estimates of the toll in Sudan range from about 20,000 to as many as 150,000 dead."),
        ("es", "Las estimaciones van de unos 20.000 a hasta 150.000 muertos en Sudán."),
    ],
)
def test_the_high_ends_own_qualifier_still_joins_a_range(reference, language, text):
    assert [(value, high) for _, value, high in numbers(reference, text, language)] == [(20000, 150000)]
