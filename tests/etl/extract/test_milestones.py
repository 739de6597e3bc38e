"""Milestones (etl.extract.milestones): a mark a toll passes is more than the number."""

from __future__ import annotations

import pytest

from etl.extract.lexicon import build_lexicon
from etl.extract.numbers import find_numbers


def qualifiers(reference, text: str, language: str) -> list[tuple[str, str]]:
    lex = build_lexicon(reference, language)
    return [(m.text, m.qualifier) for m in find_numbers(text, lex)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The toll passed the grim milestone of 10,000.", [("10,000", "more_than")]),
        ("en", "The toll crossed the 20,000 mark on Monday.", [("20,000", "more_than")]),
        ("en", "The toll topped the 1,000-mark.", [("1,000", "more_than")]),
        ("en", "Deaths exceeded the threshold of 500.", [("500", "more_than")]),
        ("en", "Deaths passed the barrier of 1,000.", [("1,000", "more_than")]),
        ("en", "The death toll rose past 4,600.", [("4,600", "more_than")]),
        ("en", "The death toll has risen past 4,600.", [("4,600", "more_than")]),
        ("en", "The death toll climbed past 4,600.", [("4,600", "more_than")]),
        ("es", "El balance superó la cifra de 40.000 muertos.", [("40.000", "more_than")]),
        ("es", "El balance supera el umbral simbólico de los 50.000.", [("50.000", "more_than")]),
        ("es", "El balance rebasa la barrera de 300.", [("300", "more_than")]),
        ("es", "El número supera la marca de 200.", [("200", "more_than")]),
        ("fr", "Le bilan franchit ainsi la barre symbolique des 60 000 morts.", [("60 000", "more_than")]),
        ("fr", "Le bilan a franchi le cap symbolique des 50 000 morts.", [("50 000", "more_than")]),
        ("fr", "Le bilan dépasse le seuil de 100 morts.", [("100", "more_than")]),
        ("fr", "Le bilan dépasse le chiffre de 200 morts.", [("200", "more_than")]),
        ("fr", "Les bilans franchissent le seuil de 300.", [("300", "more_than")]),
    ],
)
def test_a_mark_passed_is_more_than_its_number(reference, language, text, expected):
    assert qualifiers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll reached the grim milestone of 10,000."),  # reaching is not passing
        ("en", "The toll crossed the line: 20,000 dead."),  # no mark between verb and number
        ("en", "The army crossed the 20 bridges."),  # no mark after the number
        ("fr", "Le bilan atteint la barre symbolique des 60 000 morts."),
    ],
)
def test_a_mark_not_passed_leaves_the_number_exact(reference, language, text):
    assert [q for _, q in qualifiers(reference, text, language)] == ["exact"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll has passed already 50,000."),
        ("es", "El balance supera ya los 50.000 muertos."),
        ("fr", "Le bilan a déjà dépassé les 50 000 morts."),
    ],
)
def test_an_adverb_inside_a_qualifier_phrase_changes_nothing(reference, language, text):
    assert [q for _, q in qualifiers(reference, text, language)] == ["more_than"]
