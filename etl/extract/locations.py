"""Where the counted people were killed, hurt, held or displaced.

In order: a region word that spans places (empty), the place named around the number
("in the West Bank"), the place before a clause opened by "where", the metric's own place
(prisoners: Israel), a nationality the number counts ("four Israelis"), the one place
its sentence names, the section heading, the source's home, the document's main place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon, last_words_start

COUNTRY_REACH = 20  # characters around a place's name that a longer country's name may take
OPENING_PLACE_WORDS = 8  # "En el norte de la Franja de Gaza,": a phrase of place, not a clause


def location_of(lex: Lexicon, term: str) -> str:
    return lex.location_words.get(" ".join(term.lower().split()), "")


@lru_cache(maxsize=16)  # one per lexicon
def destination_word(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){lex.alt('destination')}\s+")


def destination(lex: Lexicon, predicate: str) -> str:
    """ "returned 195 bodies to Gaza", "ont été restitués à Gaza": the place the predicate sends them to
    (after the `destination` role), or ""."""
    place = lex.pattern("location")
    for sent in destination_word(lex).finditer(predicate):
        found = place.match(predicate, sent.end()) if place else None
        if found:
            return lex.location_words.get(found.group().lower(), "")
    return ""


@lru_cache(maxsize=16)
def place_opener(lex: Lexicon) -> tuple[re.Pattern[str], int]:
    """The word before a place ("in", "in the", "in northern"), and the most words it spans."""
    determiner, modifier = lex.alt("determiner"), lex.alt("place_modifier")
    pattern = re.compile(rf"(\w+)(?:['’]|\s+{determiner})?(?:\s+{modifier})?\s*$")
    return pattern, 1 + lex.most_words("determiner") + lex.most_words("place_modifier")


def places_in(lex: Lexicon, text: str, excluded: list[tuple[int, int]] = ()) -> list[tuple[int, str, str]]:
    """(offset, location, preposition) of each place named in text, outside the excluded spans."""
    found = []
    subject, subject_words = clause_subject(lex)
    actor, waged = possessive_actor(lex), action_before(lex)
    for match in sorted(lex.find("location", text) + far_places(lex, text), key=lambda m: m.start()):
        if any(a <= match.start() < b for a, b in excluded):
            continue
        if subject.search(text, last_words_start(text, match.start(), subject_words), match.start()):
            continue  # "since Israel freed four hostages": the clause's actor, not where the count is
        if actor.match(text, match.end()):
            continue  # "killed in Israel's offensive on Gaza": the country wages it; Gaza is the place
        if match.group()[0].islower() and waged.search(text, max(0, match.start() - 40), match.start()):
            continue  # "muertos en ataques israelíes": a nationality after the action is who wages it
        if is_compound_name(text, match.start(), match.end()):
            continue  # "killed in the Israel-Hamas war": a war named by its sides, no place
        if longer_country(lex, text, match):
            continue  # "South Sudan", "Soudan du Sud": another country than the one its name holds
        found.append(
            (match.start(), location_of(lex, match.group()), preposition_before(lex, text, match.start()))
        )
    return found


def longer_country(lex: Lexicon, text: str, match: re.Match[str]) -> str:
    """The longer name of a country the place's name is inside ("South Sudan" around "Sudan"), or ""."""
    if " ".join(match.group().lower().split()) not in names_in_countries(lex):
        return ""  # most places' names are in no country's (for speed)
    start = max(0, match.start() - COUNTRY_REACH)
    found = lex.find("country", text[start : match.end() + COUNTRY_REACH])
    return next(
        (
            m.group()
            for m in found
            if m.start() + start <= match.start()
            and match.end() <= m.end() + start
            and len(m.group()) > len(match.group())
        ),
        "",
    )


@lru_cache(maxsize=16)  # one per lexicon
def names_in_countries(lex: Lexicon) -> frozenset[str]:
    """The places' names (lower case) that are words of a longer country's name."""

    def spaced(name: str) -> str:
        return " " + " ".join(name.lower().replace("-", " ").split()) + " "

    countries = {spaced(t) for group in (lex.term_groups.get("country") or {}).values() for t in group}
    places = {t.lower() for group in (lex.term_groups.get("location") or {}).values() for t in group}
    return frozenset(p for p in places if any(spaced(p) in c and spaced(p) != c for c in countries))


def far_places(lex: Lexicon, text: str) -> list[re.Match[str]]:
    """Countries beyond the war's own places, only where a preposition of place governs them ("in
    western Afghanistan", "en Birmanie"): a bare name there is a nationality, a speaker or an outlet
    ("Radio Nacional de España", "cascos azules de Sri Lanka", "Global Affairs Canada")."""
    prepositions = lex.lower_words("far_place_preposition")
    return [m for m in lex.find("country", text) if word_before_place(lex, text, m.start()) in prepositions]


def is_compound_name(text: str, start: int, end: int) -> bool:
    """Is the word at start..end joined by a hyphen or dash to a word before or after it?"""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    joined_after = len(after) == 2 and after[0] in "-–" and after[1].isalpha()
    joined_before = len(before) == 2 and before[1] in "-–" and before[0].isalpha()
    return joined_after or joined_before


def word_before_place(lex: Lexicon, text: str, start: int) -> str:
    """The word before the place at `start`, past an article and a modifier ("in" of "in southern
    Lebanon"), lower-cased; "" at the start of the text."""
    opener, words = place_opener(lex)
    before = opener.search(text, last_words_start(text, start, words), start)
    return before.group(1).lower() if before else ""


def preposition_before(lex: Lexicon, text: str, start: int) -> str:
    """The preposition of place ("in", "from") that governs the word at `start`, past an article and a
    modifier ("in southern Lebanon"), or ""."""
    word = word_before_place(lex, text, start)
    # two lookups, not a union: a union would build a new set for every place in every sentence
    governs = word in lex.lower_words("location_preposition") or word in lex.lower_words("origin")
    return word if governs else ""


@lru_cache(maxsize=16)
def possessive_actor(lex: Lexicon) -> re.Pattern[str]:
    """ "'s military offensive", "'s 13-month war": a name that owns a military action wages it.
    "Gaza's north" or "Israel's south" stay places: no military action follows."""
    stop = "|".join(
        lex.alt(role) for role in ("location_preposition", "conjunction", "determiner", "subordinator")
    )
    return re.compile(
        rf"['’]s\s+(?:(?!(?:{stop})\s)[\w-]+\s+){{0,2}}{lex.alt('military_action')}(?![\w-])", re.IGNORECASE
    )


@lru_cache(maxsize=16)
def action_before(lex: Lexicon) -> re.Pattern[str]:
    """A military action right before a word ("ataques israelíes")."""
    return re.compile(rf"(?<![\w-]){lex.alt('military_action')}\s+$", re.IGNORECASE)


@lru_cache(maxsize=16)
def clause_subject(lex: Lexicon) -> tuple[re.Pattern[str], int]:
    """A subordinator right before a name ("since ", "depuis qu'", "lorsque l'"): the name is the
    subject of a clause of its own. And the most words it spans."""
    pattern = re.compile(
        rf"(?<![\w'’-]){lex.alt_before_word('subordinator')}{lex.alt_before_word('determiner')}?$"
    )
    return pattern, lex.most_words("subordinator") + lex.most_words("determiner")


def explicit_place(lex: Lexicon, window: str, offset: int, excluded: list[tuple[int, int]]) -> str | None:
    """The place named with a preposition in the figure's own window, nearest to the number; ""
    when it is one of a list of places in more than one location ("in Gaza and the West Bank"),
    None when the window names none."""
    origins = lex.lower_words("origin")
    located = [
        (abs(position - offset), position, location)
        for position, location, preposition in places_in(lex, window, excluded)
        if preposition and preposition not in origins
    ]
    if not located:
        return None
    _, position, location = min(located)
    return "" if len(listed_places(lex, window, position, excluded)) > 1 else location


def opening_place(lex: Lexicon, sentence: str) -> str | None:
    """ "In Gaza, the ministry said ...", "En Cisjordania, ...": the one place of a short phrase of place
    that opens the sentence, before its first comma; None when the sentence opens otherwise."""
    head, comma, _ = sentence.partition(",")
    if not comma or len(head.split()) > OPENING_PLACE_WORDS:
        return None
    words = head.lower().split()
    if not words or words[0] not in lex.lower_words("location_preposition"):
        return None  # "From Gaza, ...", "The ministry in Gaza, ...": no phrase of place opens it
    places = {location for _, location, _ in places_in(lex, head)}
    return places.pop() if len(places) == 1 else None


def clause_place(lex: Lexicon, before: str, window: str) -> str | None:
    """ "fired rockets at northern Israel, wounding two people": a count governed by the verb that
    opens its window goes on the clause before it, so is where that clause names (its explicit place,
    nearest its end); None when the window opens otherwise or the clause names no place."""
    events = lex.find("event", window)
    if not events or window[: events[0].start()].strip():
        return None
    clause = re.split(r"[.;:]", before)[-1]
    return explicit_place(lex, clause, len(clause), [])


def referred_place(lex: Lexicon, window: str, before: str) -> str | None:
    """ "killed in attacks there": a word that points back to a place is the last place named before
    it, in `before` (the text up to the window), that is not people, a speaker nor an origin; None
    when the window has no such word, or only an existential "there are"."""
    existential = verb_after(lex)
    pointers = [m for m in lex.find("place_reference", window) if not existential.match(window, m.end())]
    # "killed in the territory": the last place named that is a territory (Gaza, not "Israel" attacked)
    territories = lex.find("territory_reference", window)
    pointers = sorted(pointers + territories, key=lambda m: m.start())
    if not pointers:
        return None
    text = before + window[: pointers[0].start()]
    origins, people, speaking = lex.lower_words("origin"), lex.pattern("people"), speaking_places(lex, text)
    named = [
        location
        for position, location, word in places_in(lex, text)
        if word not in origins
        and not (people and people.match(text, position))  # "34 Israelis": people, not a place named
        and position not in speaking
        and (pointers[0] not in territories or location in lex.words("territory"))
    ]
    return named[-1] if named else None


@lru_cache(maxsize=16)
def verb_after(lex: Lexicon) -> re.Pattern[str]:
    """An auxiliary, copula, modal or linking verb right after a word ("there were", "there remain")."""
    verbs = "|".join(lex.alt(role) for role in ("auxiliary", "copula", "modal", "linking_verb"))
    return re.compile(rf"\s+(?:{verbs})(?![\w-])")


def listed_places(lex: Lexicon, text: str, start: int, excluded: list[tuple[int, int]]) -> set[str]:
    """The locations of the place at `start` and of the places listed after it ("northern Israel,
    the Golan Heights and southern Lebanon"): only commas, conjunctions, determiners, prepositions,
    place modifiers and names between them, and a conjunction before the last."""
    joiners = list_words(lex)
    places = [m for m in lex.find("location", text) if not any(a <= m.start() < b for a, b in excluded)]
    following = [m for m in places if m.start() >= start]
    if not following or following[0].start() != start:
        return set()
    listed, pending, end = {location_of(lex, following[0].group())}, set(), following[0].end()
    for match in following[1:]:
        tokens = re.findall(r"[\w'’-]+|[^\w\s]", text[end : match.start()])
        if not all(t == "," or t.lower() in joiners or t[:1].isupper() for t in tokens):
            break
        pending.add(location_of(lex, match.group()))
        if any(t.lower() in lex.lower_words("conjunction") for t in tokens):
            listed |= pending
            pending = set()
        end = match.end()
    return listed


@lru_cache(maxsize=16)
def list_words(lex: Lexicon) -> frozenset[str]:
    """The words that may stand between the places of a list."""
    roles = ("conjunction", "determiner", "location_preposition", "place_modifier", "of")
    return frozenset(word for role in roles for term in lex.lower_words(role) for word in term.split())


def single_place(lex: Lexicon, text: str, excluded: list[tuple[int, int]]) -> str | None:
    """The one place a sentence names ('' when it names several, None when none)."""
    origins, agent = lex.lower_words("origin"), agent_before(lex)
    found = [
        (loc, prep)
        for start, loc, prep in places_in(lex, text, excluded)
        if prep not in origins
        and not agent.search(text, 0, start)  # "released by Israel": an actor
        and not (not prep and opens_clause_as_subject(text, start))  # "Israel resumes strikes, killing 400"
    ]
    places = {loc for loc, prep in found if prep} or {loc for loc, _ in found}  # "in Gaza" beats a bare name
    if len(places) == 1:
        return places.pop()
    return "" if places else None


def opens_clause_as_subject(text: str, start: int) -> bool:
    """A bare name that opens its sentence (or a line's label: "March 18, 2025: Israel resumes strikes";
    or past a short opening phrase: "In return, Israel freed") and a lower-case word after it: the
    subject that acts, not where the count is."""
    opens = re.search(r"(?:^|:|^[^\W\d][^,:;]{0,24},)\s*$", text[:start])
    return bool(opens) and bool(re.match(r"\S+\s+[a-z]", text[start:]))


@lru_cache(maxsize=16)
def agent_before(lex: Lexicon) -> re.Pattern[str]:
    """The agent of a passive ("by", "por", "par"), and maybe an article, right before a name."""
    return re.compile(rf"(?<![\w-]){lex.alt('agent')}\s+(?:{lex.alt('determiner')}\s*)?$")


def spans_regions(lex: Lexicon, text: str) -> bool:
    """ "in the region", "on the Israeli side": the count spans several places."""
    return bool(lex.find("region", text))


@lru_cache(maxsize=16)
def speech_after(lex: Lexicon) -> re.Pattern[str]:
    """A speech verb right after a name ("Israel says")."""
    return re.compile(rf"\s+{lex.alt('speech_verb')}(?![\w-])")


def speaking_places(lex: Lexicon, text: str) -> set[int]:
    """The offsets of the place names a speech verb follows ("Israel says"): speakers, not places; but
    not one after its preposition ("the health ministry in Gaza says": where the speaker is)."""
    speech = speech_after(lex)
    return {
        m.start()
        for m in lex.find("location", text)
        if speech.match(text, m.end()) and not preposition_before(lex, text, m.start())
    }


def party_places(lex: Lexicon, text: str) -> set[int]:
    """The offsets of the place names coordinated with a party ("Israel and Hamas trade blame",
    "Hezbollah and Israel exchange fire"): sides that act, not places."""
    conjunction = lex.alt("conjunction")
    places = lex.find("location", text)
    named = {(m.start(), m.end()) for m in places}
    parties = [m for m in lex.find("source", text) if (m.start(), m.end()) not in named]  # "Gaza and Israel"
    found = set()
    for match in places:
        after = re.match(rf"\s*(?:,|{conjunction})\s+", text[match.end() :])
        before = re.search(rf"\s+(?:{conjunction})\s*$", text[: match.start()])
        if any(
            (after and party.start() == match.end() + after.end())
            or (before and party.end() == before.start())
            for party in parties
        ):
            found.add(match.start())
    return found
