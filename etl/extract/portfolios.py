"""Whose a ministry named by its portfolio is ("the finance ministry", "the Egyptian interior ministry")."""

from __future__ import annotations

from etl.extract.lexicon import Lexicon
from etl.extract.locations import places_in
from etl.extract.source_names import SourceMention, resolve_alias


def resolve_portfolio(lex: Lexicon, mention: SourceMention, location: str) -> str:
    """ "Israel's defence ministry", "the finance ministry" (of a count in Israel): a ministry other than
    health is its government's (the `government_word` role at the country the name or the count names),
    where the tables know that government; after a nationality, the source the tables name by it and a
    `nationality_source` word ("the Egyptian interior ministry": "Egyptian officials", Egypt); else it
    keeps its own name."""
    if mention.canonical:  # "Ministerio de Justicia israelí": the ministry word and its nationality name it
        return mention.canonical
    nationality = mention.text.split()[0]
    if nationality.lower() in lex.lower_words("demonym"):
        owners = (resolve_alias(lex, f"{nationality} {w}", "") for w in lex.words("nationality_source"))
        owner = next((o for o in owners if o), "")
        if owner:
            return owner
    named = [place for _, place, _ in places_in(lex, mention.text)]
    if not named and lex.find("foreign_portfolio", mention.text):
        return ""  # "según su Ministerio de Asuntos Exteriores": it tells of its nationals abroad
    country = named[0] if named else location
    for word in lex.words("government_word"):
        found = resolve_alias(lex, word, country) if country else ""
        if found:
            return found
    return ""
