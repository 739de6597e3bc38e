"""Conjuncts: the words after the last "and" before a number, and whether the number opens a conjunct
of its own that shares what governs the count before it ("killed 558 and wounded 1,835", "to 219, and
to 556")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from etl.extract.lexicon import Lexicon

LIST_COMMA = re.compile(r"(?<!\d),(?!\d)")  # a comma between items, not a thousands separator
LIST_END = re.compile(r"[;:(—–]")  # past these, no list of objects reaches back
LIST_ITEMS = 3  # items of a list (or their appositions) passed over back to its verb, at most


def last_conjunct(lex: Lexicon, clause: str) -> str:
    """The words after the last "and"/"or": what governs only the number that follows. A marker of a
    person object ("y a 32 soldados") governs nothing."""
    conjunctions = lex.pattern("conjunction")
    pieces = conjunctions.split(clause) if conjunctions else [clause]
    marker = lex.pattern("object_marker")
    return "" if marker and marker.fullmatch(pieces[-1].strip()) else pieces[-1]


def before_last_conjunct(lex: Lexicon, clause: str) -> str:
    """The words before the last "and"/"or"."""
    conjunctions = lex.pattern("conjunction")
    pieces = list(conjunctions.finditer(clause)) if conjunctions else []
    return clause[: pieces[-1].start()] if pieces else ""


def opens_conjunct(lex: Lexicon, clause: str) -> bool:
    """Does the number open a conjunct of its own, right after "and" (or after "and" and a repeated
    preposition: "a cambio de 250 presos y de 1.700 gazatíes"), sharing what governs the one before?"""
    rest = last_conjunct(lex, clause).strip()
    return bool(clause.strip()) and bool(conjunct_opener(lex).fullmatch(rest))


@lru_cache(maxsize=16)  # one per lexicon
def conjunct_opener(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between "and" and the number: nothing, a repeated preposition ("and to 556", the
    `conjunct_preposition` role), or a person object and "other" ("y a otros dos combatientes")."""
    return re.compile(
        rf"{lex.alt('of')}|{lex.alt('conjunct_preposition')}"
        rf"|(?:{lex.alt('object_marker')}\s*)?(?:{lex.alt('continuation')})?",
        re.IGNORECASE,
    )


def listed_object_event(lex: Lexicon, clause: str, left: str, governing: Callable[[str], str]) -> str:
    """ "killed a journalist, his wife and 12 other people", "kills Saleh al-Arouri, deputy head of
    Hamas's political bureau, and six others", "mató al comandante, a su adjunto y a 20 civiles": a
    count that ends a list of objects shares the verb before the list's first item, past the items
    (and their appositions) between."""
    conjunctions = lex.pattern("conjunction")
    if not (conjunctions and conjunctions.search(clause)):
        return ""  # an "and" ends a list: "Hanan Yablonka, de 42, y Michel Nisenbaum, de 59" ends on none
    segments = LIST_COMMA.split(LIST_END.split(left)[-1])
    for segment in reversed(segments[-1 - LIST_ITEMS : -1]):
        event = governing(segment)
        if event:
            return event
    return ""
