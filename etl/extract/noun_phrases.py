"""The noun phrase after a number: the words that say what it counts ("Palestinian prisoners", "of its
staff members", "wounded people"), read token by token against the reference tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.lexicon import Lexicon

# An elided word ("d'", "l'", "qu'") is a token of its own: "une dizaine d'enfants" counts children
TOKEN = re.compile(r"(?<!\w)[^\W\d_]{1,2}['’](?=[^\W\d_])|[\w'’-]+|[^\w\s]")
CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]—–]")
MAX_NP_TOKENS = 6
SPACES = re.compile(r"\s*")
PLAIN_WORD = re.compile(r"[^\W\d_]+(?=\s)")  # a word of letters, before a space


@dataclass
class NounPhrase:
    """The words a number counts: "Palestinian prisoners", "of its staff members", "wounded people"."""

    text: str = ""
    end: int = 0  # offset in the right-hand text where the phrase ends
    head: str = ""  # "people", "thing", "" (bare number)
    subgroup_terms: list[str] | None = None
    domain: str = ""
    event: str = ""
    others: bool = False  # "153,000 others": the same count as the figure before
    inclusion: bool = False  # "of them", "of whom": part of an earlier figure
    back_reference: int | None = None  # "Six of the seven": refers to a figure of value 7
    location_terms: list[str] | None = None


def match_at(lex: Lexicon, role: str, text: str, position: int) -> re.Match[str] | None:
    pattern = lex.pattern(role)
    return pattern.match(text, position) if pattern else None


def names_people_next(lex: Lexicon, text: str, position: int) -> bool:
    """Whether the next word opens a term of people ("school students", "camp residents"); a nationality
    after a thing is its adjective ("tres drones israelíes")."""
    position = SPACES.match(text, position).end()
    if match_at(lex, "demonym", text, position) or match_at(lex, "location", text, position):
        return False
    return any(match_at(lex, role, text, position) for role in ("people", "subgroup", "domain"))


def leading_phrase(lex: Lexicon, role: str, text: str) -> re.Match[str] | None:
    """A term of `role` at the very start of `text` (after spaces)."""
    return match_at(lex, role, text, len(text) - len(text.lstrip()))


def past_members_of_a_group(lex: Lexicon, right: str, position: int) -> int:
    """ "500 members of the medical staff", "miembros del personal sanitario": the group named after
    "members of" is what the count counts, when it names a subgroup; else the position is kept."""
    member = leading_phrase(lex, "member_of", right[position:])
    if not member:
        return position
    after = position + member.end()
    determiner = re.match(rf"\s*(?:{lex.alt('determiner')}\s+)?", right[after:])
    after += determiner.end() if determiner else 0
    return after if match_at(lex, "subgroup", right, after) else position


def noun_phrase(right: str, lex: Lexicon) -> NounPhrase:
    """Read the noun phrase after a number, up to and including its head noun."""
    phrase = NounPhrase(subgroup_terms=[], location_terms=[])
    if leading_phrase(lex, "relative_day", right):
        return phrase  # "25 a day earlier": a date follows, not a noun
    position = len(right) - len(right.lstrip())
    inclusion = leading_phrase(lex, "inclusion", right)
    if inclusion and inclusion.group().lower() not in lex.lower_words("partitive"):
        phrase.inclusion = True
        position = inclusion.end()
        # "340 de ellos, trabajadores sanitarios": the part named past a comma
        named = re.match(r",\s*", right[position:])
        if named and match_at(lex, "subgroup", right, position + named.end()):
            position += named.end()
    back = re.match(rf"\s*{lex.alt('back_reference')}\s*([\w,.]+)\b", right)
    if back:
        value = back.group(1).lower()
        phrase.back_reference = lex.numbers.get(value, (None,))[0] if not value[0].isdigit() else None
        if value[0].isdigit():
            phrase.back_reference = int(re.sub(r"\D", "", value))
        if phrase.back_reference is not None:
            position = phrase.end = back.end()  # "Six of the seven": the phrase names no noun of its own
    named_after = leading_phrase(lex, "number_of", right[position:])
    if named_after:  # "raising to 380 the number of troops killed": what the number counts comes after
        position += named_after.end()
    position = past_members_of_a_group(lex, right, position)
    partitive = leading_phrase(lex, "partitive", right[position:])
    if partitive and phrase.back_reference is None:  # "of the dead" is partitive; "of the seven" is not
        position += partitive.end()
    stops = lex.lower_words("np_stop")
    for _ in range(MAX_NP_TOKENS):
        while position < len(right) and right[position].isspace():
            position += 1
        token = TOKEN.match(right, position)
        if not token:
            break
        word = token.group()
        # a hyphen standing alone between spaces is a dash: "33 hostages - eight of them dead - returned"
        if CLAUSE_PUNCTUATION.match(word) or word[0].isdigit() or word in (".", "!", "?", "-"):
            break
        if word.lower() in stops or (phrase.event and published_by(lex, right[position - 1 :])):
            break  # "101 injured released by the ministry": the figures' publication, not the count's
        if not phrase.head and lex.numbers.get(word.lower(), (0, ""))[1] == "article":
            break  # "13 more a few hours later": an article opens no noun of the count's
        if phrase.event and not phrase.head and word.lower() in lex.lower_words("conjunction"):
            break  # "left 30 dead and dozens wounded": what follows "and" is another count's
        subgroup = match_at(lex, "subgroup", right, position)
        if subgroup:
            phrase.subgroup_terms.append(subgroup.group().lower())
        location = match_at(lex, "location", right, position)
        if location and match_at(lex, "people", right, position):
            phrase.location_terms.append(location.group())
        for role in ("thing", "time_unit", "percent", "currency"):
            # "20 muertos de los bombardeos": past the count's event word, a thing is not what it counts
            if match_at(lex, role, right, position) and not phrase.head and not phrase.event:
                thing_end = match_at(lex, role, right, position).end()
                if role == "thing" and names_people_next(lex, right, thing_end):
                    break  # "8,500 school students": a thing before people only says which people
                phrase.head, phrase.end = "thing", thing_end
                phrase.text = right[: phrase.end]
                return phrase
        domain = match_at(lex, "domain", right, position)
        event = match_at(lex, "event", right, position)
        if event and match_at(lex, "not_an_event", right, position):
            event = None  # "759 of them never took part": an idiom names no event
        people = match_at(lex, "people", right, position)
        # past the head, after "and": the next count's; past remains, what befell them ("bodies returned")
        if event and not domain and not phrase.head and phrase.event != "dead":
            phrase.event = lex.event_words[" ".join(event.group().lower().split())]
        if domain:
            phrase.domain = lex.domain_words[" ".join(domain.group().lower().split())]
        ends = [m.end() for m in (subgroup, domain, people) if m]
        if ends:
            phrase.head = "people"
            phrase.others = phrase.others or bool(
                people and people.group().lower() in lex.lower_words("others")
            )
            position = max(ends)
            # "four hostage bodies": the head is the remains; so are "28 rehenes muertos", the hostages
            # dead, but not "48 hostages dead or alive"
            remains = match_at(lex, "event", right, SPACES.match(right, position).end())
            dead = remains and lex.event_words[" ".join(remains.group().lower().split())] in (
                "dead",
                "killed",
            )
            either = dead and re.match(
                rf"\s+{lex.alt('conjunction')}\s+{lex.alt('alive')}", right[remains.end() :]
            )
            if domain and dead and not either:
                phrase.event = "dead"
                position = remains.end()
            phrase.end, phrase.text = position, right[:position]
            following = SPACES.match(right, position).end()
            # "20 Palestinian children", "39 Palestinian prisoners": the first word qualifies the head
            # after it; "quatre autres personnes": the others are the people after them
            if (
                match_at(lex, "subgroup", right, following)
                or (phrase.others and match_at(lex, "people", right, following))
                or match_at(lex, "demonym", right, following)
                or (not domain and match_at(lex, "domain", right, following))
            ):
                position = following
                continue
            nationality = past_modifier(lex, right, following)
            if nationality:  # "diez trabajadores agrícolas tailandeses": a nationality past an adjective
                position = nationality
                continue
            joined = re.match(rf"\s+{lex.alt('conjunction')}\s+(?!\d)", right[position:])
            if not joined:
                return phrase
            position += joined.end()
            continue
        if event and not phrase.head:
            position = event.end()
            phrase.end, phrase.text = position, right[:position]
            continue
        position = token.end()
    phrase.end = phrase.end or 0
    phrase.text = right[: phrase.end]
    return phrase


def past_modifier(lex: Lexicon, right: str, position: int) -> int:
    """Where a subgroup term begins past one plain word that only modifies the head before it
    ("trabajadores agrícolas tailandeses"), or 0. The word is none that ends a phrase ("que", "en")."""
    word = PLAIN_WORD.match(right, position)
    if not word or word.group().lower() in lex.lower_words("np_stop"):
        return 0
    after = SPACES.match(right, word.end()).end()
    return after if match_at(lex, "subgroup", right, after) else 0


def named_before(lex: Lexicon, clause: str) -> NounPhrase | None:
    """What "the number of" names in the clause before a bare number ("bringing the number of soldiers
    killed to 310", "the number of homes destroyed"), or None."""
    terms = lex.find("number_of", clause)
    if not terms:
        return None
    named = noun_phrase(clause[terms[-1].end() :], lex)
    return named if named.head or named.event else None  # "the number of bodies returned", "of arrests"


def published_by(lex: Lexicon, predicate: str) -> bool:
    """ "released by the ministry late on Saturday": a verb of publication, then its agent, a source."""
    verb = re.match(rf"\s*(?:{lex.alt('publication_verb')})\s+(?:{lex.alt('agent')})\s+(.*)", predicate)
    return bool(verb and lex.find("source", verb.group(1)[:60]))
