"""Number words (etl.extract.number_words): one number of words joined by a conjunction."""

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
        ("en", "Hamas took two hundred and fifty-one hostages.", [("two hundred and fifty-one", 251, None)]),
        ("en", "A hundred and one remain in Gaza.", [("A hundred and one", 101, None)]),
        ("en", "One thousand and five people fled.", [("One thousand and five", 1005, None)]),
        ("es", "Murieron treinta y cinco personas.", [("treinta y cinco", 35, None)]),
        ("es", "Secuestró a doscientos cincuenta y un rehenes.", [("doscientos cincuenta y un", 251, None)]),
        ("fr", "Vingt et un soldats ont été tués.", [("Vingt et un", 21, None)]),
        ("fr", "Soixante et onze morts.", [("Soixante et onze", 71, None)]),
        ("fr", "Deux cent cinquante et une personnes.", [("Deux cent cinquante et une", 251, None)]),
    ],
)
def test_number_words_joined_by_a_conjunction_are_one_number(reference, language, text, expected):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a range: the second number ends in a word of its own scale
        (
            "en",
            "Between a hundred and two hundred people fled.",
            [("Between a hundred and two hundred", 100, 200)],
        ),
        # two counts: a tail no smaller than the word before it takes
        ("en", "Twenty and thirty were hurt.", [("Twenty", 20, None), ("thirty", 30, None)]),
        ("en", "a hundred and two thousand", [("a hundred", 100, None), ("two thousand", 2000, None)]),
        ("es", "entre veinte y treinta muertos", [("entre veinte y treinta", 20, 30)]),
        # digits are not words
        ("en", "Some 200 and fifty were hurt.", [("200", 200, None), ("fifty", 50, None)]),
        # a multiplier after the joiner opens a number of its own
        ("en", "a thousand and hundred", [("a thousand", 1000, None), ("hundred", 100, None)]),
    ],
)
def test_numbers_joined_otherwise_stay_apart(reference, language, text, expected):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "veintisiete", 27),
        ("es", "novecientos", 900),
        ("es", "veintiún", 21),
        ("fr", "quatre-vingts", 80),
        ("fr", "quatre-vingt-dix", 90),
        ("fr", "deux cents", 200),
    ],
)
def test_number_words_of_each_language(reference, language, text, value):
    assert [v for _, v, _ in numbers(reference, f"{text} morts", language)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("elevó a 62 mil 192 el total", [("62 mil 192", 62192, None)]),
        ("al menos mil 760 palestinos", [("mil 760", 1760, None)]),
        ("unos 2 millones 300 mil desplazados", [("2 millones 300 mil", 2300000, None)]),
        ("un millón 200 mil desplazados", [("un millón 200 mil", 1200000, None)]),
    ],
)
def test_a_scale_word_and_the_digits_below_it_are_one_number(reference, text, expected):
    assert numbers(reference, text, "es") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a comma parts two counts
        ("es", "murieron 3 mil, 200 de ellos niños", [("3 mil", 3000, None), ("200", 200, None)]),
        # a tail no smaller than the scale is a number of its own
        ("es", "mil 2000", [("mil", 1000, None), ("2000", 2000, None)]),
        # English writes no digits after "thousand"
        ("en", "5 thousand 200 more", [("5 thousand", 5000, None), ("200", 200, None)]),
    ],
)
def test_a_scale_word_and_digits_otherwise_stay_apart(reference, language, text, expected):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "cerca de 1.9 millones de personas", [("1.9 millones", 1900000, None)]),
        ("fr", "près de 1.9 million de personnes", [("1.9 million", 1900000, None)]),
        # without a scale word, a dot is a separator of thousands
        ("es", "1.250 heridos", [("1.250", 1250, None)]),
    ],
)
def test_a_dot_before_a_scale_word_and_fewer_than_three_digits_is_a_decimal_point(
    reference, language, text, expected
):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_swiss_french_parts_thousands_with_an_apostrophe(reference, apostrophe):
    text = f"Plus de 67{apostrophe}000 Palestiniens tués, l{apostrophe}attaque."
    assert numbers(reference, text, "fr") == [(f"67{apostrophe}000", 67000, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Belgian and Swiss tens, and the approximate nouns of French
        ("Septante-deux personnes ont été blessées.", [("Septante-deux", 72, None)]),
        ("Huitante personnes ont été blessées.", [("Huitante", 80, None)]),
        ("Nonante personnes ont été blessées.", [("Nonante", 90, None)]),
        ("Une quinzaine de personnes ont été tuées.", [("Une quinzaine", 15, None)]),
        ("Une soixantaine de personnes ont été tuées.", [("Une soixantaine", 60, None)]),
        ("Une septantaine de personnes ont été tuées.", [("Une septantaine", 70, None)]),
    ],
)
def test_french_tens_of_belgium_and_switzerland_and_approximate_nouns(reference, text, expected):
    assert numbers(reference, text, "fr") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "some one point nine million people", [("one point nine million", 1900000, None)]),
        ("en", "two point two five million", [("two point two five million", 2250000, None)]),
        ("en", "one point twelve million", [("one point twelve million", 1120000, None)]),
        ("es", "unos dos coma cinco millones", [("dos coma cinco millones", 2500000, None)]),
        ("fr", "deux virgule trois millions", [("deux virgule trois millions", 2300000, None)]),
        # without a scale word after the decimals, the words are counts of their own
        ("en", "At one point nine people were killed", [("one", 1, None), ("nine", 9, None)]),
        ("en", "at one point, nine million had fled", [("one", 1, None), ("nine million", 9000000, None)]),
    ],
)
def test_a_decimal_point_said_in_words_before_a_scale_word_makes_one_number(
    reference, language, text, expected
):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Mexican papers group thousands with commas: three digits after each
        ("es", "murieron 67,160 palestinos", [("67,160", 67160, None)]),
        ("es", "entre 1,000 y 1,190 muertos", [("entre 1,000 y 1,190", 1000, 1190)]),
        ("fr", "1,200 morts", [("1,200", 1200, None)]),
        # a comma before fewer than three digits is still a decimal comma
        ("es", "1,5 millones de desplazados", [("1,5 millones", 1500000, None)]),
    ],
)
def test_groups_of_three_digits_after_commas_are_thousands_in_every_language(
    reference, language, text, expected
):
    assert numbers(reference, text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israel would free several hundred prisoners."),
        ("en", "A few thousand people fled."),
        ("en", "Many hundred were held."),
        ("en", "A couple of hundred people fled."),
        ("en", "Few thousand remained."),
        ("es", "Varios mil desplazados."),
        ("fr", "Plusieurs mille déplacés."),
    ],
)
def test_a_scale_word_after_a_word_of_some_is_vague_and_no_number(reference, language, text):
    assert numbers(reference, text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "A hundred people fled.", [("A hundred", 100, None)]),
        ("en", "Several people said two hundred fled.", [("two hundred", 200, None)]),
        ("en", "Many said 300 fled.", [("300", 300, None)]),
        ("en", "Of those freed, many three weeks later returned.", [("three", 3, None)]),
        ("es", "Mil personas murieron.", [("Mil", 1000, None)]),
    ],
)
def test_a_scale_word_with_a_number_of_its_own_or_no_vague_word_is_a_number(
    reference, language, text, expected
):
    assert numbers(reference, text, language) == expected
