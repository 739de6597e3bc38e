"""Which attribution frame covers a figure, and whom the frame names (`docs/method.md`, "Who said it")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from etl.extract.attribution import acts, this_one
from etl.extract.frame import Frame
from etl.extract.lexicon import Lexicon
from etl.extract.portfolios import resolve_portfolio
from etl.extract.pronouns import last_named_by
from etl.extract.source_names import (
    SourceMention,
    earlier_alias,
    last_of_its_kind,
    named_so,
    resolve_alias,
)
from etl.extract.unknown_sources import clean_name, descriptor_names

if TYPE_CHECKING:  # the reading state holds frames' sources; only its type is needed here
    from etl.extract.reading import DocumentState
    from etl.extract.sentences import Sentence

BOUND_GAP = 4  # characters between a source's count and its number: "count of 42,847", "toll: 42,847"
THIS_ONE_REACH = 400  # characters back to the name "this agency" points to: this sentence and the last
RELATIVE_GAP = 6  # characters between a count and the subject that tells of it: "35 the army says are dead"


@lru_cache(maxsize=16)  # one per lexicon
def relative_opening(lex: Lexicon) -> re.Pattern[str]:
    """ " que l'", " que el ", " hostages that Israel's ": past the count's noun (a few words), a
    relative pronoun (and an article or an owner) between a count and the subject of the clause that
    tells of it."""
    pronoun = rf"{lex.alt('relative_pronoun')}|{lex.alt('complementizer')}"
    noun = r"(?:\s+[^\W\d_][\w-]*){0,3}?"
    owner = r"(?:[^\W\d_][\w-]*['’]s\s+)?"
    return re.compile(
        rf"{noun}\s+(?:{pronoun})(?:\s+|(?<=')\s*)(?:{lex.alt_before_word('determiner')})?{owner}"
    )


def tells_of_count(lex: Lexicon, text: str, frame: Frame, end: int) -> bool:
    """ "35 the army says are dead", "39 que l'armée dit mortes": the subject of a relative clause right
    after the count speaks of it."""
    if frame.kind != "subject" or frame.source.start < end:
        return False
    return frame.source.start - end <= RELATIVE_GAP or bool(
        relative_opening(lex).fullmatch(text, end, frame.source.start)
    )


def frame_for(
    frames: list[Frame],
    start: int,
    end: int,
    previous_end: int = 0,
    contrasted: bool = False,
    clause_breaks: tuple[int, ...] = (),
    next_start: int | None = None,
    told_by: tuple[Frame, ...] = (),
) -> Frame | None:
    """The frame that covers a figure at [start, end) of its sentence (the count before it ends at
    `previous_end`, 0 when there is none; `contrasted` when a clause of contrast opens between them;
    `clause_breaks` where semicolons part the sentence's clauses; `next_start` where the count after it
    starts, None when none does; `told_by` the subjects of a relative clause right after it)."""
    # "1,062 were killed, up from the 627 deaths reported by the ministry": a source bound to the count
    # itself is its own, whoever speaks for the sentence (and no other count's)
    bound = [f for f in frames if 0 <= f.listed_from <= start <= f.count_at]
    if bound:
        return bound[0]
    relative = [f for f in frames if f in told_by]
    if relative:
        return relative[0]
    before = [f for f in frames if f.kind == "subject" and f.end <= start]
    if before:
        nearest = max(before, key=lambda f: f.end)
        # "..., the military said, prompting strikes that killed 45, according to hospitals": a speaker
        # between commas tells of what came before it; the source that closes the count's clause wins
        closing = [
            f
            for f in frames
            if f.start >= end and (f.kind == "according" or f.kind == "subject" and f.trailing)
        ]
        # "Doctors said families can report deaths; 61,900 died, the ministry said": past a semicolon,
        # the speaker that closes the count's own clause wins over the one that opened the sentence
        separated = any(nearest.end <= b < start for b in clause_breaks)
        # "Iran said 610 were killed, while missiles killed 28 in Israel, according to Israeli authorities"
        if (nearest.trailing or contrasted or separated) and closing:
            return min(closing, key=lambda f: f.start)
        # "Israel says it killed 20,000; Gaza ministry toll tops 50,000": past the count before it, a
        # source that opens the count's own clause wins over the speaker of the clause before
        opening = [
            f
            for f in frames
            if f.kind == "according" and max(previous_end, nearest.end) <= f.start and f.end <= start
        ]
        return max(opening, key=lambda f: f.start) if previous_end and opening else nearest
    after = [f for f in frames if f.kind == "subject" and f.start >= end and f.trailing]
    if after:
        return min(after, key=lambda f: f.start)
    according = [
        f
        for f in frames
        if f.kind == "according"
        and start >= f.covers_from
        and f.count_at < 0
        and not binds_next(f, next_start)
    ]
    # "1.060 han muerto, según el ministerio, mientras que 44 israelíes ..., según cifras israelíes": past
    # a count before it in its sentence, a count's source is the one that follows it, when one does
    after = [f for f in according if f.start >= end]
    if previous_end and after:
        return min(after, key=lambda f: f.start)
    return min(according, key=lambda f: abs(f.start - start)) if according else None


def binds_next(frame: Frame, next_start: int | None) -> bool:
    """ "..., well above the Ministry of Health's count of 42,847": a source's count named right before
    the count after this one is that count's."""
    if not frame.owns_count or next_start is None:
        return False
    return 0 <= next_start - frame.end <= BOUND_GAP


def resolve_frame(
    frame: Frame, location: str, sentence: Sentence, state: DocumentState, document_fallback: bool = True
) -> str:
    """The canonical source of a frame: the nearest subject that resolves, pronouns and names by memory."""
    lex = state.lex
    if frame.same_as_last and state.speakers.last:  # "the same agency": one so named, else the last
        return last_named_by(lex, frame.source.text, state.speakers)
    for source in [frame.source, *frame.alternatives]:
        if source.kind == "generic":  # "Medics", "Nasser Hospital": a clean name of its own
            return clean_name(source.text)
        if source.kind == "portfolio":  # "the finance ministry": its government's, or a name of its own
            return resolve_portfolio(lex, source, location) or clean_name(source.text)
        if source.kind == "alias":
            found = resolve_alias(lex, source.text, location)
            if not found and document_fallback:  # "according to the ministry": the one that spoke last
                found = last_of_its_kind(lex, source.text, state.speakers.last, location)
            elif not found:  # where the count is is not known yet: only a last speaker its name calls so
                found = named_so(lex, source.text, state.speakers.last)
            if not found and document_fallback and not location:  # a placed figure keeps its place
                found = resolve_alias(lex, source.text, state.place)
        elif source.kind == "pronoun":
            apposed = apposed_alias(lex, sentence.text, source.end)
            if apposed:  # "la chaîne Al-Massirah", "the group Hamas": the name the noun introduces
                found = resolve_alias(lex, apposed, location)
                if found:
                    return found
            named_last = this_one_named(lex, source, sentence, state, location)
            if named_last:
                return named_last
            earlier = earlier_alias(lex, sentence.text, source.start)
            if earlier and source.basis and earlier.start == source.basis.start:
                earlier = None  # "Citing the ministry, it said": the ministry is where "it" got the figure
            named = descriptor_names(lex, sentence.text[: source.start])
            if named and (not earlier or named[-1].start > earlier.start):
                return clean_name(named[-1].text)  # "the group Airwars said it had documented"
            speaker = earlier if earlier and not acts(lex, sentence.text, earlier) else None
            found = resolve_alias(lex, speaker.text, location) if speaker else ""
            found = found or last_named_by(lex, source.text, state.speakers)
        else:
            found = source.canonical or state.speakers.last
        if found:
            return found
    return frame.source.text if frame.source.kind == "alias" else ""


def this_one_named(
    lex: Lexicon, source: SourceMention, sentence: Sentence, state: DocumentState, location: str
) -> str:
    """ "Según este organismo", "according to this agency": the source named last, in this sentence or
    the ones just before, whether it spoke or not; "" for another pronoun or when none resolves."""
    if not this_one(lex).match(source.text):
        return ""
    start = sentence.start + source.start
    before = state.document.text[max(0, start - THIS_ONE_REACH) : start]
    named = earlier_alias(lex, before, len(before))
    return resolve_alias(lex, named.text, location) if named else ""


def apposed_alias(lex: Lexicon, text: str, end: int) -> str:
    """A known name right after a noun that points back ("la chaîne Al-Massirah"), or ""."""
    window = text[end : end + 60]
    found = lex.find("source", window)
    return (
        found[0].group() if found and found[0].start() > 0 and not window[: found[0].start()].strip() else ""
    )
