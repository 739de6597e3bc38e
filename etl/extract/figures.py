"""From a document to its figures: each number read in its sentence, with metric, place, source and date."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.contract import with_document_fields
from etl.documents import Document
from etl.extract import attribution as attr
from etl.extract import frame_choice as choice
from etl.extract import heading_places as headings
from etl.extract import locations as loc
from etl.extract import metrics as met
from etl.extract import source_names as names
from etl.extract import statuses
from etl.extract.apposition import apposed_to_earlier, apposed_wholes
from etl.extract.clauses import own_predicate, relative_clause_opener
from etl.extract.conjuncts import last_conjunct
from etl.extract.figure_dates import (
    caption_day,
    frame_date,
    heading_day,
    label_date,
    read_as_of,
    read_event_date,
    report_day,
)
from etl.extract.figure_places import goes_on_from_before, read_location
from etl.extract.figure_sources import cell_source, label_source
from etl.extract.figure_subgroups import read_subgroup
from etl.extract.hypotheticals import is_hypothetical, sentence_markers
from etl.extract.lexicon import Lexicon
from etl.extract.named_days import in_day_clause
from etl.extract.nonfigures import non_figure_reason
from etl.extract.noun_phrases import noun_phrase
from etl.extract.numbers import NumberMention, find_numbers
from etl.extract.parts import is_share_of_things
from etl.extract.reading import DocumentState, Reading, read_metric
from etl.extract.restatements import is_anaphoric, is_asked_to_confirm, is_restated
from etl.extract.sentences import FACT_LABEL, LIST_ITEM, Sentence, split_sentences
from etl.extract.shared_verbs import fill_from_next, fill_from_parent
from etl.extract.speaker_turns import transcript_turns
from etl.extract.tables import table_cells

# The subgroup of fighters, and the kinds of source whose home is where their own fighters fell
# ("Hezbollah said it had lost 500 fighters"); any other source counts the other side's.
COMBATANTS = "combatants"
FIGHTING_KINDS = frozenset({"armed group"})
# Typographic apostrophes read as the tables' straight one ("l’armée", "Gaza’s health ministry"). One
# character stands for one, so offsets hold; quotes and attributions are cut from the text as written.
# A fact box's value before its label ("• 610: People killed in Iran since June 13"): the number opens its
# line, past a bullet, and a colon parts it from what it counts
FACT_VALUE = re.compile(r"\s*(?:[-•*–—]\s*)?")
FACT_VALUE_COLON = re.compile(r"^:(?=\s)")
APOSTROPHES = str.maketrans("\u2019", "'")


def read_sentence(sentence: Sentence, mentions: list[NumberMention], state: DocumentState) -> list[dict]:
    """Every figure of one sentence, as contract rows."""
    lex, document = state.lex, state.document
    text = document.text
    live = []
    asked = is_asked_to_confirm(lex, sentence.text)
    markers = sentence_markers(lex, sentence)
    hypothetical = markers.leads or markers.verbs
    for index, mention in enumerate(mentions):
        if (
            not asked
            and non_figure_reason(text, mention, lex) is None
            and not (hypothetical and is_hypothetical(sentence, markers, mention))
            and not state.tables.is_silent(mention.start)
            and not is_anaphoric(lex, text, mention, state.numbers_seen)
            and not (index and is_restated(text, mentions[index - 1], mention))
        ):
            live.append(mention)
        state.numbers_seen.add(mention.value)
    spans = [(m.qualifier_start - sentence.start, m.end - sentence.start) for m in live]
    frames = attr.sentence_frames(lex, sentence.text, spans, state.speakers)
    excluded = [(f.source.start, f.source.end) for f in frames]
    wordless = replace(sentence, text=mask_source_names(lex, sentence.text))
    readings: list[Reading] = []
    values = [m.value for m in live]
    apposed = apposed_wholes(lex, wordless.text, spans, values)
    earlier = (
        {} if apposed else apposed_to_earlier(lex, wordless.text, spans, values, state.last_sentence_figures)
    )
    for index, mention in enumerate(live):
        start, end = spans[index]
        prev_end = spans[index - 1][1] if index else 0
        next_start = spans[index + 1][0] if index + 1 < len(spans) else len(sentence.text)
        right = wordless.text[end:next_start]
        cell = state.tables.cell_at(mention.start)
        if cell:  # a table's cell: its column and row say what it counts
            right = cell.label
        phrase = noun_phrase(right, lex)
        label = "" if phrase.text.strip() or cell else fact_label(wordless.text[:start])
        if label:
            right = label + right
            phrase = noun_phrase(right, lex)
        elif not phrase.text.strip() and FACT_VALUE.fullmatch(wordless.text[:start]):
            right = FACT_VALUE_COLON.sub(" ", right, count=1)  # "• 610: People killed in Iran"
            phrase = noun_phrase(right, lex)
        reading = Reading(mention, start, end, phrase)
        reading.is_thing = reading.phrase.head == "thing" or is_share_of_things(lex, wordless.text[end:])
        reading.extra["window"] = (prev_end, next_start)
        # a cell's row name stands in its label, not before it
        reading.extra["left"] = left = "" if cell else wordless.text[prev_end:start]
        if index in apposed:
            reading.extra["apposed_to"] = readings[apposed[index]]
        elif index in earlier:
            reading.extra["apposed_to"] = earlier[index]
        if not reading.is_thing:
            read_metric(reading, wordless, left, right, readings, state)
        readings.append(reading)
    fill_from_next(lex, readings, sentence)
    fill_from_parent(readings)
    rows = []
    done: list[Reading] = []
    starts = [r.start for r in readings]
    for reading in readings:
        if reading.is_thing or not reading.metric:
            done.append(reading)
            continue
        rows.append(figure_row(reading, sentence, frames, excluded, done, state, starts))
        done.append(reading)
        state.figures.append(reading)
    remember_sentence(sentence, readings, frames, state)
    return rows


def fact_label(before: str) -> str:
    """ "Killed in Gaza: at least 44,000", "Hostages still held: 101": a short label before a colon
    says what the number after it counts; it is read as if it followed the number (" Killed in Gaza")."""
    label = FACT_LABEL.fullmatch(before)
    return " " + label.group(1) if label else ""


def mask_source_names(lex: Lexicon, text: str) -> str:
    """Blank out source names that hold metric words ("Hostages and Missing Families Forum"),
    so that reading what a number counts does not take a name for a verb."""
    for match in lex.find("source", text):
        name = match.group()
        if lex.find("event", name) or lex.find("domain", name):
            text = text[: match.start()] + " " * len(name) + text[match.end() :]
    return text


def figure_row(
    reading: Reading,
    sentence: Sentence,
    frames: list[attr.Frame],
    excluded: list[tuple[int, int]],
    previous: list[Reading],
    state: DocumentState,
    counts: list[int],
) -> dict:
    """One contract row: subgroup, place, source, status and date of a reading (`counts`: where the
    sentence's counts start)."""
    lex, document, mention = state.lex, state.document, reading.mention
    start, end = reading.start, reading.end
    prev_end, next_start = reading.extra["window"]
    conjunct = last_conjunct(lex, reading.extra.get("clause", ""))
    clause_start = prev_end + len(sentence.text[prev_end:start]) - len(conjunct)
    contrasted = bool(prev_end and lex.find("contrast", sentence.text[prev_end:start]))
    # "The Houthis say ..., where 38,900 have been killed, according to the ministry": past a semicolon
    # or into a relative clause, the speaker that opened the sentence need not be the count's
    breaks = [
        *re.finditer(";", sentence.text[:start]),
        *relative_clause_opener(lex).finditer(sentence.text, 0, start),
    ]
    clause_breaks = tuple(m.start() for m in breaks)
    next_count = next_start if next_start < len(sentence.text) else None
    told_by = tuple(f for f in frames if choice.tells_of_count(lex, sentence.text, f, end))
    frame = choice.frame_for(frames, start, end, prev_end, contrasted, clause_breaks, next_count, told_by)
    home_source = choice.resolve_frame(frame, "", sentence, state, document_fallback=False) if frame else ""
    source_home = lex.source_home.get(home_source, "") or (frame.source.home if frame else "")
    if frame and frame.end <= start and attr.speaks_of_own_act(lex, sentence.text[frame.end : start]):
        source_home = ""
    # "UNRWA pays tribute to the 207 members of its staff": unattributed, "its" is the organisation named
    named = names.earlier_alias(lex, sentence.text, start) if not home_source else None
    owner = home_source or (names.resolve_alias(lex, named.text, "") if named else "")
    reading.subgroup = read_subgroup(reading, lex.source_kind.get(owner, ""), previous, state)
    if reading.subgroup == COMBATANTS and lex.source_kind.get(home_source) not in FIGHTING_KINDS:
        source_home = ""  # "Israel says 20,000 of the dead were fighters": the other side's, not Israel's
    # "58 Israelis, including 21 soldiers, were killed in Gaza": a count whose verb lies past the next
    # count is where that verb's clause says
    verb_end = reading.extra.get("verb_window_end", next_start)
    reading.location = read_location(
        reading, sentence, (max(prev_end, clause_start), verb_end), excluded, source_home, previous, state
    )
    cell = state.tables.cell_at(mention.start)
    cell_places = {place for _, place, _ in loc.places_in(lex, cell.label)} if cell else set()
    if len(cell_places) == 1:  # a table's column or row that names one place ("West Bank") says where
        reading.location = cell_places.pop()
    if (
        frame
        and frame.start >= end
        and in_day_clause(lex, sentence.text, (start, frame.start), counts, document.published_at)
    ):
        frame = None  # "the 7 October attack, in which 1,200 were killed, ..., according to": the day's toll
    # "Two hostages are believed held, according to the ministry": a place set by rule names no ministry
    placed = reading.location if lex.metric_location.get(reading.metric, ("", True))[1] else ""
    source = choice.resolve_frame(frame, placed, sentence, state) if frame else ""
    if not frame and goes_on_from_before(lex, sentence, start):
        source = state.last_sentence_source  # "Another 57,910 have been wounded": the same count goes on
    if not frame and cell:
        source = cell_source(lex, sentence.text, cell, reading.location)
    elif not frame:
        source = label_source(lex, sentence.text[:start], reading.location) or source
    basis_mention = frame.source.basis if frame else None
    basis = names.resolve_alias(lex, basis_mention.text, reading.location) if basis_mention else ""
    attribution_text = ""
    if frame:
        stop = basis_mention.end if basis_mention else frame.source.end
        attribution_text = state.written[sentence.start + frame.source.start : sentence.start + stop]
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
        "mention": mention.text,  # a number holds no apostrophe: as written
        "quote": state.written[sentence.start : sentence.end],
        "char_start": mention.start,
        "char_end": mention.end,
    }


def read_status(lex: Lexicon, reading: Reading, sentence: Sentence, previous: list[Reading]) -> str:
    """The status of a reading's claim; a part of a figure read before it in the sentence shares that
    figure's status: in "a deal to bring home the 48 hostages still held, of whom 20 are alive" both
    are held now, though a deal is demanded before them. A cue between the two is the part's own."""
    predicate = own_predicate(lex, re.split(r"[,;]", reading.extra["predicate"])[0])
    if "verb_window_end" in reading.extra and "whole" not in reading.extra:  # not "21 of the 28 it was to"
        # "14 otages et trois étrangers doivent être libérés": the verb lent by the count after it
        lent = sentence.text[reading.end : reading.extra["verb_window_end"]]
        predicate = own_predicate(lex, re.split(r"[,;]", lent)[0])
    whole = reading.parent
    if whole is not None and whole in previous and "status" in whole.extra:
        own = statuses.status_for(lex, sentence.text[whole.end : reading.start], predicate)
        return whole.extra["status"] if own == "reported" else own
    if reading.extra.get("ongoing"):
        return "reported"  # "a deal to free the 59 hostages who remain in Gaza": they are held now
    # up to the number itself: the qualifier of "podría superar los 60.000" ends a cue
    number_start = reading.start + reading.mention.start - reading.mention.qualifier_start
    return statuses.status_for(lex, sentence.text[:number_start], predicate)


def speech_frames(sentence: Sentence, state: DocumentState) -> list[attr.Frame]:
    """Who speaks in a sentence without a count ("UNRWA said it was shocked."), so that "It added that
    540 ..." in the next points back to them. Only a sentence with a speech verb can name one."""
    if not state.lex.find("speech_verb", sentence.text):
        return []
    return attr.sentence_frames(state.lex, sentence.text, [], state.speakers)


def remember_sentence(
    sentence: Sentence, readings: list[Reading], frames: list[attr.Frame], state: DocumentState
) -> None:
    """Carry what the next sentences may point back to: the last event, figures, speaker and names."""
    lex = state.lex
    events = lex.find("event", sentence.text)
    state.last_sentence_event = met.event_of(lex, events[-1]) if events else ""
    published = state.document.published_at
    if sentence.is_heading and published:
        state.stated_day = heading_day(lex, sentence.text, published) or state.stated_day
        # "Civilians killed in hostile actions, 7 October 2023 - 9 May 2024": its section's counts
        state.section_day = caption_day(lex, sentence.text, published)
    elif not readings and published and sentence.start not in state.tables.notes:
        # "All information is valid as of 14 May 2025"; a table's own note dates that table alone
        state.stated_day = report_day(lex, sentence.text, published) or state.stated_day
    if sentence.text.rstrip().endswith(":"):
        state.list_lead = sentence.text
    elif not LIST_ITEM.match(sentence.text):
        state.list_lead = ""
    state.last_sentence_figures = [r for r in readings if r.metric] or state.last_sentence_figures
    # where a count of casualties was, not where hostages or prisoners are held by default
    counts = [r for r in readings if r.metric and lex.metric_location.get(r.metric) == ("", True)]
    places = {r.location for r in counts}
    if counts:
        counted_at = places.pop() if len(places) == 1 else ""
        state.paragraph_place = (sentence.paragraph, counted_at, frozenset(r.metric for r in counts))
    state.speakers.media = names.last_outlet(lex, sentence.text) or state.speakers.media
    is_prose = sentence.text.rstrip().endswith(".") and len(sentence.text.split()) >= 6
    opening = [
        m
        for m in lex.find("source", sentence.text)
        if len(sentence.text[: m.start()].split()) <= 4 and not names.in_compound(sentence.text, m)
    ]
    opening = opening if is_prose else []
    # the place names the speaker; without one, it is not looked for
    place = speaker_place(sentence, readings, state) if frames or opening else state.place
    for frame in frames:
        canonical = choice.resolve_frame(frame, place, sentence, state)
        if frame.source.kind == "alias":
            names.remember_name(lex, sentence.text, frame.source, canonical, state.speakers)
    if not frames and opening:
        # "The territory's health ministry ... keeps a tally." Its subject is what "Its update" means next.
        subject = names.SourceMention(opening[0].start(), opening[0].end(), opening[0].group(), "alias")
        state.speakers.spoke(names.resolve_alias(lex, subject.text, place), subject.text)
    state.last_sentence_source = ""
    if frames:
        last = max(frames, key=lambda f: f.end)
        state.last_sentence_source = choice.resolve_frame(last, place, sentence, state)
        state.speakers.spoke(state.last_sentence_source, last.source.text)
        if published:
            state.speakers.last_date = frame_date(lex, sentence, last, frames, published, state)


def speaker_place(sentence: Sentence, readings: list[Reading], state: DocumentState) -> str:
    """The place a sentence's speaker is named by: its first placed count's, or, in a sentence without a
    count, the one place it names ("In Gaza, the health ministry has published new figures."), or the
    document's."""
    placed = next((r.location for r in readings if r.location), "")
    if placed or readings:
        return placed or state.place
    named = {location for _, location, _ in loc.places_in(state.lex, sentence.text)}
    return named.pop() if len(named) == 1 else state.place


def document_figures(document: Document, lexicons: dict[str, Lexicon], language: str) -> list[dict]:
    """Every figure of a document as contract rows (ids and document fields included).

    `lexicons` holds every language's compiled tables; a sentence in another language than the
    document's (a Spanish caption in an English article) is read with its own.
    """
    from etl.extract.language import sentence_language

    read = replace(
        document,
        text=document.text.translate(APOSTROPHES),
        title=(document.title or "").translate(APOSTROPHES),
    )
    text = read.text
    lex = lexicons[language]
    tables = table_cells(text)
    sentences = split_sentences(text, language, tables.rows)
    mentions: dict[str, list[NumberMention]] = {language: find_numbers(text, lex)}
    title = read.title or (sentences[0].text if sentences else "")
    state = DocumentState(
        read, lex, headings.document_place(lex, title, text), written=document.text, tables=tables
    )
    rows = []
    for sentence in sentences:
        if state.label_day[0] != sentence.paragraph and read.published_at:
            # "17 September – Pagers exploded. The minister said 12 were killed": the label dates its line
            state.label_day = (
                sentence.paragraph,
                label_date(lex, sentence.text, read.published_at, dashed=True),
            )
        own = sentence_language(sentence.text, lexicons, language)
        if own not in mentions:
            mentions[own] = find_numbers(text, lexicons[own])
        inside = [m for m in mentions[own] if sentence.start <= m.start < sentence.end]
        state.lex = lexicons[own]
        if inside:
            rows.extend(read_sentence(sentence, inside, state))
        else:
            remember_sentence(sentence, [], speech_frames(sentence, state), state)
        state.lex = lex
    issuer = names.publisher_source(lex, document.publisher)
    turns = transcript_turns(lex, text, state.place)
    for row in rows:
        row["attributed_to"] = row["attributed_to"] or turns.speaker_at(row["char_start"]) or issuer
    with_document_fields(document, rows)
    return rows
