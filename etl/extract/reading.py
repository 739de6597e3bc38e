"""Reading one number in its sentence: what it counts (metric, domain, subgroup) and where."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from etl.documents import Document
from etl.extract import clauses
from etl.extract import locations as loc
from etl.extract import metrics as met
from etl.extract import source_names as names
from etl.extract.conjuncts import before_last_conjunct, last_conjunct, listed_object_event, opens_conjunct
from etl.extract.count_kinds import borrowed_domain, lex_domain_of, prisoners_event, telling_domain_of
from etl.extract.lexicon import Lexicon
from etl.extract.noun_phrases import NounPhrase, named_before
from etl.extract.numbers import NumberMention
from etl.extract.parts import (
    ends_with_term,
    find_parent,
    fronted_event,
    fronted_partitive,
    heading_event,
    is_exchange,
    left_clause,
    names_whole_before,
    previous_between,
    vague_whole_event,
)
from etl.extract.role_edges import starts_with_role
from etl.extract.sentences import LIST_ITEM, Sentence
from etl.extract.tables import TableCells

LIST_COMMA = re.compile(r"\s*,\s*")  # what stands between two counts listed


@dataclass
class Reading:
    """One number read in its sentence (offsets relative to the sentence)."""

    mention: NumberMention
    start: int
    end: int
    phrase: NounPhrase
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

    document: Document  # as read: typographic apostrophes made straight
    lex: Lexicon
    place: str
    written: str = ""  # the text as written, which quotes and attributions are cut from
    speakers: names.Speakers = field(default_factory=names.Speakers)
    figures: list[Reading] = field(default_factory=list)
    last_sentence_figures: list[Reading] = field(default_factory=list)
    last_sentence_event: str = ""
    stated_day: date | None = None  # the day a heading or a report's note gave what follows it
    section_day: date | None = None  # the last day of the span of days its section's heading names
    label_day: tuple[int, date | None] = (-1, None)  # (paragraph, day) of a line a date labels
    list_lead: str = ""  # a list's lead ("the fatalities are as follows:"), while its items run
    last_sentence_source: str = ""  # the source the last sentence gave, "" when it gave none
    numbers_seen: set[int] = field(default_factory=set)  # the values of every number read so far
    # (paragraph, place, metrics) of the last casualty counts read, the place when they had one
    paragraph_place: tuple[int, str, frozenset[str]] = (-1, "", frozenset())
    tables: TableCells = field(default_factory=TableCells)  # what the document's table cells count


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
    predicate = met.without_apposition(lex, right[phrase.end :])
    if not phrase.text.strip() and re.match(r"\s*[,;:)]", predicate):
        # a bare number closing its clause, or its bracket ("64,260 deaths (95% CI 55,298–78,525) due to
        # injury"), governs nothing after it
        predicate = ""
    if reading.end + len(right) < len(sentence.text) and re.match(
        rf"\s*(?:{lex.alt('conjunction')})\s+[^,;:]*$", predicate
    ):
        predicate = ""  # "20 hostages and the bodies of another 28": those words are the next count's
    named = named_before(lex, clause) if not phrase.text.strip() else None
    if named:  # "bringing the number of hostage bodies returned to 40": what the 40 counts
        phrase = reading.phrase = replace(named, end=0)
        reading.extra["continues"] = True
        if named.head == "thing":
            reading.is_thing = True  # "raising the number of hospitals hit to 20"
            return
    exchanged = is_exchange(lex, clause, phrase, previous)
    governing = "released" if exchanged else met.governing_event(clause, phrase, lex)
    governing = governing or ("" if phrase.text.strip() else met.gapped_event(lex, left_all))
    inherited = ""
    # "killed 12 women, 8 children and 3 men": a count listed after a comma shares the verb before it
    listed = (
        bool(previous)
        and not clause.strip()
        and bool(LIST_COMMA.fullmatch(previous_between(left_all, previous)))
    )
    if opens_conjunct(lex, clause) or listed:
        # "killed a commander and four other people": the verb before the "and"; else "14,000 operatives
        # were killed, along with 16,000 civilians": the verb after the count before
        before = before_last_conjunct(lex, clause)
        if previous and before.startswith(previous[-1].phrase.text):
            # "libérera 250 détenus ... et 1 700 Gazaouis": the count before's own noun is no verb of theirs
            before = before[len(previous[-1].phrase.text) :]
        inherited = met.governing_event(before, phrase, lex)
        if not inherited and not previous:
            inherited = listed_object_event(
                lex, clause, left_all, lambda text: met.governing_event(text, phrase, lex)
            )
        if previous:
            inherited = (
                inherited
                or previous[-1].extra.get("governing", "")
                or previous[-1].extra.get("verb_event", "")
                or (previous[-1].extra.get("event", "") if listed else "")
            )
    if inherited and (met.has_own_verb(lex, predicate) or met.gapped_participle(lex, predicate, inherited)):
        inherited = ""
    # "20 hostages held in Gaza were released": past a participle, the verb with an auxiliary
    finite = (
        met.predicate_event(predicate, lex)
        if met.is_finite(lex, predicate)
        else met.main_event(lex, predicate, background=False)
    )
    if phrase.event and re.match(r"\s*[,;:]", predicate):
        finite = ""  # "93,855 injuries, noting that victims are still under the rubble": another clause's
    # "demanded the release of the 101 hostages still held in Gaza": a count of those held now
    ongoing = met.ongoing_state(lex, predicate)
    if ongoing and phrase.event in met.DEATH_EVENTS:
        ongoing = phrase.event  # "24 dead hostages still in Gaza": the dead, still held
    if governing and finite and met.is_attributive(lex, clause):
        governing = ""  # "The remaining 20 hostages will be freed": the verb after the count decides
    reading.extra["ongoing"] = bool(ongoing)
    event = met.marked_event(right, lex) or ongoing or governing
    # the verb after the count, when it decides the event: shared with counts listed before it
    verb = ""
    if not event:
        verb = finite or ("" if phrase.event or inherited else met.predicate_event(predicate, lex))
    partitive = fronted_partitive(lex, sentence.text[: reading.start])
    fronted = fronted_event(lex, partitive)
    # "Of the prisoners freed, 111 had been detained in Gaza": a verb of before tells of the part's past
    background = bool(fronted) and met.in_background(lex, predicate)
    event = event or (fronted if background else "") or finite or phrase.event or inherited or verb or fronted
    event = event or heading_event(lex, sentence.text, reading.start, phrase)
    reading.extra["verb_event"] = verb
    reading.extra["predicate_event"] = finite  # "6,388 have been wounded": its own verb's, whatever else
    reading.extra["governing"] = governing or inherited
    parent = find_parent(reading, left_all, sentence.text[reading.end :], previous, state)
    reading.parent = parent
    reading.extra["listed"] = bool(parent and ":" in sentence.text[: reading.start])
    if parent:  # "including 20 women who were held without charge": a relative clause tells of the past
        # also past the comma, dash or bracket that closes a list of parts ("24 women and 15 minors, who")
        # past a short phrase of where they are from ("1,718 people from Gaza who had been detained")
        relative = re.match(
            rf"[\s,—–)]*((?:[^\W\d][\w'’-]*\s+){{0,3}}?){lex.alt('relative_pronoun')}(?![\w-])", predicate
        )
        if relative and (lex.find("event", relative.group(1)) or met.has_own_verb(lex, relative.group(1))):
            relative = None
        # "1,718 were Gazans detained during the war": the copula is the part's verb, the participle
        # after its noun of people tells of the people's past
        described = re.match(rf"\s*{lex.alt('copula')}\s+(?={lex.alt('people')}(?![\w-]))", predicate)
        own_verb = bool(finite) and not relative and not described
        event = met.event_of_part(parent.extra.get("event", ""), event, own_verb)
    elif not event:
        event = vague_whole_event(lex, sentence.text[: reading.start])
    # "Two hostages were among the 30 people killed": a count with a noun of its own does not take the
    # kind of the noun before it ("97 hostages ... out of the 251 seized" does)
    before = previous[-1].phrase.text if previous and phrase.head else ""
    own_left = (
        left_clause(left_all[len(before) :]) if before.strip() and left_all.startswith(before) else clause
    )
    # "Israel frees 1,968 Palestinians as the last hostages return": people Israel holds or frees are
    # of their own kind, whatever kind of people the words after them go on to tell of ("200 Palestinian
    # prisoners": but the noun right after a people's adjective is the count's)
    own_predicate = clauses.own_clause(lex, predicate)
    domain_word = lex.pattern("domain")
    if lex.find("detained_people", phrase.text) and not (
        domain_word and domain_word.match(predicate.lstrip())
    ):
        own_predicate = ""
    # "97 hostages notified as Israel's death toll passes 1,300": a clause of its own before the count
    # (only "as" parts two facts for sure: "while Israel has confirmed the deaths of 35" goes on the count)
    opened = clauses.last_own_clause(lex, own_left)
    loose = lex.pattern("predicate_subordinator")
    in_own_clause = opened != own_left and bool(loose and loose.match(opened))
    own_left = opened
    domain = phrase.domain or met.domain_in(lex, own_predicate, last_conjunct(lex, own_left))
    # "73 are still held, including at least 35 who are dead": a part is of the kind its whole was read as
    if parent and not domain:
        domain = (
            parent.domain if parent.domain not in ("", "people") else telling_domain_of(lex, parent.metric)
        )
    # "Of the prisoners freed, 18 were serving life sentences": the partitive names what is counted;
    # "Of the 251 people abducted, the bodies of 10 remain": or holds the count it is a part of
    domain = domain or met.domain_in(lex, partitive)
    if not domain and previous and previous[-1].start < len(partitive):
        domain = telling_domain_of(lex, previous[-1].metric)
    if not domain and not phrase.text.strip() and starts_with_role(lex, "inclusion", predicate):
        # "the release of all hostages, 59 of whom remain in Gaza": of the noun set off before the count
        before = sentence.text[: reading.start]
        if names_whole_before(before):
            matches = lex.find("domain", before.rstrip()[:-1].rsplit(",", 1)[-1])
            domain = met.domain_of(lex, matches[-1]) if matches else ""
    if phrase.others and (previous or state.figures):
        # "25 hostages and the bodies of eight others": of the same kind, here or in the sentence before
        domain = domain or (previous or state.figures)[-1].domain
    earlier = previous or state.figures
    if (
        earlier
        and not phrase.text.strip()
        and (
            ends_with_term(lex, "continuation", sentence.text[: reading.start])
            or re.search(rf"(?<![\w-]){lex.alt('remains')}\s+{lex.alt('of')}\s*$", left_all)
        )
    ):
        # "20 hostages are alive, and the remains of another 30"; "freed 20 hostages and the bodies of 28"
        domain = domain or earlier[-1].domain
    if event and not domain and not phrase.text.strip():
        # "detained some 4,000 people ... and had released about 1,500": a bare count in the sentence of a
        # count of a kind is of that kind, when that kind can have its event
        nearest = [parent, *([] if in_own_clause else previous[-1:])]
        if ("people", event) not in lex.metric_of:
            nearest += state.figures[-1:]
        domain = borrowed_domain(lex, event, nearest)
    # "Israeli forces freed two hostages": a rescue, not a release; but only of what the metrics table
    # says can be rescued ("soldiers freed in exchange for 200 prisoners": the prisoners are released).
    rescuable = (domain or "people", "rescued") in lex.metric_of
    if (
        domain not in ("", "people")
        and (domain, "released") in lex.metric_of
        and met.returned(lex, predicate)
    ):
        event = "released"  # "147 rehenes han vuelto con vida": hostages who came back were freed
    # "147 hostages have been returned, 135 in deals and eight in military operations": how they came back
    freed = (event or (parent.extra.get("event", "") if parent else "")) == "released"
    if (
        freed
        and rescuable
        and (acting_rescuer(lex, clause) or lex.find("rescue_operation", re.split(r"[,;:]", predicate)[0]))
    ):
        event = "rescued"
    # "bringing to 15 the number of bodies returned": the phrase says they were handed over
    if event == "dead":
        event = met.handed_over(lex, phrase) or event
    # "Rescue teams have recovered 600 bodies": what befalls only the living names no remains
    if phrase.event == "dead" and event in met.LIVING_EVENTS:
        event = "dead"
    if event in ("held", "released") and (
        met.names_the_dead(lex, phrase, predicate) or fronted in met.DEATH_EVENTS
    ):
        # "Hamas returned four bodies", "holds 28 dead hostages": the dead held or handed over; those
        # held or handed over who are not named as its prisoners are hostages, as people held or released are
        held_at = lex.metric_location.get(met.metric_for(lex, "hostages", "dead"), ("", True))[0]
        # "Israel has returned 195 bodies to Gaza": the dead sent back where hostages are held are not theirs
        sent_home = event == "released" and (loc.destination(lex, predicate) or None) == held_at
        if domain in ("", "people") and not lex.find("detained_people", phrase.text) and not sent_home:
            domain = lex_domain_of(lex, met.metric_for(lex, "people", event))
        event = "dead"
    historical = bool(lex.find("historical", clause)) and not exchanged
    reading.extra["historical"] = historical
    coordinated = bool(previous) and opens_conjunct(lex, clause)
    reading.extra["coordinated"] = coordinated
    reading.extra["event"] = event
    lead_event = met.list_lead_event(lex, sentence.text, state.list_lead) if not event else ""
    if event:
        reading.metric = met.metric_for(lex, domain, event)
    elif parent:
        reading.metric = parent.metric
        reading.extra["from_parent"] = True
    elif (
        coordinated
        and previous[-1].metric
        and domain in ("", "people")
        and no_verb_of_its_own(lex, predicate)
    ):
        # "the list, published the same day, includes 16,302 children and 10,955 women": one verb for both
        reading.metric = previous[-1].metric
    elif historical and previous and domain == previous[-1].domain:
        reading.metric = previous[-1].metric  # "50 otages, contre 24 otages la semaine précédente"
    elif domain and domain != "people" and not lead_event:  # "Israel will free: • 250 prisoners serving"
        reading.metric = met.metric_for(lex, domain, "")
        reading.extra["by_domain"] = True  # no verb of its own: one coordinated after it may lend one
    elif (phrase.others or historical) and (previous or state.figures):
        reading.metric = (previous or state.figures)[-1].metric
    elif (
        previous
        and previous[-1].metric
        and phrase.head == "people"
        and domain in ("", "people")
        and lex.find("addition", clause)
        and no_verb_of_its_own(lex, predicate)
    ):
        # "600 people have been killed, mostly fighters but also at least 140 civilians": the same event
        reading.metric = previous[-1].metric
    elif previous and phrase.head != "thing" and not phrase.text.strip() and not met.returned(lex, predicate):
        reading.metric = previous[-1].metric
        reading.is_thing = previous[-1].is_thing
        reading.extra["continues"] = True
    elif restates_last_count(lex, sentence.text, reading, previous, state):
        # "Three months ago, the same office spoke of about 14,000": a bare count said in a sentence that
        # names no event restates the count of the sentence before
        reading.metric = state.last_sentence_figures[-1].metric
        reading.extra["restates"] = state.last_sentence_figures[-1]
    elif (
        lex.find("heading_toll", left_all)
        or clauses.toll_before_counts(lex, sentence.text, reading, previous)
        or lex.find("toll_pronoun", left_all)
    ):
        # "bringing the total to N", "put that number at N", "had raised it to N": the count named before,
        # here or just before
        tolls = lex.find("heading_toll", sentence.text[: reading.start])
        # "The toll of soldiers killed since October 7, 2023, ..., stands at 914": whose toll, up to its comma
        toll_named = sentence.text[tolls[-1].start() : reading.start].split(",")[0] if tolls else ""
        # "the number of Palestinians killed ..., including those missing, now exceeds": the toll's own
        # words name its event before an aside does
        events = lex.find("event", toll_named) or lex.find("event", sentence.text[: reading.start])
        event = met.event_of(lex, events[-1]) if events else state.last_sentence_event
        kinds = lex.find("domain", sentence.text[: reading.start])  # "detainees ..., whose number X put at"
        domain = domain or (met.domain_of(lex, kinds[-1]) if kinds else "")
        if not events and not domain and state.last_sentence_figures:
            # "9,623 Palestinians were held in Israeli prisons. Before the war, the figure stood at 5,300"
            domain = state.last_sentence_figures[0].domain
        reading.metric = met.metric_for(lex, domain, event) if event else ""
        reading.extra["toll_named"] = toll_named
    elif lead_event:
        # "the fatalities are distributed as follows: - Civilians: 46", "Journalists killed, by place of
        # death: - Gaza: 184": an item counts its lead's event, and its group when it names none
        reading.metric = met.metric_for(lex, domain, lead_event)
        reading.extra["toll_named"] = reading.extra["list_lead"] = state.list_lead
    if (
        state.list_lead
        and reading.metric
        and "list_lead" not in reading.extra
        and LIST_ITEM.match(sentence.text)
    ):
        # "CPJ's tally as of December 19, by the place where the journalists were killed: - 131 killed in
        # Gaza": an item with its own event still counts its lead's group, on its lead's day
        reading.extra["toll_named"] = reading.extra["list_lead"] = state.list_lead
    held_or_freed = prisoners_event(lex, sentence.text, reading) if domain in ("", "people") else ""
    if held_or_freed:
        reading.metric, domain = met.metric_for(lex, "prisoners", held_or_freed), "prisoners"
    if domain in ("", "people") and reading.metric and lex.find("detained_people", phrase.text):
        # "Israel is holding 10,800 Palestinians", "Israel freed 90 Palestinians": people Israel holds or
        # frees are its prisoners, not hostages
        for event in ("held", "released"):
            prisoners = met.metric_for(lex, "prisoners", event)
            if reading.metric == met.metric_for(lex, "people", event) and prisoners:
                reading.metric, domain = prisoners, "prisoners"
    reading.domain = domain or lex_domain_of(lex, reading.metric)
    reading.extra["predicate"] = predicate
    reading.extra["clause"] = clause
    if historical and previous:
        reading.parent = reading.parent or previous[-1]


def restates_last_count(
    lex: Lexicon, text: str, reading: Reading, previous: list[Reading], state: DocumentState
) -> bool:
    """Is a bare count that closes its clause, the first of a sentence without an event, right after a
    verb that restates a figure ("spoke of about", "put the figure at"), one the sentence before counted?"""
    if previous or reading.phrase.text.strip() or not state.last_sentence_figures or lex.find("event", text):
        return False
    verbs = lex.find("restating_verb", text[: reading.start])
    return (
        bool(verbs)
        # "en compte, lui, 196": up to two words, set off by commas or not
        and re.fullmatch(r"(?:[\s,]+[^\W\d_]+){0,2}[\s,]*", text[verbs[-1].end() : reading.start]) is not None
        and re.match(r"\s*(?:[.;,]|$)", text[reading.end :]) is not None
    )


def acting_rescuer(lex: Lexicon, clause: str) -> bool:
    """Do troops act in the clause before a count of those freed? Not when they only speak of them:
    in "The Israeli army said seven hostages were handed over" the army tells of a release."""
    rescuers = lex.find("rescuer", clause)
    return bool(rescuers) and not lex.find("speech_verb", clause[rescuers[-1].end() :])


def no_verb_of_its_own(lex: Lexicon, predicate: str) -> bool:
    """Does the count's predicate end at once, or go on with a place ("10,955 women.", "... in Gaza")?
    "and 600,000 have returned" has a verb of its own."""
    return bool(re.match(rf"\s*(?:[.,;:)]|$|(?:{lex.alt('location_preposition')})\s)", predicate))
