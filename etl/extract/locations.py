"""Where the counted people were killed, hurt, held or displaced.

In order: the place named around the number ("in the West Bank"), a nationality the
number counts ("four Israelis"), a region word that spans places (empty), the one place
its sentence names, the section heading, the source's home, the document's main place.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from etl.extract.lexicon import Lexicon, last_words_start


def location_of(lex: Lexicon, term: str) -> str:
    return lex.location_words.get(" ".join(term.lower().split()), "")


@lru_cache(maxsize=16)
def place_opener(lex: Lexicon) -> tuple[re.Pattern[str], int]:
    """The word before a place ("in", "in the", "in northern"), and the most words it spans."""
    determiner, modifier = lex.alt("determiner"), lex.alt("place_modifier")
    pattern = re.compile(rf"(\w+)(?:['’]|\s+{determiner})?(?:\s+{modifier})?\s*$")
    return pattern, 1 + lex.most_words("determiner") + lex.most_words("place_modifier")


def places_in(lex: Lexicon, text: str, excluded: list[tuple[int, int]] = ()) -> list[tuple[int, str, str]]:
    """(offset, location, preposition) of each place named in text, outside the excluded spans."""
    found = []
    prepositions = lex.lower_words("location_preposition") | lex.lower_words("origin")
    opener, words = place_opener(lex)
    for match in lex.find("location", text):
        if any(a <= match.start() < b for a, b in excluded):
            continue
        before = opener.search(text, last_words_start(text, match.start(), words), match.start())
        word = before.group(1).lower() if before and before.group(1).lower() in prepositions else ""
        found.append((match.start(), location_of(lex, match.group()), word))
    return found


def explicit_place(lex: Lexicon, window: str, offset: int, excluded: list[tuple[int, int]]) -> str:
    """The place named with a preposition in the figure's own window, nearest to the number."""
    origins = lex.lower_words("origin")
    located = [
        (abs(position - offset), location)
        for position, location, preposition in places_in(lex, window, excluded)
        if preposition and preposition not in origins
    ]
    return min(located)[1] if located else ""


def single_place(lex: Lexicon, text: str, excluded: list[tuple[int, int]]) -> str | None:
    """The one place a sentence names ('' when it names several, None when none)."""
    origins = lex.lower_words("origin")
    found = [(loc, prep) for _, loc, prep in places_in(lex, text, excluded) if prep not in origins]
    places = {loc for loc, prep in found if prep} or {loc for loc, _ in found}  # "in Gaza" beats a bare name
    if len(places) == 1:
        return places.pop()
    return "" if places else None


def spans_regions(lex: Lexicon, text: str) -> bool:
    """ "in the region", "on the Israeli side": the count spans several places."""
    return bool(lex.find("region", text))


def heading_place(lex: Lexicon, heading: str) -> str:
    """The one place a heading names; of several, the one it names with a preposition
    ("Israel strikes kill dozens in Gaza": Gaza, where they were killed)."""
    found = places_in(lex, heading)
    places = {location for _, location, _ in found}
    if len(places) > 1:
        origins = lex.lower_words("origin")
        places = {location for _, location, word in found if word and word not in origins}
    return places.pop() if len(places) == 1 else ""


def document_place(lex: Lexicon, title: str, text: str) -> str:
    """The document's main place: its title's, else its dateline's, else the most named one."""
    title_place = heading_place(lex, title)
    if title_place:
        return title_place
    dateline = re.search(r"^\s*([A-Z][A-Z' -]+?)\s*[—–-]\s", text, re.MULTILINE)
    if dateline:
        place = heading_place(lex, dateline.group(1).title())
        if place:
            return place
    counts = Counter(location_of(lex, m.group()) for m in lex.find("location", text))
    return counts.most_common(1)[0][0] if counts else ""
