"""Where a clause joined by "and" opens a verb of its own, so that what follows it is not read as the
count's: a status cue ("and had pledged to return"), or a state ("and believe a third of them are dead")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon, alternation


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
