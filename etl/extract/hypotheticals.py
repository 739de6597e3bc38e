"""Counts that are not claims about anyone, because the sentence makes them up: a comparison by
scale ("as if 45,000 Americans had been killed", "the equivalent of some 270,000 Britons", "Gaza's
dead would number about 4.5m") or a condition ("Had the United States suffered such an attack,
40,000 Americans would have died")."""

from __future__ import annotations

import re
from typing import NamedTuple

from etl.extract.lexicon import Lexicon
from etl.extract.numbers import NumberMention
from etl.extract.sentences import Sentence

CLAUSE_BREAK = ";"  # a comparison's scope ends at the clause its marker opens


class Markers(NamedTuple):
    """Where a sentence's comparisons open (`hypothetical_lead`) and its conditions' verbs stand."""

    leads: list[re.Match[str]]
    verbs: list[re.Match[str]]


def sentence_markers(lex: Lexicon, sentence: Sentence) -> Markers:
    """The sentence's markers, scanned once for all its counts."""
    return Markers(lex.find("hypothetical_lead", sentence.text), lex.find("hypothetical_verb", sentence.text))


def is_hypothetical(sentence: Sentence, markers: Markers, mention: NumberMention) -> bool:
    """A count after a `hypothetical_lead` in its clause ("comme si 1 000 Français"), or before a
    `hypothetical_verb` ("40,000 Americans would have died") in it."""
    start = mention.qualifier_start - sentence.start
    end = mention.end - sentence.start
    text = sentence.text
    return any(m.end() <= start and CLAUSE_BREAK not in text[m.end() : start] for m in markers.leads) or any(
        m.start() >= end and CLAUSE_BREAK not in text[end : m.start()] for m in markers.verbs
    )
