"""Who said it: the attribution frames of a sentence (which of them covers a figure, and whom it names,
is `frame_choice.py`'s).

Frames: "according to X" / "per X" / "citing X" (the whole sentence), and a subject
with a speech verb ("X said", "X told AFP", "..., the army says"). "X, citing Y" and
"X tally based on Y" make Y the basis of X. "by X" is an actor, "told X" a channel:
neither is a source. Pronouns and named spokespeople resolve to the last source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract import pronouns
from etl.extract.count_frames import bind_listed_counts, count_frames, count_patterns
from etl.extract.frame import Frame
from etl.extract.label_frames import closing_dash_frames, closing_parenthesis_frames, speaker_label_frames
from etl.extract.lexicon import Lexicon
from etl.extract.metrics import part_clause
from etl.extract.pronouns import inverted_pronoun, names_a_noun, pointing_noun, pronoun_subjects
from etl.extract.publishers import compiled_by, publication_lead
from etl.extract.source_names import SourceMention, Speakers, source_mentions
from etl.extract.statuses import relative_clause_pattern
from etl.extract.unknown_sources import (
    CAPITALISED_NAME,
    at_workplace,
    named_after_descriptor,
    organisation_after,
    owned_organisation,
    unknown_after_verb,
    unknown_subject,
)
from etl.extract.verb_terms import passive_before

MAX_SUBJECT_GAP = 120  # characters between a subject and its speech verb
MAX_PRONOUN_GAP = 30
APPOSITION_TO_VERB = re.compile(r",\s[^,;]{1,60},\s*")  # ", Israel's emergency service, " before "says"
POSSESSIVE_GAP = re.compile(r"['’]s?\s+")  # "the Houthis' ", "Hamas's "
PERSON_NAME = r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+"  # "Roland Friedrich": a capitalised name of 2-4 words
DATELINE_CLOSE = re.compile(r"\s*\)\s*\.?\s*[-—–]")  # "(Reuters) -", "(EFE).-", "(AP) —"


def attach_bases(lex: Lexicon, text: str, mentions: list[SourceMention]) -> list[SourceMention]:
    """ "X, citing Y" / "X tally based on Y": Y becomes X's basis and is no longer a source itself."""
    chain = lex.pattern("chain")
    kept: list[SourceMention] = []
    for mention in mentions:
        compiled = compiled_by(lex).search(text, kept[-1].end, mention.start) if kept else None
        if compiled and not text[kept[-1].end : compiled.start()].strip():
            # "official Israeli figures compiled by OCHA": the compiler is the source, the figures its basis
            mention.basis = kept.pop()
            kept.append(mention)
            continue
        if kept and chain:
            gap = text[kept[-1].end : mention.start]
            # "an AFP tally of official Israeli figures": the chain may begin in the name ("AFP tally")
            named_gap = text[kept[-1].start : mention.start]
            if len(gap) < 60 and chain.search(named_gap) and not re.search(r"[.;]", gap):
                kept[-1].basis = mention
                continue
        kept.append(mention)
    return kept


def inverted_subjects(
    lex: Lexicon, text: str, sources: list[SourceMention], verb: re.Match[str]
) -> list[SourceMention]:
    """ "a annoncé lundi le ministère", "informó este jueves el ministerio", "said the ministry": a source
    right after its verb, or after the day it spoke, or after the title of one who speaks for it
    ("declaró el comisionado general de la UNRWA", "said the head of UNRWA", "said Roland Friedrich, the
    director of UNRWA affairs")."""
    if verb.group().lower() in lex.lower_words("belief_verb"):
        return []  # "Israel believes Hamas knows ...": what one believes names no speaker after the verb
    between = verb_to_subject(lex)
    return [
        s
        for s in sources
        if s.start >= verb.end()
        and between.fullmatch(text, verb.end(), s.start)
        and not opens_clause(lex, text[s.end :])
    ]


@lru_cache(maxsize=16)  # one per lexicon: asked per speech verb
def verb_to_subject(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between a speech verb and its subject after it: the day, an article, a title."""
    day = day_phrase(lex)
    determiner = lex.alt_before_word("determiner")
    word = r"[^\W\d_]+\s+"  # "the regional director of", "el comisionado general de la"
    link = rf"{lex.alt_before_word('title_link')}(?:{determiner})?"
    title = rf"(?:{word})?(?:{lex.alt('speaker_title')})\s+(?:{word}){{0,2}}(?:{link})"
    named = rf"(?:{PERSON_NAME},\s*(?:{determiner})?(?={title}))?"  # the person, then the title
    when = rf"{day}|{lex.alt('part_of_day')}"  # "a annoncé dans la soirée le porte-parole"
    return re.compile(rf"\s*(?:{when})?\s*(?:{determiner})?\s*{named}(?:{title})?\s*")


def day_phrase(lex: Lexicon) -> str:
    """A day and what may follow it: "mercredi matin", "mardi dernier", "este viernes por la mañana"."""
    after_day = rf"(?:\s+(?:{lex.alt('day_modifier')}))?(?:\s+(?:{lex.alt('part_of_day')}))?"
    return rf"(?:(?:{lex.alt('leading')})\s+)?(?:{lex.alt('weekday')}|{lex.alt('relative_day')}){after_day}"


def opens_clause(lex: Lexicon, after: str) -> bool:
    """ "said Israel has arrested ...", "said Israeli forces killed ...": a name with a verb after it is
    the subject of what was said, not a speaker named after the verb."""
    word = re.match(r"\s+([^\W\d_][\w'’-]*)", after)
    if not word:
        return False
    verbs = ("auxiliary", "copula", "modal", "speech_verb")
    return any(word.group(1).lower() in lex.lower_words(role) for role in verbs) or bool(
        lex.find("event", word.group(1))
    )


def is_trailing(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Does a frame close its sentence, or stand set off by commas (", the ministry said, ...")?"""
    tail = text[end:]
    if re.match(rf"\s*{lex.alt('complementizer')}\b", tail):
        return False  # "aid groups have warned that ...": it opens what they said, about no figure before
    if re.match(rf"\s*(?:{lex.alt('modal')}|{lex.alt('auxiliary')}|{lex.alt('copula')})(?![\w-])", tail):
        return False  # "injuries that doctors said would leave them disabled": what they said follows
    if coordinated_statement(lex, text[:start], tail):
        return False  # "..., and Hamas has said locating them could take time": a statement of its own
    closes = not lex.find("event", tail) and not re.search(r"\d", tail)
    opened = re.search(r",\s*(?:[\w'’-]+\s+){0,3}$", text[:start])
    # set off up to its next comma, past words that tell of no count ("told reporters in Geneva, adding"),
    # not of one ("including 33 the army says are dead")
    head = re.match(r"[^,.;:\d]*[,.:]", tail)  # "..., the prison service said: 250 serving ..."
    aside = bool(opened and head) and not lex.find("event", head.group())
    return bool(closes or aside)


def subject_frames(
    lex: Lexicon, text: str, sources: list[SourceMention], numbers: list[tuple[int, int]]
) -> list[Frame]:
    """A source (or pronoun, or named person) with a speech verb, and no number between them."""
    frames = []
    pronouns = pronoun_subjects(lex, text)
    # after the verb a personal pronoun opens what was said ("said it received"); a noun does not
    named_after = [p for p in pronouns if names_a_noun(lex, p.text)]
    asides = [m.span() for m in relative_clause_pattern(lex).finditer(text)]
    article = article_before(lex)
    chains = [m.span() for m in lex.find("chain", text)]
    for verb in lex.find("speech_verb", text):
        if any(a <= verb.start() < b for a, b in chains):
            continue  # "IRNA, which cited the ministry": where the source got it, not a statement
        if article.search(text, 0, verb.start()):
            continue  # "La cifra de muertos": a noun after its article, not the verb "cifra"
        if modal_before(lex).search(text, 0, verb.start()):
            continue  # "a survey in which relatives could report deaths": what may be said is no statement
        if passive_agent(lex).match(text, verb.end()):
            continue  # "Deaths in Iran counted by HRANA": the agent after it speaks, not the subject
        if passive_before(lex).search(text, 0, verb.start()) and not verb.group().endswith("ing"):
            continue  # "1,500 Hamas militants had been found": the subject of a passive says nothing
        candidates = [s for s in sources if s.end <= verb.start() and verb.start() - s.end <= MAX_SUBJECT_GAP]
        # "The agency, whose crews were among the first at the scene, says": past the aside
        candidates += [
            p
            for p in pronouns
            if p.end <= verb.start() and gap_past_asides(p.end, verb.start(), asides) <= MAX_PRONOUN_GAP
        ]
        # "MDA, whose teams have treated 14 wounded, said": a count inside an aside does not part them
        candidates = [
            c
            for c in candidates
            if not any(c.end <= a < verb.start() and not within(a, asides) for a, _ in numbers)
        ]
        # "Hezbollah strikes northern Israel; Lebanon says ...": a semicolon ends the subject's clause
        candidates = [c for c in candidates if ";" not in text[c.end : verb.start()]]
        # "DOHA (Reuters) - Under the deal announced": the dateline's agency publishes, it does not speak
        candidates = [c for c in candidates if not DATELINE_CLOSE.match(text, c.end)]
        # "The School, which built the model with colleagues at Johns Hopkins, projected": not the subject
        candidates = [c for c in candidates if not any(a < c.start < b <= verb.start() for a, b in asides)]
        candidates = without_apposed(text, candidates, verb.start())
        candidates = [owned_organisation(lex, text, c, verb.start(), sources) for c in candidates]
        named = named_after_descriptor(lex, text[: verb.start()])
        candidates += [named] if named else []
        candidates += inverted_pronoun(lex, verb)
        inverted = inverted_subjects(lex, text, sources + named_after, verb)
        if not candidates and not inverted:
            inverted = unknown_after_verb(lex, text, verb.end())
        if not candidates and not inverted:
            candidates = unknown_subject(lex, text, verb.start()) or elided_subject(lex, text, verb)
        if inverted:
            subject, others = inverted[0], sorted(candidates, key=lambda c: c.end, reverse=True)
            start, end = verb.start(), subject.end
        elif candidates:
            ordered = sorted(candidates, key=lambda c: c.end, reverse=True)
            subject, others = ordered[0], ordered[1:]
            start, end = min(subject.start, verb.start()), verb.end()
        else:
            continue
        frames.append(Frame("subject", subject, start, end, others, is_trailing(lex, text, start, end)))
    return frames


def coordinated_statement(lex: Lexicon, before: str, tail: str) -> bool:
    """A speaker after a comma and a conjunction, whose verb goes on with words of its own ("..., and
    Hamas has said locating all of them could take time"): a clause of its own, not the counts'."""
    joined = re.search(rf",\s*(?:{lex.alt('conjunction')})\s+(?:[\w'’-]+\s+){{0,2}}$", before)
    return bool(joined) and len(re.findall(r"[^\W\d_]+", tail)) >= 2


def without_apposed(text: str, candidates: list[SourceMention], verb_start: int) -> list[SourceMention]:
    """ "Magen David Adom, Israel's emergency service, says": a name inside an apposition between the
    subject and its verb describes the subject; it does not speak."""
    for subject in candidates:
        if APPOSITION_TO_VERB.fullmatch(text, subject.end, verb_start):
            return [c for c in candidates if not subject.end <= c.start < verb_start]
    return candidates


def elided_subject(lex: Lexicon, text: str, verb: re.Match[str]) -> list[SourceMention]:
    """ "Añadió que más de 540 personas ...": a speech verb that opens its sentence (past a connective
    and its comma) with no subject, then what was said, speaks for the last source that spoke."""
    # "Este viernes por la mañana lo elevó a 22 muertos": past the day, a toll's pronoun and its verb
    toll = next((m for m in lex.find("toll_pronoun", text) if m.start() <= verb.start() < m.end()), None)
    before = text[: toll.start() if toll else verb.start()]
    opens = re.fullmatch(r"\s*(?:[^\W\d_]+\s*,\s*)?", before) or opening_day(lex).fullmatch(before)
    said = toll or re.match(rf"\s+(?:{lex.alt('complementizer')})(?![\w'’])", text[verb.end() :])
    return [SourceMention(verb.start(), verb.start(), "", "pronoun")] if opens and said else []


@lru_cache(maxsize=16)  # one per lexicon
def opening_day(lex: Lexicon) -> re.Pattern[str]:
    """A sentence's opening day, maybe set off by a comma: "Este viernes por la mañana", "Le lendemain,"."""
    return re.compile(rf"\s*(?i:{day_phrase(lex)})\s*,?\s*")


def within(offset: int, asides: list[tuple[int, int]]) -> bool:
    """Is the offset inside one of the asides?"""
    return any(a <= offset < b for a, b in asides)


def gap_past_asides(start: int, end: int, asides: list[tuple[int, int]]) -> int:
    """The characters between two offsets, less those of the asides that lie wholly between them."""
    return end - start - sum(b - a for a, b in asides if start <= a and b <= end)


@lru_cache(maxsize=16)
def modal_before(lex: Lexicon) -> re.Pattern[str]:
    """A modal right before a verb, past one adverb ("could report", "can not say")."""
    return re.compile(rf"(?<![\w-])(?:{lex.alt('modal')})\s+(?:[^\W\d_]+\s+)?$")


@lru_cache(maxsize=16)
def passive_agent(lex: Lexicon) -> re.Pattern[str]:
    """The agent of a passive verb, a name after "by" ("counted by HRANA"; not "dijo por su parte")."""
    return re.compile(rf"\s+(?:{lex.alt('agent')})\s+(?:{lex.alt_before_word('determiner')})?[A-Z]")


@lru_cache(maxsize=16)
def article_before(lex: Lexicon) -> re.Pattern[str]:
    """An article right before a word ("La cifra", "The report")."""
    return re.compile(rf"(?<![\w-])(?:{lex.alt('determiner')})\s+$")


@lru_cache(maxsize=16)  # one per lexicon
def pronoun_after(lex: Lexicon) -> re.Pattern[str]:
    """A pronoun right after "according to" ("the NGO", "l'ONG"), or a noun of an organisation after
    "this" ("este organismo", "cette organisation")."""
    return re.compile(rf"\s+({lex.alt('pronoun')}|{this_one(lex).pattern})(?![\w'’-])")


def this_one(lex: Lexicon) -> re.Pattern[str]:
    """ "este organismo", "cette organisation", "this agency" (the `this_determiner` role)."""
    return pointing_noun(lex, "this_determiner")


def according_frames(lex: Lexicon, text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "according to X", "per X", "citing X" with X within a few words."""
    frames = []
    percent = lex.pattern("percent")
    for phrase in lex.find("according", text):
        if percent and percent.match(text, phrase.start()):
            continue  # "per cent" is no "per X"
        following = [s for s in sources if 0 <= s.start - phrase.end() <= 60]
        if following:
            # "according to the Houthis' Al-Masirah television": the owned outlet speaks, not its owner
            owned = [s for s in following[1:2] if POSSESSIVE_GAP.fullmatch(text, following[0].end, s.start)]
            following = owned or following
            frame = Frame("according", following[0], phrase.start(), following[0].end)
            frame.covers_from = part_clause_start(lex, text, phrase.start())
            frames.append(frame)
        elif re.match(rf"\s+{lex.alt('possessive')}\b", text[phrase.end() :]):
            same = re.match(rf"\s+{lex.alt('same_reference')}\b(?:\s+([^\W\d_]+))?", text[phrase.end() :])
            written = f"the same {same.group(1)}" if same and same.group(1) else "the same source"
            pronoun = SourceMention(phrase.end(), phrase.end() + 10, written, "pronoun")  # "the same agency"
            frame = Frame("according", pronoun, phrase.start(), phrase.end() + 10)
            frame.same_as_last = bool(same)
            frames.append(frame)
        elif named := organisation_after(lex, text, phrase.end()):
            frames.append(Frame("according", named, phrase.start(), named.end))
        elif pronoun := pronoun_after(lex).match(text, phrase.end()) or pronouns.head_reference_after(
            lex, text, phrase.end()
        ):
            # "according to the NGO", "selon l'ONG": the source named before
            start, end = pronoun.start(1), pronoun.end(1)
            frames.append(
                Frame(
                    "according", SourceMention(start, end, pronoun.group(1), "pronoun"), phrase.start(), end
                )
            )
    return frames


def part_clause_start(lex: Lexicon, text: str, position: int) -> int:
    """Where the clause about a part that holds `position` begins ("97 are held, dont 34 sont mortes
    selon l'armée": a clause with a verb of its own); 0 when the position stands in no such clause
    (", including nine children, according to ...": closed before it; ", including nine children
    according to ...": no verb, a list of the count's parts)."""
    verbs = rf"(?<![\w-])(?:{lex.alt('auxiliary')}|{lex.alt('copula')})(?![\w-])"
    for opened in reversed(list(part_clause(lex).finditer(text, 0, position))):
        clause = text[opened.end() : position]
        if not re.search(r"[,;]", clause) and re.search(verbs, clause):
            return opened.start()
    return 0


def sentence_frames(
    lex: Lexicon, text: str, numbers: list[tuple[int, int]], speakers: Speakers
) -> list[Frame]:
    """Every attribution frame of a sentence."""
    found = source_mentions(lex, text, speakers)
    known = [mention for mention in found if mention.kind == "alias"]
    mentions = [at_workplace(lex, text, mention, known) for mention in found]
    sources = attach_bases(lex, text, mentions)
    frames = according_frames(lex, text, sources) + count_frames(lex, text, sources)
    frames += pronouns.relative_according_frames(lex, text, sources)  # "selon lequel", "según el cual"
    frames += unknown_publisher_frames(lex, text, sources) + closing_parenthesis_frames(text, sources)
    frames += speaker_label_frames(lex, text, sources) + closing_dash_frames(lex, text, sources)
    bind_listed_counts(lex, text, frames, numbers)
    return opening_citation(lex, text, frames, subject_frames(lex, text, sources, numbers))


@lru_cache(maxsize=16)  # one per lexicon: asked per sentence
def comma_then_article(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s*,\s*(?:{lex.alt_before_word('determiner')})?")


def opening_citation(lex: Lexicon, text: str, frames: list[Frame], subjects: list[Frame]) -> list[Frame]:
    """ "Citing the ministry, it said 24,686 ...": a chain that opens the sentence before a speaker is
    where the speaker got the figure (its basis), not the figure's source."""
    comma = comma_then_article(lex)  # ", l'Unicef a indiqué"
    for frame in frames:
        opening = frame.kind == "according" and not text[: frame.start].strip()
        after = [s for s in subjects if s.start >= frame.end and comma.fullmatch(text, frame.end, s.start)]
        chained = lex.find("chain", text[frame.start : frame.source.start])
        if opening and after and chained and after[0].source.basis is None:
            after[0].source.basis = frame.source
            return [f for f in frames if f is not frame] + subjects
    return frames + subjects


def unknown_publisher_frames(lex: Lexicon, text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "Figures compiled by Airwars, a monitoring group, show ...": a publisher of a count that no
    table knows keeps its own name."""
    frames = []
    for lead in publication_lead(lex).finditer(text):
        name = re.match(CAPITALISED_NAME, text[lead.end() :])
        if not name or any(s.start <= lead.end() < s.end for s in sources):
            continue
        # "the toll given by Gaza's Civil Defense agency": a name the tables know inside it is the source
        inside = [s for s in sources if lead.end() < s.start < lead.end() + name.end()]
        source = (
            inside[0]
            if inside
            else SourceMention(lead.end(), lead.end() + name.end(), name.group(), "generic")
        )
        frames.append(Frame("according", source, lead.start(), source.end))
    return frames


def acts(lex: Lexicon, text: str, mention: SourceMention) -> bool:
    """Is the alias the actor of a counted event ("Israel has detained 9,000 Palestinians ..., the
    group said")? Then "the group" is not it. A side that counts its own losses ("The army has lost
    720 soldiers, according to its own figures") is no actor of them."""
    if count_patterns(lex)[0].match(text, mention.end):
        return False  # "the ministry's toll has passed 35,000": it counts, it does not act
    window = re.split(r"[,;:]", text[mention.end : mention.end + 40])[0]
    events = lex.find("event", window)
    if not events or len(window[: events[0].start()].split()) > 2:
        return False
    return " ".join(events[0].group().lower().split()) not in lex.lower_words("own_loss")


def speaks_of_own_act(lex: Lexicon, between: str) -> bool:
    """ "Israel says it has killed 17,000 fighters", "the army said its troops killed 20": the source
    tells of what it did, so the people counted are not on its side (its home does not place them).
    Its own losses ("Hezbollah said it had lost 500 fighters") are."""
    subject = re.match(rf"\s*{lex.alt_before_word('complementizer')}?({lex.alt('pronoun')})\s", between)
    events = lex.find("event", between)
    if not (subject and events):
        return False
    if events[-1].start() == subject.end() and subject.group(1).lower() in lex.lower_words("possessive"):
        return False  # "Tehran puts its dead at 610": the event's people are its own
    return " ".join(events[-1].group().lower().split()) not in lex.lower_words("own_loss")
