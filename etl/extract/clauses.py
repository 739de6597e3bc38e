"""Where a clause of its own opens, so that what stands past it is not read as the count's: after "and"
with a verb of its own, a status cue ("and had pledged to return") or a state ("and believe a third of
them are dead"); after a subordinator and its subject ("since the army freed", "as the toll passes")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from etl.extract.lexicon import Lexicon, alternation

if TYPE_CHECKING:  # reading.py holds the reader's state
    from etl.extract.reading import Reading

CAPITAL = "[A-ZÀ-ÖØ-Þ]"  # an upper-case letter, accented ones included ("Égypte")


def own_predicate(lex: Lexicon, predicate: str) -> str:
    """The predicate up to an "and" that opens a verb of its own: in "freed the 20 hostages and had
    pledged to return 28 bodies" the pledge is the next clause's (but "prisoners and detainees are to be
    released" joins two nouns)."""
    joined = joined_verb(lex).search(predicate)
    return predicate[: joined.start()] if joined else predicate


@lru_cache(maxsize=16)  # one per lexicon
def joined_verb(lex: Lexicon) -> re.Pattern[str]:
    """ "and had", "and handed over", "et s'était", "y se comprometió": a conjunction, then (past a
    clitic) a verb that opens a clause of its own, for what a status cue after it belongs to."""
    terms = alternation(set(lex.status_words) | set(lex.event_words))
    return joined(lex, rf"{lex.alt('auxiliary')}|{lex.alt('speech_verb')}|{terms}")  # a modal is a status


@lru_cache(maxsize=16)  # one per lexicon
def joined_clause(lex: Lexicon) -> re.Pattern[str]:
    """ "and had", "and believe": a conjunction, then a verb that is no event of the count's own ("killed
    or injured" names one count of both)."""
    return joined(lex, rf"{lex.alt('auxiliary')}|{lex.alt('speech_verb')}")


def joined(lex: Lexicon, verb: str) -> re.Pattern[str]:
    clitic = rf"(?:{lex.alt_before_word('clitic_pronoun')}|[^\W\d_]['’])?"
    return re.compile(rf"\s(?:{lex.alt('conjunction')})\s+{clitic}(?:{verb})(?![\w'’])")


@lru_cache(maxsize=16)  # one per lexicon
def clause_opener(lex: Lexicon) -> re.Pattern[str]:
    """ "since the ceasefire", "since Israel", "qu'il", "after most of the rest": a subordinator and the
    subject of a clause of its own, a noun after a determiner, a name, a pronoun or a quantity."""
    # "after most of the rest were released": a quantity of people, and what it is taken from
    taken_from = rf"(?:\s+{lex.alt('of')}\s+(?:{lex.alt_before_word('determiner')})?[\w'’-]+)?"
    indefinite = rf"{lex.alt('indefinite_subject')}{taken_from}\s+"
    subject = (
        rf"(?:{lex.alt_before_word('determiner')}|{indefinite}|(?={CAPITAL})|(?={lex.alt('pronoun')}\s))"
    )
    # "as": too loose to say a place after it is a clause's actor, but it opens a clause of its own here
    openers = f"(?:{lex.alt_before_word('subordinator')}|{lex.alt_before_word('predicate_subordinator')})"
    return re.compile(rf"(?<![\w-]){openers}{subject}")


@lru_cache(maxsize=16)  # one per lexicon
def relative_clause_opener(lex: Lexicon) -> re.Pattern[str]:
    """ ", where", ", which", ", donde", ", où": a comma and a relative word that open a clause of
    background set into the sentence (the `relative_pronoun` and `relative_adverb` roles)."""
    return re.compile(rf",\s*(?:{lex.alt('relative_pronoun')}|{lex.alt('relative_adverb')})(?![\w-])")


def own_clause(lex: Lexicon, predicate: str) -> str:
    """The predicate up to a clause of its own: in "... since the army freed the hostages" the
    hostages are not what the count counts, nor in "... et que des dizaines d'autres avaient été pris
    en otage" (a second reported clause)."""
    found = (
        clause_opener(lex).search(predicate),
        and_that(lex).search(predicate),
        contact_pronoun(lex).search(predicate),
    )
    openers = [m.start() for m in found if m]
    return predicate[: min(openers)] if openers else predicate


@lru_cache(maxsize=16)  # one per lexicon
def contact_pronoun(lex: Lexicon) -> re.Pattern[str]:
    """ "attended a rally she held": a subject pronoun right after a noun opens a clause of its own."""
    return re.compile(rf"(?<=[^\W\d_])\s+(?:{lex.alt('subject_pronoun')})\s+(?=[^\W\d_])")


@lru_cache(maxsize=16)  # one per lexicon
def and_that(lex: Lexicon) -> re.Pattern[str]:
    """ "and that", "et que", "y que": a conjunction that opens a second reported clause."""
    return re.compile(rf"(?<![\w-]){lex.alt('conjunction')}\s+{lex.alt('complementizer')}(?![\w-])")


def last_own_clause(lex: Lexicon, left: str) -> str:
    """The text before a count from the last clause of its own that opens there: in "97 hostages
    notified as Israel's death toll passes 1,300" the hostages are not what the 1,300 counts."""
    openers = list(clause_opener(lex).finditer(left))
    return left[openers[-1].start() :] if openers else left


@lru_cache(maxsize=16)  # one per lexicon
def opening_clause(lex: Lexicon) -> re.Pattern[str]:
    """ "As you will have seen, ", "If the truce holds, ": a subordinate clause that opens the sentence, up
    to the comma that closes it."""
    openers = f"(?:{lex.alt('subordinator')}|{lex.alt('predicate_subordinator')})"
    return re.compile(rf"\s*{openers}\s[^,;]*?,\s")


def past_opening_clause(lex: Lexicon, left_sentence: str) -> str:
    """The sentence before a count past a subordinate clause it opens with: in "As you will have seen,
    five others were injured" the clause's modal says nothing of the count."""
    opening = opening_clause(lex).match(left_sentence)
    return left_sentence[opening.end() :] if opening else left_sentence


def toll_before_counts(lex: Lexicon, text: str, reading: Reading, previous: list[Reading]) -> bool:
    """ "The overall toll of soldiers killed since October 7, 2023, ..., stands at 914": a toll named
    earlier in the sentence is this count's, unless a clause of its own with its own verb opens after
    the count that follows the toll ("elevó a 62.744 el número de muertos ... y sumó 289 personas")."""
    tolls = lex.find("heading_toll", text[: reading.start])
    if not tolls:
        return False
    counted = [p for p in previous if p.start > tolls[-1].start()]
    return not (counted and opens_own_clause(lex, text[counted[-1].end : reading.start]))


def opens_own_clause(lex: Lexicon, between: str) -> bool:
    """ "..., y sumó ", "..., and added ": a comma, a conjunction and one word right before the count
    open a clause of its own."""
    return bool(re.search(rf"[,;]\s*(?:{lex.alt('conjunction')})\s+[^\W\d]+\s*$", between))
