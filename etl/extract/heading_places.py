"""Where a heading or a whole document says its figures are: the one place a heading names (not a
speaker nor a party), a country that opens it, a kicker's place, and the document's own place."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from etl.extract.clauses import CAPITAL
from etl.extract.lexicon import Lexicon
from etl.extract.locations import location_of, party_places, places_in, speaking_places, speech_after


@lru_cache(maxsize=256)  # asked for each figure under a heading
def heading_place(lex: Lexicon, heading: str) -> str:
    """The one place a heading names; of several, the one it names with a preposition
    ("Israel strikes kill dozens in Gaza": Gaza, where they were killed); not one that speaks."""
    speaking = speaking_places(lex, heading) | party_places(lex, heading)
    # "Israel says body returned by Hamas is not a hostage": the country speaks, it is not the place
    found = [place for place in places_in(lex, heading) if place[0] not in speaking]
    places = {location for _, location, _ in found}
    if len(places) > 1 and ";" in heading:
        # "Gaza strikes kill 96 as truce talks resume; fighting flares on Lebanon border": the story
        # its first clause tells
        first = heading_place(lex, heading.split(";", 1)[0])
        if first:
            return first
    if len(places) > 1:
        # "Líbano: ya son 558 los muertos por los bombardeos de Israel": "de" names whose the strikes
        # are, not where; then the place set before the colon says what the heading is about
        origins, of = lex.lower_words("origin"), lex.lower_words("of")
        places = {location for _, location, word in found if word and word not in origins and word not in of}
        if len(places) != 1:
            places = {kicker_place(lex, heading)} - {""}
    if not places:  # "Myanmar quake toll passes 3,000", "Nigeria: Maiduguri floods": a far country leads
        places = {leading_country(lex, heading)} - {""}
    return places.pop() if len(places) == 1 else ""


def leading_country(lex: Lexicon, heading: str) -> str:
    """The country a heading opens with, its subject or its kicker, unless it speaks ("Russia says")."""
    first = next(iter(lex.find("country", heading[:60])), None)
    if not first or heading[: first.start()].strip() or speech_after(lex).match(heading, first.end()):
        return ""
    return location_of(lex, first.group())


def kicker_place(lex: Lexicon, heading: str) -> str:
    """ "Líbano: más de 3.000 muertos desde el inicio de las hostilidades con Israel": a place standing
    alone before a colon that opens the heading is what the heading is about."""
    kicker = re.match(r"\s*([^:]+?)\s*:\s", heading)
    if not kicker:
        return ""
    return next(
        (
            location_of(lex, m.group())
            for m in lex.find("location", kicker.group(1))
            if m.group() == kicker.group(1)
        ),
        "",
    )


def qualifies_a_name(lex: Lexicon, text: str, offset: int) -> bool:
    """ "members of the Lebanese Hezbollah": a nationality before a name names no place things happen;
    "in Palestinian territory" does."""
    demonym = lex.pattern("demonym")
    found = demonym.match(text, offset) if demonym else None
    return bool(found and re.match(rf"\s+{CAPITAL}", text[found.end() :]))


def document_place(lex: Lexicon, title: str, text: str) -> str:
    """The document's main place: its title's, else its dateline's, else the one most named with a
    preposition, else the most named one."""
    title_place = heading_place(lex, title)
    if title_place:
        return title_place
    dateline = re.search(r"^\s*([A-Z][A-Z' -]+?)\s*[—–-]\s", text, re.MULTILINE)
    if dateline:
        place = heading_place(lex, dateline.group(1).title())
        if place:
            return place
    origins = lex.lower_words("origin")
    found = places_in(lex, text)
    # "in Gaza" names where things happen; a bare "Israel" is often a country that acts or speaks
    placed = Counter(
        location
        for offset, location, word in found
        if word and word not in origins and not qualifies_a_name(lex, text, offset)
    )
    counts = placed or Counter(location for _, location, _ in found)
    return counts.most_common(1)[0][0] if counts else ""
