"""Who a figure is from where no attribution frame names anyone: a table's row, header, caption or
note, and a fact line's label."""

from __future__ import annotations

import re

from etl.extract import source_names as names
from etl.extract.lexicon import Lexicon
from etl.extract.sentences import FACT_LABEL
from etl.extract.tables import CellReading


def label_source(lex: Lexicon, before: str, place: str) -> str:
    """ "Palestinians killed (OCHA): 609, including 143 children", "Total number of people killed (MoH):
    39,965": a source in brackets in a fact line's label is its counts'."""
    label = FACT_LABEL.match(before)
    bracketed = re.search(r"\(([^()]+)\)", label.group(1)) if label else None
    named = lex.find("source", bracketed.group(1)) if bracketed else []
    return names.resolve_alias(lex, named[0].group(), place) if named else ""


def cell_source(lex: Lexicon, row: str, cell: CellReading, place: str) -> str:
    """Who a table's cell is from: a source its row names ("Gaza Strip (MoH Gaza)", a source column),
    else its table's header, caption or note ("Source: OCHA Protection of Civilians database")."""
    for text in (row, *cell.notes):
        # a name that is also a place's names the place in a table ("Israel", "Mount Lebanon")
        places = {(m.start(), m.end()) for m in lex.find("location", text)}
        for named in lex.find("source", text):
            if names.in_compound(text, named) or (named.start(), named.end()) in places:
                continue
            source = names.resolve_alias(lex, named.group(), place)
            if source:  # "MoH" in a note names no ministry of a row placed in Israel
                return source
    return ""
