"""From a document to its figures: each number read in its sentence, with metric, place, source and date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.contract import with_document_fields
from etl.documents import Document
from etl.extract import attribution as attr
from etl.extract import locations as loc
from etl.extract import metrics as met
from etl.extract import source_names as names
from etl.extract.dates import date_pattern, dates_in, first_date, resolve, starts_period
from etl.extract.lexicon import Lexicon
from etl.extract.named_days import counts_in, named_days_in, without_named_days
from etl.extract.nonfigures import non_figure_reason
from etl.extract.numbers import NumberMention, find_numbers
from etl.extract.parts import is_share_of_things
from etl.extract.reading import (
    DocumentState,
    Reading,
    fill_from_next,
    fill_from_parent,
    read_location,
    read_metric,
    read_subgroup,
)
from etl.extract.sentences import Sentence, split_sentences

# The subgroup of fighters, and the kinds of source whose home is where their own fighters fell
# ("Hezbollah said it had lost 500 fighters"); any other source counts the other side's.
COMBATANTS = "combatants"
FIGHTING_KINDS = frozenset({"armed group"})


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
    leading = text[: frame.start]
    words = leading.split()
    if re.search(r"\d", leading):
        return None  # the figure itself stands there: its day is the event's, not the statement's
    if words and (words[0].lower() in lex.lower_words("leading") or lex.find("leading", " ".join(words[:3]))):
        return first_date(lex, leading, published, published)
    return None


def period_end(lex: Lexicon, text: str, published: date) -> date | None:
    """ "Between 7 October 2023 and 15 May 2024, at least 35,173 were killed": a count over a
    period holds as of the day the period ends."""
    if not lex.find("period_between", text):  # most sentences: asked once per figure, found in a memo
        return None
    pattern = date_pattern(lex)
    dates = list(pattern.finditer(text)) if pattern else []  # dates_in leaves out "between"'s: wanted here
    between = rf"(?<![\w-]){lex.alt('period_between')}\s+$"
    for first, second in zip(dates, dates[1:], strict=False):
        joined = re.fullmatch(rf"\s+{lex.alt('conjunction')}\s+", text[first.end() : second.start()])
        if joined and re.search(between, text[: first.start()]):
            start = resolve(lex, first.group(), published, published)
            end = resolve(lex, second.group(), published, published)
            # a period that does not run forward up to publication is not a past count's
            return end if start and end and start <= end else None
    return None


def frame_date(
    lex: Lexicon,
    sentence: Sentence,
    frame: attr.Frame | None,
    frames: list[attr.Frame],
    published: date,
    state: DocumentState,
) -> date | None:
    """The date a sentence gives its statement: "as of ...", the frame's own date, an earlier frame's."""
    text = sentence.text
    for anchor in lex.find("date_anchor", text):
        found = first_date(lex, text[anchor.end() : anchor.end() + 30], published, published)
        if found:
            return found
    found = period_end(lex, text, published)
    if found:
        return found
    if frame is None:
        return None
    found = statement_date(lex, sentence, frame, published)
    if found:
        return found
    own = resolve_frame(frame, "", sentence, state)
    for other in sorted((f for f in frames if f.end <= frame.start), key=lambda f: -f.end):
        if resolve_frame(other, "", sentence, state) != own:
            continue  # another source's statement date says nothing about this one's
        found = statement_date(lex, sentence, other, published)
        if found:
            return found
    if frame.source.kind == "pronoun" and state.speakers.last_date:
        return state.speakers.last_date
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
    stated = frame_date(lex, sentence, frame, frames, published, state)
    if reading.extra.get("historical"):
        own = sentence.text[reading.end : next_start]
        for match in dates_in(lex, own):
            resolved = resolve(lex, match.group(), published, stated or published)
            if resolved:
                return resolved.isoformat()
        return ""
    return (stated or published).isoformat()


def resolve_frame(
    frame: attr.Frame, location: str, sentence: Sentence, state: DocumentState, document_fallback: bool = True
) -> str:
    """The canonical source of a frame: the nearest subject that resolves, pronouns and names by memory."""
    lex = state.lex
    for source in [frame.source, *frame.alternatives]:
        if source.kind == "generic":  # "Medics", "Nasser Hospital": a clean name of its own
            return clean_name(source.text)
        if source.kind == "alias":
            found = names.resolve_alias(lex, source.text, location)
            if not found and document_fallback and not location:  # a placed figure keeps its place
                found = names.resolve_alias(lex, source.text, state.place)
            if not found and document_fallback:  # "according to the ministry": the one that spoke last
                found = names.last_of_its_kind(lex, source.text, state.speakers.last, location)
        elif source.kind == "pronoun":
            earlier = names.earlier_alias(lex, sentence.text, source.start)
            named = attr.descriptor_names(lex, sentence.text[: source.start])
            if named and (not earlier or named[-1].start > earlier.start):
                return clean_name(named[-1].text)  # "the group Airwars said it had documented"
            speaker = earlier if earlier and not attr.acts(lex, sentence.text, earlier) else None
            found = names.resolve_alias(lex, speaker.text, location) if speaker else ""
            found = found or state.speakers.last
        else:
            found = source.canonical or state.speakers.last
        if found:
            return found
    return frame.source.text if frame.source.kind == "alias" else ""


def clean_name(name: str) -> str:
    """A source's own name as the text gives it ("Nasser Hospital"), one word capitalised ("Medics")."""
    return name if name[:1].isupper() and " " in name else name.capitalize()


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
    segment = text[window_start:next_start]
    named_days = {named.date_start: named for named in named_days_in(state.lex, segment, published)}
    for match in dates_in(state.lex, segment):
        start = window_start + match.start()
        if any(a <= start < b for a, b in spoken) or starts_period(state.lex, segment, match.start()):
            continue
        named = named_days.get(match.start())
        if named and not counts_in(state.lex, segment, named):
            continue  # "the war that followed the October 7 attack": not the day of what is counted
        resolved = named.day if named else resolve(state.lex, match.group(), published, published)
        if resolved:
            return resolved.isoformat()
    return ""


def read_sentence(sentence: Sentence, mentions: list[NumberMention], state: DocumentState) -> list[dict]:
    """Every figure of one sentence, as contract rows."""
    lex, document = state.lex, state.document
    text = document.text
    live = []
    for mention in mentions:
        if non_figure_reason(text, mention, lex) is None and not is_anaphoric(
            lex, text, mention, state.numbers_seen
        ):
            live.append(mention)
        state.numbers_seen.add(mention.value)
    spans = [(m.qualifier_start - sentence.start, m.end - sentence.start) for m in live]
    frames = attr.sentence_frames(lex, sentence.text, spans, state.speakers)
    excluded = [(f.source.start, f.source.end) for f in frames]
    wordless = replace(sentence, text=mask_source_names(lex, sentence.text))
    readings: list[Reading] = []
    for index, mention in enumerate(live):
        start, end = spans[index]
        prev_end = spans[index - 1][1] if index else 0
        next_start = spans[index + 1][0] if index + 1 < len(spans) else len(sentence.text)
        right = wordless.text[end:next_start]
        reading = Reading(mention, start, end, met.noun_phrase(right, lex))
        reading.is_thing = reading.phrase.head == "thing" or is_share_of_things(lex, wordless.text[end:])
        reading.extra["window"] = (prev_end, next_start)
        reading.extra["left"] = left = wordless.text[prev_end:start]
        if not reading.is_thing:
            read_metric(reading, wordless, left, right, readings, state)
        readings.append(reading)
    fill_from_next(lex, readings, sentence)
    fill_from_parent(readings)
    rows = []
    done: list[Reading] = []
    for reading in readings:
        if reading.is_thing or not reading.metric:
            done.append(reading)
            continue
        rows.append(figure_row(reading, sentence, frames, excluded, done, state))
        done.append(reading)
        state.figures.append(reading)
    remember_sentence(sentence, readings, frames, state)
    return rows


def mask_source_names(lex: Lexicon, text: str) -> str:
    """Blank out source names that hold metric words ("Hostages and Missing Families Forum"),
    so that reading what a number counts does not take a name for a verb."""
    for match in lex.find("source", text):
        name = match.group()
        if lex.find("event", name) or lex.find("domain", name):
            text = text[: match.start()] + " " * len(name) + text[match.end() :]
    return text


def is_anaphoric(lex: Lexicon, text: str, mention: NumberMention, seen: set[int]) -> bool:
    """ "the two men", "the seven": a number word after "the" points back to a count already made,
    when the text has made one ("rescued the four hostages" opening a story is a count of its own)."""
    before = text[max(0, mention.qualifier_start - 5) : mention.qualifier_start].split()
    definite = bool(before) and before[-1].lower() in lex.lower_words("definite")
    return mention.is_word and definite and mention.value in seen


def figure_row(
    reading: Reading,
    sentence: Sentence,
    frames: list[attr.Frame],
    excluded: list[tuple[int, int]],
    previous: list[Reading],
    state: DocumentState,
) -> dict:
    """One contract row: subgroup, place, source, status and date of a reading."""
    lex, document, mention = state.lex, state.document, reading.mention
    start, end = reading.start, reading.end
    prev_end, next_start = reading.extra["window"]
    conjunct = met.last_conjunct(lex, reading.extra.get("clause", ""))
    clause_start = prev_end + len(sentence.text[prev_end:start]) - len(conjunct)
    frame = attr.frame_for(frames, start, end)
    home_source = resolve_frame(frame, "", sentence, state, document_fallback=False) if frame else ""
    source_home = lex.source_home.get(home_source, "")
    if frame and frame.end <= start and attr.speaks_of_own_act(lex, sentence.text[frame.end : start]):
        source_home = ""
    reading.subgroup = read_subgroup(reading, lex.source_kind.get(home_source, ""), previous, state)
    if reading.subgroup == COMBATANTS and lex.source_kind.get(home_source) not in FIGHTING_KINDS:
        source_home = ""  # "Israel says 20,000 of the dead were fighters": the other side's, not Israel's
    reading.location = read_location(
        reading, sentence, (max(prev_end, clause_start), next_start), excluded, source_home, previous, state
    )
    source = resolve_frame(frame, reading.location, sentence, state) if frame else ""
    if not frame and sentence.text[:start].strip().lower() in lex.lower_words("continuation"):
        source = state.last_sentence_source  # "Another 57,910 have been wounded": the same count goes on
    basis_mention = frame.source.basis if frame else None
    basis = names.resolve_alias(lex, basis_mention.text, reading.location) if basis_mention else ""
    attribution_text = ""
    if frame:
        stop = basis_mention.end if basis_mention else frame.source.end
        attribution_text = sentence.text[frame.source.start : stop]
    status = read_status(lex, reading, sentence, previous)
    reading.extra["status"] = status
    as_of = read_as_of(reading, sentence, frame, frames, document.published_at, next_start, state)
    event_date = ""
    if status == "reported":  # a deal's day lies ahead, where past-leaning parsing would misplace it
        event_date = read_event_date(
            reading,
            sentence,
            frames,
            document.published_at,
            clause_start,
            reading.extra.get("verb_window_end", next_start),
            state,
        )
    return {
        "metric": reading.metric,
        "location": reading.location,
        "subgroup": reading.subgroup,
        "value": mention.value,
        "value_high": mention.value_high,
        "qualifier": mention.qualifier,
        "status": status,
        "attributed_to": source,
        "attribution_basis": basis,
        "attribution_text": attribution_text,
        "as_of": as_of,
        "event_date": event_date,
        "mention": mention.text,
        "quote": sentence.text,
        "char_start": mention.start,
        "char_end": mention.end,
    }


def read_status(lex: Lexicon, reading: Reading, sentence: Sentence, previous: list[Reading]) -> str:
    """The status of a reading's claim; a part of a figure read before it in the sentence shares that
    figure's status: in "a deal to bring home the 48 hostages still held, of whom 20 are alive" both
    are held now, though a deal is demanded before them. A cue between the two is the part's own."""
    predicate = re.split(r"[,;]", reading.extra["predicate"])[0]
    whole = reading.parent
    if whole is not None and whole in previous and "status" in whole.extra:
        own = met.status_for(lex, sentence.text[whole.end : reading.start], predicate)
        return whole.extra["status"] if own == "reported" else own
    if reading.extra.get("ongoing"):
        return "reported"  # "a deal to free the 59 hostages who remain in Gaza": they are held now
    return met.status_for(lex, sentence.text[: reading.start], predicate)


def remember_sentence(
    sentence: Sentence, readings: list[Reading], frames: list[attr.Frame], state: DocumentState
) -> None:
    """Carry what the next sentences may point back to: the last event, figures, speaker and names."""
    lex = state.lex
    events = lex.find("event", sentence.text)
    state.last_sentence_event = met.event_of(lex, events[-1]) if events else ""
    state.last_sentence_figures = [r for r in readings if r.metric] or state.last_sentence_figures
    place = next((r.location for r in readings if r.location), state.place)
    for frame in frames:
        canonical = resolve_frame(frame, place, sentence, state)
        if frame.source.kind == "alias":
            names.remember_name(lex, sentence.text, frame.source, canonical, state.speakers)
    is_prose = sentence.text.rstrip().endswith(".") and len(sentence.text.split()) >= 6
    opening = [m for m in lex.find("source", sentence.text) if len(sentence.text[: m.start()].split()) <= 3]
    opening = opening if is_prose else []
    if not frames and opening:
        # "The territory's health ministry ... keeps a tally." Its subject is what "Its update" means next.
        subject = names.SourceMention(opening[0].start(), opening[0].end(), opening[0].group(), "alias")
        state.speakers.last = names.resolve_alias(lex, subject.text, place) or state.speakers.last
    state.last_sentence_source = ""
    if frames:
        last = max(frames, key=lambda f: f.end)
        state.last_sentence_source = resolve_frame(last, place, sentence, state)
        state.speakers.last = state.last_sentence_source or state.speakers.last
        published = state.document.published_at
        if published:
            state.speakers.last_date = frame_date(lex, sentence, last, frames, published, state)


def document_figures(document: Document, lexicons: dict[str, Lexicon], language: str) -> list[dict]:
    """Every figure of a document as contract rows (ids and document fields included).

    `lexicons` holds every language's compiled tables; a sentence in another language than the
    document's (a Spanish caption in an English article) is read with its own.
    """
    from etl.extract.language import sentence_language

    text = document.text
    lex = lexicons[language]
    sentences = split_sentences(text, language)
    mentions: dict[str, list[NumberMention]] = {language: find_numbers(text, lex)}
    title = document.title or (sentences[0].text if sentences else "")
    state = DocumentState(document, lex, loc.document_place(lex, title, text))
    rows = []
    for sentence in sentences:
        own = sentence_language(sentence.text, lexicons, language)
        if own not in mentions:
            mentions[own] = find_numbers(text, lexicons[own])
        inside = [m for m in mentions[own] if sentence.start <= m.start < sentence.end]
        state.lex = lexicons[own]
        if inside:
            rows.extend(read_sentence(sentence, inside, state))
        else:
            remember_sentence(sentence, [], [], state)
        state.lex = lex
    with_document_fields(document, rows)
    return rows
