"""Pronouns and spokespeople that speak for a source named before ("it said", "a spokesman said", "la
organización", "a-t-il ajouté"), which of them point back to no one, and whom the others point back to."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.frame import Frame
from etl.extract.lexicon import Lexicon
from etl.extract.source_names import SourceMention, Speakers, alias_rows, alias_words, name_words


def pronoun_subjects(lex: Lexicon, text: str) -> list[SourceMention]:
    # "a spokesman said": a spokesperson speaks for the last source, whatever the article
    found = [
        SourceMention(m.start(), m.end(), m.group(), "pronoun")
        for m in lex.find("pronoun", text)
        if (is_spokesperson(lex, m.group()) or not is_indefinite(lex, text, m.start()))
        and not heads_a_name(text, m)
    ]
    # "el mismo departamento había informado": the same one that spoke last, whatever its noun
    same = [SourceMention(m.start(), m.end(), m.group(), "pronoun") for m in same_one(lex).finditer(text)]
    # "the forum said", "The Forum said": the head word of a name said before
    heads = [SourceMention(m.start(), m.end(), m.group(), "pronoun") for m in head_references(lex, text)]
    found += [m for m in same if not any(f.start <= m.start < f.end for f in found)]
    return sorted(
        found + [m for m in heads if not any(f.start <= m.start < f.end for f in found)],
        key=lambda m: m.start,
    )


@lru_cache(maxsize=16)  # one per lexicon
def head_reference(lex: Lexicon) -> re.Pattern[str]:
    """ "the forum", "le comité": a definite article and a word that heads organisations' names (the
    `organisation_word` role)."""
    return re.compile(rf"(?<![\w-])((?:{lex.alt('definite')})\s+(?:{lex.alt('organisation_word')}))(?![\w-])")


def head_references(lex: Lexicon, text: str) -> list[re.Match[str]]:
    return [m for m in head_reference(lex).finditer(text) if refers_back(lex, text, m)]


def head_reference_after(lex: Lexicon, text: str, position: int) -> re.Match[str] | None:
    """ "according to the club": a head word right after `position`."""
    found = SPACES.match(text, position)
    head = head_reference(lex).match(text, found.end()) if found else None
    return head if head and refers_back(lex, text, head) else None


NAME_GOES_ON = re.compile(r"\s+(?:[\w'’-]+\s+)?[A-Z]")  # "the Committee for Relief": a name goes on
SPACES = re.compile(r"\s+")


def refers_back(lex: Lexicon, text: str, head: re.Match[str]) -> bool:
    """Not a source's alias of its own ("the ministry"), nor the first words of a name ("the Committee
    for Relief"); "the Forum" may point back as well as "the forum"."""
    words, aliases = head.group(1).lower().split(), alias_rows(lex)
    capitalised = head.group(1).split()[-1][0].isupper()
    if capitalised and NAME_GOES_ON.match(text, head.end()):
        return False
    return " ".join(words) not in aliases and words[-1] not in aliases


def is_head_reference(lex: Lexicon, pronoun: str) -> bool:
    """Is the pronoun a name's head word ("the forum"), which stands only for a source so named?"""
    return bool(head_reference(lex).fullmatch(pronoun)) and pronoun.lower() not in lex.lower_words("pronoun")


def same_one(lex: Lexicon) -> re.Pattern[str]:
    """ "the same ministry", "el mismo departamento" (the `same_reference` role)."""
    return pointing_noun(lex, "same_reference")


@lru_cache(maxsize=32)  # one per lexicon and role
def pointing_noun(lex: Lexicon, role: str) -> re.Pattern[str]:
    """A word of `role` ("the same", "this") and a noun of an organisation, which points back to a
    source ("este organismo"; not "the same day")."""
    organisation = rf"{lex.alt('organisation_word')}|{lex.alt('organisation_noun')}"
    return re.compile(rf"(?<![\w-])(?:{lex.alt(role)})\s+(?:{organisation})(?![\w-])")


def heads_a_name(text: str, pronoun: re.Match[str]) -> bool:
    """ "the National Fire Agency said": a capitalised noun after a capitalised word heads a name, it does
    not point back."""
    return pronoun.group()[0].isupper() and bool(re.search(r"[A-Z][\w'’-]*\s+$", text[: pronoun.start()]))


def is_spokesperson(lex: Lexicon, pronoun: str) -> bool:
    """ "spokesman", "portavoz", "porte-parole": one who speaks for the last source."""
    return pronoun.lower() in lex.lower_words("spokesperson")


def names_a_noun(lex: Lexicon, pronoun: str) -> bool:
    """ "the group", "la organización", "l'agence", "spokeswoman": a pronoun that is a noun, not "it"."""
    return bool(re.search(r"[\s'’]", pronoun.strip())) or is_spokesperson(lex, pronoun)


def inverted_pronoun(lex: Lexicon, verb: re.Match[str]) -> list[SourceMention]:
    """ "..., a-t-il ajouté": the subject pronoun the speech verb holds, or none."""
    said = verb.group().lower()
    held = [p for p in lex.lower_words("inverted_pronoun") if p in said]
    return [SourceMention(verb.start(), verb.end(), held[0].rsplit("-", 1)[-1], "pronoun")] if held else []


def is_indefinite(lex: Lexicon, text: str, start: int) -> bool:
    """ "a rights group based in Washington said": a group the text has not named yet points back to
    no earlier source ("the New York-based group said" does)."""
    words = re.split(r"[,;:.]", text[:start])[-1].lower().split()[-4:]
    determiners = [w for w in words if w in lex.lower_words("determiner")]
    return bool(determiners) and determiners[-1] not in lex.lower_words("definite")


def last_called_so(lex: Lexicon, noun: str, speakers: Speakers) -> str:
    """ "el ministerio" after "el Ministerio de Sanidad de Gaza" spoke, though Israel spoke since: the last
    source named by a fuller name that holds the noun ("agency" alone may be any agency), or ""."""
    words = name_words(lex, noun)
    return next((s for s, written in reversed(speakers.named_as) if words < name_words(lex, written)), "")


def last_named_by(lex: Lexicon, pronoun: str, speakers: Speakers) -> str:
    """ "The office also said": the last source that spoke named by a fuller name that holds the pronoun's
    noun, else whose names hold it ("Gaza Government Media Office", not the WHO that spoke after it), else
    whose kind is so called; else the last source that spoke."""
    if " ".join(pronoun.lower().split()) in lex.lower_words("academic_pronoun"):
        # "Researchers have warned": the last research body that spoke, and no other kind of source
        return next((s for s in reversed(speakers.spoken) if lex.source_kind.get(s) == "academic"), "")
    if not pronoun.strip():
        return speakers.last  # a subject left unsaid ("Añadió que ...")
    if " ".join(pronoun.lower().split()) in lex.lower_words("media_pronoun"):
        return speakers.media  # "The channel had initially reported": the outlet named last, if any
    noun = pronoun.lower().split()[-1]
    named = last_called_so(lex, noun, speakers)
    named = named or next((s for s in reversed(speakers.spoken) if noun in alias_words(lex, s)), "")
    if is_head_reference(lex, pronoun):
        return named  # "the forum" where no forum spoke points to no one
    named = named or next(  # "The group's statement also said": an armed group
        (s for s in reversed(speakers.spoken) if noun in name_words(lex, lex.source_kind.get(s, ""))), ""
    )
    return named or speakers.last


def relative_according_frames(lex: Lexicon, text: str, sources: list[SourceMention]) -> list[Frame]:
    """ "le bilan que publie le ministère, selon lequel 61 000 personnes": the source named before the
    relative speaks for what follows it."""
    frames = []
    for which in lex.find("according_relative", text):
        named = [s for s in sources if s.end <= which.start() and s.kind == "alias"]
        if named:
            frames.append(Frame("according", named[-1], which.start(), which.end()))
    return frames
