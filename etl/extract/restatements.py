"""Numbers that restate a count already made: the same number again in brackets, or one that points
back to it ("the two men", "all three", "those seven", "20 of the 50")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.numbers import NumberMention

PART_REACH = 40  # characters before a number that "20 of the" may take


def is_restated(text: str, before: NumberMention, mention: NumberMention) -> bool:
    """ "64,300 (sixty-four thousand three hundred)": the same number again in brackets is no new figure."""
    return mention.value == before.value and text[before.end : mention.qualifier_start].strip() == "("


def is_anaphoric(lex: Lexicon, text: str, mention: NumberMention, seen: set[int]) -> bool:
    """ "the two men", "the seven", "deux des trois", "all three": a number word after "the" (or "of
    the" in one word, the `definite_of` role, or "all", the `all_of` role) points back to a count
    already made, when the text has made one ("rescued the four hostages" opening a story is a count
    of its own); after a demonstrative ("those seven", "ces 33 otages"), a number in digits too."""
    before = text[max(0, mention.qualifier_start - 8) : mention.qualifier_start].lower().split()
    if not before or mention.value not in seen:
        return False
    if before[-1] in lex.lower_words("demonstrative") or is_part_of_seen(lex, text, mention):
        return True  # "huit de ces 33 otages", "20 of the 50 are alive": in digits too
    definite = any(before[-1] in lex.lower_words(role) for role in ("definite", "definite_of", "all_of"))
    return mention.is_word and definite  # "All three were seized": all of the three already counted


def is_part_of_seen(lex: Lexicon, text: str, mention: NumberMention) -> bool:
    """ "20 of the 50 are alive": a count, then "of the" (the `back_reference` role) before the number,
    and a verb right after it ("five of the 12 people killed" names a count of its own)."""
    if not follows_its_part(
        lex, text[max(0, mention.qualifier_start - PART_REACH) : mention.qualifier_start]
    ):
        return False
    return bool(verb_after(lex).match(text, mention.end))


def follows_its_part(lex: Lexicon, before: str) -> bool:
    """Does the text before a number end with a count and "of the" ("13 of the")?"""
    found = re.search(rf"(\S+)\s+(?:{lex.alt('back_reference')})\s*$", before[-PART_REACH:])
    return bool(found) and (found.group(1)[0].isdigit() or found.group(1).lower() in lex.numbers)


@lru_cache(maxsize=16)  # one per lexicon
def verb_after(lex: Lexicon) -> re.Pattern[str]:
    verbs = "|".join(lex.alt(role) for role in ("auxiliary", "copula", "linking_verb", "modal"))
    return re.compile(rf"\s+(?:{verbs})(?![\w-])", re.IGNORECASE)


def is_whole_of_last(lex: Lexicon, between: str) -> bool:
    """Is the text between the last count and this one "of the" alone ("13 of the 600")?"""
    return bool(re.fullmatch(rf"\s*(?:{lex.alt('back_reference')})\s*", between, re.IGNORECASE))


def is_asked_to_confirm(lex: Lexicon, sentence: str) -> bool:
    """ "QUESTION: Can you confirm that 40 people were killed?": a figure put to a speaker to confirm is
    asked, not claimed (the `confirmation_question` role, in a sentence that ends with a question mark)."""
    return sentence.rstrip().endswith("?") and bool(lex.find("confirmation_question", sentence))
