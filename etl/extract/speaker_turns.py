"""Who speaks in each turn of a transcript: "HAGARI (translated): ...", "LAERKE (OCHA): ...",
"MR. ERDAN (Israel): ...". A figure its turn gives no other source is its speaker's, as if they had
said it in prose; a journalist's turn ("QUESTION (Channel 12):", "ANCHOR:") names no one."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from etl.extract import source_names as names
from etl.extract.lexicon import Lexicon
from etl.extract.unknown_sources import CAPITALISED_NAME, organisation_headed

# A label at the start of a line: a name in capitals ("DR. HADDAD", "PRIME MINISTER NETANYAHU"), an
# optional description after a comma, an optional aside in brackets, then a colon (in French, after a space).
TURN_LABEL = re.compile(
    r"^(?P<name>(?:[A-Z][A-Z'’.-]* +){0,4}[A-Z][A-Z'’-]*[A-Z]\.?)"
    r"(?P<description>,[^:\n]{1,120}?)?(?:\s*\((?P<aside>[^)\n]{1,60})\))?[ \u00a0\u202f]?:\s",
    re.MULTILINE,
)
# A sentence's end: a full stop after a word of four letters or more, not an abbreviation ("Adm.", "Dr.")
SENTENCE_END = re.compile(r"(?<=[a-z]{4}[.!?])\s+")


@dataclass(frozen=True)
class Turns:
    """Where each labelled turn starts in the text, and the source of its speaker ("" for none)."""

    starts: list[int]
    speakers: list[str]

    def speaker_at(self, offset: int) -> str:
        index = bisect_right(self.starts, offset) - 1
        return self.speakers[index] if index >= 0 else ""


def transcript_turns(lex: Lexicon, text: str, place: str) -> Turns:
    """Every labelled turn of a text, its speaker's names resolved at `place` (the document's). A label
    that is a place ("LEBANON: Flash Update") heads a report and opens no turn. A speaker labelled by
    surname alone ("AL-THAWABTA:") is who the first label with that surname introduced ("ISMAIL
    AL-THAWABTA, Director General of the Government Media Office:")."""
    starts, speakers, known = [], [], {}
    for label in TURN_LABEL.finditer(text):
        name = " ".join(label.group("name").lower().split())
        if name in lex.location_words:
            continue  # "LEBANON: Flash Update #33" names a place
        surname = name.split()[-1]
        speaker = turn_speaker(lex, text, label, place) or known.get(surname, "")
        known.setdefault(surname, speaker)
        starts.append(label.start())
        speakers.append(speaker)
    return Turns(starts, speakers)


def turn_speaker(lex: Lexicon, text: str, label: re.Match[str], place: str) -> str:
    """The source a label names: in its aside or description ("(OCHA)", "(Israel)", ", Director General
    of the Government Media Office"), its name itself ("PRIME MINISTER NETANYAHU"), or the organisation
    named next to the speaker where the text introduces them ("Statement by IDF Spokesperson Rear Adm.
    Daniel Hagari"). A journalist names no one: by their role ("QUESTION (Channel 12):", "HANNAH PRICE
    (CORRESPONDENT):") or their medium."""
    name, aside = label.group("name").title(), label.group("aside") or ""
    if lex.find("journalist_role", name) or lex.find("journalist_role", aside):
        return ""
    for part in (aside, label.group("description") or "", name):
        found = [m for m in lex.find("source", part) if not names.in_compound(part, m)]
        if found:
            return non_media(lex, names.resolve_alias(lex, found[0].group(), place))
    return introduced_by(lex, text, name.split()[-1], place)


def introduced_by(lex: Lexicon, text: str, surname: str, place: str) -> str:
    """The organisation nearest the speaker's surname in the first sentence that names them with one
    (labels write names in capitals, so their own never count): a known source, or an organisation by
    its own name ("Dr Samir Haddad, an emergency physician at the Nasser Medical Complex"); "" when none
    is, or when a journalist's role comes right before the name ("Our correspondent Hannah Price")."""
    for mention in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        line_start = text.rfind("\n", 0, mention.start()) + 1
        if lex.find("journalist_role", " ".join(text[line_start : mention.start()].split()[-3:])):
            return ""
        sentence, offset = sentence_around(text, mention.start(), mention.end())
        found = [
            (abs(offset + start - mention.start()), name)
            for start, name in organisations_in(lex, sentence, place)
        ]
        if found:
            return non_media(lex, min(found)[1])
    return ""


def sentence_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence of a span, and where it starts: ends of sentences are a full stop after a word of
    four letters or more ("Rear Adm. Daniel Hagari" goes on), or a line's end."""
    line_start = text.rfind("\n", 0, start) + 1  # a sentence opens on its line at the earliest
    before = [m.end() for m in SENTENCE_END.finditer(text, line_start, start)]
    opening = max([line_start, *before[-1:]])
    after = SENTENCE_END.search(text, end)
    closing = min(after.start() + 1 if after else len(text), text.find("\n", end) % (len(text) + 1))
    return text[opening:closing], opening


def organisations_in(lex: Lexicon, sentence: str, place: str) -> list[tuple[int, str]]:
    """Where each organisation a sentence names starts, and its source: the tables' (not a place, as
    in "in southern Israel", nor one inside a compound, as in "the Hamas-run ministry") and those no
    table knows, by their own name ("the Nasser Medical Complex")."""
    aliases = lex.find("source", sentence)
    known = [
        (m.start(), names.resolve_alias(lex, m.group(), place))
        for m in aliases
        if " ".join(m.group().lower().split()) not in lex.location_words
        and not names.in_compound(sentence, m)
    ]
    spans = [(m.start(), m.end()) for m in aliases]
    unknown = [
        (m.start(), m.group())
        for m in re.finditer(CAPITALISED_NAME, sentence)
        if organisation_headed(lex, m.group()) and not any(a < m.end() and m.start() < b for a, b in spans)
    ]
    return [(start, name) for start, name in known + unknown if name]


def non_media(lex: Lexicon, source: str) -> str:
    return "" if lex.source_kind.get(source) == "media" else source
