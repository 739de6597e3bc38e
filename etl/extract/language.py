"""Cheap language identification from the reference tables' function words.

Counting articles, conjunctions and prepositions is enough to tell English, Spanish and
French apart, in microseconds, for a document or a single sentence (a Spanish photo
caption inside an English article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.reference import Reference

FUNCTION_ROLES = ("determiner", "conjunction", "of", "complementizer", "np_stop", "agent")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
LOWER_ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")  # WORD, on lower-cased ASCII text: twice as fast
MIN_WORDS = 6
SENTENCE_LEAST = 3  # function words of another language that make a sentence of it


@lru_cache(maxsize=8)
def function_words(reference: Reference) -> dict[str, frozenset[str]]:
    """Single-word function words of each language, minus those every language shares."""
    lexicon = reference.lexicon[reference.lexicon["role"].isin(FUNCTION_ROLES)]
    words: dict[str, set[str]] = {}
    for row in lexicon.itertuples():
        term = row.term.lower()
        if " " not in term and term.isalpha():
            words.setdefault(row.language, set()).add(term)
    shared = set.intersection(*words.values()) if len(words) > 1 else set()
    return {language: frozenset(terms - shared) for language, terms in words.items()}


@lru_cache(maxsize=8)
def languages_of_words(reference: Reference) -> dict[str, tuple[str, ...]]:
    """word -> the languages it is a function word of: one lookup per token instead of one per language."""
    found: dict[str, list[str]] = {}
    for language, terms in function_words(reference).items():
        for term in terms:
            found.setdefault(term, []).append(language)
    return {word: tuple(languages) for word, languages in found.items()}


def detect_language(text: str, reference: Reference, default: str = "en", least: int = 2) -> str:
    """The language whose function words the text uses most, at least `least` of them; `default` when
    unsure or too short."""
    # Lower-casing plain ASCII text first keeps its words as they are, and is one call, not one per word.
    tokens = (
        LOWER_ASCII_WORD.findall(text.lower()) if text.isascii() else [t.lower() for t in WORD.findall(text)]
    )
    if len(tokens) < MIN_WORDS:
        return default
    scores = dict.fromkeys(function_words(reference), 0)  # in the tables' order: it breaks ties
    owners = languages_of_words(reference)
    for token in tokens:
        for language in owners.get(token, ()):
            scores[language] += 1
    best = max(scores, key=scores.get)
    runner_up = max((v for k, v in scores.items() if k != best), default=0)
    return best if scores[best] >= least and scores[best] > runner_up * 1.5 else default


def sentence_language(text: str, lexicons: dict, default: str) -> str:
    """A sentence's own language when it clearly differs from the document's, else the document's."""
    reference = next(iter(lexicons.values())).reference if lexicons else None
    if reference is None:
        return default
    # "Israël a tué 20 Palestiniens en Cisjordanie et en a arrêté 40": two words of another language
    # ("en") do not make a sentence of it; a caption in one has more
    found = detect_language(text, reference, default, least=SENTENCE_LEAST)
    return found if found in lexicons else default
