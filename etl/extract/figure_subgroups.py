"""Which group of people a figure counts: the subgroup its own words name, or the one of the count it
is part of or goes on from (`docs/method.md`, "What a number counts")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.noun_phrases import leading_phrase
from etl.extract.reading import DocumentState, Reading
from etl.extract.restatements import is_whole_of_last
from etl.extract.source_names import preceded_by


def subgroup_for(lex: Lexicon, terms: list[str], source_kind: str) -> str:
    """The subgroup named by the noun phrase; terms like "staff" depend on the source's kind."""
    named = subgroups_named(lex, terms, source_kind)
    return named[0] if named else ""


def subgroups_named(lex: Lexicon, terms: list[str], source_kind: str) -> list[str]:
    """The subgroup of each term that names one, in order."""
    named = []
    for term in terms:
        for subgroup, kind in lex.subgroup_words.get(" ".join(term.split()), []):
            if not kind or kind == source_kind:
                named.append(subgroup)
                break
    return named


def is_mixed_group(lex: Lexicon, phrase: str) -> bool:
    """ "soldiers and civilians" names one group of two kinds; "soldiers and a civilian" adds a count."""
    counted = rf"(?:{lex.alt('determiner')}|{lex.alt('possessive')})\b"
    return bool(re.search(rf"\s(?:{lex.alt('conjunction')})\s+(?!{counted})", phrase))


def read_subgroup(reading: Reading, source_kind: str, previous: list[Reading], state: DocumentState) -> str:
    lex, phrase = state.lex, reading.phrase
    named = subgroups_named(lex, phrase.subgroup_terms or [], source_kind)
    if (len(set(named)) > 1 or (named and phrase.location_terms)) and is_mixed_group(lex, phrase.text):
        return "all"  # "50 soldiers and civilians", "100 Israelis and foreign nationals": no one subgroup
    if previous and is_whole_of_last(lex, reading.extra.get("left", "")):
        return named[0] if named else "all"  # "13 of the 600 dead were children": the part is the children
    whole = reading.extra.get("whole") if not phrase.text.strip() else None
    # "two of the three men were fighters": past a count it points back to, the copula names the part
    # "more than 20 of the hostages are minors": a part of a group named with it, too
    pointed_back = phrase.back_reference is not None or bool(leading_phrase(lex, "partitive", phrase.text))
    copula = copula_subgroup(lex, part_predicate(lex, reading, whole), source_kind)
    if copula and pointed_back:
        return copula
    if named:
        return named[0]
    if copula:  # "31 of those people are children": "people" names no group
        return copula
    if whole is not None:  # "Seven of the 20 journalists were killed": seven journalists
        own = subgroup_for(lex, whole.phrase.subgroup_terms or [], source_kind)
        if own:
            return own
    if (
        reading.parent
        and (not phrase.text.strip() or phrase.head == "people")
        and (reading.parent.metric == reading.metric)
    ):
        return reading.parent.subgroup
    if "restates" in reading.extra:
        return reading.extra["restates"].subgroup or "all"
    # "people", "hostages"; but "two others" are of the kind counted before them
    names_its_kind = (bool(lex.find("people", phrase.text)) and not phrase.others) or bool(phrase.domain)
    if (
        previous
        and not names_its_kind
        and (reading.extra.get("coordinated") or reading.extra.get("historical"))
    ):
        coordinated_with = previous[-1]
        while coordinated_with.parent is not None and (reading.parent is None or phrase.others):
            # "492 dead, 35 of them children and 58 women, and 1,645 wounded": the whole's, not a part's;
            # "10,328 killed, including 4,237 children, and 25,956 others injured": so are the others
            coordinated_with = coordinated_with.parent
        return coordinated_with.subgroup or "all"
    clause = reading.extra.get("clause", "")
    toll = clause if lex.find("heading_toll", clause) else reading.extra.get("toll_named", "")
    if toll:
        # "the toll from explosions of devices used by Hezbollah members": an agent is not whom it counts
        # ("by where the journalists were killed" opens a clause: they are)
        terms = [
            m.group().lower()
            for m in lex.find("subgroup", toll)
            if not agent_of_group(lex).search(toll, 0, m.start())
            and not describes_a_thing(lex, toll, m)
            and not preceded_by(lex, "channel_verb", toll, m.start())  # "told reporters": whom it was said to
        ]
        own = subgroup_for(lex, terms, source_kind)
        if own:
            return own
    return "all"


def describes_a_thing(lex: Lexicon, text: str, term: re.Match[str]) -> bool:
    """ "the toll of the American aggression": a nationality before a word that names no people
    describes a thing, not the group counted ("the toll of American hostages" does count them)."""
    if term.group().lower() not in lex.lower_words("demonym"):
        return False
    following = re.match(r"\s+([a-z][\w-]*)", text[term.end() :])
    if not following:
        return False
    word = following.group(1)
    counted = word in lex.domain_words or word in lex.event_words  # "hostages", "dead"
    return not (counted or lex.find("people", word) or lex.find("subgroup", word))


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def agent_of_group(lex: Lexicon) -> re.Pattern[str]:
    """An agent's preposition, then up to two words that open no clause, right before a group ("by
    Hezbollah members"); `locations.agent_before` allows only an article, before a name."""
    opens_clause = f"{lex.alt('relative_adverb')}|{lex.alt('relative_pronoun')}"
    return re.compile(
        rf"(?<![\w-])(?:{lex.alt('agent')})\s+(?:(?!(?:{opens_clause})\s)[^\W\d]+\s+){{0,2}}$", re.IGNORECASE
    )


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def copula_word(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){lex.alt('copula')}\s")


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def copula_opening(lex: Lexicon) -> re.Pattern[str]:
    """A copula opening a predicate, past an inclusion ("of them were ")."""
    return re.compile(rf"\s*(?:{lex.alt('inclusion')}\s+)?{lex.alt('copula')}\s+(.*)")


def part_predicate(lex: Lexicon, reading: Reading, whole: Reading | None) -> str:
    """The reading's predicate; for a part before its whole, what follows the whole from its copula on
    ("Five of the 12 people killed were children": "were children")."""
    if whole is None:
        return reading.extra.get("predicate", "")
    predicate = whole.extra.get("predicate", "")
    copula = copula_word(lex).search(predicate.split(",")[0])
    return predicate[copula.start() :] if copula else ""


def copula_subgroup(lex: Lexicon, predicate: str, source_kind: str) -> str:
    """The subgroup a copula gives the count ("were children"; "Twelve of them were children": it may
    follow the inclusion), or "" when it is a passive's ("were rescued by troops")."""
    copula = copula_opening(lex).match(predicate)
    if not copula:
        return ""
    found = lex.find("subgroup", copula.group(1)[:40])
    if not found or lex.find("event", copula.group(1)[: found[0].start()]):
        return ""  # "were rescued by troops": a verb's agent, not what the count is
    return subgroup_for(lex, [m.group().lower() for m in found], source_kind)
