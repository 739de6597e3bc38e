"""Counts that are not claims about anyone, because the sentence makes them up: a comparison by
scale ("as if 45,000 Americans had been killed", "the equivalent of some 270,000 Britons", "Gaza's
dead would number about 4.5m") or a condition ("Had the United States suffered such an attack,
40,000 Americans would have died")."""

from __future__ import annotations

from etl.extract.lexicon import Lexicon
from etl.extract.numbers import NumberMention
from etl.extract.sentences import Sentence

CLAUSE_BREAK = ";"  # a comparison's scope ends at the clause its marker opens


def is_hypothetical(lex: Lexicon, sentence: Sentence, mention: NumberMention) -> bool:
    """A count after a `hypothetical_lead` in its clause ("comme si 1 000 Français"), or before a
    `hypothetical_verb` ("40,000 Americans would have died") in it."""
    start = mention.qualifier_start - sentence.start
    end = mention.end - sentence.start
    before = sentence.text[:start].rsplit(CLAUSE_BREAK, 1)[-1]
    after = sentence.text[end:].split(CLAUSE_BREAK, 1)[0]
    return bool(lex.find("hypothetical_lead", before) or lex.find("hypothetical_verb", after))


def may_be_hypothetical(lex: Lexicon, sentence: Sentence) -> bool:
    """Whether the sentence holds a marker at all: one scan per sentence, before any per-count work."""
    return bool(lex.find("hypothetical_lead", sentence.text) or lex.find("hypothetical_verb", sentence.text))
