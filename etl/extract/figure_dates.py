"""When a figure holds and when its event happened: the statement's date (as_of) and the event's own."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from etl.extract import attribution as attr
from etl.extract import frame_choice as choice
from etl.extract import metrics as met
from etl.extract.dates import date_pattern, dates_in, first_date, resolve, starts_period
from etl.extract.lexicon import Lexicon, remember
from etl.extract.named_days import counts_in, named_days_in, without_named_days
from etl.extract.reading import DocumentState, Reading
from etl.extract.sentences import Sentence
from etl.extract.tables import CellReading

LABEL = re.compile(r"^[^:]{1,40}:\s+")  # "A quick recap: ", "Day 40: "
ANCHOR_WORDS = 3  # words at most between "as of", "au", "al" and its date ("as of noon on Monday")


def statement_date(lex: Lexicon, sentence: Sentence, frame: attr.Frame, published: date) -> date | None:
    """The date inside one frame: "said on Sunday", "its update on Sunday", "On Wednesday, X said"."""
    text = without_named_days(lex, sentence.text, published)  # "the October 7 attack" dates no statement
    if frame.kind == "subject":
        region = re.split(rf"\b{lex.alt('complementizer')}\b|,", text[frame.end : frame.end + 40])[0]
        found = first_date(lex, text[frame.start : frame.end] + " " + region, published, published)
    else:  # "According to the office, 116 hostages abducted on October 7 ...": the comma closes it
        region = re.split(r",\s", text[frame.end : frame.end + 40])[0]  # not the comma of "40,005"
        found = first_date(lex, text[frame.start : frame.end] + region, published, published)
    if found:
        return found
    # "A quick recap: on Sunday evening, X said": a short label before a colon opens nothing
    leading = LABEL.sub("", text[: frame.start], count=1)
    words = leading.split()
    if holds_a_number(lex, without_dates(lex, leading)):
        return None  # the figure itself stands there: its day is the event's, not the statement's
    if words and (words[0].lower() in lex.lower_words("leading") or lex.find("leading", " ".join(words[:3]))):
        for found in dates_in(lex, leading):
            if not starts_period(lex, leading, found.start()):  # "Desde el 7 de octubre": where it starts
                return resolve(lex, found.group(), published, published)
    return None


def holds_a_number(lex: Lexicon, text: str) -> bool:
    """Digits, or a number word other than an article ("two", not "a")."""
    if re.search(r"\d", text):
        return True
    return any(lex.numbers.get(word, (0, "article"))[1] != "article" for word in WORD.findall(text.lower()))


WORD = re.compile(r"[^\W\d_]+")


def without_dates(lex: Lexicon, text: str) -> str:
    """The text without its dates ("On January 19 the " is "On  the "): their digits are no figure's."""
    for found in reversed(dates_in(lex, text)):
        text = text[: found.start()] + text[found.end() :]
    return text


def period_end(lex: Lexicon, text: str, published: date) -> date | None:
    """ "Between 7 October 2023 and 15 May 2024, at least 35,173 were killed", "from 8 October 2023 until
    14 October 2024", "du 8 octobre 2023 au 14 octobre 2024": a count over a period holds as of the day
    the period ends."""
    if not lex.find("period_between", text) and not lex.find("period_from", text):  # most sentences
        return None
    dates = all_dates_in(lex, text)
    for first, second in zip(dates, dates[1:], strict=False):
        # past determiners ("entre el 7 de junio y el 24 de julio"); "la nuit de lundi à mardi" is a
        # night, not a period: "from ... to" needs a day of the month
        days = bool(re.search(r"\d", first.group() + second.group()))
        if any(
            join.fullmatch(text, first.end(), second.start())
            and opening.search(text, 0, first.start())
            and (days or not of_days)
            for opening, join, of_days in period_forms(lex)
        ):
            return span_end(lex, first.group(), second.group(), published)
    return None


def all_dates_in(lex: Lexicon, text: str) -> list[re.Match[str]]:
    """Every date phrase, those after "between" or "from" too (`dates_in` leaves them out), kept in the
    memo: every figure of a sentence asks."""
    key = ("all date phrases", text)
    found = lex.found.get(key)
    if found is None:
        pattern = date_pattern(lex)
        found = tuple(pattern.finditer(text)) if pattern else ()
        remember(lex.found, key, found)
    return list(found)


@lru_cache(maxsize=16)
def period_forms(lex: Lexicon) -> tuple[tuple[re.Pattern[str], re.Pattern[str], bool], ...]:
    """(what opens a period before its first day, what joins its two days, whether one must be a day
    of the month): "between ... and", "from 8 October 2023 until 14 October 2024"."""
    determiner = rf"(?:{lex.alt('determiner')}\s+)?"
    return tuple(
        (
            re.compile(rf"(?<![\w-]){lex.alt(opening)}\s+{determiner}$"),
            re.compile(rf"\s+{lex.alt(join)}\s+{determiner}"),
            of_days,
        )
        for opening, join, of_days in (
            ("period_between", "conjunction", False),
            ("period_from", "period_to", True),
        )
    )


def frame_date(
    lex: Lexicon,
    sentence: Sentence,
    frame: attr.Frame | None,
    frames: list[attr.Frame],
    published: date,
    state: DocumentState,
    deadline: bool = False,
) -> date | None:
    """The date a sentence gives its statement: "as of ...", the frame's own date, an earlier frame's."""
    found = count_date(lex, sentence.text, published, deadline)
    if found:
        return found
    return said_date(lex, sentence, frame, frames, published, state)


def count_date(lex: Lexicon, text: str, published: date, deadline: bool) -> date | None:
    """The day a sentence says its count holds: a label, "as of ...", the end of a period, "by ...";
    not the day after "by" of a term of a deal (`deadline`), which lies ahead."""
    found = label_date(lex, text, published)
    if found:
        return found
    limits = [m.span() for m in lex.find("date_limit", text)]
    for anchor in lex.find("date_anchor", text):
        if any(a <= anchor.start() < b for a, b in limits):
            continue  # "d'ici au 1er mars": the anchor is part of a limit
        found = anchored_date(lex, text[anchor.end() : anchor.end() + 30], published)
        if found:
            return found
    return period_end(lex, text, published) or (None if deadline else limit_date(lex, text, published))


def anchored_date(lex: Lexicon, after: str, published: date) -> date | None:
    """The first date after "as of", "al", "au", unless it starts a period: "tuées au Liban depuis le 7
    octobre" holds no count as of October 7, where "au 7 octobre" would."""
    dates = dates_in(lex, after)
    if not dates or starts_period(lex, after, dates[0].start()):
        return None
    between = after[: dates[0].start()]
    if re.search(r"[,;()]", between) or len(between.split()) > ANCHOR_WORDS:
        return None  # "opérations au sol, le 27 octobre": "au" of another phrase, not "au 27 octobre"
    return resolve(lex, dates[0].group(), published, published)


def said_date(
    lex: Lexicon,
    sentence: Sentence,
    frame: attr.Frame | None,
    frames: list[attr.Frame],
    published: date,
    state: DocumentState,
) -> date | None:
    """The day the frame's source spoke: its own date, or that of an earlier frame of the same source."""
    if frame is None:
        return None
    found = statement_date(lex, sentence, frame, published)
    if found:
        return found
    if state.speakers.last_date and lex.find("same_day", sentence.text[: frame.start]):
        return state.speakers.last_date  # "Le même jour, le ministère a fait état de": the day last given
    own = choice.resolve_frame(frame, "", sentence, state)
    # "..., a annoncé lundi le ministère, qui fait état de 13 492 blessés": a relative clause's frame
    # shares its source's mention with the frame before it
    earlier = (  # (this frame's own date was asked above: not again, for speed)
        f for f in frames if f is not frame and (f.end <= frame.start or f.source.start == frame.source.start)
    )
    for other in sorted(earlier, key=lambda f: -f.end):
        if choice.resolve_frame(other, "", sentence, state) != own:
            continue  # another source's statement date says nothing about this one's
        found = statement_date(lex, sentence, other, published)
        if found:
            return found
    # "It added that ...": the day the source it points back to last spoke (not another source's, when
    # it points to one named earlier in its own sentence)
    if frame.source.kind == "pronoun" and state.speakers.last_date and own == state.speakers.last:
        return state.speakers.last_date
    return None


def label_date(lex: Lexicon, text: str, published: date, dashed: bool = False) -> date | None:
    """ "October 7, 2023: Hamas-led militants attack ...": a date that labels its line, as in a timeline,
    dates what the line tells; one set off by a dash ("17 September – Pagers exploded") when `dashed`
    (the line's own, which a date the sentence gives its statement overrides)."""
    dates = dates_in(lex, text[:40])
    after = r"\s*(?::|[–—-]\s)" if dashed else r"\s*:"
    if not dates or dates[0].start() != 0 or not re.match(after, text[dates[0].end() :]):
        return None
    return resolve(lex, dates[0].group(), published, published)


def limit_date(lex: Lexicon, text: str, published: date) -> date | None:
    """ "had reported 37,877 deaths by June 30": a day right after "by" that the count had reached by
    then (a day ahead, the horizon of a forecast, resolves to none: see `resolve`)."""
    for limit in lex.find("date_limit", text):
        after = text[limit.end() : limit.end() + 30]
        dates = dates_in(lex, after)
        if dates and not after[: dates[0].start()].strip():
            found = resolve(lex, dates[0].group(), published, published)
            if found:
                return found
    return None


def read_as_of(
    reading: Reading,
    sentence: Sentence,
    frame: attr.Frame | None,
    frames: list[attr.Frame],
    published: date | None,
    next_start: int,
    state: DocumentState,
) -> str:
    if published is None:
        return ""
    lex = state.lex
    # "to be freed by March 1": a term's deadline lies ahead, it is no day the count holds
    deadline = reading.extra.get("status") == "proposed"
    reached = reached_day(lex, sentence.text, reading, published)
    if reached:
        reading.extra["reached_day_at"] = reached[0]
    stated = reached[1] if reached else frame_date(lex, sentence, frame, frames, published, state, deadline)
    if not stated and reading.extra.get("list_lead"):  # "Journalists killed, as of August 28: - Gaza: 184"
        stated = count_date(lex, reading.extra["list_lead"], published, deadline)
    if reading.extra.get("historical"):
        own = sentence.text[reading.end : next_start]
        for match in dates_in(lex, own):
            resolved = resolve(lex, match.group(), published, stated or published)
            if resolved:
                return resolved.isoformat()
        return ""
    cell = state.tables.cell_at(reading.mention.start)
    table_day = cell_day(lex, cell, published) if cell else None
    labelled = state.label_day[1]  # the day that labels this sentence's line
    return (stated or table_day or labelled or state.section_day or state.stated_day or published).isoformat()


def cell_day(lex: Lexicon, cell: CellReading, published: date) -> date | None:
    """The day a table's cell holds on: a cell of its row that is a day ("As of: 15 Oct"), else the day
    its table's header, caption or note gives."""
    days = (heading_day(lex, other, published) for other in cell.row)
    notes = (caption_day(lex, note, published) for note in cell.notes)
    return next(filter(None, days), None) or next(filter(None, notes), None)


def caption_day(lex: Lexicon, text: str, published: date) -> date | None:
    """ "Casualties (cumulative since 7 Oct 2023, as of 14 March)", "Table 1: Palestinians killed ...,
    7 Oct 2023 - 10 Feb 2025": the day a table's header, caption or note dates its counts to, after an
    anchor ("as of") or at the end of a span of days."""
    found = first_anchored_date(lex, text, published)
    if found:
        return found
    dates = all_dates_in(lex, text)
    for first, second in zip(dates, dates[1:], strict=False):
        if re.fullmatch(rf"\s*(?:[-–—]|{lex.alt('period_to')})\s*", text[first.end() : second.start()]):
            return span_end(lex, first.group(), second.group(), published)
    return None


def span_end(lex: Lexicon, first: str, last: str, published: date) -> date | None:
    """The last day of a span of days; none when it does not run forward (no past count's span)."""
    start = resolve(lex, first, published, published)
    end = resolve(lex, last, published, published)
    return end if start and end and start <= end else None


def reached_day(lex: Lexicon, text: str, reading: Reading, published: date) -> tuple[int, date] | None:
    """(where the day starts, the day) when a count is said to reach its value on a day: "the toll rose
    to 41,000 on Monday", "passed 50,000 on Sunday". That day is when the count holds, not the day of
    an event: a `count_reached` verb shortly before the number, a day right after it or its noun."""
    number = reading.start + reading.mention.start - reading.mention.qualifier_start  # past "passed"
    if not any(reaches(text, v.end(), reading.start, number) for v in lex.find("count_reached", text)):
        return None
    after = text[reading.end : reading.end + 60]
    for found in dates_in(lex, after)[:1]:
        if AFTER_COUNT.fullmatch(after[: found.start()]) and not starts_period(lex, after, found.start()):
            day = resolve(lex, found.group(), published, published)
            return (reading.end + found.start(), day) if day else None
    return None


def reaches(text: str, verb_end: int, start: int, number: int) -> bool:
    """A verb that leads to the count: at most one word ("to", "at", "a", "à") before its qualifier,
    or the verb is the qualifier ("passed 50,000")."""
    return bool(TO_COUNT.fullmatch(text[verb_end : start if verb_end <= start else number]))


TO_COUNT = re.compile(r"\s+(?:[^\W\d_]+\s+)?")
AFTER_COUNT = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*")  # the count's noun: up to four words, no punctuation


def read_event_date(
    reading: Reading,
    sentence: Sentence,
    frames: list[attr.Frame],
    published: date | None,
    clause_start: int,
    next_start: int,
    state: DocumentState,
) -> str:
    """The day of the event counted, where the figure's own clause states it ("killed on Saturday",
    "the October 7 attack"), leaving out statement dates and period starts ("since October 7")."""
    if published is None:
        return ""
    text = sentence.text
    spoken = [(f.start, f.end + 40) for f in frames]
    window_start = min(clause_start, reading.start)
    segment = met.up_to_part_clause(state.lex, text[window_start:next_start], reading.start - window_start)
    named_days = {named.date_start: named for named in named_days_in(state.lex, segment, published)}
    for match in dates_in(state.lex, segment):
        start = window_start + match.start()
        if any(a <= start < b for a, b in spoken) or starts_period(state.lex, segment, match.start()):
            continue
        if start == reading.extra.get("reached_day_at"):
            continue  # "rose to 41,000 on Monday": the day the count holds (`reached_day`)
        named = named_days.get(match.start())
        if named and not counts_in(state.lex, segment, named):
            continue  # "the war that followed the October 7 attack": not the day of what is counted
        resolved = named.day if named else resolve(state.lex, match.group(), published, published)
        if resolved:
            return resolved.isoformat()
    return ""


def heading_day(lex: Lexicon, heading: str, published: date) -> date | None:
    """ "SUNDAY, OCTOBER 13, 2024": a heading that is nothing but a day (a live blog's) dates what is
    said under it; "October 7 attack survivors" is no such heading."""
    text = heading.title() if heading.isupper() else heading
    found = dates_in(lex, text)
    ends, starts = [0] + [m.end() for m in found], [m.start() for m in found] + [len(text)]
    rest = "".join(text[end:start] for end, start in zip(ends, starts, strict=True))
    if not found or re.search(r"[^\W\d_]", rest):
        return None
    return resolve(lex, found[-1].group(), published, published)


def report_day(lex: Lexicon, text: str, published: date) -> date | None:
    """ "All information is valid as of 14 May 2025, unless otherwise stated": a sentence that dates a
    report's data (the `report_data` role) after an anchor ("as of") dates every figure after it."""
    return first_anchored_date(lex, text, published) if lex.find("report_data", text) else None


def first_anchored_date(lex: Lexicon, text: str, published: date) -> date | None:
    """The first date after an anchor ("as of 14 May 2025") in the text."""
    for anchor in lex.find("date_anchor", text):
        found = anchored_date(lex, text[anchor.end() : anchor.end() + 30], published)
        if found:
            return found
    return None
