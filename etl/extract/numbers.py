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
from etl.extract.milestones import milestone_qualifier
from etl.extract.number_words import join_compounds, join_decimal_words, join_digit_tails, number_words
from etl.extract.ranges import join_ranges

SEPARATOR_TOKENS = {"nbsp": "\u00a0", "thinsp": "\u202f\u2009", "space": " "}

# Spans that look numeric but are never counts: clock times, phone numbers, ISO dates,
# dimensions, temperatures, URLs, footnote marks. Numbers inside them are skipped.
MASKS = [
    r"\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[-–]\s*\d{1,2}[:h]\d{2})?(?!\d)",  # "14:30", "[00:01:12]", "2:30am"
    r"\+\d[\d\s().-]{6,}\d",
    r"\(\d{3}\)\s*\d{3}[-\s]\d{4}",
    r"\b\d{4}-\d{2}-\d{2}\b",
    r"\b\d+\s*[x×]\s*\d+\b",
    r"\b\d+(?:[.,]\d+)?\s*°",
    r"https?://\S+",
    r"(?<=[\w.,;:!?\"'’”)])\[\d{1,3}\]",  # a footnote mark: "... the agency said.[25]"
]
# Every mask starts with a digit, "+", "(", "[" or "h"; the lookahead lets `re` skip other positions fast.
MASK_PATTERN = re.compile(r"(?=[\d+(\[h])(?:" + "|".join(f"(?:{m})" for m in MASKS) + ")")
DOTTED_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")
# "67,160", "1,200": groups of three digits after commas are thousands in every language (Mexican and
# American Spanish write them so); a count of people has no three decimals
COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


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
    words = sorted(lex.numbers, key=len, reverse=True)
    scales = [w for w in words if lex.numbers[w][1] == "scale"]
    word_alt = "|".join(re.escape(w) for w in words)
    scale_alt = "|".join(re.escape(w) for w in scales) or "(?!)"
    # "1.9 millones": before a scale word, a dot and fewer than three digits is a decimal point
    dotted = rf"{DOTTED_DECIMAL.pattern}(?=\s+(?:{scale_alt})(?![\w]))"
    digits = rf"{dotted}|\d{{1,3}}(?:{thousands}\d{{3}})+(?:{decimal}\d+)?(?!\d)|\d+(?:{decimal}\d+)?"
    word_number = rf"(?:{word_alt})(?:(?:\s+|-)(?:{word_alt}))*"
    letters = "".join(sorted({re.escape(w[0]) for w in words}))
    starts = rf"(?=\d|[{letters}])" if letters else r"(?=\d)"  # for speed only, as in first_letters
    # "1.9m": a scale abbreviation only when attached ("5 m" is metres); no "1" read out of "1.9m"
    abbreviations = "|".join(re.escape(a) for a in sorted(scale_abbreviations(lex), key=len, reverse=True))
    attached = rf"|(?:{abbreviations})" if abbreviations else ""
    # "un millón y medio", "deux millions et demi", "a million and a half": half the scale more
    and_half = rf"(?:\s+{lex.alt('half_after')})?"
    single = (
        rf"{starts}(?:(?:{digits})(?!{decimal}\d|{thousands}\d)(?:\s+(?:{scale_alt}){and_half}{attached})?(?![\w])"
        rf"|(?<![\w-])(?:{word_number}){and_half}(?![\w-]))"
    )
    pattern = re.compile(single, re.IGNORECASE)
    before = term_pattern(set(lex.qualifier_before))
    after = alternation(lex.qualifier_after)
    # "plus d'un million": an elided phrase touches the number
    # and so does a sign: "~1.2 million"
    before_re = re.compile(rf"(?:{before.pattern})(?:(?<=[^\w\s])|\s+)$", re.IGNORECASE) if before else None
    after_re = (
        re.compile(rf"^(?:\s+|-|(?=[^\w\s]))((?:{after}))(?![\w])", re.IGNORECASE)
        if lex.qualifier_after
        else None
    )  # "1,200-plus", and a sign touching its number: "1,200+"
    return pattern, before_re, after_re


@lru_cache(maxsize=16)
def adverbial_before(lex: Lexicon) -> re.Pattern[str] | None:
    """The qualifier-before pattern with an adverb inside or after the phrase ("supera ya los 50.000")."""
    before = term_pattern(set(lex.qualifier_before))
    if not before or not lex.words("qualifier_adverb"):
        return None
    adverb = rf"(?:{lex.alt('qualifier_adverb')}\s+)?"
    body = before.pattern.replace(r"\s+", rf"\s+{adverb}")
    return re.compile(rf"(?:{body})\s+{adverb}$", re.IGNORECASE)


def digits_value(text: str, lex: Lexicon) -> float:
    """The value of a digit string under the language's separators."""
    if DOTTED_DECIMAL.fullmatch(text):
        return float(text)  # "1.9" before a scale word: no group of thousands has fewer than three digits
    if COMMA_GROUPED.fullmatch(text):
        return float(text.replace(",", ""))
    decimal_chars = "".join(SEPARATOR_TOKENS.get(t, t) for t in lex.words("decimal_sep")) or "."
    thousands_chars = "".join(SEPARATOR_TOKENS.get(t, t) for t in lex.words("thousands_sep")) or ","
    integer, _, fraction = text.partition(next((c for c in decimal_chars if c in text), "\0"))
    integer = "".join(ch for ch in integer if ch not in thousands_chars)
    return float(f"{integer}.{fraction}" if fraction else integer)


def half_more(text: str, lex: Lexicon) -> tuple[int, bool] | None:
    """ "un millón" before "y medio": its value and half its scale more; None when no scale ends it
    ("las tres y media" is an hour)."""
    last = re.search(r"[^\W\d_]+$", text)
    scale = lex.numbers.get(last.group().lower()) if last else None
    parsed = parse_single(text, lex) if scale and scale[1] == "scale" else None
    return (parsed[0] + scale[0] // 2, parsed[1]) if parsed else None


def words_value(tokens: list[str], lex: Lexicon) -> int | None:
    """The value of a run of number words ("two dozen" = 24, "half a million" = 500,000); None when it
    is no number ("a", "half a day")."""
    total = current = 0
    seen_value = halved = False
    for position, token in enumerate(tokens):
        value, kind = lex.numbers[token.lower()]
        if kind == "half":  # "half a million", "medio centenar", "un demi-million": half of what follows
            halved = True
        elif kind == "article":
            if (position != 0 and not halved) or len(tokens) == 1:
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
    if not seen_value:
        return None
    return (total + current) // 2 if halved else total + current


def parse_single(text: str, lex: Lexicon) -> tuple[int, bool] | None:
    """(value, is_word) of one matched number, or None."""
    half = lex.pattern("half_after")
    added = half.search(text) if half else None
    if added:
        return half_more(text[: added.start()].rstrip(), lex)
    if text[0].isdigit():
        scale = re.search(r"[^\W\d_]+$", text)
        digits = text[: scale.start()].strip() if scale else text
        value = digits_value(digits, lex)
        if scale:
            word = scale.group().lower()
            value *= lex.numbers[word][0] if word in lex.numbers else scale_abbreviations(lex).get(word, 1)
        return int(round(value)), False
    value = words_value(number_words(text, lex), lex)
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
        if parsed and not (parsed[1] and led_by_vague(text, match, lex)):
            found.append((match.start(), match.end(), parsed[0], parsed[1]))
    return join_digit_tails(text, join_decimal_words(text, join_compounds(text, found, lex), lex), lex)


def led_by_vague(text: str, match: re.Match[str], lex: Lexicon) -> bool:
    """ "several hundred", "a few thousand": a scale word with no number of its own, after a word that
    says only "some" (the `vague_lead` role), is as vague as "hundreds"."""
    first = re.split(r"[\s-]+", match.group())[0].lower()
    if lex.numbers.get(first, (0, ""))[1] not in ("multiplier", "scale"):
        return False
    return bool(
        re.search(
            rf"(?<![\w-])(?:{lex.alt('vague_lead')})\s+$", text[max(0, match.start() - 20) : match.start()]
        )
    )


def qualify(text: str, start: int, end: int, high: int | None, lex: Lexicon) -> tuple[str, int, int]:
    """(qualifier, qualifier_start, qualifier_end) from the phrases around a number."""
    if high is not None:
        return "range", start, end
    _, before_re, after_re = number_patterns(lex)
    if before_re:
        window = text[max(0, start - 40) : start]
        match = before_re.search(window)
        adverbs = lex.lower_words("qualifier_adverb")
        if not match and any(f" {adverb} " in window.lower() for adverb in adverbs):
            match = adverbial_before(lex).search(window)  # only where an adverb stands: it costs
        events = lex.pattern("event")
        if match and events and any(m.end() >= match.end() - 1 for m in events.finditer(window.rstrip())):
            match = None  # "handed over 33": the word belongs to a verb, not a qualifier
        if match:
            adverbs = lex.lower_words("qualifier_adverb")
            phrase = " ".join(w for w in match.group().lower().split() if w not in adverbs)
            return lex.qualifier_before[phrase], start - len(match.group()), end
    milestone = milestone_qualifier(text, start, end, lex)
    if milestone:
        return milestone[0], milestone[1], end
    if after_re:
        match = after_re.search(text[end : end + 20])
        if match:
            phrase = " ".join(match.group(1).split()).lower()
            return lex.qualifier_after[phrase], start, end + match.end()
    return "exact", start, end


def find_numbers(text: str, lex: Lexicon) -> list[NumberMention]:
    """Every number in `text` with its value, range end and qualifier."""
    mentions = []
    for start, end, low, high, is_word in join_ranges(text, find_singles(text, lex), lex):
        qualifier, q_start, q_end = qualify(text, start, end, high, lex)
        if qualifier == "exact" and is_word and is_approximate_word(text[start:end], lex):
            qualifier = "approximately"  # "un centenar", "une cinquantaine": about 100, about 50
        mentions.append(
            NumberMention(start, end, text[start:end], low, high, qualifier, q_start, q_end, is_word)
        )
    return mentions


def is_approximate_word(text: str, lex: Lexicon) -> bool:
    """Is a number word one of the approximate kind ("centenar", "cinquantaine")?"""
    return any(
        lex.numbers.get(token.lower(), (0, ""))[1] == "approximate" for token in re.split(r"[\s-]+", text)
    )


# --- Amounts that are not whole counts (used by etl.extract.quantities, not by the figure grammar) ---
# Vague amounts ("dozens" -> 12-120), fractions ("two-thirds of", "1/16") and scientific notation.
# The vocabularies are roles of lexicon.csv whose name ends in a number word of numbers.csv
# ("fraction_three": third, thirds), so adding a language adds rows, not code.

SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)\s*[×x]\s*10(?:\^|(?=[−-]))([−-]?\d+)")  # "1.6×10−19"
SLASHED = re.compile(r"(?<![\w/.,$])(\d+)\s*[/⁄]\s*(\d+)(?![\w/.,])")  # "1/16"; "24/7" is no fraction


def alternation(terms) -> str:
    """Escaped terms, longest first, spaces matching any whitespace ("(?!)" when there are none)."""
    ordered = sorted({t for t in terms if t}, key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered) or "(?!)"


@lru_cache(maxsize=16)
def scale_abbreviations(lex: Lexicon) -> dict[str, int]:
    """{"m": 1000000, "k": 1000, ...}: the abbreviation_<scale> roles."""
    return suffixed_roles(lex, "abbreviation_")


def suffixed_roles(lex: Lexicon, prefix: str) -> dict[str, int]:
    """{term: value} of the roles named prefix + a number word ("fraction_three": "third" -> 3)."""
    found = {}
    for role, terms in lex.roles.items():
        word = role[len(prefix) :]
        if role.startswith(prefix) and word in lex.numbers:
            found.update({term.lower(): lex.numbers[word][0] for term in terms})
    return found


@lru_cache(maxsize=16)
def amount_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], dict[str, int]]:
    """(vague pattern, fraction pattern, plural -> value, fraction word -> denominator)."""
    plurals = {
        w + "s": v for w, (v, kind) in lex.numbers.items() if kind in ("multiplier", "scale") or v == 10
    }
    denominators = suffixed_roles(lex, "fraction_")
    plural_alt = alternation(plurals)
    vague = re.compile(
        rf"(?<![\w-])(?:{plural_alt})(?:\s+{lex.alt('of')}\s+(?:{plural_alt}))*(?![\w-])", re.IGNORECASE
    )
    fraction = re.compile(
        rf"(?<![\w-])(?:(?P<num>{alternation(lex.numbers)})[\s-]+)?(?P<den>{alternation(denominators)})"
        rf"(?=\s+(?:{lex.alt('of')}|{lex.alt('determiner')})\b)",
        re.IGNORECASE,
    )
    return vague, fraction, plurals, denominators


def ends_with_term(text: str, end: int, lex: Lexicon, role: str, span: int = 30) -> re.Match[str] | None:
    """The term of `role` that ends the text at `end` (then spaces or a hyphen), or None."""
    pattern = re.compile(rf"(?<![\w-])(?:{lex.alt(role)})[\s-]+$")
    return pattern.search(text, max(0, end - span), end)


def noncount_before(text: str, start: int, lex: Lexicon) -> bool:
    """ "that one", "every one", "the second half": the number word is a pronoun or a part."""
    return bool(ends_with_term(text, start, lex, "noncount_before", 20))


def find_vague_amounts(text: str, lex: Lexicon) -> list[tuple[int, int, float, float]]:
    """(start, end, low, high) of "dozens" (12-120), "tens of thousands" (10,000-100,000): x to 10x."""
    vague, _, plurals, _ = amount_patterns(lex)
    found = []
    for match in vague.finditer(text):
        low = 1.0
        for word in match.group().split():
            low *= plurals.get(word.lower(), 1)
        found.append((match.start(), match.end(), low, low * 10))
    return found


def find_fractions(text: str, lex: Lexicon) -> list[tuple[int, int, float]]:
    """(start, end, value) of "a third of", "two-thirds of", "half the", "1/16" and "1.6×10−19".
    A fraction word alone counts only for a half ("the last third" is no amount)."""
    _, fraction, _, denominators = amount_patterns(lex)
    found = []
    for match in fraction.finditer(text):
        denominator = denominators[match.group("den").lower()]
        if match.group("num"):
            numerator = words_value([match.group("num")], lex) or 1  # "a third": the article is one
        elif denominator == 2 and not noncount_before(text, match.start(), lex):
            numerator = 1
        else:
            continue
        found.append((match.start(), match.end(), numerator / denominator))
    for match in SLASHED.finditer(text):
        top, bottom = int(match.group(1)), int(match.group(2))
        if 0 < top < bottom:
            found.append((match.start(), match.end(), top / bottom))
    for match in SCIENTIFIC.finditer(text):
        exponent = int(match.group(2).replace("−", "-"))
        found.append((match.start(), match.end(), float(match.group(1)) * 10.0**exponent))
    return found


# What is written right before a digit run in prose: a sign, "minus", a currency ("US $", "$US", "RM",
# "Y=") or letters that make it part of a code ("X5", "ID.7", "F-35", "V-8").
SYMBOL_CURRENCY = re.compile(r"(?:(?<![^\W\d_])[A-Z]{1,3}\s?)?[$€£¥₹][A-Z]{0,2}\s?$")
CODE_BEFORE = re.compile(r"(?:[^\W\d_]|[^\W\d_]\.|\d\.|[#@])$")
NAME_HYPHEN = re.compile(r"(?<![\w-])[^\W\d_]*[A-Z][^\W\d_]*-$")


@lru_cache(maxsize=16)
def currency_code_pattern(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(lex.words('currency'))})\s?$")


def currency_start(text: str, start: int, lex: Lexicon) -> int | None:
    """Where a currency written just before `start` begins ("$", "US $", "$US", "RM", "Y="), or None."""
    for pattern in (SYMBOL_CURRENCY, currency_code_pattern(lex)):
        match = pattern.search(text, max(0, start - 8), start)
        if match:
            return match.start()
    return None


def digits_prefix(text: str, start: int, lex: Lexicon) -> tuple[int, str, bool] | None:
    """(start, sign, is money) of a digit run with what is written before it; None inside a code.
    The sign is "+", "-" (a dash that may be a minus: the caller decides) or "minus" (the word)."""
    sign = ""
    if start and text[start - 1] in "-−+" and (start == 1 or text[start - 2] in " \t\n(=$€£¥"):
        sign, start = ("+" if text[start - 1] == "+" else "-"), start - 1
    negative = ends_with_term(text, start, lex, "negative", 12)  # "minus 12", "minus-40"
    if negative and not sign:
        sign, start = "minus", negative.start()
    money = currency_start(text, start, lex)
    if money is not None:
        return money, sign, True
    if CODE_BEFORE.search(text, max(0, start - 2), start):
        return None
    name = None if sign else NAME_HYPHEN.search(text, max(0, start - 30), start)
    if name and name.group()[:-1].lower() not in lex.qualifier_before:  # "Sub-10" is a bound, no code
        return None
    return start, sign, False
