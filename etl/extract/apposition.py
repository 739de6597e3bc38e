"""Counts set after a count that add up to it are its parts ("seven hostages, six Israelis and one
Thai"; `docs/method.md`, "What a number counts")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from etl.extract.clauses import clause_opener
from etl.extract.lexicon import Lexicon

if TYPE_CHECKING:  # reading.py holds the reader's state
    from etl.extract.reading import Reading

ONE_KINDS = ("article", "unit")  # "a", "an", "one", "un", "une", "uno"
# set off by a comma, a dash (a hyphen between spaces too, as plain text writes one) or a bracket
APPOSITION_OPENING = re.compile(r"(?:\s*[^\W\d][\w'’-]*){1,5}\s*(?:[,—–(]|(?<=\s)-)\s*")
DASHED_OPENING = re.compile(r"[^\d—–]{0,160}\s[—–]\s*")  # a dash, words before it
# words apart by spaces only, so that a long opening with no comma fails at once
PLACED_OPENING = re.compile(r"\s*[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,15},\s*")


@lru_cache(maxsize=16)  # one per lexicon
def part_joiner(lex: Lexicon) -> re.Pattern[str]:
    """What stands between two parts listed: a noun, then a comma or "and" ("Israelis and "), maybe an
    adverb of sequence ("at first in northern Gaza and then ")."""
    sequence = rf"(?:\s+(?:{lex.alt('sequence_adverb')}))?"
    return re.compile(rf"[^\W\d][\w'’ -]*?(?:,|,?\s(?:{lex.alt('conjunction')})){sequence}\s*")


def listed_from(
    joiner: re.Pattern[str], text: str, spans: list[tuple[int, int]], first: int
) -> Iterator[list[int]]:
    """The counts listed from `first` on, joined as parts are: each list of two or more, shortest first."""
    parts = [first]
    while parts[-1] + 1 < len(spans) and joiner.fullmatch(
        text[spans[parts[-1]][1] : spans[parts[-1] + 1][0]].strip() + " "
    ):
        parts.append(parts[-1] + 1)
        yield list(parts)


def apposed_wholes(
    lex: Lexicon, text: str, spans: list[tuple[int, int]], values: list[int]
) -> dict[int, int]:
    """ "seven hostages, six Israelis and one Thai": counts set after a count by a comma, listed with
    commas or "and", that add up to it are its parts. Maps the index of each part to its whole's."""
    found: dict[int, int] = {}
    joiner, one_more = part_joiner(lex), last_part_of_one(lex)
    for whole in range(len(spans) - 2):
        first = first_apposed(lex, text, spans, whole)
        if first is None:
            continue
        for parts in listed_from(joiner, text, spans, first):
            total = sum(values[p] for p in parts)
            # "81 Israelis, 23 Thais and a Filipino": one more, named by its article, closes the list
            if total == values[whole] or (
                total + 1 == values[whole] and one_more.match(text, spans[parts[-1]][1])
            ):
                found.update({part: whole for part in parts})
                break
    return found


def first_apposed(lex: Lexicon, text: str, spans: list[tuple[int, int]], whole: int) -> int | None:
    """The index of the first count that may open a list of the whole's parts, or None."""
    opening = text[spans[whole][1] : spans[whole + 1][0]]
    # the whole's own noun phrase, then the comma ("hostages, "), not a clause of its own; past a
    # dash or a bracket, its verb too ("105 otages avaient été libérés — 81 Israéliens, ...")
    set_off = opening.rstrip()[-1:] in ("—", "–", "(")
    if APPOSITION_OPENING.fullmatch(opening) and (not lex.find("event", opening) or set_off):
        return whole + 1
    # "49 personas en el norte de Israel y en los Altos del Golán ocupados, 26 civiles y 23 militares":
    # past where the whole's people were, up to the comma (not past a clause of its own: "24 hostages on
    # Friday as the truce went into its sixth day, 13 women and 11 minors")
    if (
        PLACED_OPENING.fullmatch(opening)
        and not lex.find("event", opening)
        and not clause_opener(lex).search(opening)
    ):
        return whole + 1
    # "1,968 prisoners and detainees, according to the prison service — 250 serving life sentences and
    # 1,718 from Gaza": past a source set off before it, a dash opens the list
    if DASHED_OPENING.fullmatch(opening):
        return whole + 1
    # "20 hostages were handed over in two groups, seven in the morning and 13 later": past a count of
    # things, at the comma that closes the whole's clause
    if whole + 2 < len(spans) and not re.search(r"[,;:.!?]", opening):
        if things_then_list(lex).fullmatch(text, spans[whole + 1][1], spans[whole + 2][0]):
            return whole + 2
    return None


@lru_cache(maxsize=16)  # one per lexicon
def things_then_list(lex: Lexicon) -> re.Pattern[str]:
    """ " groups, ", " groups on Monday morning: ": the noun of a count of things, then the comma or colon
    that opens a list."""
    return re.compile(rf"\s*(?:{lex.alt('thing')})(?![\w-])[^\d,;:.!?]*[,:]\s*", re.IGNORECASE)


def apposed_to_earlier(
    lex: Lexicon, text: str, spans: list[tuple[int, int]], values: list[int], earlier: list[Reading]
) -> dict[int, Reading]:
    """ "20 hostages were freed. Hamas handed them over in two groups: seven in the morning and 13 more
    later": counts listed past a count of things that add up to a count of the sentence before are its
    parts. Maps the index of each part to that count."""
    joiner = part_joiner(lex)
    for things in range(len(spans) - 2):
        if not things_then_list(lex).fullmatch(text, spans[things][1], spans[things + 1][0]):
            continue
        for parts in listed_from(joiner, text, spans, things + 1):
            whole = next((r for r in earlier if r.mention.value == sum(values[p] for p in parts)), None)
            if whole is not None:
                return {part: whole for part in parts}
    return {}


@lru_cache(maxsize=16)
def last_part_of_one(lex: Lexicon) -> re.Pattern[str]:
    """ " Thais and a Filipino": a noun, "and", an article and a noun, the last of a list of parts."""
    one = "|".join(
        re.escape(w) for w, (value, kind) in lex.numbers.items() if value == 1 and kind in ONE_KINDS
    )
    return re.compile(rf"\s+[^\W\d][\w'’-]*,?\s+(?:{lex.alt('conjunction')})\s+(?i:{one})\s+[^\W\d]")
