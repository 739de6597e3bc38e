"""Conjuncts: the words after the last "and" before a number, and whether the number opens a conjunct
of its own that shares what governs the count before it ("killed 558 and wounded 1,835", "to 219, and
to 556")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon


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
