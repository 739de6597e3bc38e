"""Compiled word patterns from the reference tables, one Lexicon per (reference, language).

Every vocabulary the rules use comes from `seeds/reference/*.csv` through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from etl.reference import Reference

FIND_MEMO_SIZE = 4096
WORD_RUN = re.compile(r"\w+")


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


def is_plain(word: str) -> bool:
    """Letters up to Latin-1, where `re` without case matches two letters exactly when their lower
    cases are equal (beyond it "ſ" matches "s", "K" (Kelvin) "k", "ς" "σ")."""
    return word.isascii() or all(ord(c) < 0x100 and c != "µ" for c in word)


def by_leading_word(terms: set[str]) -> dict[str, frozenset[str]] | None:
    """The terms grouped by their lower-cased first word; None when that cannot be relied on (a term
    that starts with a sign, or whose first word is not plain)."""
    groups: dict[str, set[str]] = {}
    for term in terms:
        word = WORD_RUN.match(term)
        if not word or not is_plain(word.group()):
            return None
        groups.setdefault(word.group().lower(), set()).add(term)
    return {word: frozenset(group) for word, group in groups.items()}


def alternation(terms: set[str]) -> str:
    """Terms as a case-insensitive regex alternation, longest first ("(?!)" when there are none)."""
    ordered = sorted(terms, key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)
    return f"(?i:{body})" if ordered else "(?!)"


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
    named_days: list[tuple[date, str, str]] = field(
        default_factory=list
    )  # (day, location, actor), seeds/reference/named_days.csv
    alternations: dict[str, str] = field(default_factory=dict)
    lowered: dict[str, frozenset[str]] = field(default_factory=dict)
    # The rules ask for the same role in the same sentence several times (sources when masking,
    # framing and remembering); a small memo of the matches saves rescanning it.
    found: dict[tuple[str, str], tuple[re.Match[str], ...]] = field(default_factory=dict)
    # A role's pattern has hundreds of alternatives, which `re` tries one by one at every word
    # (without case, it cannot skip them by their first letter). A match can only start on a word
    # that one of its terms starts with: the role is tried there only, with only those terms.
    compilers: dict[str, Callable[[set[str]], re.Pattern[str] | None]] = field(default_factory=dict)
    term_groups: dict[str, dict[str, frozenset[str]] | None] = field(default_factory=dict)
    group_patterns: dict[tuple[str, str], re.Pattern[str] | None] = field(default_factory=dict)
    text_words: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

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
            cached = self.alternations[role] = alternation(self.roles.get(role, set()))
        return cached

    def alt_before_word(self, role: str) -> str:
        """The role's terms, each with the space that parts it from the next word: none after an
        elided one ("l'armée", "qu'il", "d'otages"), one or more after the others."""
        cached = self.alternations.get(f"{role} before a word")
        if cached is None:
            elided = {t for t in self.roles.get(role, ()) if t.endswith("'")}
            spaced = self.roles.get(role, set()) - elided
            body = f"(?:{alternation(spaced)}\\s+|{alternation(elided)}\\s*)"  # "(?!)" for none
            cached = self.alternations[f"{role} before a word"] = body
        return cached

    def most_words(self, role: str) -> int:
        """The most words (runs of word characters) one of the role's terms has."""
        return max((len(WORD_RUN.findall(t)) for t in self.roles.get(role, ())), default=0)

    def pattern(self, role: str) -> re.Pattern[str] | None:
        return self.patterns.get(role)

    def add_pattern(
        self, role: str, compiler: Callable[[set[str]], re.Pattern[str] | None], terms: set[str]
    ) -> None:
        """The role's terms, compiled by `compiler` (`compile_role` or `term_pattern`)."""
        terms = {t for t in terms if t}
        self.patterns[role] = compiler(terms)
        self.compilers[role] = compiler
        self.term_groups[role] = by_leading_word(terms)

    def find(self, role: str, text: str) -> list[re.Match[str]]:
        """Every match of the role's terms in the text, in order (a fresh list the caller may change)."""
        key = (role, text)
        matches = self.found.get(key)
        if matches is None:
            matches = self.scan(role, text)
            if role == "event" and matches:
                matches = outside_idioms(matches, self.scan("not_an_event", text))
            remember(self.found, key, matches)
        return list(matches)

    def scan(self, role: str, text: str) -> tuple[re.Match[str], ...]:
        """What `pattern.finditer(text)` finds, trying at each word only the terms that start with it.

        The terms of a group keep their longest-first order, so at any word the first of them that
        matches is the one the whole pattern would take.
        """
        pattern = self.patterns.get(role)
        if pattern is None:
            return ()
        groups = self.term_groups.get(role)
        if groups is None:
            return tuple(pattern.finditer(text))
        found = []
        resume = 0
        for start, word in self.words_of(text):
            if start < resume or (word and word not in groups):
                continue
            # A word beyond plain letters is tried with every term: its case folding is `re`'s to judge.
            match = (self.group_pattern(role, word) if word else pattern).match(text, start)
            if match:
                found.append(match)
                resume = match.end()
        return tuple(found)

    def group_pattern(self, role: str, word: str) -> re.Pattern[str] | None:
        """The role's terms that start with `word`, compiled the role's way (on first use)."""
        key = (role, word)
        if key not in self.group_patterns:
            self.group_patterns[key] = self.compilers[role](set(self.term_groups[role][word]))
        return self.group_patterns[key]

    def words_of(self, text: str) -> list[tuple[int, str]]:
        """(start, lower-cased word) of each word of the text; "" for a word that is not plain."""
        words = self.text_words.get(text)
        if words is None:
            if text.isascii():  # lower case keeps every offset
                words = [(m.start(), m.group()) for m in WORD_RUN.finditer(text.lower())]
            else:
                words = [
                    (m.start(), w.lower() if is_plain(w := m.group()) else "")
                    for m in WORD_RUN.finditer(text)
                ]
            remember(self.text_words, text, words)
        return words


def outside_idioms(matches: tuple[re.Match[str], ...], idioms: tuple[re.Match[str], ...]) -> tuple:
    """The event words not inside an idiom that names no event ("took hold", "held talks")."""
    if not idioms:
        return matches
    return tuple(m for m in matches if not any(i.start() <= m.start() < i.end() for i in idioms))


def remember(memo: dict, key: object, value: object) -> None:
    """Keep a value in a bounded memo; texts come sentence by sentence, so old ones are not asked again."""
    if len(memo) >= FIND_MEMO_SIZE:
        memo.clear()
    memo[key] = value


def last_words_start(text: str, end: int, words: int) -> int:
    """Where the last `words` words of `text[:end]` begin (0 when it has fewer).

    A pattern anchored at the end that spans at most that many words finds there what it finds in
    the whole text, without being tried at every position before.
    """
    position = end
    for _ in range(words):
        while position and not is_word_character(text[position - 1]):
            position -= 1
        while position and is_word_character(text[position - 1]):
            position -= 1
    return position


def is_word_character(character: str) -> bool:
    r"""What `re` calls `\w` in a str pattern."""
    return character.isalnum() or character == "_"


def compile_role(terms: set[str]) -> re.Pattern[str] | None:
    """One longest-first pattern for a role: proper names case-sensitive, other terms not."""
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    parts = []
    for term in terms:
        body = re.escape(term).replace(r"\ ", r"\s+")
        body = body if is_proper(term) else f"(?i:{body})"
        # an elided word ("qu'", "l'") runs into the next: only a whole word must end at a non-letter, nor
        # run on past an apostrophe ("SANA" is not "SANA'A"; but "Hamas's" is Hamas)
        parts.append(body if term[-1] in "'’" else rf"{body}(?![\w]|['’](?![sS]\b)\w)")
    guard = first_letters([t for t in terms if is_proper(t)], [t for t in terms if not is_proper(t)])
    return re.compile(rf"{guard}(?<![\w-])(?:{'|'.join(parts)})")


def perfect_speech_verbs(roles: dict[str, set[str]]) -> set[str]:
    """ "ha indicado", "habían señalado": each speech participle (the `speech_participle` role) after each
    auxiliary of the perfect (`perfect_auxiliary`), as Spanish news writes the day's statements."""
    participles = roles.get("speech_participle", set())
    return {
        f"{auxiliary} {participle}"
        for auxiliary in roles.get("perfect_auxiliary", set())
        for participle in participles
    }


def inverted_speech_verbs(roles: dict[str, set[str]]) -> set[str]:
    """ "a-t-il ajouté", "ont-ils indiqué": each speech verb with an auxiliary, its subject pronoun
    (the `inverted_pronoun` role) joined to the auxiliary, as French writes it after a quote."""
    auxiliaries = {a.lower() for a in roles.get("auxiliary", set())}
    verbs = [v.split(" ", 1) for v in roles.get("speech_verb", set()) if " " in v]
    return {
        f"{auxiliary}{pronoun} {participle}"
        for auxiliary, participle in verbs
        if auxiliary.lower() in auxiliaries
        for pronoun in roles.get("inverted_pronoun", set())
    }


def adverbed_speech_verbs(roles: dict[str, set[str]]) -> set[str]:
    """ "faisait encore état", "a également indiqué": each speech verb of two words or more with an adverb
    (the `speech_adverb` role) after its first word, as French writes an update."""
    verbs = [v.split(" ", 1) for v in roles.get("speech_verb", set()) if " " in v]
    return {
        f"{first} {adverb} {rest}" for first, rest in verbs for adverb in roles.get("speech_adverb", set())
    }


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
    for row in reference.rows("countries", language).itertuples():
        lex.location_words.setdefault(row.term.lower(), row.location)
    for row in reference.rows("statuses", language).itertuples():
        if row.term:
            lex.status_words[row.term.lower()] = row.status
    for row in reference.rows("numbers", language).itertuples():
        lex.numbers[row.term.lower()] = (int(row.value), row.kind)
    for row in reference.sources.itertuples():
        if row.language == language:
            lex.sources.append(
                {"canonical": row.canonical, "alias": row.alias, "context": row.context, "kind": row.kind}
            )
        lex.source_home[row.canonical] = row.home
        lex.source_kind.setdefault(row.canonical, row.kind)  # the canonical's own first row, not an alias's
    for row in reference.named_days.itertuples():
        lex.named_days.append((date.fromisoformat(row.day), row.location, row.actor))
    # "the channel" is a pronoun that points back to a news outlet in particular
    lex.roles.setdefault("pronoun", set()).update(lex.roles.get("media_pronoun", set()))
    lex.roles.setdefault("speech_verb", set()).update(perfect_speech_verbs(lex.roles))
    lex.roles["speech_verb"].update(inverted_speech_verbs(lex.roles) | adverbed_speech_verbs(lex.roles))
    for role, terms in lex.roles.items():
        lex.add_pattern(role, compile_role, terms)
    for role, words in (
        ("event", lex.event_words),
        ("domain", lex.domain_words),
        ("status", lex.status_words),
    ):
        lex.add_pattern(role, term_pattern, set(words))
    places = {r.term for r in reference.rows("locations", language).itertuples()}
    countries = {r.term for r in reference.rows("countries", language).itertuples()}
    aliases = {s["alias"] for s in lex.sources}
    for role, terms in (
        ("subgroup", set(lex.subgroup_words)),
        ("location", places),
        ("country", countries),
        ("source", aliases),
    ):
        lex.add_pattern(role, compile_role, terms)
    return lex
