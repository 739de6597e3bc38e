"""The date shortcuts that spare dateparser calls give what dateparser itself gives.

A weekday is parsed against one fixed day, to learn which weekday it names, and counted back from
the publication date; a day and month is parsed as the first of its month against one fixed base,
and its day and year set afterwards. Both are checked here against a direct dateparser call, on
every month and weekday name of the reference tables, days at the ends of months, and bases around
year ends and leap days.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import dateparser
import pytest

from etl.extract import dates
from etl.extract.lexicon import build_lexicon

BASES = [date(2023, 12, 31), date(2024, 1, 1), date(2024, 2, 28), date(2024, 2, 29), date(2025, 3, 1)]
DAYS = [1, 9, 12, 28, 29, 30, 31]
FORMATS = {
    "en": ["{d} {m}", "{m} {d}", "{d} {m} 2024", "{m} {d}, 2023"],
    "es": ["{d} de {m}", "{d} de {m} de 2024", "{d} {m}"],
    "fr": ["{d} {m}", "{d} {m} 2024", "1er {m}"],
}


def dateparser_date(text: str, language: str, base: date) -> date | None:
    """What dateparser says, with the settings the extractor uses and no shortcut."""
    relative_base = datetime.combine(base + timedelta(days=1), datetime.min.time())
    settings = dict(dates.PARSER_SETTINGS, RELATIVE_BASE=relative_base)
    parsed = dateparser.parse(text, languages=[language], settings=settings)
    return parsed.date() if parsed else None


def calendar_cases(reference, language: str, count: int) -> list[tuple[str, date]]:
    months = sorted(build_lexicon(reference, language).words("month"))
    cases = [
        (form.format(d=day, m=month), base)
        for month in months
        for form in FORMATS[language]
        for day in DAYS
        for base in BASES
    ]
    return random.Random(language).sample(cases, min(count, len(cases)))


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_a_day_and_month_reads_as_dateparser_reads_it(reference, language):
    wrong = [
        (text, base, got, expected)
        for text, base in calendar_cases(reference, language, 120)
        if (got := dates.parse_calendar_date(text, language, base))
        != (expected := dateparser_date(text, language, base))
    ]
    assert not wrong


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_a_weekday_resolves_as_dateparser_resolves_it(reference, language):
    lex = build_lexicon(reference, language)
    published_days = [date(2023, 10, 7) + timedelta(days=n) for n in range(0, 800, 37)]
    wrong = []
    for weekday in sorted(lex.words("weekday")):
        for published in published_days:
            expected = dateparser_date(weekday, language, published)
            expected = expected if expected and expected <= published + timedelta(days=1) else None
            got = dates.resolve(lex, weekday, published, published)
            if got != expected:
                wrong.append((weekday, published, got, expected))
    assert not wrong
