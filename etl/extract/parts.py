"""How a count stands to the counts around it: which it is part of ("including 12 children", "Of those
killed, 170 were ...", "40 were children, 20 were women", a list after a colon), and which it is
exchanged for ("50 otages contre 150 prisonniers")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from etl.extract import metrics as met
from etl.extract.lexicon import Lexicon, alternation
from etl.extract.noun_phrases import NounPhrase, leading_phrase, noun_phrase

if TYPE_CHECKING:  # reading.py holds the reader's state and imports this module
    from etl.extract.reading import DocumentState, Reading


# a comma between a day and its year ("October 7, 2023 attack") breaks no clause
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\s(?:19|20)\d\d(?!\d))|[;:(—–]")


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
    """What may stand between two listed numbers: "and", ",", "of the security forces, and"; not a
    clause with a verb of its own ("300 of its facilities have been damaged, and 700 people ...")."""
    of, conjunction = lex.alt("of"), lex.alt("conjunction")
    demonym = rf"(?:\s+{nationality_words(lex)}(?![\w-]))?"  # "16 otages israéliens et cinq Thaïlandais"
    listed = re.fullmatch(
        rf"(?:\s+{of}\s+([\w\s'’-]+?))?{demonym}\s*(?:,|{conjunction}|,\s*{conjunction})?\s*", text
    )
    return bool(listed) and not (listed.group(1) and lex.find("auxiliary", listed.group(1)))


@lru_cache(maxsize=16)  # one per lexicon
def nationality_words(lex: Lexicon) -> str:
    """Nationalities and places, in any case: a word that may follow a noun of people ("israéliens")."""
    return alternation(lex.words("demonym") | set(lex.location_words))


def is_modifier_then_conjunction(lex: Lexicon, text: str) -> bool:
    """ "250 serving life sentences for deadly attacks and 1,718": words that modify the count before,
    then "and", or a comma ("24 children under five years of age, one child older than five"), or
    both ("54 serving long sentences, as well as 111")."""
    conjunction = lex.alt("conjunction")
    return bool(re.fullmatch(rf"\s+[^\d,;:]+?(?:\s+{conjunction}|,(?:\s+{conjunction})?)\s+", text))


def is_membership(lex: Lexicon, text: str) -> bool:
    """ "Five journalists were among at least 20 people killed": what stands between a part and the
    count after it that it belongs to (a verb, then "among", then maybe an article)."""
    membership, determiner = lex.alt("membership"), lex.alt("determiner")
    return bool(
        re.fullmatch(rf"\s*(?:[^\W\d_]+\s+){{0,3}}{membership}\s+(?:{determiner}\s+)?", text, re.IGNORECASE)
    )


def is_share_of_things(lex: Lexicon, right: str) -> bool:
    """ "18 of the 36 hospitals", "18 of Gaza's 36 hospitals", "18 de los 36 hospitales": a bare count
    that is a share of things counts things."""
    of, determiner, possessive = lex.alt("of"), lex.alt("determiner"), lex.alt("possessive")
    owner = r"[^\W\d_]+['’]s"
    share = re.match(
        rf"\s*{of}\s+(?:(?:{determiner}|{possessive}|{owner})\s+)?(?:\d[\d,.\s]*(?<=\d))?", right
    )
    return bool(share) and noun_phrase(right[share.end() :], lex).head == "thing"


def is_parallel_copula(lex: Lexicon, between: str, following: str) -> bool:
    """ "170 were Palestinians, two were Israelis": counts listed with a copula each are parts of one
    whole."""
    # "..., while 1,718 were Gazans": a clause of contrast lists the next part too
    copula, conjunction = lex.alt("copula"), f"(?:{lex.alt('conjunction')}|{lex.alt('contrast')})"
    return bool(
        # "185 of them were Palestinians ..., two were Israelis": past the first part's "of them" too
        re.fullmatch(
            rf"\s+(?:{lex.alt('inclusion')}\s+)?{copula}\s+[^,;:]+?(?:,|\s{conjunction}|,\s*{conjunction})\s*",
            between,
        )
        and re.match(rf"\s+{copula}\s", following)
    )


def is_inclusion(lex: Lexicon, clause: str) -> bool:
    """Does the clause end with "including", "including the bodies of" (an event noun of the part) or
    "of whom Israel believes" (a source's view of the part)?"""
    if ends_with_term(lex, "inclusion", clause):
        return True
    if re.search(rf"(?<![\w-]){lex.alt('inclusion')}{speaker_clause(lex)}", clause):
        return True  # reported within: "of whom Israel believes 20 are alive", "dont Israël estime que 20"
    # inverted: "Among them are 207 UN staff", "Among those killed were 170 Palestinians", "Parmi elles
    # figurent 18 000 enfants", "Entre los muertos hay 18.000 niños" (the `inclusion_verb` role)
    inverted = inverted_verb(lex).search(clause)
    if inverted and ends_with_term(lex, "inclusion", without_last_event(lex, clause[: inverted.start()])):
        return True
    return bool(
        re.search(
            rf"(?<![\w-]){lex.alt('inclusion')}\s+(?:{lex.alt('determiner')}\s+)?{lex.alt('event_noun')}"
            rf"\s+{lex.alt('of')}\s*$",
            clause,
        )
    )


def has_own_whole(lex: Lexicon, before: str) -> bool:
    """Does a verb before the inclusion that opens a part tell of a whole in its own sentence
    ("Thousands have been displaced, including"; not "Of those killed,")?"""
    inclusions = lex.find("inclusion", before)
    events = lex.find("event", before[: inclusions[-1].start()]) if inclusions else []
    if not events:
        return False
    # "Ministry says the dead include 12 women": the dead, named with the article, are the count before
    return not ends_with_term(lex, "definite", before[: events[-1].start()])


def names_things_before(lex: Lexicon, before: str) -> bool:
    """ "thousands of munitions, including more than 14,000": the whole the inclusion opens a part of is
    a thing named right before its comma, in the count's own sentence."""
    inclusions = lex.find("inclusion", before)
    head = before[: inclusions[-1].start()].rstrip() if inclusions else ""
    return head.endswith(",") and ends_with_term(lex, "thing", head[:-1])


def names_whole_before(before: str) -> bool:
    """ "the release of all hostages, 59 of whom remain": a part set off by a comma right after its
    whole, a noun with no number, in its own sentence."""
    return before.rstrip().endswith(",")


def vague_whole_event(lex: Lexicon, before: str) -> str:
    """ "Hundreds were killed, including 90 children": a part of a whole that is no figure takes the
    verb of the whole's clause; "" when the count is no such part."""
    if not ends_with_term(lex, "inclusion", left_clause(before)):
        return ""
    events = lex.find("event", before)
    return met.event_of(lex, events[-1]) if events else ""


@lru_cache(maxsize=16)  # one per lexicon
def inverted_verb(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s(?:{lex.alt('copula')}|{lex.alt('inclusion_verb')})\s*$")


@lru_cache(maxsize=16)  # one per lexicon
def inclusion_verb_end(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s{lex.alt('inclusion_verb')}\s*$")


def opens_with_inclusion(lex: Lexicon, left_all: str) -> bool:
    """ "Among them, 12 were children", "Of those killed, 170 were Palestinians": an inclusion set off
    by a comma just before the count, or before a verb of inclusion ("Parmi elles, on compte 18 000")."""
    left_all = inclusion_verb_end(lex).sub(" ", left_all)
    # "Of those, Israeli officials believe 20 are alive": past a speaker's clause
    left_all = speaker_clause_end(lex).sub(" ", left_all)
    before = left_all.rstrip()
    return (
        before.endswith(",")
        and not left_clause(left_all).strip()
        and ends_with_term(lex, "inclusion", without_last_event(lex, before[:-1]))
    )


def speaker_clause(lex: Lexicon) -> str:
    """ " Israeli officials believe", " the army says that": a speaker of up to four words and a speech
    verb that end a text (a regex)."""
    return rf"(?:\s+[\w'’.-]+){{1,4}}\s+{lex.alt('speech_verb')}(?:\s+{lex.alt('complementizer')})?\s*$"


@lru_cache(maxsize=16)  # one per lexicon
def speaker_clause_end(lex: Lexicon) -> re.Pattern[str]:
    """ ", Israeli officials believe": a speaker's clause right after a comma (the comma kept)."""
    return re.compile(rf"(?<=,){speaker_clause(lex)}")


@lru_cache(maxsize=16)  # one per lexicon
def speech_aside(lex: Lexicon) -> re.Pattern[str]:
    """ ", WHO said,", ", selon l'OMS,": a speaker set off by commas."""
    return re.compile(rf",[^,;:]*(?<![\w-])(?:{lex.alt('speech_verb')}|{lex.alt('according')}[^,;:]*),")


def without_last_event(lex: Lexicon, text: str) -> str:
    """The text without the event word that ends it: "Of those killed" -> "Of those"."""
    tail = text.rstrip()
    events = lex.find("event", tail)
    return tail[: events[-1].start()] if events and events[-1].end() == len(tail) else text


def find_parent(
    reading: Reading, left_all: str, following: str, previous: list[Reading], state: DocumentState
) -> Reading | None:
    """The figure this one is part of: "including N", "N of them", "N of the seven", a list after a colon."""
    lex = state.lex
    apposed = reading.extra.get("apposed_to")
    if apposed is not None and apposed.metric:
        return apposed  # "seven hostages, six Israelis and one Thai"
    if reading.phrase.back_reference is not None:
        for figure in reversed(state.figures + previous):
            if figure.mention.value == reading.phrase.back_reference and figure is not reading:
                return figure
    inclusive = (
        reading.phrase.inclusion
        # "Among them, WHO said, were 24 children": past a speaker set off by commas
        or is_inclusion(lex, left_clause(speech_aside(lex).sub(" ", left_all)))
        or opens_with_inclusion(lex, left_all)
        # "130 remain in Gaza, although 30 are believed dead": a bare count conceded of the count before
        or (not reading.phrase.text.strip() and ends_with_term(lex, "concession", left_clause(left_all)))
    )
    # "four members of one family, including two": a thing counted within a noun phrase is no parent
    counts = [r for r in previous if not (r.is_thing and ends_with_term(lex, "of", r.extra.get("left", "")))]
    if counts and (inclusive or ":" in left_all):
        whole = of_own_kind(lex, following, counts)
        # a part listed with another part is of their whole; a count that is itself a part of an earlier
        # sentence's ("Of those, 48 remain, 20 of whom are alive") is this part's own whole
        return whole.parent if whole.parent in previous and ":" not in left_all else whole
    between = previous_between(left_all, previous)
    if (
        previous
        and previous[-1].parent
        and (
            previous[-1].extra.get("listed")
            or is_bare_conjunction(lex, between)
            or is_modifier_then_conjunction(lex, between)
            or is_parallel_copula(lex, between, following)
        )
        and not befell_otherwise(reading, previous[-1].parent)
    ):
        return previous[-1].parent
    # "Among them, 12 were children": the count of the sentence before; but in "Thousands have been
    # displaced, including 96,000 children" the whole is this sentence's, too vague to be a figure
    if (
        inclusive
        and state.last_sentence_figures
        and not has_own_whole(lex, left_all)
        and not (reading.phrase.inclusion and names_whole_before(left_all))
        and not names_things_before(lex, left_all)
        and not names_another_whole(lex, reading, state.last_sentence_figures[-1])
    ):
        # "136 hostages, of whom 25 are dead. Among them, 20 women": a part's whole, as within a sentence
        last = last_of_own_event(lex, reading, state.last_sentence_figures)
        return last.parent if any(f is last.parent for f in state.last_sentence_figures) else last
    return None


def last_of_own_event(lex: Lexicon, reading: Reading, counts: list[Reading]) -> Reading:
    """The last count, or the last of the metric the part's own verb or noun gives it when that one is
    of another ("67,869 dead and 170,105 wounded. The count includes the bodies of 135": the dead)."""
    own = reading.extra.get("governing", "") or reading.phrase.event
    if not own or counts_event(lex, counts[-1], own):
        return counts[-1]
    return next((c for c in reversed(counts) if counts_event(lex, c, own)), counts[-1])


def counts_event(lex: Lexicon, count: Reading, event: str) -> bool:
    """Is the count's metric the one the event makes of the count's kind ("dead" of people: killed)?"""
    return met.metric_for(lex, count.domain, event) == count.metric


def befell_otherwise(reading: Reading, whole: Reading) -> bool:
    """ "492 dead, 35 of them children and 58 women, and 1,645 wounded": a count of people that names
    another event of its own, one a part of the whole would not take from it, is a count of its own; so
    is one whose own verb names it ("including 583 children, and 6,388 have been wounded")."""
    own = reading.phrase.event or reading.extra.get("predicate_event", "")
    of_whole = whole.extra.get("event", "")
    return bool(own) and whole.domain == "people" and met.event_of_part(of_whole, own, False) != of_whole


def names_another_whole(lex: Lexicon, reading: Reading, whole: Reading) -> bool:
    """ "130 hostages are held. [...] 23,000 of those killed are women and children": a demonstrative
    partitive with an event of its own ("of those killed") names its whole, here not the count before."""
    own = reading.phrase.event
    if not own or not leading_phrase(lex, "demonstrative_inclusion", reading.phrase.text):
        return False
    return not counts_event(lex, whole, own)


def of_own_kind(lex: Lexicon, following: str, counts: list[Reading]) -> Reading:
    """The last count, or the last of the kind the part names when that one is of another ("released
    1,968 prisoners in return for 20 hostages, including 250 serving life sentences": prisoners)."""
    own = met.domain_in(lex, following)
    if not own or counts[-1].domain == own:
        return counts[-1]
    return next((count for count in reversed(counts) if count.domain == own), counts[-1])


@lru_cache(maxsize=16)  # one per lexicon
def partitive_opening(lex: Lexicon) -> re.Pattern[str]:
    """ "Of those killed, "; "Sur les 251 personnes enlevées, ": French may open a partitive with "sur"
    (`partitive_lead`)."""
    return re.compile(rf"\s*(?:{lex.alt('of')}|{lex.alt('partitive_lead')})\b[^,;:]*,\s")


def fronted_partitive(lex: Lexicon, before: str) -> str:
    """ "Of those killed, ", "Of the prisoners freed, ": a partitive opening the sentence whose clause
    holds the count (also "..., 18 were serving life sentences and 111"), or ""."""
    opening = partitive_opening(lex).match(before)
    if not opening or re.search(r",\s|[;:]", before[opening.end() :]):
        return ""
    return opening.group()


def fronted_event(lex: Lexicon, partitive: str) -> str:
    """ "Of those killed, 14,500 were children": the event of a partitive opening the sentence."""
    events = lex.find("event", partitive)
    return met.event_of(lex, events[-1]) if events else ""


SWAPPED = frozenset({"hostages", "prisoners"})  # the two sides of a swap


def is_swap(lex: Lexicon, sentence: str, start: int, domain: str) -> bool:
    """ "Gaza swap: 7 hostages for 620 prisoners": a count of one side of a swap named before it, in a
    sentence that names both sides."""
    if domain not in SWAPPED or not lex.find("swap", sentence[:start]):
        return False
    return {met.domain_of(lex, match) for match in lex.find("domain", sentence)} >= SWAPPED


def heading_event(lex: Lexicon, sentence: str, start: int, phrase: NounPhrase) -> str:
    """The event a count with no verb of its own takes from what heads it: both sides of a swap are
    released, and people listed after a colon share the verb before it ("displaced on both sides of
    the border: some 96,000 Lebanese and 60,000 Israelis"; a bare number there is a fact box's); else
    ""."""
    if is_swap(lex, sentence, start, phrase.domain):
        return "released"
    before = sentence[:start]
    if ":" not in before or phrase.head != "people":
        return ""
    colon = before.rindex(":")
    if lex.find("event", before[colon:]):
        return ""  # "On casualties: ... 1,799 have been killed, including 583 children": the count's own
    events = lex.find("event", before[:colon])  # "Gaza : 8 300 morts, ... 239 otages"
    return met.event_of(lex, events[-1]) if events else ""


def is_exchange(lex: Lexicon, clause: str, phrase: NounPhrase, previous: list[Reading]) -> bool:
    """ "la libération de 33 otages contre 1 900 prisonniers": right after a count released, "contre"
    before people of another kind names what they are exchanged for; elsewhere it names an earlier
    count ("contre 39 965 la veille", "30 prisonniers, contre 45 lors de l'échange précédent")."""
    if not previous:
        return False
    # "le retour de 33 otages, dont huit sont morts, contre environ 1 900": past a part, its whole
    counted = previous[-1].parent if previous[-1].parent in previous else previous[-1]
    if not phrase.text.strip() or phrase.domain == counted.domain:
        return False
    term = re.search(rf"(?<!\S)(?:{lex.alt('exchange')})(?:\s+{lex.alt('determiner')})?\s*$", clause)
    if not term or clause[: term.start()].strip() not in ("", previous[-1].phrase.text.strip()):
        return False
    return any(name == counted.metric for (_, event), name in lex.metric_of.items() if event == "released")
