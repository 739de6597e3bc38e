"""When a figure holds: the date its statement carries, resolved against the publication date.

"said on Sunday" is the most recent Sunday on or before publication; "as of 16 December"
that day; "a day earlier" the day before the sentence's own date. dateparser does the
parsing, with the document's language fixed (auto-detection costs ~270 ms a call).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from etl.extract.lexicon import Lexicon, remember

PARSER_SETTINGS = {"PREFER_DATES_FROM": "past"}
# A weekday is parsed against one fixed day, only to learn which weekday it names.
WEEK_ANCHOR = date(2024, 1, 1)
# A day and month is read as the first of its month, against this base (a leap year, so 29 February
# parses), its day and year set here: one dateparser call per month phrase, not per date and base.
CALENDAR_ANCHOR = date(2024, 12, 30)
YEAR = re.compile(r"\b\d{4}\b")
DAY = re.compile(r"(?<!\d)(\d{1,2})(?!\d)[^\W\d_]*")  # and its ordinal suffix: "15th", "1er", "1º"


def month_abbreviation(lex: Lexicon) -> str:
    """The month names that shorten a longer one ("Oct", "Sept"): only after these is a full stop no
    sentence end ("Oct. 7", but "taken in October. 130 remain")."""
    terms = lex.roles.get("month", ())
    short = [
        t for t in terms if any(o.lower() != t.lower() and o.lower().startswith(t.lower()) for o in terms)
    ]
    body = "|".join(re.escape(t) for t in sorted(short, key=len, reverse=True))
    return rf"(?<![\w-])(?i:{body})" if short else "(?!)"


@lru_cache(maxsize=16)  # one per lexicon (a Lexicon hashes by identity): built once, asked per sentence
def date_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    """Weekdays, relative days, and day-month / month-day dates with an optional year."""
    months, weekdays, relative = lex.pattern("month"), lex.pattern("weekday"), lex.pattern("relative_day")
    parts = []
    if months:
        # "Oct. 7": a full stop after a month only when the month is shortened
        m, of = rf"{month_abbreviation(lex)}\.|(?:{months.pattern})", lex.alt("of")
        th = lex.alt("ordinal_suffix")  # "January 15th", "1er mars"
        parts += [
            # "the end of June 2024": the month's last day (dateparser reads no such phrase)
            rf"(?<![\w-]){lex.alt('month_end')}\s+(?:{m})(?:\s+(?:{of}\s+)?\d{{4}})?\b",
            rf"\b\d{{1,2}}(?:{th})?\s+(?:{of}\s+)?(?:{m})(?:\s+(?:{of}\s+)?\d{{4}})?",
            rf"(?:{m})\s+\d{{1,2}}(?:{th})?(?:,?\s+\d{{4}})?\b",
        ]
    if weekdays:
        parts.append(weekdays.pattern)
    if relative:
        parts.append(relative.pattern)
    return re.compile(date_guard(lex) + "(?:" + "|".join(f"(?:{p})" for p in parts) + ")") if parts else None


def date_guard(lex: Lexicon) -> str:
    """A lookahead on what a date phrase can start with: a digit, or the first letter of one of its
    words in any case. It changes no match; it lets `re` pass over most positions at once."""
    terms = [t for role in ("month", "month_end", "weekday", "relative_day") for t in lex.roles.get(role, ())]
    letters = "".join(sorted({re.escape(t[0]) for t in terms if t}))
    return rf"(?=\d|(?i:[{letters}]))" if letters else r"(?=\d)"


@lru_cache(maxsize=4096)
def parse_date(text: str, language: str, base: date) -> date | None:
    """A date phrase as a date on or before `base` (dateparser, language fixed)."""
    settings = dict(
        PARSER_SETTINGS, RELATIVE_BASE=datetime.combine(base + timedelta(days=1), datetime.min.time())
    )
    parsed = dateparser.parse(text, languages=[language], settings=settings)
    return parsed.date() if parsed else None


def parse_calendar_date(text: str, language: str, base: date) -> date | None:
    """A day and month, with or without a year; without one, its latest date up to the day after `base`.

    That is what dateparser gives with `PREFER_DATES_FROM` past and `base` + 1 day as its relative
    base. The day of the month changes nothing else in how a phrase parses, so dateparser reads it as
    the first of its month, once per month phrase (checked against dateparser for every day number,
    month name and base tried: tests/etl/extract/test_date_shortcuts.py).
    """
    day = DAY.search(text)
    if day is None:
        return parse_date(text, language, base)
    parsed = parse_date(f"{text[: day.start()]}1{text[day.end() :]}", language, CALENDAR_ANCHOR)
    try:
        parsed = parsed.replace(day=int(day.group(1))) if parsed else None
    except ValueError:  # "31 June"
        return None
    if parsed is None or YEAR.search(text):
        return parsed
    ceiling = base + timedelta(days=1)
    try:
        candidate = parsed.replace(year=ceiling.year)
        return candidate if candidate <= ceiling else parsed.replace(year=ceiling.year - 1)
    except ValueError:  # 29 February, and the year chosen has none: dateparser decides
        return parse_date(text, language, base)


def latest_weekday(phrase: str, language: str, published: date) -> date | None:
    """The latest day on or before `published` that falls on the weekday the phrase names.

    dateparser is asked only which weekday it is, against one fixed base: its caches are kept per
    settings, so every other base would make it build them again (checked against a direct
    dateparser call for every weekday name and day of the week: tests/etl/extract/test_date_shortcuts.py).
    """
    named = parse_date(phrase, language, WEEK_ANCHOR)
    if named is None:
        return None
    return published - timedelta(days=(published.weekday() - named.weekday()) % 7)


def month_end(month: str, language: str, published: date) -> date | None:
    """The last day of a month named with or without its year; without one, the latest such month
    whose end is not after the publication date."""
    first = parse_calendar_date(f"1 {month.strip()}", language, published + timedelta(days=31))
    if first is None:
        return None
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    if last > published and not YEAR.search(month):
        last = last.replace(year=last.year - 1, day=calendar.monthrange(last.year - 1, last.month)[1])
    return last


def resolve(lex: Lexicon, phrase: str, published: date, anchor: date) -> date | None:
    """A date phrase found in a sentence; relative days count back from `anchor`."""
    lowered = " ".join(phrase.lower().split())
    if lowered in lex.lower_words("relative_day"):
        days_back = int(lex.numbers.get(lowered, (0, ""))[0]) if lowered in lex.numbers else 0
        days_back = 1 if lowered in lex.lower_words("day_before") else days_back
        base = published if lowered in lex.lower_words("relative_to_publication") else anchor
        return base - timedelta(days=days_back)
    lead = lex.find("month_end", phrase)
    if lowered in lex.lower_words("weekday"):
        parsed = latest_weekday(phrase, lex.language, published)
    elif lead:
        parsed = month_end(phrase[lead[0].end() :], lex.language, published)
    else:
        parsed = parse_calendar_date(phrase, lex.language, published)
    return parsed if parsed and parsed <= published + timedelta(days=1) else None


def dates_in(lex: Lexicon, text: str) -> list[re.Match[str]]:
    """Date phrases in text, leaving out period starts ("since Monday", "before October")."""
    key = ("date phrases", text)  # asked again for the same window by the date rules of each figure
    kept = lex.found.get(key)
    if kept is None:
        kept = tuple(date_phrases(lex, text))
        remember(lex.found, key, kept)
    return list(kept)


def date_phrases(lex: Lexicon, text: str) -> list[re.Match[str]]:
    pattern = date_pattern(lex)
    if not pattern:
        return []
    since = lex.lower_words("since")
    kept = []
    for match in pattern.finditer(text):
        before = text[: match.start()].rsplit(None, 1)  # the last word is all the rule reads
        if before and before[-1].lower() in since:
            continue
        kept.append(match)
    return kept


def starts_period(lex: Lexicon, text: str, date_start: int) -> bool:
    """A date in a "since" phrase that has not closed ("since Hamas's October 7 attack", "since ground
    operations began on October 27"): where a count starts, not the day of the event it counts."""
    opened = lex.find("period_start", text[:date_start])
    return bool(opened) and not re.search(r"[,;:\d]", text[opened[-1].end() : date_start])


def first_date(lex: Lexicon, text: str, published: date, anchor: date) -> date | None:
    for match in dates_in(lex, text):
        resolved = resolve(lex, match.group(), published, anchor)
        if resolved:
            return resolved
    return None
