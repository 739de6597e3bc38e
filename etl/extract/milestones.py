"""Milestones: a number named as a mark that a toll passes.

"passed the grim milestone of 10,000", "crossed the 20,000 mark", "franchit la barre symbolique
des 60 000", "superó la cifra de 40.000": the verb of passing is a qualifier phrase of
qualifiers.csv, and the mark between it and the number is a `milestone_noun` of lexicon.csv.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon, alternation

# The mark's own words: up to two, before or after its noun ("grim", "symbolique").
ADJECTIVES = r"(?:[^\W\d]+\s+){0,2}"
WINDOW = 70  # characters before the number that a milestone phrase may take


@lru_cache(maxsize=16)
def milestone_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...] | None:
    """(mark before the number, article before the number, mark after it) for a language."""
    verbs = alternation(set(lex.qualifier_before))
    nouns = lex.alt("milestone_noun")
    if nouns == "(?!)" or not lex.qualifier_before:
        return None
    # "franchit ainsi la barre": one adverb may stand between the verb and the mark's article
    article = rf"(?<![\w])(?P<verb>{verbs})\s+(?:[^\W\d]+\s+)?(?:{lex.alt('definite')})\s+"
    of = lex.alt("of")
    mark_before = re.compile(rf"{article}{ADJECTIVES}(?:{nouns})\s+{ADJECTIVES}(?:{of})\s*$")
    article_only = re.compile(rf"{article}$")
    mark_after = re.compile(rf"(?:\s+|-)(?:{nouns})(?![\w])")
    return mark_before, article_only, mark_after


def milestone_qualifier(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """(qualifier, where its verb starts) when the number at start:end is a mark passed, else None."""
    patterns = milestone_patterns(lex)
    if patterns is None:
        return None
    mark_before, article_only, mark_after = patterns
    window_start = max(0, start - WINDOW)
    near = text[window_start : end + 20].lower()
    if not any(noun in near for noun in lex.lower_words("milestone_noun")):
        return None  # no mark near the number: the costlier patterns need not run
    window = text[window_start:start]
    match = mark_before.search(window)
    if match is None and mark_after.match(text, end):
        match = article_only.search(window)
    if match is None:
        return None
    verb = " ".join(match.group("verb").split()).lower()
    return lex.qualifier_before[verb], window_start + match.start()
