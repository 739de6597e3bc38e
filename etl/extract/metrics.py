"""What a number counts: its event, domain, metric, subgroup and status (its noun phrase: noun_phrases).

A metric is a (domain, event) pair from metrics.csv: "hostages" + "freed" is
hostages_released, "people" + "killed" is killed. The event comes from the verb that
governs the number ("killed 558 people"), the words of its noun phrase ("2,243 wounded
people") or its predicate ("687 Palestinians had been killed").
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract import clauses
from etl.extract.clauses import joined_clause
from etl.extract.conjuncts import last_conjunct
from etl.extract.lexicon import Lexicon
from etl.extract.noun_phrases import NounPhrase
from etl.extract.sentences import LIST_ITEM
from etl.extract.verb_terms import event_of, predicate_terms

MAX_PREDICATE_WORDS = 16
ASIDE_AFTER_FIRST_WORD = re.compile(r"^(\s*[^\W\d_]+),[^,;:]*,")  # "que, según sus cifras, siguen"
STATE_EVENTS = frozenset({"held", "remaining"})  # events of a state people are in now, not of an act
DEATH_EVENTS = frozenset({"killed", "dead"})
CAPTURE_EVENTS = frozenset({"taken", "detained", "held"})  # how people came to be held, or are
LIVING_EVENTS = frozenset({"rescued", "injured", "displaced"})  # what befalls only the living


def event_terms(lex: Lexicon, text: str) -> list[re.Match[str]]:
    return lex.find("event", text)


def governing_event(left_clause: str, phrase: NounPhrase, lex: Lexicon) -> str:
    """The event of a verb or noun just before the number: "killed 558", "release of 240"."""
    conjunct = last_conjunct(lex, left_clause)
    cut = len(left_clause) - len(conjunct)
    # "the number of dead and wounded at": one term across the "and" is not cut by it
    spanning = [m for m in event_terms(lex, left_clause) if m.start() < cut < m.end()] if cut else []
    left_clause = left_clause[spanning[-1].start() :] if spanning else conjunct
    agent = re.compile(rf"\s+{lex.alt('agent')}\b")
    matches = [m for m in event_terms(lex, left_clause) if not agent.match(left_clause[m.end() :])]
    of = of_after(lex)
    if len(matches) > 1 and is_attributive(lex, left_clause) and not of.match(left_clause, matches[-2].end()):
        # "released the remaining 20 hostages": a verb governs, past the count's adjective (but "the
        # release of the remaining 100 hostages" asks to free those who remain)
        matches.pop()
    if not matches:
        return ""
    last = matches[-1]
    word = " ".join(last.group().lower().split())
    is_noun = word in lex.lower_words("event_noun")
    if not is_noun and lex.find("speech_verb", left_clause[last.end() :]):
        return ""  # "Figures released on Monday showed 34,183": the verb is the figures', not the number's
    # ("deaths recorded by the ministry rose to 235": a noun of the event stays the count's)
    if lex.find("result_verb", left_clause[last.end() :]):
        return ""  # "a strike on a camp for displaced people leaves 45 dead": what it leaves is the count's
    if not is_noun and recipient_after(lex).match(left_clause, last.end()):
        return ""  # "handed over food parcels to 30,000 people": the count received what the verb moved
    if objected_modal(lex).match(left_clause, last.end()):
        return ""  # "a plan to seize Gaza City could force one million people": another verb's object
    followed_by_of = bool(of.match(left_clause, last.end()))
    if is_noun and phrase.domain and not followed_by_of:
        return ""  # "Their deaths leave 97 hostages": the noun is not what the number counts
    event = event_of(lex, last)
    if phrase.event and phrase.event != event and word in lex.lower_words("heading_toll"):
        return ""  # "a preliminary toll that also counted 52 wounded": a toll holds counts of every kind
    if event == "released" and phrase.event == "displaced":
        return ""  # "the return of 300,000 displaced people": they go home, no captivity ends
    if event == "displaced" and phrase.event and phrase.event != event:
        return ""  # "evacuated 61 wounded to hospitals": moved for care, counted by what befell them
    return event


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def objected_modal(lex: Lexicon) -> re.Pattern[str]:
    """The verb's own object, then a modal and the verb the count follows: " Gaza City could force "."""
    return re.compile(rf"\s+[^\W\d_][^,;:]*?\s(?:{lex.alt('modal')})\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+){{0,2}}$")


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def recipient_after(lex: Lexicon) -> re.Pattern[str]:
    """An object of the verb, then a preposition of its recipient, right before the count (and its
    determiner or qualifier): " food parcels to " (not a count's own verb: "the wounded rose to")."""
    moved = rf"(?!{lex.alt('count_reached')}\s)[^\W\d_][^,;:]*?"
    recipient = lex.alt("recipient_preposition")
    return re.compile(rf"\s+{moved}\s(?:{recipient})\s+(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE)


@lru_cache(maxsize=16)  # one per lexicon: asked per figure
def of_after(lex: Lexicon) -> re.Pattern[str]:
    """ "of" after a word ("release of"): the word is a noun."""
    return re.compile(rf"\s*{lex.alt('of')}")


@lru_cache(maxsize=16)  # one per lexicon: asked per bare count
def gapped_clause(lex: Lexicon) -> re.Pattern[str]:
    """ "y el de heridos, a ": a conjunction, a pronoun, "of", a noun, a comma and one word at the most."""
    return re.compile(
        rf"(?<![\w-])(?:{lex.alt('conjunction')})\s+[^\W\d_]+\s+(?:{lex.alt('of')})\s+([^,;:\d]{{1,30}}),"
        rf"\s*(?:[^\W\d_]+\s+)?$"
    )


def gapped_event(lex: Lexicon, left_all: str) -> str:
    """ "el número de mártires ascendió a 56.156, y el de heridos, a 132.239", "and that of the wounded,
    to": a clause whose verb is left out after a comma, a pronoun and "of", names its count's event."""
    gapped = gapped_clause(lex).search(left_all)
    events = lex.find("event", gapped.group(1)) if gapped else []
    return event_of(lex, events[-1]) if events else ""


def is_attributive(lex: Lexicon, clause: str) -> bool:
    """ "the remaining 20", "los restantes 20": a word of a state between an article and the number is
    an adjective of the count, not a verb that governs it ("the released 20" tells what befell them)."""
    last = re.search(rf"(?<![\w-]){lex.alt('definite')}\s+(\S+)\s*$", clause)
    found = lex.find("event", last.group(1)) if last else []
    return bool(found) and event_of(lex, found[0]) in STATE_EVENTS


def predicate_scope(predicate: str, lex: Lexicon | None = None) -> str:
    """The predicate up to the next coordinated clause (", and ...", ";", ":"), or up to a clause
    about a part that closes it ("remain in Gaza, a third of whom are believed dead")."""
    conjunction = lex.alt("conjunction") if lex else "and"
    scope = re.split(rf",\s+{conjunction}\b|;|:", predicate)[0]
    if lex is None:
        return scope
    # ", mientras que los heridos ascienden a 1.645": a clause of contrast is another clause
    contrast = re.search(rf",\s+{lex.alt('contrast')}(?![\w-])", scope)
    scope = scope[: contrast.start()] if contrast else scope
    joined = joined_clause(lex).search(scope)  # "remain in Gaza and believe a third of them are dead"
    scope = scope[: joined.start()] if joined else scope
    second = clauses.and_that(lex).search(scope)  # "murieron en Israel y que decenas fueron tomados"
    scope = scope[: second.start()] if second else scope
    for part in part_clause(lex).finditer(scope):
        # "33 hostages, eight of them dead, were returned": no verb yet; nor past a nationality after the
        # noun ("Deux femmes palestiniennes, dont l'une enceinte, ont été tuées")
        before = scope[: part.start()]
        if before.strip() and not re.fullmatch(rf"(?:\s*{lex.alt('demonym')})+\s*", before):
            return before
    return scope


@lru_cache(maxsize=16)  # one per lexicon
def part_clause(lex: Lexicon) -> re.Pattern[str]:
    """ ", a third of whom", ", two of them", ", including": a clause about a part of the count."""
    return re.compile(rf",\s+(?:[\w'’-]+\s+){{0,4}}?{lex.alt('inclusion')}(?![\w-])")


def up_to_part_clause(lex: Lexicon, text: str, offset: int) -> str:
    """The text up to a clause about a part after `offset`: in "850 soldiers have been killed, including
    those killed in the October 7 attack" the day and place of the part are not the count's."""
    part = part_clause(lex).search(text, offset)
    if not part:
        return text
    # "1,400 people, most of them civilians, were killed in the October 7 attack": no verb yet, and
    # none in the clause about the part, so that clause is an aside
    own_verb = lex.find("event", re.split(r"[,.;:]", text[part.end() :])[0])
    return text[: part.start()] if own_verb or lex.find("event", text[offset : part.start()]) else text


def without_apposition(lex: Lexicon, predicate: str) -> str:
    """The predicate with an apposition right after the noun phrase blanked out (offsets kept):
    "1.9 million people, or about 90% of the population, have been displaced" is displaced, and
    its ", or" is not a second clause."""
    # "1.9 million people in Gaza, or nearly 85 per cent of the population, are displaced": past a place
    place = rf"(?:\s+(?:{lex.alt('location_preposition')})\s+[^,;:]{{1,40}}?)?"
    apposition = re.match(rf"{place}(\s*,\s*{lex.alt('apposition')}\s+[^,;:]+,)", predicate)
    if not apposition:
        return predicate
    start, end = apposition.span(1)
    return predicate[:start] + " " * (end - start) + predicate[end:]


def returned(lex: Lexicon, predicate: str) -> bool:
    """ "fled their homes, and 600,000 have returned": a count whose own verb undoes the event before
    it counts no one it befell now."""
    return bool(lex.find("returned", predicate_scope(predicate, lex)))


def has_own_verb(lex: Lexicon, predicate: str) -> bool:
    """Does a verb of the count's own follow its noun phrase ("1.1 million people face hunger", "are
    at risk")? Then it does not share the verb of the count before it ("killed 57 children and ...")."""
    # "y más de un millón se vieron obligadas a huir": past a clitic pronoun
    first = re.match(rf"\s*(?:(?:{lex.alt('clitic_pronoun')})\s+)?([^\W\d_][\w'’-]*)", predicate)
    if not first:
        return False
    word = first.group(1).lower()
    if any(word in lex.lower_words(role) for role in ("auxiliary", "copula", "linking_verb")):
        return True  # "took 251 captives, and 59 remain in Gaza": a verb, though an event's word
    return first.group(1).islower() and word not in known_words(lex)


def gapped_participle(lex: Lexicon, predicate: str, shared: str) -> bool:
    """ "Three were killed and a dozen others wounded": a participle of another event right after the
    count, its auxiliary left out, is the count's own verb, not the one before "and" (but in "freed 250
    and 1,700 people detained in Gaza" it tells how those freed came to be held)."""
    first = re.match(r"\s*", predicate).end()
    events = [m for m in event_terms(lex, predicate) if m.start() == first]
    return bool(events) and event_of_part(shared, event_of(lex, events[0]), False) != shared


@lru_cache(maxsize=16)  # one per lexicon
def known_words(lex: Lexicon) -> frozenset[str]:
    """Words the tables know as something other than a verb of the count's own: function words,
    people and nationalities ("90 presos palestinos en ..."), places, subgroups, events."""
    roles = ("np_stop", "people", "demonym", "thing", "determiner", "conjunction", "of", "since")
    tables = (lex.location_words, lex.subgroup_words, lex.domain_words, lex.event_words)
    return frozenset().union(*(lex.lower_words(role) for role in roles), *tables)


def past_perfect_before(lex: Lexicon) -> re.Pattern[str]:
    """ "had been " (and a word) closing the text before an event verb: a verb of before."""
    return re.compile(rf"(?<![\w-])(?:{lex.alt('past_perfect')})\s+(?:\w+\s+)?$")


def main_event(lex: Lexicon, predicate: str, background: bool = True) -> str:
    """The event of the last verb with an auxiliary or copula before it ("still held in Gaza are
    dead": dead), the verb of a clause whose subject came before the noun phrase. Without
    `background`, a verb in the past perfect ("had been detained") tells of before, not of the count."""
    auxiliary = re.compile(rf"(?<![\w-])(?:{lex.alt('auxiliary')}|{lex.alt('copula')})\s+(?:\w+\s+)?$")
    earlier = past_perfect_before(lex)
    scoped = predicate_scope(predicate, lex)
    finite = [m for m in predicate_terms(lex, scoped) if auxiliary.search(scoped[: m.start()])]
    if finite:  # "were freed Monday, two years after they were abducted": a clause of its own, past the verb
        later = clauses.clause_opener(lex).search(scoped, finite[0].end())
        finite = [m for m in finite if not later or m.start() < later.start()]
    if not background:
        finite = [m for m in finite if not earlier.search(scoped[: m.start()])]
    return event_of(lex, finite[-1]) if finite else ""


def event_of_part(whole: str, own: str, finite: bool) -> str:
    """The event of a part, given its whole's: how a part of a release came to be held is its past
    ("1,968 prisoners, including 1,718 detained during the war": released), and where the dead had fled
    to is where they died ("killed 30, including 12 children sheltering in a school": killed)."""
    if whole == "released" and own in CAPTURE_EVENTS and not finite:
        return whole
    if whole in DEATH_EVENTS and own == "displaced":
        return whole
    if whole == "dead" and own in STATE_EVENTS:
        return whole  # "the remains of seven hostages, six Israelis and one Thai, are still in Gaza"
    return own


def in_background(lex: Lexicon, predicate: str) -> bool:
    """Is the predicate's first event verb in the past perfect ("had been detained")?"""
    matches = predicate_terms(lex, predicate_scope(predicate, lex))
    earlier = past_perfect_before(lex)
    return bool(matches and earlier.search(predicate[: matches[0].start()]))


def is_finite(lex: Lexicon, predicate: str) -> bool:
    """Does the predicate's first event verb come with an auxiliary ("were killed") or link the count
    to an event ("remain under the rubble"), not as a modifier?"""
    scope = predicate_scope(predicate, lex)
    matches = predicate_terms(lex, scope)
    auxiliaries = lex.pattern("auxiliary")
    if not matches:
        return False
    before = scope[: matches[0].start()]
    return (
        bool(auxiliaries and auxiliaries.search(before))
        or is_linking(lex, scope, matches)
        # "10,000 bodies lie under the rubble": a linking verb that is no event of its own
        or bool(re.fullmatch(rf"\s*{lex.alt('linking_verb')}\s+(?:[^\W\d_]+\s+)?", before))
    )


def marked_event(text: str, lex: Lexicon) -> str:
    """An event introduced by "as" ("counts 33 ... as dead"): it overrides every other cue."""
    markers = lex.lower_words("as_marker")
    text = re.split(rf",\s*{lex.alt('inclusion')}", text)[
        0
    ]  # ", dont la moitié ... comme morts" is another count
    nouns = lex.lower_words("event_noun")
    for match in event_terms(lex, predicate_scope(text, lex)):
        before = text[: match.start()].rstrip().lower()
        # "as dead", "as missing"; but "as deaths in custody mount" opens a clause of its own
        if (
            any(before.endswith(" " + m) for m in markers)
            and " ".join(match.group().lower().split()) not in nouns
        ):
            return event_of(lex, match)
    return ""


def predicate_event(predicate: str, lex: Lexicon) -> str:
    """The event of the first verb of the predicate after the noun phrase."""
    scope = predicate_scope(predicate, lex)
    # "46 children, in the deadliest day since the ceasefire took effect", "20 are believed to be alive,
    # while Israel has confirmed the deaths of 35": another subject's verb
    matches = predicate_terms(lex, clauses.own_clause(lex, scope))
    if not matches:
        return ""
    matches = matches[first_linking(lex, scope, matches) :]
    event = event_of(lex, matches[0])
    if is_linking(lex, scope, matches):
        linked = event_of(lex, matches[1])
        event = "held" if linked == "taken" else linked  # "permanecen secuestradas": taken, so still held
    return event


def first_linking(lex: Lexicon, scope: str, matches: list[re.Match[str]]) -> int:
    """Where the count's own verb is when a participle modifies the noun first: in "116 hostages
    abducted on October 7 remain in Gaza" the count is of those who remain, not of the abducted."""
    auxiliaries = lex.pattern("auxiliary")
    if auxiliaries and auxiliaries.search(scope[: matches[0].start()]):
        return 0  # "were taken hostage and remain ...": the first verb is the count's own
    linking = lex.lower_words("linking_verb")
    for index, match in enumerate(matches[1:], start=1):
        if " ".join(match.group().lower().split()) in linking:
            return index
    return 0


def is_linking(lex: Lexicon, scope: str, matches: list[re.Match[str]]) -> bool:
    """ "remain displaced", "siguen desaparecidos": a verb that links the count to the event after it
    (on its own, "59 hostages remain in Gaza", it is the event)."""
    if len(matches) < 2 or " ".join(matches[0].group().lower().split()) not in lex.lower_words(
        "linking_verb"
    ):
        return False
    return bool(re.fullmatch(r"\s+(?:[^\W\d_]+\s+)?", scope[matches[0].end() : matches[1].start()]))


def domain_of(lex: Lexicon, match: re.Match[str]) -> str:
    return lex.domain_words[" ".join(match.group().lower().split())]


def domain_in(lex: Lexicon, *texts: str) -> str:
    """The first domain word ("hostages", "prisoners") in the texts, in order, each up to its first comma."""
    for text in texts:
        matches = lex.find("domain", text.split(",")[0])
        if matches:
            return domain_of(lex, matches[0])
    return ""


def metric_for(lex: Lexicon, domain: str, event: str) -> str:
    """The metric of a (domain, event) pair, falling back to the people domain."""
    return lex.metric_of.get((domain or "people", event or "none")) or lex.metric_of.get(
        ("people", event), ""
    )


def names_the_dead(lex: Lexicon, phrase: NounPhrase, predicate: str) -> bool:
    """ "four bodies", "28 dead hostages", "4 hostages killed in captivity", "28 rehenes fallecidos",
    "otages qui sont morts": a noun of remains, or a word of death that modifies the noun, before it or
    right after it. Not "48 hostages dead or alive": that names both."""
    if phrase.event in DEATH_EVENTS:
        return True
    relative = re.match(
        rf"\s*(?:{lex.alt('relative_pronoun')}\s+(?:(?:{lex.alt('auxiliary')})\s+){{0,2}})?", predicate
    )
    rest = predicate[relative.end() :]
    found = lex.find("event", rest)
    return (
        bool(found)
        and found[0].start() == 0
        and event_of(lex, found[0]) in DEATH_EVENTS
        and not re.match(rf"\s+{lex.alt('conjunction')}(?![\w-])", rest[found[0].end() :])
    )


def handed_over(lex: Lexicon, phrase: NounPhrase) -> str:
    """ "the number of bodies returned", "four bodies still in Gaza": the event, held or released, of
    remains in their own noun phrase (remaining ones are held), or ""."""
    events = [event_of(lex, m) for m in lex.find("event", phrase.text)] if phrase.event == "dead" else []
    found = next((event for event in events if event in ("held", "released", "remaining")), "")
    return "held" if found == "remaining" else found


def ongoing_state(lex: Lexicon, predicate: str) -> str:
    """ "the 101 hostages still held in Gaza", "who remain in Gaza": the event of a state the count's
    people are in now ("held", "remaining"), whatever governs the noun ("the release of ..."); else "".
    A copula past the state says what befell them: "42 of the hostages still held are dead"."""
    # "los 120 rehenes que, según sus cifras, siguen en Gaza": past an aside after the relative pronoun
    predicate = ASIDE_AFTER_FIRST_WORD.sub(r"\1", predicate, count=1)
    if not re.match(rf"\s*(?:{lex.alt('alive')}\s+)?{lex.alt('ongoing')}(?![\w-])", predicate):
        return ""  # "los 20 rehenes vivos que quedan en Gaza": past "alive", still held
    event = predicate_event(predicate, lex)
    copula = re.search(rf"\s(?:{lex.alt('copula')})\s", predicate)
    own = predicate_event(predicate[copula.start() :], lex) if copula else ""
    return own or (event if event in STATE_EVENTS else "")


def list_lead_event(lex: Lexicon, item: str, lead: str) -> str:
    """The event a list's lead names ("Journalists killed, by place of death:"), for an item of it ("- Gaza:
    184"), or ""."""
    events = lex.find("event", lead) if lead and LIST_ITEM.match(item) else []
    return event_of(lex, events[-1]) if events else ""
