"""Days named by their date alone: "the October 7 attack", "l'attaque du 7 octobre".

A date without a year is read as the latest such day up to publication, so "the October 7
attack" in coverage of 2025 would be 7 October 2024. A day in `seeds/reference/named_days.csv`
named as an event (its date next to one of the `named_event` words) is that day whatever the
year of the coverage, and the figures counted "in" it are placed where it happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from etl.extract.dates import date_pattern, parse_calendar_date
from etl.extract.lexicon import Lexicon

WORDS_BETWEEN = r"(?:[\w-]+['’]\s*|[\w'’-]+\s+)"  # "Hamas's", "the", "l'": words before or within the name


@dataclass(frozen=True)
class NamedDay:
    start: int  # where the event's name begins ("attack" of "the attack of October 7", else the date)
    date_start: int
    day: date
    location: str


@lru_cache(maxsize=16)  # one per lexicon, asked per figure
def name_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The event word after a date ("October 7 Hamas attack"), before it ("attack of October 7"),
    and the preposition that makes the event the figure's ("killed in the October 7 attack")."""
    event, of = lex.alt("named_event"), lex.alt("of")
    after = re.compile(rf"[,.]?\s+{WORDS_BETWEEN}{{0,2}}?(?:{event})(?!\w)")
    before = re.compile(rf"(?<!\w)(?:{event})\s+(?:{of})\s*(?:{lex.alt('determiner')}\s+)?$")
    preposition = re.compile(rf"(?<!\w)(?:{lex.alt('event_preposition')})\s+{WORDS_BETWEEN}{{0,2}}$")
    return after, before, preposition


def named_days_in(lex: Lexicon, text: str, published: date | None) -> list[NamedDay]:
    """Each date of the text that names an event of a named day before publication: without a year
    ("the October 7 attack") or with the named day's ("l'attaque du 7 octobre 2023")."""
    pattern = date_pattern(lex)
    if not lex.named_days or published is None or pattern is None or not lex.find("named_event", text):
        return []
    after, before, _ = name_patterns(lex)
    found = []
    for match in pattern.finditer(text):
        if after.match(text, match.end()):
            start = match.start()
        elif named := before.search(text, 0, match.start()):
            start = named.start()
        else:
            continue
        for day, location in lex.named_days:
            if day <= published and parse_calendar_date(match.group(), lex.language, day) == day:
                found.append(NamedDay(start, match.start(), day, location))
                break
    return found


def counts_in(lex: Lexicon, text: str, named: NamedDay) -> bool:
    """Whether the clause counts what happened in the named day ("killed in the October 7 attack",
    "seized during the Oct. 7 assault") or opens with it ("The October 7 attack killed ..."), rather
    than what followed it ("the war sparked by the October 7 attack")."""
    _, _, preposition = name_patterns(lex)
    opener = text[: named.start].strip().lower()
    return bool(preposition.search(text, 0, named.start)) or opener in lex.lower_words("determiner") | {""}


def named_event_place(lex: Lexicon, text: str, published: date | None) -> str:
    """Where a named day happened, when the figure's clause counts in it."""
    for named in named_days_in(lex, text, published):
        if counts_in(lex, text, named):
            return named.location
    return ""


def without_named_days(lex: Lexicon, text: str, published: date | None) -> str:
    """The text with each date that names an event blanked out: "revised the toll from the October 7
    attack" gives no day to the statement."""
    pattern = date_pattern(lex)
    for named in named_days_in(lex, text, published):
        match = pattern.match(text, named.date_start) if pattern else None
        if match:
            text = text[: match.start()] + " " * len(match.group()) + text[match.end() :]
    return text
