"""Pronouns and spokespeople that speak for a source named before ("it said", "a spokesman said", "la
organización", "a-t-il ajouté"), and which of them point back to no one."""

from __future__ import annotations

import re

from etl.extract.lexicon import Lexicon
from etl.extract.source_names import SourceMention


def pronoun_subjects(lex: Lexicon, text: str) -> list[SourceMention]:
    # "a spokesman said": a spokesperson speaks for the last source, whatever the article
    return [
        SourceMention(m.start(), m.end(), m.group(), "pronoun")
        for m in lex.find("pronoun", text)
        if is_spokesperson(lex, m.group()) or not is_indefinite(lex, text, m.start())
    ]


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
