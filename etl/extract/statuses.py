"""The status of a count: `proposed` or `projected` when a cue of a plan or a forecast stands in its
clause, else `reported` (`docs/method.md`, "What a number counts")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract import clauses
from etl.extract.lexicon import Lexicon


def without_relative_clauses(lex: Lexicon, text: str) -> str:
    """The text with each relative clause set off by commas blanked out (offsets kept): in "The UN
    chief, who has demanded a ceasefire, said 40,000 were killed" the demand is the chief's, not the
    count's."""
    return relative_clause_pattern(lex).sub(lambda match: " " * len(match.group()), text)


def relative_opening(lex: Lexicon) -> str:
    """A comma, a relative pronoun and the words of its clause up to the next comma or stop."""
    return rf",\s*{lex.alt('relative_pronoun')}(?![\w-])[^,;:]*"


@lru_cache(maxsize=16)  # one per lexicon
def relative_clause_pattern(lex: Lexicon) -> re.Pattern[str]:
    # not one broken by an aside: in "las negociaciones, que contemplan, según funcionarios, la liberación de
    # 40 rehenes" the clause goes on past the comma
    return re.compile(rf"{relative_opening(lex)},(?!\s*(?:{lex.alt('according')})\s)")


@lru_cache(maxsize=16)  # one per lexicon
def open_relative_clause(lex: Lexicon) -> re.Pattern[str]:
    """A relative clause set off by a comma that the count stands in (not closed before it)."""
    return re.compile(rf"{relative_opening(lex)}$")


def status_for(lex: Lexicon, left_sentence: str, predicate: str) -> str:
    """`proposed` or `projected` when a cue stands before the number in its sentence (outside a
    relative clause about someone else, and past a clause of contrast) or in its predicate."""
    left_sentence = clauses.past_opening_clause(lex, left_sentence)
    # "its call for the release of the hostages still held, whose number Israel put at 120": a count in a
    # relative clause takes its status from that clause
    opened = open_relative_clause(lex).search(left_sentence)
    left_sentence = left_sentence[opened.start() :] if opened else left_sentence
    contrasts = lex.find("contrast", left_sentence)  # "the deal provides for 33, while Israel has freed 400"
    left_sentence = left_sentence[contrasts[-1].end() :] if contrasts else left_sentence
    found = lex.find("status", without_relative_clauses(lex, left_sentence)) + lex.find("status", predicate)
    statuses = {lex.status_words[" ".join(m.group().lower().split())] for m in found}
    if "proposed" in statuses and lex.find("forecaster", left_sentence):
        statuses.add("projected")  # "el modelo prevé 6.550 muertes": what a model foresees is a forecast
    for status in ("projected", "proposed"):
        if status in statuses:
            return status
    return "reported"
