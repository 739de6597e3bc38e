"""The number grammar: every number in a text, with its value, range and qualifier.

Digits with language-specific separators, decimals with scale words ("1.7 million"),
number words ("two dozen", "a hundred"), ranges ("200-300", "between 990 and 1,650")
and qualifier phrases before or after ("at least", "or more").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.lexicon import Lexicon, term_pattern

SEPARATOR_TOKENS = {"nbsp": "\u00a0", "thinsp": "\u202f\u2009", "space": " "}

# Spans that look numeric but are never counts: clock times, phone numbers, ISO dates,
# dimensions, temperatures, URLs. Numbers inside them are skipped.
MASKS = [
    r"\b\d{1,2}[:h]\d{2}(?:\s*[-–]\s*\d{1,2}[:h]\d{2})?\b",
    r"\+\d[\d\s().-]{6,}\d",
    r"\(\d{3}\)\s*\d{3}[-\s]\d{4}",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d+\s*[x×]\s*\d+\b",
    r"\b\d+(?:[.,]\d+)?\s*°",
    r"https?://\S+",
]
MASK_PATTERN = re.compile("|".join(f"(?:{m})" for m in MASKS))


@dataclass(frozen=True)
class NumberMention:
    """One number as written, with its value and the qualifier around it (offsets into the text)."""

    start: int
    end: int
    text: str
    value: int
    value_high: int | None
    qualifier: str
    qualifier_start: int  # start of the qualifier phrase, or `start`
    qualifier_end: int  # end of a trailing qualifier phrase, or `end`
    is_word: bool


def separator_class(lex: Lexicon, role: str) -> str:
    chars = "".join(SEPARATOR_TOKENS.get(t, t) for t in lex.words(role))
    return "[" + re.escape(chars) + "]" if chars else "[,]"


@lru_cache(maxsize=16)
def number_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """(single number, qualifier-before, qualifier-after) patterns for a language."""
    thousands = separator_class(lex, "thousands_sep")
    decimal = separator_class(lex, "decimal_sep")
    digits = rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?:{decimal}\d+)?(?!\d)|\d+(?:{decimal}\d+)?"
    words = sorted(lex.numbers, key=len, reverse=True)
    scales = [w for w in words if lex.numbers[w][1] == "scale"]
    word_alt = "|".join(re.escape(w) for w in words)
    scale_alt = "|".join(re.escape(w) for w in scales) or "(?!)"
    word_number = rf"(?:{word_alt})(?:(?:\s+|-)(?:{word_alt}))*"
    single = rf"(?:(?:{digits})(?:\s+(?:{scale_alt}))?(?![\w])|(?<![\w-])(?:{word_number})(?![\w-]))"
    pattern = re.compile(single, re.IGNORECASE)
    before = term_pattern(set(lex.qualifier_before))
    after = term_pattern(set(lex.qualifier_after))
    before_re = re.compile(rf"(?:{before.pattern})\s+$", re.IGNORECASE) if before else None
    after_re = re.compile(rf"^\s+(?:{after.pattern})", re.IGNORECASE) if after else None
    return pattern, before_re, after_re


def digits_value(text: str, lex: Lexicon) -> float:
    """The value of a digit string under the language's separators."""
    decimal_chars = "".join(SEPARATOR_TOKENS.get(t, t) for t in lex.words("decimal_sep")) or "."
    thousands_chars = "".join(SEPARATOR_TOKENS.get(t, t) for t in lex.words("thousands_sep")) or ","
    integer, _, fraction = text.partition(next((c for c in decimal_chars if c in text), "\0"))
    integer = "".join(ch for ch in integer if ch not in thousands_chars)
    return float(f"{integer}.{fraction}" if fraction else integer)


def words_value(tokens: list[str], lex: Lexicon) -> int | None:
    """The value of a run of number words ("two dozen" = 24); None when it is no number ("a")."""
    total = current = 0
    seen_value = False
    for position, token in enumerate(tokens):
        value, kind = lex.numbers[token.lower()]
        if kind == "article":
            if position != 0 or len(tokens) == 1:
                return None
            current = 1
        elif kind in ("unit", "tens"):
            current += value
            seen_value = True
        elif kind == "multiplier":
            current = max(current, 1) * value
            seen_value = True
        elif kind == "scale":
            total += max(current, 1) * value
            current = 0
            seen_value = True
        elif kind == "approximate":
            current = max(current, 1) * value
            seen_value = True
    return total + current if seen_value else None


def parse_single(text: str, lex: Lexicon) -> tuple[int, bool] | None:
    """(value, is_word) of one matched number, or None."""
    if text[0].isdigit():
        scale = re.search(r"[^\W\d_]+$", text)
        digits = text[: scale.start()].strip() if scale else text
        value = digits_value(digits, lex)
        if scale:
            value *= lex.numbers.get(scale.group().lower(), (1, ""))[0]
        return int(round(value)), False
    tokens = re.split(r"[\s-]+", text)
    value = words_value(tokens, lex)
    return (value, True) if value is not None else None


def find_singles(text: str, lex: Lexicon) -> list[tuple[int, int, int, bool]]:
    """(start, end, value, is_word) of every single number outside masked spans."""
    pattern = number_patterns(lex)[0]
    masked = [m.span() for m in MASK_PATTERN.finditer(text)]
    found = []
    for match in pattern.finditer(text):
        if any(a <= match.start() < b for a, b in masked):
            continue
        parsed = parse_single(match.group(), lex)
        if parsed:
            found.append((match.start(), match.end(), parsed[0], parsed[1]))
    return found


RANGE_JOINERS = {"-", "–", "—", "to", "and"}


def join_ranges(text: str, singles: list[tuple[int, int, int, bool]], lex: Lexicon) -> list[list]:
    """Merge "A-B", "A to B" and "between A and B" into ranges: [start, end, low, high, is_word]."""
    between = lex.lower_words("range_open") or {"between"}
    merged: list[list] = []
    index = 0
    while index < len(singles):
        start, end, value, is_word = singles[index]
        if index + 1 < len(singles):
            n_start, n_end, n_value, _ = singles[index + 1]
            joiner = text[end:n_start].strip().lower()
            opener = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
            opened = bool(opener and opener.group(1).lower() in between)
            is_range = (joiner in ("-", "–", "—", "to") and not opened) or (joiner == "and" and opened)
            year_then_count = (
                re.fullmatch(r"(?:18|19|20)\d\d", text[start:end]) and not text[n_start:n_end].isdigit()
            )
            if is_range and value < n_value and len(text[end:n_start]) <= 5 and not year_then_count:
                range_start = opener.start(1) + max(0, start - 20) if opened else start
                merged.append([range_start, n_end, value, n_value, is_word])
                index += 2
                continue
        merged.append([start, end, value, None, is_word])
        index += 1
    return merged


def qualify(text: str, start: int, end: int, high: int | None, lex: Lexicon) -> tuple[str, int, int]:
    """(qualifier, qualifier_start, qualifier_end) from the phrases around a number."""
    if high is not None:
        return "range", start, end
    _, before_re, after_re = number_patterns(lex)
    if before_re:
        window = text[max(0, start - 40) : start]
        match = before_re.search(window)
        events = lex.pattern("event")
        if match and events and any(m.end() >= match.end() - 1 for m in events.finditer(window.rstrip())):
            match = None  # "handed over 33": the word belongs to a verb, not a qualifier
        if match:
            phrase = " ".join(match.group().split()).lower()
            return lex.qualifier_before[phrase], start - len(match.group()), end
    if after_re:
        match = after_re.search(text[end : end + 20])
        if match:
            phrase = " ".join(match.group().split()).lower()
            return lex.qualifier_after[phrase], start, end + match.end()
    return "exact", start, end


def find_numbers(text: str, lex: Lexicon) -> list[NumberMention]:
    """Every number in `text` with its value, range end and qualifier."""
    mentions = []
    for start, end, low, high, is_word in join_ranges(text, find_singles(text, lex), lex):
        qualifier, q_start, q_end = qualify(text, start, end, high, lex)
        mentions.append(
            NumberMention(start, end, text[start:end], low, high, qualifier, q_start, q_end, is_word)
        )
    return mentions
