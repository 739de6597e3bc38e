"""From a document to its figures: each number read in its sentence, with metric, place, source and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from etl.contract import with_document_fields
from etl.documents import Document
from etl.extract import attribution as attr
from etl.extract import locations as loc
from etl.extract import metrics as met
from etl.extract.dates import dates_in, first_date, resolve
from etl.extract.lexicon import Lexicon
from etl.extract.nonfigures import non_figure_reason
from etl.extract.numbers import NumberMention, find_numbers
from etl.extract.sentences import Sentence, split_sentences

CLAUSE_BREAK = re.compile(r"[,;:(—–]")


@dataclass
class Reading:
    """One number read in its sentence (offsets relative to the sentence)."""

    mention: NumberMention
    start: int
    end: int
    phrase: met.NounPhrase
    metric: str = ""
    domain: str = ""
    subgroup: str = ""
    location: str = ""
    is_thing: bool = False
    parent: Reading | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class DocumentState:
    """What reading a document remembers from sentence to sentence."""

    document: Document
    lex: Lexicon
    place: str
    speakers: attr.Speakers = field(default_factory=attr.Speakers)
    figures: list[Reading] = field(default_factory=list)
    last_sentence_figures: list[Reading] = field(default_factory=list)
    last_sentence_event: str = ""


def left_clause(text: str) -> str:
    """The words after the last clause break."""
    parts = CLAUSE_BREAK.split(text)
    return parts[-1] if parts else text


def ends_with_term(lex: Lexicon, role: str, text: str) -> bool:
    pattern = lex.pattern(role)
    tail = text.rstrip()
    return bool(pattern and any(m.end() == len(tail) for m in pattern.finditer(tail)))


def previous_between(left_all: str, previous: list[Reading]) -> str:
    """The words between the previous number's noun phrase and this number."""
    return left_all[len(previous[-1].phrase.text) :] if previous else left_all


def is_bare_conjunction(lex: Lexicon, text: str) -> bool:
    """What may stand between two listed numbers: "and", ",", "of the security forces, and"."""
    of, conjunction = lex.alt("of"), lex.alt("conjunction")
    return bool(
        re.fullmatch(rf"(?:\s+{of}\s+[\w\s'’-]+?)?\s*(?:,|{conjunction}|,\s*{conjunction})?\s*", text)
    )


def find_parent(
    reading: Reading, left_all: str, following: str, previous: list[Reading], state: DocumentState
) -> Reading | None:
    """The figure this one is part of: "including N", "N of them", "N of the seven", a list after a colon."""
    lex = state.lex
    if reading.phrase.back_reference is not None:
        for figure in reversed(state.figures + previous):
            if figure.mention.value == reading.phrase.back_reference and figure is not reading:
                return figure
    inclusive = reading.phrase.inclusion or ends_with_term(lex, "inclusion", left_clause(left_all))
    if previous and (inclusive or ":" in left_all):
        return previous[-1].parent if previous[-1].parent and ":" not in left_all else previous[-1]
    between = previous_between(left_all, previous)
    if (
        previous
        and previous[-1].parent
        and (previous[-1].extra.get("listed") or is_bare_conjunction(lex, between))
    ):
        return previous[-1].parent
    if inclusive and state.last_sentence_figures:
        return state.last_sentence_figures[-1]
    return None


def read_metric(
    reading: Reading,
    sentence: Sentence,
    left_all: str,
    right: str,
    previous: list[Reading],
    state: DocumentState,
) -> None:
    """Decide the metric, domain and subgroup of a reading, or leave metric empty (not a figure)."""
    lex, phrase = state.lex, reading.phrase
    clause = left_clause(left_all)
    predicate = right[phrase.end :]
    if not phrase.text.strip() and re.match(r"\s*[,;:]", predicate):
        predicate = ""  # a bare number closing its clause governs nothing after it
    governing = met.governing_event(clause, phrase, lex)
    inherited = ""
    if previous and not met.last_conjunct(lex, clause).strip() and clause.strip():
        inherited = previous[-1].extra.get("governing", "")
    finite = met.predicate_event(predicate, lex) if met.is_finite(lex, predicate) else ""
    event = (
        met.marked_event(right, lex)
        or governing
        or finite
        or phrase.event
        or inherited
        or met.predicate_event(predicate, lex)
    )
    reading.extra["governing"] = governing or inherited
    if event == "released" and lex.find("rescuer", clause):
        event = "rescued"  # "Israeli forces freed two hostages": a rescue, not a release
    parent = find_parent(reading, left_all, sentence.text[reading.end :], previous, state)
    reading.parent = parent
    reading.extra["listed"] = bool(parent and ":" in sentence.text[: reading.start])
    domain = phrase.domain or met.domain_in(lex, predicate, met.last_conjunct(lex, clause))
    domain = domain or (parent.domain if parent else "")
    historical = bool(lex.find("historical", clause))
    reading.extra["historical"] = historical
    coordinated = bool(previous) and not met.last_conjunct(lex, clause).strip() and bool(clause.strip())
    reading.extra["coordinated"] = coordinated
    if event:
        reading.metric = met.metric_for(lex, domain, event)
    elif parent:
        reading.metric = parent.metric
    elif domain and domain != "people":
        reading.metric = met.metric_for(lex, domain, "")
    elif (phrase.others or historical) and (previous or state.figures):
        reading.metric = (previous or state.figures)[-1].metric
    elif previous and phrase.head != "thing" and not phrase.text.strip():
        reading.metric = previous[-1].metric
        reading.is_thing = previous[-1].is_thing
    elif lex.find("heading_toll", left_all) or lex.find("heading_toll", sentence.text[: reading.start]):
        # "bringing the total to N", "put that number at N": the count named before, here or just before
        events = lex.find("event", sentence.text[: reading.start])
        event = met.event_of(lex, events[-1]) if events else state.last_sentence_event
        reading.metric = met.metric_for(lex, domain, event) if event else ""
    reading.domain = domain or lex_domain_of(lex, reading.metric)
    reading.extra["predicate"] = predicate
    reading.extra["clause"] = clause
    if historical and previous:
        reading.parent = reading.parent or previous[-1]


def fill_from_next(lex: Lexicon, readings: list[Reading], sentence: Sentence) -> None:
    """ "82 soldiers and 47 civilians were killed", "632 Palestinians, 147 of them children, have been
    killed": a number left without a metric takes the one of the number coordinated with it."""
    for index, reading in enumerate(readings[:-1]):
        following = readings[index + 1]
        if reading.metric or reading.is_thing or not following.metric:
            continue
        between = sentence.text[reading.end : following.start][len(reading.phrase.text) :]
        if is_bare_conjunction(lex, between) or following.parent is reading:
            reading.metric = following.metric
            reading.domain = following.domain


def lex_domain_of(lex: Lexicon, metric: str) -> str:
    for (domain, _), name in lex.metric_of.items():
        if name == metric:
            return domain
    return ""


def read_subgroup(reading: Reading, source_kind: str, previous: list[Reading], state: DocumentState) -> str:
    lex, phrase = state.lex, reading.phrase
    own = met.subgroup_for(lex, phrase.subgroup_terms or [], source_kind)
    if own:
        return own
    predicate = reading.extra.get("predicate", "")
    copula = re.match(rf"\s*{lex.alt('copula')}\s+(.*)", predicate)
    if copula and not phrase.head:
        terms = [m.group().lower() for m in lex.find("subgroup", copula.group(1)[:40])]
        own = met.subgroup_for(lex, terms, source_kind)
        if own:
            return own
    if (
        reading.parent
        and (not phrase.text.strip() or phrase.head == "people")
        and (reading.parent.metric == reading.metric)
    ):
        return reading.parent.subgroup
    names_people = bool(lex.find("people", phrase.text))
    if (
        previous
        and not names_people
        and (reading.extra.get("coordinated") or reading.extra.get("historical"))
    ):
        return previous[-1].subgroup or "all"
    if lex.find("heading_toll", reading.extra.get("clause", "")):
        terms = [m.group().lower() for m in lex.find("subgroup", reading.extra["clause"])]
        own = met.subgroup_for(lex, terms, source_kind)
        if own:
            return own
    return "all"


def read_location(
    reading: Reading,
    sentence: Sentence,
    window: tuple[int, int],
    excluded: list[tuple[int, int]],
    source_home: str,
    previous: list[Reading],
    state: DocumentState,
) -> str:
    lex = state.lex
    default, from_text = lex.metric_location.get(reading.metric, ("", True))
    if not from_text:
        return default
    text = sentence.text[window[0] : window[1]]
    shifted = [(a - window[0], b - window[0]) for a, b in excluded]
    if loc.spans_regions(lex, text) or loc.spans_regions(lex, sentence.text):
        return ""
    explicit = loc.explicit_place(lex, text, reading.start - window[0], shifted)
    if explicit:
        return explicit
    for term in reading.phrase.location_terms or []:
        return loc.location_of(lex, term)
    if default:
        return default
    if reading.parent and reading.parent.location and reading.parent.metric == reading.metric:
        return reading.parent.location
    if previous and reading.extra.get("coordinated") and previous[-1].location:
        return previous[-1].location
    in_context = lex.subgroup_in_context.get(reading.subgroup, True)
    if in_context and source_home:
        return source_home
    single = loc.single_place(lex, sentence.text, excluded)
    if single is not None:
        return single
    if not in_context:
        return loc.heading_place(lex, sentence.heading) if sentence.heading_adjacent else ""
    return loc.heading_place(lex, sentence.heading) or state.place


def statement_date(lex: Lexicon, sentence: Sentence, frame: attr.Frame, published: date) -> date | None:
    """The date inside one frame: "said on Sunday", "its update on Sunday", "On Wednesday, X said"."""
    text = sentence.text
    if frame.kind == "subject":
        region = re.split(rf"\b{lex.alt('complementizer')}\b|,", text[frame.end : frame.end + 40])[0]
        found = first_date(lex, text[frame.start : frame.end] + " " + region, published, published)
    else:
        found = first_date(lex, text[frame.start : frame.end + 40], published, published)
    if found:
        return found
    leading = text[: frame.start]
    words = leading.split()
    if re.search(r"\d", leading):
        return None  # the figure itself stands there: its day is the event's, not the statement's
    if words and (words[0].lower() in lex.lower_words("leading") or lex.find("leading", " ".join(words[:3]))):
        return first_date(lex, leading, published, published)
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
            return (
                source.text if source.text[:1].isupper() and " " in source.text else source.text.capitalize()
            )
        if source.kind == "alias":
            found = attr.resolve_alias(lex, source.text, location)
            if not found and document_fallback:
                found = attr.resolve_alias(lex, source.text, state.place)
        elif source.kind == "pronoun":
            earlier = attr.earlier_alias(lex, sentence.text, source.start)
            found = attr.resolve_alias(lex, earlier.text, location) if earlier else ""
            found = found or state.speakers.last
        else:
            found = source.canonical or state.speakers.last
        if found:
            return found
    return frame.source.text if frame.source.kind == "alias" else ""


def read_sentence(sentence: Sentence, mentions: list[NumberMention], state: DocumentState) -> list[dict]:
    """Every figure of one sentence, as contract rows."""
    lex, document = state.lex, state.document
    text = document.text
    live = [m for m in mentions if non_figure_reason(text, m, lex) is None and not is_anaphoric(lex, text, m)]
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
        reading.is_thing = reading.phrase.head == "thing"
        reading.extra["window"] = (prev_end, next_start)
        if not reading.is_thing:
            read_metric(reading, wordless, wordless.text[prev_end:start], right, readings, state)
        readings.append(reading)
    fill_from_next(lex, readings, sentence)
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


def is_anaphoric(lex: Lexicon, text: str, mention: NumberMention) -> bool:
    """ "the two men", "the seven": a number word after "the" points back to a count already made."""
    before = text[max(0, mention.qualifier_start - 5) : mention.qualifier_start].split()
    return mention.is_word and bool(before) and before[-1].lower() in lex.lower_words("definite")


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
    reading.subgroup = read_subgroup(reading, lex.source_kind.get(home_source, ""), previous, state)
    reading.location = read_location(
        reading, sentence, (max(prev_end, clause_start), next_start), excluded, source_home, previous, state
    )
    source = resolve_frame(frame, reading.location, sentence, state) if frame else ""
    basis_mention = frame.source.basis if frame else None
    basis = attr.resolve_alias(lex, basis_mention.text, reading.location) if basis_mention else ""
    attribution_text = ""
    if frame:
        stop = basis_mention.end if basis_mention else frame.source.end
        attribution_text = sentence.text[frame.source.start : stop]
    status = met.status_for(lex, sentence.text[:start], re.split(r"[,;]", reading.extra["predicate"])[0])
    as_of = read_as_of(reading, sentence, frame, frames, document.published_at, next_start, state)
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
        "event_date": "",
        "mention": mention.text,
        "quote": sentence.text,
        "char_start": mention.start,
        "char_end": mention.end,
    }


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
            attr.remember_name(lex, sentence.text, frame.source, canonical, state.speakers)
    is_prose = sentence.text.rstrip().endswith(".") and len(sentence.text.split()) >= 6
    opening = [m for m in lex.find("source", sentence.text) if len(sentence.text[: m.start()].split()) <= 3]
    opening = opening if is_prose else []
    if not frames and opening:
        # "The territory's health ministry ... keeps a tally." Its subject is what "Its update" means next.
        subject = attr.SourceMention(opening[0].start(), opening[0].end(), opening[0].group(), "alias")
        state.speakers.last = attr.resolve_alias(lex, subject.text, place) or state.speakers.last
    if frames:
        last = max(frames, key=lambda f: f.end)
        state.speakers.last = resolve_frame(last, place, sentence, state) or state.speakers.last
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
