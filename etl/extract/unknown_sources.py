"""Sources no table knows: an organisation by its own name ("Nasser Hospital said", "according to
the Nasser Medical Complex", "Doctors at al-Shifa Hospital"), a publisher ("A study published in The
Lancet"), a name after a word for an organisation ("the monitoring group Airwars"), and how such a
name is written as a source."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.lexicon import Lexicon
from etl.extract.publishers import publication_agent
from etl.extract.source_names import SourceMention, after_preposition, resolve_alias

# A name no table knows: capitalised words ("Nasser Hospital", "Council of Churches", "Al-Aqsa Hospital").
CAPITALISED_NAME = (
    r"(?:(?<![\w-])(?:al|el)-)?[A-Z][\w'’-]+(?:\s+(?:of\s+|al-)?[A-Z][\w'’-]+)*"  # "al-Awda Hospital"
)


def unknown_subject(lex: Lexicon, text: str, verb_start: int) -> list[SourceMention]:
    """A capitalised subject no table knows: an organisation keeps its own name ("Nasser Hospital"),
    a person ("Firass Abiad said") speaks for the last source."""
    unknown = re.search(rf"({CAPITALISED_NAME})\s+$", text[:verb_start])
    if not unknown or opens_with_pronoun(lex, unknown.group(1)):
        return []
    name, start = unknown.group(1), unknown.start(1)
    first = name.split()[0]
    # "The Palestine Detainees Council", and in Spanish or French text "The Lancet": a name's article
    article = first.lower() in lex.lower_words("determiner") or first in lex.words("name_article")
    if article and len(name.split()) > 1:
        start = text.index(name.split()[1], start + len(first))  # "The Palestine Detainees Council": no "The"
        name = text[start : unknown.end(1)]
    kind = "generic" if organisation_headed(lex, name) else "person"
    if kind == "person" and publication_agent(lex).search(text, 0, start):
        kind = "generic"  # "A tally by Mondoweiss shows": the count's publisher, not a spokesman
    if kind == "person" and published_in(lex).search(text, 0, start):
        kind = "generic"  # "A study published in The Lancet estimated": the journal, not a place
    if kind == "person" and after_preposition(lex, text, start):
        # "a group based in Washington said": a place, not a spokesman; "Nasser Hospital in Khan Younis
        # said": the speaker stands before its place
        preposition = re.search(r"\S+\s*$", text[:start]).start()
        return unknown_subject(lex, text, preposition) if text[:preposition].strip() else []
    return [SourceMention(start, unknown.end(1), name, kind)]


def opens_with_pronoun(lex: Lexicon, name: str) -> bool:
    """ "The Agency", "Spokesman Ali": a word that points back opens it; not "National Fire Agency",
    whose head is a word of the pronoun role."""
    return any(m.start() == 0 for m in lex.find("pronoun", name))


def organisation_headed(lex: Lexicon, name: str) -> bool:
    """ "Nasser Hospital", "Council of Churches", "Latin Patriarchate of Jerusalem": a name of two words
    or more whose head, its last word or the last before "of", says it is an organisation (the last
    word of "Hospital Director Marwan Sultan" is a person's)."""
    words = name.split()
    head = words[words.index("of") - 1] if "of" in words else words[-1]
    organisation = lex.pattern("organisation_word")
    return len(words) > 1 and bool(organisation and organisation.search(head))


def unknown_after_verb(lex: Lexicon, text: str, verb_end: int) -> list[SourceMention]:
    """ "..., said the Latin Patriarchate of Jerusalem.": an organisation no table knows, named right
    after a speech verb and ending the sentence, speaks (a person there is left to the titles that
    inverted subjects may have)."""
    found = unknown_after_pattern(lex).match(text, verb_end)
    if not found or not organisation_headed(lex, found.group(1)):
        return []
    return [SourceMention(found.start(1), found.end(1), found.group(1), "generic")]


def owned_organisation(
    lex: Lexicon, text: str, owner: SourceMention, verb_start: int, known: list[SourceMention]
) -> SourceMention:
    """ "Iran's Foundation of Martyrs and Veterans Affairs said": an organisation no table knows, named
    after the possessive of a source the tables know, speaks for itself (the tables' own
    "Israel's Health Ministry" is a source of its own)."""
    found = OWNED_NAME.match(text, owner.end, verb_start)
    if not found or not organisation_headed(lex, found.group(1)):
        return owner
    if any(found.start(1) <= other.start < found.end(1) for other in known):
        return owner
    home = lex.source_home.get(resolve_alias(lex, owner.text, ""), "") if owner.kind == "alias" else ""
    return SourceMention(found.start(1), found.end(1), found.group(1), "generic", home=home)


# the possessive, the name ("Foundation of Martyrs and Veterans Affairs": "and" may join its words), and
# nothing else before the verb but a comma
OWNED_NAME = re.compile(rf"['’]s\s+({CAPITALISED_NAME}(?:\s+and\s+{CAPITALISED_NAME})?)\s*,?\s*$")


@lru_cache(maxsize=16)  # one per lexicon: asked per speech verb
def unknown_after_pattern(lex: Lexicon) -> re.Pattern[str]:
    determiner = lex.alt_before_word("determiner")
    return re.compile(rf"\s+(?i:{determiner})?({CAPITALISED_NAME})\s*(?:[.;]|$)")


@lru_cache(maxsize=16)
def published_in(lex: Lexicon) -> re.Pattern[str]:
    """ "published in The", "publicado en", "publiée dans", "a study in The": a journal or outlet
    follows, not a place."""
    published = rf"{lex.alt('publication_verb')}|{lex.alt('research_noun')}"
    return re.compile(
        rf"(?<![\w-])(?:{published})\s+(?:{lex.alt('location_preposition')})\s+"
        rf"(?:{lex.alt_before_word('determiner')}|{lex.alt_before_word('name_article')})?$"
    )


def descriptor_names(lex: Lexicon, text: str) -> list[SourceMention]:
    """ "the monitoring group Airwars": a name no table knows, right after a noun that says it is an
    organisation, names a source by its own name ("the group" alone points back)."""
    named = []
    for found in descriptor_pattern(lex).finditer(text):
        group = 1 if found.group(1) else 2  # right after the noun, or set between commas after it
        named.append(SourceMention(found.start(group), found.end(group), found.group(group), "generic"))
    return named


@lru_cache(maxsize=16)  # one per lexicon
def descriptor_pattern(lex: Lexicon) -> re.Pattern[str]:
    # "the monitoring group Airwars"; "A rights group, HRANA, said": or set between commas after it
    noun = lex.alt("organisation_noun")
    return re.compile(rf"(?<![\w-]){noun}(?:\s+({CAPITALISED_NAME})|,\s+({CAPITALISED_NAME}))")


def named_after_descriptor(lex: Lexicon, before: str) -> SourceMention | None:
    """ "the monitoring group Airwars said": the descriptor's name right before a speech verb."""
    named = descriptor_names(lex, before)
    return named[-1] if named and re.fullmatch(r"\s*,?\s*", before[named[-1].end :]) else None


@lru_cache(maxsize=16)  # one per lexicon
def organisation_named(lex: Lexicon) -> re.Pattern[str]:
    """A capitalised name after "according to", past "records at" ("the figures of"), or a title who
    speaks for it ("the director of the nearby"), and an article."""
    determiner = lex.alt_before_word("determiner")
    link = rf"(?:{lex.alt_before_word('count_link')}|{lex.alt_before_word('workplace_preposition')})"
    title = rf"{lex.alt('speaker_title')}\s+{lex.alt_before_word('of')}(?:{determiner}[^\W\d_A-Z][\w-]*\s+)?"
    kept = rf"(?:{determiner}?(?:{lex.alt('count_noun')}\s+{link}|{title}))?"
    # "according to Nasser hospital": the organisation's word may be written in lower case
    lower = rf"(?:\s+{lex.alt('organisation_word')}(?![\w-]))?"
    return re.compile(rf"\s+{kept}{determiner}?({CAPITALISED_NAME}{lower})")


def organisation_after(lex: Lexicon, text: str, position: int) -> SourceMention | None:
    """ "according to Nasser Hospital", "according to records at Nasser Hospital": an organisation no
    table knows keeps its own name (a person's name, "according to Mohammed Zaqout", says nothing of
    whose figure it is)."""
    found = organisation_named(lex).match(text, position)
    words = found.group(1).split() if found else []
    if len(words) < 2:
        return None
    written = {w.lower(): w for w in lex.words("organisation_word")}
    if not any(word.lower() in written for word in words):
        return None
    # "Nasser hospital" is "Nasser Hospital", as the tables write the word
    name = " ".join([*words[:-1], written.get(words[-1].lower(), words[-1])])
    return SourceMention(found.start(1), found.end(1), name, "generic")


def at_workplace(
    lex: Lexicon, text: str, mention: SourceMention, known: list[SourceMention]
) -> SourceMention:
    """ "Doctors at al-Shifa Hospital said": people at an organisation no table knows speak for it (one
    the tables know is a source of its own)."""
    if mention.kind != "generic":
        return mention
    where, determiner = lex.alt_before_word("workplace_preposition"), lex.alt_before_word("determiner")
    found = re.match(rf"\s+{where}{determiner}?({CAPITALISED_NAME})", text[mention.end :])
    organisation = lex.pattern("organisation_word")
    if not found or not organisation or not any(organisation.fullmatch(w) for w in found.group(1).split()):
        return mention
    start, end = mention.end + found.start(1), mention.end + found.end(1)
    if any(start <= alias.start < end for alias in known):
        return mention
    return SourceMention(start, end, found.group(1), "generic")


def clean_name(name: str) -> str:
    """A source's own name as the text gives it, its first letter capitalised ("Nasser Hospital",
    "Medics", "Al-Aqsa Martyrs Hospital")."""
    return name[:1].upper() + name[1:]
