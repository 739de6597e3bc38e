"""Numbers inside a name: no count of anything ("France 24", "Channel 12", "the Group of Seven")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.numbers import NumberMention
from etl.extract.source_names import in_source_name

LOWER_AFTER = re.compile(r"\s+[a-z]|\s*[,.;:)]")  # "Seven summit": the name ends at the number


@lru_cache(maxsize=16)  # one per lexicon
def titled_before(lex: Lexicon) -> re.Pattern[str]:
    """ "Group of ": a capitalised word and "of" right before the number."""
    return re.compile(rf"(?<![\w'’-])[A-Z][\w'’-]*\s+(?:{lex.alt('of')})\s+$")


def in_a_name(lex: Lexicon, text: str, mention: NumberMention) -> bool:
    """A number in digits inside a known source's name ("France 24", "Channel 12"), or a number word
    written with a capital after a capitalised word and "of", with the name ending on it ("the Group of
    Seven summit"; in a headline in title case, "Release of Seven Hostages", the next word is capitalised
    too and the number counts)."""
    if not mention.is_word:
        return in_source_name(lex, text, mention.start, mention.end)
    if not mention.text[:1].isupper():
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(titled_before(lex).search(before)) and bool(LOWER_AFTER.match(text, mention.end))
