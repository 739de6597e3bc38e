"""Numbers inside a name: no count of anything ("France 24", "Channel 12", "the Group of Seven")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.numbers import NumberMention

LOWER_AFTER = re.compile(r"\s+[a-z]|\s*[,.;:)]")  # "Seven summit": the name ends at the number
NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]*\s+$")  # "France 24": a capitalised word (for speed)
NAME_REACH = 30  # characters around a number that a name holding it may take


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


def in_source_name(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Does a source's name the tables know hold the number at [start, end) ("France 24", "Channel 12")?"""
    if not (
        NAME_BEFORE.search(text, max(0, start - NAME_REACH), start) or opens_a_name(lex, text, start, end)
    ):
        return False
    window = max(0, start - NAME_REACH)
    names = lex.find("source", text[window : end + NAME_REACH])
    return any(m.start() <= start - window and end - window <= m.end() for m in names)


def opens_a_name(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Is the number at [start, end) a known name's first word ("+972 Magazine", known as "972 Magazine")?"""
    return text[start:end] in name_openers(lex)


@lru_cache(maxsize=16)  # one per lexicon
def name_openers(lex: Lexicon) -> frozenset[str]:
    """The first words of the aliases that open on a number: few, so most numbers are passed at once."""
    return frozenset(row["alias"].split()[0] for row in lex.sources if row["alias"][:1].isdigit())
