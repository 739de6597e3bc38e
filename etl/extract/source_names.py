"""Which words of a sentence name a source, and whom they name.

Aliases from the sources table ("the health ministry", "IDF"), generic sources ("medics"),
spokespeople named earlier in the document; "by X" actors, "told X" channels and countries
named as places ("killed in Lebanon") are not sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from etl.extract.lexicon import Lexicon, last_words_start
from etl.extract.locations import location_of, preposition_before
from etl.extract.publishers import confirmed_by, names_an_actor
from etl.extract.role_edges import starts_with_role

COMPOUND_AFTER = re.compile(r"[-‐‑–][^\W\d_]")  # a hyphen or dash joining a name to the next word
OWNER_BEFORE = re.compile(r"([^\W\d_][\w-]*)['’]s\s+$")
CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+$")  # "Thai " before "government"
# "Israel is still holding": the subject, an auxiliary and an adverb before the verb of holding
HOLDER_WORDS = 4
NAME = re.compile(r"^\s*(?:[a-z]+\s+){0,3}((?:(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’-]+\s*){1,4})")
# "The health minister, Firass Abiad, said": a full name set off by commas
APPOSED_NAME = re.compile(r"^\s*,\s*((?:(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*,")


@dataclass
class SourceMention:
    start: int
    end: int
    text: str
    kind: str  # "alias", "pronoun", "person", "generic" (a name of its own), "portfolio" (a ministry)
    canonical: str = ""  # set for persons and resolved pronouns
    basis: SourceMention | None = None
    home: str = ""  # where a name no table knows is, when its owner says ("Iran's Foundation of ...")


@dataclass
class Speakers:
    """Document-level memory: the sources that spoke, the last one last, and spokespeople's names."""

    last_date: object = None
    names: dict[str, str] = field(default_factory=dict)
    media: str = ""  # the last news outlet named, speaker or not: what "the channel" points back to
    named_as: list[tuple[str, str]] = field(default_factory=list)  # (source, the words that named it)

    @property
    def spoken(self) -> list[str]:
        return [source for source, _ in self.named_as]

    @property
    def last(self) -> str:
        return self.named_as[-1][0] if self.named_as else ""

    def spoke(self, source: str, written: str = "") -> None:
        if source:
            self.named_as.append((source, written))


@lru_cache(maxsize=16)
def canonical_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The words (lower case) of each canonical source's names."""
    words: dict[str, set[str]] = {}
    for source in lex.sources:
        names = f"{source['canonical']} {source['alias']}".lower()
        words.setdefault(source["canonical"], set()).update(re.findall(r"[^\W\d_]+", names))
    return {canonical: frozenset(found) for canonical, found in words.items()}


def alias_words(lex: Lexicon, canonical: str) -> frozenset[str]:
    return canonical_words(lex).get(canonical, frozenset())


@lru_cache(maxsize=16)
def alias_rows(lex: Lexicon) -> dict[str, list[tuple[str, str]]]:
    rows: dict[str, list[tuple[str, str]]] = {}
    for source in lex.sources:
        rows.setdefault(" ".join(source["alias"].lower().split()), []).append(
            (source["canonical"], source["context"])
        )
    return rows


def resolve_alias(lex: Lexicon, alias: str, location: str) -> str:
    """Canonical name of an alias; context-dependent aliases ("health ministry") need a location, and
    one that names the location's own source goes before one that names a source anywhere ("civil
    defence" in Lebanon is Lebanon's, elsewhere Gaza's)."""
    rows = alias_rows(lex).get(" ".join(alias.lower().split()), [])
    for canonical, context in rows:
        if context and context == location:
            return canonical
    return next((canonical for canonical, context in rows if not context), "")


def last_outlet(lex: Lexicon, text: str) -> str:
    """The canonical name of the last news outlet the text names ("Al-Masirah television"), or ""."""
    for match in reversed(lex.find("source", text)):
        canonical = resolve_alias(lex, match.group(), "")
        if lex.source_kind.get(canonical) == "media":
            return canonical
    return ""


def named_so(lex: Lexicon, alias: str, last: str) -> str:
    """The last source that spoke, when its own name holds every word of the alias ("the ministry"
    after the Gaza Health Ministry spoke), or ""."""
    words = name_words(lex, alias)
    return last if last and words and words <= name_words(lex, last) else ""


def name_words(lex: Lexicon, name: str) -> set[str]:
    """The words of a name, lower case, without its determiners ("the ministry": {"ministry"})."""
    return set(re.findall(r"[^\W\d_]+", name.lower())) - lex.lower_words("determiner")


def last_of_its_kind(lex: Lexicon, alias: str, last: str, location: str) -> str:
    """ "according to the ministry" where no ministry is the place's: the last source that spoke, when it
    is one of the kinds the word may name and the figure is not placed elsewhere than its home."""
    if not last or location not in ("", lex.source_home.get(last, "")):
        return ""
    rows = alias_rows(lex).get(" ".join(alias.lower().split()), [])
    if lex.source_kind.get(last) in {lex.source_kind.get(c) for c, _ in rows}:
        return last
    # "according to the ministry" after Thailand's foreign ministry spoke: a source its name calls so
    words = name_words(lex, alias)
    return last if words and words <= alias_words(lex, last) else ""


def preceded_by(lex: Lexicon, role: str, text: str, start: int, words: int = 2) -> bool:
    """Is one of `role`'s terms among the few words before `start`?"""
    window = " ".join(text[:start].split()[-words:])
    pattern = lex.pattern(role)
    return bool(pattern and pattern.search(window))


@lru_cache(maxsize=16)  # one per lexicon
def posting_noun_after(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{lex.alt('posting_noun')})(?![\w-])")


def names_a_posting(lex: Lexicon, text: str, match: re.Match[str]) -> bool:
    """ "Israel's UN ambassador": a body between an owner's possessive and a diplomat's post names
    where the owner's diplomat sits; the owner speaks."""
    return bool(
        OWNER_BEFORE.search(text, 0, match.start()) and posting_noun_after(lex).match(text, match.end())
    )


def source_mentions(lex: Lexicon, text: str, speakers: Speakers) -> list[SourceMention]:
    """Aliases that can be sources (not "by X" actors, not "told X" channels), known spokespeople."""
    found = []
    for match in lex.find("generic_source", text):
        found.append(SourceMention(match.start(), match.end(), match.group(), "generic"))
    for match in lex.find("source", text):
        # A name that holds a generic word ("Doctors Without Borders") is the name, not "doctors"
        found = [m for m in found if not (match.start() <= m.start and m.end < match.end())]
        if any(m.start <= match.start() < m.end for m in found):
            continue
        if names_an_actor(lex, text, match.start(), match.end()):
            continue  # "run by Hamas": an actor, not a source; "figures released by X": X published them
        if in_compound(text, match):
            continue
        if preceded_by(lex, "posting", text, match.start(), words=4):
            continue  # "Iran's ambassador to the United Nations": the post, not who speaks
        if names_a_posting(lex, text, match):
            continue  # "Iran's UN envoy": where the owner's diplomat sits
        if (
            preceded_by(lex, "channel_verb", text, match.start())
            or (
                preceded_by(lex, "companion_preposition", text, match.start())
                and not confirmed_by(lex).search(text, 0, match.start())  # "de acuerdo con la OCHA"
            )
            or is_named_place(lex, text, match)
        ):
            continue  # "told AFP", "the war with Israel, saying": neither speaks
        found.append(
            qualified_by_demonym(lex, text, match)
            or qualified_by_portfolio(lex, text, match)
            or alias_mention(match)
        )
    # "SOHR activists", "MSF doctors", "paramedics from MDA": an organisation's own people speak for it
    found = [
        m
        for m in found
        if not (m.kind == "generic" and (owned_by_alias(text, m, found) or of_alias(lex, text, m, found)))
    ]
    for surname, canonical in speakers.names.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if not any(m.start <= match.start() < m.end for m in found):
                found.append(SourceMention(match.start(), match.end(), match.group(), "person", canonical))
    return sorted(found, key=lambda m: m.start)


def owned_by_alias(text: str, generic: SourceMention, found: list[SourceMention]) -> bool:
    """Does a known name stand right before the generic source, as its modifier?"""
    return any(
        m.kind == "alias" and m.end <= generic.start and not text[m.end : generic.start].strip()
        for m in found
    )


def of_alias(lex: Lexicon, text: str, generic: SourceMention, found: list[SourceMention]) -> bool:
    """Does a known name follow the generic source, linked as whose people they are ("paramedics from
    Magen David Adom", "les secouristes du Magen David Adom")?"""
    link = member_link(lex)
    return any(m.kind == "alias" and link.fullmatch(text, generic.end, m.start) for m in found)


@lru_cache(maxsize=16)  # one per lexicon
def member_link(lex: Lexicon) -> re.Pattern[str]:
    """ " from the ", " du ", " de la ": what joins people to the organisation they belong to."""
    links = f"(?:{lex.alt_before_word('of')}|{lex.alt_before_word('count_link')})"
    return re.compile(rf"\s+{links}(?:{lex.alt_before_word('determiner')})?")


def alias_mention(match: re.Match[str]) -> SourceMention:
    return SourceMention(match.start(), match.end(), match.group(), "alias")


def takes_place_meaning(lex: Lexicon, alias: str) -> bool:
    """Is every source the alias names bound to a place ("the ministry", "officials")?"""
    rows = alias_rows(lex).get(" ".join(alias.lower().split()), [])
    return bool(rows) and all(context for _, context in rows)


def qualified_by_demonym(lex: Lexicon, text: str, match: re.Match[str]) -> SourceMention | None:
    """ "Palestinian officials", "autoridades palestinas": a word that takes its meaning from the
    place ("officials" are Israel's in Israel) but is qualified by a nationality of its own is a
    source of its own name, never resolved by the place."""
    if not takes_place_meaning(lex, match.group()):
        return None
    demonym = lex.alt("demonym")
    before = re.search(rf"(?<![\w-]){demonym}\s+$", text[: match.start()])
    if not before and match.group()[0].islower():  # "Caretaker Health Minister" is one title, not two
        before = nationality_before(lex, text, match.start())
    after = re.match(rf"\s+{demonym}(?![\w-])", text[match.end() :])
    if not before and not after:
        return None
    start = before.start() if before else match.start()
    end = match.end() + after.end() if after else match.end()
    return SourceMention(start, end, text[start:end], "generic")


def nationality_before(lex: Lexicon, text: str, position: int) -> re.Match[str] | None:
    """ "the Thai government", "Nepali officials": a capitalised word that is neither a place nor a word of
    the lexicon's roles ("The", "Sunday") qualifies the word after it as a nationality (a name the
    tables know is matched whole before: "Israeli officials"; a place's own are resolved by it: "Israel
    officials")."""
    word = CAPITALISED_BEFORE.search(text, 0, position)
    if not word or location_of(lex, word.group(1)):
        return None
    return None if word.group(1).lower() in known_words(lex) else word


@lru_cache(maxsize=16)
def known_words(lex: Lexicon) -> frozenset[str]:
    """Every single word of the lexicon's roles, in lower case ("the", "sunday", "according")."""
    return frozenset(w.lower() for terms in lex.roles.values() for w in terms if " " not in w)


def qualified_by_portfolio(lex: Lexicon, text: str, match: re.Match[str]) -> SourceMention | None:
    """ "el ministerio de Exteriores", "the ministry of Defence", "the defence ministry": a single word
    that takes its meaning from the place, after a portfolio (`portfolio_before`) or followed by a named
    portfolio (`portfolio_of`, then capitalised words that are neither a place nor a source nor health),
    is a source of its own name, never resolved by the place."""
    if not takes_place_meaning(lex, match.group()) or len(match.group().split()) > 1:
        return None  # "ministère de la Santé de l'Autorité palestinienne" already names its portfolio
    before = portfolio_before(lex).search(text, 0, match.start())
    if before:  # "Israel's defence ministry", "the interior ministry": named before it, in English
        owner = OWNER_BEFORE.search(text, 0, before.start())  # "Israel's defence ministry": whose it is
        owner = owner if owner and location_of(lex, owner.group(1)) else None
        # "the Egyptian interior ministry": a nationality says whose too
        owner = owner or demonym_before(lex).search(text, 0, before.start())
        start = owner.start() if owner else before.start()
        return SourceMention(start, match.end(), text[start : match.end()], "portfolio")
    after = portfolio_after(lex).match(text, match.end())
    if not after or location_of(lex, after.group(1)) or lex.find("source", after.group(1)):
        return None
    if starts_with_role(lex, "health_portfolio", after.group(1)):
        return None  # "the Ministry of Public Health": the place's health ministry after all
    nationality = re.match(r"\s+([^\W\d_]+)", text[after.end() :])
    owner = resolve_alias(lex, f"{match.group()} {nationality.group(1)}", "") if nationality else ""
    end = after.end() + nationality.end() if owner else after.end()  # "Ministerio de Justicia israelí"
    return SourceMention(match.start(), end, text[match.start() : end], "portfolio", canonical=owner)


@lru_cache(maxsize=16)
def demonym_before(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])({lex.alt('demonym')})\s+$")


@lru_cache(maxsize=16)
def portfolio_before(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lex.alt('portfolio_before')})\s+$", re.IGNORECASE)


@lru_cache(maxsize=16)
def portfolio_after(lex: Lexicon) -> re.Pattern[str]:
    capitalised = r"[A-ZÁÉÍÓÚ][^\W\d_]+"
    return re.compile(rf"\s+{lex.alt_before_word('portfolio_of')}({capitalised}(?:\s+{capitalised})*)")


def after_preposition(lex: Lexicon, text: str, start: int) -> bool:
    """Is the word at `start` governed by a preposition of place ("in Lebanon", "in southern Lebanon")?"""
    return bool(preposition_before(lex, text, start))


def is_named_place(lex: Lexicon, text: str, match: re.Match[str]) -> bool:
    """ "killed in Lebanon, the group said": a country named as a place is not the speaker."""
    return bool(location_of(lex, match.group())) and after_preposition(lex, text, match.start())


def remember_name(lex: Lexicon, text: str, source: SourceMention, canonical: str, speakers: Speakers) -> None:
    """ "spokesman Majed al-Ansari", "the health minister, Firass Abiad,": later "al-Ansari said" resolves
    to the spokesman's source."""
    after = text[source.end : source.end + 60]
    match = NAME.match(after) or APPOSED_NAME.match(after)
    if not match or not canonical:
        return
    between = text[source.end : source.end + match.start(1)].lower().split()
    blocked = lex.lower_words("speech_verb") | lex.lower_words("np_stop")
    calendar = lex.lower_words("weekday") | lex.lower_words("month")
    if any(word in blocked for word in between) or match.group(1).split()[0].lower() in calendar:
        return
    if match:
        surname = match.group(1).split()[-1]
        if len(surname) > 2:
            speakers.names[surname] = canonical


def earlier_alias(lex: Lexicon, text: str, position: int) -> SourceMention | None:
    """The last alias before `position` in the sentence: what "the charity" or "it" points back to."""
    found = [
        m
        for m in lex.find("source", text[:position])
        if not is_named_place(lex, text, m)
        and not in_compound(text, m)
        and not names_an_actor(lex, text, m.start(), m.end())  # "which is run by Hamas, ...: it said"
    ]
    if not found:
        return None
    match = found[-1]
    return SourceMention(match.start(), match.end(), match.group(), "alias")


def publisher_source(lex: Lexicon, publisher: str) -> str:
    """ "UNRWA", "ICRC Newsroom": a document published by a source that is not a news medium (a press
    release, a situation report) speaks for that source wherever it names no other. "" for a medium,
    or a publisher no table names unambiguously."""
    names = {resolve_alias(lex, m.group(), "") for m in lex.find("source", publisher or "")}
    names.discard("")
    if len(names) != 1:
        return ""
    (canonical,) = names
    return "" if lex.source_kind.get(canonical) == "media" else canonical


@lru_cache(maxsize=16)  # one per lexicon: a preposition of place, destination or origin ("into Israel")
def place_preposition_before(lex: Lexicon) -> re.Pattern[str]:
    prepositions = f"{lex.alt('location_preposition')}|{lex.alt('destination')}|{lex.alt('out_of')}"
    return re.compile(rf"(?<![\w-])(?:{prepositions})\s+$")


def holder_home(lex: Lexicon, held: re.Match[str], text: str) -> str:
    """The home of who holds the people a verb of holding tells of: its agent after it ("160 doctors
    held by Israel", "détenus par Israël"), or its subject a few words before it ("Israel is still holding
    160 doctors"); "" when neither is a known source."""
    by = re.match(rf"\s+(?:{lex.alt('agent')})\s+", text[held.end() :])
    if by:
        after = [m for m in lex.find("source", text) if m.start() == held.end() + by.end()]
        return lex.source_home.get(resolve_alias(lex, after[0].group(), ""), "") if after else ""
    start = last_words_start(text, held.start(), HOLDER_WORDS)
    # "all 20 had crossed into Israel after being handed over": a place, not who holds them
    place = place_preposition_before(lex)
    before = [
        m
        for m in lex.find("source", text)
        if start <= m.start() and m.end() <= held.start() and not place.search(text, 0, m.start())
    ]
    return lex.source_home.get(resolve_alias(lex, before[-1].group(), ""), "") if before else ""


def in_compound(text: str, match: re.Match[str]) -> bool:
    """ "Iran-backed rebels", "the Hamas-run ministry": a name inside a compound word names no speaker."""
    return bool(COMPOUND_AFTER.match(text, match.end()))
