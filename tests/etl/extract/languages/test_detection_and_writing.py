"""Which language a sentence is read in, and how each language writes its apostrophes, elisions and dates."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract.language import LOWER_ASCII_WORD, WORD, detect_language
from etl.extract.lexicon import build_lexicon
from tests.etl.extract.languages.helpers import rows


def test_language_is_detected_from_function_words(reference):
    assert (
        detect_language(
            "Las autoridades dijeron que la mayoría de los heridos son niños de la ciudad.", reference
        )
        == "es"
    )
    assert (
        detect_language(
            "Les autorités ont indiqué que la plupart des blessés sont des enfants de la ville.", reference
        )
        == "fr"
    )
    assert (
        detect_language(
            "The authorities said that most of the wounded are children from the city.", reference
        )
        == "en"
    )
    assert detect_language("Gaza 2024", reference) == "en"  # too short to tell: the default


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'attaque du 7-Octobre a entraîné la mort de 1 219 personnes."),
        ("es", "El ataque del 7-Octubre causó la muerte de 1.219 personas."),
    ],
)
def test_a_day_hyphened_to_its_month_is_a_date(reference, language, text):
    assert [r[:2] for r in rows(reference, text, language)] == [("killed", 1219)]


def test_three_function_words_of_another_language_make_a_sentence_of_it(reference):
    text = "The army said 12 soldiers were wounded.\nMurieron 20 personas en el ataque de Rafah."
    assert [r[:2] for r in rows(reference, text, "en")] == [("injured", 12), ("killed", 20)]


def test_two_function_words_of_another_language_do_not_make_a_sentence_of_it(reference):
    text = "Israël a tué 20 Palestiniens en Cisjordanie et en a arrêté 40."
    assert rows(reference, text, "fr")[0][:2] == ("killed", 20)


def test_a_caption_in_another_language_is_read_in_its_own(reference):
    text = (
        "The army said 12 soldiers were wounded in Gaza on Monday.\n"
        "Foto difundida por el ejército el 28 de diciembre de 2023 que muestra a las tropas en Gaza."
    )
    assert rows(reference, text, "en") == [("injured", 12, "exact", "Israeli military", "2024-03-04")]


@settings(max_examples=500, deadline=None)
@given(
    text=st.one_of(
        st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
        st.text(alphabet="abXY09_' -.", max_size=20),  # where words, apostrophes and digits meet
    )
)
def test_the_ascii_word_pattern_finds_the_words_the_general_one_finds(text):
    lowered = text.lower()
    assert LOWER_ASCII_WORD.findall(lowered) == WORD.findall(lowered)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Jusqu’à 200 otages ont été enlevés, selon le Forum des familles d’otages."),
        ("fr", "D’après l’armée israélienne, 12 soldats ont été tués à Gaza."),
        ("en", "Gaza’s health ministry said 35 people were killed."),
    ],
)
def test_typographic_apostrophes_read_as_straight_ones(reference, language, text):
    found = rows(reference, text, language)
    assert found == rows(reference, text.replace("’", "'"), language)
    assert found and all(row[3] for row in found)  # each has its source


def test_quotes_keep_the_apostrophes_as_written(reference):
    text = "Selon le Forum des familles d’otages, jusqu’à 101 otages sont toujours à Gaza."
    columns = ("quote", "attribution_text", "qualifier")
    assert rows(reference, text, "fr", columns=columns) == [(text, "Forum des familles d’otages", "at_most")]


@pytest.mark.parametrize("title", ["Kibbutz Be’eri buries its dead", "Kibbutz Be'eri buries its dead"])
def test_a_title_with_typographic_apostrophes_places_the_story(reference, title):
    text = "At least 100 residents were killed in the attack."
    assert rows(reference, text, "en", columns=("location",), title=title) == [("Israel",)]


@pytest.mark.parametrize(
    "text, joined",
    [("l'armée", True), ("l' armée", True), ("la trêve", True), ("la  trêve", True), ("latrêve", False)],
)
def test_an_elided_article_needs_no_space_before_its_word(reference, text, joined):
    article = build_lexicon(reference, "fr").alt_before_word("determiner")
    assert bool(re.fullmatch(rf"{article}\w+", text)) is joined


def test_an_organisation_after_an_elided_article_is_the_source(reference):
    text = "Au moins 20 personnes ont été tuées dans la nuit, selon l'Hôpital Nasser de Khan Younès."
    assert rows(reference, text, "fr", columns=("value", "attributed_to")) == [(20, "Hôpital Nasser")]


@pytest.mark.parametrize(
    ("language", "text", "subgroup"),
    [
        ("fr", "Une dizaine d'enfants ont été tués à Gaza.", "children"),
        ("fr", "Une cinquantaine d'enfants ont été blessés à Gaza.", "children"),
        # a name with an apostrophe is still one word
        ("en", "Five O'Neill children were killed in Gaza.", "children"),
    ],
)
def test_an_elided_word_after_a_number_opens_its_noun(reference, language, text, subgroup):
    assert rows(reference, text, language, columns=("subgroup",)) == [(subgroup,)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Plus d'un million de personnes ont été déplacées.", "more_than"),
        ("Près d'un million de personnes ont été déplacées.", "approximately"),
        ("Moins d'un million de personnes ont été déplacées.", "less_than"),
    ],
)
def test_an_elided_qualifier_touches_its_number(reference, text, qualifier):
    assert rows(reference, text, "fr", columns=("value", "qualifier")) == [(1000000, qualifier)]
