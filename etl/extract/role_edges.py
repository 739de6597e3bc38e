"""Does a text begin or end with a term of a role: the edge tests the rules share.

The rules look at the words touching a number; these helpers answer whether those words
are a term of a role in the reference tables (etl.extract.lexicon).
"""

from __future__ import annotations

import re

from etl.extract.lexicon import Lexicon
from etl.extract.numbers import NumberMention

WORD_BEFORE = re.compile(r"([\w.'’$€£%]+)\W*$")


def starts_with_role(lex: Lexicon, role: str, text: str) -> bool:
    """Does `text` begin (after spaces or a hyphen) with a term of `role`?"""
    return leading_term(lex, role, text) is not None


def leading_term(lex: Lexicon, role: str, text: str) -> re.Match[str] | None:
    """The term of `role` that `text` begins with (after spaces or a hyphen), in the stripped text."""
    pattern = lex.pattern(role)
    return pattern.match(re.sub(r"^[\s\-–]+", "", text)) if pattern else None


def starts_with_people(lex: Lexicon, text: str) -> bool:
    """Does `text` begin with a noun of people ("children", "people")?"""
    return starts_with_role(lex, "people", text) or starts_with_role(lex, "subgroup", text)


def ends_with_role(lex: Lexicon, role: str, text: str) -> bool:
    """Does `text` end (before spaces) with a term of `role`?"""
    pattern = lex.pattern(role)
    if not pattern:
        return False
    tail = text.rstrip()[-40:]
    return any(m.end() == len(tail) for m in pattern.finditer(tail))


def last_word(text: str) -> str:
    match = WORD_BEFORE.search(text)
    return match.group(1) if match else ""


def inside_role(lex: Lexicon, role: str, text: str, mention: NumberMention) -> bool:
    """Is the number a word inside one of the role's terms ("ciento" of "por ciento")?"""
    window = text[max(0, mention.start - 20) : mention.end + 20]
    offset = max(0, mention.start - 20)
    return any(
        m.start() + offset <= mention.start and mention.end <= m.end() + offset
        for m in lex.find(role, window)
    )
