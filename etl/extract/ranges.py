"""Ranges: two numbers joined into one ("200-300", "30 to 40", "between 990 and 1,650", "de 20 a 30",
"five or six"), unless they are a change ("rose from 30 to 40"), a year and a count, or a day and a count."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon

DASHES = frozenset({"-", "–", "—"})


@lru_cache(maxsize=16)  # one per lexicon
def changed_from(lex: Lexicon) -> re.Pattern[str]:
    """A verb of change, then "from", right before a number ("rose from", "revised down from")."""
    change = rf"(?:{lex.alt('direction_up')}|{lex.alt('direction_down')}|{lex.alt('change_verb')})"
    return re.compile(rf"(?<![\w-]){change}\s+(?:{lex.alt('range_from')})\s+$")


def join_ranges(text: str, singles: list[tuple[int, int, int, bool]], lex: Lexicon) -> list[list]:
    """Merge "A-B", "A to B" ("de A a B", "de A à B") and "between A and B" into ranges:
    [start, end, low, high, is_word]."""
    between = lex.lower_words("range_open") or {"between"}
    closers = lex.lower_words("range_close")
    # "30-40", "30 to 40", "30 a 40", "30 à 40"; "five or six", "cinco o seis": a range, too (`range_or`)
    joiners = DASHES | lex.lower_words("range_to") | lex.lower_words("range_or")
    merged: list[list] = []
    index = 0
    while index < len(singles):
        start, end, value, is_word = singles[index]
        if index + 1 < len(singles):
            n_start, n_end, n_value, _ = singles[index + 1]
            # "from about 20,000 to as many as 150,000": the high end's own qualifier joins nothing
            joiner = without_qualifier(lex, text[end:n_start].strip().lower())
            opener = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
            opened = bool(opener and opener.group(1).lower() in between)
            closes = joiner in closers  # "between 60 and 70", "entre 60 y 70", "entre 60 et 70"
            is_range = (joiner in joiners and not opened) or (closes and opened)
            if is_range and changed_from(lex).search(text, max(0, start - 40), start):
                is_range = False  # "rose from 30 to 40": the count before and the count now
            year_then_count = (
                re.fullmatch(r"(?:18|19|20)\d\d", text[start:end]) and not text[n_start:n_end].isdigit()
            )
            # "since the offensive began on Oct. 27 to 242": a day after its month, then a count
            day_then_count = n_value > 31 and follows_month(text, start, lex)
            if (
                is_range
                and value < n_value
                and len(joiner) <= 3
                and not year_then_count
                and not day_then_count
            ):
                range_start = opener.start(1) + max(0, start - 20) if opened else start
                merged.append([range_start, n_end, value, n_value, is_word])
                index += 2
                continue
        merged.append([start, end, value, None, is_word])
        index += 1
    return merged


def without_qualifier(lex: Lexicon, joiner: str) -> str:
    """The joiner of two numbers without a qualifier of the second at its end ("to as many as": "to")."""
    if len(joiner) <= 3:
        return joiner  # "to", "and", "-": most joiners hold no qualifier (asked of every pair of numbers)
    for phrase in lex.qualifier_before:
        if joiner.endswith(" " + phrase):
            return joiner[: -len(phrase) - 1].strip()
    return joiner


def follows_month(text: str, start: int, lex: Lexicon) -> bool:
    """Does a month name ("Oct.", "October", "octubre") stand right before the number?"""
    return bool(month_before(lex).search(text, max(0, start - 15), start))


@lru_cache(maxsize=16)
def month_before(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lex.alt('month')})\.?\s+$")
