"""Frames the layout of a line makes: a name that labels it before a colon ("MDA: 61 people wounded"),
closes its bracket ("540 (UN OCHA)") or follows its closing dash ("300 wounded — health ministry")."""

from __future__ import annotations

import re

from etl.extract.frame import Frame
from etl.extract.lexicon import Lexicon
from etl.extract.source_names import SourceMention

CLOSING_BRACKET = re.compile(r"\s*\)\W*")  # a bracket closing the sentence: ")", ")."
SPEAKER_COLON = re.compile(r":\s")  # "MDA: 61 people wounded": a label, not a clock time ("10:30")
CLOSING_DASH = re.compile(r"\s[—–-]\s*$")  # "... 300 wounded — ": a dash set off by a space
LINE_END = re.compile(r"\W*")


def closing_parenthesis_frames(text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "Aid workers killed: 540 (UN OCHA)": a source right before the bracket that closes the sentence
    is its source."""
    return [
        Frame("according", source, source.start, source.end)
        for source in sources
        if CLOSING_BRACKET.fullmatch(text[source.end :])
    ]


def speaker_label_frames(lex: Lexicon, text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "MDA: 61 people wounded", "Lebanon's Health Ministry: 21 killed": a known name that opens the
    sentence before a colon, as a live blog's entries and posts label who speaks; but "Lebanon: Israeli
    strike kills 13" names a place."""
    return [
        Frame("according", source, source.start, source.end + 1)
        for source in sources
        if source.kind == "alias"
        and not text[: source.start].strip()
        and SPEAKER_COLON.match(text, source.end)
        and " ".join(source.text.lower().split()) not in lex.location_words
    ]


def closing_dash_frames(lex: Lexicon, text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "17:05 Toll rises to 90 dead and 300 wounded — health ministry": a source after a dash that
    closes the line, as alerts and tickers credit a figure; but a news agency there ("— AFP") credits
    the item to its wire, as its dateline does, and is no source."""
    return [
        Frame("according", source, source.start, source.end)
        for source in sources
        if source.kind == "alias"
        and CLOSING_DASH.search(text, 0, source.start)
        and LINE_END.fullmatch(text, source.end)
        and not is_media(lex, source.text)
    ]


def is_media(lex: Lexicon, alias: str) -> bool:
    """Is this name a news outlet's in the sources table?"""
    name = " ".join(alias.lower().split())
    return any(row["kind"] == "media" and row["alias"].lower() == name for row in lex.sources)
