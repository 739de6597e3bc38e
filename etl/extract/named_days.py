"""Days named by their date alone: "the October 7 attack", "l'attaque du 7 octobre".

A date without a year is read as the latest such day up to publication, so "the October 7
attack" in coverage of 2025 would be 7 October 2024. A day in `seeds/reference/named_days.csv`
named as an event (its date next to one of the `named_event` words) is that day whatever the
year of the coverage, and the figures counted "in" it are placed where it happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from etl.extract.dates import date_pattern, parse_calendar_date
from etl.extract.lexicon import Lexicon
from etl.extract.source_names import resolve_alias

EVENT_REACH = 60  # characters before a named day's date where the word of its event may stand
WORDS_BETWEEN = r"(?:[\w-]+['’]\s*|[\w'’-]+\s+)"  # "Hamas's", "the", "l'": words before or within the name
WORD_TAIL = re.compile(r"[\w'’-]*")
POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class NamedDay:
    start: int  # where the event's name begins ("attack" of "the attack of October 7", else the date)
    date_start: int  # where its date begins (-1 when the actor names it: "the Hamas attack")
    day: date
    location: str
    end: int  # where the event's name ends


@lru_cache(maxsize=16)  # one per lexicon, asked per figure
def name_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The event word after a date ("October 7 Hamas attack"), before it ("attack of October 7"),
    and the preposition that makes the event the figure's ("killed in the October 7 attack")."""
    event, of = lex.alt("named_event"), lex.alt("of")
    after = re.compile(rf"[,.]?\s+{WORDS_BETWEEN}{{0,2}}?(?:{event})(?!\w)")
    link = rf"{of}|{lex.alt('named_event_link')}"  # "the attack of October 7", "the attack on 7 October"
    before = re.compile(rf"(?<!\w)(?:{event})\s+(?:{link})\s*(?:{lex.alt('determiner')}\s+)?$")
    preposition = re.compile(rf"(?<!\w)(?:{lex.alt('event_preposition')})\s+{WORDS_BETWEEN}{{0,2}}$")
    return after, before, preposition


def named_days_in(lex: Lexicon, text: str, published: date | None) -> list[NamedDay]:
    """Each date of the text that names an event of a named day before publication: without a year
    ("the October 7 attack") or with the named day's ("l'attaque du 7 octobre 2023")."""
    pattern = date_pattern(lex)
    if not lex.named_days or published is None or pattern is None or not lex.find("named_event", text):
        return []
    after, before, _ = name_patterns(lex)
    found = []
    for match in pattern.finditer(text):
        if named := after.match(text, match.end()):
            start, end = match.start(), named.end()
        elif named := before.search(text, 0, match.start()):
            start, end = named.start(), match.end()
        else:
            continue
        for day, location, _ in lex.named_days:
            if day <= published and parse_calendar_date(match.group(), lex.language, day) == day:
                found.append(NamedDay(start, match.start(), day, location, end))
                break
    return found


def days_named_by_actor(lex: Lexicon, text: str, published: date | None) -> list[NamedDay]:
    """Each named day the text names by the actor of its attack: "the Hamas attack", "Hamas's assault",
    "the Hamas-led onslaught", "el ataque de Hamás", "l'attaque du Hamas". Only the definite event is
    the day: "a Hamas attack on troops" is another."""
    days = {actor: (day, location) for day, location, actor in lex.named_days if actor}
    if not days or published is None or not lex.find("named_event", text):
        return []
    after, before, _ = name_patterns(lex)
    found = []
    for mention in lex.find("source", text):
        day, location = days.get(resolve_alias(lex, mention.group(), ""), (None, ""))
        if day is None or day > published:
            continue
        word_end = WORD_TAIL.match(text, mention.end()).end()  # "Hamas-led", "Hamas's"
        start = definite_start(lex, text[: mention.start()], text[mention.start() : word_end])
        if start is not None and (named := after.match(text, word_end)):
            found.append(NamedDay(start, -1, day, location, named.end()))
        elif (named := before.search(text, 0, mention.start())) and definite_start(
            lex, text[: named.start()], ""
        ) is not None:
            found.append(NamedDay(named.start(), -1, day, location, word_end))
    return found


def definite_start(lex: Lexicon, before: str, name: str) -> int | None:
    """Where a definite name of the event begins: at the actor's possessive ("Hamas's attack"), or at
    the definite article before it, past a year ("the 2023 Hamas attack", "l'attaque du Hamas");
    None for an indefinite one."""
    if POSSESSIVE.search(name):
        return len(before)
    last = re.search(r"([\w'’]+)\s*(?:\d{4}\s*)?$", before)
    if last and last.group(1).lower() in lex.lower_words("definite"):
        return last.start()
    return None


def counts_in(lex: Lexicon, text: str, named: NamedDay) -> bool:
    """Whether the clause counts what happened in the named day ("killed in the October 7 attack",
    "seized during the Oct. 7 assault") or opens with it ("The October 7 attack killed ..."), rather
    than what followed it ("the war sparked by the October 7 attack")."""
    _, _, preposition = name_patterns(lex)
    determiners = lex.lower_words("determiner") | {""}
    opener = text[: named.start].strip().lower()
    return (
        bool(preposition.search(text, 0, named.start))
        or opener in determiners
        or (opens_subordinate(lex, opener, determiners) and is_subject_of_count(lex, text[named.end :]))
        or bool(toll_of(lex).search(opener))
    )


@lru_cache(maxsize=16)
def toll_of(lex: Lexicon) -> re.Pattern[str]:
    """ "the toll of the October 7 attack", "le bilan de l'attaque du 7 octobre": the day's own toll."""
    toll, of, determiner = lex.alt("heading_toll"), lex.alt("of"), lex.alt("determiner")
    return re.compile(rf"(?<![\w-])(?:{toll})\s+(?:{of})(?:\s*(?:{determiner}))?$")


def opens_subordinate(lex: Lexicon, opener: str, determiners: frozenset[str]) -> bool:
    """ "The war began when the October 7 attack ...": the name opens a clause of its own (not after
    "since" or "after", which also head a phrase: "the offensive since the Hamas attack has killed")."""
    clauses = lex.find("event_clause", opener)
    return bool(clauses) and opener[clauses[-1].end() :].strip() in determiners


def is_subject_of_count(lex: Lexicon, after: str) -> bool:
    """ "... Hamas's attack killed 1,200", "l'attaque du Hamas a tué": the count's verb follows the name."""
    events = lex.find("event", after[:40])
    return bool(events) and events[0].start() == len(after) - len(after.lstrip())


def named_event_place(lex: Lexicon, text: str, published: date | None) -> str:
    """Where a named day happened, when the figure's clause counts in it."""
    for named in named_days_in(lex, text, published) + days_named_by_actor(lex, text, published):
        if counts_in(lex, text, named):
            return named.location
    return ""


def named_day_before(lex: Lexicon, before: str, clause: str, published: date | None) -> str:
    """ "the 7 October attack, in which about 1,200 people were killed": a relative clause opened by a
    preposition of the event right after a named day counts in it; where it happened, else ""."""
    if not relative_in_event(lex).match(clause):
        return ""
    head = before.rstrip().rstrip(",").rstrip()
    named = named_days_in(lex, head, published) + days_named_by_actor(lex, head, published)
    found = next((n.location for n in named if ends_name(lex, head[n.end :])), "")
    return found or dated_event_before(lex, head, published)


def dated_event_before(lex: Lexicon, head: str, published: date | None) -> str:
    """ "the Hamas attack on Israel on October 7, 2023": a named day's date closing a phrase that names
    its event a few words before; where it happened, else ""."""
    pattern = date_pattern(lex)
    dated = [m for m in pattern.finditer(head) if m.end() == len(head)] if pattern and published else []
    if not dated or not lex.find(
        "named_event", head[max(0, dated[0].start() - EVENT_REACH) : dated[0].start()]
    ):
        return ""
    for day, location, _ in lex.named_days:
        if day <= published and parse_calendar_date(dated[0].group(), lex.language, day) == day:
            return location
    return ""


def named_day_clauses(lex: Lexicon, text: str, published: date | None) -> list[tuple[int, int]]:
    """The spans of relative clauses about a named day, up to the comma that closes them: in "the 7
    October attack, in which about 1,200 people were killed and 251 taken hostage, has ..."."""
    spans = []
    for opened in re.finditer(r",", text):
        if named_day_before(lex, text[: opened.start()], text[opened.end() :], published):
            closed = re.compile(r",\s|[;.]\s|$").search(text, opened.end())
            spans.append((opened.end(), closed.start() if closed else len(text)))
    return spans


def in_day_clause(
    lex: Lexicon, text: str, between: tuple[int, int], counts: list[int], published: date | None
) -> bool:
    """Does a relative clause about a named day hold the count (at `between[0]`), closed before a
    count of the main clause that the frame after them (at `between[1]`) tells of?"""
    start, frame_start = between
    spans = named_day_clauses(lex, text, published) if "," in text[:start] else []
    return any(a <= start < b <= c < frame_start for a, b in spans for c in counts)


def ends_name(lex: Lexicon, rest: str) -> bool:
    """Nothing, or the day's date, follows the name: "el ataque de Hamás del 7 de octubre de 2023"."""
    pattern = date_pattern(lex)
    link = rf"\s*(?:(?:{lex.alt('of')}|{lex.alt('named_event_link')})\s+)?"
    dated = re.match(link, rest)
    return not rest.strip() or bool(pattern and dated and pattern.fullmatch(rest, dated.end()))


@lru_cache(maxsize=16)
def relative_in_event(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:(?:{lex.alt('event_preposition')})\s+(?:{lex.alt_before_word('determiner')})?)?"
        rf"(?:{lex.alt('relative_pronoun')})(?![\w-])",
        re.IGNORECASE,
    )


def without_named_days(lex: Lexicon, text: str, published: date | None) -> str:
    """The text with each date that names an event blanked out: "revised the toll from the October 7
    attack" gives no day to the statement."""
    pattern = date_pattern(lex)
    for named in named_days_in(lex, text, published):
        match = pattern.match(text, named.date_start) if pattern else None
        if match:
            text = text[: match.start()] + " " * len(match.group()) + text[match.end() :]
    return text
