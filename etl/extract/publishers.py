"""Who published a count, and who only acted: "figures released on Monday by the ministry", "the 627
deaths reported by", "confirmed dead by", "compiled by" name a count's source; "run by Hamas",
"captives released by Hamas" name an actor."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon


@lru_cache(maxsize=16)
def publication_agent(lex: Lexicon) -> re.Pattern[str]:
    """ "figures released on Monday by the", "the toll, published Tuesday by", "a report by the", "chiffres
    publiés par le": what stands before the publisher of a count, ending where the publisher begins.
    Without the count ("captives released by Hamas") the verb is an event and "by" names its actor."""
    return re.compile(publication_lead(lex).pattern + "$")


@lru_cache(maxsize=16)
def reported_by_pattern(lex: Lexicon) -> re.Pattern[str]:
    # a count and up to three words of its noun before the verb: "627 deaths reported by the"
    return re.compile(
        rf"\d\s+(?:[^\W\d]+\s+){{0,3}}?(?P<verb>{lex.alt('publication_verb')})\s+(?:{lex.alt('agent')})\s+"
        rf"(?:{lex.alt_before_word('determiner')})?$",
        re.IGNORECASE,
    )


def reported_by(lex: Lexicon, text: str, source_start: int) -> re.Match[str] | None:
    """ "the 627 deaths reported by the": a verb of publication that names no event (or follows a noun
    that names the count's: "101 injured released by"), then its agent, right before a source, who
    published the count ("captives released by Hamas" is an event's actor)."""
    found = reported_by_pattern(lex).search(text, 0, source_start)
    if found:
        # "101 injured released by the ministry": past a noun that names the count's event, the verb publishes
        named = lex.find("event", text[found.start() : found.start("verb")])
        if named or not lex.find("event", found.group("verb")):
            return found
    return revised_by(lex, text, source_start)


def revised_by(lex: Lexicon, text: str, source_start: int) -> re.Match[str] | None:
    """ "raised to 558 by the", "relevé à 558 par le": who revised a count to its number published it (the
    match starts at the number)."""
    found = count_then_agent(lex).search(text, 0, source_start)
    if found and revised_lead(lex).search(text, 0, found.start()):
        return found
    return None


@lru_cache(maxsize=16)
def count_then_agent(lex: Lexicon) -> re.Pattern[str]:
    """A number, up to three words of its noun, the agent and an article, ending where a source begins."""
    return re.compile(
        rf"(?<![\d,.])\d[\d,.\u00a0\u202f ]*\s+(?:[^\W\d]+\s+){{0,3}}?(?:{lex.alt('agent')})\s+"
        rf"(?:{lex.alt_before_word('determiner')})?$"
    )


@lru_cache(maxsize=16)
def revised_lead(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lex.alt('revised_to')})\s+$")


@lru_cache(maxsize=16)
def confirmed_by(lex: Lexicon) -> re.Pattern[str]:
    """ "confirmed dead by the", "confirmée par l'": an agent who confirms a count is its source."""
    return re.compile(rf"(?<![\w-])(?:{lex.alt('according')})\s+(?:{lex.alt_before_word('determiner')})?$")


@lru_cache(maxsize=16)
def compiled_by(lex: Lexicon) -> re.Pattern[str]:
    """ "figures compiled by the", "datos recogidos por la": who compiled the figures is their source."""
    return re.compile(rf"(?<![\w-])(?:{lex.alt('compiled_by')})\s+(?:{lex.alt_before_word('determiner')})?$")


@lru_cache(maxsize=16)
def publication_lead(lex: Lexicon) -> re.Pattern[str]:
    """What stands before the publisher of a count, anywhere in a text."""
    day = (
        # "on Monday", "el lunes", "este domingo"
        rf"(?:(?:{lex.alt('location_preposition')}|{lex.alt('determiner')}|{lex.alt('this_determiner')})\s+)?"
        rf"(?:{lex.alt('weekday')}|{lex.alt('relative_day')})\s+"
    )
    return re.compile(
        rf"(?<![\w-])(?:{lex.alt('count_noun')}),?\s+(?:(?:{lex.alt('publication_verb')})\s+(?:{day})?)?"
        rf"{lex.alt('agent')}\s+(?:{lex.alt_before_word('determiner')})?"
    )


@lru_cache(maxsize=16)  # one per lexicon: asked per source name
def owned_count(lex: Lexicon) -> re.Pattern[str]:
    """What follows the owner of a count: "'s latest toll"; "Gaza health ministry toll tops 50,000", as a
    headline drops the "'s" before a noun that is no verb ("officials report heavy losses" is a
    speaker's own verb)."""
    nouns = lex.alt("count_noun")
    return re.compile(rf"(?:['’]s?\s+(?:\w+\s+)?{nouns}|\s+{lex.alt('compound_count_noun')})\b")


@lru_cache(maxsize=16)  # one per lexicon: asked per source name
def actor_before(lex: Lexicon) -> re.Pattern[str]:
    """The agent of a passive ("by", "por", "par"), maybe an article and a word in lower case, right
    before a name: "run by Hamas", "controladas por los rebeldes hutíes"."""
    determiner = lex.alt("determiner")
    return re.compile(rf"(?<![\w-]){lex.alt('agent')}\s+(?:{determiner}\s*)?(?:[^\W\d_A-Z]+\s+)?$")


def names_an_actor(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Is the name at `start` the agent of an act ("run by Hamas"), not of a publication ("figures
    released by the ministry", "the deaths reported by", "confirmed by", "compiled by"), nor the owner
    of a count ("by Hamas's own count")?"""
    if not actor_before(lex).search(text, 0, start) or owned_count(lex).match(text, end):
        return False
    return not reported_by(lex, text, start) and not any(
        pattern.search(text, 0, start)
        for pattern in (publication_agent(lex), confirmed_by(lex), compiled_by(lex))
    )
