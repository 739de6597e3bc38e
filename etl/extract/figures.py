"""From a document to its figures: each number read in its sentence, with metric, place, source and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from etl.documents import Document, stable_hash
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


def find_parent(reading: Reading, left_all: str, previous: list[Reading], state: DocumentState) -> Reading | None:
    """The figure this one is part of: "including N", "N of them", "N of the seven", a list after a colon."""
    lex = state.lex
    if reading.phrase.back_reference is not None:
        for figure in reversed(state.figures):
            if figure.mention.value == reading.phrase.back_reference:
                return figure
    inclusive = reading.phrase.inclusion or ends_with_term(lex, "inclusion", left_clause(left_all))
    if previous and (inclusive or ":" in left_all):
        return previous[-1].parent if previous[-1].parent and ":" not in left_all else previous[-1]
    if previous and previous[-1].parent and (
        previous[-1].extra.get("listed") or re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", left_all)
    ):
        return previous[-1].parent
    if inclusive and state.last_sentence_figures:
        return state.last_sentence_figures[-1]
    return None


def read_metric(reading: Reading, sentence: Sentence, left_all: str, right: str, previous: list[Reading],
                state: DocumentState) -> None:
    """Decide the metric, domain and subgroup of a reading, or leave metric empty (not a figure)."""
    lex, phrase = state.lex, reading.phrase
    clause = left_clause(left_all)
    predicate = right[phrase.end :]
    governing = met.governing_event(clause, phrase, lex)
    reading.extra["governing"] = governing
    inherited = ""
    if previous and not met.last_conjunct(lex, clause).strip() and clause.strip():
        inherited = previous[-1].extra.get("governing", "")
    finite = met.predicate_event(predicate, lex) if met.is_finite(lex, predicate) else ""
    event = governing or finite or inherited or phrase.event or met.predicate_event(predicate, lex)
    reading.extra["governing"] = governing or inherited
    if event and lex.event_words.get("rescued") and any(
        lex.find("rescuer", clause)
    ) and met.metric_for(lex, "hostages", event) == met.metric_for(lex, "hostages", "released"):
        event = "rescued"
    parent = find_parent(reading, left_all, previous, state)
    reading.parent = parent
    reading.extra["listed"] = bool(parent and ":" in sentence.text[: reading.start])
    domain = phrase.domain or met.domain_in(lex, predicate, clause, sentence.text[: reading.start])
    domain = domain or (parent.domain if parent else "")
    historical = bool(lex.find("historical", clause))
    reading.extra["historical"] = historical
    if event:
        reading.metric = met.metric_for(lex, domain, event)
    elif domain and domain != "people":
        reading.metric = met.metric_for(lex, domain, "")
    elif parent:
        reading.metric = parent.metric
    elif (phrase.others or historical) and (previous or state.figures):
        reading.metric = (previous or state.figures)[-1].metric
    elif previous and phrase.head != "thing" and not phrase.text.strip():
        reading.metric = previous[-1].metric
        reading.is_thing = previous[-1].is_thing
    elif lex.find("heading_toll", clause) and state.last_sentence_event:
        reading.metric = met.metric_for(lex, domain, state.last_sentence_event)
    reading.domain = domain or (lex_domain_of(lex, reading.metric))
    reading.extra["predicate"] = predicate
    reading.extra["clause"] = clause
    if historical and previous:
        reading.parent = reading.parent or previous[-1]


def lex_domain_of(lex: Lexicon, metric: str) -> str:
    for (domain, _), name in lex.metric_of.items():
        if name == metric:
            return domain
    return ""


def read_subgroup(reading: Reading, source_kind: str, state: DocumentState) -> str:
    lex, phrase = state.lex, reading.phrase
    own = met.subgroup_for(lex, phrase.subgroup_terms or [], source_kind)
    if own:
        return own
    predicate = reading.extra.get("predicate", "")
    copula = re.match(r"\s*(?:were|are|was|is|being)\s+(.*)", predicate)
    if copula and not phrase.text.strip():
        terms = [m.group().lower() for m in lex.find("subgroup", copula.group(1)[:40])]
        own = met.subgroup_for(lex, terms, source_kind)
        if own:
            return own
    if reading.parent and (not phrase.text.strip() or phrase.head == "people") and (
        reading.parent.metric == reading.metric
    ):
        return reading.parent.subgroup
    if lex.find("heading_toll", reading.extra.get("clause", "")):
        terms = [m.group().lower() for m in lex.find("subgroup", reading.extra["clause"])]
        own = met.subgroup_for(lex, terms, source_kind)
        if own:
            return own
    return next(iter(sorted(s for s in lex.subgroup_in_context if s == "all")), "all")


def read_location(reading: Reading, sentence: Sentence, window: tuple[int, int], excluded: list[tuple[int, int]],
                  source_home: str, state: DocumentState) -> str:
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
    single = loc.single_place(lex, sentence.text, excluded)
    if single is not None:
        return single
    if not lex.subgroup_in_context.get(reading.subgroup, True):
        return ""
    return loc.heading_place(lex, sentence.heading) or source_home or state.place


def frame_date(lex: Lexicon, sentence: Sentence, frame: attr.Frame | None, published: date) -> date | None:
    """The date a sentence gives its statement: "as of ...", "said on Sunday", "On Wednesday, X said"."""
    text = sentence.text
    for anchor in lex.find("date_anchor", text):
        found = first_date(lex, text[anchor.end() : anchor.end() + 30], published, published)
        if found:
            return found
    if frame is None:
        return None
    if frame.kind == "subject":
        region = re.split(r"\bthat\b|,", text[frame.end : frame.end + 40])[0]
        found = first_date(lex, text[frame.source.start : frame.end] + " " + region, published, published)
    else:
        found = first_date(lex, text[frame.start : frame.end + 40], published, published)
    if found:
        return found
    leading = text[: frame.start]
    first = leading.split()[0].lower() if leading.split() else ""
    if first in lex.lower_words("leading") or any(m.start() == 0 for m in lex.find("leading", leading)):
        return first_date(lex, leading, published, published)
    return None


def read_as_of(reading: Reading, sentence: Sentence, frame: attr.Frame | None, published: date | None,
               next_start: int, state: DocumentState) -> str:
    if published is None:
        return ""
    lex = state.lex
    stated = frame_date(lex, sentence, frame, published)
    if reading.extra.get("historical"):
        own = sentence.text[reading.end : next_start]
        for match in dates_in(lex, own):
            resolved = resolve(lex, match.group(), published, stated or published)
            if resolved:
                return resolved.isoformat()
        return ""
    return (stated or published).isoformat()


def read_sentence(sentence: Sentence, mentions: list[NumberMention], state: DocumentState) -> list[dict]:
    """Every figure of one sentence, as contract rows."""
    lex, document = state.lex, state.document
    text = document.text
    live = [m for m in mentions if non_figure_reason(text, m, lex) is None]
    spans = [(m.qualifier_start - sentence.start, m.end - sentence.start) for m in live]

    def resolve_source(source: attr.SourceMention, location: str = "") -> str:
        if source.kind == "alias":
            return attr.resolve_alias(lex, source.text, location) or attr.resolve_alias(lex, source.text, state.place)
        return source.canonical or state.speakers.last

    frames = attr.sentence_frames(lex, sentence.text, spans, state.speakers, resolve_source)
    excluded = [(f.source.start, f.source.end) for f in frames]
    readings: list[Reading] = []
    rows = []
    for index, mention in enumerate(live):
        start, end = spans[index]
        prev_end = spans[index - 1][1] if index else 0
        next_start = spans[index + 1][0] if index + 1 < len(spans) else len(sentence.text)
        right = sentence.text[end:next_start]
        reading = Reading(mention, start, end, met.noun_phrase(right, lex))
        reading.is_thing = reading.phrase.head == "thing"
        if not reading.is_thing:
            read_metric(reading, sentence, sentence.text[prev_end:start], right, readings, state)
        readings.append(reading)
        if reading.is_thing or not reading.metric:
            continue
        frame = attr.frame_for(frames, start, end)
        home_source = resolve_source(frame.source) if frame else ""
        source_home = lex.source_home.get(home_source, "")
        reading.subgroup = read_subgroup(reading, lex.source_kind.get(home_source, ""), state)
        reading.location = read_location(reading, sentence, (prev_end, next_start), excluded, source_home, state)
        source = resolve_source(frame.source, reading.location) if frame else ""
        basis = resolve_source(frame.source.basis, reading.location) if frame and frame.source.basis else ""
        if frame and frame.source.kind == "alias" and not source:
            source = frame.source.text
        attribution_text = ""
        if frame:
            stop = frame.source.basis.end if frame.source.basis else frame.source.end
            attribution_text = sentence.text[frame.source.start : stop]
        status = met.status_for(lex, sentence.text[:start], re.split(r"[,;]", reading.extra["predicate"])[0])
        as_of = read_as_of(reading, sentence, frame, document.published_at, next_start, state)
        state.figures.append(reading)
        rows.append(
            {
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
        )
    events = lex.find("event", sentence.text)
    state.last_sentence_event = met.event_of(lex, events[-1]) if events else ""
    state.last_sentence_figures = [r for r in readings if r.metric] or state.last_sentence_figures
    if frames:
        last = max(frames, key=lambda f: f.end)
        place = next((r.location for r in readings if r.location), state.place)
        state.speakers.last = resolve_source(last.source, place) or state.speakers.last
    return rows


def document_figures(document: Document, lex: Lexicon) -> list[dict]:
    """Every figure of a document as contract rows (ids and document fields included)."""
    text = document.text
    sentences = split_sentences(text, document.language or "en")
    mentions = find_numbers(text, lex)
    title = document.title or (sentences[0].text if sentences else "")
    state = DocumentState(document, lex, loc.document_place(lex, title, text))
    rows = []
    for sentence in sentences:
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        if inside:
            rows.extend(read_sentence(sentence, inside, state))
    doc_id, content_hash = document.doc_id, document.content_hash
    published = document.published_at.isoformat() if document.published_at else ""
    for row in rows:
        row.update(
            figure_id=stable_hash(doc_id, content_hash, str(row["char_start"]), row["mention"]),
            doc_id=doc_id,
            doc=document.doc,
            reported_by=document.publisher,
            published_at=published,
        )
    return rows
