"""The event verbs of a predicate that tell what befell the count: the ones in the passive where only
the passive is an event, none out of a place, none with people of their own as object."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.role_edges import starts_with_role


@lru_cache(maxsize=16)  # one per lexicon
def out_of_before(lex: Lexicon) -> re.Pattern[str]:
    """ "from ", "de entre ": what a place people were taken out of follows."""
    return re.compile(rf"(?<![\w'’-]){lex.alt_before_word('out_of')}$", re.IGNORECASE)


def predicate_terms(lex: Lexicon, text: str) -> list[re.Match[str]]:
    """The event terms of a predicate. A verb that is an event only in the passive ("33 hostages were
    returned") is none in the active ("500,000 people have returned to the north": they went back); a
    verb that is one only before what it counts ("Hezbollah has lost 500 fighters") is none after it
    ("4,000 children have lost one or both legs"; "lost their lives" is one by "lives")."""
    passive_only, governing_only = lex.lower_words("passive_event"), lex.lower_words("governing_only_event")
    passive, out_of = passive_before(lex), out_of_before(lex)
    found = []
    for match in lex.find("event", text):
        term = " ".join(match.group().lower().split())
        if term in governing_only or (term in passive_only and not passive.search(text, 0, match.start())):
            continue
        if out_of.search(text, 0, match.start()) and event_of(lex, match) == "missing":
            continue  # "recovered from under the rubble": where they were, not what befell them
        if has_people_object(lex, match.group(), text[match.end() :]):
            continue  # "serving sentences for attacks that killed Israelis": it befell others
        found.append(match)
    return found


def has_people_object(lex: Lexicon, verb: str, after: str) -> bool:
    """Does a verb take people as its object right after it ("killed Israelis", "killed Israeli
    soldiers", "mataron a civiles", "ont tué des civils")? Then what it tells befell them, not the
    count before it. A term of several words needs an article or a marker before them: in "han salido de
    las cárceles israelíes" the demonym is the prison's."""
    marked = re.match(rf"\s*(?:(?:{lex.alt('object_marker')}|{lex.alt('determiner')})\s+)+", after)
    if not marked and len(verb.split()) > 1:
        return False
    rest = after[marked.end() :] if marked else after
    return starts_with_role(lex, "people", rest) or starts_with_role(lex, "subgroup", rest)


@lru_cache(maxsize=16)
def passive_before(lex: Lexicon) -> re.Pattern[str]:
    """A passive auxiliary right before a verb, past one adverb ("were returned", "have been quietly")."""
    return re.compile(rf"(?<![\w-])(?:{lex.alt('passive_auxiliary')})\s+(?:[^\W\d_]+\s+)?$")


def event_of(lex: Lexicon, match: re.Match[str]) -> str:
    return lex.event_words[" ".join(match.group().lower().split())]
