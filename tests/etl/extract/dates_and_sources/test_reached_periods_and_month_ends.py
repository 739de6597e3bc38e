"""The day a count reached its value, the end of a period or a month, and deadlines that are no such day."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.dates import dates_in, resolve
from etl.extract.lexicon import build_lexicon
from tests.etl.extract.conftest import figures_in
from tests.etl.extract.dates_and_sources.helpers import MONDAY, read


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("fr", "Selon le ministère, 4 031 personnes ont été tuées au 1er mars.", "2024-03-01"),
        (
            "fr",
            "Selon le ministère, 4 031 personnes ont été tuées au Liban depuis le 8 octobre.",
            "2024-03-04",
        ),
        (
            "es",
            "Según el ministerio, 4.031 personas murieron al sur de Gaza desde el 8 de octubre.",
            "2024-03-04",
        ),
    ],
)
def test_a_day_after_as_of_that_starts_a_period_is_no_day_the_count_holds(reference, language, text, as_of):
    assert [f["as_of"] for f in figures_in(reference, text, language, MONDAY)] == [as_of]


@pytest.mark.parametrize(
    ("language", "text", "as_of", "event_date"),
    [
        ("en", "The death toll in Gaza rose to 31,000 on Saturday, the ministry said.", "2024-03-02", ""),
        ("en", "Gaza's death toll passed 30,000 on Thursday, the ministry said on Friday.", "2024-02-29", ""),
        ("es", "El balance de muertos en Gaza ascendió a 31.000 el sábado.", "2024-03-02", ""),
        ("fr", "Le bilan des morts à Gaza a atteint 31 000 samedi.", "2024-03-02", ""),
        # the day of a killing is the event's: the count holds on the day it is told
        (
            "en",
            "Israeli strikes killed 40 people in Gaza on Saturday, medics said.",
            "2024-03-04",
            "2024-03-02",
        ),
        # "depuis" opens a period: no day the count reached
        ("fr", "Le bilan à Gaza a atteint 31 000 morts depuis le 2 mars.", "2024-03-04", ""),
        # the verb must lead to the count, and the day follow the count's own words
        (
            "en",
            "The toll rose after strikes killed 31 people in Gaza on Saturday.",
            "2024-03-04",
            "2024-03-02",
        ),
        ("en", "Gaza's toll rose to 31,000, the ministry said, after strikes on Saturday.", "2024-03-04", ""),
        ("en", "The death toll in Gaza rose to more than 31,000 on Saturday.", "2024-03-02", ""),
        ("en", "A drone hit Eilat injuring 31 people in Israel on Saturday.", "2024-03-04", "2024-03-02"),
    ],
)
def test_the_day_a_count_reached_its_value_is_the_day_it_holds(reference, language, text, as_of, event_date):
    (figure,) = read(reference, text, language=language)
    assert (figure["as_of"], figure["event_date"]) == (as_of, event_date)


REACHED = {
    "en": (
        "The death toll in Gaza {} 31,000 on Saturday.",
        "rose to",
        "had risen to",
        "climbed to",
        "jumped to",
        "reached",
        "hit",
        "stood at",
        "passed",
        "surpassed",
        "crossed",
        "topped",
        "exceeded",
        "fell to",
        "dropped to",
        "increased to",
    ),
    "es": (
        "El balance de muertos en Gaza {} 31.000 el sábado.",
        "ascendió a",
        "ascendía a",
        "se elevó a",
        "alcanzó",
        "superó",
        "llegó a",
        "subió a",
        "aumentó a",
    ),
    "fr": (
        "Le bilan des morts à Gaza {} 31 000 samedi.",
        "a atteint",
        "atteignait",
        "a dépassé",
        "s'est élevé à",
        "s'élevait à",
        "a grimpé à",
        "a franchi",
        "s'établissait à",
    ),
}


@pytest.mark.parametrize(
    ("language", "verb"), [(language, verb) for language, (_, *verbs) in REACHED.items() for verb in verbs]
)
def test_each_verb_of_reaching_a_count_dates_it(reference, language, verb):
    text = REACHED[language][0].format(verb)
    (figure,) = read(reference, text, language=language)
    assert (figure["value"], figure["as_of"]) == (31000, "2024-03-02")


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("The ministry had reported 37,877 deaths in Gaza by 28 February.", "2024-02-28"),
        ("By Sunday, the toll in Gaza had risen to 300, the ministry said.", "2024-03-03"),
        # a day ahead is the horizon of a forecast, not the day a count holds
        ("Researchers said 58,260 people could die in Gaza by 30 August 2024.", "2024-03-04"),
        # "by" before a name is its agent, whatever day follows
        ("In Gaza, five people were killed by troops on Sunday.", "2024-03-04"),
    ],
)
def test_a_day_right_after_by_is_the_day_the_count_had_reached(reference, text, as_of):
    (figure,) = read(reference, text)
    assert figure["as_of"] == as_of


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("By the end of June 2023, the ministry had counted 300 deaths in Gaza.", "2023-06-30"),
        ("By the end of February, the ministry had counted 300 deaths in Gaza.", "2024-02-29"),
        # a month whose end is still to come this year is last year's
        ("By the end of March, the ministry had counted 300 deaths in Gaza.", "2023-03-31"),
        ("The ministry had counted 300 deaths in Gaza by end of December.", "2023-12-31"),
        # an end still to come is the horizon of a forecast
        ("Researchers said 300 people could die in Gaza by the end of June 2024.", "2024-03-04"),
    ],
)
def test_the_end_of_a_month_is_its_last_day(reference, text, as_of):
    (figure,) = read(reference, text)
    assert figure["as_of"] == as_of


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("es", "a finales de junio de 2023", "2023-06-30"),
        ("es", "a fines de febrero", "2024-02-29"),
        ("fr", "fin juin 2023", "2023-06-30"),
        ("fr", "à la fin février", "2024-02-29"),
    ],
)
def test_the_end_of_a_month_in_spanish_and_french(reference, language, text, day):
    lex = build_lexicon(reference, language)
    (found,) = dates_in(lex, text)
    assert str(resolve(lex, found.group(), MONDAY, MONDAY)) == day


def test_a_day_that_starts_a_period_before_its_source_is_no_day_of_the_statement(reference):
    text = "Desde el 7 de octubre de 2023, según Sanidad de Gaza, han muerto en la Franja 30.000 personas."
    (figure,) = read(reference, text, language="es")
    assert figure["as_of"] == "2024-03-04"


def test_a_count_over_a_period_holds_as_of_its_end(reference):
    text = "Between 7 October 2023 and 28 February 2024, at least 30,035 people were killed in Gaza."
    (figure,) = read(reference, text)
    assert figure["as_of"] == "2024-02-28"
    text = "The model projected 6,550 excess deaths in Gaza between February 7 and August 6."
    (projection,) = read(reference, text)
    assert projection["as_of"] == "2024-03-04"  # a period ahead of publication: no past day to hold on


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Entre el 7 de enero y el 24 de febrero, los equipos atendieron a 1.380 heridos."),
        ("fr", "Entre le 7 janvier et le 24 février, les équipes ont soigné 1 380 blessés."),
        ("en", "From 7 January to 24 February, teams treated 1,380 wounded people in Gaza."),
        ("en", "From 7 January until 24 February, teams treated 1,380 wounded people in Gaza."),
        ("en", "From 7 January through 24 February, teams treated 1,380 wounded people in Gaza."),
        ("es", "Del 7 de enero al 24 de febrero, los equipos atendieron a 1.380 heridos en Gaza."),
        ("es", "Desde el 7 de enero hasta el 24 de febrero, los equipos atendieron a 1.380 heridos en Gaza."),
        ("es", "De 7 de enero a 24 de febrero, los equipos atendieron a 1.380 heridos en Gaza."),
        ("fr", "Du 7 janvier au 24 février, les équipes ont soigné 1 380 blessés à Gaza."),
        ("fr", "Depuis le 7 janvier jusqu'au 24 février, les équipes ont soigné 1 380 blessés à Gaza."),
        ("fr", "De 7 janvier à 24 février, les équipes ont soigné 1 380 blessés à Gaza."),
    ],
)
def test_a_period_named_with_determiners_or_from_one_day_to_another_holds_as_of_its_end(
    reference, language, text
):
    (figure,) = read(reference, text, language=language)
    assert figure["as_of"] == "2024-02-24"


@pytest.mark.parametrize(
    ("language", "text", "as_of"),
    [
        ("fr", "Dans la nuit de vendredi à samedi, des frappes ont tué 12 personnes à Gaza.", "2024-03-04"),
        ("en", "From 7 February until Saturday, strikes killed 120 people in Gaza.", "2024-03-02"),
        ("en", "From Saturday to March 3, strikes killed 120 people in Gaza.", "2024-03-03"),
    ],
)
def test_a_period_from_one_weekday_to_the_next_is_a_night(reference, language, text, as_of):
    (figure,) = read(reference, text, language=language)
    assert figure["as_of"] == as_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The deal says the remaining 17 hostages are to be freed by March 1."),
        ("fr", "L'accord prévoit que les 17 otages restants soient remis d'ici au 1er mars."),
        ("fr", "L'accord prévoit que les 17 otages restants soient remis d'ici le 1er mars."),
    ],
)
def test_the_deadline_of_a_term_of_a_deal_is_no_day_its_count_holds(reference, language, text):
    (figure,) = read(reference, text, date(2025, 2, 8), language)
    assert (figure["status"], figure["as_of"]) == ("proposed", "2025-02-08")


def test_a_count_reached_by_a_day_holds_as_of_that_day(reference):
    (figure,) = read(
        reference, "The ministry had recorded 37,877 deaths by June 30.", published=date(2024, 7, 10)
    )
    assert figure["as_of"] == "2024-06-30"
