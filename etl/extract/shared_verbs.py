"""A verb shared by counts listed together: a count with no verb of its own takes the one of the
count after it ("82 soldiers and 47 civilians were killed"), of its part, or of its whole."""

from __future__ import annotations

import re

from etl.extract import metrics as met
from etl.extract.count_kinds import lex_domain_of
from etl.extract.lexicon import Lexicon
from etl.extract.noun_phrases import leading_phrase
from etl.extract.parts import (
    ends_with_term,
    fronted_partitive,
    is_bare_conjunction,
    is_inclusion,
    is_membership,
)
from etl.extract.reading import Reading
from etl.extract.sentences import Sentence


def fill_from_next(lex: Lexicon, readings: list[Reading], sentence: Sentence) -> None:
    """ "82 soldiers and 47 civilians were killed", "632 Palestinians, 147 of them children, have been
    killed": a number left without a metric takes the one of the number coordinated with it.

    From the last number back, so that a metric passes down a chain ("558 people, including 50
    children and 94 women, were killed")."""
    for index in range(len(readings) - 2, -1, -1):
        reading, following = readings[index], readings[index + 1]
        between = sentence.text[reading.end : following.start][len(reading.phrase.text) :]
        before = reading.metric
        lend_verb(lex, reading, following, between, sentence)
        if reading.metric != before:
            # the verb's clause, and the day it names ("were killed on Thursday"), lie past the other count
            reading.extra["verb_window_end"] = following.extra.get(
                "verb_window_end", following.extra["window"][1]
            )


def lend_verb(lex: Lexicon, reading: Reading, following: Reading, between: str, sentence: Sentence) -> None:
    """The metric the count coordinated after a count, or its part, lends it through a verb they share."""
    if reading.extra.get("from_parent") and following.extra.get("event") and is_inclusion(lex, between):
        # "This includes 459 people, among them 154 children, who died": past the aside about its part,
        # the verb is the count's own, not its whole's
        if re.match(r"\s*,", following.extra.get("predicate", "")):
            reading.metric = met.metric_for(lex, reading.domain, following.extra["event"]) or reading.metric
    if (
        reading.extra.get("from_parent")
        # people of no kind ("127 children"): "250 serving life sentences" are prisoners, held before
        and reading.phrase.domain in ("", "people")
        and following.parent is reading.parent
        and following.extra.get("verb_event")
        and is_bare_conjunction(lex, between)
        and opens_with_verb(lex, following.extra.get("predicate", ""))
    ):
        # "9,384 injured, including 127 children and 261 women killed": the verb after the parts is theirs
        reading.metric = met.metric_for(lex, reading.domain, following.extra["verb_event"]) or reading.metric
    # "Of the 101 hostages, 35 have been confirmed dead": the partitive's whole is no count listed with it
    opens_part = reading.start < len(fronted_partitive(lex, sentence.text[: following.start]))
    if reading.extra.get("by_domain") and following.extra.get("verb_event") and not opens_part:
        share_verb(lex, reading, following, between)
    if (reading.extra.get("by_domain") or not reading.metric) and following.parent is reading:
        verb_after_part(lex, reading, following, sentence.text)
    if is_partitive(lex, between):
        reading.extra["whole"] = following  # its group, and the verb after it, are the part's too
        if reading.metric:  # "the remains of 15 of the 28 dead hostages": of the kind of its whole
            event = reading.extra.get("event", "")
            if event in ("held", "released") and met.names_the_dead(lex, following.phrase, ""):
                event = "dead"  # "Hamas has returned 13 of 28 deceased hostages": the dead handed over
            reading.metric = met.metric_for(lex, following.domain, event) or reading.metric
    if reading.extra.get("by_domain") and is_membership(lex, between) and following.extra.get("event"):
        # "Two Israeli hostages were among the 12 people freed": the part shares the count's event
        reading.metric = met.metric_for(lex, reading.domain, following.extra["event"]) or reading.metric
    if reading.metric or reading.is_thing or not following.metric:
        return
    shares = is_bare_conjunction(lex, between) or is_partitive(lex, between)  # "111 des 251 personnes"
    if shares or following.parent is reading or is_membership(lex, between):
        reading.metric = following.metric
        reading.domain = following.domain
        # "37 of the 101 hostages still held in Gaza are dead": the whole's verb is the part's
        predicate = following.extra.get("predicate", "")
        # "Five of the 12 wounded soldiers died": a verb with no auxiliary, when the whole has no other
        main = met.main_event(lex, predicate) or met.predicate_event(predicate, lex)
        if main in ("held", "released") and met.names_the_dead(lex, following.phrase, ""):
            main = "dead"  # "24 of the 28 deceased hostages have been returned": the dead handed over
        if main and ends_with_term(lex, "back_reference", between):
            reading.metric = met.metric_for(lex, following.domain, main) or reading.metric
            # its noun's metric, or its participle's: "111 of the 251 people abducted ... are still held"
            own = following.phrase.event or participle_event(lex, predicate)
            whole = met.metric_for(lex, following.domain, own)
            # "12 of the 40 soldiers were wounded": the 40 were not, and count nothing of their own
            if following.metric == reading.metric and (whole or met.is_finite(lex, predicate)):
                following.metric = whole


def participle_event(lex: Lexicon, predicate: str) -> str:
    """The event of a participle right after a count's noun ("people abducted on 7 October"), when
    another verb follows it; else ""."""
    events = lex.find("event", predicate)
    if len(events) < 2 or predicate[: events[0].start()].strip():
        return ""
    return met.event_of(lex, events[0])


def fill_from_parent(readings: list[Reading]) -> None:
    """ "289 people, including 115 children, have died ..., 175 of them since July": a part read before
    its whole took its verb from the count after it takes the whole's metric now; so does a part when
    its whole took the verb after the parts ("Eight hostages, three Israelis and five Thais, were
    freed")."""
    for reading in readings:
        if not reading.extra.get("from_parent") or not reading.parent.metric:
            continue
        if not reading.metric or reading.parent.extra.get("verb_after_parts"):
            reading.metric = reading.parent.metric


def share_verb(lex: Lexicon, reading: Reading, following: Reading, between: str) -> None:
    """ "21 hostages and 766 prisoners have been released": a count named only by its domain takes the
    verb of the count coordinated after it, and lends it on down a list."""
    if following.domain in ("", "people") or not is_bare_conjunction(lex, between):
        return  # "59 hostages and 1,000 people killed": only a count of a kind lends its verb
    metric = met.metric_for(lex, reading.domain, following.extra["verb_event"])
    if metric:
        reading.metric = metric
        reading.extra["verb_event"] = following.extra["verb_event"]


def opens_with_verb(lex: Lexicon, predicate: str) -> bool:
    """Does the predicate open with its verb ("killed", "were killed"), not a clause (", who died")?"""
    verb = re.match(rf"\s*(?:(?:{lex.alt('auxiliary')})\s+)*", predicate)
    return bool(leading_phrase(lex, "event", predicate[verb.end() :]))


def verb_after_part(lex: Lexicon, reading: Reading, part: Reading, text: str) -> None:
    """ "33 hostages, eight of them dead, were returned", "33 hostages - eight of them dead - returned",
    "seven hostages, including three foreigners, had been killed": the verb after a part set off by
    commas or dashes is the whole's."""
    # past an inclusion too: "seven hostages, including three foreigners, had been killed"
    # past a few words that place the whole: "Eight Thai workers still in Gaza, including two ..."
    opening = re.fullmatch(
        rf"((?:\s+[\w'’-]+){{0,4}}?)\s*([,—–(-])\s*(?:(?:{lex.alt('inclusion')})\s+)?",
        text[reading.end : part.start][len(reading.phrase.text) :],
    )
    if not opening:
        return
    mark = {",": ",", "(": r"\)"}.get(opening.group(2), r"—–\-")
    closing = re.match(rf"[^{mark};:]*[{mark}]", text[part.end :])
    if not closing:
        return
    rest = text[part.end + closing.end() :]
    verb = re.match(rf"\s*(?:(?:{lex.alt('auxiliary')})\s+)*", rest)
    event = leading_phrase(lex, "event", rest[verb.end() :])
    verb_event = met.event_of(lex, event) if event else ""
    if verb_event in met.STATE_EVENTS:  # through a linking verb: "..., remain in captivity" is held
        verb_event = met.predicate_event(rest, lex) or verb_event
    metric = met.metric_for(lex, reading.domain, verb_event) if verb_event else ""
    if metric:
        reading.metric = metric
        reading.extra["verb_after_parts"] = True
        if reading.domain in ("", "people"):  # "Eight Thai workers, ..., remain in captivity": hostages
            reading.domain = lex_domain_of(lex, metric)
        own = part.extra.get("event", "")
        if own in met.DEATH_EVENTS:  # "..., including two believed dead, ...": dead hostages
            part.metric = met.metric_for(lex, reading.domain, own) or part.metric


def is_partitive(lex: Lexicon, between: str) -> bool:
    """ "15 of the 28", "15 de los 28": a part right before the whole it is taken from."""
    return bool(re.fullmatch(rf"\s*{lex.alt('of')}\s+(?:{lex.alt('determiner')}\s+)?", between))
