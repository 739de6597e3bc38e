"""Where a figure is: the place its own words name, or the one its sentence, paragraph or document
goes on from (`docs/method.md`, "Where")."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract import heading_places as headings
from etl.extract import locations as loc
from etl.extract import metrics as met
from etl.extract.lexicon import Lexicon
from etl.extract.named_days import named_day_before, named_event_place
from etl.extract.reading import DocumentState, Reading
from etl.extract.sentences import Sentence

ARRESTED = "detained"  # the event of the verbs of arrest in metric_words.csv ("detained", "arrested")

DISPLACED = "displaced"  # the metric whose people are counted where they left, not where they went
REFERRED_PLACE_REACH = 400  # characters back to the place "there" points to: this sentence and the last


def named_nationality(lex: Lexicon, reading: Reading) -> str:
    """ "two were Israelis": a bare count whose copula names a nationality counts people of that place."""
    if reading.phrase.text.strip():
        return ""
    word = re.match(rf"\s*{lex.alt('copula')}\s+([^\W\d_][\w'’-]*)", reading.extra.get("predicate", ""))
    return loc.location_of(lex, word.group(1)) if word else ""


def own_side(lex: Lexicon, text: str, offset: int) -> str:
    """ "the 20 hostages still in Gaza in exchange for 250 prisoners": what stands before the exchange
    is the other side's, blanked out (offsets kept) for a count after it."""
    exchanges = lex.find("exchange", text[:offset])
    cut = exchanges[-1].end() if exchanges else 0
    return " " * cut + text[cut:]


def up_to_next_clause(lex: Lexicon, text: str, offset: int) -> str:
    """ "1.2 million were displaced, and tens of thousands found refuge in Syria": past a comma and a
    conjunction after the count, a clause of its own names its own places; so past a semicolon ("Gaza
    strikes kill 96; fighting flares on Lebanon border")."""
    following = clause_after_comma(lex).search(text, offset)
    end = following.start() if following else len(text)
    semicolon = text.find(";", offset, end)
    return text[: semicolon if semicolon >= 0 else end]


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def clause_after_comma(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{lex.alt('conjunction')})\s")


def without_capture_places(lex: Lexicon, text: str, offset: int) -> str:
    """The text after the count with what follows a verb of capture blanked, up to the clause's end
    (offsets kept): where people were detained is where they came from, not where they are held."""
    for event in lex.find("event", text[offset:]):
        if met.event_of(lex, event) in met.CAPTURE_EVENTS - met.STATE_EVENTS:  # not "held in Ofer prison"
            start = offset + event.end()
            end = re.search(r"[,;:.]|$", text[start:]).start() + start
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def before_comment(lex: Lexicon, text: str, offset: int) -> str:
    """The text up to a relative clause set off by a comma after the count, which comments on something
    else: in "killed 45 people, in an attack that drew condemnation from around the world" the world is
    not where they were killed."""
    comment = comment_clause(lex).search(text, offset)
    return text[: comment.start()] if comment else text


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def comment_clause(lex: Lexicon) -> re.Pattern[str]:
    pronoun = rf"{lex.alt('relative_pronoun')}|{lex.alt('complementizer')}"  # "an attack that drew"
    # ", la mayor en la región en dos décadas": a superlative set off by a comma compares, it places nothing
    superlative = rf",\s*(?:{lex.alt('determiner')})\s+(?:{lex.alt('superlative')})(?![\w-])"
    return re.compile(rf",[^,;:]*?(?<![\w-])(?:{pronoun})(?![\w-])|{superlative}")


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
    if loc.spans_regions(lex, before_comment(lex, text, reading.end - window[0])):
        return ""
    offset = reading.start - window[0]
    # "912, including soldiers killed on the Lebanon border": the part's place is not the count's
    own = up_to_next_clause(lex, met.up_to_part_clause(lex, own_side(lex, text, offset), offset), offset)
    # ", which says deaths have risen since the war on Gaza began": a comment on something else
    own = before_comment(lex, own, reading.end - window[0])
    if default and reading.extra.get("event") == "released":
        own = without_capture_places(lex, own, offset)  # "freed 1,718 detained in Gaza": where they came from
    if reading.metric == DISPLACED:
        origin = fled_from(lex, own, offset, shifted)
        if origin:
            return origin
        gone_to = destinations(lex, sentence.text)
        excluded = excluded + gone_to
        shifted = shifted + [(a - window[0], b - window[0]) for a, b in gone_to]
    explicit = loc.explicit_place(lex, own, offset, shifted)
    if loc.spans_regions(lex, before_comment(lex, sentence.text, reading.end)):
        if explicit:
            # "186 journalists killed in the region, including 178 in Gaza": the part's own; "On the
            # Israeli side, ... killed 25 civilians in northern Israel": the count's own clause names it
            return explicit
        # "displaced on both sides of the border, with 96,000 Lebanese and 60,000 Israelis": each its own
        terms = reading.phrase.location_terms or []
        return loc.location_of(lex, terms[0]) if terms else ""
    if explicit is not None:
        return explicit
    antecedent = antecedent_place(lex, sentence.text[: window[0]], text)
    if antecedent is not None:
        return antecedent
    named_day = named_day_before(lex, sentence.text[: window[0]], text, state.document.published_at)
    if named_day:
        return named_day
    start = sentence.start + window[0]
    referred = loc.referred_place(
        lex, text, state.document.text[max(0, start - REFERRED_PLACE_REACH) : start]
    )
    if referred:
        return referred
    before = loc.clause_place(lex, sentence.text[: window[0]], text)
    if before is not None:
        return before
    if default and reading.parent and reading.parent.metric == reading.metric and reading.parent.location:
        return reading.parent.location  # "arrested 18,500 in the West Bank, including 570 women"
    if default and reading.extra.get("continues") and previous and previous[-1].metric == reading.metric:
        # "arrested 25 across the West Bank, bringing the number of arrests to 18,000": the count goes on
        return previous[-1].location or default
    if default:  # "Israel would free 1,700 Gazans": where prisoners are held, not where they are from
        # "In the West Bank, nearly 10,000 people have been arrested": unless the sentence opens on a place
        opening = clause_opening_place(lex, sentence.text, reading.start)
        if opening or reading.extra.get("event") != ARRESTED:
            return opening or default
        # "troops had detained more than 900 people at the site": where the arrests were, the document's
        return document_place(reading, sentence, state) or default
    for term in reading.phrase.location_terms or []:
        return loc.location_of(lex, term)
    nationality = named_nationality(lex, reading)
    if nationality:
        return nationality
    # the same cut in the text as written: the other side of an exchange is blanked only before the count
    own = text[: len(own)]
    named = named_event_place(lex, own, state.document.published_at)
    if named:
        return named
    if reading.parent and reading.parent.location and reading.parent.metric == reading.metric:
        return reading.parent.location
    if previous and reading.extra.get("coordinated") and previous[-1].location:
        return previous[-1].location
    in_context = lex.subgroup_in_context.get(reading.subgroup, True)
    opening = clause_opening_place(lex, sentence.text, reading.start)
    if opening:  # "En Gaza, el ministerio informó de ...": over the speaker's home
        return opening
    if in_context and source_home:
        return source_home
    # past a clause about a part with its verb, the places are the part's
    own_sentence = sentence.text[: window[0] + len(own)] if len(own) < len(text) else sentence.text
    single = loc.single_place(lex, own_sentence, excluded)
    if single is not None:
        return single
    if not in_context:
        return headings.heading_place(lex, sentence.heading) if sentence.heading_adjacent else ""
    return document_place(reading, sentence, state)


def document_place(reading: Reading, sentence: Sentence, state: DocumentState) -> str:
    """The place of the counts around: its paragraph's, its heading's, else the document's."""
    return (
        companion_place(reading, sentence, state)
        or headings.heading_place(state.lex, sentence.heading)
        or state.place
    )


def clause_opening_place(lex: Lexicon, text: str, start: int) -> str | None:
    """The phrase of place that opens the count's clause past a semicolon ("Tehran puts its dead at
    610; in Israel, 28 people died"), or else the sentence ("In Gaza, ...")."""
    semicolon = text.rfind(";", 0, start)
    opening = loc.opening_place(lex, text[semicolon + 1 :].lstrip()) if semicolon >= 0 else None
    return opening or loc.opening_place(lex, text)


def fled_from(lex: Lexicon, window: str, offset: int, excluded: list[tuple[int, int]]) -> str:
    """ "300,000 have fled from Lebanon into Syria": where people were displaced, the place after an
    origin preposition nearest the count, or ""."""
    origins = lex.lower_words("origin")
    found = [
        (abs(p - offset), place) for p, place, prep in loc.places_in(lex, window, excluded) if prep in origins
    ]
    return min(found)[1] if found else ""


def destinations(lex: Lexicon, text: str) -> list[tuple[int, int]]:
    """Where places that people go to start ("into Syria", "hacia Siria"): not where they were displaced."""
    gone_to = lex.lower_words("destination")
    return [
        (p, p + 1) for p, _, _ in loc.places_in(lex, text) if loc.word_before_place(lex, text, p) in gone_to
    ]


def antecedent_place(lex: Lexicon, before: str, clause: str) -> str | None:
    """ "fired rockets at northern Israel, where two civilians were wounded": a clause opened by
    "where" tells of the place named right before it; None when the clause is not such a one."""
    if not re.match(rf"\s*{lex.alt('relative_place')}(?![\w-])", clause, re.IGNORECASE):
        return None
    head = before.rstrip().rstrip(",").rstrip()
    named = [m for m in lex.find("location", head) if m.end() == len(head)]
    if not named:
        return None
    # "South Sudan, where 34 were killed": a longer country's name that holds the place's
    return loc.location_of(lex, loc.longer_country(lex, head, named[-1]) or named[-1].group())


def companion_place(reading: Reading, sentence: Sentence, state: DocumentState) -> str:
    """ "In Gaza, the toll reached 40,005. More than 92,000 have been wounded.": a count of another kind
    that names no place goes on with the place of the counts just before it in its paragraph. A count of
    the same kind is not their companion ("... killed 1,200 in Israel. Since then, 40,000 have been
    killed"): it keeps the document's place, unless it says it goes on ("Another 12 were killed") or
    that it was a first estimate of the same ("Authorities had initially put the toll at 1,400")."""
    paragraph, place, metrics = state.paragraph_place
    goes_on = goes_on_from_before(state.lex, sentence, reading.start) or bool(
        state.lex.find("first_estimate", sentence.text[: reading.start])
    )
    if paragraph != sentence.paragraph and not goes_on:
        return ""
    return place if goes_on or reading.metric not in metrics else ""


def goes_on_from_before(lex: Lexicon, sentence: Sentence, start: int) -> bool:
    """ "Another 57,910 have been wounded": a sentence that opens on a continuation word and the count;
    "This brings the total to 68,875": or on words that carry the last sentence's count on."""
    opening = sentence.text[:start]
    return opening.strip().lower() in lex.lower_words("continuation") or bool(
        lex.find("carrying_on", opening)
    )
