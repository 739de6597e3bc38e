"""Compiled word patterns from the reference tables, one Lexicon per (reference, language).

Every vocabulary the rules use comes from `seeds/reference/*.csv` through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from etl.reference import Reference

FIND_MEMO_SIZE = 4096


def term_pattern(terms: list[str] | set[str], case_sensitive: bool = False) -> re.Pattern[str] | None:
    """A regex matching any of the terms as whole words, longest first; None when there are none."""
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"{first_letters(terms)}(?<![\w-])(?:{body})(?![\w])", flags)


def first_letters(terms: list[str], folded: list[str] = ()) -> str:
    """A lookahead on the letters the terms can start with (`folded` ones in any case).

    It changes no match: every match starts with one of them. It is there for speed: `re` tries
    every alternative at every position of the text, and this rejects most positions at once.
    """
    exact = "".join(sorted({re.escape(t[0]) for t in terms}))
    loose = "".join(sorted({re.escape(t[0]) for t in folded}))
    parts = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{loose}])"] if loose else [])
    return f"(?={'|'.join(parts)})" if parts else ""


def is_proper(term: str) -> bool:
    """Single capitalised words and acronyms match case-sensitively ("WHO" is not "who")."""
    return " " not in term and term[:1].isupper()


@dataclass(eq=False)  # identity hash: a built Lexicon is a cache key
class Lexicon:
    """The reference tables of one language, compiled for matching."""

    language: str
    reference: Reference | None = None
    roles: dict[str, set[str]] = field(default_factory=dict)
    patterns: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    event_words: dict[str, str] = field(default_factory=dict)  # lower term -> event
    domain_words: dict[str, str] = field(default_factory=dict)  # lower term -> domain
    metric_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (domain, event) -> metric
    metric_location: dict[str, tuple[str, bool]] = field(default_factory=dict)
    qualifier_before: dict[str, str] = field(default_factory=dict)
    qualifier_after: dict[str, str] = field(default_factory=dict)
    subgroup_words: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # term -> (subgroup, kind)
    subgroup_in_context: dict[str, bool] = field(default_factory=dict)
    location_words: dict[str, str] = field(default_factory=dict)
    status_words: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, tuple[int, str]] = field(default_factory=dict)  # lower term -> (value, kind)
    sources: list[dict[str, str]] = field(default_factory=list)
    source_home: dict[str, str] = field(default_factory=dict)
    source_kind: dict[str, str] = field(default_factory=dict)
    alternations: dict[str, str] = field(default_factory=dict)
    lowered: dict[str, frozenset[str]] = field(default_factory=dict)
    # The rules ask for the same role in the same sentence several times (sources when masking,
    # framing and remembering); a small memo of the matches saves rescanning it.
    found: dict[tuple[str, str], tuple[re.Match[str], ...]] = field(default_factory=dict)

    def words(self, role: str) -> set[str]:
        return self.roles.get(role, set())

    def lower_words(self, role: str) -> frozenset[str]:
        """The role's terms in lower case (built once: the rules ask for them per sentence)."""
        cached = self.lowered.get(role)
        if cached is None:
            cached = self.lowered[role] = frozenset(w.lower() for w in self.roles.get(role, set()))
        return cached

    def alt(self, role: str) -> str:
        """The role's terms as a case-insensitive regex alternation, longest first ("(?!)" when empty)."""
        cached = self.alternations.get(role)
        if cached is None:
            terms = sorted(self.roles.get(role, ()), key=len, reverse=True)
            body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
            cached = f"(?i:{body})" if terms else "(?!)"
            self.alternations[role] = cached
        return cached

    def pattern(self, role: str) -> re.Pattern[str] | None:
        return self.patterns.get(role)

    def find(self, role: str, text: str) -> list[re.Match[str]]:
        """Every match of the role's terms in the text, in order (a fresh list the caller may change)."""
        key = (role, text)
        matches = self.found.get(key)
        if matches is None:
            pattern = self.patterns.get(role)
            matches = tuple(pattern.finditer(text)) if pattern else ()
            if len(self.found) >= FIND_MEMO_SIZE:
                self.found.clear()  # texts come sentence by sentence: old ones are not asked again
            self.found[key] = matches
        return list(matches)


def compile_role(terms: set[str]) -> re.Pattern[str] | None:
    """One longest-first pattern for a role: proper names case-sensitive, other terms not."""
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    parts = []
    for term in terms:
        body = re.escape(term).replace(r"\ ", r"\s+")
        parts.append(body if is_proper(term) else f"(?i:{body})")
    guard = first_letters([t for t in terms if is_proper(t)], [t for t in terms if not is_proper(t)])
    return re.compile(rf"{guard}(?<![\w-])(?:{'|'.join(parts)})(?![\w])")


@lru_cache(maxsize=16)
def build_lexicon(reference: Reference, language: str) -> Lexicon:
    """Compile the reference tables for one language (cached: built once per process)."""
    lex = Lexicon(language=language, reference=reference)
    for row in reference.rows("lexicon", language).itertuples():
        lex.roles.setdefault(row.role, set()).add(row.term)
    for row in reference.rows("metric_words", language).itertuples():
        target = lex.event_words if row.kind == "event" else lex.domain_words
        target[row.term.lower()] = row.name
    for row in reference.metrics.itertuples():
        lex.metric_of[(row.domain, row.event)] = row.metric
        lex.metric_location[row.metric] = (row.default_location, row.location_from_text == "yes")
    for row in reference.rows("qualifiers", language).itertuples():
        if row.phrase:
            target = lex.qualifier_before if row.position == "before" else lex.qualifier_after
            target[row.phrase.lower()] = row.qualifier
    for row in reference.rows("subgroups", language).itertuples():
        if row.term:
            lex.subgroup_words.setdefault(row.term.lower(), []).append((row.subgroup, row.source_kind))
        lex.subgroup_in_context[row.subgroup] = row.location_from_context == "yes"
    for row in reference.rows("locations", language).itertuples():
        lex.location_words[row.term.lower()] = row.location
    for row in reference.rows("statuses", language).itertuples():
        if row.term:
            lex.status_words[row.term.lower()] = row.status
    for row in reference.rows("numbers", language).itertuples():
        lex.numbers[row.term.lower()] = (int(row.value), row.kind)
    for row in reference.sources.itertuples():
        if row.language == language:
            lex.sources.append({"canonical": row.canonical, "alias": row.alias, "context": row.context})
        lex.source_home[row.canonical] = row.home
        lex.source_kind[row.canonical] = row.kind
    for role, terms in lex.roles.items():
        lex.patterns[role] = compile_role(terms)
    lex.patterns["event"] = term_pattern(set(lex.event_words))
    lex.patterns["domain"] = term_pattern(set(lex.domain_words))
    lex.patterns["subgroup"] = compile_role(set(lex.subgroup_words))
    lex.patterns["location"] = compile_role(
        {r.term for r in reference.rows("locations", language).itertuples()}
    )
    lex.patterns["status"] = term_pattern(set(lex.status_words))
    lex.patterns["source"] = compile_role({s["alias"] for s in lex.sources})
    return lex
