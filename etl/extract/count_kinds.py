"""What kind of people a count counts: the domains a metric counts, and prisoners told from hostages."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from etl.extract import metrics as met
from etl.extract import source_names as names
from etl.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from etl.extract.reading import Reading

# "160 doctors are still held by Israel": the count's noun, an auxiliary and adverbs before the verb
HELD_AFTER_WORDS = 6


def borrowed_domain(lex: Lexicon, event: str, figures: list[Reading | None]) -> str:
    """ "251 people were abducted; 97 remain in Gaza": a bare count whose event names no metric of
    people counts the kind of the nearest figure before it, if that kind can have the event."""
    nearest = next((figure for figure in figures if figure is not None), None)
    if nearest is None:
        return ""
    return next((kind for kind in domains_of(lex, nearest.metric) if (kind, event) in lex.metric_of), "")


def domains_of(lex: Lexicon, metric: str) -> list[str]:
    """The domains a metric counts, in the metrics table's order."""
    return [domain for (domain, _), name in lex.metric_of.items() if name == metric]


def telling_domain_of(lex: Lexicon, metric: str) -> str:
    """The most telling kind a metric counts ("251 people abducted": hostages, not people)."""
    domains = domains_of(lex, metric)
    return next((d for d in domains if d != "people"), domains[0] if domains else "")


def lex_domain_of(lex: Lexicon, metric: str) -> str:
    return next(iter(domains_of(lex, metric)), "")


def prisoners_event(lex: Lexicon, text: str, reading: Reading) -> str:
    """ "160 doctors held by Israel", "Israel is still holding 160 doctors", "Israel freed 250 people":
    people whom Israel holds or frees are its prisoners, not hostages. The event ("held", "released") of a
    count of people whose holder is at home where prisoners are held, by the verb a few words after the
    count in its clause, or the last one before it; "" otherwise."""
    event = next((e for e in ("held", "released") if reading.metric == met.metric_for(lex, "people", e)), "")
    # where the metrics table says prisoners are held: the home of their holder
    prisons = lex.metric_location.get(met.metric_for(lex, "prisoners", "held"), ("", True))[0]
    if not event or not prisons:
        return ""
    verbs = [m for m in lex.find("event", text) if met.event_of(lex, m) == event]
    after = next((m for m in verbs if m.start() >= reading.end), None)
    gap = text[reading.end : after.start()] if after else ""
    if after and len(gap.split()) <= HELD_AFTER_WORDS and not re.search(r"[,;:]", gap):
        return event if names.holder_home(lex, after, text) == prisons else ""
    before = [m for m in verbs if m.end() <= reading.start]
    return event if before and names.holder_home(lex, before[-1], text) == prisons else ""
